//! The simulator's answers in words, with every number written by a formatter the caller
//! passes in: the browser formats with `Intl.NumberFormat`, which keeps Rust's float formatting
//! out of the wasm build and writes numbers the way the visitor's locale does.

use super::breakeven::{BreakEven, BreakEvens};
use super::model_run::ModelRun;
use super::simulation::Simulation;
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
}

/// Writes one figure; the sentences supply every word around it.
pub type Format<'a> = &'a dyn Fn(Figure) -> String;

impl BreakEvens {
    /// Both answers in one sentence, e.g. "Reselling beats referral only below a 33.7%
    /// discount, or from 11.0 new customers a year at 30%."
    pub fn sentence(&self, fmt: Format) -> String {
        match (self.discount(), self.volume()) {
            (BreakEven::At(d), BreakEven::At(n)) => format!(
                "Reselling beats referral only below a {} discount, or from {} new customers a \
                 year at {}.",
                fmt(Figure::Percent(d)),
                fmt(Figure::Count(n)),
                fmt(Figure::Percent(self.current_discount())),
            ),
            _ => format!(
                "{} {}",
                self.discount_sentence(fmt),
                self.volume_sentence(fmt)
            ),
        }
    }

    /// The discount answer on its own.
    pub fn discount_sentence(&self, fmt: Format) -> String {
        match self.discount() {
            BreakEven::At(d) => format!(
                "Reselling beats referral only below a {} discount.",
                fmt(Figure::Percent(d))
            ),
            BreakEven::Never => format!(
                "Reselling trails referral even at a {} discount.",
                fmt(Figure::Percent(0.0))
            ),
            BreakEven::Always => format!(
                "Reselling beats referral even at a {} discount.",
                fmt(Figure::Percent(100.0))
            ),
            BreakEven::Undefined => {
                "With no reseller revenue, no discount changes how reselling compares with \
                 referral."
                    .to_owned()
            }
        }
    }

    /// The volume answer on its own, at the current discount.
    pub fn volume_sentence(&self, fmt: Format) -> String {
        let at = fmt(Figure::Percent(self.current_discount()));
        match self.volume() {
            BreakEven::At(n) => format!(
                "At a {at} discount, reselling beats referral from {} new customers a year.",
                fmt(Figure::Count(n))
            ),
            BreakEven::Always => format!(
                "At a {at} discount, reselling beats referral at any volume, even with no new \
                 customers."
            ),
            BreakEven::Never | BreakEven::Undefined => format!(
                "At a {at} discount, a reseller customer adds no contribution, so more volume \
                 never helps."
            ),
        }
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
        let contribution = |m: &Model| self.model(*m).total().contribution;
        let mut order = Model::ALL;
        // Two passes of neighbour swaps order three models without a general sort in the wasm.
        for _ in 0..2 {
            for j in 0..2 {
                if contribution(&order[j + 1]) > contribution(&order[j]) {
                    order.swap(j, j + 1);
                }
            }
        }
        let noun = |m: Model| match m {
            Model::Referral => "referral",
            Model::CoSell => "co-sell",
            Model::Reseller => "reselling",
        };
        let years = self.years();
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
}

#[cfg(test)]
mod tests {
    use super::super::inputs::{v1_defaults, Inputs};
    use super::super::params::Param;
    use super::super::simulation::simulate;
    use super::*;

    /// A stand-in for `Intl.NumberFormat` that only tags the figure, so tests need no float
    /// formatting of their own and still see which figure went where.
    fn tag(f: Figure) -> String {
        let (tag, v) = match f {
            Figure::Money(v) => ("money", v),
            Figure::Percent(v) => ("pct", v),
            Figure::Count(v) => ("count", v),
            Figure::Years(v) => ("years", v),
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
            "Reselling beats referral only below a <pct 337> discount, or from <count 110> new \
             customers a year at <pct 300>.",
        );
    }

    #[test]
    fn edge_break_even_sentences() {
        assert_says(
            v1_defaults().with_raw(Param::NRes, 0),
            "With no reseller revenue, no discount changes how reselling compares with \
             referral. At a <pct 300> discount, reselling beats referral from <count 110> new \
             customers a year.",
        );
        assert_says(
            v1_defaults()
                .with_raw(Param::Disc, 9_000)
                .with_raw(Param::NRes, 100),
            "Reselling trails referral even at a <pct 0> discount. At a <pct 900> discount, a \
             reseller customer adds no contribution, so more volume never helps.",
        );
        assert_says(
            v1_defaults().with_raw(Param::RefRun, 1_000_000_000),
            "Reselling beats referral even at a <pct 1000> discount. At a <pct 300> discount, \
             reselling beats referral at any volume, even with no new customers.",
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
