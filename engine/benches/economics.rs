//! The margin simulator's cost per scenario: a full 10-year run of all three models and both
//! break-evens, the work the page redoes on every committed slider change, and what follows
//! every slider move with it: the flip point of every input, the sensitivity chart and the
//! story beside the advice (goal for the three together: under 200 µs).

use criterion::{criterion_group, criterion_main, Criterion};
use partner_fit_engine::assessment::{assess, Answers, Own, Role, Stage};
use partner_fit_engine::economics::{flips, simulate, tornado, Inputs, Param};
use partner_fit_engine::story::Story;
use partner_fit_engine::Model;
use std::hint::black_box;

fn ten_years(c: &mut Criterion) {
    let inputs = Inputs::default().with_raw(Param::Yrs, 10);
    c.bench_function(
        "economics: simulate 10 years, 3 models, 2 break-evens",
        |b| b.iter(|| simulate(black_box(&inputs))),
    );
}

/// Ten years, so every compounding input runs its longest sum.
fn what_you_would_have_to_believe(c: &mut Criterion) {
    let inputs = Inputs::default().with_raw(Param::Yrs, 10);
    c.bench_function("economics: flip points of every input, 10 years", |b| {
        b.iter(|| flips(black_box(&inputs)))
    });
    c.bench_function("economics: tornado of every input, 10 years", |b| {
        b.iter(|| tornado(black_box(&inputs), Model::Referral))
    });
}

/// The seed startup whose partner only introduces: co-sell out-earns the advice, so the story
/// searches every input for its nearest tie.
fn story(c: &mut Criterion) {
    let answers = Answers {
        role: Some(Role::Intro),
        own: Some(Own::Must),
        stage: Some(Stage::Seed),
        ..Answers::default()
    };
    let assessment = assess(&answers);
    let inputs = Inputs::default().with_raw(Param::Yrs, 10);
    let simulation = simulate(&inputs);
    c.bench_function("story: the figures beside the advice, 10 years", |b| {
        b.iter(|| {
            Story::new(
                black_box(&answers),
                assessment.as_ref(),
                black_box(&inputs),
                &simulation,
            )
        })
    });
    c.bench_function("flips, tornado and story together, 10 years", |b| {
        b.iter(|| {
            let story = Story::new(
                &answers,
                assessment.as_ref(),
                black_box(&inputs),
                &simulation,
            );
            (flips(&inputs), tornado(&inputs, story.focus()), story)
        })
    });
}

criterion_group!(benches, ten_years, what_you_would_have_to_believe, story);
criterion_main!(benches);
