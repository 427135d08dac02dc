//! The link field and its "Copy link" button: the Clipboard API when the browser offers
//! it, otherwise the link is selected for the visitor to copy with the keyboard.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::HtmlInputElement;

use crate::ui::erased::{effect, listen};
use crate::ui::legacy_markup::clicked_button;

/// How the last copy attempt ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Outcome {
    Copied,
    /// The Clipboard API is missing or refused: the field's text is selected instead.
    Selected,
}

impl Outcome {
    fn message(self) -> &'static str {
        match self {
            Outcome::Copied => "Link copied.",
            Outcome::Selected => {
                "Your browser did not let us copy. The link is selected: press Ctrl+C (Cmd+C on a Mac) to copy it."
            }
        }
    }
}

/// Starts `navigator.clipboard.writeText(text)`; `None` when the API is absent (insecure
/// context, old browser), which the caller treats like a refusal.
fn write_to_clipboard(text: &str) -> Option<js_sys::Promise> {
    let navigator = window().navigator();
    let api = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard")).ok()?;
    if api.is_undefined() || api.is_null() {
        return None;
    }
    Some(navigator.clipboard().write_text(text))
}

/// The id of the link field, which the copy fallback selects.
const FIELD: &str = "share-link-field";

/// The field, the button and the two lines below them, rendered once; [`CopyLink`] fills in
/// the link and the status.
const MARKUP: &str = concat!(
    r#"<label for="share-link-field">Link to this scenario</label><div class="share__row">"#,
    r#"<input id="share-link-field" class="share__input" type="text" readonly data-testid="share-link">"#,
    r#"<button type="button" class="btn no-print" data-testid="copy-link">Copy link</button></div>"#,
    // A field clips a long link on paper, so print shows the link as text instead.
    r#"<p class="share__printed print-only"></p>"#,
    r#"<p class="share__status no-print" role="status" aria-live="polite" data-testid="copy-status"></p>"#,
);

/// The link field, if it is in the document.
fn field() -> Option<HtmlInputElement> {
    document().get_element_by_id(FIELD)?.dyn_into().ok()
}

/// Focuses the link field and selects its text.
fn select_field() {
    if let Some(input) = field() {
        let _ = input.focus();
        input.select();
    }
}

/// Sets the text of the element matching `selector`.
fn set_text(selector: &str, text: &str) {
    if let Ok(Some(el)) = document().query_selector(selector) {
        el.set_text_content(Some(text));
    }
}

/// A read-only field with the link, a copy button and a polite status line.
///
/// The block is markup rendered once; two effects keep the link and the status current (the
/// link's only when it changes, so a selection survives a new status), and one listener on the
/// block serves the button and the field.
#[component]
pub fn CopyLink(
    /// The link to show and copy.
    link: Memo<String>,
) -> impl IntoView {
    // The last outcome's message and the link it was for, so a stale "copied" never shows
    // for a newer link.
    let status = RwSignal::new(String::new());
    let status_for = StoredValue::new(String::new());
    let settle = move |outcome: Outcome, copied: String| {
        if outcome == Outcome::Selected {
            select_field();
        }
        status_for.try_set_value(copied);
        status.try_set(outcome.message().to_owned());
    };
    // One pair of callbacks for the component's lifetime rather than a leaked pair per click;
    // both of one closure type, so the wasm carries its glue once.
    let pending = StoredValue::new(String::new());
    let on_settled = move |outcome: Outcome| {
        Closure::<dyn FnMut(JsValue)>::new(move |_| {
            if let Some(copied) = pending.try_get_value() {
                settle(outcome, copied);
            }
        })
    };
    let (on_copied, on_refused) = (on_settled(Outcome::Copied), on_settled(Outcome::Selected));
    let copy = move || {
        let text = link.get_untracked();
        match write_to_clipboard(&text) {
            Some(promise) => {
                pending.set_value(text);
                let _ = promise.then2(&on_copied, &on_refused);
            }
            None => settle(Outcome::Selected, text),
        }
    };
    effect(move || {
        link.with(|l| {
            if let Some(input) = field() {
                input.set_value(l);
            }
            set_text(".share__printed", l);
        });
    });
    effect(move || {
        let current = link.with(|l| status_for.with_value(|f| f == l));
        status.with(|m| set_text("[data-testid=copy-status]", if current { m } else { "" }));
    });
    let on_click = move |ev: web_sys::Event| {
        if clicked_button(&ev).is_some() {
            copy();
        }
    };
    // Focus does not bubble; focusin does, and reaches the block.
    let on_focus = |ev: web_sys::Event| {
        let on_field = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|el| el.id() == FIELD);
        if on_field {
            select_field();
        }
    };
    view! {
        <div
            class="share__field"
            {..listen("click", on_click)}
            {..listen("focusin", on_focus)}
            inner_html=MARKUP
        />
    }
}
