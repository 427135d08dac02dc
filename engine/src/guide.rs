//! The guide's knowledge as data: one source of truth the UI renders as text and tables.
//!
//! Everything here is plain `&'static str` in consts and small enums, so a table is a loop
//! over an array and a per-model cell is an index by [`Model::index`]. The assessment
//! ([`crate::assessment`]) links to these items instead of repeating their wording.

/// A partner go-to-market model.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Model {
    /// The partner introduces; you sell, sign and own the customer; the partner earns a fee.
    Referral,
    /// Both sellers work the same account; you keep the customer and the margin.
    CoSell,
    /// The partner sells, invoices and owns the customer; you wholesale at a discount.
    Reseller,
}

impl Model {
    /// All models, in the order the guide presents them (least to most hand-off).
    pub const ALL: [Model; 3] = [Model::Referral, Model::CoSell, Model::Reseller];

    /// Stable identifier used in URLs, `data-value` attributes and CSS classes.
    pub const fn id(self) -> &'static str {
        match self {
            Model::Referral => "referral",
            Model::CoSell => "cosell",
            Model::Reseller => "reseller",
        }
    }

    /// Display name.
    pub const fn name(self) -> &'static str {
        match self {
            Model::Referral => "Referral",
            Model::CoSell => "Co-sell",
            Model::Reseller => "Reseller",
        }
    }

    /// The name as written inside a sentence ("co-sell would be earned now").
    pub const fn in_sentence(self) -> &'static str {
        match self {
            Model::Referral => "referral",
            Model::CoSell => "co-sell",
            Model::Reseller => "reseller",
        }
    }

    /// Position in [`Model::ALL`], for per-model arrays.
    pub const fn index(self) -> usize {
        self as usize
    }

    /// The guide's description of this model.
    pub const fn profile(self) -> &'static Profile {
        &PROFILES[self.index()]
    }

    /// Where the model sits on the control-versus-margin chart.
    pub const fn placement(self) -> Placement {
        match self {
            Model::Referral | Model::CoSell => Placement {
                control: Level::High,
                margin: Level::High,
            },
            Model::Reseller => Placement {
                control: Level::Low,
                margin: Level::Low,
            },
        }
    }
}

/// What a model means in practice: who does what, and what each side gets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Profile {
    /// One line a visitor can remember.
    pub summary: &'static str,
    /// How a deal runs, start to finish.
    pub definition: &'static str,
    /// Who does the selling.
    pub who_sells: &'static str,
    /// Who holds the customer relationship after the sale.
    pub who_owns: &'static str,
    /// What the partner takes away from each deal.
    pub partner_gets: &'static str,
}

/// The guide's profiles, indexed by [`Model::index`].
pub const PROFILES: [Profile; 3] = [
    Profile {
        summary: "The partner opens the door; you walk through it and keep the customer.",
        definition: "The partner notices that one of its customers needs what you sell and \
            introduces you. From there you run the sale, sign the contract and look after \
            the customer through support and renewals.",
        who_sells: "You, once the introduction is made",
        who_owns: "You",
        partner_gets: "A referral fee for each introduction that closes",
    },
    Profile {
        summary:
            "Two sellers, one account: the partner's rep pulls you into a deal they already run.",
        definition: "You and the partner work the same account at the same time. The \
            partner's seller brings you up inside an opportunity of their own, and both \
            teams pitch together. The customer and the margin stay with you; the customer \
            is served by both of you.",
        who_sells: "Both companies, side by side",
        who_owns: "You, with the partner serving the customer alongside",
        partner_gets: "A larger deal of its own that closes sooner",
    },
    Profile {
        summary: "The partner sells you as part of its own offer and keeps the customer.",
        definition: "The partner puts your product into what it sells. It quotes, invoices \
            and handles first-line support, and the customer relationship is its own. You \
            sell to the partner at a wholesale discount and seldom speak to the end customer.",
        who_sells: "The partner, on its own",
        who_owns: "The partner",
        partner_gets: "The margin between your wholesale price and its resale price",
    },
];

/// The one-sentence way to tell the three models apart.
pub const MNEMONIC: &str = "Referral hands off a lead, reseller hands off the customer, \
    and co-sell keeps both sellers in the room.";

/// One row of the comparison table: a dimension and its value for each model.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dimension {
    /// Stable id, for keys and test ids.
    pub id: &'static str,
    /// Row heading.
    pub name: &'static str,
    /// The cell for each model, indexed by [`Model::index`].
    pub values: [&'static str; 3],
}

/// Who to pay and how, per model (indexed by [`Model::index`]): pay the person in the deal,
/// not the org chart. Its own table so the results can show it without the whole
/// comparison.
pub const COMPENSATION: [&str; 3] = [
    "A clean referral fee, paid fast, to the person who made the introduction",
    "A bigger or faster deal for the partner's rep; a spiff only where that is clean",
    "A margin big enough to beat the other products on the partner's line card",
];

/// The comparison table, in reading order.
pub const DIMENSIONS: [Dimension; 8] = [
    Dimension {
        id: "who-sells",
        name: "Who sells",
        values: [
            "You, after the introduction",
            "Both of you",
            "The partner alone",
        ],
    },
    Dimension {
        id: "who-owns",
        name: "Who owns the customer",
        values: ["You", "You, served jointly", "The partner"],
    },
    Dimension {
        id: "margin",
        name: "Impact on your margin",
        values: [
            "A fee on each deal",
            "Nothing on the deal itself, only the time spent enabling the partner",
            "A wholesale discount, often 20 to 40 percent, on every deal for good",
        ],
    },
    Dimension {
        id: "control",
        name: "Control of the customer experience",
        values: ["High", "High", "Low: the partner runs it"],
    },
    Dimension {
        id: "effort",
        name: "Effort to stand up",
        values: [
            "Low: a link and a way to pay the fee",
            "Medium: enablement and mapping accounts together",
            "High: contracts, margin terms, support training and often a partner portal",
        ],
    },
    Dimension {
        id: "data",
        name: "Customer data you keep",
        values: ["All of it", "All of it", "Little"],
    },
    Dimension {
        id: "compensation",
        name: "How to pay the partner",
        values: COMPENSATION,
    },
    Dimension {
        id: "stage",
        name: "Best startup stage",
        values: [
            "Any stage",
            "Once an integration is live",
            "Once your own sales motion is proven",
        ],
    },
];

/// A side of an axis of the control-versus-margin chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Level {
    Low,
    High,
}

/// A model's corner on the control-versus-margin 2x2.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Placement {
    /// How much of the customer experience you control.
    pub control: Level,
    /// How much of each deal's revenue you keep.
    pub margin: Level,
}

/// One rung of the maturity ladder: what succeeding at it proves and what it pays back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rung {
    /// The model this rung runs.
    pub model: Model,
    /// What a working motion at this rung demonstrates.
    pub proves: &'static str,
    /// What the rung gives you in return.
    pub earns: &'static str,
}

/// The maturity ladder, bottom rung first (the same order as [`Model::ALL`]).
pub const LADDER: [Rung; 3] = [
    Rung {
        model: Model::Referral,
        proves: "The customer overlap is real and introduced leads turn into deals.",
        earns: "Warm pipeline, quickly, with almost nothing at risk.",
    },
    Rung {
        model: Model::CoSell,
        proves: "The partner's field team can pitch you and win.",
        earns: "Bigger, better-timed deals whose customers are still yours.",
    },
    Rung {
        model: Model::Reseller,
        proves: "The motion works when you are not in the room.",
        earns: "Scale and reach you could never staff yourself.",
    },
];

/// Why the ladder is climbed one rung at a time.
pub const LADDER_NOTE: &str = "Each rung tests what the next one depends on, so skipping \
    one usually fails.";

/// How much a model depends on an asset.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Need {
    /// It makes the model work better, but the model runs without it.
    Helps,
    /// The model breaks or stalls without it.
    Required,
}

/// A partnership asset the guide's asset table covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Asset {
    /// An integration with the partner's product.
    Integration,
    /// A listing on the partner's marketplace.
    Marketplace,
    /// API documentation a partner's team can work from.
    ApiDocs,
}

impl Asset {
    /// Every asset, in table order.
    pub const ALL: [Asset; 3] = [Asset::Integration, Asset::Marketplace, Asset::ApiDocs];

    /// Stable id, for keys and test ids.
    pub const fn id(self) -> &'static str {
        match self {
            Asset::Integration => "integration",
            Asset::Marketplace => "marketplace",
            Asset::ApiDocs => "api-docs",
        }
    }

    /// Row heading.
    pub const fn name(self) -> &'static str {
        match self {
            Asset::Integration => "Live integration",
            Asset::Marketplace => "Marketplace listing",
            Asset::ApiDocs => "Partner-ready API docs",
        }
    }

    /// What the asset does for `model` (the table cell).
    pub const fn role(self, model: Model) -> &'static str {
        let cells = match self {
            Asset::Integration => [
                "Helps leads convert",
                "Required: the joint pitch is built on it",
                "Required, or support breaks",
            ],
            Asset::Marketplace => [
                "Can automate the introduction",
                "The proof a seller links to",
                "A rail for fulfilment and discovery",
            ],
            Asset::ApiDocs => [
                "Nice to have",
                "Needed before their team trusts you",
                "Needed by their support team",
            ],
        };
        cells[model.index()]
    }

    /// How much `model` depends on the asset.
    pub const fn need(self, model: Model) -> Need {
        match (self, model) {
            (Asset::Integration | Asset::ApiDocs, Model::CoSell | Model::Reseller) => {
                Need::Required
            }
            _ => Need::Helps,
        }
    }
}

/// A kind of channel conflict, with the rule that settles it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Conflict {
    /// Your own sellers and a partner both work one account.
    DirectVsPartner,
    /// Two partners claim the same account.
    PartnerVsPartner,
    /// A referral fee and co-sell credit are both claimed for one deal.
    ReferralVsCoSell,
}

impl Conflict {
    /// Every conflict, in table order.
    pub const ALL: [Conflict; 3] = [
        Conflict::DirectVsPartner,
        Conflict::PartnerVsPartner,
        Conflict::ReferralVsCoSell,
    ];

    /// Stable id, for keys and test ids.
    pub const fn id(self) -> &'static str {
        match self {
            Conflict::DirectVsPartner => "direct-vs-partner",
            Conflict::PartnerVsPartner => "partner-vs-partner",
            Conflict::ReferralVsCoSell => "referral-vs-cosell",
        }
    }

    /// Who collides.
    pub const fn name(self) -> &'static str {
        match self {
            Conflict::DirectVsPartner => "Your direct team against a partner on one account",
            Conflict::PartnerVsPartner => "Two partners on the same account",
            Conflict::ReferralVsCoSell => "Referral credit against co-sell credit",
        }
    }

    /// The rule that settles it.
    pub const fn rule(self) -> &'static str {
        match self {
            Conflict::DirectVsPartner => {
                "Use deal registration, and keep your direct team's hands off registered deals."
            }
            Conflict::PartnerVsPartner => {
                "The first partner to register wins, with a tie-break agreed before it is needed."
            }
            Conflict::ReferralVsCoSell => {
                "Tag the motion in the CRM at the moment the partner enters the deal."
            }
        }
    }
}

/// The specifics of written credit rules: how each deal is classified, who wins a tie and
/// when the partner is paid. The rules only work if they are decided before the first deal.
pub const CREDIT_RULES: [&str; 4] = [
    "A referral is a partner introduction you then sell alone; a co-sell is a deal where the \
     partner's seller stays active in it. Tag which one in the CRM when the partner enters \
     the deal, not at close.",
    "Between partners, the first to register a genuine, net-new opportunity wins; agree the \
     tie-break (for example, the partner with the active relationship) before it is needed.",
    "Against your own team, a registered deal is hands-off for the agreed window.",
    "Pay the partner quickly and on a date written in the rules, and pay the person in the \
     deal, not the org chart.",
];

/// The 2x2's quick test of intent: a model in the low-control, low-margin corner only pays
/// for itself with reach you cannot staff.
pub const INTENT_TEST: &str = "A quick test of intent: if your model sits in the \
    low-control, low-margin corner and reach is not what you need from this partner, \
    reconsider.";

/// What deal registration is, since two of the conflict rules rest on it.
pub const DEAL_REGISTRATION: &str = "Deal registration lets a partner log a genuine, net-new \
    opportunity and, for an agreed window, hold protected credit for it and the economics \
    you agreed.";

/// A common mistake the guide warns about; the assessment's red flags point here.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Mistake {
    /// Handing sales to resellers before your own motion works.
    ResellTooEarly,
    /// Giving up the customer relationship in exchange for a famous partner.
    SignAwayCustomer,
    /// Picking one model for the whole relationship rather than per deal.
    ModelAsLabel,
    /// Launching a model with nothing integrated behind it.
    NoIntegration,
    /// Writing credit rules only once partners already disagree.
    LateCreditRules,
}

impl Mistake {
    /// Every mistake, in the guide's order.
    pub const ALL: [Mistake; 5] = [
        Mistake::ResellTooEarly,
        Mistake::SignAwayCustomer,
        Mistake::ModelAsLabel,
        Mistake::NoIntegration,
        Mistake::LateCreditRules,
    ];

    /// Stable id, for anchors and test ids.
    pub const fn id(self) -> &'static str {
        match self {
            Mistake::ResellTooEarly => "resell-too-early",
            Mistake::SignAwayCustomer => "sign-away-customer",
            Mistake::ModelAsLabel => "model-as-label",
            Mistake::NoIntegration => "no-integration",
            Mistake::LateCreditRules => "late-credit-rules",
        }
    }

    /// The mistake, named.
    pub const fn title(self) -> &'static str {
        match self {
            Mistake::ResellTooEarly => "Reselling before the motion is proven",
            Mistake::SignAwayCustomer => "Signing away the customer for a logo",
            Mistake::ModelAsLabel => "Treating the model as a label for the whole relationship",
            Mistake::NoIntegration => "Launching a model with no integration behind it",
            Mistake::LateCreditRules => "Leaving credit rules until the first dispute",
        }
    }

    /// Why it goes wrong.
    pub const fn why(self) -> &'static str {
        match self {
            Mistake::ResellTooEarly => {
                "A partner cannot sell what you cannot yet sell yourself, and you will not \
                 see why deals are lost."
            }
            Mistake::SignAwayCustomer => {
                "An early company needs the renewals, the support conversations and the \
                 product feedback that go with owning the customer."
            }
            Mistake::ModelAsLabel => {
                "One partner touches different kinds of deals, and each kind fits a \
                 different model."
            }
            Mistake::NoIntegration => {
                "Without a working integration the joint pitch is a slide and support has \
                 nothing to stand on."
            }
            Mistake::LateCreditRules => {
                "The first dispute over who sourced a deal costs more trust than any rule \
                 written in advance."
            }
        }
    }

    /// What to do instead.
    pub const fn fix(self) -> &'static str {
        match self {
            Mistake::ResellTooEarly => {
                "Start with referral or co-sell, and move to resale once you know who buys, \
                 why, and what kills deals."
            }
            Mistake::SignAwayCustomer => {
                "Keep the customer: choose referral or co-sell until owning it matters less \
                 than reach."
            }
            Mistake::ModelAsLabel => {
                "Match the model per deal: small deals, strategic accounts and uncovered \
                 regions can each run a different one."
            }
            Mistake::NoIntegration => {
                "Ship an integration and get it adopted before launching co-sell or resale."
            }
            Mistake::LateCreditRules => {
                "Put deal registration and written credit rules in place before the first \
                 shared deal."
            }
        }
    }
}

/// A question the FAQ answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Faq {
    pub question: &'static str,
    pub answer: &'static str,
}

/// Frequently asked questions, answered from the guide's facts.
pub const FAQ: [Faq; 9] = [
    Faq {
        question: "What is the difference between referral, co-sell and reseller?",
        answer: "Referral hands you a lead and you do the rest. Co-sell puts your seller and \
            the partner's seller in the same deal, and the customer stays yours. Reseller \
            hands the customer to the partner, who sells, invoices and supports it.",
    },
    Faq {
        question: "Which model should a startup start with?",
        answer: "Usually referral: it costs little, is quick to stand up and proves that the \
            customer overlap is real. Move to co-sell once your integration is live and \
            adopted and you can name the joint workflow, and to resale only once your own \
            sales motion is proven and the partner reaches customers you cannot staff.",
    },
    Faq {
        question: "Which model keeps the most margin?",
        answer: "Referral and co-sell both keep most of it. Referral costs a fee per deal. \
            Co-sell costs nothing off the price, but it takes the time spent enabling the \
            partner and often a spiff for the partner's seller, which you can add in the \
            simulator. Reselling costs a wholesale discount, often 20 to 40 \
            percent, on every deal for as long as it runs.",
    },
    Faq {
        question: "Do I need an integration before partnering?",
        answer: "Make sure it is real, adopted by customers and documented before you \
            negotiate any model. A referral can start while it matures, since the \
            integration only helps introduced leads convert; co-sell needs it live \
            because the joint pitch is built on it, and resale needs it or the partner's \
            support breaks.",
    },
    Faq {
        question: "When is a startup ready to work with resellers?",
        answer: "When two things hold: its own sales motion is proven (it knows who buys, \
            why, and what kills deals), and the partner reaches customers it cannot \
            staff itself. Before that a reseller cannot succeed where you have not, and \
            without the reach there is nothing to pay the margin for.",
    },
    Faq {
        question: "Can one partner use more than one model?",
        answer: "Yes, and mature programmes usually do. Match the model per deal: small \
            deals through referral, strategic accounts through co-sell, regions you cannot \
            cover through resale once the motion is proven and the customer need not be \
            yours.",
    },
    Faq {
        question: "What is the difference between co-sell and co-marketing?",
        answer: "Co-marketing is joint demand generation, such as content, webinars and \
            events, that creates interest for both of you. Co-sell is both sellers working \
            the same live deal. Co-marketing can feed any of the three models; it is not a \
            sales model of its own.",
    },
    Faq {
        question: "How do we avoid fights over who gets credit for a deal?",
        answer: "Agree the rules before the first shared deal: a referral is an introduction \
            you then sell alone, a co-sell keeps the partner's seller in the deal, and the \
            motion is tagged in the CRM when the partner enters it. Between partners the \
            first to register wins, with a tie-break agreed in advance; your own team keeps \
            hands off registered deals; and the partner is paid quickly, on a date the \
            rules name.",
    },
    Faq {
        question: "Why climb the ladder instead of starting with resale?",
        answer: "Each rung proves what the next depends on. Referral shows the overlap is \
            real, co-sell shows the partner's team can win with you, and only then does \
            resale scale a motion that works without you in the room.",
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ladder_and_profiles_follow_model_order() {
        for model in Model::ALL {
            assert_eq!(LADDER[model.index()].model, model);
            assert_eq!(Model::ALL[model.index()], model);
            assert!(!model.profile().summary.is_empty());
        }
    }

    #[test]
    fn reseller_alone_gives_up_control_and_margin() {
        assert_eq!(Model::Referral.placement(), Model::CoSell.placement());
        assert_eq!(Model::Reseller.placement().control, Level::Low);
        assert_eq!(Model::Reseller.placement().margin, Level::Low);
        assert_eq!(Model::CoSell.placement().margin, Level::High);
    }

    #[test]
    fn integration_is_required_beyond_referral() {
        assert_eq!(Asset::Integration.need(Model::Referral), Need::Helps);
        assert_eq!(Asset::Integration.need(Model::CoSell), Need::Required);
        assert_eq!(Asset::Integration.need(Model::Reseller), Need::Required);
        assert_eq!(Asset::Marketplace.need(Model::Reseller), Need::Helps);
    }

    #[test]
    fn the_faq_never_contradicts_the_guide() {
        let answer = |q: &str| {
            FAQ.iter()
                .find(|f| f.question.contains(q))
                .map(|f| f.answer)
                .expect("the question is asked")
        };
        assert!(!answer("integration before").starts_with("Not for referral"));
        assert!(answer("integration before").contains("real, adopted"));
        assert!(answer("most margin").contains("spiff"));
        assert!(answer("resellers").contains("cannot staff"));
        assert!(answer("more than one model").contains("mature programmes usually do"));
        assert!(answer("start with").starts_with("Usually referral"));
        assert!(answer("co-marketing").contains("not a sales model"));
        let pay = DIMENSIONS.iter().find(|d| d.id == "compensation");
        assert!(pay.is_some_and(|d| d.values[Model::Reseller.index()].contains("line card")));
    }

    #[test]
    fn ids_are_unique() {
        let mut ids: Vec<&str> = DIMENSIONS.iter().map(|d| d.id).collect();
        ids.extend(Asset::ALL.map(Asset::id));
        ids.extend(Conflict::ALL.map(Conflict::id));
        ids.extend(Mistake::ALL.map(Mistake::id));
        let count = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), count);
    }
}
