//! The maturity ladder: the rung the answers earn, the model to run now, and what the next
//! rung needs, shown only up to the target (where this partner can lead).

use super::condition::Condition;
use crate::answers::{Answers, Own, Role};
use crate::guide::Model;

/// What a rung of the ladder needs, all at once. Each rung includes the one below, so the
/// rung earned is simply the highest whose list holds.
pub const fn requirements(rung: Model) -> &'static [Condition] {
    use Condition as C;
    match rung {
        Model::Referral => &[],
        Model::CoSell => &[C::IntLive, C::JvpNamed, C::RoleBeyondIntro],
        Model::Reseller => &[
            C::IntLive,
            C::JvpNamed,
            C::RoleBeyondIntro,
            C::MotionProven,
            C::PsupAny,
            C::DregYes,
        ],
    }
}

/// Where a ladder requirement stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    Met,
    Unmet,
    /// Its question is unanswered, so it is not counted as met.
    Unanswered,
}

/// One requirement of the next rung and where the answers leave it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Requirement {
    pub condition: Condition,
    pub status: Status,
}

/// The rung above the one earned, with every requirement and its status.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NextRung {
    pub rung: Model,
    pub requirements: Vec<Requirement>,
}

impl NextRung {
    /// The requirements still to meet (unmet or unanswered).
    pub fn missing(&self) -> impl Iterator<Item = &Requirement> {
        self.requirements.iter().filter(|r| r.status != Status::Met)
    }
}

/// A rung above the target, and why it is not for this visitor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct OffRung {
    pub rung: Model,
    pub why: &'static str,
}

/// The maturity ladder for the answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ladder {
    /// The rung earned now.
    pub rung: Model,
    /// The next rung up, only while it is at most the target; `None` at the target.
    pub next: Option<NextRung>,
    /// Once the target is reached, the rung above it and why this visitor should not climb.
    pub off: Option<OffRung>,
}

/// The rung earned now: the highest whose requirements all hold on the answers given.
pub fn rung(a: &Answers) -> Model {
    Model::ALL
        .into_iter()
        .rev()
        .find(|&m| requirements(m).iter().all(|c| c.check(a) == Some(true)))
        .unwrap_or(Model::Referral)
}

/// The model to run now: the highest model on the ladder that is at most the `target` and
/// whose rung is earned. Rungs include the ones below, so this is the lower of the two.
pub fn now(a: &Answers, target: Model) -> Model {
    rung(a).min(target)
}

/// Why a rung above the target is not for this visitor, from the flow's answers.
pub fn why_off(a: &Answers, target: Model) -> &'static str {
    match (a.role, a.own, target) {
        (Some(Role::Intro), _, _) => {
            "The partner only makes introductions, so it cannot sell for you: referral is \
             where it leads."
        }
        (_, Some(Own::Must | Own::Prefer), _) => {
            "Reselling hands over the customer you need to own."
        }
        _ => {
            "Reselling needs a proven sales motion and a partner reaching customers you \
             cannot staff."
        }
    }
}

/// The rung earned now and what the next one still needs, up to `target`; above the
/// target, why the next rung is not for this visitor.
pub fn ladder(a: &Answers, target: Model) -> Ladder {
    let rung = rung(a);
    let above = Model::ALL.get(now(a, target).index() + 1).copied();
    let off = above.filter(|&m| m > target).map(|m| OffRung {
        rung: m,
        why: why_off(a, target),
    });
    let next = above.filter(|&m| m <= target).map(|next| {
        let mut needs = Vec::with_capacity(requirements(next).len());
        for &condition in requirements(next) {
            let status = match condition.check(a) {
                Some(true) => Status::Met,
                Some(false) => Status::Unmet,
                None => Status::Unanswered,
            };
            needs.push(Requirement { condition, status });
        }
        NextRung {
            rung: next,
            requirements: needs,
        }
    });
    Ladder { rung, next, off }
}
