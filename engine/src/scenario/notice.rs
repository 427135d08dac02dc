//! What the decoder tells a visitor about a link it had to repair.

use std::fmt;

use crate::economics::Param;
use crate::number;

/// What was wrong with one key of a link.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Problem {
    /// `v` names a format newer than this build knows; the link was read as the current one.
    FutureVersion,
    /// The value is not one of the key's allowed words (for `v`: not a version number).
    UnknownValue,
    /// Some items of the `seg` list are not allowed words; the others were kept.
    UnknownItem,
    /// `cur` is not three letters.
    NotACurrency,
    /// The value of a number key is not a plain decimal number (`inf`, `NaN`, `1e9`, `abc`).
    NotANumber,
    /// The key has no value.
    Empty,
    /// The value is longer than [`MAX_VALUE_CHARS`] characters.
    TooLong,
    /// The number is outside its parameter's range; the nearest end of the range was used.
    OutOfRange,
    /// The number has more decimals than its unit holds; it was rounded half away from zero.
    Rounded,
    /// The number is a negative zero; plain zero was used.
    NegativeZero,
}

/// Values longer than this many characters are rejected outright, so a pasted paragraph
/// never reaches the parsers.
pub const MAX_VALUE_CHARS: usize = 64;

/// Characters of the offending value kept for display; the rest is elided.
const SHOWN_CHARS: usize = 24;

/// Which scenario of a link a notice is about, so a comparison can say which side it
/// repaired.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    /// The link holds one scenario (no comparison), so there is nothing to tell apart.
    Only,
    /// The pinned scenario of a comparison, read from the `a.` keys.
    A,
    /// The current scenario of a link that also holds a comparison.
    B,
}

/// One repair the decoder made to a link, for the UI's dismissible message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// The scenario the repaired key belongs to.
    pub side: Side,
    /// The link key (always one of the format's keys: unknown keys are ignored silently),
    /// without the `a.` prefix of the compared scenario's keys: [`Notice::side`] says which.
    pub key: &'static str,
    /// The value as found, shortened and with control characters replaced, safe to show.
    pub value: String,
    /// What was wrong.
    pub problem: Problem,
    /// What was used instead, written as in a link; empty when the question was left
    /// unanswered.
    pub used: String,
}

impl Notice {
    /// A notice about `value` of `key`, keeping only a displayable excerpt of the value.
    pub(crate) fn new(key: &'static str, value: &str, problem: Problem, used: String) -> Notice {
        Notice {
            side: Side::Only,
            key,
            value: shown(value),
            problem,
            used,
        }
    }

    /// One plain sentence for the visitor, such as
    /// `"disc=abc" is not a number; used the default, 30.`, starting with `Scenario A: ` or
    /// `Scenario B: ` when the link holds a comparison (A's keys then read `a.disc`, as in the
    /// link).
    ///
    /// Assembled with `push_str` rather than `write!`: the formatting machinery for these
    /// sentences cost the browser build several hundred bytes.
    pub fn message(&self) -> String {
        let (key, value, used) = (self.key, self.value.as_str(), self.used.as_str());
        let mut out = String::with_capacity(144);
        match self.side {
            Side::Only => {}
            Side::A => out.push_str("Scenario A: "),
            Side::B => out.push_str("Scenario B: "),
        }
        let side = self.side;
        let pair = |out: &mut String| {
            out.push('"');
            // A's keys as the link spells them.
            if side == Side::A {
                out.push_str("a.");
            }
            out.push_str(key);
            out.push('=');
            out.push_str(value);
            out.push('"');
        };
        match self.problem {
            Problem::FutureVersion => {
                out.push_str("This link was made by a newer version of Partner Fit (");
                pair(&mut out);
                out.push_str("); it was read as version ");
                out.push_str(used);
                out.push_str(", so some settings may be missing.");
                return out;
            }
            Problem::UnknownValue => {
                pair(&mut out);
                out.push_str(" is not an allowed value; ");
                push_fallback(&mut out, used);
            }
            Problem::UnknownItem => {
                pair(&mut out);
                out.push_str(" lists a value that is not allowed; ");
                push_kept(&mut out, used);
            }
            Problem::NotACurrency => {
                pair(&mut out);
                out.push_str(" is not a three-letter currency code; ");
                push_fallback(&mut out, used);
            }
            Problem::NotANumber => {
                pair(&mut out);
                out.push_str(" is not a number; ");
                push_fallback(&mut out, used);
            }
            Problem::Empty => {
                out.push('"');
                out.push_str(key);
                out.push_str("\" has no value; ");
                push_fallback(&mut out, used);
            }
            Problem::TooLong => {
                out.push_str("The value of \"");
                out.push_str(key);
                out.push_str("\" is longer than ");
                number::write(&mut out, MAX_VALUE_CHARS as i64, 1);
                out.push_str(" characters; ");
                push_fallback(&mut out, used);
            }
            Problem::OutOfRange => {
                pair(&mut out);
                out.push_str(" is out of range");
                if let Some(param) = Param::from_key(key) {
                    let spec = param.spec();
                    let scale = spec.unit.scale();
                    out.push_str(" (");
                    number::write(&mut out, spec.min, scale);
                    out.push_str(" to ");
                    number::write(&mut out, spec.max, scale);
                    out.push(')');
                }
                out.push_str("; used ");
                out.push_str(used);
            }
            Problem::Rounded => {
                pair(&mut out);
                out.push_str(" has more decimals than ");
                out.push_str(key);
                out.push_str(" allows; used ");
                out.push_str(used);
            }
            Problem::NegativeZero => {
                pair(&mut out);
                out.push_str(" is a negative zero; used ");
                out.push_str(used);
            }
        }
        out.push('.');
        out
    }
}

impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

/// Ends a sentence about a value replaced by its key's default (before the full stop).
fn push_fallback(out: &mut String, used: &str) {
    if used.is_empty() {
        out.push_str("left it unanswered");
    } else {
        out.push_str("used the default, ");
        out.push_str(used);
    }
}

/// Ends a sentence about a list of which only some items were kept (before the full
/// stop); an empty `used` means the question was left unanswered.
fn push_kept(out: &mut String, used: &str) {
    if used.is_empty() {
        out.push_str("left it unanswered");
    } else {
        out.push_str("used ");
        out.push_str(used);
    }
}

/// A short, display-safe excerpt: control and text-direction characters (which could
/// garble the message around them) become U+FFFD, and long values end in an ellipsis.
fn shown(value: &str) -> String {
    let mut out = String::with_capacity(value.len().min(4 * SHOWN_CHARS) + 3);
    for (i, c) in value.chars().enumerate() {
        if i == SHOWN_CHARS {
            out.push('…');
            break;
        }
        let unsafe_char = c.is_control()
            || matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
        out.push(if unsafe_char { '\u{FFFD}' } else { c });
    }
    out
}
