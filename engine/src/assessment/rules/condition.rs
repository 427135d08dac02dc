//! The conditions every rule is built from, and the three-valued logic that combines them.
//!
//! Each [`Condition`] is a test on one answer that is true, false or waiting on an
//! unanswered question. Conditions combine with three-valued logic: "and" is false as soon
//! as one part is false, "or" is true as soon as one part is true, and anything else
//! undecided waits on the union of the questions involved. That is how a partial set of
//! answers gives firm results where the answers settle them and names the missing questions
//! where they do not.

use crate::answers::{
    questions_where, Answers, Integration, JointValue, Motion, Own, PartnerSupport, Question,
    Reach, Role, Stage, YesNo,
};

/// A set of questions, one bit each; small and `Copy` so the logic below never allocates.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct QuestionSet(u16);

impl QuestionSet {
    pub(super) const fn of(q: Question) -> Self {
        QuestionSet(1 << q as u16)
    }

    const fn union(self, other: Self) -> Self {
        QuestionSet(self.0 | other.0)
    }

    fn to_vec(self) -> Vec<Question> {
        questions_where(&|q| self.0 & QuestionSet::of(q).0 != 0)
    }
}

/// The truth of a condition on possibly partial answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Truth {
    Yes,
    No,
    /// Undecided until these questions are answered.
    Waiting(QuestionSet),
}

impl Truth {
    pub(super) fn and(self, other: Truth) -> Truth {
        match (self, other) {
            (Truth::No, _) | (_, Truth::No) => Truth::No,
            (Truth::Yes, t) | (t, Truth::Yes) => t,
            (Truth::Waiting(a), Truth::Waiting(b)) => Truth::Waiting(a.union(b)),
        }
    }

    pub(super) fn or(self, other: Truth) -> Truth {
        match (self, other) {
            (Truth::Yes, _) | (_, Truth::Yes) => Truth::Yes,
            (Truth::No, t) | (t, Truth::No) => t,
            (Truth::Waiting(a), Truth::Waiting(b)) => Truth::Waiting(a.union(b)),
        }
    }

    /// Undecided while either is undecided, waiting on both parts' questions; decided
    /// (as `No`) only once both are: for a choice that depends on two separate tests.
    pub(super) fn pending(self, other: Truth) -> Truth {
        match (self, other) {
            (Truth::Waiting(a), Truth::Waiting(b)) => Truth::Waiting(a.union(b)),
            (t @ Truth::Waiting(_), _) | (_, t @ Truth::Waiting(_)) => t,
            _ => Truth::No,
        }
    }

    pub(super) fn all(conditions: &[Condition], a: &Answers) -> Truth {
        conditions.iter().fold(Truth::Yes, |t, c| t.and(c.truth(a)))
    }

    /// The questions an undecided truth waits on (empty once decided).
    pub(super) fn awaiting(self) -> Vec<Question> {
        match self {
            Truth::Waiting(set) => set.to_vec(),
            Truth::Yes | Truth::No => Vec::new(),
        }
    }
}

/// A test on one answer that a rule is built from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Condition {
    RoleIntro,
    RoleBeyondIntro,
    OwnKeep,
    OwnNotMust,
    OwnHandover,
    IntLive,
    IntNotLive,
    JvpNamed,
    JvpMissing,
    MotionProven,
    MotionUnproven,
    ReachBeyond,
    StageEarly,
    PsupAny,
    DregYes,
    DregNo,
    DirectYes,
    SegSeveral,
    OthersYes,
}

impl Condition {
    /// The question whose answer decides the condition.
    pub const fn question(self) -> Question {
        match self {
            Condition::RoleIntro | Condition::RoleBeyondIntro => Question::Role,
            Condition::OwnKeep | Condition::OwnNotMust | Condition::OwnHandover => Question::Own,
            Condition::IntLive | Condition::IntNotLive => Question::Int,
            Condition::JvpNamed | Condition::JvpMissing => Question::Jvp,
            Condition::MotionProven | Condition::MotionUnproven => Question::Motion,
            Condition::ReachBeyond => Question::Reach,
            Condition::StageEarly => Question::Stage,
            Condition::PsupAny => Question::Psup,
            Condition::DregYes | Condition::DregNo => Question::Dreg,
            Condition::DirectYes => Question::Direct,
            Condition::SegSeveral => Question::Seg,
            Condition::OthersYes => Question::Others,
        }
    }

    /// The condition in words, as a requirement ("a live, adopted integration").
    pub const fn text(self) -> &'static str {
        match self {
            Condition::RoleIntro => "a partner who only makes introductions",
            Condition::RoleBeyondIntro => "a partner who does more than introduce",
            Condition::OwnKeep => "a customer you must or would rather own",
            Condition::OwnNotMust => "a customer you do not have to own",
            Condition::OwnHandover => "a customer you are willing to hand over",
            Condition::IntLive => "a live, adopted integration",
            Condition::IntNotLive => "an integration that is not yet live and adopted",
            Condition::JvpNamed => "a named joint workflow, at least roughly",
            Condition::JvpMissing => "no named joint workflow",
            Condition::MotionProven => "a proven sales motion of your own",
            Condition::MotionUnproven => "a sales motion that is not yet proven",
            Condition::ReachBeyond => "a partner reaching customers you cannot serve",
            Condition::StageEarly => "a company at seed, Series A or Series B",
            Condition::PsupAny => "a partner able to support customers, at least in part",
            Condition::DregYes => "deal registration and written credit rules",
            Condition::DregNo => "no deal registration or written credit rules",
            Condition::DirectYes => "a direct sales team",
            Condition::SegSeveral => "more than one kind of deal in scope",
            Condition::OthersYes => "other partners selling to the same customers",
        }
    }

    /// The condition as a missing prerequisite, for a zero-point line under a score.
    pub const fn missing(self) -> &'static str {
        match self {
            Condition::IntLive => "Needs a live, adopted integration first.",
            Condition::JvpNamed => "Needs a named joint workflow first.",
            Condition::RoleBeyondIntro => "Needs a partner who does more than introduce.",
            Condition::MotionProven => "Needs a proven sales motion of your own first.",
            Condition::PsupAny => "Needs a partner able to support customers first.",
            Condition::DregYes => "Needs deal registration and written credit rules first.",
            other => other.text(),
        }
    }

    /// Whether the condition holds; `None` while its question is unanswered.
    pub fn check(self, a: &Answers) -> Option<bool> {
        match self {
            Condition::RoleIntro => a.role.map(|v| v == Role::Intro),
            Condition::RoleBeyondIntro => a.role.map(|v| v != Role::Intro),
            Condition::OwnKeep => a.own.map(|v| v != Own::Handover),
            Condition::OwnNotMust => a.own.map(|v| v != Own::Must),
            Condition::OwnHandover => a.own.map(|v| v == Own::Handover),
            Condition::IntLive => a.int.map(|v| v == Integration::Live),
            Condition::IntNotLive => a.int.map(|v| v != Integration::Live),
            Condition::JvpNamed => a.jvp.map(|v| v != JointValue::No),
            Condition::JvpMissing => a.jvp.map(|v| v == JointValue::No),
            Condition::MotionProven => a.motion.map(|v| v == Motion::Proven),
            Condition::MotionUnproven => a.motion.map(|v| v != Motion::Proven),
            Condition::ReachBeyond => a.reach.map(|v| v != Reach::No),
            Condition::StageEarly => a.stage.map(|v| v != Stage::Later),
            Condition::PsupAny => a.psup.map(|v| v != PartnerSupport::None),
            Condition::DregYes => a.dreg.map(|v| v == YesNo::Yes),
            Condition::DregNo => a.dreg.map(|v| v == YesNo::No),
            Condition::DirectYes => a.direct.map(|v| v == YesNo::Yes),
            Condition::SegSeveral => (!a.seg.is_empty()).then(|| a.seg.len() > 1),
            Condition::OthersYes => a.others.map(|v| v == YesNo::Yes),
        }
    }

    pub(super) fn truth(self, a: &Answers) -> Truth {
        match self.check(a) {
            Some(true) => Truth::Yes,
            Some(false) => Truth::No,
            None => Truth::Waiting(QuestionSet::of(self.question())),
        }
    }
}

/// Unanswered questions that decide whether an item applies.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Awaiting<T> {
    /// The flag or conflict that could still apply.
    pub item: T,
    /// The questions whose answers decide it, in asking order.
    pub questions: Vec<Question>,
}

/// Splits items into those that apply and those still waiting on answers.
pub(super) fn sort_out<T: Copy>(
    items: &[T],
    truth: impl Fn(T) -> Truth,
) -> (Vec<T>, Vec<Awaiting<T>>) {
    let mut applying = Vec::new();
    let mut waiting = Vec::new();
    for &item in items {
        match truth(item) {
            Truth::Yes => applying.push(item),
            Truth::No => {}
            t @ Truth::Waiting(_) => waiting.push(Awaiting {
                item,
                questions: t.awaiting(),
            }),
        }
    }
    (applying, waiting)
}
