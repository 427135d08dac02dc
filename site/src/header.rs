//! The site header with the page's section links.

use leptos::prelude::*;

/// Brand and in-page navigation (hidden when the page is embedded).
#[component]
pub fn Header() -> impl IntoView {
    view! {
        <header class="site-header">
            <div class="wrap">
                <p class="brand"><span class="brand__mark" aria-hidden="true">"◆"</span>" Partner Fit"</p>
                <nav aria-label="Sections">
                    <a href="#assessment">"Assessment"</a>
                    <a href="#simulator">"Margin simulator"</a>
                    <a href="#compare">"Compare"</a>
                    <a href="#faq">"FAQ"</a>
                </nav>
            </div>
        </header>
    }
}
