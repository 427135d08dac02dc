//! The two break-even answers, solved in closed form.
//!
//! Reseller contribution is linear in the discount (each point of discount costs one percent of
//! its list revenue) and in its yearly new customers (each one a year adds the same amount), so
//! both answers are one division, with the degenerate cases named instead of dividing by zero.

use super::inputs::Inputs;
use super::model_run::ModelRun;
use super::params::Param;
use super::rates::Rates;
use crate::guide::Model;

/// Where reselling and referral contribute the same over the horizon.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum BreakEven {
    /// They tie at this value: a discount in percent, or new reseller customers a year.
    At(f64),
    /// Reselling never catches up: even at a 0% discount, or (volume) because another reseller
    /// customer adds no contribution at the current discount.
    Never,
    /// Reselling is ahead whatever the value: even at a 100% discount, or (volume) even with no
    /// reseller customers, because referral loses more than the reseller programme costs.
    Always,
    /// There is nothing to compare: the reseller has no list revenue, so its discount changes
    /// nothing. The volume answer is never undefined.
    Undefined,
}

impl BreakEven {
    /// Stable name of the state, for `data-state` attributes and tests.
    pub const fn state(self) -> &'static str {
        match self {
            BreakEven::At(_) => "at",
            BreakEven::Never => "never",
            BreakEven::Always => "always",
            BreakEven::Undefined => "undefined",
        }
    }

    /// The tie value when there is one.
    pub const fn value(self) -> Option<f64> {
        match self {
            BreakEven::At(v) => Some(v),
            BreakEven::Never | BreakEven::Always | BreakEven::Undefined => None,
        }
    }
}

/// Both break-even answers and the discount the volume answer assumes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BreakEvens {
    discount: BreakEven,
    volume: BreakEven,
    current_discount: f64,
    referred: f64,
}

impl BreakEvens {
    /// The reseller discount, in percent, below which reselling beats referral.
    pub fn discount(&self) -> BreakEven {
        self.discount
    }

    /// The new reseller customers a year from which reselling beats referral, at the current
    /// discount.
    pub fn volume(&self) -> BreakEven {
        self.volume
    }

    /// The reseller discount of the inputs, in percent, which the volume answer holds fixed.
    pub fn current_discount(&self) -> f64 {
        self.current_discount
    }

    /// New referred customers a year, against which the volume answer is a ratio.
    pub fn referred(&self) -> f64 {
        self.referred
    }

    pub(super) fn solve(inputs: &Inputs, r: &Rates, runs: &[ModelRun; 3]) -> BreakEvens {
        let referral = runs[Model::Referral.index()].total().contribution;
        let reseller = runs[Model::Reseller.index()].total();
        BreakEvens {
            discount: discount(referral, reseller.contribution, reseller.list, r.disc),
            volume: volume(
                referral,
                reseller.programme,
                r.lifetime_list(Model::Reseller),
                reseller_margin(inputs),
            ),
            current_discount: inputs.value(Param::Disc),
            referred: inputs.value(Param::NRef),
        }
    }
}

/// Solves `c_res − (d − disc) × list = c_ref` for `d`, as a percent.
fn discount(c_ref: f64, c_res: f64, list: f64, disc: f64) -> BreakEven {
    if list <= 0.0 {
        return BreakEven::Undefined;
    }
    let d = 100.0 * (disc + (c_res - c_ref) / list);
    if d < 0.0 {
        BreakEven::Never
    } else if d > 100.0 {
        BreakEven::Always
    } else {
        BreakEven::At(d)
    }
}

/// Solves `n × lifetime × margin − programme = c_ref` for `n`.
fn volume(c_ref: f64, programme: f64, lifetime: f64, margin: i64) -> BreakEven {
    let per_customer = lifetime * margin as f64 / MARGIN_SCALE;
    if margin <= 0 || per_customer <= 0.0 {
        return BreakEven::Never;
    }
    let n = (c_ref + programme) / per_customer;
    if n < 0.0 {
        BreakEven::Always
    } else {
        BreakEven::At(n)
    }
}

/// Units of [`reseller_margin`] per unit of list revenue.
const MARGIN_SCALE: f64 = 1e8;

/// What a unit of reseller list revenue leaves after discount, marketplace, cost of goods and
/// support, in 1e-8 units: computed exactly from the raw inputs so that whether another
/// reseller customer adds anything is decided without rounding noise.
fn reseller_margin(i: &Inputs) -> i64 {
    let whole = Param::Disc.spec().unit.scale() * 100;
    let sup = i.raw(Param::Sup) * (whole - i.raw(Param::Offload));
    whole * (whole - i.raw(Param::Disc) - i.raw(Param::MktFee) - (whole - i.raw(Param::Gm))) - sup
}

#[cfg(test)]
mod tests {
    use super::super::inputs::arbitrary_inputs;
    use super::super::model_run::run;
    use super::*;
    use proptest::prelude::*;

    /// The three runs of `i` and their break-evens, solved as the simulation solves them, so
    /// these tests need nothing from the simulation module, which sits above this one.
    struct Solved {
        runs: [ModelRun; 3],
        break_evens: BreakEvens,
    }

    impl Solved {
        fn model(&self, m: Model) -> &ModelRun {
            &self.runs[m.index()]
        }

        fn break_evens(&self) -> &BreakEvens {
            &self.break_evens
        }
    }

    fn solve(i: &Inputs) -> Solved {
        let rates = Rates::new(i);
        let runs = Model::ALL.map(|m| run(&rates, m));
        Solved {
            break_evens: BreakEvens::solve(i, &rates, &runs),
            runs,
        }
    }

    /// Asserts `a` and `b` agree to `1e-6` of `scale`, the size of the sums they came from.
    #[track_caller]
    fn assert_close(a: f64, b: f64, scale: f64) {
        let tol = 1e-6 * scale.max(1.0);
        assert!((a - b).abs() <= tol, "{a} vs {b} (tolerance {tol})");
    }

    /// The size of the money a comparison of reseller and referral is made from.
    fn scale(runs: &[&ModelRun]) -> f64 {
        runs.iter()
            .map(|r| {
                let t = r.total();
                t.list
                    .max(t.partner)
                    .max(t.programme)
                    .max(t.contribution.abs())
            })
            .fold(0.0, f64::max)
    }

    #[track_caller]
    fn assert_state(b: BreakEven, state: &str) {
        assert_eq!(b.state(), state, "{b:?}");
    }

    #[test]
    fn discount_states() {
        assert_state(discount(100.0, 150.0, 1000.0, 0.3), "at");
        assert_eq!(discount(100.0, 150.0, 1000.0, 0.3).value(), Some(35.0));
        assert_state(discount(100.0, -300.0, 1000.0, 0.3), "never");
        assert_state(discount(100.0, 900.0, 1000.0, 0.3), "always");
        assert_state(discount(100.0, -50.0, 0.0, 0.3), "undefined");
        assert_eq!(discount(0.0, 0.0, 10.0, 0.0), BreakEven::At(0.0));
        assert_eq!(discount(0.0, 0.0, 10.0, 1.0), BreakEven::At(100.0));
    }

    #[test]
    fn volume_states() {
        assert_eq!(volume(100.0, 20.0, 60.0, 50_000_000), BreakEven::At(4.0));
        assert_state(volume(-100.0, 20.0, 60.0, 50_000_000), "always");
        assert_state(volume(100.0, 20.0, 60.0, 0), "never");
        assert_state(volume(100.0, 20.0, 60.0, -1), "never");
        assert_state(volume(100.0, 20.0, 0.0, 1), "never");
        assert_eq!(BreakEven::Never.value(), None);
    }

    #[test]
    fn margin_is_exact_at_the_edge() {
        // 1 − 0.3 − 0 − 0.2 − 0.5 × (1 − 0) is 0 exactly, though 1.0 - 0.3 - 0.2 - 0.5 is not.
        let i = Inputs::default()
            .with_raw(Param::Disc, 3_000)
            .with_raw(Param::Gm, 8_000)
            .with_raw(Param::Sup, 5_000)
            .with_raw(Param::Offload, 0);
        assert_eq!(reseller_margin(&i), 0);
        assert_state(solve(&i).break_evens().volume(), "never");
        assert_eq!(reseller_margin(&Inputs::default()), 46_000_000);
    }

    #[test]
    fn no_reseller_revenue_is_undefined() {
        let i = Inputs::default().with_raw(Param::NRes, 0);
        assert_state(solve(&i).break_evens().discount(), "undefined");
        assert_state(solve(&i).break_evens().volume(), "at");
        let i = Inputs::default().with_raw(Param::Acv, 0);
        assert_state(solve(&i).break_evens().discount(), "undefined");
        assert_state(solve(&i).break_evens().volume(), "never");
    }

    proptest! {
        #[test]
        fn discount_plugged_back_ties(i in arbitrary_inputs()) {
            let s = solve(&i);
            if let BreakEven::At(d) = s.break_evens().discount() {
                let mut r = Rates::new(&i);
                r.disc = d / 100.0;
                let res = run(&r, Model::Reseller);
                let referral = s.model(Model::Referral);
                assert_close(
                    res.total().contribution,
                    referral.total().contribution,
                    scale(&[&res, referral, s.model(Model::Reseller)]),
                );
            }
        }

        #[test]
        fn volume_plugged_back_ties(i in arbitrary_inputs()) {
            let s = solve(&i);
            if let BreakEven::At(n) = s.break_evens().volume() {
                let mut r = Rates::new(&i);
                r.customers[Model::Reseller.index()] = n;
                let res = run(&r, Model::Reseller);
                let referral = s.model(Model::Referral);
                assert_close(
                    res.total().contribution,
                    referral.total().contribution,
                    scale(&[&res, referral]),
                );
            }
        }

        #[test]
        fn states_agree_with_the_simulation(i in arbitrary_inputs()) {
            let s = solve(&i);
            let (referral, reseller) =
                (s.model(Model::Referral).total(), s.model(Model::Reseller).total());
            let ahead = reseller.contribution > referral.contribution;
            match s.break_evens().discount() {
                BreakEven::Always => prop_assert!(ahead),
                BreakEven::Never => prop_assert!(!ahead),
                BreakEven::At(d) => prop_assert!((0.0..=100.0).contains(&d)),
                BreakEven::Undefined => prop_assert!(reseller.list == 0.0),
            }
            prop_assert!(s.break_evens().volume() != BreakEven::Undefined);
        }
    }
}
