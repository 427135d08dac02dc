//! The page: one component per file under `ui/`, grouped by section.

pub mod assessment;
pub mod compare;
pub mod cta;
pub mod erased;
pub mod faq;
pub mod flow;
pub mod format;
pub mod host;
pub mod intro;
pub mod legacy_markup;
pub mod method;
pub mod navigate;
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
use cta::cta;
use erased::{effect, list};
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
    |share_link| cta(share_link, "Turn this answer into a partner plan"),
    |_| view! { <DecisionFlow /> }.into_any(),
    |_| view! { <CompareSection /> }.into_any(),
    |_| view! { <QuadrantSection /> }.into_any(),
    |_| view! { <SimulatorSection /> }.into_any(),
    |share_link| cta(share_link, "Check these numbers with us"),
    |_| view! { <MethodSection /> }.into_any(),
    |_| view! { <ShareSection /> }.into_any(),
    |_| view! { <FaqSection /> }.into_any(),
    |_| {
        view! {
            <footer
                class="site-footer"
                inner_html=r#"<div class="wrap"><p>Partner Fit runs entirely in your browser: no tracking, no cookies, nothing you enter leaves your device.</p></div>"#
            />
        }
        .into_any()
    },
];

/// How many sections mount in the first task: what a visitor sees first.
const FIRST_TASK: usize = 3;

/// Shows the sections from `next` on, one per browser task (see [`App`]).
fn mount_from(shown: [RwSignal<bool>; SECTIONS.len()], next: usize) {
    set_timeout(
        move || {
            if let Some(section) = shown.get(next) {
                section.set(true);
                mount_from(shown, next + 1);
            }
        },
        Duration::ZERO,
    );
}

/// The whole app, mounted into `#app` below the static hero of `index.html`.
///
/// After the first screen, sections mount one per browser task, so no task blocks the main
/// thread for long on a slow phone (Lighthouse's total blocking time). `data-ready` marks
/// the page complete, for tests and hosts, on the first element in `#app`.
#[component]
pub fn App() -> impl IntoView {
    let state = state::provide_app_state();
    let share_link = state.share_link;
    // A signal per section, so a section renders once when its turn comes; a chain of
    // timeouts sets them, and each switch yields an `AnyView` like the page's other switches.
    let shown: [RwSignal<bool>; SECTIONS.len()] =
        std::array::from_fn(|i| RwSignal::new(i < FIRST_TASK));
    mount_from(shown, FIRST_TASK);
    let complete = shown[SECTIONS.len() - 1];
    // Set once by an effect rather than bound as an attribute: the page's only reactive
    // boolean attribute would cost its own render code.
    effect(move || {
        if complete.get() {
            let wrapper = document()
                .get_element_by_id("app")
                .and_then(|app| app.first_element_child());
            if let Some(wrapper) = wrapper {
                let _ = wrapper.set_attribute("data-ready", "");
            }
        }
    });
    let sections = list(SECTIONS.iter().zip(shown).map(|(section, shown)| {
        move || {
            if shown.get() {
                section(share_link)
            } else {
                ().into_any()
            }
        }
    }));
    view! {
        <div>{sections}</div>
    }
}
