//! The inputs as plain numbers, read once per simulation, from which every model is run and
//! both break-evens are solved.

use super::inputs::Inputs;
use super::params::{Param, MAX_YEARS};
use super::present_value::discount_factors;
use crate::guide::Model;

/// The inputs as plain numbers, shares as fractions, read once per simulation.
///
/// The break-even tests change a field and re-run a model, which is why this is a value type;
/// the flip points read it at real values between the raw grid's, through [`Rates::at`].
#[derive(Clone, Copy, Debug)]
pub(super) struct Rates {
    pub(super) years: usize,
    /// `paying[t] = Σ_{k<t} q^k`: what customers signed one a year pay in year `t`, in
    /// first-year deals, since a customer in its k-th year pays `q^k` of its first year.
    pub(super) paying: [f64; MAX_YEARS + 1],
    /// `staying[t] = Σ_{k<t} ret^k`: how many of the customers signed one a year are still
    /// there in year `t`.
    pub(super) staying: [f64; MAX_YEARS + 1],
    /// `discount[t] = 1 / (1 + rate)^t`: today's value of a unit earned at the end of year `t`.
    pub(super) discount: [f64; MAX_YEARS + 1],
    pub(super) customers: [f64; 3],
    /// First-year deal value per model.
    pub(super) deal: [f64; 3],
    pub(super) fee: f64,
    pub(super) fee_years: usize,
    pub(super) bounty: f64,
    pub(super) disc: f64,
    pub(super) spiff: f64,
    pub(super) sell: f64,
    pub(super) cogs: f64,
    /// Support cost per unit of list revenue, per model (the reseller carries part of it).
    pub(super) support: [f64; 3],
    pub(super) mkt: f64,
    pub(super) setup: [f64; 3],
    pub(super) run: [f64; 3],
}

impl Rates {
    pub(super) fn new(i: &Inputs) -> Rates {
        Rates::at(|p| i.value(p))
    }

    /// The rates of inputs given as real values, any value in range and not only the raw
    /// grid's, so a tie can be solved for; year counts are rounded to whole years.
    pub(super) fn at(value: impl Fn(Param) -> f64) -> Rates {
        let share = |p| value(p) / 100.0;
        let years = |p| (value(p).round().max(1.0) as usize).min(MAX_YEARS);
        let ret = share(Param::Ret);
        let q = ret * (1.0 + share(Param::Exp));
        let mut paying = [0.0; MAX_YEARS + 1];
        let mut staying = [0.0; MAX_YEARS + 1];
        let (mut q_k, mut ret_k) = (1.0, 1.0);
        for t in 1..=MAX_YEARS {
            paying[t] = paying[t - 1] + q_k;
            staying[t] = staying[t - 1] + ret_k;
            q_k *= q;
            ret_k *= ret;
        }
        let acv = value(Param::Acv);
        let sup = share(Param::Sup);
        Rates {
            years: years(Param::Yrs),
            paying,
            staying,
            discount: discount_factors(share(Param::Rate)),
            customers: [Param::NRef, Param::NCo, Param::NRes].map(&value),
            deal: [acv, acv * (1.0 + share(Param::Uplift)), acv],
            fee: share(Param::Fee),
            fee_years: years(Param::FeeYrs),
            bounty: value(Param::Bounty),
            disc: share(Param::Disc),
            spiff: value(Param::Spiff),
            sell: share(Param::Sell),
            cogs: 1.0 - share(Param::Gm),
            support: [sup, sup, sup * (1.0 - share(Param::Offload))],
            mkt: share(Param::MktFee),
            setup: [Param::RefSetup, Param::CoSetup, Param::ResSetup].map(&value),
            run: [Param::RefRun, Param::CoRun, Param::ResRun].map(&value),
        }
    }

    /// List revenue over the horizon per customer signed each year, at the model's deal value.
    pub(super) fn lifetime_list(&self, m: Model) -> f64 {
        self.deal[m.index()] * self.paying[1..=self.years].iter().sum::<f64>()
    }
}
