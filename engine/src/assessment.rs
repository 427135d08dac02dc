//! The assessment: the visitor's answers and the rules that turn them into a recommendation.
//!
//! Answer types are closed enums with stable ids: the ids are the scenario URL's values, so
//! they never change once published.

/// Declares an answer enum with its stable URL ids and plain-language labels.
macro_rules! choice {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $var:ident = $id:literal : $label:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($(#[$vmeta])* $var),+ }

        impl $name {
            /// Every value, in the order the question lists them.
            pub const ALL: &'static [$name] = &[$($name::$var),+];

            /// Stable id used in the URL.
            pub const fn id(self) -> &'static str {
                match self { $($name::$var => $id),+ }
            }

            /// Plain-language answer text.
            pub const fn label(self) -> &'static str {
                match self { $($name::$var => $label),+ }
            }

            /// Parses a URL id; `None` for anything else.
            pub fn from_id(id: &str) -> Option<Self> {
                match id { $($id => Some($name::$var),)+ _ => None }
            }
        }
    };
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

    /// Whether several answers may be chosen (only the segments question).
    pub const fn is_multi(self) -> bool {
        matches!(self, Question::Seg)
    }

    /// The possible answers, in display order.
    pub fn choices(self) -> Vec<Choice> {
        fn of<T: Copy>(
            all: &[T],
            id: fn(T) -> &'static str,
            label: fn(T) -> &'static str,
        ) -> Vec<Choice> {
            all.iter()
                .map(|&v| Choice {
                    id: id(v),
                    label: label(v),
                })
                .collect()
        }
        match self {
            Question::Role => of(Role::ALL, Role::id, Role::label),
            Question::Own => of(Own::ALL, Own::id, Own::label),
            Question::Int => of(Integration::ALL, Integration::id, Integration::label),
            Question::Jvp => of(JointValue::ALL, JointValue::id, JointValue::label),
            Question::Motion => of(Motion::ALL, Motion::id, Motion::label),
            Question::Reach => of(Reach::ALL, Reach::id, Reach::label),
            Question::Stage => of(Stage::ALL, Stage::id, Stage::label),
            Question::Psup => of(
                PartnerSupport::ALL,
                PartnerSupport::id,
                PartnerSupport::label,
            ),
            Question::Dreg | Question::Direct | Question::Mkt | Question::Api => {
                of(YesNo::ALL, YesNo::id, YesNo::label)
            }
            Question::Seg => of(Segment::ALL, Segment::id, Segment::label),
        }
    }
}

impl Answers {
    /// The id of the answer to a single-choice question, `None` when unanswered.
    /// For [`Question::Seg`] this is `None`; read [`Answers::seg`] instead.
    pub fn answer_id(&self, q: Question) -> Option<&'static str> {
        match q {
            Question::Role => self.role.map(Role::id),
            Question::Own => self.own.map(Own::id),
            Question::Int => self.int.map(Integration::id),
            Question::Jvp => self.jvp.map(JointValue::id),
            Question::Motion => self.motion.map(Motion::id),
            Question::Reach => self.reach.map(Reach::id),
            Question::Stage => self.stage.map(Stage::id),
            Question::Psup => self.psup.map(PartnerSupport::id),
            Question::Dreg => self.dreg.map(YesNo::id),
            Question::Direct => self.direct.map(YesNo::id),
            Question::Mkt => self.mkt.map(YesNo::id),
            Question::Api => self.api.map(YesNo::id),
            Question::Seg => None,
        }
    }

    /// Sets (or with `None` clears) the answer to a single-choice question by id.
    /// Returns `false`, changing nothing, when the id is not one of the question's answers
    /// or the question is [`Question::Seg`].
    pub fn set_answer_id(&mut self, q: Question, id: Option<&str>) -> bool {
        fn put<T>(slot: &mut Option<T>, id: Option<&str>, parse: fn(&str) -> Option<T>) -> bool {
            match id {
                None => {
                    *slot = None;
                    true
                }
                Some(id) => match parse(id) {
                    Some(v) => {
                        *slot = Some(v);
                        true
                    }
                    None => false,
                },
            }
        }
        match q {
            Question::Role => put(&mut self.role, id, Role::from_id),
            Question::Own => put(&mut self.own, id, Own::from_id),
            Question::Int => put(&mut self.int, id, Integration::from_id),
            Question::Jvp => put(&mut self.jvp, id, JointValue::from_id),
            Question::Motion => put(&mut self.motion, id, Motion::from_id),
            Question::Reach => put(&mut self.reach, id, Reach::from_id),
            Question::Stage => put(&mut self.stage, id, Stage::from_id),
            Question::Psup => put(&mut self.psup, id, PartnerSupport::from_id),
            Question::Dreg => put(&mut self.dreg, id, YesNo::from_id),
            Question::Direct => put(&mut self.direct, id, YesNo::from_id),
            Question::Mkt => put(&mut self.mkt, id, YesNo::from_id),
            Question::Api => put(&mut self.api, id, YesNo::from_id),
            Question::Seg => false,
        }
    }

    /// Whether the question has an answer (for segments: at least one chosen).
    pub fn is_answered(&self, q: Question) -> bool {
        match q {
            Question::Seg => !self.seg.is_empty(),
            _ => self.answer_id(q).is_some(),
        }
    }
}
