//! The margin simulator's cost per scenario: a full 10-year run of all three models and both
//! break-evens, the work the page redoes on every committed slider change.

use criterion::{criterion_group, criterion_main, Criterion};
use partner_fit_engine::economics::{simulate, Inputs, Param};
use std::hint::black_box;

fn ten_years(c: &mut Criterion) {
    let inputs = Inputs::default().with_raw(Param::Yrs, 10);
    c.bench_function(
        "economics: simulate 10 years, 3 models, 2 break-evens",
        |b| b.iter(|| simulate(black_box(&inputs))),
    );
}

criterion_group!(benches, ten_years);
criterion_main!(benches);
