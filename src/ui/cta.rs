//! The calls to action of the static page lead to the booking page; this adds the visitor's
//! scenario link to them, so the consultant opens the same picture.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::state::AppState;

/// The attribute of a call to action that holds the bare booking address (rendered at build
/// time from the `partnerfit:booking-url` meta tag).
const BOOKING_ATTR: &str = "data-booking";

/// The booking link with the visitor's scenario link attached as `scenario=`.
pub fn booking_link(base: &str, scenario_link: &str) -> String {
    let sep = if base.contains('?') { '&' } else { '?' };
    let encoded = String::from(js_sys::encode_uri_component(scenario_link));
    format!("{base}{sep}scenario={encoded}")
}

/// Keeps every call to action's address carrying the current scenario link.
pub fn start(state: AppState) {
    let Ok(list) = document().query_selector_all(&format!("a[{BOOKING_ATTR}]")) else {
        return;
    };
    let links: Vec<web_sys::Element> = (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect();
    Effect::new(move || {
        state.share_link.with(|link| {
            for a in &links {
                if let Some(base) = a.get_attribute(BOOKING_ATTR) {
                    let _ = a.set_attribute("href", &booking_link(&base, link));
                }
            }
        });
    });
}
