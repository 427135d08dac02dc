//! The site footer.

use leptos::prelude::*;

/// The privacy promise the page keeps.
#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <div class="wrap">
                <p>"Partner Fit runs entirely in your browser: no tracking, no cookies, nothing you enter leaves your device."</p>
            </div>
        </footer>
    }
}
