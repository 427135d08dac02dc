//! The simulator's answers in words, with every number written by a formatter the caller
//! passes in: the browser formats with `Intl.NumberFormat`, which keeps Rust's float formatting
//! out of the wasm build and writes numbers the way the visitor's locale does.

use super::breakeven::{BreakEven, BreakEvens};
use super::model_run::ModelRun;
use super::params::{Param, Unit};
use super::simulation::Simulation;
use super::tornado::Tornado;
use crate::guide::Model;

/// A number for the caller's formatter, tagged with what it measures.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Figure {
    /// An amount in the scenario's currency, to be written with the currency.
    Money(f64),
    /// Percent points (33.7 means 33.7 %), to be written with the percent sign and one decimal.
    Percent(f64),
    /// New customers a year, to be written as a bare number with one decimal.
    Count(f64),
    /// A whole number of years, to be written as a bare integer.
    Years(f64),
    /// How many of one thing per one of another (1.38 resold customers per referred one), to
    /// be written as a bare number with two decimals.
    Ratio(f64),
}

/// Writes one figure; the sentences supply every word around it.
pub type Format<'a> = &'a dyn Fn(Figure) -> String;

impl BreakEvens {
    /// Both answers in one sentence, each naming what reselling is compared with, e.g.
    /// "Reselling contributes more than referral below a 33.7% discount, or from 11.0 resold
    /// customers a year at 30% (1.38 for each referred one)."
    pub fn sentence(&self, fmt: Format) -> String {
        match (self.discount(), self.volume()) {
            (BreakEven::At(d), BreakEven::At(n)) => format!(
                "Reselling contributes more than referral below a {} discount, or from {} \
                 resold customers a year at {}{}.",
                fmt(Figure::Percent(d)),
                fmt(Figure::Count(n)),
                fmt(Figure::Percent(self.current_discount())),
                self.per_referred(n, fmt)
                    .map(|r| format!(" ({r})"))
                    .unwrap_or_default(),
            ),
            _ => format!(
                "{} {}",
                self.discount_sentence(fmt),
                self.volume_sentence(fmt)
            ),
        }
    }

    /// The discount answer on its own, e.g. "Below a 33.7% discount, reselling contributes
    /// more than referral."
    pub fn discount_sentence(&self, fmt: Format) -> String {
        match self.discount() {
            BreakEven::At(d) => format!(
                "Below a {} discount, reselling contributes more than referral.",
                fmt(Figure::Percent(d))
            ),
            BreakEven::Never => format!(
                "Reselling contributes less than referral even at a {} discount.",
                fmt(Figure::Percent(0.0))
            ),
            BreakEven::Always => format!(
                "Reselling contributes more than referral even at a {} discount.",
                fmt(Figure::Percent(100.0))
            ),
            BreakEven::Undefined => {
                "With no reseller revenue, no discount changes how reselling compares with \
                 referral."
                    .to_owned()
            }
        }
    }

    /// The volume answer on its own, at the current discount and against the referral
    /// volume, e.g. "At a 30% discount, reselling contributes more than referral from 11.0
    /// resold customers a year, 1.38 for each referred one."
    pub fn volume_sentence(&self, fmt: Format) -> String {
        let at = fmt(Figure::Percent(self.current_discount()));
        match self.volume() {
            BreakEven::At(n) => format!(
                "At a {at} discount, reselling contributes more than referral from {} resold \
                 customers a year{}.",
                fmt(Figure::Count(n)),
                self.per_referred(n, fmt)
                    .map(|r| format!(", {r}"))
                    .unwrap_or_default(),
            ),
            BreakEven::Always => format!(
                "At a {at} discount, reselling contributes more than referral at any volume, \
                 even with no resold customers."
            ),
            BreakEven::Never | BreakEven::Undefined => format!(
                "At a {at} discount, a resold customer adds no contribution, so no volume \
                 makes reselling contribute more than referral."
            ),
        }
    }

    /// "1.38 for each referred one": the volume answer per referred customer; `None` without
    /// referrals, where a ratio means nothing.
    fn per_referred(&self, n: f64, fmt: Format) -> Option<String> {
        (self.referred() > 0.0).then(|| {
            format!(
                "{} for each referred one",
                fmt(Figure::Ratio(n / self.referred()))
            )
        })
    }
}

impl Param {
    /// The figure a value of this input is written as, by its unit.
    pub fn figure(self, value: f64) -> Figure {
        match self.spec().unit {
            Unit::Money => Figure::Money(value),
            Unit::Percent => Figure::Percent(value),
            Unit::Count => Figure::Count(value),
            Unit::Years => Figure::Years(value),
        }
    }

    /// A value of this input as a noun phrase, e.g. "10.3 resold customers a year" or "a
    /// 33.7% discount", for sentences that name a value to believe.
    pub fn phrase(self, value: f64, fmt: Format) -> String {
        let (before, after) = match self {
            Param::Acv => ("a first-year deal value of ", ""),
            Param::Gm => ("a gross margin of ", ""),
            Param::Yrs => ("a horizon of ", " years"),
            Param::Ret => ("a yearly retention of ", ""),
            Param::Exp => ("a yearly expansion of ", ""),
            Param::NRef => ("", " referred customers a year"),
            Param::NCo => ("", " co-sold customers a year"),
            Param::NRes => ("", " resold customers a year"),
            Param::Uplift => ("co-sold deals larger by ", ""),
            Param::Fee => ("a referral fee of ", ""),
            Param::FeeYrs => ("a referral fee paid for ", " years"),
            Param::Bounty => ("a referral bounty of ", ""),
            Param::Disc => ("a ", " discount"),
            Param::Spiff => ("a co-sell spiff of ", ""),
            Param::Sell => ("a cost to sell of ", ""),
            Param::Sup => ("a support cost of ", ""),
            Param::Offload => ("a reseller support share of ", ""),
            Param::MktFee => ("a marketplace fee of ", ""),
            Param::Rate => ("a discount rate of ", ""),
            Param::RefSetup => ("a referral set-up of ", ""),
            Param::RefRun => ("a referral yearly cost of ", ""),
            Param::CoSetup => ("a co-sell set-up of ", ""),
            Param::CoRun => ("a co-sell yearly cost of ", ""),
            Param::ResSetup => ("a reseller set-up of ", ""),
            Param::ResRun => ("a reseller yearly cost of ", ""),
        };
        let after = if self.spec().unit == Unit::Years && value == 1.0 {
            after.trim_end_matches('s')
        } else {
            after
        };
        format!("{before}{}{after}", fmt(self.figure(value)))
    }
}

impl ModelRun {
    /// One deal's first year in words, e.g. "On a first-year deal of $24,000, the reseller
    /// takes $7,200 (30.0%) and you keep $16,800 (70.0%)." The marketplace is named only when
    /// it takes something.
    pub fn deal_sentence(&self, fmt: Format) -> String {
        let deal = self.deal();
        let partner = match self.model() {
            Model::Referral => "the referral partner",
            Model::CoSell => "the co-sell partner",
            Model::Reseller => "the reseller",
        };
        let with_share = |amount: f64, share: Option<f64>| match share {
            Some(s) => format!(
                "{} ({})",
                fmt(Figure::Money(amount)),
                fmt(Figure::Percent(s))
            ),
            None => fmt(Figure::Money(amount)),
        };
        let marketplace = if deal.marketplace > 0.0 {
            format!(
                ", the marketplace {}",
                with_share(deal.marketplace, deal.marketplace_share())
            )
        } else {
            String::new()
        };
        format!(
            "On a first-year deal of {}, {partner} takes {}{marketplace} and you keep {}.",
            fmt(Figure::Money(deal.list)),
            with_share(deal.partner, deal.partner_share()),
            with_share(deal.kept, deal.kept_share()),
        )
    }
}

impl Simulation {
    /// The contribution chart in one sentence, models from most to least, as its text
    /// alternative.
    pub fn summary(&self, fmt: Format) -> String {
        summary(
            self.years(),
            self.models().map(|r| r.total().contribution),
            fmt,
        )
    }
}

/// The models ranked by total contribution over `years` in one sentence: the simulator's
/// summary, which the story above the advice reuses before the assessment is answered.
pub(crate) fn summary(years: usize, totals: [f64; 3], fmt: Format) -> String {
    let contribution = |m: &Model| totals[m.index()];
    let mut order = Model::ALL;
    // Two passes of neighbour swaps order three models without a general sort in the wasm.
    for _ in 0..2 {
        for j in 0..2 {
            if contribution(&order[j + 1]) > contribution(&order[j]) {
                order.swap(j, j + 1);
            }
        }
    }
    format!(
        "Over {} {}, {} contributes most ({}), then {} ({}), then {} ({}).",
        fmt(Figure::Years(years as f64)),
        if years == 1 { "year" } else { "years" },
        noun(order[0]),
        fmt(Figure::Money(contribution(&order[0]))),
        noun(order[1]),
        fmt(Figure::Money(contribution(&order[1]))),
        noun(order[2]),
        fmt(Figure::Money(contribution(&order[2]))),
    )
}

/// A model as the subject of "contributes" inside a sentence.
pub(crate) const fn noun(m: Model) -> &'static str {
    match m {
        Model::Referral => "referral",
        Model::CoSell => "co-sell",
        Model::Reseller => "reselling",
    }
}

impl Tornado {
    /// The chart's text alternative: the five inputs that move the focus model's lead most,
    /// each with the gap at both ends of its typical range, e.g. "Co-sell's lead over the
    /// best other model, now $5,817, moves most with: new customers a year via co-sell
    /// ($-233,000 at 4, $295,000 at 16); …".
    pub fn sentence(&self, fmt: Format) -> String {
        let bars: Vec<String> = self
            .bars()
            .iter()
            .take(5)
            .map(|b| {
                let (low, high) = b.param().spec().typical;
                let scale = b.param().spec().unit.scale() as f64;
                let at = |raw: i64| fmt(b.param().figure(raw as f64 / scale));
                format!(
                    "{} ({} at {}, {} at {})",
                    first_letter(b.param().spec().label, false),
                    fmt(Figure::Money(b.gap_low())),
                    at(low),
                    fmt(Figure::Money(b.gap_high())),
                    at(high),
                )
            })
            .collect();
        format!(
            "{}'s lead over the best other model, now {}, moves most with: {}.",
            self.focus().name(),
            fmt(Figure::Money(self.base_gap())),
            bars.join("; "),
        )
    }
}

/// `word` with its first letter in upper case ("Co-sell" opening a sentence) or lower case
/// ("gross margin" inside one).
pub(crate) fn first_letter(word: &str, upper: bool) -> String {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return String::new();
    };
    if upper {
        first.to_uppercase().chain(chars).collect()
    } else {
        first.to_lowercase().chain(chars).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::super::inputs::{v1_defaults, Inputs};
    use super::super::params::Param;
    use super::super::simulation::simulate;
    use super::*;

    #[test]
    fn a_first_letter_changes_case_and_nothing_else() {
        assert_eq!(first_letter("co-sell", true), "Co-sell");
        assert_eq!(first_letter("Gross margin", false), "gross margin");
        assert_eq!(first_letter("", true), "");
    }

    /// A stand-in for `Intl.NumberFormat` that only tags the figure, so tests need no float
    /// formatting of their own and still see which figure went where.
    fn tag(f: Figure) -> String {
        let (tag, v) = match f {
            Figure::Money(v) => ("money", v),
            Figure::Percent(v) => ("pct", v),
            Figure::Count(v) => ("count", v),
            Figure::Years(v) => ("years", v),
            Figure::Ratio(v) => ("ratio", v * 10.0),
        };
        format!("<{tag} {}>", (v * 10.0).round() as i64)
    }

    #[track_caller]
    fn assert_says(inputs: Inputs, expected: &str) {
        assert_eq!(simulate(&inputs).break_evens().sentence(&tag), expected);
    }

    #[test]
    fn default_break_even_sentence() {
        assert_says(
            v1_defaults(),
            "Reselling contributes more than referral below a <pct 337> discount, or from \
             <count 110> resold customers a year at <pct 300> (<ratio 138> for each referred \
             one).",
        );
    }

    #[test]
    fn edge_break_even_sentences() {
        assert_says(
            v1_defaults().with_raw(Param::NRes, 0),
            "With no reseller revenue, no discount changes how reselling compares with \
             referral. At a <pct 300> discount, reselling contributes more than referral from \
             <count 110> resold customers a year, <ratio 138> for each referred one.",
        );
        assert_says(
            v1_defaults()
                .with_raw(Param::Disc, 9_000)
                .with_raw(Param::NRes, 100),
            "Reselling contributes less than referral even at a <pct 0> discount. At a <pct 900> \
             discount, a resold customer adds no contribution, so no volume makes reselling \
             contribute more than referral.",
        );
        assert_says(
            v1_defaults().with_raw(Param::RefRun, 1_000_000_000),
            "Reselling contributes more than referral even at a <pct 1000> discount. At a \
             <pct 300> discount, reselling contributes more than referral at any volume, even \
             with no resold customers.",
        );
        assert_says(
            v1_defaults()
                .with_raw(Param::NRef, 0)
                .with_raw(Param::RefSetup, 50_000),
            "Reselling contributes more than referral below a <pct 740> discount, or from \
             <count 5> resold customers a year at <pct 300>.",
        );
    }

    #[test]
    fn deal_sentences() {
        let s = simulate(&v1_defaults().with_raw(Param::MktFee, 300));
        assert_eq!(
            s.model(Model::Reseller).deal_sentence(&tag),
            "On a first-year deal of <money 240000>, the reseller takes <money 72000> (<pct 300>), \
             the marketplace <money 7200> (<pct 30>) and you keep <money 160800> (<pct 670>)."
        );
        let s = simulate(&v1_defaults().with_raw(Param::Acv, 0));
        assert_eq!(
            s.model(Model::CoSell).deal_sentence(&tag),
            "On a first-year deal of <money 0>, the co-sell partner takes <money 10000> and you \
             keep <money -10000>."
        );
    }

    #[test]
    fn summary_orders_models() {
        assert_eq!(
            simulate(&v1_defaults()).summary(&tag),
            "Over <years 50> years, reselling contributes most (<money 15843628>), then co-sell \
             (<money 14521517>), then referral (<money 14463351>)."
        );
        let one = simulate(&v1_defaults().with_raw(Param::Yrs, 1)).summary(&tag);
        assert!(one.starts_with("Over <years 10> year, "), "{one}");
    }
}
