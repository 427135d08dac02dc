//! The results: everything the engine's assessment says about the visitor's answers.
//!
//! The cards render once, when role and own are first both answered; from then on each
//! reads its own part of the assessment and updates in place, so an opened disclosure stays
//! open and a focused control keeps its place while the visitor changes answers.
//! Lists whose rows hold no state of their own are redrawn whole by a plain closure, which
//! costs the wasm far less than a keyed `<For>`.

pub mod answer_link;
pub mod assessed;
pub mod assets;
pub mod changes;
pub mod conflicts;
pub mod flags;
pub mod ladder;
pub mod layers;
pub mod missing;
pub mod parts;
pub mod pay;
pub mod recommendation;
pub mod score;
pub mod scores;
pub mod unanswered;
pub mod waits_on;

use leptos::html::H2;
use leptos::prelude::*;

use super::navigate::{focus_on_request, Target, RESULTS_HEADING};
use super::state::use_app_state;
use assets::AssetsCard;
use changes::ChangesCard;
use conflicts::ConflictsCard;
use flags::FlagsCard;
use ladder::LadderCard;
use layers::LayersCard;
use missing::MissingAnswers;
use pay::PayCard;
use recommendation::RecommendationCard;
use scores::ScoresCard;
use unanswered::UnansweredCard;

/// The results section: a prompt for the missing answers, or the full assessment.
#[component]
pub fn ResultsSection() -> impl IntoView {
    let state = use_app_state();
    let heading = NodeRef::<H2>::new();
    focus_on_request(Target::ResultsHeading, heading);
    view! {
        <section class="section wrap results" id="results" aria-labelledby=RESULTS_HEADING>
            <h2 id=RESULTS_HEADING tabindex="-1" node_ref=heading>
                "Your partner model"
            </h2>
            <Show
                when=move || state.assessment.with(Option::is_some)
                fallback=|| view! { <MissingAnswers /> }
            >
                <div class="results__grid">
                    <RecommendationCard />
                    <ChangesCard />
                    <PayCard />
                    <ScoresCard />
                    <FlagsCard />
                    <LadderCard />
                    <LayersCard />
                    <AssetsCard />
                    <ConflictsCard />
                    <UnansweredCard />
                </div>
            </Show>
        </section>
    }
}
