//! The page: one component per file under `ui/`, grouped by section.

use leptos::prelude::*;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    view! { <main id="app">"Partner Fit"</main> }
}
