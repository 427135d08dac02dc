//! The one scenario of the page, mirrored in the URL, and what the engine derives from it.
//!
//! Islands read [`AppState`] from Leptos context through [`use_app_state`]; they never hold
//! copies of the scenario. Every change updates the page at once; the address bar follows after a short
//! pause (or in the next task on a committing event), because browsers throttle
//! `history.replaceState`.

use std::time::Duration;

use leptos::prelude::*;
use partner_fit_engine::assessment::{assess, Answers, Assessment, ModelStatus};
use partner_fit_engine::economics::{flips, simulate, tornado, Flips, Simulation, Tornado};
use partner_fit_engine::scenario::{decode, encode_pair, Notice, Scenario};
use partner_fit_engine::story::Story;
use partner_fit_engine::Model;
use wasm_bindgen::{closure::Closure, JsCast};

use super::live_formats::LiveFormats;
use super::url;

/// How long the URL waits for input to settle before it is rewritten.
const URL_DEBOUNCE: Duration = Duration::from_millis(300);
/// How long to wait before retrying a write the browser refused (throttling).
const URL_RETRY: Duration = Duration::from_secs(2);

/// Shared, cheaply copied handles to the page's state.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The visitor's scenario (B when comparing); changes re-render immediately.
    pub scenario: RwSignal<Scenario>,
    /// The scenario kept as A ("Keep as A"), shown beside B until cleared; it travels in the
    /// same link as B.
    pub pinned: RwSignal<Option<Scenario>>,
    /// The assessment of A's answers (`None` without A or until its role and own are answered).
    pub pinned_assessment: Memo<Option<Assessment>>,
    /// The margin simulation of A's inputs.
    pub pinned_simulation: Memo<Option<Simulation>>,
    /// What the decoder reported about the link the page was opened with.
    pub notices: RwSignal<Vec<Notice>>,
    /// The answers alone, so an input's change does not reach what reads only answers.
    pub answers: Memo<Answers>,
    /// The assessment of the current answers (`None` until role and own are answered).
    pub assessment: Memo<Option<Assessment>>,
    /// Each model's place in the advice, in [`Model::ALL`] order, for the simulator's tags.
    pub statuses: Memo<Option<[ModelStatus; 3]>>,
    /// The margin simulation of the current inputs.
    pub simulation: Memo<Simulation>,
    /// The simulator's figures set beside the advice (who leads, the nearest tie, what the
    /// advice keeps that the figures do not price).
    pub story: Memo<Story>,
    /// For every input, the value at which another model would contribute most (a task after
    /// the inputs change).
    pub flips: Memo<Flips>,
    /// How the lead of the story's focus model moves across each input's typical range (a task
    /// after the inputs change).
    pub tornado: Memo<Tornado>,
    /// The number formats of the scenario's currency, shared by every island.
    pub formats: LiveFormats,
    /// The current scenario's shareable address.
    pub share_link: Memo<String>,
    /// The assessment step on screen; stored with each history entry the steps push.
    pub step: RwSignal<u32>,
    /// Whether the page runs embedded (`?embed=1`): no site chrome, height posted to the host.
    pub embed: bool,
    /// Counts the address bar's writes: a committed change, which the host page hears of.
    pub committed: RwSignal<u32>,
    /// The query string last written to the address bar, to skip redundant writes.
    written: StoredValue<String>,
    /// A debounced URL write that has not run yet.
    pending: StoredValue<Option<TimeoutHandle>>,
}

/// Reads the scenario from the URL and provides [`AppState`] as context to everything created
/// under the current owner (every island mounts under it).
pub fn provide_app_state() -> AppState {
    let query = url::current_query();
    let embed = query.split('&').any(|kv| kv == "embed=1");
    let decoded = decode(&query);
    let scenario = RwSignal::new(decoded.scenario);
    let pinned = RwSignal::new(decoded.compare);
    // The answers as their own memo, so a slider move does not re-run the assessment.
    let answers = Memo::new(move |_| scenario.with(|s| s.answers));
    // It re-runs only when the answers changed, so it counts as changed then: comparing
    // whole assessments cost more wasm than the few redundant updates it saves.
    let assessment = Memo::new_with_compare(move |_| answers.with(assess), |_, _| true);
    // Re-run on every change (under a microsecond); an answer's change stops here, since
    // the simulation comes out equal.
    let simulation = Memo::new(move |_| scenario.with(|s| simulate(&s.inputs)));
    let story = Memo::new(move |_| {
        answers.with(|a| {
            assessment.with(|assessed| {
                scenario.with(|s| {
                    simulation.with(|sim| Story::new(a, assessed.as_ref(), &s.inputs, sim))
                })
            })
        })
    });
    let focus = Memo::new(move |_| story.with(Story::focus));
    // The flip points and the tornado (dozens of model runs) follow the inputs a task later,
    // so a slider move updates the totals and charts first and the sensitivity after them.
    let settled = RwSignal::new((scenario.with_untracked(|s| s.inputs), focus.get_untracked()));
    Effect::new(move || {
        let now = (scenario.with(|s| s.inputs), focus.get());
        set_timeout(move || settled.set(now), Duration::ZERO);
    });
    let state = AppState {
        scenario,
        pinned,
        pinned_assessment: Memo::new_with_compare(
            move |_| pinned.with(|a| a.as_ref().and_then(|a| assess(&a.answers))),
            |_, _| true,
        ),
        pinned_simulation: Memo::new(move |_| {
            pinned.with(|a| a.as_ref().map(|a| simulate(&a.inputs)))
        }),
        notices: RwSignal::new(decoded.notices),
        answers,
        assessment,
        statuses: Memo::new(move |_| {
            assessment.with(|a| a.as_ref().map(|a| Model::ALL.map(|m| a.status(m))))
        }),
        simulation,
        story,
        flips: Memo::new(move |_| settled.with(|(inputs, _)| flips(inputs))),
        tornado: Memo::new(move |_| settled.with(|&(inputs, focus)| tornado(&inputs, focus))),
        // An input's change stops at the currency memo.
        formats: LiveFormats::new(Memo::new(move |_| scenario.with(|s| s.currency))),
        share_link: Memo::new(move |_| {
            let query = scenario.with(|b| pinned.with(|a| query_for(b, a.as_ref(), false)));
            url::address_with(&query)
        }),
        step: RwSignal::new(url::current_step().unwrap_or(0)),
        embed,
        committed: RwSignal::new(0),
        written: StoredValue::new(query),
        pending: StoredValue::new(None),
    };
    provide_context(state);

    // The address bar is the outside world: sync it from the scenario, debounced.
    Effect::new(move || {
        scenario.track();
        pinned.track();
        state.schedule_write(URL_DEBOUNCE);
    });
    // Back/Forward restore the scenario of that history entry. A plain closure, of the type
    // the host code already uses, rather than Leptos's typed window listener.
    let restore = Closure::<dyn FnMut()>::new(move || {
        let query = url::current_query();
        let decoded = decode(&query);
        state.written.set_value(query);
        state.scenario.set(decoded.scenario);
        state.pinned.set(decoded.compare);
        state.notices.set(decoded.notices);
        state.step.set(url::current_step().unwrap_or(0));
    });
    if let Some(window) = web_sys::window() {
        let _ =
            window.add_event_listener_with_callback("popstate", restore.as_ref().unchecked_ref());
    }
    // The listener lives as long as the page.
    restore.forget();
    state
}

/// The query string for `b` beside A, keeping `embed=1` when the page is embedded.
fn query_for(b: &Scenario, a: Option<&Scenario>, embed: bool) -> String {
    let mut q = encode_pair(b, a);
    if embed {
        q.push_str("&embed=1");
    }
    q
}

/// The page's state; panics only outside the owner [`provide_app_state`] ran under (a
/// programming error, caught by every test that mounts an island).
pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}

impl AppState {
    /// Writes the URL on a committing event (`change`, Enter) without the pause, but in a
    /// task of its own: the page updates first, then the address bar and the host hear of it.
    pub fn commit(self) {
        self.schedule_write(Duration::ZERO);
    }

    /// Moves the assessment to `step` as a new history entry, so Back returns here.
    pub fn go_to_step(self, step: u32) {
        self.step.set(step);
        self.cancel_pending();
        self.write(Some(step));
    }

    /// Keeps the current scenario as A, as a new history entry so Back lets go of it.
    pub fn keep(self) {
        self.pinned.set(Some(self.scenario.get_untracked()));
        self.push_entry();
    }

    /// Exchanges A and B: A becomes the scenario the visitor edits. A new history entry.
    pub fn swap(self) {
        let Some(a) = self.pinned.get_untracked() else {
            return;
        };
        self.pinned.set(Some(self.scenario.get_untracked()));
        self.scenario.set(a);
        self.push_entry();
    }

    /// Lets go of A. A new history entry, so Back brings it back.
    pub fn clear_pinned(self) {
        self.pinned.set(None);
        self.push_entry();
    }

    /// Writes the current address as a new history entry at the current step.
    fn push_entry(self) {
        self.cancel_pending();
        self.write(Some(self.step.get_untracked()));
    }

    fn cancel_pending(self) {
        if let Some(handle) = self.pending.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    }

    fn schedule_write(self, after: Duration) {
        self.cancel_pending();
        let handle = set_timeout_with_handle(move || self.write(None), after).ok();
        self.pending.set_value(handle);
    }

    fn write(self, push: Option<u32>) {
        let (Some(b), Some(a)) = (
            self.scenario.try_get_untracked(),
            self.pinned.try_get_untracked(),
        ) else {
            return;
        };
        let query = query_for(&b, a.as_ref(), self.embed);
        let unchanged = self.written.with_value(|w| *w == query);
        if unchanged && push.is_none() {
            return;
        }
        match url::write_query(&query, push) {
            Ok(()) => {
                self.written.set_value(query);
                self.committed.update(|n| *n = n.wrapping_add(1));
            }
            // Throttled (or refused): try again once input has settled.
            Err(_) => self.schedule_write(URL_RETRY),
        }
    }
}
