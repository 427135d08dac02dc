//! What the printout carries to reopen the scenario without the page: the link as a QR code
//! and the date it was printed. Shown only in print.

use leptos::prelude::*;
use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

use crate::ui::state::use_app_state;

/// `link` as an SVG QR code; empty if it is too long to encode. Low error correction keeps
/// the code small enough to scan from paper at a few centimetres, which a printout needs
/// more than damage tolerance.
fn qr_svg(link: &str) -> String {
    let Ok(code) = QrCode::with_error_correction_level(link, EcLevel::L) else {
        return String::new();
    };
    let svg = code.render::<svg::Color>().build();
    // The renderer starts with an XML declaration, which HTML would keep as a comment.
    match svg.find("<svg") {
        Some(at) => svg[at..].to_owned(),
        None => svg,
    }
}

/// Today's date as the printout shows it, e.g. "2 December 2026" (the same in every engine).
fn today() -> String {
    let options = js_sys::Object::new();
    for (key, value) in [("day", "numeric"), ("month", "long"), ("year", "numeric")] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    js_sys::Date::new_0()
        .to_locale_date_string("en-GB", &options)
        .into()
}

/// The QR code of the current scenario link and the print date.
#[component]
pub fn PrintedScenario() -> impl IntoView {
    let link = use_app_state().share_link;
    let qr = Memo::new(move |_| link.with(|l| qr_svg(l)));
    view! {
        <div class="share__qr print-only">
            <div class="share__qr-code" role="img" aria-label="QR code of the scenario link" inner_html=qr></div>
            <p>"Scan to reopen this scenario. Printed on " {today()} "."</p>
        </div>
    }
}
