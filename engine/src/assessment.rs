//! The assessment: the rules that turn the visitor's answers into a recommendation.
//!
//! The answers and their vocabulary live in [`crate::answers`]; they are re-exported here,
//! where the app imports them.
//!
//! # The method
//!
//! [`assess`] runs once the two questions the guide's flow starts from (`role` and `own`)
//! are answered, and returns `None` before that. Every result is a plain rule of the guide:
//!
//! - [`rules`]: the recommended model (the guide's two-step decision flow, with the path
//!   taken so the diagram can light it up), the red flags, the rung of the maturity ladder
//!   earned now and what the next one needs, the layering plan per segment, the channel
//!   conflicts that apply, and how ready the assets are for the recommended model.
//! - [`scoring`]: fit scores from 0 to 100 per model, each the exact sum of listed
//!   contributions from one weight table; see [`scoring::METHOD`].
//! - [`changes`]: what would change the answer, found by re-running the same rules on every
//!   single-answer alternative.
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
use changes::Change;
use rules::{Awaiting, Flag, Ladder, Layer, Readiness, Recommendation};
use scoring::FitScore;

/// Everything the assessment tells a visitor, computed from one set of answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    /// The model the guide's decision flow recommends, with the path it took.
    pub recommendation: Recommendation,
    /// Fit score per model, indexed by [`Model::index`].
    pub scores: [FitScore; 3],
    /// Red flags raised by the answers, in [`Flag::ALL`] order.
    pub flags: Vec<Flag>,
    /// Red flags that could still be raised, with the unanswered questions they wait on.
    pub flags_awaiting: Vec<Awaiting<Flag>>,
    /// The rung of the maturity ladder earned now, and what the next rung needs.
    pub ladder: Ladder,
    /// The model for each chosen segment, in [`Segment::ALL`] order.
    pub layers: Vec<Layer>,
    /// How ready each asset of the guide's table is for the recommended model.
    pub assets: Vec<Readiness>,
    /// Channel conflicts that apply, in [`Conflict::ALL`] order; see [`rules::trigger`].
    pub conflicts: Vec<Conflict>,
    /// Conflicts that could still apply, with the unanswered questions they wait on.
    pub conflicts_awaiting: Vec<Awaiting<Conflict>>,
    /// Single-answer changes that would change the model or earn a higher rung, most
    /// actionable first.
    pub changes: Vec<Change>,
    /// Questions not answered yet, in asking order.
    pub unanswered: Vec<Question>,
}

impl Assessment {
    /// The recommended model.
    pub fn model(&self) -> Model {
        self.recommendation.model
    }

    /// The fit score of `model`.
    pub fn score(&self, model: Model) -> &FitScore {
        &self.scores[model.index()]
    }

    /// Models from best to worst fit; a tie goes to the recommended model, then to the
    /// guide's order.
    pub fn ranking(&self) -> [Model; 3] {
        let mut models = Model::ALL;
        models.sort_by_key(|&m| (core::cmp::Reverse(self.score(m).score), m != self.model()));
        models
    }
}

/// Runs every rule on the answers; `None` until `role` and `own` are answered, because the
/// decision flow cannot start without them.
pub fn assess(answers: &Answers) -> Option<Assessment> {
    let recommendation = rules::recommend(answers)?;
    let model = recommendation.model;
    let layers = rules::layers(answers);
    let (conflicts, conflicts_awaiting) = rules::conflicts(answers, model, &layers);
    let (flags, flags_awaiting) = rules::flags(answers);
    Some(Assessment {
        scores: scoring::scores(answers, model),
        flags,
        flags_awaiting,
        ladder: rules::ladder(answers),
        assets: rules::readiness(answers, model),
        conflicts,
        conflicts_awaiting,
        changes: changes::changes(answers),
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
}
