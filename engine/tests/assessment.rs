//! Properties of the whole assessment over sampled answer sets, checked against oracles
//! written straight from the rules' wording.

use partner_fit_engine::assessment::changes::Edit;
use partner_fit_engine::assessment::rules::Flag;
use partner_fit_engine::assessment::scoring::Source;
use partner_fit_engine::assessment::{
    assess, Answers, Integration, JointValue, Motion, Own, PartnerSupport, Question, Reach, Role,
    Segment, Segments, Stage, YesNo,
};
use partner_fit_engine::Model;
use proptest::prelude::*;
use proptest::sample::select;

fn answer<T: Copy + std::fmt::Debug + 'static>(
    all: &'static [T],
) -> impl Strategy<Value = Option<T>> {
    proptest::option::of(select(all))
}

fn any_answers() -> impl Strategy<Value = Answers> {
    (
        (
            answer(Role::ALL),
            answer(Own::ALL),
            answer(Integration::ALL),
            answer(JointValue::ALL),
            answer(Motion::ALL),
            answer(Reach::ALL),
            answer(Stage::ALL),
        ),
        (
            answer(PartnerSupport::ALL),
            answer(YesNo::ALL),
            answer(YesNo::ALL),
            answer(YesNo::ALL),
            answer(YesNo::ALL),
            proptest::collection::vec(select(Segment::ALL), 0..4),
            answer(YesNo::ALL),
        ),
    )
        .prop_map(
            |(
                (role, own, int, jvp, motion, reach, stage),
                (psup, dreg, direct, mkt, api, seg, others),
            )| {
                Answers {
                    role,
                    own,
                    int,
                    jvp,
                    motion,
                    reach,
                    stage,
                    psup,
                    dreg,
                    direct,
                    mkt,
                    api,
                    seg: seg.into_iter().collect::<Segments>(),
                    others,
                }
            },
        )
}

/// The target (the guide's flow), as the issue words it.
fn expected_model(a: &Answers) -> Option<Model> {
    let (role, own) = (a.role?, a.own?);
    Some(if role == Role::Intro {
        Model::Referral
    } else if own != Own::Handover {
        Model::CoSell
    } else if a.motion == Some(Motion::Proven) && matches!(a.reach, Some(Reach::Some | Reach::Core))
    {
        Model::Reseller
    } else {
        Model::CoSell
    })
}

/// Whether a flag's condition holds, as the method v2 words it; unanswered never
/// holds.
fn expected_flag(flag: Flag, a: &Answers, target: Model) -> bool {
    let handover = a.own == Some(Own::Handover);
    let beyond_intro = matches!(a.role, Some(Role::Deals | Role::Resells));
    match flag {
        Flag::ResellBeforeProven => {
            handover && beyond_intro && matches!(a.motion, Some(Motion::No | Motion::Partial))
        }
        Flag::SigningAwayCustomer => {
            handover && beyond_intro && matches!(a.stage, Some(Stage::Seed | Stage::A | Stage::B))
        }
        Flag::NoIntegration => {
            target != Model::Referral
                && matches!(a.int, Some(Integration::None | Integration::Built))
        }
        Flag::NoCreditRules => {
            a.dreg == Some(YesNo::No)
                && (a.direct == Some(YesNo::Yes) || a.seg.len() > 1 || a.others == Some(YesNo::Yes))
        }
        Flag::NoJointValueProp => beyond_intro && a.jvp == Some(JointValue::No),
    }
}

/// The model to run now, as the issue words it: the highest model at most the target whose
/// rung is earned.
fn expected_now(a: &Answers) -> Option<Model> {
    let target = expected_model(a)?;
    Model::ALL
        .into_iter()
        .filter(|&m| m <= target && m <= expected_rung(a))
        .max()
}

/// The ladder rung, as the issue words it.
fn expected_rung(a: &Answers) -> Model {
    let cosell = a.int == Some(Integration::Live)
        && matches!(a.jvp, Some(JointValue::Rough | JointValue::Written))
        && matches!(a.role, Some(Role::Deals | Role::Resells));
    let reseller = cosell
        && a.motion == Some(Motion::Proven)
        && matches!(a.psup, Some(PartnerSupport::Some | PartnerSupport::Full))
        && a.dreg == Some(YesNo::Yes);
    if reseller {
        Model::Reseller
    } else if cosell {
        Model::CoSell
    } else {
        Model::Referral
    }
}

/// Every single-answer change, built independently of the engine's own list.
fn every_edit(a: &Answers) -> Vec<Edit> {
    let mut edits = Vec::new();
    for q in Question::ALL {
        if q == Question::Seg {
            for &segment in Segment::ALL {
                edits.push(Edit::Segment {
                    segment,
                    chosen: !a.seg.contains(segment),
                });
            }
        } else {
            for choice in q.choices() {
                if a.answer_id(q) != Some(choice.id) {
                    edits.push(Edit::Answer {
                        question: q,
                        id: choice.id,
                    });
                }
            }
        }
    }
    edits
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn the_assessment_keeps_its_promises(a in any_answers()) {
        let Some(result) = assess(&a) else {
            prop_assert!(a.role.is_none() || a.own.is_none());
            return Ok(());
        };
        let target = result.target();
        prop_assert_eq!(Some(target), expected_model(&a));
        prop_assert_eq!(Some(result.model()), expected_now(&a));
        prop_assert!(result.now <= target);
        prop_assert_eq!(result.ranking()[0], target);

        for score in &result.scores {
            let sum: u32 = score.contributions.iter().map(|c| u32::from(c.points)).sum();
            prop_assert_eq!(sum, u32::from(score.score));
            prop_assert!(score.score <= 100);
            prop_assert!(score.score <= result.score(target).score);
            let flow = score.contributions.iter().filter(|c| c.source == Source::Flow).count();
            prop_assert_eq!(flow, usize::from(score.model == target));
            let missing = score.contributions.iter().filter(|c| matches!(c.source, Source::Missing(_))).count();
            prop_assert_eq!(missing == 0, score.model <= expected_rung(&a));
        }

        for flag in Flag::ALL {
            prop_assert_eq!(result.flags.contains(&flag), expected_flag(flag, &a, target), "{}", flag.id());
            prop_assert!(!(result.flags.contains(&flag) && result.flags_awaiting.iter().any(|w| w.item == flag)));
        }

        prop_assert_eq!(result.ladder.rung, expected_rung(&a));

        let rung = expected_rung(&a);
        for layer in &result.layers {
            let expected = match layer.segment {
                Segment::Small => Model::Referral,
                Segment::Strategic => rung.min(Model::CoSell),
                Segment::Remote if a.own != Some(Own::Must) => rung,
                Segment::Remote => rung.min(Model::CoSell),
            };
            prop_assert_eq!(layer.model, expected);
            prop_assert!(layer.model <= rung);
        }
        let others_conflict = result.conflicts.contains(&partner_fit_engine::guide::Conflict::PartnerVsPartner);
        prop_assert_eq!(others_conflict, a.others == Some(YesNo::Yes));
        prop_assert_eq!(result.layers.len(), a.seg.len());

        let mut expected = Vec::new();
        for edit in every_edit(&a) {
            let b = edit.apply(&a);
            prop_assert_ne!(b, a);
            let now = expected_now(&b).filter(|&m| m != result.now);
            let moved = expected_model(&b).filter(|&m| m != target);
            if now.is_some() || moved.is_some() {
                expected.push((edit, now, moved));
            }
        }
        let mut listed: Vec<_> = result.changes.iter().map(|c| (c.edit, c.now, c.target)).collect();
        listed.sort();
        expected.sort();
        prop_assert_eq!(listed, expected);
        for change in &result.changes {
            prop_assert!(change.sentence.starts_with("With "));
            prop_assert!(change.sentence.ends_with('.'));
        }
    }
}

#[test]
fn a_complete_answer_set_gives_every_section() {
    let a = Answers {
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
        seg: [Segment::Small, Segment::Remote].into_iter().collect(),
        others: Some(YesNo::No),
    };
    let r = assess(&a).expect("role and own answered");
    assert_eq!(r.model(), Model::Referral);
    assert_eq!(r.target(), Model::CoSell);
    let ids: Vec<_> = r.flags.iter().map(|f| f.id()).collect();
    assert_eq!(
        ids,
        [
            "resell-before-proven",
            "signing-away-customer",
            "no-integration",
            "no-credit-rules"
        ]
    );
    assert!(r.flags_awaiting.is_empty());
    assert!(r.unanswered.is_empty());
    assert_eq!(r.ladder.rung, Model::Referral);
    assert_eq!(r.assets.len(), 3);
    // Direct team against partner only: no other partners, and the plan runs referral.
    assert_eq!(r.conflicts.len(), 1);
    assert_eq!(
        r.changes.first().map(|c| c.sentence.as_str()),
        Some("With a live, adopted integration, you would run co-sell now instead of referral.")
    );
}

/// Every answer set over the questions now and the target depend on (each unanswered or any
/// answer; `role` and `own` answered), the rest left unanswered: the sampled property test
/// above covers them.
fn rule_space() -> Vec<Answers> {
    fn opts<T: Copy>(all: &[T]) -> Vec<Option<T>> {
        std::iter::once(None)
            .chain(all.iter().copied().map(Some))
            .collect()
    }
    let mut space = Vec::new();
    for &role in Role::ALL {
        for &own in Own::ALL {
            for int in opts(Integration::ALL) {
                for jvp in opts(JointValue::ALL) {
                    for motion in opts(Motion::ALL) {
                        for reach in opts(Reach::ALL) {
                            for psup in opts(PartnerSupport::ALL) {
                                for dreg in opts(YesNo::ALL) {
                                    space.push(Answers {
                                        role: Some(role),
                                        own: Some(own),
                                        int,
                                        jvp,
                                        motion,
                                        reach,
                                        psup,
                                        dreg,
                                        ..Answers::default()
                                    });
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    space
}

#[test]
fn the_whole_rule_space_keeps_the_v2_invariants() {
    let space = rule_space();
    assert_eq!(space.len(), 9 * 4usize.pow(5) * 3);
    for a in &space {
        let r = assess(a).expect("role and own answered");
        // Now is at most the target and its rung is earned.
        assert!(r.now <= r.target(), "{a:?}");
        assert!(r.now <= r.ladder.rung, "{a:?}");
        assert_eq!(Some(r.now), expected_now(a), "{a:?}");
        // Scores: within 0..=100, the sum of their lines, the target on top.
        for s in &r.scores {
            let sum: u32 = s.contributions.iter().map(|c| u32::from(c.points)).sum();
            assert_eq!(sum, u32::from(s.score));
            assert!(s.score <= 100 && s.score <= r.score(r.target()).score);
        }
        assert_eq!(r.ranking()[0], r.target());
        // The ladder shows its next rung only up to the target.
        if let Some(next) = &r.ladder.next {
            assert!(next.rung <= r.target() && next.rung > r.now, "{a:?}");
        }
        if let Some(off) = r.ladder.off {
            assert!(off.rung > r.target(), "{a:?}");
        }
        // The smallest set makes now the target with one answer per missing prerequisite
        // of the target (each on its own question, so no smaller set can).
        let missing = r
            .score(r.target())
            .contributions
            .iter()
            .filter(|c| matches!(c.source, Source::Missing(_)))
            .count();
        assert_eq!(missing == 0, r.now == r.target(), "{a:?}");
        match &r.smallest {
            Some(edits) => {
                let b = edits.iter().fold(*a, |b, e| e.apply(&b));
                let after = assess(&b).expect("still answered");
                assert_eq!(
                    (after.now, after.target()),
                    (r.target(), r.target()),
                    "{a:?}"
                );
                assert_eq!(edits.len(), missing, "{a:?}");
            }
            None => assert!(missing == 0 || missing > 3, "{a:?}"),
        }
    }
}
