//! How long one full assessment takes, "what would change the answer" included.

use criterion::{criterion_group, criterion_main, Criterion};
use partner_fit_engine::assessment::{
    assess, Answers, Integration, JointValue, Motion, Own, PartnerSupport, Reach, Role, Segment,
    Stage, YesNo,
};
use std::hint::black_box;

fn complete() -> Answers {
    Answers {
        role: Some(Role::Deals),
        own: Some(Own::Handover),
        int: Some(Integration::Built),
        jvp: Some(JointValue::Rough),
        motion: Some(Motion::Partial),
        reach: Some(Reach::Core),
        stage: Some(Stage::A),
        psup: Some(PartnerSupport::Some),
        dreg: Some(YesNo::No),
        direct: Some(YesNo::Yes),
        mkt: Some(YesNo::No),
        api: Some(YesNo::Yes),
        seg: [Segment::Small, Segment::Strategic, Segment::Remote]
            .into_iter()
            .collect(),
        others: Some(YesNo::Yes),
    }
}

fn full_assessment(c: &mut Criterion) {
    let answers = complete();
    c.bench_function("assess complete answers", |b| {
        b.iter(|| assess(black_box(&answers)))
    });
}

criterion_group!(benches, full_assessment);
criterion_main!(benches);
