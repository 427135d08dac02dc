//! The page: one component per file under `ui/`, grouped by section.

pub mod cta;
pub mod format;
pub mod host;
pub mod intro;
pub mod state;
pub mod url;

use leptos::prelude::*;

use cta::Cta;
use intro::models::ModelsOverview;

/// The whole app, mounted into `#app` below the static hero of `index.html`.
#[component]
pub fn App() -> impl IntoView {
    let state = state::provide_app_state();
    let share_link = state.share_link;
    view! {
        <div data-ready="">
            <ModelsOverview />
            <Cta share_link heading="Want a second pair of eyes on your partner plan?" />
            <footer class="site-footer">
                <div class="wrap">
                    <p>"Partner Fit runs entirely in your browser: no tracking, no cookies, nothing you enter leaves your device."</p>
                </div>
            </footer>
        </div>
    }
}
