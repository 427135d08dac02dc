//! The date a printout was made, so a reader knows how current its figures are (the link
//! itself prints beside the share field). Shown only in print.

use leptos::prelude::*;

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

/// The print date.
#[component]
pub fn PrintedScenario() -> impl IntoView {
    view! {
        <p class="share__printed-on print-only">"Printed on " {today()} "."</p>
    }
}
