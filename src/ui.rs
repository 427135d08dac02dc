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

/// The page below the static hero, in reading order. Each entry renders one section.
const SECTIONS: [fn(Memo<String>) -> AnyView; 14] = [
    |_| view! { <UrlNotice /> }.into_any(),
    |_| view! { <ModelsOverview /> }.into_any(),
    |_| view! { <AssessmentSection /> }.into_any(),
    |_| view! { <ResultsSection /> }.into_any(),
    |share_link| {
        view! { <Cta share_link heading="Turn this answer into a partner plan" /> }.into_any()
    },
    |_| view! { <DecisionFlow /> }.into_any(),
    |_| view! { <CompareSection /> }.into_any(),
    |_| view! { <QuadrantSection /> }.into_any(),
    |_| view! { <SimulatorSection /> }.into_any(),
    |share_link| view! { <Cta share_link heading="Check these numbers with us" /> }.into_any(),
    |_| view! { <MethodSection /> }.into_any(),
    |_| view! { <ShareSection /> }.into_any(),
    |_| view! { <FaqSection /> }.into_any(),
    |_| {
        view! {
        <footer class="site-footer">
            <div class="wrap">
                <p>"Partner Fit runs entirely in your browser: no tracking, no cookies, nothing you enter leaves your device."</p>
            </div>
        </footer>
    }.into_any()
    },
];

/// How many sections mount in the first task: what a visitor sees first.
const FIRST_TASK: usize = 3;

/// The whole app, mounted into `#app` below the static hero of `index.html`.
///
/// After the first screen, sections mount one per browser task, so no task blocks the main
/// thread for long on a slow phone (Lighthouse's total blocking time). `data-ready` marks
/// the page complete, for tests and hosts.
#[component]
pub fn App() -> impl IntoView {
    let state = state::provide_app_state();
    let share_link = state.share_link;
    let mounted = RwSignal::new(FIRST_TASK);
    Effect::new(move |_| {
        if mounted.get() < SECTIONS.len() {
            set_timeout(move || mounted.update(|n| *n += 1), Duration::ZERO);
        }
    });
    // A memo per section, so a section renders once when its turn comes, not again after.
    let sections = SECTIONS.iter().enumerate().map(|(i, section)| {
        let shown = Memo::new(move |_| mounted.get() > i);
        move || shown.get().then(|| section(share_link))
    });
    view! {
        <div data-ready=move || (mounted.get() == SECTIONS.len()).then_some("")>
            {sections.collect_view()}
        </div>
    }
}
