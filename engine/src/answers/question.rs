//! The questions of the assessment in asking order, with everything the page says about
//! each: its URL key, prompt, hint, answer phrases and choices.

use super::choices::{
    Choice, Integration, JointValue, Motion, Own, PartnerSupport, Reach, Role, Segment, Stage,
    YesNo,
};

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
    Others,
}

impl Question {
    /// Every question, in asking order.
    pub const ALL: [Question; 14] = [
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
        Question::Others,
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
            Question::Others => "others",
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
            Question::Others => "Do other partners sell to the same customers?",
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
            Question::Others => {
                "Two partners on one account is the partner-versus-partner conflict to settle first."
            }
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
            Question::Others => &[
                "no other partner selling to the same customers",
                "other partners selling to the same customers",
            ],
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

    /// The label of the answer with URL id `id`, as the assessment shows it; `None` for an id
    /// the question does not have.
    pub fn choice_label(self, id: &str) -> Option<&'static str> {
        let table = self.choice_table();
        table
            .get(super::choices::position(table, id)?)
            .map(|c| c.label)
    }

    /// The possible answers, in display order, as the answer enum's static table.
    pub(crate) const fn choice_table(self) -> &'static [Choice] {
        match self {
            Question::Role => Role::CHOICES,
            Question::Own => Own::CHOICES,
            Question::Int => Integration::CHOICES,
            Question::Jvp => JointValue::CHOICES,
            Question::Motion => Motion::CHOICES,
            Question::Reach => Reach::CHOICES,
            Question::Stage => Stage::CHOICES,
            Question::Psup => PartnerSupport::CHOICES,
            Question::Dreg
            | Question::Direct
            | Question::Mkt
            | Question::Api
            | Question::Others => YesNo::CHOICES,
            Question::Seg => Segment::CHOICES,
        }
    }
}

/// The questions for which `keep` holds, in asking order. Takes `dyn Fn` so that every
/// such list in the assessment shares one copy of this loop in the wasm.
pub(crate) fn questions_where(keep: &dyn Fn(Question) -> bool) -> Vec<Question> {
    let mut questions = Vec::new();
    for q in Question::ALL {
        if keep(q) {
            questions.push(q);
        }
    }
    questions
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_choice_label_is_found_by_its_id() {
        assert_eq!(
            Question::Role.choice_label("intro"),
            Some("Only makes introductions")
        );
        assert_eq!(Question::Role.choice_label("boss"), None);
        for q in Question::ALL {
            for c in q.choices() {
                assert_eq!(q.choice_label(c.id), Some(c.label));
            }
        }
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
