//! Share: the current scenario's link, selectable and copyable.

pub mod copy;

use leptos::prelude::*;

use super::state::use_app_state;
use copy::CopyLink;

/// The share section; the link it shows is always the current scenario's.
#[component]
pub fn ShareSection() -> impl IntoView {
    let state = use_app_state();
    view! {
        <section class="section wrap share" id="share" aria-labelledby="share-title">
            <h2 id="share-title">"Share this scenario"</h2>
            <p>
                "Your browser's address bar always holds the current scenario: every answer and input. "
                "Anyone who opens the link sees the same results and totals, and nothing is stored anywhere else."
            </p>
            <CopyLink link=state.share_link />
        </section>
    }
}
