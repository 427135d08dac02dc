//! The maturity ladder: the rung earned now and what the next one still needs.

use leptos::html::Ol;
use leptos::prelude::*;
use partner_fit_engine::assessment::rules::Status;
use partner_fit_engine::guide::LADDER_NOTE;
use partner_fit_engine::Model;
use web_sys::Element;

use super::answer_link::AnswerLink;
use super::assessed::assessed;
use super::parts::fill;

/// A requirement's status in words (so it never rests on colour) and as a class suffix.
const fn status(s: Status) -> (&'static str, &'static str) {
    match s {
        Status::Met => ("Met", "met"),
        Status::Unmet => ("Not met", "unmet"),
        Status::Unanswered => ("Unanswered", "unanswered"),
    }
}

/// Marks rung `m` of `list` against the rung `earned`: in words (so it never rests on colour),
/// as a class and as the current step.
fn mark_rung(list: &Element, m: Model, earned: Model) {
    let Ok(Some(rung)) = list.query_selector(&format!("[data-rung={}]", m.id())) else {
        return;
    };
    let here = m == earned;
    let _ = rung.class_list().toggle_with_force("is-earned", here);
    let _ = rung.set_attribute("aria-current", if here { "step" } else { "false" });
    if let Ok(Some(mark)) = rung.query_selector(".ladder__mark") {
        mark.set_text_content(Some(match m.cmp(&earned) {
            std::cmp::Ordering::Equal => "Earned now",
            std::cmp::Ordering::Less => "Earned",
            std::cmp::Ordering::Greater => "Not yet",
        }));
    }
}

/// All three rungs from the guide (the page's prebuilt parts), the earned one marked, then the
/// next rung's requirements up to the target, or why the rung above the target is not for
/// this visitor.
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
    let rungs = NodeRef::<Ol>::new();
    Effect::new(move || {
        let (Some(list), Some(e)) = (rungs.get(), earned.get()) else {
            return;
        };
        if list.child_element_count() == 0 {
            fill(
                &list,
                &Model::ALL.map(|m| format!("[data-rung={}]", m.id())),
            );
        }
        for m in Model::ALL {
            mark_rung(&list, m, e);
        }
    });
    view! {
        <section class="card results__ladder no-print" aria-labelledby="ladder-title">
            <h3 id="ladder-title">"The maturity ladder"</h3>
            <p data-testid="ladder-rung" data-value=move || earned.get().map(|m| m.id())>
                "Rung earned now: "
                <strong>{move || earned.get().map(|m| m.name())}</strong>
            </p>
            <ol class="ladder" node_ref=rungs></ol>
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
