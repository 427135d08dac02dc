//! The layering plan: the model each chosen kind of deal runs with the same partner.

use super::condition::{Condition, Truth};
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
}

/// The model for one segment, with the reason.
fn layer(a: &Answers, segment: Segment) -> Layer {
    use Condition as C;
    let (truth, yes, no) = match segment {
        Segment::Small => (Truth::No, Model::Referral, Model::Referral),
        Segment::Strategic => (C::RoleIntro.truth(a), Model::Referral, Model::CoSell),
        Segment::Remote => (
            Truth::all(&[C::MotionProven, C::RoleBeyondIntro], a),
            Model::Reseller,
            Model::Referral,
        ),
    };
    let model = if truth == Truth::Yes { yes } else { no };
    let reason = match (segment, model) {
        (Segment::Small, _) => {
            "Small deals cannot carry two sellers or a reseller's margin; an introduction is enough."
        }
        (Segment::Strategic, Model::CoSell) => {
            "Large accounts are worth having both sellers in the room."
        }
        (Segment::Strategic, _) => {
            "The partner only introduces, so large accounts come to you as referrals."
        }
        (Segment::Remote, Model::Reseller) => {
            "Your motion is proven, so the partner can sell where you have no one."
        }
        (Segment::Remote, _) => {
            "Until a selling partner can run a proven motion there, take these regions as referrals."
        }
    };
    Layer {
        segment,
        model,
        awaiting: truth.awaiting(),
        reason,
    }
}

/// The layering plan: one model per chosen segment (empty until segments are chosen).
pub fn layers(a: &Answers) -> Vec<Layer> {
    a.seg.iter().map(|s| layer(a, s)).collect()
}
