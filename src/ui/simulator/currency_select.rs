//! The currency the simulator's amounts are in.

use std::fmt::Write;

use leptos::prelude::*;
use partner_fit_engine::economics::Currency;
use web_sys::HtmlSelectElement;

use crate::ui::state::AppState;

/// The options: the common currencies plus `chosen` (a link may carry any code), which is
/// selected.
pub fn options(chosen: Currency) -> String {
    let mut codes: Vec<Currency> = Currency::COMMON
        .iter()
        .filter_map(|c| Currency::parse(c))
        .collect();
    if !codes.contains(&chosen) {
        codes.push(chosen);
    }
    let mut out = String::new();
    for c in codes {
        let code = c.as_str();
        let selected = if c == chosen { " selected" } else { "" };
        let _ = write!(out, r#"<option value="{code}"{selected}>{code}</option>"#);
    }
    out
}

/// The note shown when the browser cannot format `chosen` and amounts fall back to `shown`.
pub fn note(chosen: Currency, shown: Currency) -> String {
    if chosen == shown {
        return String::new();
    }
    format!(
        r#"<p class="sim-currency__note" data-testid="currency-note">This browser cannot show amounts in {}; they are shown in {}.</p>"#,
        chosen.as_str(),
        shown.as_str()
    )
}

/// The selector with its label and the place of the note.
pub fn markup(chosen: Currency, shown: Currency) -> String {
    format!(
        r#"<div class="sim-currency"><label for="sim-currency">Currency</label><select id="sim-currency">{}</select><div class="sim-currency__notes" id="sim-currency-notes">{}</div></div>"#,
        options(chosen),
        note(chosen, shown)
    )
}

/// Shows `chosen` in the selector and the note about it (Back and Forward change it too).
pub fn show(chosen: Currency, shown: Currency) {
    let doc = document();
    if let Some(select) = doc.get_element_by_id("sim-currency") {
        select.set_inner_html(&options(chosen));
    }
    if let Some(notes) = doc.get_element_by_id("sim-currency-notes") {
        notes.set_inner_html(&note(chosen, shown));
    }
}

/// Makes the currency picked in `select` the scenario's, committed to the URL at once.
pub fn choose(state: AppState, select: &HtmlSelectElement) {
    if let Some(c) = Currency::parse(&select.value()) {
        state.scenario.try_update(|s| s.currency = c);
        state.commit();
    }
}
