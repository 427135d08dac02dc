//! The call to action: book a Partner Audit, carrying the visitor's scenario link.

use leptos::prelude::*;

use super::legacy_markup::Html;

/// Where "Book a Partner Audit" leads: the `partnerfit:booking-url` meta tag of
/// `index.html`, the one place a consultancy sets it (see the README).
pub fn booking_url() -> Option<String> {
    let doc = web_sys::window()?.document()?;
    let meta = doc
        .query_selector("meta[name='partnerfit:booking-url']")
        .ok()??;
    meta.get_attribute("content")
        .filter(|u| !u.trim().is_empty())
}

/// The booking link with the visitor's scenario link attached as `scenario=`, so the
/// consultant opens the same picture.
pub fn booking_link(base: &str, scenario_link: &str) -> String {
    let sep = if base.contains('?') { '&' } else { '?' };
    let encoded = String::from(js_sys::encode_uri_component(scenario_link));
    format!("{base}{sep}scenario={encoded}")
}

/// The card of the call to action; the link carries `href` when a booking URL is set.
fn markup(heading: &str, href: Option<&str>) -> String {
    let mut h = Html::default();
    h.fill(
        r#"<div class="card"><h2>{}</h2><p>In a Partner Audit we look at your partner, your numbers and this exact scenario, and leave you with a plan for the next two quarters. No email gate: your results above stay yours.</p><a class="btn" data-testid="cta""#,
        &[heading],
    );
    if let Some(href) = href {
        h.fill(r#" href="{}""#, &[href]);
    }
    h.raw(">Book a Partner Audit</a></div>").done()
}

/// The call to action block; `share_link` is the current scenario's address. A plain
/// function rather than a component, so it needs no props builder: the card is one block of
/// markup that follows the link.
pub fn cta(share_link: Memo<String>, heading: &'static str) -> AnyView {
    let base = booking_url();
    let card = Signal::derive(move || {
        let href = base
            .as_deref()
            .map(|base| booking_link(base, &share_link.get()));
        markup(heading, href.as_deref())
    });
    view! {
        <aside class="section wrap cta no-print" aria-label="Book a Partner Audit" inner_html=card />
    }
    .into_any()
}
