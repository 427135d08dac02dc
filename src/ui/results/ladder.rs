//! The maturity ladder: the rung earned now and what the next one still needs.

use leptos::prelude::*;
use partner_fit_engine::assessment::rules::Status;
use partner_fit_engine::guide::{LADDER, LADDER_NOTE};
use partner_fit_engine::Model;

use super::answer_link::AnswerLink;
use super::read;
use crate::ui::state::use_app_state;

/// A requirement's status in words, so it never rests on colour.
const fn status_text(s: Status) -> &'static str {
    match s {
        Status::Met => "Met",
        Status::Unmet => "Not met",
        Status::Unanswered => "Unanswered",
    }
}

/// A requirement's status as a class name suffix.
const fn status_class(s: Status) -> &'static str {
    match s {
        Status::Met => "met",
        Status::Unmet => "unmet",
        Status::Unanswered => "unanswered",
    }
}

/// All three rungs from the guide, the earned one marked, then the next rung's requirements.
#[component]
pub fn LadderView() -> impl IntoView {
    let state = use_app_state();
    let earned = Memo::new(move |_| read(state, |a| a.ladder.rung).unwrap_or(Model::Referral));
    let rungs = LADDER
        .iter()
        .enumerate()
        .map(|(i, rung)| {
            let m = rung.model;
            let mark = move || match earned.get() {
                e if e == m => "Earned now",
                e if e > m => "Earned",
                _ => "Not yet",
            };
            view! {
                <li
                    class=format!("ladder__rung ladder__rung--{}", m.id())
                    class:is-earned=move || earned.get() == m
                    data-rung=m.id()
                    aria-current=move || (earned.get() == m).then_some("step")
                >
                    <p class="ladder__name">
                        <strong>{i + 1} ". " {m.name()}</strong>
                        " "
                        <span class="ladder__mark">{mark}</span>
                    </p>
                    <p><span class="muted">"Proves: "</span> {rung.proves}</p>
                    <p><span class="muted">"Earns: "</span> {rung.earns}</p>
                </li>
            }
        })
        .collect_view();
    let next = move || {
        let next = read(state, |a| a.ladder.next.clone()).flatten();
        match next {
            None => view! { <p>"You stand on the top rung."</p> }.into_any(),
            Some(n) => {
                let reqs = n
                    .requirements
                    .into_iter()
                    .map(|r| {
                        let q = r.condition.question();
                        let link = (r.status == Status::Unanswered)
                            .then(|| view! { <AnswerLink question=q /> });
                        view! {
                            <li class=format!("req req--{}", status_class(r.status))>
                                <span class="req__status">{status_text(r.status)}</span>
                                <span>{r.condition.text()} " " {link}</span>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <h4>"What " {n.rung.in_sentence()} " still needs"</h4>
                    <ul class="reqs">{reqs}</ul>
                }
                .into_any()
            }
        }
    };
    view! {
        <section class="card results__ladder no-print" aria-labelledby="ladder-title">
            <h3 id="ladder-title">"The maturity ladder"</h3>
            <p data-testid="ladder-rung" data-value=move || earned.get().id()>
                "Rung earned now: " <strong>{move || earned.get().name()}</strong>
            </p>
            <ol class="ladder">{rungs}</ol>
            {next}
            <p class="muted">{LADDER_NOTE}</p>
        </section>
    }
}
