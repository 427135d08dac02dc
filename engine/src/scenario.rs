//! A visitor's whole scenario (answers, simulator inputs, currency) and its URL codec.
//!
//! A scenario travels as the query string of the page's address, so a link reopens exactly
//! what its sender saw. [`encode`] writes the one canonical query for a scenario (and
//! [`encode_pair`] for a scenario compared with a pinned one); [`decode`] reads any string
//! at all, repairs what it must and says what it repaired in [`Notice`]s; [`differences`]
//! says where the two scenarios of a comparison differ. The codec uses integer arithmetic
//! only: float parsing and formatting would add about 25 KB to the browser build.
//!
//! # The link format, version 2 (a public contract)
//!
//! Links shared today must open the same scenario in every later release, so what follows
//! only ever grows: keys are never renamed or given another meaning, and the committed file
//! `engine/tests/golden_links.tsv` of links with the scenario each opens only gains lines.
//!
//! ## Shape
//!
//! The query string is `key=value` pairs joined by `&`, starting with `v=2`. Only values
//! that differ from their defaults are written, in the fixed order of the tables below
//! (questions, then `cur`, then the simulator inputs), so equal scenarios give equal links.
//! An unanswered question is simply absent. Written values need no percent-encoding.
//!
//! ## Keys and values
//!
//! | key | value |
//! |---|---|
//! | `v` | the format version, `2`; a link without `v` is read as version 1 (see below) |
//! | `role` | what the partner does in deals: `intro`, `deals`, `resells` |
//! | `own` | whether you need to own the customer: `must`, `prefer`, `handover` |
//! | `int` | your integration with the partner's product: `none`, `built`, `live` |
//! | `jvp` | a named joint workflow: `no`, `rough`, `written` |
//! | `motion` | your own sales motion is proven: `no`, `partial`, `proven` |
//! | `reach` | the partner reaches segments you cannot: `no`, `some`, `core` |
//! | `stage` | company stage: `seed`, `a`, `b`, `later` |
//! | `psup` | the partner can support customers: `none`, `some`, `full` |
//! | `dreg` | deal registration and written credit rules: `no`, `yes` |
//! | `direct` | a direct sales team: `no`, `yes` |
//! | `mkt` | listed on the partner's marketplace: `no`, `yes` |
//! | `api` | partner-ready API docs: `no`, `yes` |
//! | `seg` | deals the partner touches, comma-separated, written in this order: `small`, `strategic`, `remote` |
//! | `others` | other partners sell to the same customers: `no`, `yes` (added without a version change: absent reads as unanswered, as in every older link) |
//! | `cur` | display currency, an ISO 4217 code in capitals (default `USD`) |
//!
//! The simulator inputs, with their defaults and ranges:
//!
//! | key | unit | default | range | meaning |
//! |---|---|---|---|---|
//! | `acv` | money | 24000 | 0 to 100000000 | first-year value of a typical deal |
//! | `gm` | % | 80 | 0 to 100 | your gross margin |
//! | `yrs` | years | 5 | 1 to 10 | horizon |
//! | `ret` | % | 85 | 0 to 100 | yearly logo retention |
//! | `exp` | % | 5 | -50 to 100 | yearly expansion of retained customers |
//! | `n_ref` | customers | 8 | 0 to 100000 | new customers a year via referral |
//! | `n_co` | customers | 8 | 0 to 100000 | new customers a year via co-sell (v1: 6) |
//! | `n_res` | customers | 8 | 0 to 100000 | new customers a year via a reseller (v1: 12) |
//! | `uplift` | % | 30 | -50 to 500 | co-sold deals are larger by |
//! | `fee` | % | 15 | 0 to 100 | referral fee |
//! | `fee_yrs` | years | 1 | 1 to 10 | referral fee paid for the first this-many years |
//! | `bounty` | money | 0 | 0 to 10000000 | flat referral bounty per new customer |
//! | `disc` | % | 30 | 0 to 100 | reseller wholesale discount |
//! | `spiff` | money | 0 | 0 to 10000000 | co-sell spiff per new customer (v1: 1000) |
//! | `sell` | % | 20 | 0 to 200 | your cost to sell a deal you run |
//! | `sup` | % | 8 | 0 to 100 | your support cost |
//! | `offload` | % | 50 | 0 to 100 | share of support the reseller carries |
//! | `mkt_fee` | % | 0 | 0 to 100 | marketplace fee |
//! | `rate` | % | 10 | 0 to 50 | discount rate for present values (new in v2) |
//! | `ref_setup` | money | 2000 | 0 to 1000000000 | referral programme set-up |
//! | `ref_run` | money | 3000 | 0 to 1000000000 | referral programme, yearly |
//! | `co_setup` | money | 10000 | 0 to 1000000000 | co-sell programme set-up |
//! | `co_run` | money | 15000 | 0 to 1000000000 | co-sell programme, yearly |
//! | `res_setup` | money | 40000 | 0 to 1000000000 | reseller programme set-up |
//! | `res_run` | money | 20000 | 0 to 1000000000 | reseller programme, yearly |
//!
//! ## Numbers
//!
//! Money and years are whole numbers; percentages and customer counts have at most two
//! decimals. A number is written in its shortest exact decimal form: an optional `-`,
//! digits without leading zeros (beyond a lone `0`), and a `.` with only the decimals needed
//! (`30`, `12.5`, `0.25`, `-5`), never an exponent, a `+` or a thousands separator.
//!
//! ## Reading a link that was typed, cut short or tampered with
//!
//! - An optional leading `?` is skipped; `+` is a space and `%XX` escapes are decoded (a
//!   `%` that starts no valid escape stays as it is; bytes that are not UTF-8 become
//!   U+FFFD). Spaces around a value are ignored; words and currency codes may be in any
//!   case.
//! - Unknown keys (such as the app's own `embed=1`) are ignored. If a key is repeated, the
//!   last one wins.
//! - A `v` newer than this build is reported and the link is read as the current version;
//!   a `v` that is not a positive whole number is reported and read as version 1.
//! - A value that is empty, longer than 64 characters, not an allowed word, not three
//!   letters (for `cur`) or not a plain decimal number (`inf`, `NaN`, `1e999`) is replaced
//!   by its default (for a question: left unanswered) and reported. An empty `seg` means
//!   unanswered; unknown `seg` items are dropped and reported, the rest kept.
//! - A number with more decimals than its unit holds is rounded half away from zero; one
//!   outside its range is clamped to the nearest end; `-0` becomes `0`. Each is reported.
//!
//! ## Three typical visitors
//!
//! A seed startup whose partner only makes introductions, small deals, smaller contracts
//! and a higher referral fee:
//!
//! `v=2&role=intro&own=must&int=none&jvp=rough&motion=partial&reach=no&stage=seed&psup=none&dreg=no&direct=no&mkt=no&api=no&seg=small&acv=6000&n_ref=4&fee=20&ref_setup=500&ref_run=1000`
//!
//! A series-A company with a live integration, co-selling strategic deals with the
//! partner's field team through its marketplace:
//!
//! `v=2&role=deals&own=must&int=live&jvp=written&motion=partial&reach=some&stage=a&psup=some&dreg=yes&direct=yes&mkt=yes&api=yes&seg=strategic&acv=60000&n_co=10&uplift=40&spiff=2500&mkt_fee=3`
//!
//! A later-stage company handing customers in regions it does not cover to a reseller,
//! in euros:
//!
//! `v=2&role=resells&own=handover&int=live&jvp=written&motion=proven&reach=core&stage=later&psup=full&dreg=yes&direct=yes&mkt=no&api=yes&seg=remote&cur=EUR&acv=30000&n_res=40&disc=25&offload=80`
//!
//! ## Comparing two scenarios
//!
//! A visitor can pin a scenario as A ("Keep as A") and go on editing B; one link carries
//! both, still as version 2. B is written exactly as above; A follows it in the same query
//! string with the same keys, each prefixed with `a.`, in the same order:
//!
//! - `a.v=2` is always written, so an A at its defaults is still present. A is present when
//!   the link holds any `a.` key of the format (`a.v` or another); otherwise there is no
//!   comparison. Unknown `a.` keys (`a.zzz`, `a.a.role`) are ignored.
//! - A is written in full, not as its differences from B, and read with every rule above
//!   (repairs, clamping, the last repeated key winning), on its own: nothing A says changes
//!   B, so a link with a broken A still opens B exactly, and older builds, which ignore keys
//!   they do not know, open B alone.
//! - A's version is its `a.v`, read as `v` is; without `a.v`, A is read at the version B was
//!   read at (so in `v=1&role=intro&a.role=deals` both are version 1 links, with the version
//!   1 defaults; a link without any key of B is a fresh visit for B, read as the current
//!   version, and so is its A).
//! - Notices name the scenario they are about ([`Notice::side`]): B's come first, then A's,
//!   each in key order, and their messages start with `Scenario B: ` or `Scenario A: `. A
//!   link without A gives the same notices and messages as before comparisons existed.
//!
//! A reseller with a 35 % discount (B) against the same company at 25 % (A), in euros:
//!
//! `v=2&role=resells&seg=remote&cur=EUR&acv=30000&n_res=40&disc=35&a.v=2&a.role=resells&a.seg=remote&a.cur=EUR&a.acv=30000&a.n_res=40&a.disc=25`
//!
//! ## Versions
//!
//! `v` changes only when a link would otherwise be read differently. Each version adds one
//! migration step that rewrites what a link of the previous version says into what the new
//! one means by it (a default that moved, a new key derived from old ones). Decoding runs
//! every step from the link's own version up, so a link of any version opens as it always
//! did. Keys are never renamed, removed or given another meaning, and the golden links file
//! keeps every old link under test.
//!
//! ## What a version 1 link means
//!
//! Version 2 made the three models comparable at their defaults (8 new customers a year in
//! each, no spiff) and added `rate`. A link with `v=1`, or with keys of the format but no
//! `v`, is read with the version 1 defaults, so it opens exactly the scenario it opened
//! before:
//!
//! - `n_co`, `n_res` and `spiff`, when the link leaves them out or holds a value that cannot
//!   be read, are 6, 12 and 1000;
//! - a `rate` in it is ignored, as version 1 ignored it, so it opens with the default rate
//!   (present values are new in version 2);
//! - re-encoded, it becomes a `v=2` link that spells out whichever of those three values
//!   differ from the version 2 defaults: `v=1&role=intro` becomes
//!   `v=2&role=intro&n_co=6&n_res=12&spiff=1000`.
//!
//! One thing is read as version 2 whatever it says: an address with no key of the format at
//! all (`?`, `?embed=1`) carries no scenario and opens the current defaults, as a fresh visit.

mod differences;
mod keys;
mod migrate;
mod notice;
mod query;

use std::borrow::Cow;

use crate::answers::{Answers, Question, Segment, Segments};
use crate::economics::{Clamped, Currency, Inputs, Param};
use crate::number;
use keys::{slot, Values, CUR_SLOT, PARAM_SLOT, SLOTS, V_SLOT};

pub use differences::{differences, Differences};
pub use migrate::VERSION;
pub use notice::{Notice, Problem, Side, MAX_VALUE_CHARS};

/// Everything a shared link carries.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Scenario {
    pub answers: Answers,
    pub inputs: Inputs,
    pub currency: Currency,
}

/// What [`decode`] found in a link: always a valid scenario, plus what had to be repaired.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    /// The current scenario (B when the link holds a comparison).
    pub scenario: Scenario,
    /// The pinned scenario A, when the link holds any `a.` key of the format.
    pub compare: Option<Scenario>,
    /// One notice per repaired key: B's in the format's key order (`v` first), then A's.
    pub notices: Vec<Notice>,
}

/// The prefix of the compared scenario's keys.
const A_PREFIX: &str = "a.";

/// Room for the longest scenario's query (532 bytes), so encoding allocates once; with A's
/// 41 prefixes and its `&`, two of them fit twice this (a test checks both).
const LINK_CAPACITY: usize = 576;

/// The canonical query string of `scenario`, without the leading `?`.
pub fn encode(scenario: &Scenario) -> String {
    let mut out = String::with_capacity(LINK_CAPACITY);
    write_scenario(&mut out, scenario, "");
    out
}

/// The canonical query string of `scenario` (B) compared with `compare` (A), without the
/// leading `?`: B exactly as [`encode`] writes it, then A's keys with the `a.` prefix.
pub fn encode_pair(scenario: &Scenario, compare: Option<&Scenario>) -> String {
    let scenarios = if compare.is_some() { 2 } else { 1 };
    let mut out = String::with_capacity(scenarios * LINK_CAPACITY);
    write_scenario(&mut out, scenario, "");
    if let Some(a) = compare {
        write_scenario(&mut out, a, A_PREFIX);
    }
    out
}

/// Appends the canonical keys of `scenario`, each name after `prefix`: `v` always, then
/// every value that differs from its default, in slot order.
fn write_scenario(out: &mut String, scenario: &Scenario, prefix: &str) {
    if !out.is_empty() {
        out.push('&');
    }
    out.push_str(prefix);
    out.push_str("v=");
    number::write(out, i64::from(VERSION), 1);
    let answers = &scenario.answers;
    for q in Question::ALL {
        match q {
            Question::Seg => {
                if !answers.seg.is_empty() {
                    push_key(out, prefix, q.key());
                    write_segments(out, answers.seg);
                }
            }
            _ => {
                if let Some(id) = answers.answer_id(q) {
                    push_key(out, prefix, q.key());
                    out.push_str(id);
                }
            }
        }
    }
    if scenario.currency != Currency::default() {
        push_key(out, prefix, "cur");
        out.push_str(scenario.currency.as_str());
    }
    for p in Param::ALL {
        let spec = p.spec();
        let raw = scenario.inputs.raw(p);
        if raw != spec.default {
            push_key(out, prefix, spec.key);
            number::write(out, raw, spec.unit.scale());
        }
    }
}

/// Reads any query string (with or without its `?`) into a valid scenario, and a compared
/// one when the link holds `a.` keys, never failing: see the module docs for how each kind
/// of damage is repaired and reported.
pub fn decode(query: &str) -> Decoded {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut b: Values<'_> = [const { None }; SLOTS];
    let mut a: Values<'_> = [const { None }; SLOTS];
    let (mut next_b, mut next_a) = (0, 0);
    for (key, value) in query::pairs(query) {
        let (values, next, key) = match key.strip_prefix(A_PREFIX) {
            Some(key) => (&mut a, &mut next_a, key),
            None => (&mut b, &mut next_b, &*key),
        };
        if let Some(i) = slot(key, *next) {
            values[i] = Some(value);
            *next = i + 1;
        }
    }
    let mut notices = Vec::new();
    let (scenario, version) = read_scenario(&mut b, None, &mut notices);
    let compare = a.iter().any(Option::is_some).then(|| {
        let a_notices = notices.len();
        let (compare, _) = read_scenario(&mut a, Some(version), &mut notices);
        let (of_b, of_a) = notices.split_at_mut(a_notices);
        of_b.iter_mut().for_each(|n| n.side = Side::B);
        of_a.iter_mut().for_each(|n| n.side = Side::A);
        compare
    });
    Decoded {
        scenario,
        compare,
        notices,
    }
}

/// Reads the values of one scenario, with the version it was read at. Without a `v`, the
/// version is `inherited` when given (A takes B's), else 1; values without any key of the
/// format are a fresh visit, which opens the current defaults rather than those of the
/// version a bare link is read as.
fn read_scenario(
    values: &mut Values<'_>,
    inherited: Option<u32>,
    notices: &mut Vec<Notice>,
) -> (Scenario, u32) {
    let mut scenario = Scenario::default();
    let mut version = VERSION;
    if values.iter().any(Option::is_some) {
        version = match (values[V_SLOT].as_deref(), inherited) {
            (None, Some(inherited)) => inherited,
            (value, _) => read_version(value, notices),
        };
        migrate::upgrade(version, values);
        scenario.inputs = migrate::defaults(version);
    }

    let questions = &values[V_SLOT + 1..CUR_SLOT];
    for (q, value) in Question::ALL.into_iter().zip(questions) {
        if let Some(value) = value {
            read_answer(q, value, &mut scenario.answers, notices);
        }
    }
    if let Some(value) = &values[CUR_SLOT] {
        scenario.currency = read_currency(value, notices);
    }
    for (p, value) in Param::ALL.into_iter().zip(&values[PARAM_SLOT..]) {
        if let Some(value) = value {
            read_param(p, value, &mut scenario.inputs, notices);
        }
    }
    (scenario, version)
}

/// Appends `&` and the key's name after `prefix`, then `=`.
fn push_key(out: &mut String, prefix: &str, key: &str) {
    out.push('&');
    out.push_str(prefix);
    out.push_str(key);
    out.push('=');
}

/// Appends the chosen segments, comma-separated in [`Segment::ALL`] order.
fn write_segments(out: &mut String, segments: Segments) {
    for (i, segment) in segments.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(segment.id());
    }
}

/// The trimmed value, or why the value cannot be read at all.
fn usable(value: &str) -> Result<&str, Problem> {
    // `count` rather than `nth`: its code is in the wasm anyway, for formatting.
    if value.len() > MAX_VALUE_CHARS && value.chars().count() > MAX_VALUE_CHARS {
        return Err(Problem::TooLong);
    }
    // `trim` walks characters; a value that starts and ends with a visible ASCII character,
    // as every value `encode` writes does, has nothing to trim.
    let text = match (value.bytes().next(), value.bytes().next_back()) {
        (Some(first), Some(last)) if first.is_ascii_graphic() && last.is_ascii_graphic() => value,
        _ => value.trim(),
    };
    if text.is_empty() {
        Err(Problem::Empty)
    } else {
        Ok(text)
    }
}

/// A word in lower case, copying only when it has capitals.
fn lower(word: &str) -> Cow<'_, str> {
    if word.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(word.to_ascii_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

/// The version a link declares: a missing `v` means 1, the format's first version; a
/// future one is read as the current version, anything else as version 1.
fn read_version(value: Option<&str>, notices: &mut Vec<Notice>) -> u32 {
    let Some(value) = value else {
        return 1;
    };
    let problem = match usable(value) {
        Ok(text) if text.bytes().all(|b| b.is_ascii_digit()) => {
            let declared = text.bytes().fold(0u32, |n, digit| {
                n.saturating_mul(10).saturating_add(u32::from(digit - b'0'))
            });
            if (1..=VERSION).contains(&declared) {
                return declared;
            }
            if declared > VERSION {
                let used = number::format(i64::from(VERSION), 1);
                notices.push(Notice::new("v", value, Problem::FutureVersion, used));
                return VERSION;
            }
            Problem::UnknownValue
        }
        Ok(_) => Problem::UnknownValue,
        Err(problem) => problem,
    };
    notices.push(Notice::new("v", value, problem, "1".to_owned()));
    1
}

/// Sets the answer to `q` from a link value, leaving it unanswered when the value is bad.
fn read_answer(q: Question, value: &str, answers: &mut Answers, notices: &mut Vec<Notice>) {
    if q == Question::Seg {
        answers.seg = read_segments(value, notices);
        return;
    }
    let problem = match usable(value) {
        Ok(text) if answers.set_answer_id(q, Some(&lower(text))) => return,
        Ok(_) => Problem::UnknownValue,
        Err(problem) => problem,
    };
    notices.push(Notice::new(q.key(), value, problem, String::new()));
}

/// The segments of a `seg` value, keeping every known item.
fn read_segments(value: &str, notices: &mut Vec<Notice>) -> Segments {
    let key = Question::Seg.key();
    let text = match usable(value) {
        Ok(text) => text,
        Err(Problem::Empty) => return Segments::EMPTY,
        Err(problem) => {
            notices.push(Notice::new(key, value, problem, String::new()));
            return Segments::EMPTY;
        }
    };
    let mut unknown = false;
    let mut segments = Segments::EMPTY;
    // Split at commas with a byte scan: `str::split` linked memchr into the wasm for this.
    let mut rest = Some(text);
    while let Some(list) = rest {
        let (item, tail) = match list.bytes().position(|b| b == b',') {
            Some(comma) => (&list[..comma], Some(&list[comma + 1..])),
            None => (list, None),
        };
        rest = tail;
        let item = item.trim();
        if !item.is_empty() {
            match Segment::from_id(&lower(item)) {
                Some(segment) => segments = segments.with(segment, true),
                None => unknown = true,
            }
        }
    }
    if unknown {
        let mut used = String::new();
        write_segments(&mut used, segments);
        notices.push(Notice::new(key, value, Problem::UnknownItem, used));
    }
    segments
}

/// The currency of a `cur` value, or the default when it is not three letters.
fn read_currency(value: &str, notices: &mut Vec<Notice>) -> Currency {
    let problem = match usable(value).map(Currency::parse) {
        Ok(Some(currency)) => return currency,
        Ok(None) => Problem::NotACurrency,
        Err(problem) => problem,
    };
    let used = Currency::default().as_str().to_owned();
    notices.push(Notice::new("cur", value, problem, used));
    Currency::default()
}

/// Sets input `p` from a link value: clamped and rounded into shape, or left at its
/// default when the value is not a number.
fn read_param(p: Param, value: &str, inputs: &mut Inputs, notices: &mut Vec<Notice>) {
    let spec = p.spec();
    let scale = spec.unit.scale();
    let parsed =
        usable(value).and_then(|text| number::parse(text, scale).ok_or(Problem::NotANumber));
    let problem = match parsed {
        Ok(number) => {
            if inputs.set_raw(p, number.raw) != Clamped::No {
                Problem::OutOfRange
            } else if number.rounded {
                Problem::Rounded
            } else if number.negative_zero {
                Problem::NegativeZero
            } else {
                return;
            }
        }
        Err(problem) => problem,
    };
    let used = number::format(inputs.raw(p), scale);
    notices.push(Notice::new(spec.key, value, problem, used));
}
