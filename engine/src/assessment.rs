//! The assessment: the visitor's answers and the rules that turn them into a recommendation.
//!
//! Answer types are closed enums with stable ids: the ids are the scenario URL's values, so
//! they never change once published.
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

use crate::guide::{Conflict, Model};
use changes::Change;
use rules::{Awaiting, Flag, Ladder, Layer, Readiness, Recommendation};
use scoring::FitScore;

/// Declares an answer enum with its stable URL ids and plain-language labels.
macro_rules! choice {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $var:ident = $id:literal : $label:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($(#[$vmeta])* $var),+ }

        impl $name {
            /// Every value, in the order the question lists them.
            pub const ALL: &'static [$name] = &[$($name::$var),+];

            /// Id and label of every value, in [`Self::ALL`] order: one table serves the
            /// ids, the labels, parsing and [`Question::choices`].
            const CHOICES: &'static [Choice] = &[$(Choice { id: $id, label: $label }),+];

            /// Stable id used in the URL.
            pub const fn id(self) -> &'static str {
                Self::CHOICES[self as usize].id
            }

            /// Plain-language answer text.
            pub const fn label(self) -> &'static str {
                Self::CHOICES[self as usize].label
            }

            /// Parses a URL id; `None` for anything else.
            pub fn from_id(id: &str) -> Option<Self> {
                pick(Self::ALL, position(Self::CHOICES, id))
            }
        }
    };
}

/// The index of the choice with this id.
fn position(choices: &[Choice], id: &str) -> Option<usize> {
    choices.iter().position(|c| c.id == id)
}

/// The value at `index` of a choice enum's `ALL`.
fn pick<T: Copy>(all: &[T], index: Option<usize>) -> Option<T> {
    all.get(index?).copied()
}

choice! {
    /// What the partner does in deals.
    Role {
        Intro = "intro": "Only makes introductions",
        Deals = "deals": "Its sellers are in live deals where we fit",
        Resells = "resells": "Already sells or bundles software to these customers",
    }
}

choice! {
    /// Whether you need to own the customer relationship.
    Own {
        Must = "must": "We must own it",
        Prefer = "prefer": "We would prefer to own it",
        Handover = "handover": "We are willing to hand it over",
    }
}

choice! {
    /// State of your integration with the partner's product.
    Integration {
        None = "none": "None yet",
        Built = "built": "Built, but not adopted",
        Live = "live": "Live and adopted",
    }
}

choice! {
    /// Whether you can name the workflow where you improve the partner's customer's life.
    JointValue {
        No = "no": "Not yet",
        Rough = "rough": "Roughly",
        Written = "written": "Written down and validated",
    }
}

choice! {
    /// Whether your own sales motion is proven.
    Motion {
        No = "no": "Not yet",
        Partial = "partial": "Partly",
        Proven = "proven": "Proven: we know who buys, why, and what kills deals",
    }
}

choice! {
    /// Whether the partner reaches segments or regions you cannot serve.
    Reach {
        No = "no": "No",
        Some = "some": "Some",
        Core = "core": "Yes, that is the main reason",
    }
}

choice! {
    /// Company stage.
    Stage {
        Seed = "seed": "Seed",
        A = "a": "Series A",
        B = "b": "Series B",
        Later = "later": "Later",
    }
}

choice! {
    /// Whether the partner can support and implement customers.
    PartnerSupport {
        None = "none": "Not at all",
        Some = "some": "Partly",
        Full = "full": "Fully",
    }
}

choice! {
    /// A plain yes/no answer.
    YesNo {
        No = "no": "No",
        Yes = "yes": "Yes",
    }
}

choice! {
    /// A kind of deal the partner will touch.
    Segment {
        Small = "small": "Small, self-serve deals",
        Strategic = "strategic": "Strategic, large accounts",
        Remote = "remote": "Regions we do not cover",
    }
}

impl Segment {
    /// The segment inside a sentence ("With strategic accounts in scope, ...").
    pub const fn noun(self) -> &'static str {
        match self {
            Segment::Small => "small, self-serve deals",
            Segment::Strategic => "strategic accounts",
            Segment::Remote => "regions you do not cover",
        }
    }
}

/// The set of segments the partner will touch (the one multi-answer question).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Segments(u8);

impl Segments {
    /// No segment chosen (the question is unanswered).
    pub const EMPTY: Segments = Segments(0);

    const fn bit(segment: Segment) -> u8 {
        1 << segment as u8
    }

    /// Whether `segment` is chosen.
    pub const fn contains(self, segment: Segment) -> bool {
        self.0 & Self::bit(segment) != 0
    }

    /// The set with `segment` added or removed.
    pub const fn with(self, segment: Segment, chosen: bool) -> Segments {
        if chosen {
            Segments(self.0 | Self::bit(segment))
        } else {
            Segments(self.0 & !Self::bit(segment))
        }
    }

    /// Number of chosen segments.
    pub const fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// Whether no segment is chosen.
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// Chosen segments in [`Segment::ALL`] order.
    pub fn iter(self) -> impl Iterator<Item = Segment> {
        Segment::ALL
            .iter()
            .copied()
            .filter(move |s| self.contains(*s))
    }
}

impl FromIterator<Segment> for Segments {
    fn from_iter<I: IntoIterator<Item = Segment>>(iter: I) -> Self {
        iter.into_iter()
            .fold(Segments::EMPTY, |set, s| set.with(s, true))
    }
}

/// The visitor's answers; `None` (or an empty set) means not answered yet.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Answers {
    pub role: Option<Role>,
    pub own: Option<Own>,
    pub int: Option<Integration>,
    pub jvp: Option<JointValue>,
    pub motion: Option<Motion>,
    pub reach: Option<Reach>,
    pub stage: Option<Stage>,
    pub psup: Option<PartnerSupport>,
    pub dreg: Option<YesNo>,
    pub direct: Option<YesNo>,
    pub mkt: Option<YesNo>,
    pub api: Option<YesNo>,
    pub seg: Segments,
}

/// A question of the assessment, in the order it is asked (also the URL key order).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Question {
    Role,
    Own,
    Int,
    Jvp,
    Motion,
    Reach,
    Stage,
    Psup,
    Dreg,
    Direct,
    Mkt,
    Api,
    Seg,
}

/// One possible answer to a question: its URL id and its label.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Choice {
    pub id: &'static str,
    pub label: &'static str,
}

impl Question {
    /// Every question, in asking order.
    pub const ALL: [Question; 13] = [
        Question::Role,
        Question::Own,
        Question::Int,
        Question::Jvp,
        Question::Motion,
        Question::Reach,
        Question::Stage,
        Question::Psup,
        Question::Dreg,
        Question::Direct,
        Question::Mkt,
        Question::Api,
        Question::Seg,
    ];

    /// The URL key, stable forever.
    pub const fn key(self) -> &'static str {
        match self {
            Question::Role => "role",
            Question::Own => "own",
            Question::Int => "int",
            Question::Jvp => "jvp",
            Question::Motion => "motion",
            Question::Reach => "reach",
            Question::Stage => "stage",
            Question::Psup => "psup",
            Question::Dreg => "dreg",
            Question::Direct => "direct",
            Question::Mkt => "mkt",
            Question::Api => "api",
            Question::Seg => "seg",
        }
    }

    /// The question as asked.
    pub const fn prompt(self) -> &'static str {
        match self {
            Question::Role => "What does the partner do in deals?",
            Question::Own => {
                "Do you need to own the customer (renewals, support, product feedback)?"
            }
            Question::Int => "How far along is your integration with the partner's product?",
            Question::Jvp => {
                "Can you name the one workflow where you make the partner's customers' lives better?"
            }
            Question::Motion => {
                "Is your own sales motion proven (you know who buys, why, and what kills deals)?"
            }
            Question::Reach => "Does the partner reach segments or regions you cannot serve?",
            Question::Stage => "What stage is your company at?",
            Question::Psup => "Can the partner support and implement customers?",
            Question::Dreg => "Do you have deal registration and written credit rules?",
            Question::Direct => "Do you have a direct sales team?",
            Question::Mkt => "Are you listed on the partner's marketplace?",
            Question::Api => "Do you have partner-ready API docs?",
            Question::Seg => "Which deals will this partner touch?",
        }
    }

    /// A short hint shown under the question: why it matters to the result.
    pub const fn help(self) -> &'static str {
        match self {
            Question::Role => {
                "The first step of the decision: a partner who only introduces is a referral partner."
            }
            Question::Own => {
                "The second step: keeping the customer rules out resale, whatever else is true."
            }
            Question::Int => {
                "Co-sell and resale both stand on an integration customers actually use."
            }
            Question::Jvp => {
                "A partner's seller can only pitch you with one concrete workflow to point at."
            }
            Question::Motion => {
                "A partner cannot sell what you cannot yet sell yourself; resale waits for this."
            }
            Question::Reach => "Reach you cannot staff is the reason to accept a reseller's margin.",
            Question::Stage => "Early companies need the renewals and feedback of owning the customer.",
            Question::Psup => "A reseller runs first-line support, so it has to be able to.",
            Question::Dreg => "Written credit rules prevent the disputes that sour partnerships.",
            Question::Direct => "A direct team and a partner can meet on the same account.",
            Question::Mkt => "A listing can automate introductions and gives sellers a proof to link to.",
            Question::Api => "The partner's team trusts and supports what it can read about.",
            Question::Seg => "Each kind of deal can run its own model with the same partner.",
        }
    }

    /// Each answer as it reads after "With ..." in a what-would-change sentence, in the
    /// order of [`Question::choices`]. For [`Question::Seg`] see [`Segment::noun`].
    pub const fn phrases(self) -> &'static [&'static str] {
        match self {
            Question::Role => &[
                "a partner who only makes introductions",
                "a partner whose sellers are in live deals where you fit",
                "a partner that already sells software to these customers",
            ],
            Question::Own => &[
                "a customer you must own",
                "a customer you would rather own",
                "the customer handed over to the partner",
            ],
            Question::Int => &[
                "no integration",
                "an integration that is built but not adopted",
                "a live, adopted integration",
            ],
            Question::Jvp => &[
                "no named joint workflow",
                "a rough joint value proposition",
                "a written, validated joint value proposition",
            ],
            Question::Motion => &[
                "an unproven sales motion",
                "a partly proven sales motion",
                "a proven sales motion",
            ],
            Question::Reach => &[
                "no reach beyond your own",
                "some reach you cannot serve yourself",
                "reach you cannot serve as the main reason",
            ],
            Question::Stage => &[
                "a seed-stage company",
                "a Series A company",
                "a Series B company",
                "a later-stage company",
            ],
            Question::Psup => &[
                "a partner that cannot support customers",
                "a partner that can support customers in part",
                "a partner that fully supports and implements customers",
            ],
            Question::Dreg => &[
                "no deal registration or credit rules",
                "deal registration and written credit rules",
            ],
            Question::Direct => &["no direct sales team", "a direct sales team"],
            Question::Mkt => &[
                "no marketplace listing",
                "a listing on the partner's marketplace",
            ],
            Question::Api => &["no partner-ready API docs", "partner-ready API docs"],
            Question::Seg => &[],
        }
    }

    /// Whether several answers may be chosen (only the segments question).
    pub const fn is_multi(self) -> bool {
        matches!(self, Question::Seg)
    }

    /// The possible answers, in display order.
    pub fn choices(self) -> Vec<Choice> {
        self.choice_table().to_vec()
    }

    /// The possible answers, in display order, as the answer enum's static table.
    const fn choice_table(self) -> &'static [Choice] {
        match self {
            Question::Role => Role::CHOICES,
            Question::Own => Own::CHOICES,
            Question::Int => Integration::CHOICES,
            Question::Jvp => JointValue::CHOICES,
            Question::Motion => Motion::CHOICES,
            Question::Reach => Reach::CHOICES,
            Question::Stage => Stage::CHOICES,
            Question::Psup => PartnerSupport::CHOICES,
            Question::Dreg | Question::Direct | Question::Mkt | Question::Api => YesNo::CHOICES,
            Question::Seg => Segment::CHOICES,
        }
    }
}

impl Answers {
    /// The id of the answer to a single-choice question, `None` when unanswered.
    /// For [`Question::Seg`] this is `None`; read [`Answers::seg`] instead.
    pub fn answer_id(&self, q: Question) -> Option<&'static str> {
        let index = match q {
            Question::Role => self.role.map(|v| v as usize),
            Question::Own => self.own.map(|v| v as usize),
            Question::Int => self.int.map(|v| v as usize),
            Question::Jvp => self.jvp.map(|v| v as usize),
            Question::Motion => self.motion.map(|v| v as usize),
            Question::Reach => self.reach.map(|v| v as usize),
            Question::Stage => self.stage.map(|v| v as usize),
            Question::Psup => self.psup.map(|v| v as usize),
            Question::Dreg => self.dreg.map(|v| v as usize),
            Question::Direct => self.direct.map(|v| v as usize),
            Question::Mkt => self.mkt.map(|v| v as usize),
            Question::Api => self.api.map(|v| v as usize),
            Question::Seg => None,
        };
        Some(q.choice_table().get(index?)?.id)
    }

    /// Sets (or with `None` clears) the answer to a single-choice question by id.
    /// Returns `false`, changing nothing, when the id is not one of the question's answers
    /// or the question is [`Question::Seg`].
    pub fn set_answer_id(&mut self, q: Question, id: Option<&str>) -> bool {
        // One table search for every question; each arm only picks the enum value.
        let index = match id {
            None => None,
            Some(id) => match position(q.choice_table(), id) {
                Some(index) => Some(index),
                None => return false,
            },
        };
        match q {
            Question::Role => self.role = pick(Role::ALL, index),
            Question::Own => self.own = pick(Own::ALL, index),
            Question::Int => self.int = pick(Integration::ALL, index),
            Question::Jvp => self.jvp = pick(JointValue::ALL, index),
            Question::Motion => self.motion = pick(Motion::ALL, index),
            Question::Reach => self.reach = pick(Reach::ALL, index),
            Question::Stage => self.stage = pick(Stage::ALL, index),
            Question::Psup => self.psup = pick(PartnerSupport::ALL, index),
            Question::Dreg => self.dreg = pick(YesNo::ALL, index),
            Question::Direct => self.direct = pick(YesNo::ALL, index),
            Question::Mkt => self.mkt = pick(YesNo::ALL, index),
            Question::Api => self.api = pick(YesNo::ALL, index),
            Question::Seg => return false,
        }
        true
    }

    /// Whether the question has an answer (for segments: at least one chosen).
    pub fn is_answered(&self, q: Question) -> bool {
        match q {
            Question::Seg => !self.seg.is_empty(),
            _ => self.answer_id(q).is_some(),
        }
    }
}

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

/// The questions for which `keep` holds, in asking order. Takes `dyn Fn` so that every
/// such list in the assessment shares one copy of this loop in the wasm.
fn questions_where(keep: &dyn Fn(Question) -> bool) -> Vec<Question> {
    let mut questions = Vec::new();
    for q in Question::ALL {
        if keep(q) {
            questions.push(q);
        }
    }
    questions
}

/// Builds answers from a compact spec such as `"role=deals own=must seg=small+remote"`.
#[cfg(test)]
#[track_caller]
pub(crate) fn answers(spec: &str) -> Answers {
    let mut a = Answers::default();
    for pair in spec.split_whitespace() {
        let (key, value) = pair.split_once('=').expect("key=value");
        let q = Question::ALL
            .into_iter()
            .find(|q| q.key() == key)
            .expect("known key");
        if q == Question::Seg {
            a.seg = value
                .split('+')
                .map(|id| Segment::from_id(id).expect("known segment"))
                .collect();
        } else {
            assert!(
                a.set_answer_id(q, Some(value)),
                "bad value {value} for {key}"
            );
        }
    }
    a
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn phrases_match_choices() {
        for q in Question::ALL {
            if q != Question::Seg {
                assert_eq!(q.phrases().len(), q.choices().len(), "{}", q.key());
            }
            assert!(!q.help().is_empty());
        }
    }
}
