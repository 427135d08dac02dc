//! The models side by side: the guide's dimensions, assets and ladder as tables, then the
//! channel-conflict rules and the common mistakes. The stylesheet marks the column of the
//! visitor's model from the root's `data-now`.

pub mod conflicts;
pub mod mistakes;
pub mod model_table;

use leptos::prelude::*;
use partner_fit_engine::guide::{Asset, Need, DIMENSIONS, LADDER, LADDER_NOTE};
use partner_fit_engine::Model;

use conflicts::Conflicts;
use mistakes::Mistakes;
use model_table::{ModelRow, ModelTable};

/// The sentence above the tables: one per state, the stylesheet shows the one that applies.
#[component]
fn Intro() -> impl IntoView {
    view! {
        <p class="lede" data-testid="compare-intro">
            <span class="when-unmarked">
                "Answer the first two questions of the assessment and the column of the model that fits you will be marked \u{201c}Your fit\u{201d}."
            </span>
            {Model::ALL.map(|m| view! {
                <span class="when-now" data-model=m.id()>
                    "Your answers say to run "{m.in_sentence()}" now: its column is marked \u{201c}Your fit\u{201d} in each table."
                </span>
            })}
        </p>
    }
}

/// A need in words, so it never rests on colour.
fn need(n: Need) -> (&'static str, &'static str) {
    match n {
        Need::Required => ("need need--required", "Must have"),
        Need::Helps => ("need", "Helps"),
    }
}

/// The comparison section.
#[component]
pub fn CompareSection() -> impl IntoView {
    view! {
        <section class="section wrap compare" id="compare" aria-labelledby="compare-title">
            <h2 id="compare-title">"Compare the models"</h2>
            <Intro />
            <h3>"Side by side"</h3>
            <ModelTable id="compare-dimensions" caption="Referral, co-sell and reseller on the guide's seven dimensions" corner="Dimension">
                {DIMENSIONS.map(|d| view! { <ModelRow heading=d.name cell=move |m: Model| d.values[m.index()].into_any() /> })}
            </ModelTable>
            <h3>"What each model needs"</h3>
            <ModelTable id="compare-assets" caption="What each partnership asset does for each model" corner="Asset">
                {Asset::ALL.map(|a| view! {
                    <ModelRow heading=a.name() cell=move |m: Model| {
                        let (class, words) = need(a.need(m));
                        view! { <span class=class>{words}</span>" "{a.role(m)} }.into_any()
                    } />
                })}
            </ModelTable>
            <h3>"The maturity ladder"</h3>
            <p>{LADDER_NOTE}</p>
            <ModelTable id="compare-ladder" caption="The ladder, bottom rung first: what each rung proves and earns" corner="Rung">
                <ModelRow heading="What it proves" cell=|m: Model| LADDER[m.index()].proves.into_any() />
                <ModelRow heading="What it earns" cell=|m: Model| LADDER[m.index()].earns.into_any() />
            </ModelTable>
            <Conflicts />
            <Mistakes />
        </section>
    }
}
