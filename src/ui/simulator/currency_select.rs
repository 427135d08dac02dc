//! The currency the simulator's amounts are in.

use leptos::prelude::*;
use partner_fit_engine::economics::Currency;

use super::live_formats::LiveFormats;
use crate::ui::state::use_app_state;

/// A selector over the common currencies plus the scenario's own (a link may carry any
/// code), with a note when the browser cannot format the chosen one.
#[component]
pub fn CurrencySelect(fmt: LiveFormats) -> impl IntoView {
    let state = use_app_state();
    let options = move || {
        let chosen = fmt.chosen.get();
        let mut codes: Vec<Currency> = Currency::COMMON
            .iter()
            .filter_map(|c| Currency::parse(c))
            .collect();
        if !codes.contains(&chosen) {
            codes.push(chosen);
        }
        codes
            .into_iter()
            .map(|c| {
                let code = c.as_str().to_owned();
                view! {
                    <option value=code.clone() selected=c == chosen>
                        {code.clone()}
                    </option>
                }
            })
            .collect_view()
    };
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(c) = Currency::parse(&event_target_value(&ev)) {
            state.scenario.try_update(|s| s.currency = c);
            state.commit();
        }
    };
    let note = move || {
        let (chosen, shown) = (fmt.chosen.get(), fmt.shown.get());
        (chosen != shown).then(|| {
            view! {
                <p class="sim-currency__note" data-testid="currency-note">
                    {format!(
                        "This browser cannot show amounts in {}; they are shown in {}.",
                        chosen.as_str(),
                        shown.as_str(),
                    )}
                </p>
            }
        })
    };
    view! {
        <div class="sim-currency">
            <label for="sim-currency">"Currency"</label>
            <select
                id="sim-currency"
                prop:value=move || fmt.chosen.get().as_str().to_owned()
                on:change=on_change
            >
                {options}
            </select>
            {note}
        </div>
    }
}
