//! Decoding and encoding a full scenario, every key set away from its default: the work the
//! page does on load and on every committed change (goal: under 2 µs each).

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use partner_fit_engine::assessment::{Question, Segment};
use partner_fit_engine::economics::{Currency, Param};
use partner_fit_engine::scenario::{decode, encode, Scenario};

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
    assert_eq!(link.matches('&').count(), 13 + 1 + Param::COUNT);
    assert_eq!(decode(&link).scenario, scenario);
    c.bench_function("scenario/encode_full", |b| {
        b.iter(|| encode(black_box(&scenario)))
    });
    c.bench_function("scenario/decode_full", |b| {
        b.iter(|| decode(black_box(&link)))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
