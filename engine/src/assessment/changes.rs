//! What would change the answer: single-answer changes that move the recommendation or
//! earn a higher rung of the ladder.
//!
//! Nothing here is written by hand. Every alternative answer to every question (answering
//! an unanswered one, switching an answer, adding or removing a segment) is run through
//! the same rule functions as the visitor's own answers, and the ones that change the
//! outcome are kept. The sentence for each is assembled from the answer's phrase
//! ([`Question::phrases`]) and the model names.

use super::rules::{recommended_model, rung};
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
    /// The model that would be recommended instead, when it differs.
    pub model: Option<Model>,
    /// The higher rung that would be earned, when there is one.
    pub rung: Option<Model>,
    /// The change in one sentence, e.g. "With a live, adopted integration, co-sell would
    /// be earned now."
    pub sentence: String,
}

/// The questions from the most to the least actionable change. The integration, the joint
/// value proposition, the sales motion and deal registration are work a team can do; the
/// rest follow in asking order. Alternatives are generated in this order, so the changes
/// need no sorting (a stable sort would add several KB to the browser build).
const BY_ACTION: [Question; 13] = [
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
];

/// Every single-answer change that would change the recommended model or earn a higher
/// rung, most actionable first; empty until `role` and `own` are answered.
pub fn changes(answers: &Answers) -> Vec<Change> {
    let Some(model_now) = recommended_model(answers) else {
        return Vec::new();
    };
    let rung_now = rung(answers);
    let mut found = Vec::new();
    // Runs one alternative, described by `phrase` (in two parts), through the rules.
    let mut consider = |edit: Edit, phrase: [&str; 2]| {
        let changed = edit.apply(answers);
        let model = recommended_model(&changed).filter(|&m| m != model_now);
        let rung = Some(rung(&changed)).filter(|&r| r > rung_now);
        if model.is_some() || rung.is_some() {
            let sentence = sentence(phrase, model_now, model, rung);
            found.push(Change {
                edit,
                model,
                rung,
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

/// "With {phrase}, we would recommend {model} instead of {model_now}, and {rung} would be
/// earned now.", without the part about whichever of `model` and `rung` is `None`. Built
/// with `push_str`: each `format!` variant cost the browser build more than this.
fn sentence(
    phrase: [&str; 2],
    model_now: Model,
    model: Option<Model>,
    rung: Option<Model>,
) -> String {
    let mut out = String::with_capacity(128);
    out.push_str("With ");
    out.push_str(phrase[0]);
    out.push_str(phrase[1]);
    out.push_str(", ");
    if let Some(m) = model {
        out.push_str("we would recommend ");
        out.push_str(m.in_sentence());
        out.push_str(" instead of ");
        out.push_str(model_now.in_sentence());
        if rung.is_some() {
            out.push_str(", and ");
        }
    }
    if let Some(r) = rung {
        out.push_str(r.in_sentence());
        out.push_str(" would be earned now");
    }
    out.push('.');
    out
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
            "With a live, adopted integration, co-sell would be earned now."
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
            == "With a proven sales motion, we would recommend reseller instead of co-sell."));
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
    fn a_change_can_move_both_the_model_and_the_rung() {
        let c = changes(&answers("role=intro own=must int=live jvp=written"));
        let role: Vec<_> = c
            .iter()
            .filter(|c| c.edit.question() == Question::Role)
            .map(|c| c.sentence.as_str())
            .collect();
        assert_eq!(
            role,
            [
                "With a partner whose sellers are in live deals where you fit, we would recommend co-sell instead of referral, and co-sell would be earned now.",
                "With a partner that already sells software to these customers, we would recommend co-sell instead of referral, and co-sell would be earned now.",
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
            let model_now = recommended_model(a).expect("role and own answered");
            let rung_now = rung(a);
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
                    let m = recommended_model(&b).expect("still answered");
                    let r = rung(&b);
                    if m != model_now || r > rung_now {
                        expected.push((
                            edit,
                            (m != model_now).then_some(m),
                            (r > rung_now).then_some(r),
                        ));
                    }
                }
            }
            let mut got: Vec<_> = listed.iter().map(|c| (c.edit, c.model, c.rung)).collect();
            got.sort();
            expected.sort();
            assert_eq!(got, expected, "{a:?}");
        }
    }
}
