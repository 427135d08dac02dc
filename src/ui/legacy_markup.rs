//! Markup as strings, for the sections still set with `inner_html` in one step.
//!
//! A block of text-heavy content built as typed Leptos views costs wasm for every element
//! and every reactive attribute; as a string it costs one reactive attribute. The builders
//! here escape every piece of text, so engine content can never become markup, and emit no
//! `style` attributes or inline handlers (the page's Content Security Policy forbids both).
//! Controls inside such markup carry `data-*` attributes that one delegated handler per
//! section reads (see [`clicked_button`]).

use std::fmt::Write;

use wasm_bindgen::JsCast;

/// A string of markup being built; text goes in escaped, tags go in as written.
#[derive(Default)]
pub struct Html(String);

impl Html {
    /// Appends trusted markup written in this crate (tags, attribute names, fixed text).
    pub fn raw(&mut self, markup: &str) -> &mut Self {
        self.0.push_str(markup);
        self
    }

    /// Appends `text` escaped, safe as element content and inside a double-quoted attribute.
    pub fn text(&mut self, text: &str) -> &mut Self {
        for c in text.chars() {
            match c {
                '&' => self.0.push_str("&amp;"),
                '<' => self.0.push_str("&lt;"),
                '>' => self.0.push_str("&gt;"),
                '"' => self.0.push_str("&quot;"),
                c => self.0.push(c),
            }
        }
        self
    }

    /// Appends an integer (integer `Display` only: no float formatting is linked in).
    pub fn int(&mut self, n: usize) -> &mut Self {
        let _ = write!(self.0, "{n}");
        self
    }

    /// Appends `template` with each `{}` replaced by the next of `args`, escaped: one call
    /// per block of markup keeps the wasm small.
    pub fn fill(&mut self, template: &str, args: &[&str]) -> &mut Self {
        debug_assert_eq!(template.matches("{}").count(), args.len(), "{template}");
        let mut parts = template.split('{');
        self.raw(parts.next().unwrap_or_default());
        for (part, arg) in parts.zip(args) {
            self.text(arg).raw(part.strip_prefix('}').unwrap_or(part));
        }
        self
    }

    /// The markup built.
    pub fn done(&mut self) -> String {
        std::mem::take(&mut self.0)
    }
}

/// The button a click landed in (or on), for a section's one delegated click handler.
pub fn clicked_button(ev: &web_sys::Event) -> Option<web_sys::Element> {
    let target: web_sys::Element = ev.target()?.dyn_into().ok()?;
    target.closest("button").ok()?
}
