//! The assessment: the rules that turn the visitor's answers into a recommendation.
//!
//! The answers and their vocabulary live in [`crate::answers`]; they are re-exported here,
//! where the app imports them.
//!
//! # The method
//!
//! [`assess`] runs once the two questions the guide's flow starts from (`role` and `own`)
//! are answered, and returns `None` before that. Every result is a plain rule of the guide
//! (method v2: the page says both what to run now and where the partner can lead, so it
//! never recommends a model whose prerequisites the guide says are missing):
//!
//! - **Target**, where this partner can lead (the guide's flow, with the path taken so the
//!   diagram can light it up): a partner who only introduces means referral; a customer you
//!   must or would rather own means co-sell; otherwise reseller when your motion is proven
//!   and the partner reaches customers you cannot, else co-sell.
//! - **Rung earned**: co-sell with a live integration, a named joint workflow and a partner
//!   who does more than introduce; reseller when that holds and the motion is proven, the
//!   partner can support customers and deal registration exists; else referral.
//! - **Now**, the headline: the highest model on the ladder referral < co-sell < reseller
//!   that is at most the target and whose rung is earned.
//! - [`rules`] also gives the red flags, the ladder (its next rung only up to the target,
//!   else why not), the layering plan per segment (no segment runs an unearned model or a
//!   reseller when you must own the customer), the channel conflicts (partner against
//!   partner only when other partners sell to the same customers) and asset readiness.
//! - [`scoring`]: fit scores from 0 to 100 per model, each the exact sum of listed
//!   contributions from one weight table, the target on top; a missing prerequisite shows
//!   as a zero-point line. See [`scoring::METHOD`].
//! - [`changes`]: every single-answer change that moves now or the target, found by
//!   re-running the same rules, and the smallest set of answers (up to three) that makes
//!   now equal the target.
//!
//! # Unanswered questions
//!
//! Nothing unanswered is guessed. Each condition on an answer is true, false or waiting
//! on that question. A red flag or a conflict is raised only when its condition holds on
//! the answers given; when it could still hold, it is listed as awaiting the questions it
//! depends on. A branch of the flow or the layering plan that waits on an answer takes the
//! rule's "otherwise" branch and names the questions it waits on. A ladder requirement
//! that is unanswered counts as not met and is shown as unanswered. Unanswered questions
//! score no points, and each score lists the ones that could add to it.

pub mod changes;
pub mod rules;
pub mod scoring;

pub use crate::answers::{
    Answers, Choice, Integration, JointValue, Motion, Own, PartnerSupport, Question, Reach, Role,
    Segment, Segments, Stage, YesNo,
};

use crate::answers::questions_where;
use crate::guide::{Conflict, Model};
use changes::{Change, Edit};
use rules::{Awaiting, Flag, Ladder, Layer, Readiness, Recommendation};
use scoring::FitScore;

/// The advice method in plain words, for the page's "How we calculate".
pub const ADVICE: &str = "The results name two models. The target is where this partner can \
    lead, from the guide's decision flow. The model to run now is the highest rung of the \
    ladder, up to the target, whose prerequisites you have: co-sell needs a live, adopted \
    integration, a named joint workflow and a partner who does more than introduce; reselling \
    also needs a proven sales motion, a partner able to support customers, and deal \
    registration with written credit rules. Until now reaches the target, the results list \
    what is missing, each linked to its question, and the fewest answers that would close \
    the gap.";

/// Where a model stands for this visitor, relative to now and the target on the ladder.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ModelStatus {
    /// The model to run now.
    Now,
    /// Where this partner can lead, not earned yet.
    Target,
    /// Below now on the ladder.
    Earlier,
    /// Between now and the target, not earned yet.
    Later,
    /// Above the target: not for this partner.
    Off,
}

impl ModelStatus {
    /// Stable id (`data-value` of the UI's `model-status`).
    pub const fn id(self) -> &'static str {
        match self {
            ModelStatus::Now => "now",
            ModelStatus::Target => "target",
            ModelStatus::Earlier => "earlier",
            ModelStatus::Later => "later",
            ModelStatus::Off => "off",
        }
    }

    /// The words the results and the simulator show beside a model.
    pub const fn label(self) -> &'static str {
        match self {
            ModelStatus::Now => "run now",
            ModelStatus::Target => "target",
            ModelStatus::Earlier => "earned earlier",
            ModelStatus::Later => "not earned yet",
            ModelStatus::Off => "not for you",
        }
    }
}

/// Everything the assessment tells a visitor, computed from one set of answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    /// The target: where the guide's decision flow says this partner can lead, with the
    /// path it took.
    pub recommendation: Recommendation,
    /// The model to run now: the highest on the ladder at most the target whose rung is
    /// earned.
    pub now: Model,
    /// Fit score per model, indexed by [`Model::index`].
    pub scores: [FitScore; 3],
    /// Red flags raised by the answers, in [`Flag::ALL`] order.
    pub flags: Vec<Flag>,
    /// Red flags that could still be raised, with the unanswered questions they wait on.
    pub flags_awaiting: Vec<Awaiting<Flag>>,
    /// The rung of the maturity ladder earned now, and what the next rung up to the target
    /// needs.
    pub ladder: Ladder,
    /// The model for each chosen segment, in [`Segment::ALL`] order.
    pub layers: Vec<Layer>,
    /// How ready each asset of the guide's table is for the model to run now.
    pub assets: Vec<Readiness>,
    /// Channel conflicts that apply, in [`Conflict::ALL`] order; see [`rules::trigger`].
    pub conflicts: Vec<Conflict>,
    /// Conflicts that could still apply, with the unanswered questions they wait on.
    pub conflicts_awaiting: Vec<Awaiting<Conflict>>,
    /// Single-answer changes that would change now or the target, most actionable first.
    pub changes: Vec<Change>,
    /// The fewest answers (at most three) that make now equal the target; `None` when they
    /// already agree or more than three answers would be needed.
    pub smallest: Option<Vec<Edit>>,
    /// Questions not answered yet, in asking order.
    pub unanswered: Vec<Question>,
}

impl Assessment {
    /// The model to run now (the headline).
    pub fn model(&self) -> Model {
        self.now
    }

    /// Where this partner can lead: the guide's flow.
    pub fn target(&self) -> Model {
        self.recommendation.model
    }

    /// The fit score of `model`.
    pub fn score(&self, model: Model) -> &FitScore {
        &self.scores[model.index()]
    }

    /// What the target still needs before it can be run now (unmet or unanswered), in the
    /// ladder's order; empty when now is the target.
    pub fn gaps(&self) -> Vec<rules::Condition> {
        self.score(self.target())
            .contributions
            .iter()
            .filter_map(|c| match c.source {
                scoring::Source::Missing(condition) => Some(condition),
                _ => None,
            })
            .collect()
    }

    /// Where `model` stands: now wins over target when they are the same model.
    pub fn status(&self, model: Model) -> ModelStatus {
        if model == self.now {
            ModelStatus::Now
        } else if model == self.target() {
            ModelStatus::Target
        } else if model < self.now {
            ModelStatus::Earlier
        } else if model < self.target() {
            ModelStatus::Later
        } else {
            ModelStatus::Off
        }
    }

    /// Models from best to worst fit; a tie goes to the target, then to the guide's order.
    pub fn ranking(&self) -> [Model; 3] {
        let mut models = Model::ALL;
        models.sort_by_key(|&m| (core::cmp::Reverse(self.score(m).score), m != self.target()));
        models
    }
}

/// Runs every rule on the answers; `None` until `role` and `own` are answered, because the
/// decision flow cannot start without them.
pub fn assess(answers: &Answers) -> Option<Assessment> {
    let recommendation = rules::recommend(answers)?;
    let target = recommendation.model;
    let now = rules::now(answers, target);
    let layers = rules::layers(answers);
    let (conflicts, conflicts_awaiting) = rules::conflicts(answers, now, &layers);
    let (flags, flags_awaiting) = rules::flags(answers);
    Some(Assessment {
        scores: scoring::scores(answers, target),
        flags,
        flags_awaiting,
        ladder: rules::ladder(answers, target),
        assets: rules::readiness(answers, now),
        conflicts,
        conflicts_awaiting,
        changes: changes::changes(answers),
        smallest: changes::smallest(answers),
        now,
        unanswered: questions_where(&|q| !answers.is_answered(q)),
        layers,
        recommendation,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::answers;

    #[test]
    fn nothing_before_role_and_own() {
        assert!(assess(&Answers::default()).is_none());
        assert!(assess(&answers("role=intro int=live")).is_none());
        assert!(assess(&answers("own=must")).is_none());
        assert!(assess(&answers("role=intro own=must")).is_some());
    }

    #[test]
    fn unanswered_questions_are_listed() {
        let a = assess(&answers("role=deals own=must seg=small")).expect("assessed");
        assert_eq!(a.unanswered.len(), Question::ALL.len() - 3);
        assert!(!a.unanswered.contains(&Question::Seg));
        assert!(a.unanswered.contains(&Question::Int));
    }

    #[track_caller]
    fn both(spec: &str) -> (Model, Model) {
        let a = assess(&answers(spec)).expect("assessed");
        (a.now, a.target())
    }

    #[test]
    fn now_never_runs_a_model_whose_rung_is_not_earned() {
        // "What is wrong today": live deals, customer to be owned, no integration and no
        // joint value proposition was told "Co-sell".
        let spec = "role=deals own=must int=none jvp=no";
        assert_eq!(both(spec), (Model::Referral, Model::CoSell));
        let a = assess(&answers(spec)).expect("assessed");
        assert_eq!(a.ranking()[0], Model::CoSell);
        let missing = a
            .score(Model::CoSell)
            .contributions
            .iter()
            .filter(|c| matches!(c.source, scoring::Source::Missing(_)))
            .count();
        assert_eq!(missing, 2);
        assert_eq!(
            a.gaps(),
            [rules::Condition::IntLive, rules::Condition::JvpNamed]
        );
        // A seed company handing over with a proven motion was told "Reseller 85" with no
        // integration and a partner that cannot support customers.
        let spec =
            "role=resells own=handover motion=proven reach=core stage=seed int=none psup=none";
        assert_eq!(both(spec), (Model::Referral, Model::Reseller));
        let flags: Vec<_> = assess(&answers(spec))
            .expect("assessed")
            .flags
            .iter()
            .map(|f| f.id())
            .collect();
        assert_eq!(flags, ["signing-away-customer", "no-integration"]);
    }

    #[test]
    fn now_climbs_to_the_target_and_never_past_it() {
        let earned = "int=live jvp=written motion=proven psup=full dreg=yes";
        assert_eq!(
            both(&format!("role=deals own=must {earned}")),
            (Model::CoSell, Model::CoSell)
        );
        assert_eq!(
            both(&format!("role=deals own=handover reach=some {earned}")),
            (Model::Reseller, Model::Reseller)
        );
        assert_eq!(
            both(&format!("role=intro own=handover reach=core {earned}")),
            (Model::Referral, Model::Referral)
        );
        assert_eq!(
            both("role=deals own=handover reach=core motion=proven int=live jvp=rough"),
            (Model::CoSell, Model::Reseller)
        );
    }

    #[test]
    fn each_model_has_its_place_between_now_and_the_target() {
        let a = assess(&answers(
            "role=resells own=handover motion=proven reach=core",
        ))
        .expect("assessed");
        let status = Model::ALL.map(|m| a.status(m).id());
        assert_eq!(status, ["now", "later", "target"]);
        let a = assess(&answers("role=deals own=must int=live jvp=rough")).expect("assessed");
        assert_eq!(
            Model::ALL.map(|m| a.status(m).id()),
            ["earlier", "now", "off"]
        );
        let a = assess(&answers("role=deals own=must")).expect("assessed");
        assert_eq!(
            Model::ALL.map(|m| a.status(m).id()),
            ["now", "target", "off"]
        );
    }

    #[test]
    fn the_ladder_stops_at_the_target_and_says_why() {
        let a = assess(&answers("role=deals own=must int=live jvp=rough")).expect("assessed");
        assert_eq!(a.ladder.next, None);
        let off = a.ladder.off.expect("reseller is above the target");
        assert_eq!(off.rung, Model::Reseller);
        assert!(off.why.contains("customer you need to own"));
        let a = assess(&answers("role=deals own=must int=built")).expect("assessed");
        assert_eq!(a.ladder.next.map(|n| n.rung), Some(Model::CoSell));
        assert_eq!(a.ladder.off, None);
        let a = assess(&answers("role=intro own=must")).expect("assessed");
        assert_eq!(a.ladder.off.map(|o| o.rung), Some(Model::CoSell));
    }

    #[test]
    fn the_smallest_set_is_offered_only_while_now_is_below_the_target() {
        let a = assess(&answers("role=deals own=must int=live jvp=no")).expect("assessed");
        assert_eq!(a.smallest.map(|s| s.len()), Some(1));
        let a = assess(&answers("role=deals own=must int=live jvp=rough")).expect("assessed");
        assert_eq!(a.smallest, None);
        // Four missing prerequisites are more than one action should apply.
        let a =
            assess(&answers("role=deals own=handover motion=proven reach=core")).expect("assessed");
        assert_eq!(a.now, Model::Referral);
        assert_eq!(a.smallest, None);
    }
}
