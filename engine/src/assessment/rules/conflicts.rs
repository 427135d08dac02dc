//! The channel conflicts that the answers, the recommendation and the layering plan bring.

use super::condition::{sort_out, Awaiting, Condition, QuestionSet, Truth};
use super::layers::Layer;
use crate::answers::{Answers, Question, Role};
use crate::guide::{Conflict, Model};

/// What in the answers makes a channel conflict apply.
pub const fn trigger(conflict: Conflict) -> &'static str {
    match conflict {
        Conflict::DirectVsPartner => {
            "You have a direct sales team that can meet the partner on an account."
        }
        Conflict::PartnerVsPartner => {
            "Other partners sell to the same customers, so two partners can claim one account."
        }
        Conflict::ReferralVsCoSell => {
            "Your plan runs both referral and co-sell, so one deal can be claimed both ways."
        }
    }
}

/// Channel conflicts that apply, and those waiting on answers.
///
/// Direct team against partner applies with a direct team; partner against partner only
/// when other partners sell to the same customers (`others` = yes); referral against
/// co-sell credit when the model run now and the layering plan together use both models. With no segment chosen
/// yet, the last waits on the segments when the partner does more than introduce, since
/// only then can co-sell enter the plan.
pub fn conflicts(
    a: &Answers,
    model: Model,
    layers: &[Layer],
) -> (Vec<Conflict>, Vec<Awaiting<Conflict>>) {
    let uses = |m: Model| model == m || layers.iter().any(|l| l.model == m);
    sort_out(&Conflict::ALL, |c| match c {
        Conflict::DirectVsPartner => Condition::DirectYes.truth(a),
        Conflict::PartnerVsPartner => Condition::OthersYes.truth(a),
        Conflict::ReferralVsCoSell if uses(Model::Referral) && uses(Model::CoSell) => Truth::Yes,
        Conflict::ReferralVsCoSell if a.seg.is_empty() && a.role != Some(Role::Intro) => {
            Truth::Waiting(QuestionSet::of(Question::Seg))
        }
        Conflict::ReferralVsCoSell => Truth::No,
    })
}
