//! Effects, event listeners, lists of views and derived text of one concrete type each.
//!
//! Leptos instantiates its effect loop (a future of its own), its listener code, its list
//! rendering and its derived signals per closure, event or view type, so every effect,
//! listener and list of the page, and most derived text, goes through these helpers and the
//! wasm carries that code once.

use leptos::ev::{on, Custom, On};
use leptos::prelude::{AnyView, Effect, IntoAny, Signal};
use web_sys::Event;

use super::state::AppState;

/// Runs `f` once the page is mounted and again whenever a signal it read changes.
pub fn effect(f: impl FnMut() + 'static) {
    Effect::new(Box::new(f) as Box<dyn FnMut()>);
}

/// A listener of one concrete type for every handler of the page.
pub type Listener = On<Custom, Box<dyn FnMut(Event)>>;

/// Listens for the event `name` with `f`; spread onto an element: `{..listen("click", f)}`.
pub fn listen(name: &'static str, f: impl FnMut(Event) + 'static) -> Listener {
    on(Custom::new(name), Box::new(f))
}

/// The views of `views` as one list type, `Vec<AnyView>`.
pub fn list<V: IntoAny>(views: impl IntoIterator<Item = V>) -> Vec<AnyView> {
    views.into_iter().map(IntoAny::into_any).collect()
}

/// `f` of the page's state as a signal, for text and markup that follow the state alone.
pub fn derive(state: AppState, f: fn(AppState) -> String) -> Signal<String> {
    Signal::derive(move || f(state))
}
