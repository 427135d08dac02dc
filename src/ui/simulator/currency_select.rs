//! The currency the simulator's amounts are in.

use leptos::prelude::*;
use partner_fit_engine::economics::Currency;

use crate::ui::live_formats::LiveFormats;
use crate::ui::state::use_app_state;

/// The currencies offered: the common ones plus `chosen`, since a link may carry any code.
pub fn options(chosen: Currency) -> Vec<Currency> {
    let mut codes: Vec<Currency> = Currency::COMMON
        .iter()
        .filter_map(|c| Currency::parse(c))
        .collect();
    if !codes.contains(&chosen) {
        codes.push(chosen);
    }
    codes
}

/// What to tell the visitor when the browser cannot format `chosen` and amounts fall back to
/// `shown`.
pub fn note(chosen: Currency, shown: Currency) -> Option<String> {
    (chosen != shown).then(|| {
        format!(
            "This browser cannot show amounts in {}; they are shown in {}.",
            chosen.as_str(),
            shown.as_str()
        )
    })
}

/// The selector with its label and the note; a new currency is committed to the URL at once.
#[component]
pub fn CurrencySelect(fmt: LiveFormats) -> impl IntoView {
    let state = use_app_state();
    let chosen = fmt.chosen;
    let note = move || note(chosen.get(), fmt.shown.get());
    view! {
        <div class="sim-currency">
            <label for="sim-currency">"Currency"</label>
            // The value is a property set after the options, so Back and Forward show it too.
            <select
                id="sim-currency"
                prop:value=Signal::derive(move || chosen.get().as_str().to_owned())
                on:change=move |ev| {
                    if let Some(c) = Currency::parse(&event_target_value(&ev)) {
                        state.scenario.update(|s| s.currency = c);
                        state.commit();
                    }
                }
            >
                // Redrawn in place: the same codes keep their nodes, an odd one is appended.
                {move || {
                    options(chosen.get())
                        .into_iter()
                        .map(|c| view! { <option value=c.as_str().to_owned()>{c.as_str().to_owned()}</option> })
                        .collect_view()
                }}
            </select>
            <div class="sim-currency__notes" id="sim-currency-notes">
                {move || {
                    note()
                        .map(|text| {
                            view! {
                                <p class="sim-currency__note" data-testid="currency-note">
                                    {text}
                                </p>
                            }
                        })
                }}
            </div>
        </div>
    }
}
