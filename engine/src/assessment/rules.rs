//! The guide's rules, each a plain function of the answers, one file per result: the
//! decision flow ([`recommend()`]), the red flags ([`flags()`]), the maturity ladder
//! ([`ladder()`]), the layering plan ([`layers()`]), the channel conflicts ([`conflicts()`])
//! and asset readiness ([`readiness()`]). Every rule is built from [`Condition`]s, which say
//! what they wait on while answers are missing.

mod condition;
mod conflicts;
mod flags;
mod flow;
mod ladder;
mod layers;
mod readiness;

pub use condition::{Awaiting, Condition};
pub use conflicts::{conflicts, trigger};
pub use flags::{flags, Flag};
pub use flow::{recommend, recommended_model, Decision, Outcome, Recommendation, Step};
pub use ladder::{
    ladder, now, requirements, rung, why_off, Ladder, NextRung, OffRung, Requirement, Status,
};
pub use layers::{layers, Layer};
pub use readiness::{readiness, AssetStatus, Readiness};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::{answers, Question};
    use crate::guide::{Asset, Conflict, Mistake, Model, Need};

    #[track_caller]
    fn model(spec: &str) -> Model {
        recommended_model(&answers(spec)).expect("role and own answered")
    }

    #[track_caller]
    fn raised(spec: &str) -> Vec<&'static str> {
        flags(&answers(spec)).0.into_iter().map(Flag::id).collect()
    }

    #[track_caller]
    fn waiting(spec: &str) -> Vec<(&'static str, Vec<Question>)> {
        flags(&answers(spec))
            .1
            .into_iter()
            .map(|w| (w.item.id(), w.questions))
            .collect()
    }

    #[track_caller]
    fn plan(spec: &str) -> Vec<(&'static str, &'static str)> {
        layers(&answers(spec))
            .into_iter()
            .map(|l| (l.segment.id(), l.model.id()))
            .collect()
    }

    #[test]
    fn a_partner_who_only_introduces_is_referral_whatever_else() {
        assert_eq!(
            model("role=intro own=handover motion=proven reach=core"),
            Model::Referral
        );
        assert_eq!(
            model("role=intro own=must int=live jvp=written"),
            Model::Referral
        );
        assert_eq!(model("role=intro own=prefer"), Model::Referral);
    }

    #[test]
    fn a_customer_you_keep_means_co_sell() {
        assert_eq!(model("role=deals own=must"), Model::CoSell);
        assert_eq!(
            model("role=resells own=prefer motion=proven reach=core"),
            Model::CoSell
        );
    }

    #[test]
    fn handing_over_needs_a_proven_motion_and_reach_for_resale() {
        assert_eq!(
            model("role=resells own=handover motion=proven reach=core"),
            Model::Reseller
        );
        assert_eq!(
            model("role=deals own=handover motion=proven reach=some"),
            Model::Reseller
        );
        assert_eq!(
            model("role=deals own=handover motion=proven reach=no"),
            Model::CoSell
        );
        assert_eq!(
            model("role=deals own=handover motion=partial reach=core"),
            Model::CoSell
        );
    }

    #[test]
    fn nothing_is_recommended_before_role_and_own() {
        assert_eq!(recommended_model(&answers("role=intro")), None);
        assert_eq!(recommended_model(&answers("own=must motion=proven")), None);
    }

    #[test]
    fn the_path_lights_up_the_steps_taken() {
        let r = recommend(&answers("role=deals own=handover motion=proven reach=core")).expect("r");
        let steps: Vec<_> = r.path.iter().map(|s| (s.decision, s.yes)).collect();
        assert_eq!(
            steps,
            [
                (Decision::IntroOnly, false),
                (Decision::KeepCustomer, false),
                (Decision::ProvenWithReach, true)
            ]
        );
        assert!(r.is_settled());

        let r = recommend(&answers("role=intro own=handover")).expect("r");
        assert_eq!(r.path.len(), 1);
        assert!(r.path[0].yes);
    }

    #[test]
    fn an_unanswered_third_step_waits_on_its_questions() {
        let r = recommend(&answers("role=deals own=handover reach=core")).expect("r");
        assert_eq!(r.model, Model::CoSell);
        assert!(!r.is_settled());
        assert_eq!(r.path[2].awaiting, [Question::Motion]);

        // A motion that is not proven settles the step whatever the reach.
        let r = recommend(&answers("role=deals own=handover motion=no")).expect("r");
        assert!(r.is_settled());
    }

    #[test]
    fn handing_over_without_a_proven_motion_is_flagged() {
        let spec = "role=deals own=handover motion=partial reach=core";
        assert_eq!(model(spec), Model::CoSell);
        assert!(raised(spec).contains(&"resell-before-proven"));
        assert!(!raised("role=intro own=handover motion=no").contains(&"resell-before-proven"));
        assert!(!raised("role=deals own=handover motion=proven").contains(&"resell-before-proven"));
    }

    #[test]
    fn handing_over_early_signs_away_the_customer() {
        for stage in ["seed", "a", "b"] {
            let spec = format!("role=deals own=handover stage={stage}");
            assert_eq!(raised(&spec), ["signing-away-customer"]);
        }
        // A referral partner takes nothing over, so nothing is signed away.
        assert!(raised("role=intro own=handover stage=seed").is_empty());
        assert!(raised("role=deals own=handover stage=later").is_empty());
        assert!(raised("role=intro own=must stage=seed").is_empty());
    }

    #[test]
    fn co_sell_and_resale_without_a_live_integration_are_flagged() {
        assert_eq!(
            raised("role=deals own=must int=built jvp=rough"),
            ["no-integration"]
        );
        assert!(raised("role=deals own=must int=live jvp=rough").is_empty());
        assert!(raised("role=intro own=must int=none").is_empty());
    }

    #[test]
    fn shared_deals_without_credit_rules_are_flagged() {
        assert_eq!(
            raised("role=intro own=must dreg=no direct=yes"),
            ["no-credit-rules"]
        );
        assert_eq!(
            raised("role=intro own=must dreg=no direct=no seg=small+remote"),
            ["no-credit-rules"]
        );
        assert!(raised("role=intro own=must dreg=no direct=no seg=small").is_empty());
        assert_eq!(
            raised("role=intro own=must dreg=no direct=no seg=small others=yes"),
            ["no-credit-rules"]
        );
        assert!(raised("role=intro own=must dreg=no direct=no seg=small others=no").is_empty());
        assert!(raised("role=intro own=must dreg=yes direct=yes").is_empty());
    }

    #[test]
    fn sellers_without_a_joint_value_proposition_are_flagged() {
        assert_eq!(
            raised("role=resells own=must int=live jvp=no"),
            ["no-joint-value-prop"]
        );
        assert!(raised("role=intro own=must jvp=no").is_empty());
        assert_eq!(Flag::NoJointValueProp.mistake(), None);
        assert_eq!(Flag::NoIntegration.title(), Mistake::NoIntegration.title());
    }

    #[test]
    fn flags_that_depend_on_unanswered_questions_wait_on_them() {
        assert_eq!(
            waiting("role=deals own=must"),
            [
                ("no-integration", vec![Question::Int]),
                (
                    "no-credit-rules",
                    vec![
                        Question::Dreg,
                        Question::Direct,
                        Question::Seg,
                        Question::Others
                    ]
                ),
                ("no-joint-value-prop", vec![Question::Jvp]),
            ]
        );
        // A known "no" settles the flag even with other parts unanswered.
        assert!(waiting("role=intro own=must dreg=yes").is_empty());
    }

    #[test]
    fn the_ladder_is_climbed_one_rung_at_a_time() {
        assert_eq!(
            rung(&answers("role=deals int=live jvp=rough")),
            Model::CoSell
        );
        assert_eq!(
            rung(&answers("role=intro int=live jvp=written")),
            Model::Referral
        );
        assert_eq!(
            rung(&answers("role=deals int=built jvp=written")),
            Model::Referral
        );
        assert_eq!(
            rung(&answers(
                "role=deals int=live jvp=rough motion=proven psup=some dreg=yes"
            )),
            Model::Reseller
        );
        // Resale conditions without the co-sell rung below do not count.
        assert_eq!(
            rung(&answers(
                "role=deals int=none jvp=rough motion=proven psup=full dreg=yes"
            )),
            Model::Referral
        );
    }

    #[test]
    fn the_next_rung_lists_what_is_missing() {
        let l = ladder(
            &answers("role=deals own=handover int=live jvp=written motion=partial"),
            Model::Reseller,
        );
        assert_eq!(l.rung, Model::CoSell);
        let next = l.next.expect("a rung above co-sell");
        assert_eq!(next.rung, Model::Reseller);
        let missing: Vec<_> = next.missing().map(|r| (r.condition, r.status)).collect();
        assert_eq!(
            missing,
            [
                (Condition::MotionProven, Status::Unmet),
                (Condition::PsupAny, Status::Unanswered),
                (Condition::DregYes, Status::Unanswered),
            ]
        );
        let top = ladder(
            &answers("role=deals int=live jvp=rough motion=proven psup=full dreg=yes"),
            Model::Reseller,
        );
        assert_eq!(top.rung, Model::Reseller);
        assert_eq!(top.next, None);
    }

    #[test]
    fn layering_runs_no_segment_on_an_unearned_rung() {
        let earned = "int=live jvp=rough motion=proven psup=some dreg=yes";
        assert_eq!(
            plan(&format!(
                "role=deals own=prefer {earned} seg=small+strategic+remote"
            )),
            [
                ("small", "referral"),
                ("strategic", "cosell"),
                ("remote", "reseller")
            ]
        );
        // Customers you must own never go to a reseller, whatever rung is earned.
        assert_eq!(
            plan(&format!("role=deals own=must {earned} seg=remote")),
            [("remote", "cosell")]
        );
        let l = layers(&answers("role=deals own=must int=none seg=remote"));
        assert_eq!(l[0].model, Model::Referral);
        assert!(l[0].reason.contains("you said you must own them"));
        // Without the co-sell rung, strategic accounts are referrals, saying what is missing.
        let l = layers(&answers(
            "role=deals own=must int=built jvp=rough seg=strategic",
        ));
        assert_eq!(l[0].model, Model::Referral);
        assert_eq!(l[0].needs, [Condition::IntLive]);
        assert_eq!(
            plan("role=intro own=must motion=proven seg=small+strategic+remote"),
            [
                ("small", "referral"),
                ("strategic", "referral"),
                ("remote", "referral")
            ]
        );
        // Small deals: the guide's reason, never a reseller's margin.
        let l = layers(&answers("role=deals own=handover seg=small"));
        assert!(!l[0].reason.contains("margin"));
        let l = layers(&answers(
            "role=deals own=handover int=live jvp=rough seg=remote",
        ));
        assert_eq!(l[0].model, Model::CoSell);
        assert_eq!(
            l[0].awaiting,
            [Question::Motion, Question::Psup, Question::Dreg]
        );
        assert!(plan("role=deals own=must").is_empty());
    }

    #[track_caller]
    fn conflict_ids(spec: &str) -> (Vec<&'static str>, Vec<&'static str>) {
        let a = answers(spec);
        let target = recommended_model(&a).expect("model");
        let (on, waiting) = conflicts(&a, now(&a, target), &layers(&a));
        (
            on.into_iter().map(Conflict::id).collect(),
            waiting.into_iter().map(|w| w.item.id()).collect(),
        )
    }

    #[test]
    fn conflicts_apply_when_their_trigger_holds() {
        assert_eq!(
            conflict_ids(
                "role=deals own=must int=live jvp=rough direct=yes seg=small+strategic others=yes"
            ),
            (
                vec![
                    "direct-vs-partner",
                    "partner-vs-partner",
                    "referral-vs-cosell"
                ],
                vec![]
            )
        );
        assert_eq!(
            conflict_ids("role=intro own=must direct=no seg=strategic others=no"),
            (vec![], vec![])
        );
        // Several kinds of deal alone invent no partner-versus-partner conflict.
        assert_eq!(
            conflict_ids("role=intro own=must direct=no seg=small+strategic"),
            (vec![], vec!["partner-vs-partner"])
        );
        assert_eq!(
            conflict_ids("role=deals own=must"),
            (
                vec![],
                vec![
                    "direct-vs-partner",
                    "partner-vs-partner",
                    "referral-vs-cosell"
                ]
            )
        );
    }

    #[test]
    fn asset_readiness_follows_the_guide_table() {
        let r = readiness(&answers("int=built mkt=yes"), Model::CoSell);
        let got: Vec<_> = r.iter().map(|r| (r.asset, r.need, r.status)).collect();
        assert_eq!(
            got,
            [
                (
                    Asset::Integration,
                    Need::Required,
                    Some(AssetStatus::Started)
                ),
                (Asset::Marketplace, Need::Helps, Some(AssetStatus::Ready)),
                (Asset::ApiDocs, Need::Required, None),
            ]
        );
        assert_eq!(r[2].meaning, "Not answered yet.");
        let r = readiness(&answers("api=no"), Model::Referral);
        assert_eq!(r[2].need, Need::Helps);
        assert_eq!(r[2].status, Some(AssetStatus::Missing));
    }
}
