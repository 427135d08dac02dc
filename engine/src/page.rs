//! The contract between the page rendered at build time and the wasm that runs on it: the
//! ids of the islands it mounts, the marks it sets on the root element, and the actions of the
//! static page's controls.
//!
//! Both sides import these names from here, so an id or an action is written once; the
//! static page never depends on the wasm to read, and the wasm never re-renders it.

use crate::answers::Question;
use crate::Model;

/// The id of the root element (`<main>`) that carries the visitor's marks.
pub const ROOT: &str = "page";

/// The id of the `<template>` holding the results' fixed parts (each red flag with its fix,
/// each conflict's rule, the ladder's rungs), rendered at build time: the results island
/// copies the parts that apply instead of carrying their text.
pub const RESULT_PARTS: &str = "result-parts";

/// The attribute that names a static control's [`Action`].
pub const ACTION_ATTR: &str = "data-action";

/// A part of the page that depends on the visitor, mounted by the wasm into an element the
/// static page reserves for it (with a message for readers without JavaScript).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Island {
    Notice,
    Assessment,
    Results,
    Quadrant,
    Simulator,
    /// The flip points and the tornado: their own island, so mounting them is a browser task
    /// of its own after the simulator's.
    Sensitivity,
    Share,
}

impl Island {
    pub const ALL: [Island; 7] = [
        Island::Notice,
        Island::Assessment,
        Island::Results,
        Island::Quadrant,
        Island::Simulator,
        Island::Sensitivity,
        Island::Share,
    ];

    /// The id of the element the island mounts into.
    pub const fn id(self) -> &'static str {
        match self {
            Island::Notice => "island-notice",
            Island::Assessment => "island-assessment",
            Island::Results => "island-results",
            Island::Quadrant => "island-quadrant",
            Island::Simulator => "island-simulator",
            Island::Sensitivity => "island-sensitivity",
            Island::Share => "island-share",
        }
    }
}

/// A mark of the visitor's state on the root element, which the stylesheet reads to
/// highlight the static content (the model's column, the flow's path, the rung earned).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Mark {
    /// The recommended model's id.
    Now,
    /// The id of the ladder rung earned.
    Rung,
    /// The branches taken through the decision flow, as [`branch`] tokens.
    Path,
}

impl Mark {
    pub const ALL: [Mark; 3] = [Mark::Now, Mark::Rung, Mark::Path];

    /// The attribute on the root element.
    pub const fn attr(self) -> &'static str {
        match self {
            Mark::Now => "data-now",
            Mark::Rung => "data-rung",
            Mark::Path => "data-path",
        }
    }
}

/// The token naming one branch of the decision flow, as marked in [`Mark::Path`] and on the
/// branch itself: `intro-only-yes`.
pub fn branch(decision: crate::assessment::rules::Decision, yes: bool) -> String {
    let mut token = String::from(decision.id());
    token.push_str(if yes { "-yes" } else { "-no" });
    token
}

/// What a control of the static page asks the wasm to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Give `question` the answer `choice` (one of its choice ids).
    Answer {
        question: Question,
        choice: &'static str,
    },
    /// Move the keyboard to the results.
    ShowResults,
    /// Open the assessment at its first step.
    StartAssessment,
}

impl Action {
    /// The attribute value that names the action: `answer role intro`, `show-results`.
    pub fn render(self) -> String {
        match self {
            Action::Answer { question, choice } => {
                let mut s = String::from("answer ");
                s.push_str(question.key());
                s.push(' ');
                s.push_str(choice);
                s
            }
            Action::ShowResults => "show-results".to_owned(),
            Action::StartAssessment => "start-assessment".to_owned(),
        }
    }

    /// The action `text` names; `None` for anything [`Action::render`] does not write.
    pub fn parse(text: &str) -> Option<Action> {
        let mut words = text.split(' ');
        let action = match words.next()? {
            "answer" => {
                let key = words.next()?;
                let question = Question::ALL.into_iter().find(|q| q.key() == key)?;
                let id = words.next()?;
                let choice = question.choices().into_iter().find(|c| c.id == id)?.id;
                Action::Answer { question, choice }
            }
            "show-results" => Action::ShowResults,
            "start-assessment" => Action::StartAssessment,
            _ => return None,
        };
        words.next().is_none().then_some(action)
    }
}

/// The marks for a visitor whose recommended model is `now`, who earned `rung` and whose path
/// through the flow took `path` (decision, yes) branches; `None` values remove the mark.
pub fn marks(
    now: Option<Model>,
    rung: Option<Model>,
    path: &[(crate::assessment::rules::Decision, bool)],
) -> [(Mark, Option<String>); 3] {
    let path = (!path.is_empty()).then(|| {
        path.iter()
            .map(|&(d, yes)| branch(d, yes))
            .collect::<Vec<_>>()
            .join(" ")
    });
    [
        (Mark::Now, now.map(|m| m.id().to_owned())),
        (Mark::Rung, rung.map(|m| m.id().to_owned())),
        (Mark::Path, path),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::rules::Decision;

    #[test]
    fn every_action_round_trips_and_nothing_else_parses() {
        let mut all = vec![Action::ShowResults, Action::StartAssessment];
        for q in Question::ALL {
            for c in q.choices() {
                all.push(Action::Answer {
                    question: q,
                    choice: c.id,
                });
            }
        }
        for a in all {
            assert_eq!(Action::parse(&a.render()), Some(a), "{}", a.render());
        }
        for bad in [
            "",
            "answer",
            "answer role",
            "answer role nope",
            "answer nope intro",
            "answer role intro extra",
            "show-results ",
            "Show-results",
            "answer role intro<script>",
        ] {
            assert_eq!(Action::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn island_ids_are_unique_and_marks_name_their_state() {
        let mut ids: Vec<_> = Island::ALL.iter().map(|i| i.id()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), Island::ALL.len());
        let m = marks(
            Some(Model::CoSell),
            Some(Model::Referral),
            &[(Decision::IntroOnly, false), (Decision::KeepCustomer, true)],
        );
        assert_eq!(m[0], (Mark::Now, Some("cosell".to_owned())));
        assert_eq!(m[1], (Mark::Rung, Some("referral".to_owned())));
        assert_eq!(
            m[2],
            (
                Mark::Path,
                Some("intro-only-no keep-customer-yes".to_owned())
            )
        );
        assert!(marks(None, None, &[]).iter().all(|(_, v)| v.is_none()));
    }
}
