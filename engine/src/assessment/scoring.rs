//! Fit scores: how well each model suits the answers, on a 0 to 100 scale.
//!
//! A score is the sum of its listed contributions, all whole numbers, so what the UI shows
//! always adds up. There are three kinds:
//!
//! - a [`BASE`] every model starts from, so no score reads as "impossible";
//! - a [`FLOW_BONUS`] for the target, the model the decision flow leads to, because the
//!   flow is the guide's verdict and the scores must never contradict it;
//! - points from [`WEIGHTS`], one row per answer that favours a model, each with its reason;
//! - a zero-point line per missing prerequisite of the model's rung, so the breakdown says
//!   why the model to run now can sit below the target.
//!
//! Each model's rows can add up to at most [`FACTOR_CAP`] on any set of answers, and the
//! flow bonus equals that cap. So the recommended model scores at least
//! `BASE + FLOW_BONUS`, every other model at most `BASE + FACTOR_CAP`: the target is
//! always on top (a tie is possible and broken toward it), and no score passes
//! `BASE + FLOW_BONUS + FACTOR_CAP` = 100. Both facts hold by construction, not by clamping:
//! the build fails if a row added to the table could push a model past the cap.

use super::rules::{requirements, Condition};
use crate::answers::{questions_where, Answers, Question};
use crate::guide::Model;
use Model::{CoSell, Referral, Reseller};
use Question as Q;

/// Points every model starts with.
pub const BASE: u8 = 20;

/// Points for the model the decision flow recommends.
pub const FLOW_BONUS: u8 = 40;

/// The most a model can collect from [`WEIGHTS`] on any set of answers.
pub const FACTOR_CAP: u8 = 40;

/// The scoring method in plain words, for the UI's "How we calculate".
pub const METHOD: &str = "Every model starts from 20 points. The target, where the \
    guide's two-question decision flow says this partner can lead, gets 40 more, because \
    the flow is the verdict and the scores only show how strong the fit is. Then each of \
    your answers that favours a model adds a few points to it, with the reason listed \
    beside it; no model can collect more than 40 points this way. So the target scores \
    between 60 and 100, the others between 20 and 60, and when two are level the target \
    stays on top. The model to run now is the highest rung of the ladder, up to the \
    target, whose prerequisites you have; each missing prerequisite is listed under its \
    model as a line worth 0 points. Questions you have not answered add nothing, and are \
    listed as unanswered. Every score is the exact sum of the points listed under it.";

/// One row of the weight table: an answer that favours a model.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Weight {
    pub question: Question,
    /// The answer's id; for [`Question::Seg`] a segment that must be among those chosen.
    pub answer: &'static str,
    pub model: Model,
    pub points: u8,
    /// Why the answer favours the model, in one line.
    pub reason: &'static str,
}

const fn w(
    question: Question,
    answer: &'static str,
    model: Model,
    points: u8,
    reason: &'static str,
) -> Weight {
    Weight {
        question,
        answer,
        model,
        points,
        reason,
    }
}

/// The weight table. Rows for one question and model are alternatives except for
/// segments, where each chosen segment counts.
pub const WEIGHTS: &[Weight] = &[
    w(
        Q::Role,
        "intro",
        Referral,
        10,
        "A partner who only introduces hands you leads.",
    ),
    w(
        Q::Own,
        "must",
        Referral,
        8,
        "Referral leaves the customer entirely with you.",
    ),
    w(
        Q::Own,
        "prefer",
        Referral,
        6,
        "Referral leaves the customer with you.",
    ),
    w(
        Q::Motion,
        "proven",
        Referral,
        6,
        "You run the sale after the introduction, and your motion closes.",
    ),
    w(
        Q::Motion,
        "partial",
        Referral,
        3,
        "You run the sale after the introduction, and your motion partly works.",
    ),
    w(
        Q::Int,
        "live",
        Referral,
        4,
        "A live integration helps introduced leads convert.",
    ),
    w(
        Q::Int,
        "built",
        Referral,
        2,
        "A built integration gives introduced leads something to try.",
    ),
    w(
        Q::Mkt,
        "yes",
        Referral,
        4,
        "A marketplace listing can automate the introduction.",
    ),
    w(
        Q::Reach,
        "no",
        Referral,
        4,
        "You can serve every lead the partner sends.",
    ),
    w(
        Q::Seg,
        "small",
        Referral,
        4,
        "Small deals need only an introduction.",
    ),
    w(
        Q::Role,
        "deals",
        CoSell,
        10,
        "Its sellers are already in live deals where you fit.",
    ),
    w(
        Q::Role,
        "resells",
        CoSell,
        4,
        "It already sells to these customers and can bring you in.",
    ),
    w(
        Q::Own,
        "must",
        CoSell,
        6,
        "Co-sell keeps the customer with you, served jointly.",
    ),
    w(
        Q::Own,
        "prefer",
        CoSell,
        6,
        "Co-sell keeps the customer with you, served jointly.",
    ),
    w(
        Q::Int,
        "live",
        CoSell,
        8,
        "The joint pitch stands on a live, adopted integration.",
    ),
    w(
        Q::Int,
        "built",
        CoSell,
        3,
        "A built integration is a start on the joint pitch.",
    ),
    w(
        Q::Jvp,
        "written",
        CoSell,
        6,
        "A validated workflow gives the partner's seller a pitch.",
    ),
    w(
        Q::Jvp,
        "rough",
        CoSell,
        3,
        "A rough workflow gives the partner's seller a starting pitch.",
    ),
    w(
        Q::Api,
        "yes",
        CoSell,
        3,
        "Partner-ready API docs earn their team's trust.",
    ),
    w(
        Q::Mkt,
        "yes",
        CoSell,
        3,
        "A listing is the proof a seller links to.",
    ),
    w(
        Q::Seg,
        "strategic",
        CoSell,
        4,
        "Large accounts are worth two sellers in the room.",
    ),
    w(
        Q::Role,
        "resells",
        Reseller,
        10,
        "It already sells software to these customers.",
    ),
    w(
        Q::Role,
        "deals",
        Reseller,
        3,
        "Its sellers know the accounts, though they do not resell yet.",
    ),
    w(
        Q::Own,
        "handover",
        Reseller,
        6,
        "You are ready to let the partner own the customer.",
    ),
    w(
        Q::Motion,
        "proven",
        Reseller,
        6,
        "A proven motion can run without you in the room.",
    ),
    w(
        Q::Reach,
        "core",
        Reseller,
        6,
        "Reaching customers you cannot is the main reason for this partner.",
    ),
    w(
        Q::Reach,
        "some",
        Reseller,
        3,
        "The partner reaches some customers you cannot.",
    ),
    w(
        Q::Psup,
        "full",
        Reseller,
        4,
        "The partner can run first-line support and implementation.",
    ),
    w(
        Q::Psup,
        "some",
        Reseller,
        2,
        "The partner can run part of first-line support.",
    ),
    w(
        Q::Int,
        "live",
        Reseller,
        3,
        "The partner's support leans on a live integration.",
    ),
    w(
        Q::Dreg,
        "yes",
        Reseller,
        2,
        "Written credit rules protect the resale channel.",
    ),
    w(
        Q::Seg,
        "remote",
        Reseller,
        3,
        "Regions you do not cover need a seller on the ground.",
    ),
];

/// The most `model` can collect from [`WEIGHTS`]: the best row of each question, plus
/// every segment row since segments add up.
const fn most(model: Model) -> u32 {
    let mut total = 0;
    let mut qi = 0;
    while qi < Question::ALL.len() {
        let question = Question::ALL[qi];
        let (mut best, mut all) = (0, 0);
        let mut i = 0;
        while i < WEIGHTS.len() {
            let row = &WEIGHTS[i];
            if row.model as u8 == model as u8 && row.question as u8 == question as u8 {
                all += row.points as u32;
                if row.points as u32 > best {
                    best = row.points as u32;
                }
            }
            i += 1;
        }
        total += if question as u8 == Question::Seg as u8 {
            all
        } else {
            best
        };
        qi += 1;
    }
    total
}

const _: () = {
    assert!(most(Referral) <= FACTOR_CAP as u32);
    assert!(most(CoSell) <= FACTOR_CAP as u32);
    assert!(most(Reseller) <= FACTOR_CAP as u32);
    assert!(FLOW_BONUS >= FACTOR_CAP);
    assert!(BASE as u32 + FLOW_BONUS as u32 + FACTOR_CAP as u32 == 100);
};

impl Weight {
    /// Whether the answers include this row's answer.
    fn applies(&self, a: &Answers) -> bool {
        match self.question {
            Question::Seg => a.seg.iter().any(|s| s.id() == self.answer),
            q => a.answer_id(q) == Some(self.answer),
        }
    }
}

/// Where a contribution's points come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Source {
    /// The starting points of every model ([`BASE`]).
    Base,
    /// The decision flow's recommendation ([`FLOW_BONUS`]).
    Flow,
    /// A row of [`WEIGHTS`] matched by an answer.
    Answer(&'static Weight),
    /// A prerequisite of the model's rung that does not hold yet (worth 0 points).
    Missing(Condition),
}

/// One line under a score: where the points come from and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Contribution {
    pub source: Source,
    pub points: u8,
    pub reason: &'static str,
}

/// A model's fit score and the contributions it is the sum of.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FitScore {
    pub model: Model,
    /// From 0 to 100; always the sum of `contributions`.
    pub score: u8,
    pub contributions: Vec<Contribution>,
    /// Unanswered questions that could add points to this model, in asking order.
    pub unanswered: Vec<Question>,
}

/// The score of every model, indexed by [`Model::index`], for the flow's `target`.
pub fn scores(a: &Answers, target: Model) -> [FitScore; 3] {
    Model::ALL.map(|model| {
        let mut contributions = vec![Contribution {
            source: Source::Base,
            points: BASE,
            reason: "Every model starts from the same base.",
        }];
        if model == target {
            contributions.push(Contribution {
                source: Source::Flow,
                points: FLOW_BONUS,
                reason: "The guide's decision flow leads to this model with this partner.",
            });
        }
        contributions.extend(
            WEIGHTS
                .iter()
                .filter(|w| w.model == model && w.applies(a))
                .map(|w| Contribution {
                    source: Source::Answer(w),
                    points: w.points,
                    reason: w.reason,
                }),
        );
        contributions.extend(
            requirements(model)
                .iter()
                .filter(|c| c.check(a) != Some(true))
                .map(|&c| Contribution {
                    source: Source::Missing(c),
                    points: 0,
                    reason: c.missing(),
                }),
        );
        let unanswered = questions_where(&|q| {
            !a.is_answered(q) && WEIGHTS.iter().any(|w| w.model == model && w.question == q)
        });
        FitScore {
            model,
            score: contributions.iter().map(|c| c.points).sum(),
            contributions,
            unanswered,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::{answers, Segment};

    #[test]
    fn every_row_names_a_real_answer() {
        for w in WEIGHTS {
            let valid = match w.question {
                Question::Seg => Segment::from_id(w.answer).is_some(),
                q => q.choices().iter().any(|c| c.id == w.answer),
            };
            assert!(valid, "{} = {}", w.question.key(), w.answer);
            assert!(w.points > 0);
        }
    }

    #[test]
    fn the_method_text_matches_the_constants() {
        for n in [BASE, FLOW_BONUS, FACTOR_CAP, BASE + FLOW_BONUS] {
            assert!(METHOD.contains(&n.to_string()), "{n}");
        }
    }

    #[track_caller]
    fn score_of(spec: &str, recommended: Model, model: Model) -> u8 {
        scores(&answers(spec), recommended)[model.index()].score
    }

    #[test]
    fn scores_add_up_from_their_contributions() {
        let s = scores(
            &answers("role=deals own=must int=live jvp=written seg=strategic"),
            CoSell,
        );
        // 20 base + 40 flow + 10 deals + 6 own + 8 live + 6 written + 4 strategic.
        assert_eq!(s[CoSell.index()].score, 94);
        // 20 base + 8 own=must + 4 live.
        assert_eq!(s[Referral.index()].score, 32);
        // 20 base + 3 deals + 3 live.
        assert_eq!(s[Reseller.index()].score, 26);
        assert_eq!(
            s[Reseller.index()].unanswered,
            [Q::Motion, Q::Reach, Q::Psup, Q::Dreg]
        );
    }

    #[test]
    fn a_perfect_fit_scores_100() {
        let spec = "role=resells own=handover motion=proven reach=core psup=full int=live dreg=yes seg=remote";
        assert_eq!(score_of(spec, Reseller, Reseller), 100);
        assert_eq!(score_of("role=intro own=must", Referral, Referral), 78);
    }
}
