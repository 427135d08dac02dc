//! The results: everything the engine's assessment says about the visitor's answers.
//!
//! The layout is fixed once a recommendation exists and only its contents follow the
//! answers, so an opened disclosure stays open while the visitor changes an answer.

pub mod answer_link;
pub mod assets;
pub mod changes;
pub mod conflicts;
pub mod flags;
pub mod ladder;
pub mod layers;
pub mod missing;
pub mod recommendation;
pub mod scores;
pub mod unanswered;

use leptos::prelude::*;
use partner_fit_engine::assessment::Assessment;

use super::state::{use_app_state, AppState};
use assets::AssetReadiness;
use changes::WhatWouldChange;
use conflicts::ConflictRules;
use flags::RedFlags;
use ladder::LadderView;
use layers::LayeringPlan;
use missing::MissingAnswers;
use recommendation::RecommendationCard;
use scores::FitScores;
use unanswered::UnansweredList;

/// The id of the results heading, where "See your recommendation" sends the focus.
pub const RESULTS_HEADING: &str = "results-title";

/// Reads `f` of the current assessment; `None` while role or own is unanswered.
pub fn read<T>(state: AppState, f: impl FnOnce(&Assessment) -> T) -> Option<T> {
    state.assessment.with(|a| a.as_ref().map(f))
}

/// The results section: a prompt for the missing answers, or the full assessment.
#[component]
pub fn ResultsSection() -> impl IntoView {
    let state = use_app_state();
    view! {
        <section class="section wrap results" id="results" aria-labelledby=RESULTS_HEADING>
            <h2 id=RESULTS_HEADING tabindex="-1">"Your partner model"</h2>
            <Show when=move || state.assessment.with(Option::is_some) fallback=MissingAnswers>
                <div class="results__grid">
                    <RecommendationCard />
                    <WhatWouldChange />
                    <FitScores />
                    <RedFlags />
                    <LadderView />
                    <LayeringPlan />
                    <AssetReadiness />
                    <ConflictRules />
                    <UnansweredList />
                </div>
            </Show>
        </section>
    }
}
