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

/// The whole app, mounted into `#app` below the static hero of `index.html`.
#[component]
pub fn App() -> impl IntoView {
    let state = state::provide_app_state();
    let share_link = state.share_link;
    view! {
        <div data-ready="">
            <UrlNotice />
            <ModelsOverview />
            <AssessmentSection />
            <ResultsSection />
            <Cta share_link heading="Turn this answer into a partner plan" />
            <DecisionFlow />
            <CompareSection />
            <QuadrantSection />
            <SimulatorSection />
            <Cta share_link heading="Check these numbers with us" />
            <MethodSection />
            <ShareSection />
            <FaqSection />
            <footer class="site-footer">
                <div class="wrap">
                    <p>"Partner Fit runs entirely in your browser: no tracking, no cookies, nothing you enter leaves your device."</p>
                </div>
            </footer>
        </div>
    }
}
