//! One question as a native radio group (checkboxes for the segments), so the keyboard and
//! screen readers work without any script of ours.

use leptos::prelude::*;
use partner_fit_engine::assessment::{Question, Segment, Segments};

use super::{focus_later, input_id};
use crate::ui::state::use_app_state;

/// A question with its help text and the engine's answers; answers apply at once.
#[component]
pub fn QuestionField(question: Question) -> impl IntoView {
    let state = use_app_state();
    let key = question.key();
    let multi = question.is_multi();
    // Only this question's answer: a slider elsewhere must not touch these inputs.
    let picked = Memo::new(move |_| {
        state.scenario.with(|s| {
            let seg = if multi {
                s.answers.seg
            } else {
                Segments::EMPTY
            };
            (s.answers.answer_id(question), seg)
        })
    });
    let answered = move || picked.with(|(one, seg)| one.is_some() || !seg.is_empty());
    let choices = question.choices();
    let first = choices.first().map(|c| input_id(question, c.id));
    let items = choices
        .into_iter()
        .map(|choice| {
            let id = input_id(question, choice.id);
            let segment = Segment::from_id(choice.id).filter(|_| multi);
            let checked = move || {
                picked.with(|(one, seg)| match segment {
                    Some(s) => seg.contains(s),
                    None => *one == Some(choice.id),
                })
            };
            let on_change = move |ev: leptos::ev::Event| {
                let on = event_target_checked(&ev);
                state.scenario.try_update(|s| match segment {
                    Some(seg) => s.answers.seg = s.answers.seg.with(seg, on),
                    None => {
                        if on {
                            s.answers.set_answer_id(question, Some(choice.id));
                        }
                    }
                });
                state.commit();
            };
            view! {
                <li class="q__choice">
                    <input
                        type=if multi { "checkbox" } else { "radio" }
                        id=id.clone()
                        name=format!("q-{key}")
                        value=choice.id
                        prop:checked=checked
                        on:change=on_change
                    />
                    <label for=id>{choice.label}</label>
                </li>
            }
        })
        .collect_view();
    let clear = move |_| {
        state.scenario.try_update(|s| {
            if multi {
                s.answers.seg = Segments::EMPTY;
            } else {
                s.answers.set_answer_id(question, None);
            }
        });
        state.commit();
        if let Some(first) = first.clone() {
            focus_later(first);
        }
    };
    let legend_id = format!("q-{key}-legend");
    let help_id = format!("q-{key}-help");
    view! {
        <fieldset class="q" data-testid="question" data-value=key aria-describedby=help_id.clone()>
            <legend class="q__prompt" id=legend_id.clone()>{question.prompt()}</legend>
            <p class="q__help" id=help_id.clone()>{question.help()}</p>
            <ul class="q__choices" class:q__choices--multi=multi>{items}</ul>
            <button
                type="button"
                class="linkish q__clear"
                hidden=move || !answered()
                aria-describedby=legend_id.clone()
                on:click=clear
            >
                "Clear answer"
            </button>
        </fieldset>
    }
}
