//! Where reselling starts to beat referral, by discount and by volume, in words.

use leptos::prelude::*;
use partner_fit_engine::economics::{BreakEven, BreakEvens, Format};

use super::live_formats::{figure, LiveFormats};
use crate::ui::format::js_number;
use crate::ui::state::use_app_state;

/// An answer: its test id, how it is read, and its sentence.
type Answer = (
    &'static str,
    fn(&BreakEvens) -> BreakEven,
    fn(&BreakEvens, Format) -> String,
);

const ANSWERS: [Answer; 2] = [
    (
        "breakeven-discount",
        BreakEvens::discount,
        BreakEvens::discount_sentence,
    ),
    (
        "breakeven-volume",
        BreakEvens::volume,
        BreakEvens::volume_sentence,
    ),
];

/// The two break-even sentences, each carrying its state and value for tests and hosts.
#[component]
pub fn BreakEvenAnswers(fmt: LiveFormats) -> impl IntoView {
    let sim = use_app_state().simulation;
    ANSWERS
        .map(|(testid, answer, sentence)| {
            let answer = move || sim.with(|s| answer(s.break_evens()));
            let text = Signal::derive(move || {
                fmt.with(|f| sim.with(|s| sentence(s.break_evens(), &|fig| figure(f, fig))))
            });
            view! {
                <p
                    class="sim-breakeven__answer"
                    data-testid=testid
                    data-state=Signal::derive(move || answer().state().to_owned())
                    data-value=Signal::derive(move || answer().value().map(js_number))
                >
                    {text}
                </p>
            }
        })
        .into_iter()
        .collect_view()
}
