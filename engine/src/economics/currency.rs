//! The display currency a scenario carries: the simulator's money has no unit of its own,
//! the page writes it in this one.

/// An ISO 4217 currency code: exactly three ASCII capital letters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Currency([u8; 3]);

impl Default for Currency {
    fn default() -> Self {
        Currency(*b"USD")
    }
}

impl Currency {
    /// Currencies offered in the selector; any other valid code is still accepted.
    pub const COMMON: [&'static str; 8] = ["USD", "EUR", "GBP", "CAD", "AUD", "CHF", "SEK", "JPY"];

    /// Parses a code, accepting lower case; `None` unless it is three ASCII letters.
    pub fn parse(code: &str) -> Option<Currency> {
        let b = code.as_bytes();
        if b.len() == 3 && b.iter().all(u8::is_ascii_alphabetic) {
            Some(Currency([
                b[0].to_ascii_uppercase(),
                b[1].to_ascii_uppercase(),
                b[2].to_ascii_uppercase(),
            ]))
        } else {
            None
        }
    }

    /// The code as a string slice.
    pub fn as_str(&self) -> &str {
        // Only ASCII letters are ever stored.
        std::str::from_utf8(&self.0).unwrap_or("USD")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn currency_codes() {
        assert_eq!(
            Currency::parse("eur").map(|c| c.as_str().to_owned()),
            Some("EUR".into())
        );
        assert_eq!(Currency::parse("EU"), None);
        assert_eq!(Currency::parse("E1R"), None);
        assert_eq!(Currency::default().as_str(), "USD");
    }
}
