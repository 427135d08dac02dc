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

use leptos::prelude::*;
use partner_fit_engine::assessment::Assessment;
use partner_fit_engine::Model;

use super::assessment::{focus_later, open_question, open_step, question};
use super::erased::{derive, effect, list, listen};
use super::simulator::markup::escape;
use super::state::{use_app_state, AppState};
use markup::clicked_button;
use missing::missing;

/// The id of the results heading, where "See your recommendation" sends the focus (written
/// as a literal in the view).
pub const RESULTS_HEADING: &str = "results-title";

/// Reads `f` of the current assessment; `None` while role or own is unanswered.
pub fn read<T>(state: AppState, f: impl FnOnce(&Assessment) -> T) -> Option<T> {
    state.assessment.with(|a| a.as_ref().map(f))
}

/// The recommended model; `Referral` until there is an assessment (the grid shows only once
/// there is).
fn model(state: AppState) -> Model {
    read(state, |a| a.model()).unwrap_or(Model::Referral)
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
        <section class=class aria-labelledby=heading inner_html=Signal::derive(move || read(state, markup).unwrap_or_default()) />
    }
}

/// What a click on a button inside the results asks for: open a question (`data-q`), apply
/// a change (`data-edit`, its index in the assessment's changes) or reopen the assessment
/// (`data-step`).
fn on_click(state: AppState, applied: RwSignal<String>, ev: &web_sys::Event) {
    let Some(button) = clicked_button(ev) else {
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
            applied.try_set(format!("Applied: {}", escape(&change.sentence)));
            focus_later(changes::HEADING.to_owned());
        }
    } else if button.has_attribute("data-step") {
        open_step(state, 0);
    }
}

/// The recommendation card's class, which names the model. Set at render and kept by an
/// effect, so the page binds no class to a signal (that costs render code of its own).
fn rec_class(state: AppState) -> String {
    let class = move || format!("card rec rec--{}", model(state).id());
    effect(move || {
        let class = class();
        if let Ok(Some(card)) = document().query_selector("#results .rec") {
            card.set_class_name(&class);
        }
    });
    untrack(class)
}

/// The full assessment, once there is one.
fn grid(state: AppState) -> impl IntoView {
    view! {
        <div class="results__grid">
            <article class=rec_class(state) aria-labelledby="rec-title">
                <p class="rec__eyebrow">"The model that fits now"</p>
                // One element while the answers change, so the result updates in place.
                <h3 id="rec-title" class="rec__model" data-testid="recommended-model" data-value=derive(state, |s| model(s).id().to_owned())
                    inner_html=derive(state, |s| escape(model(s).name()))
                />
                <div inner_html=derive(state, |s| read(s, recommendation::card).unwrap_or_default()) />
            </article>
            {list(CARDS.map(|card| card_view(state, card)))}
        </div>
    }
}

/// The results section: a prompt for the missing answers, or the full assessment.
#[component]
pub fn ResultsSection() -> impl IntoView {
    let state = use_app_state();
    let applied = RwSignal::new(String::new());
    // Whether there is an assessment, changed only when that flips so the grid renders once.
    let is_ready = move || state.assessment.with(Option::is_some);
    let ready = RwSignal::new(state.assessment.with_untracked(Option::is_some));
    effect(move || {
        let now = is_ready();
        if ready.get_untracked() != now {
            ready.set(now);
        }
    });
    view! {
        <section
            class="section wrap results"
            id="results"
            aria-labelledby="results-title"
            {..listen("click", move |ev| on_click(state, applied, &ev))}
        >
            <h2 id="results-title" tabindex="-1">"Your partner model"</h2>
            <p class="visually-hidden" role="status" inner_html={Signal::<String>::from(applied)} />
            {move || if ready.get() { grid(state).into_any() } else { missing(state).into_any() }}
        </section>
    }
}
