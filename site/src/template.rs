//! The few facts read from, and the one change made to, Trunk's built `index.html`: it is
//! minified, so attribute quotes may be gone.

use std::fmt;

/// Why a built page could not be filled.
#[derive(Debug, PartialEq, Eq)]
pub enum Error {
    /// No `<div id="site"></div>` to replace.
    NoPlaceholder,
    /// No `partnerfit:booking-url` meta tag with a content.
    NoBookingUrl,
    /// No `</head>` to put the structured data before.
    NoHead,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Error::NoPlaceholder => "no <div id=\"site\"></div> placeholder in the page",
            Error::NoBookingUrl => "no partnerfit:booking-url meta tag with a content",
            Error::NoHead => "no </head> in the page",
        })
    }
}

impl std::error::Error for Error {}

/// The placeholder, as written in `index.html` and as the minifier leaves it.
const PLACEHOLDERS: [&str; 2] = [r#"<div id="site"></div>"#, "<div id=site></div>"];

/// The tag (from `<` to `>`) that contains `needle`.
fn tag_around<'a>(html: &'a str, needle: &str) -> Option<&'a str> {
    let at = html.find(needle)?;
    let start = html[..at].rfind('<')?;
    let end = at + html[at..].find('>')?;
    Some(&html[start..end])
}

/// The value of attribute `name` in `tag`, quoted or not.
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=");
    let rest = &tag[tag.find(&key)? + key.len()..];
    match rest.chars().next()? {
        q @ ('"' | '\'') => rest[1..].split(q).next(),
        _ => rest.split([' ', '>']).next(),
    }
}

/// Where "Book a Partner Audit" leads: the `partnerfit:booking-url` meta tag's content.
pub fn booking_url(html: &str) -> Option<String> {
    let tag = tag_around(html, "partnerfit:booking-url")?;
    let url = attribute(tag, "content")?.trim();
    (!url.is_empty()).then(|| url.replace("&amp;", "&"))
}

/// `html` with the placeholder replaced by `body` and `head` put before `</head>`.
pub fn fill(html: &str, body: &str, head: &str) -> Result<String, Error> {
    let placeholder = PLACEHOLDERS
        .into_iter()
        .find(|p| html.contains(p))
        .ok_or(Error::NoPlaceholder)?;
    let html = html.replacen(placeholder, body, 1);
    let at = html.find("</head>").ok_or(Error::NoHead)?;
    Ok(format!("{}{head}{}", &html[..at], &html[at..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn booking_url_is_read_quoted_or_minified() {
        let quoted = r#"<meta name="partnerfit:booking-url" content="https://x.example/book?a=1&amp;b=2" />"#;
        assert_eq!(
            booking_url(quoted).as_deref(),
            Some("https://x.example/book?a=1&b=2")
        );
        let bare = "<meta content=https://x.example/b name=partnerfit:booking-url>";
        assert_eq!(booking_url(bare).as_deref(), Some("https://x.example/b"));
        assert_eq!(
            booking_url(r#"<meta name="partnerfit:booking-url" content="">"#),
            None
        );
        assert_eq!(booking_url("<meta name=other>"), None);
    }

    #[test]
    fn fill_replaces_the_placeholder_once_and_adds_to_the_head() {
        let page = "<html><head><title>t</title></head><body><div id=site></div></body></html>";
        assert_eq!(
            fill(page, "<main>m</main>", "<script>j</script>").as_deref(),
            Ok("<html><head><title>t</title><script>j</script></head><body><main>m</main></body></html>")
        );
        assert_eq!(fill("<head></head>", "", ""), Err(Error::NoPlaceholder));
        assert_eq!(fill(r#"<div id="site"></div>"#, "", ""), Err(Error::NoHead));
    }
}
