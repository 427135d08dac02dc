//! The results: everything the engine's assessment says about the visitor's answers.
//!
//! Each card is one block of markup built from the assessment by a pure function and set
//! with `inner_html`, so the whole card costs one reactive attribute instead of an element
//! tree per card. Controls inside the cards carry `data-*` attributes read by the one click
//! handler of the section. The fit scores' card carries each disclosure's open state over
//! from the page, so an opened one stays open while the visitor changes an answer.

pub mod assets;
pub mod changes;
pub mod conflicts;
pub mod flags;
pub mod ladder;
pub mod layers;
pub mod markup;
pub mod missing;
pub mod recommendation;
pub mod scores;
pub mod unanswered;

use leptos::either::Either;
use leptos::ev::MouseEvent;
use leptos::prelude::*;
use partner_fit_engine::assessment::Assessment;
use partner_fit_engine::Model;

use super::assessment::{focus_later, open_question, open_step, question};
use super::state::{use_app_state, AppState};
use markup::clicked_button;
use missing::missing;

/// The id of the results heading, where "See your recommendation" sends the focus.
pub const RESULTS_HEADING: &str = "results-title";

/// Reads `f` of the current assessment; `None` while role or own is unanswered.
pub fn read<T>(state: AppState, f: impl FnOnce(&Assessment) -> T) -> Option<T> {
    state.assessment.with(|a| a.as_ref().map(f))
}

/// A card: its class, the id of its heading, and its markup.
type Card = (&'static str, &'static str, fn(&Assessment) -> String);

/// The cards after the recommendation, in reading order.
const CARDS: [Card; 8] = [
    (
        "card results__changes no-print",
        changes::HEADING,
        changes::card,
    ),
    ("card results__scores", "scores-title", scores::card),
    ("card results__flags", "flags-title", flags::card),
    (
        "card results__ladder no-print",
        "ladder-title",
        ladder::card,
    ),
    (
        "card results__layers no-print",
        "layers-title",
        layers::card,
    ),
    (
        "card results__assets no-print",
        "assets-title",
        assets::card,
    ),
    (
        "card results__conflicts no-print",
        "conflicts-title",
        conflicts::card,
    ),
    (
        "card results__open no-print",
        "open-title",
        unanswered::card,
    ),
];

/// A card as one element whose markup follows the assessment; one element type and one
/// closure type render every card.
fn card_view(state: AppState, (class, heading, markup): Card) -> impl IntoView {
    view! {
        <section class=class aria-labelledby=heading inner_html=move || read(state, markup).unwrap_or_default() />
    }
}

/// What a click on a button inside the results asks for: open a question (`data-q`), apply
/// a change (`data-edit`, its index in the assessment's changes) or reopen the assessment
/// (`data-step`).
fn on_click(state: AppState, applied: RwSignal<String>, ev: MouseEvent) {
    let Some(button) = clicked_button(&ev) else {
        return;
    };
    if let Some(q) = button.get_attribute("data-q").and_then(|k| question(&k)) {
        open_question(state, q);
    } else if let Some(i) = button.get_attribute("data-edit") {
        let change = state
            .assessment
            .with_untracked(|a| a.as_ref()?.changes.get(i.parse::<usize>().ok()?).cloned());
        if let Some(change) = change {
            state
                .scenario
                .try_update(|s| s.answers = change.edit.apply(&s.answers));
            state.commit();
            applied.try_set(format!("Applied: {}", change.sentence));
            focus_later(changes::HEADING.to_owned());
        }
    } else if button.has_attribute("data-step") {
        open_step(state, 0);
    }
}

/// The full assessment, once there is one.
fn grid(state: AppState) -> impl IntoView {
    let model = move || read(state, |a| a.model()).unwrap_or(Model::Referral);
    view! {
        <div class="results__grid">
            <article class=move || format!("card rec rec--{}", model().id()) aria-labelledby="rec-title">
                <p class="rec__eyebrow">"The model that fits now"</p>
                // One element while the answers change, so the result updates in place.
                <h3 id="rec-title" class="rec__model" data-testid="recommended-model" data-value=move || model().id()>
                    {move || model().name()}
                </h3>
                <div inner_html=move || read(state, recommendation::card) />
            </article>
            {CARDS.map(|card| card_view(state, card)).collect_view()}
        </div>
    }
}

/// The results section: a prompt for the missing answers, or the full assessment.
#[component]
pub fn ResultsSection() -> impl IntoView {
    let state = use_app_state();
    let applied = RwSignal::new(String::new());
    let ready = Memo::new(move |_| state.assessment.with(Option::is_some));
    view! {
        <section
            class="section wrap results"
            id="results"
            aria-labelledby=RESULTS_HEADING
            on:click=move |ev| on_click(state, applied, ev)
        >
            <h2 id=RESULTS_HEADING tabindex="-1">"Your partner model"</h2>
            <p class="visually-hidden" role="status">{move || applied.get()}</p>
            {move || if ready.get() { Either::Left(grid(state)) } else { Either::Right(missing(state)) }}
        </section>
    }
}
