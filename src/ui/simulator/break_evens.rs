//! Where reselling starts to beat referral, by discount and by volume, in words.

use leptos::prelude::*;
use partner_fit_engine::economics::{BreakEven, BreakEvens, Format, Simulation};

use crate::ui::format::js_number;
use crate::ui::live_formats::{figure, LiveFormats};

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

/// The two break-even sentences of `sim`, each carrying its state and value for tests and
/// hosts; `scenario` (`a` or `b`) names the side when they stand in the comparison.
#[component]
pub fn BreakEvenAnswers(
    fmt: LiveFormats,
    #[prop(into)] sim: Signal<Simulation>,
    #[prop(optional)] scenario: Option<&'static str>,
) -> impl IntoView {
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
                    data-scenario=scenario
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
