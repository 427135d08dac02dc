//! The one dismissible message about a link the decoder had to repair, so a tampered or
//! outdated link explains itself while the page keeps working. Every message is text: nothing
//! from a link can become markup.

use leptos::prelude::*;

use super::state::use_app_state;

/// Shown while the decoder's notices are non-empty; the status region stays in place so a
/// message appearing later (Back to a tampered entry) is announced.
#[component]
pub fn UrlNotice() -> impl IntoView {
    let state = use_app_state();
    let has_notices = move || state.notices.with(|n| !n.is_empty());
    view! {
        <div class="wrap url-notice-region no-print" role="status">
            <Show when=has_notices>
                <div class="url-notice" data-testid="url-notice">
                    <h2 class="url-notice__title">"We fixed a few things in your link"</h2>
                    <p>"The page works with these repairs; the address bar now holds the corrected link."</p>
                    <ul>
                        {move || state.notices.with(|n| n.iter().map(|n| view! { <li>{n.message()}</li> }).collect_view())}
                    </ul>
                    <button
                        type="button"
                        class="btn btn--ghost"
                        data-testid="url-notice-dismiss"
                        on:click=move |_| state.notices.set(Vec::new())
                    >
                        "Dismiss"
                    </button>
                </div>
            </Show>
        </div>
    }
}
