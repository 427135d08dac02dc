//! The simulator's parameters as one table: the URL key, label, help, unit, default, range,
//! slider step, typical range and basis of each, so the simulator, the form, the URL codec
//! and "How we calculate" read the same facts.

/// How a parameter's raw integer maps to its real value, and how it is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Whole currency units (raw = value).
    Money,
    /// Percent in hundredths (raw 1250 = 12.5 %).
    Percent,
    /// Customers per year in hundredths (raw 850 = 8.5).
    Count,
    /// Whole years (raw = value).
    Years,
}

impl Unit {
    /// Raw units per real unit.
    pub const fn scale(self) -> i64 {
        match self {
            Unit::Money | Unit::Years => 1,
            Unit::Percent | Unit::Count => 100,
        }
    }
}

/// A numeric simulator input. The declaration order is the URL key order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Param {
    Acv,
    Gm,
    Yrs,
    Ret,
    Exp,
    NRef,
    NCo,
    NRes,
    Uplift,
    Fee,
    FeeYrs,
    Bounty,
    Disc,
    Spiff,
    Sell,
    Sup,
    Offload,
    MktFee,
    Rate,
    RefSetup,
    RefRun,
    CoSetup,
    CoRun,
    ResSetup,
    ResRun,
}

/// The longest horizon the inputs allow, so rows live in fixed arrays and never allocate.
pub const MAX_YEARS: usize = Param::Yrs.spec().max as usize;

/// The wholesale discount the guide calls usual, 20 to 40 percent, in the discount's raw units
/// (hundredths of a percent): the simulator draws it behind the discount slider.
pub const USUAL_DISCOUNT: (i64, i64) = (2_000, 4_000);

/// Where a default comes from, so the page can say which figures to replace first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Basis {
    /// From the guide, such as its 20 to 40 percent discount band.
    Guide,
    /// A practice widely used in SaaS finance, named as such in the note.
    Convention,
    /// Ours: a placeholder for the visitor's own figure.
    Assumption,
}

impl Basis {
    /// A stable lower-case id ("guide", "convention", "assumption") for pages and tests.
    pub const fn id(self) -> &'static str {
        match self {
            Basis::Guide => "guide",
            Basis::Convention => "convention",
            Basis::Assumption => "assumption",
        }
    }

    /// The word the page shows.
    pub const fn label(self) -> &'static str {
        match self {
            Basis::Guide => "Guide",
            Basis::Convention => "Convention",
            Basis::Assumption => "Assumption",
        }
    }
}

/// Everything known about a parameter: URL key, label, help, unit, default, range, slider
/// step and typical range, all in raw units, and where the default comes from, so the UI,
/// the URL codec and the method read one table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParamSpec {
    pub key: &'static str,
    pub label: &'static str,
    /// One sentence on what the input means, shown beside its control.
    pub help: &'static str,
    pub unit: Unit,
    pub default: i64,
    pub min: i64,
    pub max: i64,
    /// A sensible slider step; the number field still accepts any raw value in range.
    pub step: i64,
    /// A typical span (low, high) within the range and around the default: how far the
    /// sensitivity chart moves the input.
    pub typical: (i64, i64),
    /// Where the default comes from.
    pub basis: Basis,
    /// One short phrase naming the guide passage or convention, or asking for the visitor's
    /// own figure.
    pub basis_note: &'static str,
}

/// Builds a spec from real values, so the table below reads in the units people think in.
const fn spec(
    key: &'static str,
    label: &'static str,
    help: &'static str,
    unit: Unit,
    (default, min, max, step): (f64, f64, f64, f64),
    (low, high): (f64, f64),
    (basis, basis_note): (Basis, &'static str),
) -> ParamSpec {
    let s = unit.scale() as f64;
    ParamSpec {
        key,
        label,
        help,
        unit,
        default: (default * s) as i64,
        min: (min * s) as i64,
        max: (max * s) as i64,
        step: (step * s) as i64,
        typical: ((low * s) as i64, (high * s) as i64),
        basis,
        basis_note,
    }
}

/// The parameter table, in [`Param`] order: (default, min, max, step) and the typical
/// (low, high) in real units, then the basis.
const SPECS: [ParamSpec; Param::COUNT] = [
    spec(
        "acv",
        "First-year value of a typical deal",
        "What a typical new customer pays in its first year, at list price.",
        Unit::Money,
        (24_000.0, 0.0, 100_000_000.0, 1_000.0),
        (5_000.0, 100_000.0),
        (Basis::Assumption, "our assumption: use your own first-year deal value"),
    ),
    spec(
        "gm",
        "Gross margin",
        "Share of list revenue left after the cost of serving the customer, whoever sold it.",
        Unit::Percent,
        (80.0, 0.0, 100.0, 1.0),
        (60.0, 90.0),
        (Basis::Assumption, "our assumption: use your own gross margin"),
    ),
    spec(
        "yrs",
        "Horizon",
        "How many years the simulation runs; a new group of customers signs every year.",
        Unit::Years,
        (5.0, 1.0, 10.0, 1.0),
        (3.0, 7.0),
        (Basis::Convention, "the five-year horizon SaaS financial plans commonly use"),
    ),
    spec(
        "ret",
        "Yearly logo retention",
        "Chance that a customer renews for another year.",
        Unit::Percent,
        (85.0, 0.0, 100.0, 1.0),
        (70.0, 95.0),
        (Basis::Assumption, "our assumption: use your own renewal rate"),
    ),
    spec(
        "exp",
        "Yearly expansion of retained customers",
        "How much a customer who stays grows its contract each year; negative means it shrinks.",
        Unit::Percent,
        (5.0, -50.0, 100.0, 1.0),
        (0.0, 15.0),
        (Basis::Assumption, "our assumption: use your own expansion rate"),
    ),
    spec(
        "n_ref",
        "New customers a year via referral",
        "Customers the partner introduces each year and you sign yourself.",
        Unit::Count,
        (8.0, 0.0, 100_000.0, 0.5),
        (2.0, 20.0),
        (
            Basis::Assumption,
            "our assumption, equal in all three models to compare like for like: use your forecast",
        ),
    ),
    spec(
        "n_co",
        "New customers a year via co-sell",
        "Customers you win each year working the account together with the partner.",
        Unit::Count,
        (8.0, 0.0, 100_000.0, 0.5),
        (2.0, 20.0),
        (
            Basis::Assumption,
            "our assumption, equal in all three models to compare like for like: use your forecast",
        ),
    ),
    spec(
        "n_res",
        "New customers a year via reseller",
        "Customers the partner sells, invoices and owns each year.",
        Unit::Count,
        (8.0, 0.0, 100_000.0, 0.5),
        (2.0, 30.0),
        (
            Basis::Assumption,
            "our assumption, equal in all three models to compare like for like: use your forecast",
        ),
    ),
    spec(
        "uplift",
        "Co-sold deals are larger by",
        "How much bigger a co-sold first-year deal is than a typical one.",
        Unit::Percent,
        (30.0, -50.0, 500.0, 5.0),
        (0.0, 60.0),
        (Basis::Assumption, "our assumption: use what your co-sold deals show"),
    ),
    spec(
        "fee",
        "Referral fee",
        "Share of a referred customer's revenue paid to the partner.",
        Unit::Percent,
        (15.0, 0.0, 100.0, 0.5),
        (10.0, 25.0),
        (
            Basis::Assumption,
            "our assumption (the guide names a fee, not a figure): use the fee you offer",
        ),
    ),
    spec(
        "fee_yrs",
        "Referral fee paid for the first",
        "Years of each referred customer's life the fee is paid on; 1 means the first year only.",
        Unit::Years,
        (1.0, 1.0, 10.0, 1.0),
        (1.0, 3.0),
        (Basis::Assumption, "our assumption: use your programme's terms"),
    ),
    spec(
        "bounty",
        "Flat referral bounty per new customer",
        "A fixed amount paid for each referred customer that signs, on top of the fee.",
        Unit::Money,
        (0.0, 0.0, 10_000_000.0, 100.0),
        (0.0, 2000.0),
        (Basis::Assumption, "none unless you pay one: add your own"),
    ),
    spec(
        "disc",
        "Reseller wholesale discount",
        "Share of list price the reseller keeps on every invoice, every year; 20 to 40% is usual.",
        Unit::Percent,
        (30.0, 0.0, 100.0, 0.5),
        (20.0, 40.0),
        (
            Basis::Guide,
            "the guide: a wholesale discount, often 20 to 40 percent, on every deal for good",
        ),
    ),
    spec(
        "spiff",
        "Co-sell spiff per new customer",
        "A one-off payment to the partner's sellers for each co-sold customer.",
        Unit::Money,
        (0.0, 0.0, 10_000_000.0, 100.0),
        (0.0, 2_500.0),
        (Basis::Guide, "the guide: a spiff only where that is clean, so none unless you add one"),
    ),
    spec(
        "sell",
        "Your cost to sell a deal you run",
        "Your sales effort on a referral or co-sell deal, as a share of its first-year value.",
        Unit::Percent,
        (20.0, 0.0, 200.0, 1.0),
        (10.0, 40.0),
        (Basis::Assumption, "our assumption: use your own sales cost"),
    ),
    spec(
        "sup",
        "Your support cost",
        "What supporting customers costs you, as a share of their list revenue.",
        Unit::Percent,
        (8.0, 0.0, 100.0, 0.5),
        (4.0, 15.0),
        (Basis::Assumption, "our assumption: use your own support cost"),
    ),
    spec(
        "offload",
        "Share of support the reseller carries",
        "How much of the support load a reseller takes off you for its own customers.",
        Unit::Percent,
        (50.0, 0.0, 100.0, 5.0),
        (20.0, 80.0),
        (Basis::Assumption, "our assumption: use what your reseller agrees to carry"),
    ),
    spec(
        "mkt_fee",
        "Marketplace fee",
        "Fee a cloud marketplace keeps on list revenue in every model; 0 when you do not sell there.",
        Unit::Percent,
        (0.0, 0.0, 100.0, 0.5),
        (0.0, 5.0),
        (Basis::Assumption, "none unless you sell through a marketplace: enter its fee"),
    ),
    spec(
        "rate",
        "Discount rate for present values",
        "How much less money a year from now is worth than money today; used for present values.",
        Unit::Percent,
        (10.0, 0.0, 50.0, 0.5),
        (8.0, 15.0),
        (
            Basis::Convention,
            "a round 10 percent a year, a common rule of thumb absent a cost of capital of your own",
        ),
    ),
    spec(
        "ref_setup",
        "Referral programme set-up",
        "One-off cost in year 1: agreements, tracking, onboarding partners.",
        Unit::Money,
        (2_000.0, 0.0, 1e9, 1_000.0),
        (0.0, 10_000.0),
        (Basis::Assumption, "our assumption: use your own budget"),
    ),
    spec(
        "ref_run",
        "Referral programme yearly cost",
        "What running the referral programme costs each year.",
        Unit::Money,
        (3_000.0, 0.0, 1e9, 1_000.0),
        (1_000.0, 10_000.0),
        (Basis::Assumption, "our assumption: use your own budget"),
    ),
    spec(
        "co_setup",
        "Co-sell programme set-up",
        "One-off cost in year 1: enablement and account mapping.",
        Unit::Money,
        (10_000.0, 0.0, 1e9, 1_000.0),
        (5_000.0, 30_000.0),
        (Basis::Assumption, "our assumption: use your own budget"),
    ),
    spec(
        "co_run",
        "Co-sell programme yearly cost",
        "What keeping both sales teams aligned costs each year.",
        Unit::Money,
        (15_000.0, 0.0, 1e9, 1_000.0),
        (5_000.0, 40_000.0),
        (Basis::Assumption, "our assumption: use your own budget"),
    ),
    spec(
        "res_setup",
        "Reseller programme set-up",
        "One-off cost in year 1: contracts, training, a partner portal.",
        Unit::Money,
        (40_000.0, 0.0, 1e9, 1_000.0),
        (15_000.0, 80_000.0),
        (Basis::Assumption, "our assumption: use your own budget"),
    ),
    spec(
        "res_run",
        "Reseller programme yearly cost",
        "What running the reseller channel costs each year.",
        Unit::Money,
        (20_000.0, 0.0, 1e9, 1_000.0),
        (10_000.0, 50_000.0),
        (Basis::Assumption, "our assumption: use your own budget"),
    ),
];

impl ParamSpec {
    /// `raw` as a plain, exact decimal in real units ("12.5", "-5", "24000"): what a form
    /// field shows and a link carries, without float formatting.
    pub fn decimal(&self, raw: i64) -> String {
        crate::number::format(raw, self.unit.scale())
    }

    /// Reads a decimal typed or dragged by the visitor ("12.5") into raw units, rounding
    /// extra decimals; `None` when it is not a plain decimal number. The result is not yet
    /// clamped: [`Inputs::set_raw`](super::Inputs::set_raw) does that.
    pub fn parse_decimal(&self, text: &str) -> Option<i64> {
        crate::number::parse(text.trim(), self.unit.scale()).map(|p| p.raw)
    }
}

impl Param {
    /// Number of parameters.
    pub const COUNT: usize = 25;

    /// Every parameter, in URL key order.
    pub const ALL: [Param; Param::COUNT] = [
        Param::Acv,
        Param::Gm,
        Param::Yrs,
        Param::Ret,
        Param::Exp,
        Param::NRef,
        Param::NCo,
        Param::NRes,
        Param::Uplift,
        Param::Fee,
        Param::FeeYrs,
        Param::Bounty,
        Param::Disc,
        Param::Spiff,
        Param::Sell,
        Param::Sup,
        Param::Offload,
        Param::MktFee,
        Param::Rate,
        Param::RefSetup,
        Param::RefRun,
        Param::CoSetup,
        Param::CoRun,
        Param::ResSetup,
        Param::ResRun,
    ];

    /// Key, label, unit, default and range.
    pub const fn spec(self) -> &'static ParamSpec {
        &SPECS[self as usize]
    }

    /// Looks a parameter up by URL key.
    pub fn from_key(key: &str) -> Option<Param> {
        Param::ALL.into_iter().find(|p| p.spec().key == key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_usual_discount_band_is_the_one_the_help_text_names() {
        let disc = Param::Disc.spec();
        let (lo, hi) = USUAL_DISCOUNT;
        assert!(disc.min <= lo && lo < hi && hi <= disc.max);
        let named = format!("{} to {}%", disc.decimal(lo), disc.decimal(hi));
        assert!(disc.help.contains(&named), "{} lacks {named}", disc.help);
    }

    #[test]
    fn table_is_consistent() {
        for (i, p) in Param::ALL.into_iter().enumerate() {
            let s = p.spec();
            assert_eq!(p as usize, i, "{p:?} out of order");
            assert!(s.min <= s.default && s.default <= s.max, "{p:?} default");
            assert!(s.step > 0 && s.step <= s.max - s.min, "{p:?} step");
            assert!(!s.label.is_empty() && s.help.ends_with('.'), "{p:?} text");
            assert_eq!(Param::from_key(s.key), Some(p));
        }
        assert_eq!(Param::from_key("nope"), None);
    }

    #[test]
    fn typical_ranges_hold_the_default_within_the_range() {
        for p in Param::ALL {
            let s = p.spec();
            let (lo, hi) = s.typical;
            assert!(
                s.min <= lo && lo <= s.default && s.default <= hi && hi <= s.max,
                "{p:?} typical {lo}..{hi}"
            );
            assert!(lo < hi, "{p:?} typical range is empty");
        }
        assert_eq!(Param::Disc.spec().typical, USUAL_DISCOUNT);
    }

    #[test]
    fn every_basis_says_where_the_default_comes_from() {
        for p in Param::ALL {
            let s = p.spec();
            let note = s.basis_note;
            assert!(!note.is_empty() && !note.ends_with('.'), "{p:?} note");
            match s.basis {
                Basis::Guide => assert!(note.starts_with("the guide"), "{p:?} {note}"),
                Basis::Convention => assert!(!note.contains("assumption"), "{p:?} {note}"),
                Basis::Assumption => assert!(note.contains("you"), "{p:?} {note}"),
            }
        }
    }

    #[test]
    fn the_rate_follows_the_marketplace_fee() {
        let rate = Param::Rate.spec();
        assert_eq!(Param::Rate as usize, Param::MktFee as usize + 1);
        assert_eq!(
            (rate.key, rate.default, rate.min, rate.max, rate.step),
            ("rate", 1_000, 0, 5_000, 50)
        );
    }

    #[test]
    fn form_fields_read_and_show_exact_decimals() {
        let disc = Param::Disc.spec();
        assert_eq!(disc.parse_decimal(" 33.7 "), Some(3370));
        assert_eq!(disc.parse_decimal("12.345"), Some(1235));
        assert_eq!(disc.parse_decimal("abc"), None);
        assert_eq!(disc.parse_decimal("1e3"), None);
        assert_eq!(disc.decimal(3370), "33.7");
        assert_eq!(Param::Exp.spec().decimal(-500), "-5");
        let acv = Param::Acv.spec();
        assert_eq!(acv.parse_decimal("24000.6"), Some(24001));
        assert_eq!(acv.decimal(24_000), "24000");
    }
}
