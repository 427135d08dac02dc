//! Writing markup as text: the simulator's outputs are re-rendered as a whole on each change,
//! so one `inner_html` per block replaces hundreds of reactive nodes, and the wasm carries one
//! string builder instead of a view type per element.

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
