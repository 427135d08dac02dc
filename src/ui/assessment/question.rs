//! One question as a native radio group (checkboxes for the segments), so the keyboard and
//! screen readers work without any script of ours.
//!
//! The fields are markup rendered once; the section's one `change` handler reads the
//! input's `name` and `value`, and [`sync`] sets every input's checked state from the
//! answers when they change elsewhere (the flow, an applied change, Back and Forward).

use leptos::prelude::*;
use partner_fit_engine::assessment::{Answers, Question, Segment, Segments};
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlElement, HtmlInputElement};

use super::{focus_later, input_id, question};
use crate::ui::results::markup::Html;
use crate::ui::state::AppState;

/// Appends a question with its help text and the engine's answers.
pub fn markup(h: &mut Html, q: Question) {
    let key = q.key();
    let (kind, multi) = if q.is_multi() {
        ("checkbox", " q__choices--multi")
    } else {
        ("radio", "")
    };
    h.fill(
        r#"<fieldset class="q" data-testid="question" data-value="{}" aria-describedby="q-{}-help"><legend class="q__prompt" id="q-{}-legend">{}</legend><p class="q__help" id="q-{}-help">{}</p><ul class="q__choices{}">"#,
        &[key, key, key, q.prompt(), key, q.help(), multi],
    );
    for c in q.choices() {
        let id = input_id(q, c.id);
        h.fill(
            r#"<li class="q__choice"><input type="{}" id="{}" name="q-{}" value="{}"><label for="{}">{}</label></li>"#,
            &[kind, &id, key, c.id, &id, c.label],
        );
    }
    h.fill(
        r#"</ul><button type="button" class="linkish q__clear" hidden aria-describedby="q-{}-legend" data-clear="{}">Clear answer</button></fieldset>"#,
        &[key, key],
    );
}

/// The question an input or clear button belongs to, from its `name` ("q-role") or
/// `data-clear` ("role").
fn question_of(el: &Element) -> Option<Question> {
    match el.get_attribute("data-clear") {
        Some(key) => question(&key),
        None => question(el.get_attribute("name")?.strip_prefix("q-")?),
    }
}

/// Applies a ticked or unticked answer at once.
pub fn on_change(state: AppState, ev: &Event) {
    let Some(input) = ev
        .target()
        .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
    else {
        return;
    };
    let Some(q) = question_of(&input) else {
        return;
    };
    let (id, on) = (input.value(), input.checked());
    state.scenario.try_update(|s| match Segment::from_id(&id) {
        Some(seg) if q.is_multi() => s.answers.seg = s.answers.seg.with(seg, on),
        _ => {
            if on {
                s.answers.set_answer_id(q, Some(&id));
            }
        }
    });
    state.commit();
}

/// Clears the answer to `q` and puts the keyboard on its first answer (the clear button
/// hides itself).
pub fn clear(state: AppState, q: Question) {
    state.scenario.try_update(|s| {
        if q.is_multi() {
            s.answers.seg = Segments::EMPTY;
        } else {
            s.answers.set_answer_id(q, None);
        }
    });
    state.commit();
    if let Some(first) = q.choices().first() {
        focus_later(input_id(q, first.id));
    }
}

/// Sets every input under `root` to the answers, and shows each "Clear answer" only for an
/// answered question.
pub fn sync(root: &Element, a: &Answers) {
    let Ok(list) = root.query_selector_all("input, [data-clear]") else {
        return;
    };
    for el in (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok()) {
        let Some(q) = question_of(&el) else { continue };
        match el.dyn_ref::<HtmlInputElement>() {
            Some(input) => {
                let id = input.value();
                input.set_checked(match Segment::from_id(&id) {
                    Some(seg) if q.is_multi() => a.seg.contains(seg),
                    _ => a.answer_id(q) == Some(id.as_str()),
                });
            }
            None => el.set_hidden(!a.is_answered(q)),
        }
    }
}
