//! What the decoder tells a visitor about a link it had to repair.

use std::fmt;

use crate::economics::Param;

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

/// One repair the decoder made to a link, for the UI's dismissible message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// The link key (always one of the format's keys: unknown keys are ignored silently).
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
            key,
            value: shown(value),
            problem,
            used,
        }
    }

    /// One plain sentence for the visitor, such as
    /// `"disc=abc" is not a number; used the default, 30.`
    pub fn message(&self) -> String {
        self.to_string()
    }
}

impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (key, value, used) = (self.key, &self.value, &self.used);
        let fallback = Fallback(used);
        match self.problem {
            Problem::FutureVersion => write!(
                f,
                "This link was made by a newer version of Partner Fit (\"{key}={value}\"); \
                 it was read as version {used}, so some settings may be missing."
            ),
            Problem::UnknownValue => {
                write!(f, "\"{key}={value}\" is not an allowed value; {fallback}.")
            }
            Problem::UnknownItem => write!(
                f,
                "\"{key}={value}\" lists a value that is not allowed; {}.",
                Kept(used)
            ),
            Problem::NotACurrency => write!(
                f,
                "\"{key}={value}\" is not a three-letter currency code; {fallback}."
            ),
            Problem::NotANumber => write!(f, "\"{key}={value}\" is not a number; {fallback}."),
            Problem::Empty => write!(f, "\"{key}\" has no value; {fallback}."),
            Problem::TooLong => write!(
                f,
                "The value of \"{key}\" is longer than {MAX_VALUE_CHARS} characters; {fallback}."
            ),
            Problem::OutOfRange => {
                write!(f, "\"{key}={value}\" is out of range")?;
                if let Some(param) = Param::from_key(key) {
                    let spec = param.spec();
                    let scale = spec.unit.scale();
                    write!(
                        f,
                        " ({} to {})",
                        super::number::format(spec.min, scale),
                        super::number::format(spec.max, scale)
                    )?;
                }
                write!(f, "; used {used}.")
            }
            Problem::Rounded => write!(
                f,
                "\"{key}={value}\" has more decimals than {key} allows; used {used}."
            ),
            Problem::NegativeZero => {
                write!(f, "\"{key}={value}\" is a negative zero; used {used}.")
            }
        }
    }
}

/// The end of a sentence about a value replaced by its key's default.
struct Fallback<'a>(&'a str);

impl fmt::Display for Fallback<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            f.write_str("left it unanswered")
        } else {
            write!(f, "used the default, {}", self.0)
        }
    }
}

/// The end of a sentence about a list of which only some items were kept.
struct Kept<'a>(&'a str);

impl fmt::Display for Kept<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            f.write_str("left it unanswered")
        } else {
            write!(f, "used {}", self.0)
        }
    }
}

/// A short, display-safe excerpt: control and text-direction characters (which could
/// garble the message around them) become U+FFFD, and long values end in an ellipsis.
fn shown(value: &str) -> String {
    let mut out: String = value
        .chars()
        .take(SHOWN_CHARS)
        .map(|c| {
            if c.is_control() || matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}') {
                '\u{FFFD}'
            } else {
                c
            }
        })
        .collect();
    if value.chars().nth(SHOWN_CHARS).is_some() {
        out.push('…');
    }
    out
}
