//! The page of Partner Fit as HTML, rendered natively at build time with Leptos from the
//! engine's guide data: everything that does not depend on the visitor.
//!
//! The wasm mounts its islands into the elements reserved here ([`Island`]) and marks the
//! visitor's state as attributes on the root element ([`partner_fit_engine::page::Mark`]);
//! it never renders this content, so none of its prose is in the wasm.
//!
//! [`Island`]: partner_fit_engine::page::Island

pub mod compare;
pub mod cta;
pub mod faq;
pub mod flow;
pub mod footer;
pub mod header;
pub mod hero;
pub mod island;
pub mod layout;
pub mod marks;
pub mod method;
pub mod models;
pub mod quadrant;
pub mod result_parts;
pub mod share;
pub mod template;

use leptos::prelude::*;

pub use template::Error;

/// `template` (Trunk's built `index.html`) with its placeholder replaced by the page, and
/// the marking rules and the FAQ's structured data added to its head.
pub fn render_into(template: &str) -> Result<String, Error> {
    let booking = template::booking_url(template).ok_or(Error::NoBookingUrl)?;
    // `<!>` marks text boundaries for hydration, which this page never does; they cannot
    // occur in rendered text, where `<` is escaped.
    let body = view! { <layout::Page booking=booking /> }
        .to_html()
        .replace("<!>", "");
    let head = marks::style() + &faq::json_ld::script();
    template::fill(template, &body, &head)
}
