//! The link field and its "Copy link" button: the Clipboard API when the browser offers
//! it, otherwise the link is selected for the visitor to copy with the keyboard.

use leptos::html::Input;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsValue;

use crate::ui::state::use_app_state;

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

/// A read-only field with the current scenario's link, a copy button and a polite status
/// line that speaks only of the link on screen.
#[component]
pub fn CopyLink() -> impl IntoView {
    let link = use_app_state().share_link;
    let field = NodeRef::<Input>::new();
    // The last outcome and the link it was for, so a stale "copied" never shows for a newer
    // link.
    let outcome = RwSignal::new(None::<(Outcome, String)>);
    let select = move || {
        if let Some(input) = field.get_untracked() {
            let _ = input.focus();
            input.select();
        }
    };
    let settle = move |result: Outcome, copied: String| {
        if result == Outcome::Selected {
            select();
        }
        outcome.try_set(Some((result, copied)));
    };
    // One pair of promise callbacks for the field's life (each click would otherwise leak
    // the one that did not run); `pending` is the text the last click tried to copy.
    let pending = StoredValue::new(String::new());
    let done = StoredValue::new_local(Closure::<dyn FnMut(JsValue)>::new(move |_| {
        settle(Outcome::Copied, pending.get_value())
    }));
    let refused = StoredValue::new_local(Closure::<dyn FnMut(JsValue)>::new(move |_| {
        settle(Outcome::Selected, pending.get_value())
    }));
    let copy = move |_| {
        let text = link.get_untracked();
        let Some(promise) = write_to_clipboard(&text) else {
            settle(Outcome::Selected, text);
            return;
        };
        pending.set_value(text);
        done.with_value(|done| refused.with_value(|refused| drop(promise.then2(done, refused))));
    };
    let status = move || {
        outcome.with(|o| match o {
            Some((result, copied)) if link.with(|l| l == copied) => result.message(),
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
                    on:focus=move |_| select()
                />
                <button type="button" class="btn no-print" data-testid="copy-link" on:click=copy>
                    "Copy link"
                </button>
            </div>
            // A field clips a long link on paper, so print shows the link as text instead.
            <p class="share__printed print-only">{move || link.get()}</p>
            <p class="share__status no-print" role="status" aria-live="polite" data-testid="copy-status">
                {status}
            </p>
        </div>
    }
}
