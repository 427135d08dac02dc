//! The models side by side: the guide's dimensions, assets and ladder as tables with the
//! visitor's recommended model marked, then the channel-conflict rules and common mistakes.

pub mod conflicts;
pub mod mistakes;
pub mod model_table;

use leptos::prelude::*;
use partner_fit_engine::guide::{Asset, Need, DIMENSIONS, LADDER, LADDER_NOTE};
use partner_fit_engine::Model;

use super::state::use_app_state;
use conflicts::ConflictRules;
use mistakes::Mistakes;
use model_table::{ModelTable, Row};

/// The comparison section; its tables mark the column of the recommended model.
#[component]
pub fn CompareSection() -> impl IntoView {
    let state = use_app_state();
    // Read by every column of every table, so computed once.
    let fit = Memo::new(move |_| state.assessment.with(|a| a.as_ref().map(|a| a.model())));
    let intro = move || {
        match fit.get() {
        Some(m) => format!(
            "Your answers point to {}: its column is marked \u{201c}Your fit\u{201d} in each table.",
            m.in_sentence()
        ),
        None => "Answer the first two questions of the assessment and the column of the model \
                 that fits you will be marked \u{201c}Your fit\u{201d}."
            .to_owned(),
    }
    };

    let dimensions = DIMENSIONS
        .iter()
        .map(|d| Row {
            heading: d.name,
            cells: d.values.map(|v| v.into_any()),
        })
        .collect();
    let assets = Asset::ALL
        .iter()
        .map(|&a| Row {
            heading: a.name(),
            cells: Model::ALL.map(|m| asset_cell(a, m)),
        })
        .collect();
    let ladder = vec![
        Row {
            heading: "What it proves",
            cells: LADDER.map(|r| r.proves.into_any()),
        },
        Row {
            heading: "What it earns",
            cells: LADDER.map(|r| r.earns.into_any()),
        },
    ];

    view! {
        <section class="section wrap compare no-print" id="compare" aria-labelledby="compare-title">
            <h2 id="compare-title">"Compare the models"</h2>
            <p class="lede" data-testid="compare-intro">{intro}</p>
            <h3>"Side by side"</h3>
            <ModelTable
                id="compare-dimensions"
                caption="Referral, co-sell and reseller on the guide's seven dimensions"
                corner="Dimension"
                fit
                rows=dimensions
            />
            <h3>"What each model needs"</h3>
            <ModelTable
                id="compare-assets"
                caption="What each partnership asset does for each model"
                corner="Asset"
                fit
                rows=assets
            />
            <h3>"The maturity ladder"</h3>
            <p>{LADDER_NOTE}</p>
            <ModelTable
                id="compare-ladder"
                caption="The ladder, bottom rung first: what each rung proves and earns"
                corner="Rung"
                fit
                rows=ladder
            />
            <ConflictRules />
            <Mistakes />
        </section>
    }
}

/// An asset cell: how much the model depends on it, in words, then what it does.
fn asset_cell(asset: Asset, model: Model) -> AnyView {
    let (class, label) = match asset.need(model) {
        Need::Required => ("need need--required", "Must have"),
        Need::Helps => ("need", "Helps"),
    };
    view! {
        <span class=class>{label}</span>
        " "
        {asset.role(model)}
    }
    .into_any()
}
