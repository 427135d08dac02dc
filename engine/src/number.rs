//! Fixed-point decimals as links and form fields write them, read and printed with integer
//! arithmetic only: float parsing and formatting would add about 25 KB to the browser build.
//! It sits below both the simulator's inputs and the scenario codec, which share it.

/// A decimal read from text, scaled to its parameter's fixed-point units.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Parsed {
    /// The value in raw units, saturated at the `i64` limits (the caller clamps it anyway).
    pub raw: i64,
    /// Whether non-zero digits beyond the unit's precision were rounded away.
    pub rounded: bool,
    /// Whether a minus sign stood before a value that is zero (`-0`, `-0.00`).
    pub negative_zero: bool,
}

/// Reads `[+|-]digits[.digits]` (at least one digit) in units of `1/scale`, rounding extra
/// decimals half away from zero; `None` for anything else, such as `inf`, `NaN` or `1e9`.
pub(crate) fn parse(text: &str, scale: i64) -> Option<Parsed> {
    let bytes = text.as_bytes();
    let (negative, unsigned) = match bytes.split_first() {
        Some((b'-', rest)) => (true, rest),
        Some((b'+', rest)) => (false, rest),
        _ => (false, bytes),
    };
    let places = places(scale);
    // One pass: digits are kept until the unit's decimals are full; the first dropped digit
    // decides the rounding, and any non-zero dropped digit means the value was rounded.
    let mut magnitude = Some(0u64);
    let mut any_digit = false;
    let mut decimals = None;
    let mut first_dropped = None;
    let mut rounded = false;
    for &b in unsigned {
        match (b, decimals) {
            (b'.', None) => decimals = Some(0),
            (b'0'..=b'9', Some(kept)) if kept == places => {
                first_dropped.get_or_insert(b);
                rounded |= b != b'0';
            }
            (b'0'..=b'9', _) => {
                magnitude = push_digit(magnitude, b);
                decimals = decimals.map(|kept| kept + 1);
            }
            _ => return None,
        }
        any_digit |= b != b'.';
    }
    if !any_digit {
        return None;
    }
    for _ in decimals.unwrap_or(0)..places {
        magnitude = push_digit(magnitude, b'0');
    }
    if first_dropped.is_some_and(|d| d >= b'5') {
        magnitude = magnitude.and_then(|m| m.checked_add(1));
    }
    let magnitude = magnitude.unwrap_or(u64::MAX);
    let raw = if negative {
        0i64.checked_sub_unsigned(magnitude).unwrap_or(i64::MIN)
    } else {
        i64::try_from(magnitude).unwrap_or(i64::MAX)
    };
    Some(Parsed {
        raw,
        rounded,
        negative_zero: negative && raw == 0,
    })
}

/// Appends `raw` (in units of `1/scale`) in its shortest exact decimal form: at scale 100,
/// 1250 is `12.5`, 3000 is `30` and -500 is `-5`.
pub(crate) fn write(out: &mut String, raw: i64, scale: i64) {
    if raw < 0 {
        out.push('-');
    }
    let magnitude = raw.unsigned_abs();
    let scale = scale.unsigned_abs().max(1);
    write_digits(out, magnitude / scale, 1);
    let mut frac = magnitude % scale;
    if frac != 0 {
        let mut width = places(scale as i64);
        while frac % 10 == 0 {
            frac /= 10;
            width -= 1;
        }
        out.push('.');
        write_digits(out, frac, width);
    }
}

/// `raw` in its shortest exact decimal form, as [`write()`] appends it.
pub(crate) fn format(raw: i64, scale: i64) -> String {
    let mut out = String::new();
    write(&mut out, raw, scale);
    out
}

/// Decimal places of a power-of-ten scale (100 has 2).
fn places(scale: i64) -> usize {
    let mut places = 0;
    let mut rest = scale;
    while rest >= 10 {
        rest /= 10;
        places += 1;
    }
    places
}

/// Appends one ASCII digit to a magnitude; `None` once it no longer fits.
fn push_digit(magnitude: Option<u64>, digit: u8) -> Option<u64> {
    magnitude?
        .checked_mul(10)?
        .checked_add(u64::from(digit - b'0'))
}

/// Appends `n` in decimal, left-padded with zeros to at least `width` digits.
fn write_digits(out: &mut String, mut n: u64, width: usize) {
    let mut buf = [b'0'; 20];
    let mut start = buf.len();
    while n > 0 {
        start -= 1;
        buf[start] = b'0' + (n % 10) as u8;
        n /= 10;
    }
    let start = start.min(buf.len() - width.min(buf.len()));
    // Only ASCII digits are in the buffer, so it is always valid UTF-8.
    out.push_str(std::str::from_utf8(&buf[start..]).unwrap_or_default());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn reads(text: &str, scale: i64, raw: i64, rounded: bool) {
        let parsed = parse(text, scale);
        assert_eq!(
            parsed.map(|p| (p.raw, p.rounded)),
            Some((raw, rounded)),
            "{text}"
        );
    }

    #[track_caller]
    fn rejects(text: &str) {
        assert_eq!(parse(text, 100), None, "{text}");
    }

    #[track_caller]
    fn writes(raw: i64, scale: i64, text: &str) {
        assert_eq!(format(raw, scale), text);
    }

    #[test]
    fn reads_plain_decimals() {
        reads("30", 100, 3000, false);
        reads("12.5", 100, 1250, false);
        reads("12.50000", 100, 1250, false);
        reads("-5", 100, -500, false);
        reads("+5", 100, 500, false);
        reads(".25", 100, 25, false);
        reads("7.", 1, 7, false);
        reads("007", 1, 7, false);
    }

    #[test]
    fn rounds_half_away_from_zero() {
        reads("12.345", 100, 1235, true);
        reads("12.344999", 100, 1234, true);
        reads("-2.555", 100, -256, true);
        reads("999.5", 1, 1000, true);
        reads("0.004", 100, 0, true);
        reads("-0.4", 1, 0, true);
    }

    #[test]
    fn saturates_huge_numbers() {
        reads("123456789012345678901234567890", 1, i64::MAX, false);
        reads("-123456789012345678901234567890", 100, i64::MIN, false);
        reads("18446744073709551615", 1, i64::MAX, false);
    }

    #[test]
    fn flags_negative_zero() {
        assert_eq!(parse("-0", 1).map(|p| p.negative_zero), Some(true));
        assert_eq!(parse("-0.00", 100).map(|p| p.negative_zero), Some(true));
        assert_eq!(parse("0", 1).map(|p| p.negative_zero), Some(false));
    }

    #[test]
    fn rejects_what_is_not_a_plain_decimal() {
        for text in [
            "", "-", "+", ".", "-.", "inf", "-inf", "NaN", "1e999", "1E2", "0x10", "1,5", "1.2.3",
            "--1", "+-1", " 1", "1 ", "١٢", "½",
        ] {
            rejects(text);
        }
    }

    #[test]
    fn writes_the_shortest_exact_form() {
        writes(3000, 100, "30");
        writes(1250, 100, "12.5");
        writes(1205, 100, "12.05");
        writes(5, 100, "0.05");
        writes(-500, 100, "-5");
        writes(-1, 100, "-0.01");
        writes(0, 100, "0");
        writes(0, 1, "0");
        writes(100_000_000, 1, "100000000");
        writes(i64::MIN, 1, "-9223372036854775808");
        writes(i64::MAX, 100, "92233720368547758.07");
    }
}
