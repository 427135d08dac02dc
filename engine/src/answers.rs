//! The answer vocabulary: the questions of the assessment, the closed set of answers to
//! each, and a visitor's answers. The assessment reads answers and the scenario codec
//! carries them, so both import this module, which imports neither.
//!
//! Answer types are closed enums with stable ids: the ids are the scenario URL's values, so
//! they never change once published.

mod choices;
mod question;
mod segments;

pub use choices::{
    Choice, Integration, JointValue, Motion, Own, PartnerSupport, Reach, Role, Segment, Stage,
    YesNo,
};
pub(crate) use question::questions_where;
pub use question::Question;
pub use segments::Segments;

use choices::{pick, position};

/// The visitor's answers; `None` (or an empty set) means not answered yet.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Answers {
    pub role: Option<Role>,
    pub own: Option<Own>,
    pub int: Option<Integration>,
    pub jvp: Option<JointValue>,
    pub motion: Option<Motion>,
    pub reach: Option<Reach>,
    pub stage: Option<Stage>,
    pub psup: Option<PartnerSupport>,
    pub dreg: Option<YesNo>,
    pub direct: Option<YesNo>,
    pub mkt: Option<YesNo>,
    pub api: Option<YesNo>,
    pub seg: Segments,
    /// Whether other partners sell to the same customers.
    pub others: Option<YesNo>,
}

impl Answers {
    /// The id of the answer to a single-choice question, `None` when unanswered.
    /// For [`Question::Seg`] this is `None`; read [`Answers::seg`] instead.
    pub fn answer_id(&self, q: Question) -> Option<&'static str> {
        let index = match q {
            Question::Role => self.role.map(|v| v as usize),
            Question::Own => self.own.map(|v| v as usize),
            Question::Int => self.int.map(|v| v as usize),
            Question::Jvp => self.jvp.map(|v| v as usize),
            Question::Motion => self.motion.map(|v| v as usize),
            Question::Reach => self.reach.map(|v| v as usize),
            Question::Stage => self.stage.map(|v| v as usize),
            Question::Psup => self.psup.map(|v| v as usize),
            Question::Dreg => self.dreg.map(|v| v as usize),
            Question::Direct => self.direct.map(|v| v as usize),
            Question::Mkt => self.mkt.map(|v| v as usize),
            Question::Api => self.api.map(|v| v as usize),
            Question::Others => self.others.map(|v| v as usize),
            Question::Seg => None,
        };
        Some(q.choice_table().get(index?)?.id)
    }

    /// Sets (or with `None` clears) the answer to a single-choice question by id.
    /// Returns `false`, changing nothing, when the id is not one of the question's answers
    /// or the question is [`Question::Seg`].
    pub fn set_answer_id(&mut self, q: Question, id: Option<&str>) -> bool {
        // One table search for every question; each arm only picks the enum value.
        let index = match id {
            None => None,
            Some(id) => match position(q.choice_table(), id) {
                Some(index) => Some(index),
                None => return false,
            },
        };
        match q {
            Question::Role => self.role = pick(Role::ALL, index),
            Question::Own => self.own = pick(Own::ALL, index),
            Question::Int => self.int = pick(Integration::ALL, index),
            Question::Jvp => self.jvp = pick(JointValue::ALL, index),
            Question::Motion => self.motion = pick(Motion::ALL, index),
            Question::Reach => self.reach = pick(Reach::ALL, index),
            Question::Stage => self.stage = pick(Stage::ALL, index),
            Question::Psup => self.psup = pick(PartnerSupport::ALL, index),
            Question::Dreg => self.dreg = pick(YesNo::ALL, index),
            Question::Direct => self.direct = pick(YesNo::ALL, index),
            Question::Mkt => self.mkt = pick(YesNo::ALL, index),
            Question::Api => self.api = pick(YesNo::ALL, index),
            Question::Others => self.others = pick(YesNo::ALL, index),
            Question::Seg => return false,
        }
        true
    }

    /// Whether the question has an answer (for segments: at least one chosen).
    pub fn is_answered(&self, q: Question) -> bool {
        match q {
            Question::Seg => !self.seg.is_empty(),
            _ => self.answer_id(q).is_some(),
        }
    }
}

/// Builds answers from a compact spec such as `"role=deals own=must seg=small+remote"`.
#[cfg(test)]
#[track_caller]
pub(crate) fn answers(spec: &str) -> Answers {
    let mut a = Answers::default();
    for pair in spec.split_whitespace() {
        let (key, value) = pair.split_once('=').expect("key=value");
        let q = Question::ALL
            .into_iter()
            .find(|q| q.key() == key)
            .expect("known key");
        if q == Question::Seg {
            a.seg = value
                .split('+')
                .map(|id| Segment::from_id(id).expect("known segment"))
                .collect();
        } else {
            assert!(
                a.set_answer_id(q, Some(value)),
                "bad value {value} for {key}"
            );
        }
    }
    a
}
