//! The margin simulator: what each partner model costs and earns over the horizon.
//!
//! Inputs are held as fixed-point integers (money in whole currency units, percentages and
//! counts in hundredths, years as whole numbers) so a scenario round-trips through a URL
//! exactly and the browser build needs no float parsing or formatting.

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
    RefSetup,
    RefRun,
    CoSetup,
    CoRun,
    ResSetup,
    ResRun,
}

/// Everything known about a parameter: URL key, label, unit, default and range (raw units).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParamSpec {
    pub key: &'static str,
    pub label: &'static str,
    pub unit: Unit,
    pub default: i64,
    pub min: i64,
    pub max: i64,
}

const fn spec(
    key: &'static str,
    label: &'static str,
    unit: Unit,
    default: f64,
    min: f64,
    max: f64,
) -> ParamSpec {
    let s = unit.scale() as f64;
    ParamSpec {
        key,
        label,
        unit,
        default: (default * s) as i64,
        min: (min * s) as i64,
        max: (max * s) as i64,
    }
}

/// The parameter table, in [`Param`] order.
const SPECS: [ParamSpec; Param::COUNT] = [
    spec(
        "acv",
        "First-year value of a typical deal",
        Unit::Money,
        24_000.0,
        0.0,
        100_000_000.0,
    ),
    spec("gm", "Gross margin", Unit::Percent, 80.0, 0.0, 100.0),
    spec("yrs", "Horizon", Unit::Years, 5.0, 1.0, 10.0),
    spec(
        "ret",
        "Yearly logo retention",
        Unit::Percent,
        85.0,
        0.0,
        100.0,
    ),
    spec(
        "exp",
        "Yearly expansion of retained customers",
        Unit::Percent,
        5.0,
        -50.0,
        100.0,
    ),
    spec(
        "n_ref",
        "New customers a year via referral",
        Unit::Count,
        8.0,
        0.0,
        100_000.0,
    ),
    spec(
        "n_co",
        "New customers a year via co-sell",
        Unit::Count,
        6.0,
        0.0,
        100_000.0,
    ),
    spec(
        "n_res",
        "New customers a year via reseller",
        Unit::Count,
        12.0,
        0.0,
        100_000.0,
    ),
    spec(
        "uplift",
        "Co-sold deals are larger by",
        Unit::Percent,
        30.0,
        -50.0,
        500.0,
    ),
    spec("fee", "Referral fee", Unit::Percent, 15.0, 0.0, 100.0),
    spec(
        "fee_yrs",
        "Referral fee paid for the first",
        Unit::Years,
        1.0,
        1.0,
        10.0,
    ),
    spec(
        "bounty",
        "Flat referral bounty per new customer",
        Unit::Money,
        0.0,
        0.0,
        10_000_000.0,
    ),
    spec(
        "disc",
        "Reseller wholesale discount",
        Unit::Percent,
        30.0,
        0.0,
        100.0,
    ),
    spec(
        "spiff",
        "Co-sell spiff per new customer",
        Unit::Money,
        1_000.0,
        0.0,
        10_000_000.0,
    ),
    spec(
        "sell",
        "Your cost to sell a deal you run",
        Unit::Percent,
        20.0,
        0.0,
        200.0,
    ),
    spec("sup", "Your support cost", Unit::Percent, 8.0, 0.0, 100.0),
    spec(
        "offload",
        "Share of support the reseller carries",
        Unit::Percent,
        50.0,
        0.0,
        100.0,
    ),
    spec("mkt_fee", "Marketplace fee", Unit::Percent, 0.0, 0.0, 100.0),
    spec(
        "ref_setup",
        "Referral programme set-up",
        Unit::Money,
        2_000.0,
        0.0,
        1e9,
    ),
    spec(
        "ref_run",
        "Referral programme yearly cost",
        Unit::Money,
        3_000.0,
        0.0,
        1e9,
    ),
    spec(
        "co_setup",
        "Co-sell programme set-up",
        Unit::Money,
        10_000.0,
        0.0,
        1e9,
    ),
    spec(
        "co_run",
        "Co-sell programme yearly cost",
        Unit::Money,
        15_000.0,
        0.0,
        1e9,
    ),
    spec(
        "res_setup",
        "Reseller programme set-up",
        Unit::Money,
        40_000.0,
        0.0,
        1e9,
    ),
    spec(
        "res_run",
        "Reseller programme yearly cost",
        Unit::Money,
        20_000.0,
        0.0,
        1e9,
    ),
];

impl Param {
    /// Number of parameters.
    pub const COUNT: usize = 24;

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

/// Validated simulator inputs: every value is always within its parameter's range.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Inputs {
    raw: [i64; Param::COUNT],
}

impl Default for Inputs {
    fn default() -> Self {
        Inputs {
            raw: Param::ALL.map(|p| p.spec().default),
        }
    }
}

/// Whether a value had to be clamped into its range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Clamped {
    No,
    ToMin,
    ToMax,
}

impl Inputs {
    /// The raw fixed-point value of `p`.
    pub fn raw(&self, p: Param) -> i64 {
        self.raw[p as usize]
    }

    /// The real value of `p` (raw divided by the unit's scale).
    pub fn value(&self, p: Param) -> f64 {
        self.raw(p) as f64 / p.spec().unit.scale() as f64
    }

    /// Sets `p` to `raw`, clamped into its range: the one place inputs are validated.
    pub fn set_raw(&mut self, p: Param, raw: i64) -> Clamped {
        let s = p.spec();
        let (v, c) = if raw < s.min {
            (s.min, Clamped::ToMin)
        } else if raw > s.max {
            (s.max, Clamped::ToMax)
        } else {
            (raw, Clamped::No)
        };
        self.raw[p as usize] = v;
        c
    }

    /// A copy with `p` set to `raw` (clamped).
    pub fn with_raw(mut self, p: Param, raw: i64) -> Inputs {
        self.set_raw(p, raw);
        self
    }
}

/// An ISO 4217 currency code: exactly three ASCII capital letters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Currency([u8; 3]);

impl Default for Currency {
    fn default() -> Self {
        Currency(*b"USD")
    }
}

impl Currency {
    /// Currencies offered in the selector; any other valid code is still accepted.
    pub const COMMON: [&'static str; 8] = ["USD", "EUR", "GBP", "CAD", "AUD", "CHF", "SEK", "JPY"];

    /// Parses a code, accepting lower case; `None` unless it is three ASCII letters.
    pub fn parse(code: &str) -> Option<Currency> {
        let b = code.as_bytes();
        if b.len() == 3 && b.iter().all(u8::is_ascii_alphabetic) {
            Some(Currency([
                b[0].to_ascii_uppercase(),
                b[1].to_ascii_uppercase(),
                b[2].to_ascii_uppercase(),
            ]))
        } else {
            None
        }
    }

    /// The code as a string slice.
    pub fn as_str(&self) -> &str {
        // Only ASCII letters are ever stored.
        std::str::from_utf8(&self.0).unwrap_or("USD")
    }
}
