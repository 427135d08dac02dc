//! Decoding and encoding a full scenario, every key set away from its default: the work the
//! page does on load and on every committed change (goal: under 2 µs each), and the same for
//! a comparison of two full scenarios.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use partner_fit_engine::assessment::{Question, Segment};
use partner_fit_engine::economics::{Currency, Param};
use partner_fit_engine::scenario::{decode, encode, encode_pair, Scenario};

/// Every question answered, all segments, a non-default currency and every input moved
/// halfway to its maximum, so every key is written.
fn full_scenario() -> Scenario {
    let mut s = Scenario::default();
    for q in Question::ALL.into_iter().filter(|q| *q != Question::Seg) {
        let last = q.choices().last().map(|c| c.id);
        s.answers.set_answer_id(q, last);
    }
    s.answers.seg = Segment::ALL.iter().copied().collect();
    s.currency = Currency::parse("EUR").unwrap_or_default();
    for p in Param::ALL {
        let spec = p.spec();
        s.inputs
            .set_raw(p, spec.default + (spec.max - spec.default) / 2 + 1);
    }
    s
}

fn bench(c: &mut Criterion) {
    let scenario = full_scenario();
    let link = encode(&scenario);
    assert_eq!(
        link.matches('&').count(),
        Question::ALL.len() + 1 + Param::COUNT
    );
    assert_eq!(decode(&link).scenario, scenario);
    c.bench_function("scenario/encode_full", |b| {
        b.iter(|| encode(black_box(&scenario)))
    });
    c.bench_function("scenario/decode_full", |b| {
        b.iter(|| decode(black_box(&link)))
    });

    // A, pinned before every input was moved, differs from B in every key but the answers.
    let mut pinned = scenario;
    for p in Param::ALL {
        pinned.inputs.set_raw(p, p.spec().max);
    }
    let pair = encode_pair(&scenario, Some(&pinned));
    let decoded = decode(&pair);
    assert_eq!(
        (decoded.scenario, decoded.compare),
        (scenario, Some(pinned))
    );
    c.bench_function("scenario/encode_pair_full", |b| {
        b.iter(|| encode_pair(black_box(&scenario), Some(black_box(&pinned))))
    });
    c.bench_function("scenario/decode_pair_full", |b| {
        b.iter(|| decode(black_box(&pair)))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
