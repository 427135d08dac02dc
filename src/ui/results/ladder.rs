//! The maturity ladder: the rung earned now and what the next one still needs.

use leptos::prelude::*;
use partner_fit_engine::assessment::rules::Status;
use partner_fit_engine::guide::{LADDER, LADDER_NOTE};

use super::answer_link::AnswerLink;
use super::assessed::assessed;

/// A requirement's status in words (so it never rests on colour) and as a class suffix.
const fn status(s: Status) -> (&'static str, &'static str) {
    match s {
        Status::Met => ("Met", "met"),
        Status::Unmet => ("Not met", "unmet"),
        Status::Unanswered => ("Unanswered", "unanswered"),
    }
}

/// All three rungs from the guide, the earned one marked, then the next rung's requirements
/// up to the target, or why the rung above the target is not for this visitor.
#[component]
pub fn LadderCard() -> impl IntoView {
    let earned = assessed(|a| Some(a.ladder.rung));
    let next = assessed(|a| a.ladder.next.as_ref().map(|n| n.rung));
    let off = assessed(|a| a.ladder.off);
    let requirements = assessed(|a| {
        a.ladder
            .next
            .as_ref()
            .map(|n| n.requirements.clone())
            .unwrap_or_default()
    });
    let rungs = LADDER
        .iter()
        .enumerate()
        .map(|(i, rung)| {
            let m = rung.model;
            let here = move || earned.get() == Some(m);
            let mark = move || match earned.get() {
                Some(e) if e == m => "Earned now",
                Some(e) if e > m => "Earned",
                _ => "Not yet",
            };
            view! {
                <li
                    class=format!("ladder__rung ladder__rung--{}", m.id())
                    class:is-earned=here
                    aria-current=move || if here() { "step" } else { "false" }
                    data-rung=m.id()
                >
                    <p class="ladder__name">
                        <strong>{i + 1} ". " {m.name()}</strong>
                        " "
                        <span class="ladder__mark">{mark}</span>
                    </p>
                    <p><span class="muted">"Proves: "</span>{rung.proves}</p>
                    <p><span class="muted">"Earns: "</span>{rung.earns}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="card results__ladder no-print" aria-labelledby="ladder-title">
            <h3 id="ladder-title">"The maturity ladder"</h3>
            <p data-testid="ladder-rung" data-value=move || earned.get().map(|m| m.id())>
                "Rung earned now: "
                <strong>{move || earned.get().map(|m| m.name())}</strong>
            </p>
            <ol class="ladder">{rungs}</ol>
            <Show
                when=move || next.get().is_some()
                fallback=move || match off.get() {
                    Some(o) => view! {
                        <p data-testid="ladder-off" data-value=o.rung.id()>
                            "You stand where this partner leads. Why not " {o.rung.in_sentence()} ": " {o.why}
                        </p>
                    }
                    .into_any(),
                    None => view! { <p>"You stand on the top rung."</p> }.into_any(),
                }
            >
                <h4>"What " {move || next.get().map(|m| m.in_sentence())} " still needs"</h4>
                <ul class="reqs">
                    {move || {
                        requirements.with(|rs| rs.iter().map(|&r| {
                            let (words, class) = status(r.status);
                            let link = (r.status == Status::Unanswered)
                                .then(|| view! { " " <AnswerLink q=r.condition.question() /> });
                            view! {
                                <li class=format!("req req--{class}")>
                                    <span class="req__status">{words}</span>
                                    <span>{r.condition.text()} {link}</span>
                                </li>
                            }
                        }).collect_view())
                    }}
                </ul>
            </Show>
            <p class="muted">{LADDER_NOTE}</p>
        </section>
    }
}
