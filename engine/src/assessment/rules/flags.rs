//! Red flags: answers that match one of the guide's common mistakes.

use super::condition::{sort_out, Awaiting, Condition, Truth};
use crate::answers::Answers;
use crate::guide::Mistake;

/// A warning that the answers match one of the guide's common mistakes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Flag {
    ResellBeforeProven,
    SigningAwayCustomer,
    NoIntegration,
    NoCreditRules,
    NoJointValueProp,
}

impl Flag {
    /// Every flag, in the order results list them.
    pub const ALL: [Flag; 5] = [
        Flag::ResellBeforeProven,
        Flag::SigningAwayCustomer,
        Flag::NoIntegration,
        Flag::NoCreditRules,
        Flag::NoJointValueProp,
    ];

    /// Stable id (`data-value` of the UI's red flags).
    pub const fn id(self) -> &'static str {
        match self {
            Flag::ResellBeforeProven => "resell-before-proven",
            Flag::SigningAwayCustomer => "signing-away-customer",
            Flag::NoIntegration => "no-integration",
            Flag::NoCreditRules => "no-credit-rules",
            Flag::NoJointValueProp => "no-joint-value-prop",
        }
    }

    /// The guide's mistake this flag names. A missing joint value proposition is not one
    /// of the guide's five, so that flag carries its own title and fix.
    pub const fn mistake(self) -> Option<Mistake> {
        match self {
            Flag::ResellBeforeProven => Some(Mistake::ResellTooEarly),
            Flag::SigningAwayCustomer => Some(Mistake::SignAwayCustomer),
            Flag::NoIntegration => Some(Mistake::NoIntegration),
            Flag::NoCreditRules => Some(Mistake::LateCreditRules),
            Flag::NoJointValueProp => None,
        }
    }

    /// The mistake, named.
    pub const fn title(self) -> &'static str {
        match self.mistake() {
            Some(m) => m.title(),
            None => "Partnering without a joint value proposition",
        }
    }

    /// What in the answers raised it.
    pub const fn why(self) -> &'static str {
        match self {
            Flag::ResellBeforeProven => {
                "You would hand the customer to a selling partner before your own sales \
                 motion is proven."
            }
            Flag::SigningAwayCustomer => {
                "You would hand the customer to a selling partner while the company is \
                 still early."
            }
            Flag::NoIntegration => {
                "Where this partner leads, co-sell or resale, stands on an integration that \
                 is not live and adopted."
            }
            Flag::NoCreditRules => {
                "Deals will be shared with your own team, across segments or with other \
                 partners, with no deal registration or credit rules."
            }
            Flag::NoJointValueProp => {
                "The partner's sellers will be in your deals, but there is no named \
                 workflow for them to pitch."
            }
        }
    }

    /// What to do about it.
    pub const fn fix(self) -> &'static str {
        match self.mistake() {
            Some(m) => m.fix(),
            None => {
                "Write down the one workflow where you make the partner's customers' lives \
                 better, and validate it with a few of them."
            }
        }
    }

    /// The flag's condition (method v2). The target is referral exactly when the partner
    /// only introduces, so "the target is co-sell or reseller" reads as
    /// [`Condition::RoleBeyondIntro`]; a referral partner takes nothing over, so neither
    /// hand-over flag is raised for one.
    fn truth(self, a: &Answers) -> Truth {
        use Condition as C;
        match self {
            Flag::ResellBeforeProven => {
                Truth::all(&[C::OwnHandover, C::RoleBeyondIntro, C::MotionUnproven], a)
            }
            Flag::SigningAwayCustomer => {
                Truth::all(&[C::OwnHandover, C::RoleBeyondIntro, C::StageEarly], a)
            }
            Flag::NoIntegration => Truth::all(&[C::RoleBeyondIntro, C::IntNotLive], a),
            Flag::NoCreditRules => C::DregNo.truth(a).and(
                C::DirectYes
                    .truth(a)
                    .or(C::SegSeveral.truth(a))
                    .or(C::OthersYes.truth(a)),
            ),
            Flag::NoJointValueProp => Truth::all(&[C::RoleBeyondIntro, C::JvpMissing], a),
        }
    }
}

/// Raised flags, and flags that could still be raised once more is answered.
pub fn flags(a: &Answers) -> (Vec<Flag>, Vec<Awaiting<Flag>>) {
    sort_out(&Flag::ALL, |f| f.truth(a))
}
