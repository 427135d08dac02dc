//! One answer of a question: a native radio button or, for the segments, a checkbox.

use leptos::html::Input;
use leptos::prelude::*;
use partner_fit_engine::assessment::{Choice, Question, Segment};

use crate::ui::navigate::{focus_on_request, input_id, Target};
use crate::ui::state::{use_app_state, AppState};

/// Gives answer `id` to `q` at once (`on`: whether a segment's box is now ticked).
fn choose(state: AppState, q: Question, segment: Option<Segment>, id: &str, on: bool) {
    state.scenario.update(|s| match segment {
        Some(seg) => s.answers.seg = s.answers.seg.with(seg, on),
        // A radio button changes only when it is picked.
        None => {
            s.answers.set_answer_id(q, Some(id));
        }
    });
    state.commit();
}

/// The input, checked as the answers say (the flow, an applied change or Back may change
/// them too), and its label. The `first` answer is where a link to the question lands.
#[component]
pub fn AnswerChoice(q: Question, choice: Choice, first: bool) -> impl IntoView {
    let state = use_app_state();
    let input = NodeRef::<Input>::new();
    if first {
        focus_on_request(Target::Answer(q), input);
    }
    let segment = if q.is_multi() {
        Segment::from_id(choice.id)
    } else {
        None
    };
    let checked = move || {
        state.answers.with(|a| match segment {
            Some(seg) => a.seg.contains(seg),
            None => a.answer_id(q) == Some(choice.id),
        })
    };
    let id = input_id(q, choice.id);
    view! {
        <li class="q__choice">
            <input
                type=if q.is_multi() { "checkbox" } else { "radio" }
                id=id.clone()
                name=format!("q-{}", q.key())
                value=choice.id
                prop:checked=checked
                on:change=move |ev| choose(state, q, segment, choice.id, event_target_checked(&ev))
                node_ref=input
            />
            <label for=id>{choice.label}</label>
        </li>
    }
}
