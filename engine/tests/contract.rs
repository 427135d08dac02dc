//! Random scenarios for the page's test contract: 200 valid scenarios drawn by proptest from a
//! fixed seed, each with its link and everything the page must show for it (the `data-value`s
//! of the README's test contract). The test checks the link round-trips; with
//! `PF_CONTRACT_OUT=<file>` it also writes them as JSON for the browser test
//! `tests/e2e/specs/contract.spec.mjs`, which opens every link and compares the page.
//!
//! The same runner then draws 30 comparisons (A, B), each with its link and, per model, A's
//! and B's total contribution, present value and payback and the deltas B less A; with
//! `PF_CONTRACT_PAIRS_OUT=<file>` they are written as a JSON list of their own, so the
//! scenarios' file keeps its shape.

use std::fmt::Write as _;

use partner_fit_engine::assessment::{assess, Answers, Question, Segment};
use partner_fit_engine::economics::{
    flips, simulate, tornado, versus, BreakEven, Currency, Flip, Inputs, Metric, Param, Simulation,
};
use partner_fit_engine::scenario::{decode, encode, encode_pair, Scenario};
use partner_fit_engine::story::Story;
use partner_fit_engine::Model;
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

const SCENARIOS: usize = 200;
const PAIRS: usize = 30;

/// Any answer set: each single-choice question unanswered or one of its answers, any segments.
fn answers() -> impl Strategy<Value = Answers> {
    let singles: Vec<_> = Question::ALL
        .into_iter()
        .filter(|q| !q.is_multi())
        .map(|q| proptest::option::of(0..q.choices().len()).prop_map(move |i| (q, i)))
        .collect();
    (singles, proptest::collection::vec(any::<bool>(), 3)).prop_map(|(singles, seg)| {
        let mut a = Answers::default();
        for (q, choice) in singles {
            let id = choice.map(|i| q.choices()[i].id);
            assert!(a.set_answer_id(q, id));
        }
        for (s, on) in Segment::ALL.iter().zip(seg) {
            a.seg = a.seg.with(*s, on);
        }
        a
    })
}

/// Any in-range inputs; half of the parameters stay at their default, as in real links.
fn inputs() -> impl Strategy<Value = Inputs> {
    let values: Vec<_> = Param::ALL
        .into_iter()
        .map(|p| {
            let s = p.spec();
            prop_oneof![Just(s.default), s.min..=s.max]
        })
        .collect();
    values.prop_map(|raw| {
        let mut inputs = Inputs::default();
        for (p, v) in Param::ALL.into_iter().zip(raw) {
            inputs.set_raw(p, v);
        }
        inputs
    })
}

fn scenario() -> impl Strategy<Value = Scenario> {
    let currency = prop::sample::select(vec!["USD", "EUR", "GBP", "JPY", "CHF"]);
    (answers(), inputs(), currency).prop_map(|(answers, inputs, cur)| Scenario {
        answers,
        inputs,
        currency: Currency::parse(cur).unwrap_or_default(),
    })
}

fn json_str(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

fn break_even(b: BreakEven) -> String {
    match b.value() {
        Some(v) => format!("{{\"state\":\"{}\",\"value\":{v:?}}}", b.state()),
        None => format!("{{\"state\":\"{}\"}}", b.state()),
    }
}

fn flip(f: Flip) -> String {
    match f {
        Flip::At { value, from, to } => format!(
            "{{\"state\":\"at\",\"value\":{value:?},\"from\":\"{}\",\"to\":\"{}\"}}",
            from.id(),
            to.id()
        ),
        Flip::None => "{\"state\":\"none\"}".to_owned(),
    }
}

/// The flip point of every input (`flip[data-param]`), the sensitivity bars in order
/// (`tornado-bar[data-param]` with `data-low`/`data-high`) and the story's state, focus,
/// leader and nearest tie.
fn beside_the_advice(s: &Scenario) -> String {
    let sim = simulate(&s.inputs);
    let assessment = assess(&s.answers);
    let story = Story::new(&s.answers, assessment.as_ref(), &s.inputs, &sim);
    let flips: Vec<String> = flips(&s.inputs)
        .iter()
        .map(|(p, f)| format!("\"{}\":{}", p.spec().key, flip(f)))
        .collect();
    let t = tornado(&s.inputs, story.focus());
    let bars: Vec<String> = t
        .bars()
        .iter()
        .map(|b| {
            format!(
                "{{\"param\":\"{}\",\"low\":{:?},\"high\":{:?}}}",
                b.param().spec().key,
                b.gap_low(),
                b.gap_high()
            )
        })
        .collect();
    let nearest = story.nearest().map_or_else(String::new, |(p, v)| {
        format!(",\"param\":\"{}\",\"value\":{v:?}", p.spec().key)
    });
    // Present value and payback per model (`npv`, `payback[data-state][data-value]`).
    let later: Vec<String> = Model::ALL
        .into_iter()
        .map(|m| {
            let run = sim.model(m);
            let year = run.payback().value();
            format!(
                "\"{}\":{{\"npv\":{:?},\"payback\":\"{}\",\"year\":{}}}",
                m.id(),
                run.npv(),
                run.payback().state(),
                year.map_or_else(|| "null".to_owned(), |y| y.to_string())
            )
        })
        .collect();
    format!(
        ",\"later\":{{{}}},\"flips\":{{{}}},\"tornado\":{{\"focus\":\"{}\",\"base\":{:?},\"bars\":[{}]}},\"story\":{{\"state\":\"{}\",\"focus\":\"{}\",\"leader\":\"{}\"{nearest}}}",
        later.join(","),
        flips.join(","),
        t.focus().id(),
        t.base_gap(),
        bars.join(","),
        story.state(),
        story.focus().id(),
        story.leader().id(),
    )
}

/// What the page must show for `s`, as one JSON object.
fn expected(s: &Scenario, query: &str) -> String {
    let mut out = format!("{{\"query\":{}", json_str(query));
    if let Some(a) = assess(&s.answers) {
        let scores: Vec<String> = Model::ALL
            .into_iter()
            .map(|m| format!("\"{}\":{}", m.id(), a.score(m).score))
            .collect();
        let flags: Vec<String> = a.flags.iter().map(|f| json_str(f.id())).collect();
        let layers: Vec<String> = a
            .layers
            .iter()
            .map(|l| format!("\"{}\":\"{}\"", l.segment.id(), l.model.id()))
            .collect();
        let status: Vec<String> = Model::ALL
            .into_iter()
            .map(|m| format!("\"{}\":\"{}\"", m.id(), a.status(m).id()))
            .collect();
        let _ = write!(
            out,
            ",\"recommended\":\"{}\",\"target\":\"{}\",\"status\":{{{}}},\"scores\":{{{}}},\"flags\":[{}],\"rung\":\"{}\",\"layers\":{{{}}}",
            a.model().id(),
            a.target().id(),
            status.join(","),
            scores.join(","),
            flags.join(","),
            a.ladder.rung.id(),
            layers.join(",")
        );
    }
    let sim = simulate(&s.inputs);
    let totals: Vec<String> = Model::ALL
        .into_iter()
        .map(|m| {
            let t = sim.model(m).total();
            let cells: Vec<String> = Metric::HEADLINE
                .into_iter()
                .map(|k| format!("\"{}\":{:?}", k.id(), t.get(k)))
                .collect();
            format!("\"{}\":{{{}}}", m.id(), cells.join(","))
        })
        .collect();
    let be = sim.break_evens();
    let _ = write!(
        out,
        ",\"totals\":{{{}}},\"breakeven\":{{\"discount\":{},\"volume\":{}}}{}}}",
        totals.join(","),
        break_even(be.discount()),
        break_even(be.volume()),
        beside_the_advice(s),
    );
    out
}

/// `b` with a few inputs taken from `other`, as a visitor who pinned A and moved some
/// sliders: input `i` is taken when bits `2i` and `2i + 1` of `word` are both set.
fn variation(b: &Scenario, other: &Scenario, word: u64) -> Scenario {
    let mut a = *b;
    for (i, p) in Param::ALL.into_iter().enumerate() {
        if (word >> (2 * i)) & 3 == 3 {
            a.inputs.set_raw(p, other.inputs.raw(p));
        }
    }
    a
}

/// Per model, the total contribution (as in `totals`), present value and payback (as in
/// `later`) of one side of a comparison.
fn side(sim: &Simulation) -> String {
    let models: Vec<String> = Model::ALL
        .into_iter()
        .map(|m| {
            let run = sim.model(m);
            format!(
                "\"{}\":{{\"contribution\":{:?},\"npv\":{:?},\"payback\":\"{}\",\"year\":{}}}",
                m.id(),
                run.total().get(Metric::Contribution),
                run.npv(),
                run.payback().state(),
                json_opt(run.payback().value()),
            )
        })
        .collect();
    format!("{{{}}}", models.join(","))
}

fn json_opt(value: Option<impl std::fmt::Display>) -> String {
    value.map_or_else(|| "null".to_owned(), |v| v.to_string())
}

/// What the comparison table must show for B compared with A, as one JSON object.
fn expected_pair(a: &Scenario, b: &Scenario, query: &str) -> String {
    let (sim_a, sim_b) = (simulate(&a.inputs), simulate(&b.inputs));
    let deltas: Vec<String> = versus(&sim_a, &sim_b)
        .iter()
        .map(|d| {
            format!(
                "\"{}\":{{\"contribution\":{:?},\"npv\":{:?},\"payback\":{}}}",
                d.model.id(),
                d.contribution,
                d.npv,
                json_opt(d.payback),
            )
        })
        .collect();
    format!(
        "{{\"query\":{},\"a\":{},\"b\":{},\"versus\":{{{}}}}}",
        json_str(query),
        side(&sim_a),
        side(&sim_b),
        deltas.join(",")
    )
}

#[test]
fn two_hundred_random_scenarios_round_trip_and_export_their_expected_page() {
    let config = Config::default();
    let rng = TestRng::deterministic_rng(RngAlgorithm::ChaCha);
    let mut runner = TestRunner::new_with_rng(config, rng);
    let strategy = scenario();
    let mut lines = Vec::with_capacity(SCENARIOS);
    let mut recommended = 0;
    for _ in 0..SCENARIOS {
        let s = strategy
            .new_tree(&mut runner)
            .expect("strategy draws")
            .current();
        let query = encode(&s);
        let decoded = decode(&query);
        assert_eq!(decoded.scenario, s, "{query}");
        assert!(decoded.notices.is_empty(), "{query}: {:?}", decoded.notices);
        recommended += usize::from(assess(&s.answers).is_some());
        lines.push(expected(&s, &query));
    }
    // Both page states (with and without a recommendation) must be exercised.
    assert!(recommended > 20 && recommended < SCENARIOS, "{recommended}");
    if let Ok(path) = std::env::var("PF_CONTRACT_OUT") {
        let json = format!("[\n{}\n]\n", lines.join(",\n"));
        std::fs::write(&path, json).expect("write the contract scenarios");
    }

    // Drawn after the scenarios, so those stay the ones drawn before comparisons existed.
    let pair_strategy = (scenario(), scenario(), any::<u64>());
    let mut pairs = Vec::with_capacity(PAIRS);
    let mut payback_deltas = 0;
    for _ in 0..PAIRS {
        let (b, other, word) = pair_strategy
            .new_tree(&mut runner)
            .expect("strategy draws")
            .current();
        let a = if word & 1 == 0 {
            other
        } else {
            variation(&b, &other, word >> 1)
        };
        payback_deltas += versus(&simulate(&a.inputs), &simulate(&b.inputs))
            .iter()
            .filter(|d| d.payback.is_some())
            .count();
        let query = encode_pair(&b, Some(&a));
        let decoded = decode(&query);
        assert_eq!((decoded.scenario, decoded.compare), (b, Some(a)), "{query}");
        assert!(decoded.notices.is_empty(), "{query}: {:?}", decoded.notices);
        pairs.push(expected_pair(&a, &b, &query));
    }
    // The payback delta must be exercised as a number, not only as `null`.
    assert!(payback_deltas > 0, "{payback_deltas}");
    if let Ok(path) = std::env::var("PF_CONTRACT_PAIRS_OUT") {
        let json = format!("[\n{}\n]\n", pairs.join(",\n"));
        std::fs::write(&path, json).expect("write the contract pairs");
    }
}
