//! What differs between A and B, in the words of the assessment and the simulator: each
//! answer, the currency and each figure that is not the same.

use leptos::prelude::*;
use partner_fit_engine::assessment::{Answers, Question};
use partner_fit_engine::economics::Param;
use partner_fit_engine::scenario::{differences, Scenario};

use crate::ui::simulator::field::unit_text;
use crate::ui::state::use_app_state;

/// One difference: what it is about, and how A and B read.
#[derive(Clone, PartialEq)]
struct Row {
    key: &'static str,
    what: &'static str,
    a: String,
    b: String,
}

/// The answer to `q` as the assessment words it.
fn answer_text(answers: &Answers, q: Question) -> String {
    let words = if q == Question::Seg {
        let labels: Vec<&str> = answers.seg.iter().map(|s| s.label()).collect();
        labels.join(", ")
    } else {
        let label = answers.answer_id(q).and_then(|id| q.choice_label(id));
        label.unwrap_or_default().to_owned()
    };
    if words.is_empty() {
        "Not answered".to_owned()
    } else {
        words
    }
}

/// Input `p` of `s` with its unit, as typed in the simulator.
fn input_text(s: &Scenario, p: Param) -> String {
    let spec = p.spec();
    let unit = unit_text(spec.unit, s.currency);
    format!("{} {unit}", spec.decimal(s.inputs.raw(p)))
}

/// Every difference, answers first, then the currency, then the figures.
fn rows(a: &Scenario, b: &Scenario) -> Vec<Row> {
    let found = differences(a, b);
    let mut out = Vec::new();
    for q in found.questions {
        let (a, b) = (answer_text(&a.answers, q), answer_text(&b.answers, q));
        out.push(Row {
            key: q.key(),
            what: q.prompt(),
            a,
            b,
        });
    }
    if found.currency {
        let (a, b) = (
            a.currency.as_str().to_owned(),
            b.currency.as_str().to_owned(),
        );
        out.push(Row {
            key: "cur",
            what: "Currency",
            a,
            b,
        });
    }
    for p in found.params {
        let spec = p.spec();
        out.push(Row {
            key: spec.key,
            what: spec.label,
            a: input_text(a, p),
            b: input_text(b, p),
        });
    }
    out
}

/// The differences as a table, or a sentence when A and B are the same.
#[component]
pub fn Differences() -> impl IntoView {
    let state = use_app_state();
    let found = Memo::new(move |_| {
        state.pinned.with(|a| {
            let b = state.scenario.get();
            a.as_ref().map(|a| rows(a, &b)).unwrap_or_default()
        })
    });
    let row = |r: Row| {
        view! {
            <tr data-testid="compare-change" data-key=r.key>
                <th scope="row">{r.what}</th>
                <td>{r.a}</td>
                <td>{r.b}</td>
            </tr>
        }
    };
    view! {
        <h3>"What differs"</h3>
        <p hidden=move || found.with(|f| !f.is_empty())>
            "A and B are the same so far: change an answer or a figure, and the differences appear here."
        </p>
        <table class="versus__changes" hidden=move || found.with(Vec::is_empty)>
            <thead>
                <tr>
                    <th scope="col">"Answer or figure"</th>
                    <th scope="col">"A"</th>
                    <th scope="col">"B"</th>
                </tr>
            </thead>
            // Rows hold no state: a plain reactive list costs less wasm than a keyed <For>.
            <tbody>{move || found.get().into_iter().map(row).collect_view()}</tbody>
        </table>
    }
}
