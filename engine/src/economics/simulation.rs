//! The three models side by side with both break-evens: what [`simulate`] returns.

use super::breakeven::BreakEvens;
use super::flips::winner;
use super::inputs::Inputs;
use super::model_run::{run, ModelRun};
use super::rates::Rates;
use crate::guide::Model;

/// The result of [`simulate`]: the three models side by side and the break-even answers.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Simulation {
    years: usize,
    runs: [ModelRun; 3],
    break_evens: BreakEvens,
}

impl Simulation {
    /// The horizon in years, the length of every model's rows.
    pub fn years(&self) -> usize {
        self.years
    }

    /// One model's run.
    pub fn model(&self, m: Model) -> &ModelRun {
        &self.runs[m.index()]
    }

    /// All runs, in [`Model::ALL`] order.
    pub fn models(&self) -> &[ModelRun; 3] {
        &self.runs
    }

    /// The model with the highest total contribution; a tie goes to the first in
    /// [`Model::ALL`] order, as the summary sentence orders them.
    pub fn leader(&self) -> Model {
        winner(&self.runs.map(|r| r.total().contribution), &Model::ALL)
    }

    /// Where reselling starts to beat referral, by discount and by volume.
    pub fn break_evens(&self) -> &BreakEvens {
        &self.break_evens
    }
}

/// Runs the method on `inputs` for all three models and solves both break-evens.
pub fn simulate(inputs: &Inputs) -> Simulation {
    let rates = Rates::new(inputs);
    let runs = Model::ALL.map(|m| run(&rates, m));
    Simulation {
        years: rates.years,
        runs,
        break_evens: BreakEvens::solve(inputs, &rates, &runs),
    }
}

#[cfg(test)]
mod tests {
    use super::super::inputs::{arbitrary_inputs, v1_defaults};
    use super::super::params::{Param, ParamSpec, MAX_YEARS};
    use super::super::payback::Payback;
    use super::super::year::{Metric, Year};
    use super::*;
    use proptest::prelude::*;

    #[track_caller]
    fn assert_finite(what: &str, v: f64) {
        assert!(v.is_finite(), "{what} is {v}");
    }

    #[track_caller]
    fn assert_row_finite(y: &Year) {
        for m in Metric::ALL {
            assert_finite(m.id(), y.get(m));
        }
    }

    #[track_caller]
    fn assert_close(a: f64, b: f64, rel: f64) {
        assert!((a - b).abs() <= rel * a.abs().max(b.abs()), "{a} vs {b}");
    }

    #[track_caller]
    fn assert_all_finite(s: &Simulation) {
        for m in s.models() {
            m.rows().iter().for_each(assert_row_finite);
            assert_row_finite(m.total());
            m.cumulative()
                .iter()
                .for_each(|&v| assert_finite("cumulative", v));
            let d = m.deal();
            for v in [d.list, d.partner, d.marketplace, d.kept] {
                assert_finite("deal", v);
            }
            assert_finite("npv", m.npv());
            let b = m.book();
            for v in [b.customers, b.list, b.partner, b.contribution] {
                assert_finite("book", v);
            }
            let shares = [
                m.effective_take(),
                m.kept_share(),
                d.partner_share(),
                d.marketplace_share(),
                d.kept_share(),
            ];
            shares
                .into_iter()
                .flatten()
                .for_each(|v| assert_finite("share", v));
        }
        let b = s.break_evens();
        for v in [b.discount().value(), b.volume().value()]
            .into_iter()
            .flatten()
        {
            assert_finite("break-even", v);
        }
    }

    fn total(i: &Inputs, m: Model) -> Year {
        *simulate(i).model(m).total()
    }

    #[test]
    fn v1_defaults_match_the_issue() {
        let s = simulate(&v1_defaults());
        assert_eq!(s.years(), 5);
        let rounded = Model::ALL.map(|m| s.model(m).total().contribution.round());
        assert_eq!(rounded, [1_446_335.0, 1_452_152.0, 1_584_363.0]);
        let d = s.break_evens().discount().value().unwrap_or(f64::NAN);
        let n = s.break_evens().volume().value().unwrap_or(f64::NAN);
        assert_eq!(((d * 10.0).round(), (n * 10.0).round()), (337.0, 110.0));
    }

    #[test]
    fn v2_defaults_compare_equal_volumes_without_a_spiff() {
        let s = simulate(&Inputs::default());
        let rounded = Model::ALL.map(|m| s.model(m).total().contribution.round());
        assert_eq!(rounded, [1_446_335.0, 2_004_536.0, 1_009_575.0]);
        let d = s.break_evens().discount().value().unwrap_or(f64::NAN);
        let n = s.break_evens().volume().value().unwrap_or(f64::NAN);
        assert_eq!(((d * 10.0).round(), (n * 10.0).round()), (125.0, 110.0));
    }

    #[test]
    fn v2_defaults_present_value_payback_and_book() {
        let s = simulate(&Inputs::default());
        let npv = Model::ALL.map(|m| s.model(m).npv().round());
        assert_eq!(npv, [1_020_576.0, 1_419_871.0, 711_034.0]);
        let payback = Model::ALL.map(|m| s.model(m).payback());
        assert_eq!(payback, [Payback::At(1); 3]);
        let book = Model::ALL.map(|m| {
            let b = s.model(m).book();
            [b.customers * 100.0, b.list, b.partner, b.contribution].map(f64::round)
        });
        assert_eq!(
            book,
            [
                [2_967.0, 774_621.0, 28_800.0, 487_527.0],
                [2_967.0, 1_007_007.0, 0.0, 660_125.0],
                [2_967.0, 774_621.0, 232_386.0, 336_326.0],
            ]
        );
        // A set-up the reseller takes years to earn back, and a running cost it never does.
        let costly = Inputs::default().with_raw(Param::ResSetup, 500_000);
        let reseller = |i: &Inputs| simulate(i).model(Model::Reseller).payback();
        assert_eq!(reseller(&costly), Payback::At(4));
        let hopeless = Inputs::default().with_raw(Param::ResRun, 1_000_000);
        assert_eq!(reseller(&hopeless), Payback::Never);
    }

    #[test]
    fn one_deal_first_year() {
        let s = simulate(&v1_defaults().with_raw(Param::Bounty, 500));
        let d = *s.model(Model::Referral).deal();
        assert_eq!((d.list, d.partner, d.kept), (24_000.0, 4_100.0, 19_900.0));
        let d = *s.model(Model::CoSell).deal();
        assert_eq!((d.list, d.partner, d.kept), (31_200.0, 1_000.0, 30_200.0));
        let d = *s.model(Model::Reseller).deal();
        assert_eq!(d.partner_share(), Some(30.0));
        assert_eq!(d.kept_share(), Some(70.0));
        assert_eq!(d.marketplace_share(), Some(0.0));
    }

    #[test]
    fn shares_of_nothing_are_undefined() {
        let s = simulate(&v1_defaults().with_raw(Param::Acv, 0));
        let co = s.model(Model::CoSell);
        assert!(co.total().partner > 0.0);
        assert_eq!((co.effective_take(), co.kept_share()), (None, None));
        assert_eq!(co.deal().partner_share(), None);
        assert_all_finite(&s);
    }

    #[test]
    fn referral_fee_years_and_reseller_discount_every_year() {
        let i = Inputs::default()
            .with_raw(Param::Ret, 10_000)
            .with_raw(Param::Exp, 0)
            .with_raw(Param::FeeYrs, 2);
        let s = simulate(&i);
        let partner = s.model(Model::Referral).rows().iter().map(|y| y.partner);
        // 8 customers × 15 % × 24,000 per fee-paying cohort: one in year 1, then two.
        assert!(partner.eq([28_800.0, 57_600.0, 57_600.0, 57_600.0, 57_600.0]));
        for y in s.model(Model::Reseller).rows() {
            assert_close(y.partner, 0.3 * y.list, 1e-15);
            assert_eq!(y.cost_to_sell, 0.0);
        }
        let programme = s.model(Model::CoSell).rows().iter().map(|y| y.programme);
        assert!(programme.eq([25_000.0, 15_000.0, 15_000.0, 15_000.0, 15_000.0]));
    }

    #[test]
    fn extremes_stay_finite() {
        let all = |pick: fn(&ParamSpec) -> i64| {
            Param::ALL
                .into_iter()
                .fold(Inputs::default(), |i, p| i.with_raw(p, pick(p.spec())))
        };
        for i in [all(|s| s.max), all(|s| s.min)] {
            assert_all_finite(&simulate(&i));
        }
        let big = simulate(&all(|s| s.max));
        assert_eq!(big.years(), MAX_YEARS);
        assert!(big.model(Model::CoSell).total().list > 1e16);
    }

    proptest! {
        #[test]
        fn no_nan_or_infinity(i in arbitrary_inputs()) {
            assert_all_finite(&simulate(&i));
        }

        #[test]
        fn totals_are_sums_of_rows(i in arbitrary_inputs()) {
            let s = simulate(&i);
            for m in s.models() {
                prop_assert_eq!(m.rows().len(), s.years());
                let mut sum = Year::default();
                m.rows().iter().for_each(|y| sum.add(y));
                prop_assert_eq!(&sum, m.total());
                prop_assert_eq!(m.cumulative().last(), Some(&m.total().contribution));
            }
        }

        #[test]
        fn raising_the_discount_never_raises_reseller_contribution(
            i in arbitrary_inputs(), up in 0i64..=10_000,
        ) {
            let more = i.with_raw(Param::Disc, i.raw(Param::Disc) + up);
            let (before, after) = (total(&i, Model::Reseller), total(&more, Model::Reseller));
            prop_assert!(after.contribution <= before.contribution);
        }

        #[test]
        fn paying_the_partner_more_never_raises_referral_net(
            i in arbitrary_inputs(),
            fee in 0i64..=10_000,
            years in 0i64..=9,
            bounty in 0i64..=10_000_000,
        ) {
            let before = simulate(&i);
            for (p, up) in [(Param::Fee, fee), (Param::FeeYrs, years), (Param::Bounty, bounty)] {
                let after = simulate(&i.with_raw(p, i.raw(p) + up));
                let rows = before.model(Model::Referral).rows();
                for (a, b) in after.model(Model::Referral).rows().iter().zip(rows) {
                    prop_assert!(a.net <= b.net, "{:?} raised net revenue", p);
                }
                let (a, b) = (after.model(Model::Referral), before.model(Model::Referral));
                prop_assert!(a.total().net <= b.total().net, "{:?} raised net revenue", p);
            }
        }

        #[test]
        fn at_a_zero_rate_the_present_value_is_the_total(i in arbitrary_inputs()) {
            let s = simulate(&i.with_raw(Param::Rate, 0));
            for m in s.models() {
                let scale: f64 = m.rows().iter().map(|y| y.contribution.abs()).sum();
                let gap = (m.npv() - m.total().contribution).abs();
                prop_assert!(gap <= 1e-9 * scale, "{} vs {}", m.npv(), m.total().contribution);
            }
        }

        #[test]
        fn a_higher_rate_lowers_a_positive_present_value(
            i in arbitrary_inputs(), up in 1i64..=5_000,
        ) {
            let higher = i.with_raw(Param::Rate, i.raw(Param::Rate) + up);
            let (before, after) = (simulate(&i), simulate(&higher));
            prop_assume!(higher.raw(Param::Rate) > i.raw(Param::Rate));
            for (b, a) in before.models().iter().zip(after.models()) {
                if b.rows().iter().all(|y| y.contribution > 0.0) {
                    prop_assert!(a.npv() < b.npv(), "{:?}: {} -> {}", b.model(), b.npv(), a.npv());
                }
            }
        }

        #[test]
        fn payback_is_the_first_year_not_behind(i in arbitrary_inputs()) {
            for m in simulate(&i).models() {
                let cumulative = m.cumulative();
                let behind = match m.payback() {
                    Payback::At(year) => {
                        prop_assert!(cumulative[year as usize - 1] >= 0.0);
                        year as usize - 1
                    }
                    Payback::Never => cumulative.len(),
                };
                prop_assert!(cumulative[..behind].iter().all(|&c| c < 0.0));
            }
        }

        #[test]
        fn the_book_holds_no_more_customers_than_were_signed(i in arbitrary_inputs()) {
            let s = simulate(&i);
            for m in s.models() {
                let yearly = i.value([Param::NRef, Param::NCo, Param::NRes][m.model().index()]);
                let book = m.book();
                prop_assert!(book.customers >= 0.0);
                prop_assert!(book.customers <= yearly * s.years() as f64 * (1.0 + 1e-12));
                prop_assert_eq!(book.list, m.rows()[s.years() - 1].list);
            }
        }

        #[test]
        fn full_retention_without_expansion_is_an_arithmetic_series(i in arbitrary_inputs()) {
            let i = i.with_raw(Param::Ret, 10_000).with_raw(Param::Exp, 0);
            let s = simulate(&i);
            let y = s.years() as f64;
            for m in s.models() {
                let per_year = m.deal().list * i.value(
                    [Param::NRef, Param::NCo, Param::NRes][m.model().index()],
                );
                for (t, row) in m.rows().iter().enumerate() {
                    assert_close(row.list, per_year * (t + 1) as f64, 1e-12);
                }
                assert_close(m.total().list, per_year * y * (y + 1.0) / 2.0, 1e-12);
            }
        }
    }
}
