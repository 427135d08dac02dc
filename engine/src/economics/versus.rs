//! Model by model, how a scenario B's results differ from a pinned scenario A's: the
//! deltas of the comparison table.

use super::model_run::ModelRun;
use super::simulation::Simulation;
use crate::guide::Model;

/// One model's results in B less the same model's in A.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Delta {
    /// The model compared.
    pub model: Model,
    /// Total contribution over B's horizon less over A's.
    pub contribution: f64,
    /// Present value in B less in A.
    pub npv: f64,
    /// Payback year in B less in A (negative: B pays back sooner); `None` when either
    /// does not pay back within its horizon, as "never" has no distance.
    pub payback: Option<i64>,
}

impl Delta {
    /// B's run of a model less A's run of the same model.
    fn between(a: &ModelRun, b: &ModelRun) -> Delta {
        let payback = match (a.payback().value(), b.payback().value()) {
            (Some(a), Some(b)) => Some(i64::from(b) - i64::from(a)),
            _ => None,
        };
        Delta {
            model: b.model(),
            contribution: b.total().contribution - a.total().contribution,
            npv: b.npv() - a.npv(),
            payback,
        }
    }
}

impl Delta {
    /// The change of payback year in words: "2 years sooner", "1 year later", "same year",
    /// or "n/a" when either scenario does not pay back within its horizon.
    pub fn payback_words(&self) -> String {
        let Some(years) = self.payback else {
            return "n/a".to_owned();
        };
        let n = years.unsigned_abs();
        let unit = if n == 1 { "year" } else { "years" };
        match years.signum() {
            -1 => format!("{n} {unit} sooner"),
            1 => format!("{n} {unit} later"),
            _ => "same year".to_owned(),
        }
    }
}

/// B minus A for each model, in [`Model::ALL`] order.
pub fn versus(a: &Simulation, b: &Simulation) -> [Delta; 3] {
    Model::ALL.map(|m| Delta::between(a.model(m), b.model(m)))
}

#[cfg(test)]
mod tests {
    use super::super::inputs::{arbitrary_inputs, Inputs};
    use super::super::params::Param;
    use super::super::simulation::simulate;
    use super::super::year::Metric;
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_change_of_payback_year_reads_as_sooner_or_later() {
        let delta = |payback| Delta {
            model: Model::Reseller,
            contribution: 0.0,
            npv: 0.0,
            payback,
        };
        assert_eq!(delta(Some(-2)).payback_words(), "2 years sooner");
        assert_eq!(delta(Some(1)).payback_words(), "1 year later");
        assert_eq!(delta(Some(0)).payback_words(), "same year");
        assert_eq!(delta(None).payback_words(), "n/a");
    }

    #[test]
    fn equal_scenarios_differ_by_nothing() {
        let s = simulate(&Inputs::default());
        for (d, m) in versus(&s, &s).into_iter().zip(Model::ALL) {
            assert_eq!(
                (d.model, d.contribution, d.npv, d.payback),
                (m, 0.0, 0.0, Some(0))
            );
        }
    }

    #[test]
    fn a_costlier_reseller_set_up_pays_back_later_and_earns_less() {
        let a = simulate(&Inputs::default());
        let b = simulate(&Inputs::default().with_raw(Param::ResSetup, 500_000));
        let [referral, cosell, reseller] = versus(&a, &b);
        assert_eq!((referral.contribution, referral.payback), (0.0, Some(0)));
        assert_eq!((cosell.npv, cosell.payback), (0.0, Some(0)));
        // The extra 460 000 of set-up is paid in year 1: 460 000 / 1.1 in present value.
        assert_eq!(reseller.contribution, -460_000.0);
        assert!(
            (reseller.npv + 460_000.0 / 1.1).abs() < 1e-6,
            "{}",
            reseller.npv
        );
        assert_eq!(reseller.payback, Some(3));
        assert_eq!(versus(&b, &a)[2].payback, Some(-3));
    }

    #[test]
    fn never_paying_back_has_no_payback_delta() {
        let a = simulate(&Inputs::default());
        let b = simulate(&Inputs::default().with_raw(Param::ResRun, 1_000_000));
        assert_eq!(versus(&a, &b)[2].payback, None);
        assert_eq!(versus(&b, &a)[2].payback, None);
        assert_eq!(versus(&b, &b)[2].payback, None);
        assert_eq!(versus(&a, &b)[0].payback, Some(0));
    }

    proptest! {
        #[test]
        fn deltas_are_b_less_a_and_flip_sign_when_swapped(a in arbitrary_inputs(), b in arbitrary_inputs()) {
            let (sa, sb) = (simulate(&a), simulate(&b));
            let (forth, back) = (versus(&sa, &sb), versus(&sb, &sa));
            for (i, m) in Model::ALL.into_iter().enumerate() {
                let (ra, rb) = (sa.model(m), sb.model(m));
                let total = |r: &ModelRun| r.total().get(Metric::Contribution);
                prop_assert_eq!(forth[i].model, m);
                prop_assert_eq!(forth[i].contribution, total(rb) - total(ra));
                prop_assert_eq!(forth[i].npv, rb.npv() - ra.npv());
                prop_assert_eq!(forth[i].contribution, -back[i].contribution);
                prop_assert_eq!(forth[i].npv, -back[i].npv);
                prop_assert_eq!(forth[i].payback, back[i].payback.map(|y| -y));
                prop_assert!(forth[i].contribution.is_finite() && forth[i].npv.is_finite());
            }
        }
    }
}
