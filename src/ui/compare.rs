//! The models side by side: the guide's dimensions, assets and ladder as tables with the
//! visitor's recommended model marked, then the channel-conflict rules and common mistakes.
//!
//! The guide's content is markup rendered once from the engine's data; only the mark of the
//! recommended column (a class on each table and a badge in its header row) follows the
//! answers.

pub mod conflicts;
pub mod mistakes;
pub mod model_table;

use leptos::prelude::*;
use partner_fit_engine::guide::{Asset, Need, DIMENSIONS, LADDER, LADDER_NOTE};

use super::erased::{derive, list};
use super::legacy_markup::Html;
use super::simulator::markup::escape;
use super::state::use_app_state;
use model_table::{model_table, row, Table};

/// The dimensions table's rows.
fn dimensions() -> String {
    let mut h = Html::default();
    for d in &DIMENSIONS {
        row(&mut h, d.name, |h, m| {
            h.text(d.values[m.index()]);
        });
    }
    h.done()
}

/// The assets table's rows: how much each model depends on an asset, in words, then what
/// the asset does for it.
fn assets() -> String {
    let mut h = Html::default();
    for a in Asset::ALL {
        row(&mut h, a.name(), |h, m| {
            let (class, need) = match a.need(m) {
                Need::Required => (" need--required", "Must have"),
                Need::Helps => ("", "Helps"),
            };
            h.fill(
                r#"<span class="need{}">{}</span> {}"#,
                &[class, need, a.role(m)],
            );
        });
    }
    h.done()
}

/// The ladder table's rows, bottom rung first.
fn ladder() -> String {
    let mut h = Html::default();
    row(&mut h, "What it proves", |h, m| {
        h.text(LADDER[m.index()].proves);
    });
    row(&mut h, "What it earns", |h, m| {
        h.text(LADDER[m.index()].earns);
    });
    h.done()
}

/// A heading and, when there is one, a note before a table.
fn preface(title: &str, note: &str) -> String {
    let mut h = Html::default();
    h.fill("<h3>{}</h3>", &[title]);
    if !note.is_empty() {
        h.fill("<p>{}</p>", &[note]);
    }
    h.done()
}

/// The three tables, in reading order.
const TABLES: [Table; 3] = [
    Table {
        id: "compare-dimensions",
        caption_id: "compare-dimensions-caption",
        title: "Side by side",
        note: "",
        caption: "Referral, co-sell and reseller on the guide's seven dimensions",
        corner: "Dimension",
        rows: dimensions,
    },
    Table {
        id: "compare-assets",
        caption_id: "compare-assets-caption",
        title: "What each model needs",
        note: "",
        caption: "What each partnership asset does for each model",
        corner: "Asset",
        rows: assets,
    },
    Table {
        id: "compare-ladder",
        caption_id: "compare-ladder-caption",
        title: "The maturity ladder",
        note: LADDER_NOTE,
        caption: "The ladder, bottom rung first: what each rung proves and earns",
        corner: "Rung",
        rows: ladder,
    },
];

/// The comparison section; its tables mark the column of the recommended model.
#[component]
pub fn CompareSection() -> impl IntoView {
    let state = use_app_state();
    let intro = derive(state, |s| {
        match s.assessment.with(|a| a.as_ref().map(|a| a.model())) {
        Some(m) => format!(
            "Your answers point to {}: its column is marked \u{201c}Your fit\u{201d} in each table.",
            escape(m.in_sentence())
        ),
        None => "Answer the first two questions of the assessment and the column of the model \
                 that fits you will be marked \u{201c}Your fit\u{201d}."
            .to_owned(),
    }
    });
    let tables = list(TABLES.map(|table| {
        view! {
            <div inner_html=preface(table.title, table.note) />
            {model_table(table, state)}
        }
    }));
    let after = {
        let mut h = Html::default();
        conflicts::markup(&mut h);
        mistakes::markup(&mut h);
        h.done()
    };
    view! {
        <section class="section wrap compare no-print" id="compare" aria-labelledby="compare-title">
            <h2 id="compare-title">"Compare the models"</h2>
            <p class="lede" data-testid="compare-intro" inner_html=intro />
            {tables}
            <div inner_html=after />
        </section>
    }
}
