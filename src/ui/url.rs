//! The one place the app touches the address bar, through the History API.

use wasm_bindgen::JsValue;

/// The current query string without its leading `?` (empty outside a browser window).
pub fn current_query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .map(|s| s.trim_start_matches('?').to_owned())
        .unwrap_or_default()
}

/// The page's address with `query` in place of the current query string (path and
/// fragment kept, so the app works under any base path).
pub fn address_with(query: &str) -> String {
    let Some(loc) = web_sys::window().map(|w| w.location()) else {
        return String::new();
    };
    let origin = loc.origin().unwrap_or_default();
    let path = loc.pathname().unwrap_or_default();
    let hash = loc.hash().unwrap_or_default();
    let sep = if query.is_empty() { "" } else { "?" };
    format!("{origin}{path}{sep}{query}{hash}")
}

/// Writes `query` to the address bar: in place, or as a new history entry remembering the
/// assessment step `push` names (so Back returns to the previous step).
///
/// Browsers throttle these calls (Safari throws a `SecurityError` after about 100 in 30 s),
/// so the error is returned for the caller to retry later, never unwrapped.
pub fn write_query(query: &str, push: Option<u32>) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
    let history = window.history()?;
    let loc = window.location();
    let path = loc.pathname()?;
    let hash = loc.hash()?;
    let sep = if query.is_empty() { "" } else { "?" };
    let url = format!("{path}{sep}{query}{hash}");
    match push {
        Some(step) => history.push_state_with_url(&JsValue::from(step), "", Some(&url)),
        None => history.replace_state_with_url(&history.state()?, "", Some(&url)),
    }
}

/// The assessment step stored with the current history entry, if any.
pub fn current_step() -> Option<u32> {
    let state = web_sys::window()?.history().ok()?.state().ok()?;
    state.as_f64().map(|s| s.clamp(0.0, 64.0) as u32)
}
