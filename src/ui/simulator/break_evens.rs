//! Where reselling starts to beat referral, by discount and by volume, in words.

use leptos::prelude::*;
use partner_fit_engine::economics::{BreakEven, BreakEvens};

use super::live_formats::{figure, LiveFormats};
use crate::ui::format::js_number;
use crate::ui::state::use_app_state;

/// Which of the two answers a paragraph shows.
#[derive(Clone, Copy)]
enum Answer {
    Discount,
    Volume,
}

impl Answer {
    fn testid(self) -> &'static str {
        match self {
            Answer::Discount => "breakeven-discount",
            Answer::Volume => "breakeven-volume",
        }
    }

    fn get(self, b: &BreakEvens) -> BreakEven {
        match self {
            Answer::Discount => b.discount(),
            Answer::Volume => b.volume(),
        }
    }
}

/// The two break-even sentences, each carrying its state and value for tests and hosts.
#[component]
pub fn BreakEvenAnswers(fmt: LiveFormats) -> impl IntoView {
    let sim = use_app_state().simulation;
    let paragraph = move |answer: Answer| {
        let be = move || sim.with(|s| answer.get(s.break_evens()));
        let text = move || {
            sim.with(|s| {
                let b = s.break_evens();
                fmt.with(|f| {
                    let write = |x| figure(f, x);
                    match answer {
                        Answer::Discount => b.discount_sentence(&write),
                        Answer::Volume => b.volume_sentence(&write),
                    }
                })
            })
        };
        view! {
            <p
                class="sim-breakeven__answer"
                data-testid=answer.testid()
                data-state=move || be().state()
                data-value=move || be().value().map(js_number)
            >
                {text}
            </p>
        }
    };
    view! {
        <div class="sim-breakeven">
            {paragraph(Answer::Discount)}
            {paragraph(Answer::Volume)}
        </div>
    }
}
