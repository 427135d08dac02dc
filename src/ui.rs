//! The wasm side of the page: islands mounted into the elements the build-time page reserves
//! for them, and the visitor's marks on the static content. One component per file, grouped
//! by island.

pub mod assessment;
pub mod comparison;
pub mod cta;
pub mod format;
pub mod host;
pub mod live_formats;
pub mod marks;
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
use partner_fit_engine::page::{Island, ROOT};
use wasm_bindgen::JsCast;

use assessment::AssessmentSection;
use comparison::ComparisonSection;
use notice::UrlNotice;
use quadrant::QuadrantChart;
use results::ResultsSection;
use share::copy::CopyLink;
use share::printed::PrintedScenario;
use share::qr::ScenarioQr;
use simulator::sensitivity::SensitivitySection;
use simulator::SimulatorSection;

/// The view of `island`.
fn island_view(island: Island) -> AnyView {
    match island {
        Island::Notice => view! { <UrlNotice /> }.into_any(),
        Island::Assessment => view! { <AssessmentSection /> }.into_any(),
        Island::Results => view! { <ResultsSection /> }.into_any(),
        Island::Quadrant => view! { <QuadrantChart /> }.into_any(),
        Island::Simulator => view! { <SimulatorSection /> }.into_any(),
        Island::Sensitivity => view! { <SensitivitySection /> }.into_any(),
        Island::Comparison => view! { <ComparisonSection /> }.into_any(),
        Island::Share => view! {
            // First, so on paper it floats beside the link it encodes.
            <ScenarioQr />
            <CopyLink />
            <PrintedScenario />
        }
        .into_any(),
    }
}

/// The element with `id`, if the page has it.
fn element(id: &str) -> Option<web_sys::HtmlElement> {
    document().get_element_by_id(id)?.dyn_into().ok()
}

/// Replaces the no-JavaScript message in `island`'s element with the island, under `owner`
/// (where the state is provided).
fn mount(owner: &Owner, island: Island) {
    let Some(el) = element(island.id()) else {
        return;
    };
    el.set_text_content(None);
    owner.with(|| leptos::mount::mount_to(el, move || island_view(island)).forget());
}

/// Mounts the islands from `next` on, one per browser task, so no task blocks a slow phone's
/// main thread for long; marks the root `data-ready` after the last.
fn mount_from(owner: Owner, next: usize) {
    match Island::ALL.get(next) {
        Some(&island) => {
            mount(&owner, island);
            set_timeout(move || mount_from(owner, next + 1), Duration::ZERO);
        }
        None => {
            if let Some(root) = element(ROOT) {
                let _ = root.set_attribute("data-ready", "");
            }
            // The page's owner lives as long as the page: dropping it would dispose the state
            // and every island's effects.
            std::mem::forget(owner);
        }
    }
}

/// Starts the app on the page: the state read from the URL, the marks on the static content,
/// then the islands.
pub fn start() {
    // Effects run on the wasm-bindgen executor; `mount_to` would start it, but the state and
    // the marks create theirs before any island mounts. An error means it already runs.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    owner.with(|| {
        let state = state::provide_app_state();
        marks::start(state);
        cta::start(state);
        host::start(state);
    });
    mount_from(owner, 0);
}
