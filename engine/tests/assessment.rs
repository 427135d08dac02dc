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
        ),
    )
        .prop_map(
            |((role, own, int, jvp, motion, reach, stage), (psup, dreg, direct, mkt, api, seg))| {
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
                }
            },
        )
}

/// The recommendation, as the issue words it.
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

/// Whether a flag's condition holds, as the issue words it; unanswered never holds.
fn expected_flag(flag: Flag, a: &Answers, model: Model) -> bool {
    let handover = a.own == Some(Own::Handover);
    let beyond_intro = matches!(a.role, Some(Role::Deals | Role::Resells));
    match flag {
        Flag::ResellBeforeProven => {
            handover && beyond_intro && matches!(a.motion, Some(Motion::No | Motion::Partial))
        }
        Flag::SigningAwayCustomer => {
            handover && matches!(a.stage, Some(Stage::Seed | Stage::A | Stage::B))
        }
        Flag::NoIntegration => {
            model != Model::Referral
                && matches!(a.int, Some(Integration::None | Integration::Built))
        }
        Flag::NoCreditRules => {
            a.dreg == Some(YesNo::No) && (a.direct == Some(YesNo::Yes) || a.seg.len() > 1)
        }
        Flag::NoJointValueProp => beyond_intro && a.jvp == Some(JointValue::No),
    }
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
        let model = result.model();
        prop_assert_eq!(Some(model), expected_model(&a));
        prop_assert_eq!(result.ranking()[0], model);

        for score in &result.scores {
            let sum: u32 = score.contributions.iter().map(|c| u32::from(c.points)).sum();
            prop_assert_eq!(sum, u32::from(score.score));
            prop_assert!(score.score <= 100);
            prop_assert!(score.score <= result.score(model).score);
            let flow = score.contributions.iter().filter(|c| c.source == Source::Flow).count();
            prop_assert_eq!(flow, usize::from(score.model == model));
        }

        for flag in Flag::ALL {
            prop_assert_eq!(result.flags.contains(&flag), expected_flag(flag, &a, model), "{}", flag.id());
            prop_assert!(!(result.flags.contains(&flag) && result.flags_awaiting.iter().any(|w| w.item == flag)));
        }

        prop_assert_eq!(result.ladder.rung, expected_rung(&a));

        for layer in &result.layers {
            let expected = match layer.segment {
                Segment::Small => Model::Referral,
                Segment::Strategic if a.role == Some(Role::Intro) => Model::Referral,
                Segment::Strategic => Model::CoSell,
                Segment::Remote if a.motion == Some(Motion::Proven) && a.role != Some(Role::Intro) => Model::Reseller,
                Segment::Remote => Model::Referral,
            };
            prop_assert_eq!(layer.model, expected);
        }
        prop_assert_eq!(result.layers.len(), a.seg.len());

        let mut expected = Vec::new();
        for edit in every_edit(&a) {
            let b = edit.apply(&a);
            prop_assert_ne!(b, a);
            let m = expected_model(&b);
            let r = expected_rung(&b);
            let moved = m.filter(|&m| m != model);
            let earned = Some(r).filter(|&r| r > result.ladder.rung);
            if moved.is_some() || earned.is_some() {
                expected.push((edit, moved, earned));
            }
        }
        let mut listed: Vec<_> = result.changes.iter().map(|c| (c.edit, c.model, c.rung)).collect();
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
    };
    let r = assess(&a).expect("role and own answered");
    assert_eq!(r.model(), Model::CoSell);
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
    assert_eq!(r.conflicts.len(), 3);
    assert_eq!(
        r.changes.first().map(|c| c.sentence.as_str()),
        Some("With a live, adopted integration, co-sell would be earned now.")
    );
}
