//! The layering plan: one model per kind of deal the partner will touch.

use leptos::prelude::*;
use partner_fit_engine::assessment::Question;

use super::answer_link::AnswerLink;
use super::assessed::assessed;
use super::waits_on::WaitsOn;

/// A row per chosen segment with its model and reason, or a way to choose segments.
#[component]
pub fn LayersCard() -> impl IntoView {
    let layers = assessed(|a| a.layers.clone());
    view! {
        <section class="card results__layers no-print" aria-labelledby="layers-title">
            <h3 id="layers-title">"Layering plan"</h3>
            <p class="muted">"The same partner can run a different model for each kind of deal."</p>
            <Show
                when=move || layers.with(|l| !l.is_empty())
                fallback=|| {
                    view! {
                        <p>
                            "Choose the deals this partner will touch to see a model per kind of deal: "
                            <AnswerLink q=Question::Seg />
                        </p>
                    }
                }
            >
                <ul class="layers">
                    {move || {
                        layers.get().into_iter().map(|l| {
                            let model = l.model.id();
                            let needs = (!l.needs.is_empty()).then(|| {
                                let links = l
                                    .needs
                                    .iter()
                                    .enumerate()
                                    .map(|(i, c)| {
                                        view! {
                                            {(i > 0).then_some("; ")}
                                            <AnswerLink q=c.question() label=c.text() />
                                        }
                                    })
                                    .collect_view();
                                view! { <p class="layer__needs">"Still needed: " {links}</p> }
                            });
                            view! {
                                <li
                                    class=format!("layer layer--{model}")
                                    data-testid="layer"
                                    data-segment=l.segment.id()
                                    data-value=model
                                >
                                    <p class="layer__head">
                                        <span>{l.segment.label()}</span>
                                        <strong class="layer__model">{l.model.name()}</strong>
                                    </p>
                                    <p>{l.reason}</p>
                                    {needs}
                                    <WaitsOn questions=l.awaiting lead="This may change once you answer:" />
                                </li>
                            }
                        }).collect_view()
                    }}
                </ul>
            </Show>
        </section>
    }
}
