//! Escaping text for the sections still written as markup strings (results, compare,
//! assessment, quadrant); the simulator itself no longer uses it.

/// `text` with the characters that are special in HTML text and attribute values escaped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
