//! The maturity ladder: the rung the answers earn now, and what the next one needs.

use super::condition::Condition;
use crate::answers::Answers;
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

/// The maturity ladder for the answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ladder {
    /// The rung earned now.
    pub rung: Model,
    /// The next rung up; `None` at the top.
    pub next: Option<NextRung>,
}

/// The rung earned now: the highest whose requirements all hold on the answers given.
pub fn rung(a: &Answers) -> Model {
    Model::ALL
        .into_iter()
        .rev()
        .find(|&m| requirements(m).iter().all(|c| c.check(a) == Some(true)))
        .unwrap_or(Model::Referral)
}

/// The rung earned now and what the next one still needs.
pub fn ladder(a: &Answers) -> Ladder {
    let rung = rung(a);
    let next = Model::ALL.get(rung.index() + 1).map(|&next| {
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
    Ladder { rung, next }
}
