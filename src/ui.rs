//! The page: one component per file under `ui/`, grouped by section.

pub mod assessment;
pub mod compare;
pub mod cta;
pub mod faq;
pub mod flow;
pub mod format;
pub mod host;
pub mod intro;
pub mod method;
pub mod notice;
pub mod quadrant;
pub mod results;
pub mod share;
pub mod simulator;
pub mod state;
pub mod url;

use std::time::Duration;

use leptos::prelude::*;

use assessment::AssessmentSection;
use compare::CompareSection;
use cta::Cta;
use faq::FaqSection;
use flow::DecisionFlow;
use intro::models::ModelsOverview;
use method::MethodSection;
use notice::UrlNotice;
use quadrant::QuadrantSection;
use results::ResultsSection;
use share::ShareSection;
use simulator::SimulatorSection;

/// How many batches of sections the page mounts in (see [`App`]).
const BATCHES: u8 = 4;

/// The whole app, mounted into `#app` below the static hero of `index.html`.
///
/// Sections mount in batches, one browser task each, so no single task blocks the main
/// thread for long on a slow phone (Lighthouse's total blocking time). `data-ready` marks
/// the page complete, for tests and hosts.
#[component]
pub fn App() -> impl IntoView {
    let state = state::provide_app_state();
    let share_link = state.share_link;
    let mounted = RwSignal::new(1u8);
    Effect::new(move |_| {
        if mounted.get() < BATCHES {
            set_timeout(move || mounted.update(|n| *n += 1), Duration::ZERO);
        }
    });
    // A memo per batch, so a batch renders once when its turn comes, not again after.
    let [second, third, fourth] = [2, 3, 4].map(|n| Memo::new(move |_| mounted.get() >= n));
    view! {
        <div data-ready=move || (mounted.get() == BATCHES).then_some("")>
            <UrlNotice />
            <ModelsOverview />
            <AssessmentSection />
            {move || second.get().then(|| view! {
                <ResultsSection />
                <Cta share_link heading="Turn this answer into a partner plan" />
                <DecisionFlow />
            })}
            {move || third.get().then(|| view! {
                <CompareSection />
                <QuadrantSection />
                <SimulatorSection />
                <Cta share_link heading="Check these numbers with us" />
            })}
            {move || fourth.get().then(|| view! {
                <MethodSection />
                <ShareSection />
                <FaqSection />
                <footer class="site-footer">
                    <div class="wrap">
                        <p>"Partner Fit runs entirely in your browser: no tracking, no cookies, nothing you enter leaves your device."</p>
                    </div>
                </footer>
            })}
        </div>
    }
}
