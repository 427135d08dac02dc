//! What would change the answer: single-answer changes that move the model to run now or
//! the target, and the smallest set of answers that makes now equal the target.
//!
//! Nothing here is written by hand. Every alternative answer to every question (answering
//! an unanswered one, switching an answer, adding or removing a segment) is run through
//! the same rule functions as the visitor's own answers, and the ones that change the
//! outcome are kept. The sentence for each is assembled from the answer's phrase
//! ([`Question::phrases`]) and the model names.

use super::rules::{now, recommended_model, requirements};
use crate::answers::{Answers, Question, Segment};
use crate::guide::Model;

/// One single-answer change to a set of answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Edit {
    /// Answer a single-choice question with the answer of this id.
    Answer {
        question: Question,
        id: &'static str,
    },
    /// Add a segment to, or remove it from, the chosen segments.
    Segment { segment: Segment, chosen: bool },
}

impl Edit {
    /// The question the change is about.
    pub const fn question(self) -> Question {
        match self {
            Edit::Answer { question, .. } => question,
            Edit::Segment { .. } => Question::Seg,
        }
    }

    /// The answers with this change made. An id that is not one of the question's answers
    /// changes nothing, like [`Answers::set_answer_id`].
    pub fn apply(self, answers: &Answers) -> Answers {
        let mut changed = *answers;
        match self {
            Edit::Answer { question, id } => {
                changed.set_answer_id(question, Some(id));
            }
            Edit::Segment { segment, chosen } => changed.seg = answers.seg.with(segment, chosen),
        }
        changed
    }
}

/// A change that would alter the outcome, and what it would alter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub edit: Edit,
    /// The model to run now instead, when it differs.
    pub now: Option<Model>,
    /// The target instead, when it differs.
    pub target: Option<Model>,
    /// The change in one sentence, e.g. "With a live, adopted integration, you would run
    /// co-sell now instead of referral."
    pub sentence: String,
}

/// The questions from the most to the least actionable change. The integration, the joint
/// value proposition, the sales motion and deal registration are work a team can do; the
/// rest follow in asking order. Alternatives are generated in this order, so the changes
/// need no sorting (a stable sort would add several KB to the browser build).
const BY_ACTION: [Question; 14] = [
    Question::Int,
    Question::Jvp,
    Question::Motion,
    Question::Dreg,
    Question::Role,
    Question::Own,
    Question::Reach,
    Question::Stage,
    Question::Psup,
    Question::Direct,
    Question::Mkt,
    Question::Api,
    Question::Seg,
    Question::Others,
];

/// Now and the target for a set of answers, `None` until `role` and `own` are answered.
fn outcome(a: &Answers) -> Option<(Model, Model)> {
    let target = recommended_model(a)?;
    Some((now(a, target), target))
}

/// Every single-answer change that would change the model to run now or the target, most
/// actionable first; empty until `role` and `own` are answered.
pub fn changes(answers: &Answers) -> Vec<Change> {
    let Some(before) = outcome(answers) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    // Runs one alternative, described by `phrase` (in two parts), through the rules.
    let mut consider = |edit: Edit, phrase: [&str; 2]| {
        let Some(after) = outcome(&edit.apply(answers)) else {
            return;
        };
        let now = Some(after.0).filter(|&m| m != before.0);
        let target = Some(after.1).filter(|&m| m != before.1);
        if now.is_some() || target.is_some() {
            let sentence = sentence(phrase, before, now, target);
            found.push(Change {
                edit,
                now,
                target,
                sentence,
            });
        }
    };
    for question in BY_ACTION {
        if question == Question::Seg {
            for &segment in Segment::ALL {
                let chosen = !answers.seg.contains(segment);
                let scope = if chosen { " in scope" } else { " out of scope" };
                consider(Edit::Segment { segment, chosen }, [segment.noun(), scope]);
            }
            continue;
        }
        let current = answers.answer_id(question);
        for (choice, phrase) in question.choice_table().iter().zip(question.phrases()) {
            if current != Some(choice.id) {
                let id = choice.id;
                consider(Edit::Answer { question, id }, [phrase, ""]);
            }
        }
    }
    found
}

/// "With {phrase}, you would run {now} now instead of {before}, and this partner could
/// take you to {target} instead of {before}.", without the part about whichever of `now`
/// and `target` is `None`. Built with `push_str`: each `format!` variant cost the browser
/// build more than this.
fn sentence(
    phrase: [&str; 2],
    before: (Model, Model),
    now: Option<Model>,
    target: Option<Model>,
) -> String {
    let mut out = String::with_capacity(128);
    out.push_str("With ");
    out.push_str(phrase[0]);
    out.push_str(phrase[1]);
    out.push_str(", ");
    if let Some(m) = now {
        out.push_str("you would run ");
        out.push_str(m.in_sentence());
        out.push_str(" now instead of ");
        out.push_str(before.0.in_sentence());
        if target.is_some() {
            out.push_str(", and ");
        }
    }
    if let Some(t) = target {
        out.push_str("this partner could take you to ");
        out.push_str(t.in_sentence());
        out.push_str(" instead of ");
        out.push_str(before.1.in_sentence());
    }
    out.push('.');
    out
}

/// The fewest answers that make now equal the target, the target unchanged; `None` when
/// they already agree, before `role` and `own`, or when more than three would be needed.
///
/// Now reaches the target exactly when every requirement of the target's rung holds. Each
/// requirement tests one question, so at least one answer per unmet requirement must
/// change: one edit each (the first answer in the question's order that meets it) is
/// therefore minimal. The target's rung never needs a flow question changed (the flow
/// already holds what the rung asks of `role` and `motion`), so the target stays put.
pub fn smallest(answers: &Answers) -> Option<Vec<Edit>> {
    let (now_before, target) = outcome(answers)?;
    if now_before == target {
        return None;
    }
    let mut edits = Vec::new();
    for &condition in requirements(target) {
        if condition.check(answers) == Some(true) {
            continue;
        }
        let question = condition.question();
        let id = question.choice_table().iter().map(|c| c.id).find(|&id| {
            let edit = Edit::Answer { question, id };
            condition.check(&edit.apply(answers)) == Some(true)
        })?;
        edits.push(Edit::Answer { question, id });
    }
    (edits.len() <= 3).then_some(edits)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::{
        answers, Integration, JointValue, Motion, Own, PartnerSupport, Reach, Role, YesNo,
    };

    #[track_caller]
    fn sentences(spec: &str) -> Vec<String> {
        changes(&answers(spec))
            .into_iter()
            .map(|c| c.sentence)
            .collect()
    }

    #[test]
    fn a_live_integration_earns_co_sell() {
        let s = sentences("role=deals own=must int=built jvp=rough");
        assert_eq!(
            s[0],
            "With a live, adopted integration, you would run co-sell now instead of referral."
        );
    }

    #[test]
    fn the_most_actionable_changes_come_first() {
        let c = changes(&answers(
            "role=deals own=handover int=built jvp=no motion=partial reach=core",
        ));
        let order: Vec<Question> = c.iter().map(|c| c.edit.question()).collect();
        let rank = |q: &Question| BY_ACTION.iter().position(|b| b == q);
        assert!(order.windows(2).all(|w| rank(&w[0]) <= rank(&w[1])));
        assert_eq!(order.first(), Some(&Question::Motion));
        assert!(c.iter().any(|c| c.sentence
            == "With a proven sales motion, this partner could take you to reseller instead of co-sell."));
        assert_eq!(order.last(), Some(&Question::Role));
    }

    #[test]
    fn the_actionable_questions_lead_and_the_rest_keep_asking_order() {
        let actionable = [
            Question::Int,
            Question::Jvp,
            Question::Motion,
            Question::Dreg,
        ];
        let rest: Vec<Question> = Question::ALL
            .into_iter()
            .filter(|q| !actionable.contains(q))
            .collect();
        assert_eq!(BY_ACTION[..4], actionable);
        assert_eq!(BY_ACTION[4..], rest[..]);
    }

    #[test]
    fn a_change_can_move_both_now_and_the_target() {
        let c = changes(&answers("role=intro own=must int=live jvp=written"));
        let role: Vec<_> = c
            .iter()
            .filter(|c| c.edit.question() == Question::Role)
            .map(|c| c.sentence.as_str())
            .collect();
        assert_eq!(
            role,
            [
                "With a partner whose sellers are in live deals where you fit, you would run co-sell now instead of referral, and this partner could take you to co-sell instead of referral.",
                "With a partner that already sells software to these customers, you would run co-sell now instead of referral, and this partner could take you to co-sell instead of referral.",
            ]
        );
    }

    #[test]
    fn nothing_changes_before_role_and_own() {
        assert!(changes(&answers("role=deals int=built")).is_empty());
    }

    /// Every option of a single-choice answer, unanswered included.
    fn options<T: Copy>(all: &[T]) -> Vec<Option<T>> {
        std::iter::once(None)
            .chain(all.iter().copied().map(Some))
            .collect()
    }

    /// Every answer set over the questions the model and the rung depend on. The other
    /// questions cannot change either (the integration test samples them).
    fn rule_space() -> Vec<Answers> {
        let mut all = vec![Answers::default()];
        let mut widen = |set: &dyn Fn(&mut Answers, usize) -> bool, n: usize| {
            all = all
                .iter()
                .flat_map(|a| {
                    (0..n).filter_map(move |i| {
                        let mut b = *a;
                        set(&mut b, i).then_some(b)
                    })
                })
                .collect();
        };
        widen(
            &|a, i| {
                a.role = Role::ALL.get(i).copied();
                a.role.is_some()
            },
            3,
        );
        widen(
            &|a, i| {
                a.own = Own::ALL.get(i).copied();
                a.own.is_some()
            },
            3,
        );
        widen(
            &|a, i| {
                a.int = options(Integration::ALL)[i];
                true
            },
            4,
        );
        widen(
            &|a, i| {
                a.jvp = options(JointValue::ALL)[i];
                true
            },
            4,
        );
        widen(
            &|a, i| {
                a.motion = options(Motion::ALL)[i];
                true
            },
            4,
        );
        widen(
            &|a, i| {
                a.reach = options(Reach::ALL)[i];
                true
            },
            4,
        );
        widen(
            &|a, i| {
                a.psup = options(PartnerSupport::ALL)[i];
                true
            },
            4,
        );
        widen(
            &|a, i| {
                a.dreg = options(YesNo::ALL)[i];
                true
            },
            3,
        );
        all
    }

    #[test]
    fn every_change_listed_is_real_and_none_is_missing() {
        let space = rule_space();
        assert_eq!(space.len(), 9 * 4 * 4 * 4 * 4 * 4 * 3);
        for a in &space {
            let before = outcome(a).expect("role and own answered");
            let listed = changes(a);
            let mut expected = Vec::new();
            for q in Question::ALL {
                let edits: Vec<Edit> = if q == Question::Seg {
                    Segment::ALL
                        .iter()
                        .copied()
                        .map(|segment| Edit::Segment {
                            segment,
                            chosen: !a.seg.contains(segment),
                        })
                        .collect()
                } else {
                    q.choices()
                        .into_iter()
                        .filter(|c| a.answer_id(q) != Some(c.id))
                        .map(|c| Edit::Answer {
                            question: q,
                            id: c.id,
                        })
                        .collect()
                };
                for edit in edits {
                    let b = edit.apply(a);
                    assert_ne!(&b, a);
                    let after = outcome(&b).expect("still answered");
                    if after != before {
                        expected.push((
                            edit,
                            (after.0 != before.0).then_some(after.0),
                            (after.1 != before.1).then_some(after.1),
                        ));
                    }
                }
            }
            let mut got: Vec<_> = listed.iter().map(|c| (c.edit, c.now, c.target)).collect();
            got.sort();
            expected.sort();
            assert_eq!(got, expected, "{a:?}");
        }
    }

    #[test]
    fn the_smallest_set_makes_now_the_target_and_is_minimal() {
        for a in &rule_space() {
            let (now_a, target) = outcome(a).expect("role and own answered");
            // Every requirement of the target's rung tests its own question, so no set
            // smaller than the unmet requirements can work.
            let unmet = requirements(target)
                .iter()
                .filter(|c| c.check(a) != Some(true))
                .count();
            match smallest(a) {
                None => assert!(now_a == target || unmet > 3, "{a:?}"),
                Some(edits) => {
                    assert_ne!(now_a, target);
                    assert_eq!(edits.len(), unmet, "{a:?}");
                    let b = edits.iter().fold(*a, |b, e| e.apply(&b));
                    assert_eq!(outcome(&b), Some((target, target)), "{a:?}");
                }
            }
        }
    }

    #[test]
    fn a_must_own_company_is_never_told_reseller_would_be_earned() {
        for c in changes(&answers(
            "role=deals own=must int=live jvp=rough motion=partial",
        )) {
            assert!(!c.sentence.contains("reseller"), "{}", c.sentence);
        }
        let edits = smallest(&answers("role=deals own=must int=built jvp=no"));
        assert_eq!(
            edits,
            Some(vec![
                Edit::Answer {
                    question: Question::Int,
                    id: "live"
                },
                Edit::Answer {
                    question: Question::Jvp,
                    id: "rough"
                },
            ])
        );
    }
}
