//! "What you would have to believe": for every input, the value nearest its current one at
//! which another model would contribute most, with every other input held.
//!
//! The rows stay in input order and keep their nodes: a slider move only rewrites the text
//! and attributes of the rows whose flip point or value changed.

use leptos::prelude::*;
use partner_fit_engine::economics::{Flip, Format, Param, Unit};

use crate::ui::format::js_number;
use crate::ui::live_formats::{figure, LiveFormats};
use crate::ui::state::use_app_state;

/// A value of `p` as the page writes it, with its unit when the label lacks one (years).
pub(super) fn written_value(fmt: Format, p: Param, value: f64) -> String {
    let number = fmt(p.figure(value));
    match p.spec().unit {
        Unit::Years if value == 1.0 => format!("{number} year"),
        Unit::Years => format!("{number} years"),
        Unit::Money | Unit::Percent | Unit::Count => number,
    }
}

/// One input's row: its label, its value now, and where the leader would change.
fn flip_row(p: Param, fmt: LiveFormats) -> impl IntoView {
    let state = use_app_state();
    // Per-row memos, so a move of one input leaves the rows it does not change untouched.
    let flip = Memo::new(move |_| state.flips.with(|f| f.get(p)));
    let now = Memo::new(move |_| state.scenario.with(|s| s.inputs.value(p)));
    let text = Signal::derive(move || {
        fmt.with(|f| match flip.get() {
            Flip::At { value, to, .. } => format!(
                "at {}, {} would contribute most",
                p.phrase(value, &|fig| figure(f, fig)),
                to.in_sentence()
            ),
            Flip::None => "no value in range changes the leader".to_owned(),
        })
    });
    view! {
        <li
            class=Signal::derive(move || {
                match flip.get() {
                    Flip::At { .. } => "sim-flip",
                    Flip::None => "sim-flip sim-flip--none",
                }
                    .to_owned()
            })
            data-testid="flip"
            data-param=p.spec().key
            data-state=Signal::derive(move || flip.get().state().to_owned())
            data-value=Signal::derive(move || flip.get().value().map(js_number))
        >
            <span class="sim-flip__input">{p.spec().label}</span>
            " (now "
            <span class="sim-flip__now">
                {Signal::derive(move || fmt.with(|f| written_value(&|fig| figure(f, fig), p, now.get())))}
            </span>
            "): "
            <span class="sim-flip__text">{text}</span>
        </li>
    }
}

/// The leader now, then one row per input in input order; rows that cannot change the
/// leader are dimmed rather than moved, so nothing jumps while a slider moves.
#[component]
pub fn FlipPoints(fmt: LiveFormats) -> impl IntoView {
    let flips = use_app_state().flips;
    let intro = Signal::derive(move || {
        format!(
            "{} contributes most at these inputs. Each line holds every other input and gives \
             the value, within its range and nearest to yours, at which another model would \
             take the lead.",
            flips.with(|f| f.leader().name())
        )
    });
    view! {
        <p class="sim-flips__intro" data-testid="flips-intro">
            {intro}
        </p>
        <ul class="sim-flips__list">
            {Param::ALL.map(|p| flip_row(p, fmt)).into_iter().collect_view()}
        </ul>
    }
}
