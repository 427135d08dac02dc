//! The scoring weight table, row for row as the engine applies it.

use leptos::prelude::*;
use partner_fit_engine::assessment::scoring::{Weight, WEIGHTS};

/// The answer's label as the assessment shows it (its id if the question has no such answer,
/// which the engine's tests rule out).
fn answer_label(w: &Weight) -> &'static str {
    w.question
        .choices()
        .into_iter()
        .find(|c| c.id == w.answer)
        .map_or(w.answer, |c| c.label)
}

/// Every answer that adds points to a model, with the points and the reason, in a disclosure.
#[component]
pub fn Weights() -> impl IntoView {
    view! {
        <details class="method__weights">
            <summary>"Show the weight table ("{WEIGHTS.len()}" rows)"</summary>
            <p>
                "Rows for the same question and model are alternatives, except for the deals the partner will touch, "
                "where each chosen kind of deal counts."
            </p>
            <div class="content-table__region" role="region" tabindex="0" aria-labelledby="weights-caption">
                <table class="content-table content-table--weights">
                    <caption id="weights-caption">"Every answer that adds points to a model, and why"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Question"</th>
                            <th scope="col">"Answer"</th>
                            <th scope="col">"Model"</th>
                            <th scope="col">"Points"</th>
                            <th scope="col">"Reason"</th>
                        </tr>
                    </thead>
                    <tbody>
                        {WEIGHTS.iter().map(|w| view! {
                            <tr data-testid="weight" data-model=w.model.id()>
                                <th scope="row">{w.question.prompt()}</th>
                                <td>{answer_label(w)}</td>
                                <td>{w.model.name()}</td>
                                <td class="content-table__num">{w.points.to_string()}</td>
                                <td>{w.reason}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </details>
    }
}
