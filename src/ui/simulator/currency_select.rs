//! The currency the simulator's amounts are in.

use std::fmt::Write;

use leptos::prelude::*;
use partner_fit_engine::economics::Currency;

use super::live_formats::LiveFormats;
use crate::ui::state::use_app_state;

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

/// A selector over the common currencies plus the scenario's own, with a note when the
/// browser cannot format the chosen one.
#[component]
pub fn CurrencySelect(fmt: LiveFormats) -> impl IntoView {
    let state = use_app_state();
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(c) = Currency::parse(&event_target_value(&ev)) {
            state.scenario.try_update(|s| s.currency = c);
            state.commit();
        }
    };
    view! {
        <div class="sim-currency">
            <label for="sim-currency">"Currency"</label>
            <select
                id="sim-currency"
                on:change=on_change
                inner_html=move || options(fmt.chosen.get())
            ></select>
            <div
                class="sim-currency__notes"
                inner_html=move || note(fmt.chosen.get(), fmt.shown.get())
            ></div>
        </div>
    }
}
