//! The scenario link format: golden links, the documented examples, each repair the decoder
//! makes, and properties over arbitrary links.

use partner_fit_engine::assessment::{
    Integration, JointValue, Motion, Own, PartnerSupport, Question, Reach, Role, Segment, Segments,
    Stage, YesNo,
};
use partner_fit_engine::economics::{Clamped, Currency, Inputs, Param};
use partner_fit_engine::scenario::{
    decode, encode, encode_pair, Decoded, Problem, Scenario, Side, MAX_VALUE_CHARS, VERSION,
};
use proptest::prelude::*;

/// The three visitors of the module docs, in the order they appear there.
const SEED_REFERRAL: &str = "v=2&role=intro&own=must&int=none&jvp=rough&motion=partial&reach=no&stage=seed&psup=none&dreg=no&direct=no&mkt=no&api=no&seg=small&acv=6000&n_ref=4&fee=20&ref_setup=500&ref_run=1000";
const SERIES_A_CO_SELL: &str = "v=2&role=deals&own=must&int=live&jvp=written&motion=partial&reach=some&stage=a&psup=some&dreg=yes&direct=yes&mkt=yes&api=yes&seg=strategic&acv=60000&n_co=10&uplift=40&spiff=2500&mkt_fee=3";
const LATER_RESELLER: &str = "v=2&role=resells&own=handover&int=live&jvp=written&motion=proven&reach=core&stage=later&psup=full&dreg=yes&direct=yes&mkt=no&api=yes&seg=remote&cur=EUR&acv=30000&n_res=40&disc=25&offload=80";
/// The comparison of the module docs: a 35 % reseller discount (B) against 25 % (A).
const RESELLER_DISCOUNTS: &str = "v=2&role=resells&seg=remote&cur=EUR&acv=30000&n_res=40&disc=35&a.v=2&a.role=resells&a.seg=remote&a.cur=EUR&a.acv=30000&a.n_res=40&a.disc=25";

/// The notices of a link as `(key, problem)`.
fn problems(link: &str) -> Vec<(&'static str, Problem)> {
    decode(link)
        .notices
        .iter()
        .map(|n| (n.key, n.problem))
        .collect()
}

/// Decodes a link that must give exactly one notice, and returns its message.
#[track_caller]
fn only_message(link: &str, key: &str, problem: Problem) -> String {
    let Decoded { notices, .. } = decode(link);
    assert_eq!(notices.len(), 1, "{link}: {notices:?}");
    assert_eq!(
        (notices[0].key, notices[0].problem),
        (key, problem),
        "{link}"
    );
    notices[0].message()
}

/// Decodes a link without a comparison that must give no notice.
#[track_caller]
fn clean(link: &str) -> Scenario {
    let Decoded {
        scenario,
        compare,
        notices,
    } = decode(link);
    assert_eq!((compare, notices), (None, vec![]), "{link}");
    scenario
}

/// The raw value of `key` in the scenario a link opens.
#[track_caller]
fn raw(link: &str, key: &str) -> i64 {
    let p = Param::from_key(key).expect("a parameter key");
    decode(link).scenario.inputs.raw(p)
}

/// Every value in range and the currency three capitals: what any link must decode to.
#[track_caller]
fn assert_valid(scenario: &Scenario) {
    for p in Param::ALL {
        let (spec, raw) = (p.spec(), scenario.inputs.raw(p));
        assert!((spec.min..=spec.max).contains(&raw), "{} = {raw}", spec.key);
    }
    let code = scenario.currency.as_str();
    assert!(code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()));
}

/// Decoding `link` gives a valid scenario whose canonical link reopens it unchanged and
/// without notices, so re-encoding is a fixed point.
#[track_caller]
fn assert_settles(link: &str) {
    let scenario = decode(link).scenario;
    assert_valid(&scenario);
    let canonical = encode(&scenario);
    let again = decode(&canonical);
    assert_eq!(again.notices, [], "{canonical}");
    assert_eq!(again.scenario, scenario, "{canonical}");
    assert_eq!(encode(&again.scenario), canonical);
}

/// The inputs a link of format version 1 starts from: v2 moved three defaults.
fn v1_inputs() -> Inputs {
    Inputs::default()
        .with_raw(Param::NCo, 600)
        .with_raw(Param::NRes, 1_200)
        .with_raw(Param::Spiff, 1_000)
}

/// The pairs of a golden link, split as written (golden links use no escapes in key names).
fn link_pairs(link: &str) -> Vec<(&str, &str)> {
    link.trim_start_matches('?')
        .split('&')
        .map(|pair| pair.split_once('=').unwrap_or((pair, "")))
        .collect()
}

/// Every key of the format.
fn format_keys() -> Vec<&'static str> {
    Question::ALL
        .map(Question::key)
        .into_iter()
        .chain(["v", "cur"])
        .chain(Param::ALL.map(|p| p.spec().key))
        .collect()
}

/// The version the last `key` (`v` or `a.v`) of a link declares: `None` without one; else
/// the declared whole number (a future one read as the current one), else 1.
fn declared_version(link: &str, key: &str) -> Option<u32> {
    let pairs = link_pairs(link);
    let (_, v) = pairs.iter().rev().find(|(k, _)| *k == key)?;
    if !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()) {
        let declared = v.bytes().fold(0u32, |n, digit| {
            n.saturating_mul(10).saturating_add(u32::from(digit - b'0'))
        });
        Some(declared.clamp(1, VERSION))
    } else {
        Some(1)
    }
}

/// The format version a golden link is read as, worked out without the codec: the current
/// one for an address without any key of the format (a fresh visit); else its last `v` when
/// that is a whole number (a future one is read as the current one), else 1.
fn read_as_version(link: &str) -> u32 {
    let format_keys = format_keys();
    if !link_pairs(link)
        .iter()
        .any(|(key, _)| format_keys.contains(key))
    {
        return VERSION;
    }
    declared_version(link, "v").unwrap_or(1)
}

/// Whether a golden link holds a compared scenario A: any `a.` key of the format.
fn has_compare(link: &str) -> bool {
    let format_keys = format_keys();
    link_pairs(link).iter().any(|(key, _)| {
        key.strip_prefix("a.")
            .is_some_and(|key| format_keys.contains(&key))
    })
}

/// The version a golden link's A is read as: its own `a.v`, else the version B is read as.
fn compare_read_as_version(link: &str) -> u32 {
    declared_version(link, "a.v").unwrap_or_else(|| read_as_version(link))
}

/// Builds the scenario a golden line describes, without the link codec: the keys it lists
/// on the defaults of the version the link is read as.
#[track_caller]
fn expected_scenario<'a>(described: impl Iterator<Item = &'a str>, version: u32) -> Scenario {
    let mut scenario = Scenario::default();
    if version == 1 {
        scenario.inputs = v1_inputs();
    }
    for item in described.filter(|item| *item != "-") {
        let (key, value) = item.split_once('=').expect("key=value");
        if key == "seg" {
            scenario.answers.seg = value
                .split(',')
                .map(|id| Segment::from_id(id).expect("a segment id"))
                .collect();
        } else if key == "cur" {
            scenario.currency = Currency::parse(value).expect("a currency code");
        } else if let Some(q) = Question::ALL.into_iter().find(|q| q.key() == key) {
            assert!(scenario.answers.set_answer_id(q, Some(value)), "{item}");
        } else {
            let p = Param::from_key(key).expect("a known key");
            let raw: i64 = value.parse().expect("a raw integer");
            assert_eq!(scenario.inputs.set_raw(p, raw), Clamped::No, "{item}");
        }
    }
    scenario
}

/// The scenario (B) and compared scenario (A) a golden line's column 2 describes: items
/// with the `a.` prefix are A's (`a.-` alone marks an A at its defaults), the others B's.
#[track_caller]
fn expected_pair(link: &str, described: &str) -> (Scenario, Option<Scenario>) {
    let items = || described.split(' ');
    let b = expected_scenario(
        items().filter(|item| !item.starts_with("a.")),
        read_as_version(link),
    );
    let a_items = || items().filter_map(|item| item.strip_prefix("a."));
    let a = (a_items().next().is_some()).then(|| {
        expected_scenario(
            a_items().filter(|item| *item != "-"),
            compare_read_as_version(link),
        )
    });
    (b, a)
}

/// The golden lines as (link, described, notices), comments left out.
fn golden_lines() -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
    include_str!("golden_links.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(|line| match line.split('\t').collect::<Vec<_>>()[..] {
            [link, described, notices] => (link, described, notices),
            _ => panic!("three tab-separated columns: {line}"),
        })
}

/// Decoding `link` gives B and A whose canonical pair link reopens both unchanged and
/// without notices, so re-encoding a pair is a fixed point.
#[track_caller]
fn assert_pair_settles(link: &str) {
    let Decoded {
        scenario, compare, ..
    } = decode(link);
    assert_valid(&scenario);
    compare.iter().for_each(assert_valid);
    let canonical = encode_pair(&scenario, compare.as_ref());
    let again = decode(&canonical);
    assert_eq!(again.notices, [], "{canonical}");
    assert_eq!(
        (again.scenario, again.compare),
        (scenario, compare),
        "{canonical}"
    );
    assert_eq!(
        encode_pair(&again.scenario, again.compare.as_ref()),
        canonical
    );
}

#[test]
fn golden_links_open_the_scenario_they_were_made_for() {
    let mut keys_seen = std::collections::BTreeSet::new();
    let (mut lines, mut pairs) = (0, 0);
    for (link, described, notices) in golden_lines() {
        let decoded = decode(link);
        let (expected, expected_compare) = expected_pair(link, described);
        assert_eq!(decoded.scenario, expected, "{link}");
        assert_eq!(decoded.compare, expected_compare, "{link}");
        assert_eq!(decoded.compare.is_some(), has_compare(link), "{link}");
        let b_side = if decoded.compare.is_some() {
            Side::B
        } else {
            Side::Only
        };
        let got: Vec<String> = decoded
            .notices
            .iter()
            .map(|n| {
                let prefix = if n.side == Side::A { "a." } else { "" };
                assert!(n.side == Side::A || n.side == b_side, "{link}: {n:?}");
                format!("{prefix}{}:{:?}", n.key, n.problem)
            })
            .collect();
        let want: Vec<&str> = notices.split(' ').filter(|n| *n != "-").collect();
        assert_eq!(got, want, "{link}");
        assert_settles(link);
        assert_pair_settles(link);
        for (key, _) in link
            .trim_start_matches('?')
            .split('&')
            .filter_map(|p| p.split_once('='))
        {
            keys_seen.insert(key.to_owned());
        }
        lines += 1;
        pairs += usize::from(decoded.compare.is_some());
    }
    assert!(lines >= 20, "only {lines} golden links");
    assert!(pairs >= 10, "only {pairs} golden links with a comparison");
    for key in format_keys() {
        assert!(keys_seen.contains(key), "no golden link has {key}");
    }
}

#[test]
fn every_v1_golden_link_re_encoded_as_v2_opens_the_same_scenario() {
    let mut v1_links = 0;
    for (link, _, _) in golden_lines().filter(|(link, _, _)| read_as_version(link) == 1) {
        let scenario = decode(link).scenario;
        let v2 = encode(&scenario);
        assert!(v2.starts_with("v=2"), "{v2}");
        assert_eq!(decode(&v2).scenario, scenario, "{link} -> {v2}");
        v1_links += 1;
    }
    assert!(v1_links >= 35, "only {v1_links} v1 golden links");
    assert_eq!(
        encode(&decode("v=1&role=intro").scenario),
        "v=2&role=intro&n_co=6&n_res=12&spiff=1000"
    );
}

#[test]
fn the_three_documented_visitors_open_as_described() {
    let seed = clean(SEED_REFERRAL);
    assert_eq!(seed.answers.role, Some(Role::Intro));
    assert_eq!(seed.answers.own, Some(Own::Must));
    assert_eq!(seed.answers.int, Some(Integration::None));
    assert_eq!(seed.answers.stage, Some(Stage::Seed));
    assert_eq!(seed.answers.seg, Segments::from_iter([Segment::Small]));
    assert_eq!(seed.inputs.raw(Param::Acv), 6_000);
    assert_eq!(seed.inputs.raw(Param::NRef), 400);
    assert_eq!(seed.inputs.raw(Param::Fee), 2_000);
    assert_eq!(seed.currency.as_str(), "USD");

    let series_a = clean(SERIES_A_CO_SELL);
    assert_eq!(series_a.answers.role, Some(Role::Deals));
    assert_eq!(series_a.answers.int, Some(Integration::Live));
    assert_eq!(series_a.answers.jvp, Some(JointValue::Written));
    assert_eq!(series_a.answers.stage, Some(Stage::A));
    assert_eq!(series_a.answers.mkt, Some(YesNo::Yes));
    assert_eq!(
        series_a.answers.seg,
        Segments::from_iter([Segment::Strategic])
    );
    assert_eq!(series_a.inputs.raw(Param::NCo), 1_000);
    assert_eq!(series_a.inputs.raw(Param::Uplift), 4_000);
    assert_eq!(series_a.inputs.raw(Param::MktFee), 300);

    let later = clean(LATER_RESELLER);
    assert_eq!(later.answers.role, Some(Role::Resells));
    assert_eq!(later.answers.own, Some(Own::Handover));
    assert_eq!(later.answers.motion, Some(Motion::Proven));
    assert_eq!(later.answers.reach, Some(Reach::Core));
    assert_eq!(later.answers.psup, Some(PartnerSupport::Full));
    assert_eq!(later.answers.stage, Some(Stage::Later));
    assert_eq!(later.answers.seg, Segments::from_iter([Segment::Remote]));
    assert_eq!(later.currency.as_str(), "EUR");
    assert_eq!(later.inputs.raw(Param::NRes), 4_000);
    assert_eq!(later.inputs.raw(Param::Disc), 2_500);

    for link in [SEED_REFERRAL, SERIES_A_CO_SELL, LATER_RESELLER] {
        assert_eq!(encode(&decode(link).scenario), link, "not canonical");
        assert!(
            include_str!("../src/scenario.rs").contains(link),
            "not in the module docs: {link}"
        );
    }
}

#[test]
fn the_documented_table_matches_the_parameters() {
    let docs = include_str!("../src/scenario.rs");
    for p in Param::ALL {
        let spec = p.spec();
        let row = docs
            .lines()
            .find(|l| l.starts_with(&format!("//! | `{}` |", spec.key)))
            .unwrap_or_else(|| panic!("no row for {}", spec.key));
        let cells: Vec<&str> = row.split('|').map(str::trim).collect();
        let scale = spec.unit.scale();
        let whole = |text: &str| text.parse::<i64>().expect("a whole number") * scale;
        let (min, max) = cells[4].split_once(" to ").expect("a range");
        assert_eq!(
            (whole(cells[3]), whole(min), whole(max)),
            (spec.default, spec.min, spec.max),
            "{row}"
        );
    }
}

#[test]
fn encodes_only_what_differs_in_a_fixed_order() {
    assert_eq!(encode(&Scenario::default()), "v=2");
    let mut s = Scenario::default();
    s.inputs.set_raw(Param::ResRun, 1);
    s.inputs.set_raw(Param::Gm, 1_250);
    s.inputs.set_raw(Param::Exp, -500);
    s.inputs.set_raw(Param::Uplift, -1);
    s.currency = Currency::parse("gbp").expect("a code");
    s.answers.seg = Segments::from_iter([Segment::Remote, Segment::Small]);
    s.answers.role = Some(Role::Deals);
    s.answers.api = Some(YesNo::No);
    assert_eq!(
        encode(&s),
        "v=2&role=deals&api=no&seg=small,remote&cur=GBP&gm=12.5&exp=-5&uplift=-0.01&res_run=1"
    );
}

#[test]
fn future_version_is_read_as_the_current_one() {
    let message = only_message("v=3&gm=50", "v", Problem::FutureVersion);
    assert_eq!(
        message,
        "This link was made by a newer version of Partner Fit (\"v=3\"); it was read as \
         version 2, so some settings may be missing."
    );
    assert_eq!(raw("v=3&gm=50", "gm"), 5_000);
    assert_eq!(
        problems("v=99999999999999999999"),
        [("v", Problem::FutureVersion)]
    );
    assert_eq!(problems("v=01&v=1"), []);
    assert_eq!(problems("v=-1"), [("v", Problem::UnknownValue)]);
}

#[test]
fn unknown_answer_is_left_unanswered() {
    let message = only_message("role=boss", "role", Problem::UnknownValue);
    assert_eq!(
        message,
        "\"role=boss\" is not an allowed value; left it unanswered."
    );
    assert_eq!(decode("role=boss").scenario.answers.role, None);
}

#[test]
fn unknown_segments_are_dropped_and_the_rest_kept() {
    let message = only_message("seg=small,vip", "seg", Problem::UnknownItem);
    assert_eq!(
        message,
        "\"seg=small,vip\" lists a value that is not allowed; used small."
    );
    let message = only_message("seg=vip", "seg", Problem::UnknownItem);
    assert_eq!(
        message,
        "\"seg=vip\" lists a value that is not allowed; left it unanswered."
    );
    assert!(decode("seg=vip").scenario.answers.seg.is_empty());
}

#[test]
fn currency_is_any_three_letters_in_capitals() {
    assert_eq!(clean("cur=nok").currency.as_str(), "NOK");
    assert_eq!(clean("cur=usd").currency, Currency::default());
    let message = only_message("cur=EURO", "cur", Problem::NotACurrency);
    assert_eq!(
        message,
        "\"cur=EURO\" is not a three-letter currency code; used the default, USD."
    );
    assert_eq!(problems("cur=E1R"), [("cur", Problem::NotACurrency)]);
}

#[test]
fn not_a_number_falls_back_to_the_default() {
    let message = only_message("disc=abc", "disc", Problem::NotANumber);
    assert_eq!(
        message,
        "\"disc=abc\" is not a number; used the default, 30."
    );
}

#[test]
fn inf_nan_exponents_and_negative_zero_are_repaired() {
    for p in Param::ALL {
        let spec = p.spec();
        for junk in [
            "inf", "-inf", "Infinity", "NaN", "nan", "1e999", "-1e999", "1E3", "0x10",
        ] {
            let link = format!("v=2&{}={junk}", spec.key);
            assert_eq!(problems(&link), [(spec.key, Problem::NotANumber)], "{link}");
            assert_eq!(raw(&link, spec.key), spec.default, "{link}");
        }
        let link = format!("v=2&{}=-0", spec.key);
        let expected = if spec.min > 0 {
            Problem::OutOfRange
        } else {
            Problem::NegativeZero
        };
        assert_eq!(problems(&link), [(spec.key, expected)], "{link}");
        assert_eq!(raw(&link, spec.key), spec.min.max(0), "{link}");
    }
    let message = only_message("exp=-0", "exp", Problem::NegativeZero);
    assert_eq!(message, "\"exp=-0\" is a negative zero; used 0.");
}

#[test]
fn empty_values_fall_back_and_an_empty_segment_list_is_unanswered() {
    let message = only_message("acv=", "acv", Problem::Empty);
    assert_eq!(message, "\"acv\" has no value; used the default, 24000.");
    let message = only_message("stage", "stage", Problem::Empty);
    assert_eq!(message, "\"stage\" has no value; left it unanswered.");
    assert_eq!(problems("gm=+++"), [("gm", Problem::Empty)]);
    assert!(clean("seg=&seg=").answers.seg.is_empty());
    assert!(clean("seg=,").answers.seg.is_empty());
}

#[test]
fn too_long_values_are_not_read() {
    let fits = format!("acv={}", "0".repeat(MAX_VALUE_CHARS - 1) + "7");
    assert_eq!(raw(&fits, "acv"), 7);
    let long = format!("acv={}", "0".repeat(MAX_VALUE_CHARS) + "7");
    let message = only_message(&long, "acv", Problem::TooLong);
    assert_eq!(
        message,
        "The value of \"acv\" is longer than 64 characters; used the default, 24000."
    );
    let wide = format!("role={}", "é".repeat(MAX_VALUE_CHARS));
    assert_eq!(problems(&wide), [("role", Problem::UnknownValue)]);
}

#[test]
fn out_of_range_numbers_are_clamped() {
    let message = only_message("gm=150", "gm", Problem::OutOfRange);
    assert_eq!(message, "\"gm=150\" is out of range (0 to 100); used 100.");
    assert_eq!(raw("gm=150", "gm"), 10_000);
    assert_eq!(raw("exp=-80", "exp"), -5_000);
    assert_eq!(raw("acv=99999999999999999999999999", "acv"), 100_000_000);
    let message = only_message("uplift=-99.99", "uplift", Problem::OutOfRange);
    assert_eq!(
        message,
        "\"uplift=-99.99\" is out of range (-50 to 500); used -50."
    );
}

#[test]
fn extra_decimals_are_rounded_half_away_from_zero() {
    let message = only_message("gm=12.345", "gm", Problem::Rounded);
    assert_eq!(
        message,
        "\"gm=12.345\" has more decimals than gm allows; used 12.35."
    );
    assert_eq!(raw("exp=-2.555", "exp"), -256);
    assert_eq!(raw("acv=1000.5", "acv"), 1_001);
    assert_eq!(raw("acv=1000.49", "acv"), 1_000);
    assert_eq!(raw("yrs=2.5", "yrs"), 3);
    assert_eq!(problems("gm=12.3400"), []);
}

#[test]
fn percent_encoding_and_plus_are_decoded() {
    let s = clean("%72ole=%49%4E%54%52%4F&cur=%63hf&gm=%37%35&seg=small%2Cremote&exp=+2.5");
    assert_eq!(s.answers.role, Some(Role::Intro));
    assert_eq!(s.currency.as_str(), "CHF");
    assert_eq!(s.inputs.raw(Param::Gm), 7_500);
    assert_eq!(
        s.answers.seg,
        Segments::from_iter([Segment::Small, Segment::Remote])
    );
    assert_eq!(s.inputs.raw(Param::Exp), 250);
    assert_eq!(raw("exp=%2D3", "exp"), -300);
    assert_eq!(raw("exp=+-3", "exp"), -300);
    assert_eq!(problems("gm=50%25"), [("gm", Problem::NotANumber)]);
    assert_eq!(
        problems("role=%zz&acv=%FF%FE"),
        [
            ("role", Problem::UnknownValue),
            ("acv", Problem::NotANumber)
        ]
    );
}

#[test]
fn spaces_beyond_ascii_around_a_value_are_ignored() {
    // No-break space, ideographic space, line separator and vertical tab: white space to
    // `str::trim`, though not to `u8::is_ascii_whitespace`.
    let s = clean("gm=75%E3%80%80&dreg=%0Byes%E2%80%A8&cur=%C2%A0eur");
    assert_eq!(s.inputs.raw(Param::Gm), 7_500);
    assert_eq!(s.answers.dreg, Some(YesNo::Yes));
    assert_eq!(s.currency.as_str(), "EUR");
    assert_eq!(problems("gm=%C2%A0"), [("gm", Problem::Empty)]);
}

#[test]
fn the_last_of_a_repeated_key_wins() {
    assert_eq!(raw("disc=20&disc=35", "disc"), 3_500);
    assert_eq!(problems("disc=abc&disc=35"), []);
    assert_eq!(
        problems("disc=35&disc=abc"),
        [("disc", Problem::NotANumber)]
    );
    assert_eq!(
        clean("role=intro&role=deals").answers.role,
        Some(Role::Deals)
    );
    assert_eq!(
        clean("seg=small&seg=remote").answers.seg,
        Segments::from_iter([Segment::Remote])
    );
    assert_eq!(problems("v=9&v=1"), []);
}

#[test]
fn unknown_keys_and_the_leading_question_mark_are_ignored() {
    assert_eq!(
        clean("?embed=1&utm_source=x&ACV=5&role=intro").answers.role,
        Some(Role::Intro)
    );
    assert_eq!(clean(""), Scenario::default());
    assert_eq!(clean("?"), Scenario::default());
    assert_eq!(clean("&&=&==&?"), Scenario::default());
    assert_eq!(problems("??role=intro"), []);
}

#[test]
fn a_100_kb_link_decodes() {
    let padding = "junk=%FF%zz+x&".repeat(100 * 1024 / 14);
    let link = format!("?{padding}{SERIES_A_CO_SELL}&{padding}");
    assert!(link.len() > 200_000);
    assert_eq!(decode(&link).scenario, clean(SERIES_A_CO_SELL));

    let one_value = format!("v=1&role=deals&acv={}", "9".repeat(100 * 1024));
    let Decoded {
        scenario, notices, ..
    } = decode(&one_value);
    assert_eq!(scenario.answers.role, Some(Role::Deals));
    assert_eq!(notices.len(), 1);
    assert_eq!(notices[0].problem, Problem::TooLong);
    assert!(
        notices[0].value.chars().count() < 30,
        "shown value is cut short"
    );
    assert_settles(&one_value);
}

#[test]
fn the_documented_comparison_opens_as_described() {
    let Decoded {
        scenario: b,
        compare,
        notices,
    } = decode(RESELLER_DISCOUNTS);
    assert_eq!(notices, []);
    assert_eq!(b.answers.role, Some(Role::Resells));
    assert_eq!(b.answers.seg, Segments::from_iter([Segment::Remote]));
    assert_eq!(b.currency.as_str(), "EUR");
    assert_eq!(b.inputs.raw(Param::Acv), 30_000);
    assert_eq!(b.inputs.raw(Param::NRes), 4_000);
    assert_eq!(b.inputs.raw(Param::Disc), 3_500);
    let a = compare.expect("a comparison");
    let b_at_25 = Scenario {
        inputs: b.inputs.with_raw(Param::Disc, 2_500),
        ..b
    };
    assert_eq!(a, b_at_25);
    assert_eq!(
        encode_pair(&b, Some(&a)),
        RESELLER_DISCOUNTS,
        "not canonical"
    );
    assert!(
        include_str!("../src/scenario.rs").contains(RESELLER_DISCOUNTS),
        "not in the module docs"
    );
}

#[test]
fn a_pair_is_b_then_a_with_its_version_always_written() {
    let default = Scenario::default();
    assert_eq!(encode_pair(&default, None), "v=2");
    assert_eq!(encode_pair(&default, Some(&default)), "v=2&a.v=2");
    let b = clean(SERIES_A_CO_SELL);
    let a = clean(SEED_REFERRAL);
    assert_eq!(encode_pair(&b, None), encode(&b));
    let link = encode_pair(&b, Some(&a));
    let a_keys = encode(&a).replace('&', "&a.");
    assert_eq!(link, format!("{}&a.{a_keys}", encode(&b)));
    let alone = decode(&encode_pair(&b, Some(&default)));
    assert_eq!((alone.scenario, alone.compare), (b, Some(default)));
}

/// The scenario whose link is longest: every question on its longest answer, every
/// segment, a currency and every input on the value with the longest written form.
fn longest_scenario() -> Scenario {
    let mut s = Scenario::default();
    for q in Question::ALL.into_iter().filter(|q| *q != Question::Seg) {
        let longest = q
            .choices()
            .into_iter()
            .map(|c| c.id)
            .max_by_key(|id| id.len());
        assert!(s.answers.set_answer_id(q, longest));
    }
    s.answers.seg = Segment::ALL.iter().copied().collect();
    s.currency = Currency::parse("EUR").expect("a code");
    for p in Param::ALL {
        let spec = p.spec();
        let written = |raw: i64| {
            let mut one = Scenario::default();
            one.inputs.set_raw(p, raw);
            encode(&one).len()
        };
        let candidates = [spec.min, spec.min + 1, spec.max - 1, spec.max];
        let longest = candidates.into_iter().max_by_key(|&raw| written(raw));
        s.inputs.set_raw(p, longest.unwrap_or(spec.max));
    }
    s
}

#[test]
fn encoding_allocates_once_even_for_the_longest_pair() {
    let longest = longest_scenario();
    let default = Scenario::default();
    let single = encode(&longest);
    assert_eq!(single.capacity(), encode(&default).capacity(), "{single}");
    let pair = encode_pair(&longest, Some(&longest));
    let short_pair = encode_pair(&default, Some(&default));
    assert_eq!(pair.capacity(), short_pair.capacity(), "{pair}");
    assert_eq!(decode(&pair).compare, Some(longest));
}

#[test]
fn notices_say_which_scenario_they_are_about() {
    let alone = decode("v=2&disc=abc");
    assert_eq!(alone.notices[0].side, Side::Only);
    assert_eq!(
        alone.notices[0].message(),
        "\"disc=abc\" is not a number; used the default, 30."
    );
    let pair = decode("a.v=2&a.role=boss&a.gm=150&v=2&disc=abc");
    let told: Vec<(Side, String)> = pair.notices.iter().map(|n| (n.side, n.message())).collect();
    assert_eq!(
        told,
        [
            (
                Side::B,
                "Scenario B: \"disc=abc\" is not a number; used the default, 30.".to_owned()
            ),
            (
                Side::A,
                "Scenario A: \"a.role=boss\" is not an allowed value; left it unanswered."
                    .to_owned()
            ),
            (
                Side::A,
                "Scenario A: \"a.gm=150\" is out of range (0 to 100); used 100.".to_owned()
            ),
        ]
    );
    let future = decode("v=2&a.v=3");
    assert_eq!(
        future.notices[0].message(),
        "Scenario A: This link was made by a newer version of Partner Fit (\"a.v=3\"); it was \
         read as version 2, so some settings may be missing."
    );
}

#[test]
fn a_without_its_own_version_is_read_at_b_s() {
    let v1 = decode("v=1&role=intro&a.role=deals");
    assert_eq!(v1.notices, []);
    let a = v1.compare.expect("a comparison");
    assert_eq!(a.inputs, v1_inputs());
    assert_eq!(
        encode_pair(&v1.scenario, Some(&a)),
        "v=2&role=intro&n_co=6&n_res=12&spiff=1000&a.v=2&a.role=deals&a.n_co=6&a.n_res=12&a.spiff=1000"
    );
    let own = decode("v=1&a.v=2&a.role=deals").compare;
    assert_eq!(own.map(|a| a.inputs), Some(Inputs::default()));
    assert_eq!(decode("a.zzz=1&a.embed=1").compare, None);
}

#[test]
fn shown_values_are_short_and_safe() {
    let Decoded { notices, .. } = decode("role=%E2%80%AEevil%00%0A%1B[31m");
    assert_eq!(notices[0].value, "\u{FFFD}evil\u{FFFD}\u{FFFD}\u{FFFD}[31m");
    let Decoded { notices, .. } = decode(&format!("role={}", "x".repeat(40)));
    assert_eq!(notices[0].value, format!("{}…", "x".repeat(24)));
}

/// Picks from `items` by `n`, wrapping around.
fn pick<T: Copy>(items: &[T], n: u64) -> T {
    items[(n % items.len() as u64) as usize]
}

/// A raw value of `p` in its range from a random word: often the default, an end of the
/// range or a whole value, else anywhere in the range. Plain words keep the (debug-built)
/// generation cheap enough for many cases.
fn raw_value(p: Param, word: u64) -> i64 {
    let spec = p.spec();
    let span = (spec.max - spec.min + 1) as u64;
    let anywhere = spec.min + ((word >> 3) % span) as i64;
    match word & 7 {
        0 => spec.default,
        1 => spec.min,
        2 => spec.max,
        3 | 4 => anywhere - anywhere.rem_euclid(spec.unit.scale()),
        _ => anywhere,
    }
}

/// Any valid scenario.
fn scenario() -> impl Strategy<Value = Scenario> {
    let letters = proptest::array::uniform3(b'A'..=b'Z');
    (
        any::<[u8; 12]>(),
        0u8..8,
        any::<[u64; Param::COUNT]>(),
        letters,
    )
        .prop_map(|(picks, seg, words, code)| {
            let mut s = Scenario::default();
            let single = Question::ALL.into_iter().filter(|q| *q != Question::Seg);
            for (q, n) in single.zip(picks) {
                let mut ids: Vec<Option<&str>> = vec![None];
                ids.extend(q.choices().into_iter().map(|c| Some(c.id)));
                assert!(s.answers.set_answer_id(q, pick(&ids, u64::from(n))));
            }
            s.answers.seg = Segment::ALL
                .iter()
                .enumerate()
                .filter(|(i, _)| seg & (1 << i) != 0)
                .map(|(_, segment)| *segment)
                .collect();
            for (p, word) in Param::ALL.into_iter().zip(words) {
                assert_eq!(s.inputs.set_raw(p, raw_value(p, word)), Clamped::No);
            }
            let code = std::str::from_utf8(&code).expect("ASCII letters");
            s.currency = Currency::parse(code).expect("three letters");
            s
        })
}

/// Pieces of values, real and broken, from which the fuzz links are built.
const FRAGMENTS: &[&str] = &[
    "0",
    "1",
    "5",
    "9",
    "12",
    "100000",
    "99999999999999999999999",
    ".",
    "-",
    "+",
    " ",
    "%",
    "%2",
    "%20",
    "%2B",
    "%2C",
    "%25",
    "%FF",
    "%C3",
    "%e2%82%ac",
    "e",
    "E",
    "inf",
    "NaN",
    "-0",
    "intro",
    "DEALS",
    "must",
    "live",
    "yes",
    "no",
    "small",
    "strategic",
    "remote",
    ",",
    "usd",
    "EUR",
    "abc",
    "€",
    "\u{202E}",
    "\u{0}",
    "=",
    "&",
    "#",
    "?",
    "é",
    "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
];

/// Keys of the format, a few near misses and the app's own `embed`.
fn fuzz_keys() -> Vec<&'static str> {
    let mut keys: Vec<&'static str> = Question::ALL
        .map(Question::key)
        .into_iter()
        .chain(Param::ALL.map(|p| p.spec().key))
        .collect();
    keys.extend(["v", "cur", "embed", "", "Acv", "se%67", "cur+", "%76"]);
    keys
}

/// A link of real keys with values glued from [`FRAGMENTS`], one random word per pair: the
/// low bits pick the key and whether there is an `=`, each next 6 bits a fragment or none.
fn fuzz_link() -> impl Strategy<Value = String> {
    let keys = fuzz_keys();
    (
        any::<bool>(),
        proptest::collection::vec(any::<u64>(), 0..12),
    )
        .prop_map(move |(question, words)| {
            let mut link = String::from(if question { "?" } else { "" });
            for word in words {
                link.push_str(pick(&keys, word & 0x3f));
                if word & 0x40 == 0 {
                    link.push('=');
                }
                for part in 0..8 {
                    let n = (word >> (8 + 6 * part)) & 0x3f;
                    if let Some(fragment) = FRAGMENTS.get(n as usize) {
                        link.push_str(fragment);
                    }
                }
                link.push('&');
            }
            link
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    #[test]
    fn every_valid_scenario_round_trips_without_notices(s in scenario()) {
        let link = encode(&s);
        prop_assert!(link.starts_with("v=2"), "{}", link);
        let decoded = decode(&link);
        prop_assert_eq!(decoded.notices, []);
        prop_assert_eq!(decoded.scenario, s);
        prop_assert_eq!(decode(&format!("?{link}")).scenario, s);
    }

    #[test]
    fn v1_links_open_with_the_v1_defaults(s in scenario(), keep in 0u8..8, versioned: bool) {
        // The v2 link of `s` made into a v1 link: no `rate`, and each of the inputs whose
        // default moved kept or left out, to mean the v1 default.
        let moved = [Param::NCo, Param::NRes, Param::Spiff];
        let left_out = |key: &str| {
            key == "rate"
                || moved
                    .iter()
                    .enumerate()
                    .any(|(i, p)| p.spec().key == key && keep & (1 << i) == 0)
        };
        let v2 = encode(&s);
        let pairs = v2.split('&').skip(1).filter(|pair| {
            !left_out(pair.split_once('=').map_or(*pair, |(key, _)| key))
        });
        let v1: Vec<&str> = versioned.then_some("v=1").into_iter().chain(pairs).collect();
        let v1 = v1.join("&");

        let mut expected = s;
        expected.inputs.set_raw(Param::Rate, Param::Rate.spec().default);
        let v1_defaults = v1_inputs();
        for (i, p) in moved.into_iter().enumerate() {
            if keep & (1 << i) == 0 || s.inputs.raw(p) == p.spec().default {
                expected.inputs.set_raw(p, v1_defaults.raw(p));
            }
        }
        let decoded = decode(&v1);
        prop_assert_eq!(decoded.notices, []);
        if v1.is_empty() {
            prop_assert_eq!(decoded.scenario, Scenario::default());
        } else {
            prop_assert_eq!(decoded.scenario, expected, "{}", v1);
        }
    }

    #[test]
    fn re_encoding_any_string_is_a_fixed_point(link in any::<String>()) {
        assert_settles(&link);
        assert_pair_settles(&link);
    }

    #[test]
    fn every_valid_pair_round_trips_without_notices(b in scenario(), a in scenario()) {
        let link = encode_pair(&b, Some(&a));
        prop_assert!(link.starts_with(&encode(&b)), "{}", link);
        let decoded = decode(&link);
        prop_assert_eq!(decoded.notices, []);
        prop_assert_eq!((decoded.scenario, decoded.compare), (b, Some(a)));
        let alone = decode(&encode_pair(&b, None));
        prop_assert_eq!((alone.scenario, alone.compare), (b, None));
    }

    #[test]
    fn a_hostile_a_never_changes_b(
        valid in scenario(),
        fuzzed in fuzz_link(),
        hostile in fuzz_link(),
        junk in any::<String>(),
        word: u64,
    ) {
        let b = if word & 1 == 0 { encode(&valid) } else { fuzzed };
        let a = a_pairs(&hostile, &junk, word);
        // Only a leading `?` is skipped, so B's stays in front.
        let link = interleave(b.strip_prefix('?').unwrap_or(&b), &a, word >> 8);
        let (alone, mixed) = (decode(&b), decode(&link));
        prop_assert_eq!(mixed.scenario, alone.scenario, "{}", link);
        let b_notices = mixed.notices.iter().take_while(|n| n.side != Side::A);
        let b_side = if mixed.compare.is_some() { Side::B } else { Side::Only };
        prop_assert_eq!(b_notices.clone().count(), alone.notices.len(), "{}", link);
        for (got, want) in b_notices.zip(&alone.notices) {
            prop_assert_eq!(got.side, b_side);
            prop_assert_eq!(
                (got.key, &got.value, got.problem, &got.used),
                (want.key, &want.value, want.problem, &want.used)
            );
        }
        for notice in &mixed.notices[alone.notices.len()..] {
            prop_assert_eq!(notice.side, Side::A);
            prop_assert!(notice.message().starts_with("Scenario A: "));
        }
        assert_pair_settles(&link);
    }
}

/// The pairs of `hostile` with their keys given the `a.` prefix, and one more format key
/// whose value is `junk` with its `&`s escaped, so it stays one value.
fn a_pairs(hostile: &str, junk: &str, word: u64) -> Vec<String> {
    let keys = fuzz_keys();
    let mut pairs: Vec<String> = hostile
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| format!("a.{pair}"))
        .collect();
    let key = pick(&keys, word >> 1);
    pairs.push(format!("a.{key}={}", junk.replace('&', "%26")));
    pairs
}

/// B's link with A's pairs mixed in, B's own order kept: bit `i` of `word` puts A's next
/// pair (else B's) at position `i`.
fn interleave(b: &str, a: &[String], word: u64) -> String {
    let mut b_pairs = b.split('&').peekable();
    let mut a_pairs = a.iter().peekable();
    let mut out = Vec::new();
    let mut bit = 0;
    loop {
        let take_a = match (b_pairs.peek(), a_pairs.peek()) {
            (None, None) => break,
            (None, Some(_)) => true,
            (Some(_), None) => false,
            (Some(_), Some(_)) => (word >> (bit % 64)) & 1 == 1,
        };
        bit += 1;
        out.extend(if take_a {
            a_pairs.next().map(String::as_str)
        } else {
            b_pairs.next()
        });
    }
    out.join("&")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(100_000))]

    #[test]
    fn arbitrary_bytes_never_break_the_decoder(words in proptest::collection::vec(any::<u64>(), 0..16)) {
        let bytes: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
        assert_settles(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn real_keys_with_junk_values_never_break_the_decoder(link in fuzz_link()) {
        assert_settles(&link);
        for notice in decode(&link).notices {
            prop_assert!(!notice.message().is_empty());
            prop_assert!(notice.value.chars().count() <= 25);
        }
    }
}
