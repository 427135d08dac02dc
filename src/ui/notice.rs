//! The one dismissible message about a link the decoder had to repair, so a tampered or
//! outdated link explains itself while the page keeps working.

use leptos::prelude::*;
use partner_fit_engine::scenario::Notice;

use super::erased::{derive, listen};
use super::legacy_markup::{clicked_button, Html};
use super::state::use_app_state;

/// The message listing `notices`; nothing when there are none.
fn markup(notices: &[Notice]) -> String {
    let mut h = Html::default();
    if notices.is_empty() {
        return h.done();
    }
    h.raw(r#"<div class="url-notice" data-testid="url-notice"><h2 class="url-notice__title">We fixed a few things in your link</h2><p>The page works with these repairs; the address bar now holds the corrected link.</p><ul>"#);
    for n in notices {
        h.fill("<li>{}</li>", &[&n.message()]);
    }
    h.raw(r#"</ul><button type="button" class="btn btn--ghost" data-testid="url-notice-dismiss">Dismiss</button></div>"#)
        .done()
}

/// Shown while `state.notices` is non-empty; the status region stays in place so that a
/// message appearing later (Back to a tampered entry) is announced. The message is one
/// block of markup, and its only button dismisses it.
#[component]
pub fn UrlNotice() -> impl IntoView {
    let state = use_app_state();
    let dismiss = move |ev: web_sys::Event| {
        if clicked_button(&ev).is_some() {
            state.notices.set(Vec::new());
        }
    };
    view! {
        <div
            class="wrap url-notice-region no-print"
            role="status"
            inner_html=derive(state, |s| s.notices.with(|n| markup(n)))
            {..listen("click", dismiss)}
        />
    }
}
