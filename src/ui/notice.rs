//! Section placeholder, being written now.

use leptos::prelude::*;

/// The section.
#[component]
pub fn UrlNotice() -> impl IntoView {
    view! { <div></div> }
}
