//! The layering plan: the model each chosen kind of deal runs with the same partner.
//!
//! Method v2: small deals are referrals; strategic accounts are co-sold once the co-sell
//! rung is earned; regions you do not cover go to a reseller only when you need not own
//! the customer and the reseller rung is earned, else the highest rung earned below it.
//! A segment never runs a model whose rung is not earned.

use super::condition::{Condition, Truth};
use super::ladder::requirements;
use crate::answers::{Answers, Question, Segment};
use crate::guide::Model;

/// The model one kind of deal runs in the layering plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Layer {
    pub segment: Segment,
    pub model: Model,
    /// Unanswered questions that could still change the model; empty when settled.
    pub awaiting: Vec<Question>,
    /// Why this kind of deal runs this model.
    pub reason: &'static str,
    /// What a higher model for this segment still needs (unmet or unanswered), in the
    /// ladder's order; empty when nothing higher is open to it.
    pub needs: Vec<Condition>,
}

/// The conditions of `rung` that do not hold yet on the answers.
fn unmet(a: &Answers, rung: Model) -> Vec<Condition> {
    requirements(rung)
        .iter()
        .copied()
        .filter(|c| c.check(a) != Some(true))
        .collect()
}

/// The model for one segment, with the reason.
fn layer(a: &Answers, segment: Segment) -> Layer {
    let cosell = Truth::all(requirements(Model::CoSell), a);
    let reseller = Condition::OwnNotMust
        .truth(a)
        .and(Truth::all(requirements(Model::Reseller), a));
    let (model, truth, reason, needs) = match segment {
        Segment::Small => (
            Model::Referral,
            Truth::No,
            "Co-selling small deals is not worth the effort; an introduction is enough.",
            Vec::new(),
        ),
        Segment::Strategic if cosell == Truth::Yes => (
            Model::CoSell,
            cosell,
            "Large accounts are worth having both sellers in the room.",
            Vec::new(),
        ),
        Segment::Strategic => (
            Model::Referral,
            cosell,
            "Large accounts are worth co-selling, but the co-sell rung is not earned yet: \
             take them as referrals until it is.",
            unmet(a, Model::CoSell),
        ),
        Segment::Remote if reseller == Truth::Yes => (
            Model::Reseller,
            reseller,
            "The reseller rung is earned and you need not own these customers, so the \
             partner can sell where you have no one.",
            Vec::new(),
        ),
        Segment::Remote => {
            let must = Condition::OwnNotMust.check(a) == Some(false);
            let reason = match (must, cosell == Truth::Yes) {
                (true, true) => {
                    "A reseller would own these customers, and you said you must own them: \
                     co-sell them instead."
                }
                (true, false) => {
                    "A reseller would own these customers, and you said you must own them; \
                     until the co-sell rung is earned, take them as referrals."
                }
                (false, true) => {
                    "The reseller rung is not earned yet, so co-sell these regions until it is."
                }
                (false, false) => {
                    "Neither the reseller nor the co-sell rung is earned yet, so take these \
                     regions as referrals until one is."
                }
            };
            let (model, higher) = if cosell == Truth::Yes {
                (Model::CoSell, Model::Reseller)
            } else {
                (Model::Referral, Model::CoSell)
            };
            let needs = if must && higher == Model::Reseller {
                Vec::new()
            } else {
                unmet(a, higher)
            };
            (model, reseller.pending(cosell), reason, needs)
        }
    };
    Layer {
        segment,
        model,
        awaiting: truth.awaiting(),
        reason,
        needs,
    }
}

/// The layering plan: one model per chosen segment (empty until segments are chosen).
pub fn layers(a: &Answers) -> Vec<Layer> {
    a.seg.iter().map(|s| layer(a, s)).collect()
}
