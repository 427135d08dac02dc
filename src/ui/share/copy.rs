//! The link field and its "Copy link" button: the Clipboard API when the browser offers
//! it, otherwise the link is selected for the visitor to copy with the keyboard.

use leptos::html::Input;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsValue;

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

/// A read-only field with the link, a copy button and a polite status line.
#[component]
pub fn CopyLink(
    /// The link to show and copy.
    link: Memo<String>,
) -> impl IntoView {
    let field = NodeRef::<Input>::new();
    // The outcome and the link it was for, so a stale "copied" never shows for a newer link.
    let status = RwSignal::new(None::<(Outcome, String)>);
    let select_field = move || {
        if let Some(input) = field.try_get_untracked().flatten() {
            let _ = input.focus();
            input.select();
        }
    };
    let settle = move |outcome: Outcome, copied: String| {
        if outcome == Outcome::Selected {
            select_field();
        }
        status.try_set(Some((outcome, copied)));
    };
    // One pair of callbacks for the component's lifetime rather than a leaked pair per click.
    let pending = StoredValue::new(String::new());
    let on_copied = Closure::<dyn FnMut(JsValue)>::new(move |_| {
        if let Some(copied) = pending.try_get_value() {
            settle(Outcome::Copied, copied);
        }
    });
    let on_refused = Closure::<dyn FnMut(JsValue)>::new(move |_| {
        if let Some(copied) = pending.try_get_value() {
            settle(Outcome::Selected, copied);
        }
    });
    let copy = move |_| {
        let text = link.get_untracked();
        match write_to_clipboard(&text) {
            Some(promise) => {
                pending.set_value(text);
                let _ = promise.then2(&on_copied, &on_refused);
            }
            None => settle(Outcome::Selected, text),
        }
    };
    let message = move || {
        status.with(|s| match s {
            Some((outcome, copied)) if link.with(|l| l == copied) => outcome.message(),
            _ => "",
        })
    };
    view! {
        <div class="share__field">
            <label for="share-link-field">"Link to this scenario"</label>
            <div class="share__row">
                <input
                    id="share-link-field"
                    class="share__input"
                    type="text"
                    readonly
                    data-testid="share-link"
                    node_ref=field
                    prop:value=move || link.get()
                    on:focus=move |_| select_field()
                />
                <button type="button" class="btn no-print" data-testid="copy-link" on:click=copy>
                    "Copy link"
                </button>
            </div>
            // A field clips a long link on paper, so print shows the link as text instead.
            <p class="share__printed print-only">{move || link.get()}</p>
            <p class="share__status no-print" role="status" aria-live="polite" data-testid="copy-status">
                {message}
            </p>
        </div>
    }
}
