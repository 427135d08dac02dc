//! Reading a query string as `application/x-www-form-urlencoded` (WHATWG URL standard,
//! "urlencoded parsing"), hand-written because the engine takes no dependencies.

use std::borrow::Cow;

/// Splits a query string (without its `?`) into decoded `(name, value)` pairs in order, as
/// the URL standard's urlencoded parser does: `&` separates pairs and the first `=` splits
/// a pair; a pair without `=` has an empty value.
pub(crate) fn pairs(query: &str) -> impl Iterator<Item = (Cow<'_, str>, Cow<'_, str>)> {
    // One plain byte scan per pair (not `str::split`, whose set-up costs more than these
    // short pieces) finds its end, its first `=` and whether it has any escape, so a pair
    // without escapes, the usual case, is borrowed without being read again.
    let mut rest = query;
    std::iter::from_fn(move || loop {
        if rest.is_empty() {
            return None;
        }
        let mut end = rest.len();
        let mut eq = None;
        let mut escaped = false;
        for (i, b) in rest.bytes().enumerate() {
            match b {
                b'&' => {
                    end = i;
                    break;
                }
                b'=' if eq.is_none() => eq = Some(i),
                b'%' | b'+' => escaped = true,
                _ => {}
            }
        }
        let (pair, tail) = rest.split_at(end);
        rest = tail.get(1..).unwrap_or_default();
        if pair.is_empty() {
            continue;
        }
        let (name, value) = match eq {
            Some(eq) => {
                let (name, value) = pair.split_at(eq);
                (name, value.get(1..).unwrap_or_default())
            }
            None => (pair, ""),
        };
        return Some(if escaped {
            (decode(name), decode(value))
        } else {
            (Cow::Borrowed(name), Cow::Borrowed(value))
        });
    })
}

/// Percent-decodes one name or value: `+` is a space, a `%` not followed by two hex digits
/// stays as it is, and bytes that are not UTF-8 become U+FFFD, as browsers do.
pub(crate) fn decode(text: &str) -> Cow<'_, str> {
    if !text.bytes().any(|b| b == b'%' || b == b'+') {
        return Cow::Borrowed(text);
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b'%' => match (hex(bytes.get(i + 1)), hex(bytes.get(i + 2))) {
                (Some(high), Some(low)) => {
                    out.push(high << 4 | low);
                    i += 3;
                }
                _ => {
                    out.push(b'%');
                    i += 1;
                }
            },
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    Cow::Owned(lossy(out))
}

/// The bytes as text, each invalid UTF-8 sequence replaced by U+FFFD exactly as
/// `String::from_utf8_lossy` does, without linking its chunk iterator into the wasm.
fn lossy(bytes: Vec<u8>) -> String {
    let bytes = match String::from_utf8(bytes) {
        Ok(text) => return text,
        Err(bad) => bad.into_bytes(),
    };
    let mut out = String::with_capacity(bytes.len() + 2);
    let mut rest = &bytes[..];
    loop {
        match std::str::from_utf8(rest) {
            Ok(text) => {
                out.push_str(text);
                return out;
            }
            Err(error) => {
                let (valid, invalid) = rest.split_at(error.valid_up_to());
                // `valid` is valid UTF-8 by the error's own account.
                out.push_str(std::str::from_utf8(valid).unwrap_or_default());
                out.push('\u{FFFD}');
                rest = invalid
                    .get(error.error_len().map_or(invalid.len(), usize::from)..)
                    .unwrap_or_default();
            }
        }
    }
}

/// The value of one hex digit.
fn hex(byte: Option<&u8>) -> Option<u8> {
    match byte? {
        b @ b'0'..=b'9' => Some(b - b'0'),
        b @ b'a'..=b'f' => Some(b - b'a' + 10),
        b @ b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn decodes(text: &str, expected: &str) {
        assert_eq!(decode(text), expected);
    }

    #[test]
    fn decodes_escapes_and_plus() {
        decodes("a%20b", "a b");
        decodes("a+b", "a b");
        decodes("%2B5", "+5");
        decodes("%e2%82%AC", "€");
        decodes("small%2Cremote", "small,remote");
        decodes("plain", "plain");
    }

    #[test]
    fn keeps_invalid_escapes_and_replaces_invalid_utf8() {
        decodes("%", "%");
        decodes("50%", "50%");
        decodes("%4", "%4");
        decodes("%zz", "%zz");
        decodes("%%41", "%A");
        decodes("%FF", "\u{FFFD}");
        decodes("%C3", "\u{FFFD}");
        decodes("a%C3%28", "a\u{FFFD}(");
    }

    #[test]
    fn replaces_invalid_utf8_like_from_utf8_lossy() {
        let alphabet = [
            0x41, 0x80, 0xBF, 0xC2, 0xC3, 0xE0, 0xE2, 0xED, 0xF0, 0xF4, 0xF5, 0xFF,
        ];
        // Every sequence of up to four bytes from the alphabet.
        let mut inputs: Vec<Vec<u8>> = vec![Vec::new()];
        let mut last = inputs.clone();
        for _ in 0..4 {
            last = last
                .iter()
                .flat_map(|i| alphabet.map(|b| [i.as_slice(), &[b]].concat()))
                .collect();
            inputs.extend(last.iter().cloned());
        }
        inputs.push("a€b".bytes().chain([0xE2, 0x82]).collect());
        for bytes in inputs {
            assert_eq!(
                lossy(bytes.clone()),
                String::from_utf8_lossy(&bytes),
                "{bytes:?}"
            );
        }
    }

    #[test]
    fn splits_pairs_like_a_form() {
        let got: Vec<(String, String)> = pairs("a=1&&b&c==2&=3&d=x=y")
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        let want = [("a", "1"), ("b", ""), ("c", "=2"), ("", "3"), ("d", "x=y")]
            .map(|(k, v)| (k.to_owned(), v.to_owned()));
        assert_eq!(got, want);
    }

    #[test]
    fn splits_before_decoding_names_and_values() {
        let got: Vec<(String, String)> = pairs("a%3Db=c%26d&e+f=g&h=i+j%25&k=l")
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        let want = [("a=b", "c&d"), ("e f", "g"), ("h", "i j%"), ("k", "l")]
            .map(|(k, v)| (k.to_owned(), v.to_owned()));
        assert_eq!(got, want);
    }
}
