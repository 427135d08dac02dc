//! The cohort method run for one partner model: its yearly rows, horizon totals, present
//! value, payback year, the book it leaves and the first year of one deal.

use super::book::Book;
use super::params::MAX_YEARS;
use super::payback::Payback;
use super::present_value::present_value;
use super::rates::Rates;
use super::year::Year;
use crate::guide::Model;

/// The first year of one new deal: who gets what of its list price.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Deal {
    /// The deal's first-year list value.
    pub list: f64,
    /// What the partner earns on it (fee and bounty, spiff, or discount).
    pub partner: f64,
    /// What the marketplace keeps.
    pub marketplace: f64,
    /// What reaches you; negative when the partner and marketplace take more than the deal.
    pub kept: f64,
}

impl Deal {
    /// Partner take in percent of the deal; `None` for a deal with no value.
    pub fn partner_share(&self) -> Option<f64> {
        percent_of(self.partner, self.list)
    }

    /// Marketplace fee in percent of the deal; `None` for a deal with no value.
    pub fn marketplace_share(&self) -> Option<f64> {
        percent_of(self.marketplace, self.list)
    }

    /// What you keep in percent of the deal; `None` for a deal with no value.
    pub fn kept_share(&self) -> Option<f64> {
        percent_of(self.kept, self.list)
    }
}

/// `part` in percent of `whole`; a share of nothing is undefined rather than 0 or infinite.
fn percent_of(part: f64, whole: f64) -> Option<f64> {
    (whole > 0.0).then(|| part / whole * 100.0)
}

/// Everything the simulation says about one model.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ModelRun {
    model: Model,
    rows: [Year; MAX_YEARS],
    cumulative: [f64; MAX_YEARS],
    len: usize,
    total: Year,
    npv: f64,
    payback: Payback,
    book: Book,
    deal: Deal,
}

impl ModelRun {
    /// The model simulated.
    pub fn model(&self) -> Model {
        self.model
    }

    /// One row per year of the horizon, year 1 first.
    pub fn rows(&self) -> &[Year] {
        &self.rows[..self.len]
    }

    /// The rows summed over the horizon.
    pub fn total(&self) -> &Year {
        &self.total
    }

    /// Contribution summed up to and including each year, for the chart.
    pub fn cumulative(&self) -> &[f64] {
        &self.cumulative[..self.len]
    }

    /// The contribution of every year discounted to today at the discount rate, each year's
    /// counted at its end: `Σ C(t) / (1 + rate)^t`.
    pub fn npv(&self) -> f64 {
        self.npv
    }

    /// The first year the cumulative contribution is zero or more.
    pub fn payback(&self) -> Payback {
        self.payback
    }

    /// The customers still paying in the final year and what that year brings.
    pub fn book(&self) -> &Book {
        &self.book
    }

    /// The first-year economics of one new deal.
    pub fn deal(&self) -> &Deal {
        &self.deal
    }

    /// Total partner take in percent of total list revenue; `None` when nothing was sold.
    pub fn effective_take(&self) -> Option<f64> {
        percent_of(self.total.partner, self.total.list)
    }

    /// Total net revenue in percent of total list revenue (the margin axis of the control vs
    /// margin chart); `None` when nothing was sold.
    pub fn kept_share(&self) -> Option<f64> {
        percent_of(self.total.net, self.total.list)
    }
}

/// One model's figures in year `t` (1-based) of the horizon.
pub(super) fn year(r: &Rates, m: Model, t: usize) -> Year {
    let i = m.index();
    let (n, a) = (r.customers[i], r.deal[i]);
    let list = n * a * r.paying[t];
    let partner = match m {
        Model::Referral => n * (r.fee * a * r.paying[t.min(r.fee_years)] + r.bounty),
        Model::CoSell => n * r.spiff,
        Model::Reseller => r.disc * list,
    };
    let marketplace = r.mkt * list;
    let net = list - partner - marketplace;
    let cost_of_goods = r.cogs * list;
    let cost_to_sell = match m {
        Model::Reseller => 0.0,
        Model::Referral | Model::CoSell => r.sell * n * a,
    };
    let support = r.support[i] * list;
    let programme = r.run[i] + if t == 1 { r.setup[i] } else { 0.0 };
    Year {
        list,
        partner,
        marketplace,
        net,
        cost_of_goods,
        cost_to_sell,
        support,
        programme,
        contribution: net - cost_of_goods - cost_to_sell - support - programme,
    }
}

/// One model's total contribution over the horizon, summed as [`run`] sums it, without
/// keeping the rows: what the flip points and the tornado evaluate hundreds of times.
pub(super) fn contribution(r: &Rates, m: Model) -> f64 {
    (1..=r.years).fold(0.0, |sum, t| sum + year(r, m, t).contribution)
}

/// Simulates one model year by year.
pub(super) fn run(r: &Rates, m: Model) -> ModelRun {
    let a = r.deal[m.index()];
    let mut rows = [Year::default(); MAX_YEARS];
    let mut cumulative = [0.0; MAX_YEARS];
    let mut total = Year::default();
    for t in 1..=r.years {
        let row = year(r, m, t);
        total.add(&row);
        rows[t - 1] = row;
        cumulative[t - 1] = total.contribution;
    }
    let partner = match m {
        Model::Referral => r.fee * a + r.bounty,
        Model::CoSell => r.spiff,
        Model::Reseller => r.disc * a,
    };
    let marketplace = r.mkt * a;
    let last = rows[r.years - 1];
    ModelRun {
        model: m,
        rows,
        cumulative,
        len: r.years,
        total,
        npv: present_value(rows[..r.years].iter().map(|y| y.contribution), &r.discount),
        payback: Payback::from_cumulative(&cumulative[..r.years]),
        book: Book {
            customers: r.customers[m.index()] * r.staying[r.years],
            list: last.list,
            partner: last.partner,
            contribution: last.contribution,
        },
        deal: Deal {
            list: a,
            partner,
            marketplace,
            kept: a - partner - marketplace,
        },
    }
}
