//! Two scenarios side by side: the visitor keeps the current one as A and goes on changing
//! answers and figures (B); this section sets A beside B until A is cleared. A travels in the
//! same link as B, so the page opens both again.

pub mod advice;
pub mod differences;
pub mod figures;

use leptos::prelude::*;
use partner_fit_engine::economics::Currency;

use advice::AdvicePair;
use differences::Differences;
use figures::FigureTable;

use super::live_formats::LiveFormats;
use super::simulator::break_evens::BreakEvenAnswers;
use super::state::use_app_state;

/// What the status region says after each control, so a screen reader hears the change.
const KEPT: &str = "Kept as A. Change anything: A stays as it is.";
const SWAPPED: &str = "Swapped: you are now editing the former A, and your last scenario is A.";
const CLEARED: &str = "A cleared.";

/// The comparison section: "Keep as A", and while A is kept, swap, clear and the comparison.
#[component]
pub fn ComparisonSection() -> impl IntoView {
    let state = use_app_state();
    let comparing = Memo::new(move |_| state.pinned.with(Option::is_some));
    // The last action's words, and whether it left an A: Back or Forward across a keep or a
    // clear silences them.
    let said = RwSignal::new(("", false));
    let say = move |words| said.set((words, comparing.get_untracked()));
    let heard = move || {
        let (words, kept) = said.get();
        if kept == comparing.get() {
            words
        } else {
            ""
        }
    };
    let keep_button = NodeRef::<leptos::html::Button>::new();
    let fmt_b = state.formats;
    let fmt_a = LiveFormats::new(Memo::new(move |_| {
        state
            .pinned
            .with(|a| a.map_or(Currency::default(), |a| a.currency))
    }));
    // A's simulation; B's only while the panel goes away with A.
    let sim_a = Signal::derive(move || {
        state
            .pinned_simulation
            .get()
            .unwrap_or_else(|| state.simulation.get())
    });
    let clear = move |_| {
        state.clear_pinned();
        say(CLEARED);
        // The clear and swap buttons leave with A: the keyboard stays in the section.
        if let Some(button) = keep_button.get_untracked() {
            let _ = button.focus();
        }
    };
    view! {
        <section
            class="section wrap versus"
            class:no-print=move || !comparing.get()
            id="comparison"
            aria-labelledby="comparison-title"
        >
            <h2 id="comparison-title">"Compare two scenarios"</h2>
            <p class="lede no-print">
                "Keep what you see as A, then change answers or figures: the page sets A beside your current scenario, B. "
                "The link in the address bar holds both."
            </p>
            <div class="versus__actions no-print">
                <button
                    type="button"
                    class="btn"
                    data-testid="compare-keep"
                    node_ref=keep_button
                    on:click=move |_| {
                        state.keep();
                        say(KEPT);
                    }
                >
                    {move || if comparing.get() { "Keep this as A instead" } else { "Keep as A" }}
                </button>
                <button
                    type="button"
                    class="btn btn--ghost"
                    data-testid="compare-swap"
                    hidden=move || !comparing.get()
                    on:click=move |_| {
                        state.swap();
                        say(SWAPPED);
                    }
                >
                    "Swap A and B"
                </button>
                <button
                    type="button"
                    class="btn btn--ghost"
                    data-testid="compare-clear"
                    hidden=move || !comparing.get()
                    on:click=clear
                >
                    "Clear A"
                </button>
                <p class="versus__said" role="status">{heard}</p>
            </div>
            <Show when=move || comparing.get()>
                <div class="versus__panel" data-testid="compare">
                    <Differences />
                    <AdvicePair sim_a />
                    <FigureTable a=sim_a fmt_a fmt_b />
                    <h3>"When reselling contributes more than referral"</h3>
                    <div class="versus__breakevens">
                        <div>
                            <h4>"A"</h4>
                            <BreakEvenAnswers fmt=fmt_a sim=sim_a scenario="a" />
                        </div>
                        <div>
                            <h4>"B"</h4>
                            <BreakEvenAnswers fmt=fmt_b sim=state.simulation scenario="b" />
                        </div>
                    </div>
                </div>
            </Show>
        </section>
    }
}
