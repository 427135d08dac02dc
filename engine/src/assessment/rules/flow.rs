//! The guide's two-step decision flow: the recommended model, and the path through the
//! diagram that led to it.

use super::condition::{Condition, Truth};
use crate::answers::{Answers, Question};
use crate::guide::Model;

/// A question of the guide's decision flow, drawn as one diamond of the diagram.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Decision {
    /// Step 1: a partner who only introduces means referral.
    IntroOnly,
    /// Step 2: a customer you keep means co-sell.
    KeepCustomer,
    /// Step 2, when you would hand the customer over: resale only with a proven motion and
    /// reach you lack.
    ProvenWithReach,
}

/// Where a branch of the decision flow leads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Outcome {
    Model(Model),
    Ask(Decision),
}

impl Decision {
    /// The flow's questions, in the order they are asked.
    pub const ALL: [Decision; 3] = [
        Decision::IntroOnly,
        Decision::KeepCustomer,
        Decision::ProvenWithReach,
    ];

    /// Stable id, for keys and test ids.
    pub const fn id(self) -> &'static str {
        match self {
            Decision::IntroOnly => "intro-only",
            Decision::KeepCustomer => "keep-customer",
            Decision::ProvenWithReach => "proven-with-reach",
        }
    }

    /// The question as the diagram asks it.
    pub const fn prompt(self) -> &'static str {
        match self {
            Decision::IntroOnly => "Does the partner only make introductions?",
            Decision::KeepCustomer => "Do you need to own the customer?",
            Decision::ProvenWithReach => {
                "Is your sales motion proven, and does the partner reach customers you cannot?"
            }
        }
    }

    /// The assessment questions that answer it (where a click on the diamond leads).
    pub const fn questions(self) -> &'static [Question] {
        match self {
            Decision::IntroOnly => &[Question::Role],
            Decision::KeepCustomer => &[Question::Own],
            Decision::ProvenWithReach => &[Question::Motion, Question::Reach],
        }
    }

    /// Where the "yes" branch leads.
    pub const fn yes(self) -> Outcome {
        match self {
            Decision::IntroOnly => Outcome::Model(Model::Referral),
            Decision::KeepCustomer => Outcome::Model(Model::CoSell),
            Decision::ProvenWithReach => Outcome::Model(Model::Reseller),
        }
    }

    /// Where the "no" branch leads.
    pub const fn no(self) -> Outcome {
        match self {
            Decision::IntroOnly => Outcome::Ask(Decision::KeepCustomer),
            Decision::KeepCustomer => Outcome::Ask(Decision::ProvenWithReach),
            Decision::ProvenWithReach => Outcome::Model(Model::CoSell),
        }
    }

    /// The conditions that make the answer "yes" (all of them).
    const fn yes_when(self) -> &'static [Condition] {
        match self {
            Decision::IntroOnly => &[Condition::RoleIntro],
            Decision::KeepCustomer => &[Condition::OwnKeep],
            Decision::ProvenWithReach => &[Condition::MotionProven, Condition::ReachBeyond],
        }
    }

    /// Why the flow went the way it did, for the recommendation's reasons.
    const fn reason(self, yes: bool) -> &'static str {
        match (self, yes) {
            (Decision::IntroOnly, true) => {
                "The partner only makes introductions, so the lead is handed to you: referral."
            }
            (Decision::IntroOnly, false) => "The partner does more than introduce.",
            (Decision::KeepCustomer, true) => {
                "You want to keep the customer, which rules out resale: co-sell keeps both \
                 sellers in the room and the customer with you."
            }
            (Decision::KeepCustomer, false) => "You are willing to hand the customer over.",
            (Decision::ProvenWithReach, true) => {
                "Your motion is proven and the partner reaches customers you cannot, so it \
                 can sell without you in the room: reseller."
            }
            (Decision::ProvenWithReach, false) => {
                "Resale needs a proven motion and reach you lack; until both hold, co-sell \
                 keeps you in the deal."
            }
        }
    }
}

/// One diamond of the flow as the visitor's answers passed it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    pub decision: Decision,
    /// The branch taken. A step waiting on answers takes the "no" branch for now.
    pub yes: bool,
    /// Unanswered questions that could still flip this step; empty when settled.
    pub awaiting: Vec<Question>,
    /// The step in words.
    pub reason: &'static str,
}

/// The recommended model and the path through the decision flow that led to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recommendation {
    pub model: Model,
    /// The steps taken, first to last: the highlighted path of the diagram.
    pub path: Vec<Step>,
}

impl Recommendation {
    /// Whether an unanswered question could still change the model.
    pub fn is_settled(&self) -> bool {
        self.path.iter().all(|s| s.awaiting.is_empty())
    }
}

/// The diamonds a walk through the flow passed, with their truth: at most one each.
type Walked = [Option<(Decision, Truth)>; 3];

/// Walks the flow: each step's decision and truth, ending at a model.
fn walk(a: &Answers) -> Option<(Model, Walked)> {
    if a.role.is_none() || a.own.is_none() {
        return None;
    }
    let mut steps = [None; 3];
    let mut decision = Decision::IntroOnly;
    for slot in &mut steps {
        let truth = Truth::all(decision.yes_when(), a);
        *slot = Some((decision, truth));
        let next = if truth == Truth::Yes {
            decision.yes()
        } else {
            decision.no()
        };
        match next {
            Outcome::Model(model) => return Some((model, steps)),
            Outcome::Ask(d) => decision = d,
        }
    }
    None
}

/// The model the flow recommends, or `None` until `role` and `own` are answered.
pub fn recommended_model(a: &Answers) -> Option<Model> {
    walk(a).map(|(model, _)| model)
}

/// The recommendation with its path, or `None` until `role` and `own` are answered.
pub fn recommend(a: &Answers) -> Option<Recommendation> {
    let (model, steps) = walk(a)?;
    let mut path = Vec::with_capacity(steps.len());
    for (decision, truth) in steps.into_iter().flatten() {
        let yes = truth == Truth::Yes;
        path.push(Step {
            decision,
            yes,
            awaiting: truth.awaiting(),
            reason: decision.reason(yes),
        });
    }
    Some(Recommendation { model, path })
}
