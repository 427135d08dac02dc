//! The answer enums, each declared once with its stable URL ids and plain-language labels,
//! so one table per enum serves display, parsing and the link format.

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
            /// ids, the labels, parsing and `Question::choices`.
            pub(super) const CHOICES: &'static [Choice] = &[$(Choice { id: $id, label: $label }),+];

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

/// One possible answer to a question: its URL id and its label.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Choice {
    pub id: &'static str,
    pub label: &'static str,
}

/// The index of the choice with this id.
pub(super) fn position(choices: &[Choice], id: &str) -> Option<usize> {
    choices.iter().position(|c| c.id == id)
}

/// The value at `index` of a choice enum's `ALL`.
pub(super) fn pick<T: Copy>(all: &[T], index: Option<usize>) -> Option<T> {
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
