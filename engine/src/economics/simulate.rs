//! The cohort simulation: yearly rows, horizon totals and one deal's first year per model.

use super::breakeven::BreakEvens;
use super::inputs::{Inputs, Param};
use crate::Model;

/// The longest horizon the inputs allow, so rows live in fixed arrays and never allocate.
pub const MAX_YEARS: usize = Param::Yrs.spec().max as usize;

/// One calendar year of one model, or the sum over the horizon, in currency units.
///
/// Every figure of the method is kept, not only the headline ones, so "How we calculate" can
/// show each step of the arithmetic.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Year {
    /// Revenue at list price from every customer still active.
    pub list: f64,
    /// Referral fee and bounty, co-sell spiff, or reseller discount.
    pub partner: f64,
    /// What the marketplace keeps.
    pub marketplace: f64,
    /// List revenue less partner take and marketplace fee: the money that reaches you.
    pub net: f64,
    /// Serving the customers: the complement of gross margin, on list revenue.
    pub cost_of_goods: f64,
    /// Your sales effort on the new deals you run yourself (none for reseller deals).
    pub cost_to_sell: f64,
    /// Your share of supporting the customers.
    pub support: f64,
    /// Set-up (first year only) and running cost of the partner programme.
    pub programme: f64,
    /// Net revenue less every cost above: what the model adds to your profit.
    pub contribution: f64,
}

impl Year {
    /// The figure `m` of this year.
    pub fn get(&self, m: Metric) -> f64 {
        match m {
            Metric::List => self.list,
            Metric::Partner => self.partner,
            Metric::Marketplace => self.marketplace,
            Metric::Net => self.net,
            Metric::CostOfGoods => self.cost_of_goods,
            Metric::CostToSell => self.cost_to_sell,
            Metric::Support => self.support,
            Metric::Programme => self.programme,
            Metric::Contribution => self.contribution,
        }
    }

    fn add(&mut self, y: &Year) {
        self.list += y.list;
        self.partner += y.partner;
        self.marketplace += y.marketplace;
        self.net += y.net;
        self.cost_of_goods += y.cost_of_goods;
        self.cost_to_sell += y.cost_to_sell;
        self.support += y.support;
        self.programme += y.programme;
        self.contribution += y.contribution;
    }
}

/// One figure of a [`Year`], so tables and the page's `data-metric` attributes are a map over
/// metrics rather than a list of fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Metric {
    List,
    Partner,
    Marketplace,
    Net,
    CostOfGoods,
    CostToSell,
    Support,
    Programme,
    Contribution,
}

impl Metric {
    /// The figures of the totals table, in reading order.
    pub const HEADLINE: [Metric; 5] = [
        Metric::List,
        Metric::Partner,
        Metric::Marketplace,
        Metric::Net,
        Metric::Contribution,
    ];

    /// Every figure, in the order the method computes them, for "How we calculate".
    pub const ALL: [Metric; 9] = [
        Metric::List,
        Metric::Partner,
        Metric::Marketplace,
        Metric::Net,
        Metric::CostOfGoods,
        Metric::CostToSell,
        Metric::Support,
        Metric::Programme,
        Metric::Contribution,
    ];

    /// Stable identifier for `data-metric` attributes and tests.
    pub const fn id(self) -> &'static str {
        match self {
            Metric::List => "list",
            Metric::Partner => "partner",
            Metric::Marketplace => "marketplace",
            Metric::Net => "net",
            Metric::CostOfGoods => "cogs",
            Metric::CostToSell => "sell",
            Metric::Support => "support",
            Metric::Programme => "programme",
            Metric::Contribution => "contribution",
        }
    }

    /// Display name.
    pub const fn label(self) -> &'static str {
        match self {
            Metric::List => "List revenue",
            Metric::Partner => "Partner take",
            Metric::Marketplace => "Marketplace fee",
            Metric::Net => "Net revenue",
            Metric::CostOfGoods => "Cost of goods",
            Metric::CostToSell => "Cost to sell",
            Metric::Support => "Support",
            Metric::Programme => "Programme cost",
            Metric::Contribution => "Contribution",
        }
    }
}

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

/// The inputs as plain numbers, shares as fractions, read once per simulation.
///
/// The break-even tests change a field and re-run a model, which is why this is a value type.
#[derive(Clone, Copy, Debug)]
pub(super) struct Rates {
    pub(super) years: usize,
    /// `paying[t] = Σ_{k<t} q^k`: what customers signed one a year pay in year `t`, in
    /// first-year deals, since a customer in its k-th year pays `q^k` of its first year.
    pub(super) paying: [f64; MAX_YEARS + 1],
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
        let share = |p| i.value(p) / 100.0;
        let years = |p| (i.raw(p).max(1) as usize).min(MAX_YEARS);
        let q = share(Param::Ret) * (1.0 + share(Param::Exp));
        let mut paying = [0.0; MAX_YEARS + 1];
        let mut q_k = 1.0;
        for t in 1..=MAX_YEARS {
            paying[t] = paying[t - 1] + q_k;
            q_k *= q;
        }
        let acv = i.value(Param::Acv);
        let sup = share(Param::Sup);
        Rates {
            years: years(Param::Yrs),
            paying,
            customers: [Param::NRef, Param::NCo, Param::NRes].map(|p| i.value(p)),
            deal: [acv, acv * (1.0 + share(Param::Uplift)), acv],
            fee: share(Param::Fee),
            fee_years: years(Param::FeeYrs),
            bounty: i.value(Param::Bounty),
            disc: share(Param::Disc),
            spiff: i.value(Param::Spiff),
            sell: share(Param::Sell),
            cogs: 1.0 - share(Param::Gm),
            support: [sup, sup, sup * (1.0 - share(Param::Offload))],
            mkt: share(Param::MktFee),
            setup: [Param::RefSetup, Param::CoSetup, Param::ResSetup].map(|p| i.value(p)),
            run: [Param::RefRun, Param::CoRun, Param::ResRun].map(|p| i.value(p)),
        }
    }

    /// List revenue over the horizon per customer signed each year, at the model's deal value.
    pub(super) fn lifetime_list(&self, m: Model) -> f64 {
        self.deal[m.index()] * self.paying[1..=self.years].iter().sum::<f64>()
    }
}

/// Simulates one model year by year.
pub(super) fn run(r: &Rates, m: Model) -> ModelRun {
    let i = m.index();
    let (n, a) = (r.customers[i], r.deal[i]);
    let mut rows = [Year::default(); MAX_YEARS];
    let mut cumulative = [0.0; MAX_YEARS];
    let mut total = Year::default();
    for t in 1..=r.years {
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
        let row = Year {
            list,
            partner,
            marketplace,
            net,
            cost_of_goods,
            cost_to_sell,
            support,
            programme,
            contribution: net - cost_of_goods - cost_to_sell - support - programme,
        };
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
    ModelRun {
        model: m,
        rows,
        cumulative,
        len: r.years,
        total,
        deal: Deal {
            list: a,
            partner,
            marketplace,
            kept: a - partner - marketplace,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::super::inputs::{arbitrary_inputs, ParamSpec};
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
    fn defaults_match_the_issue() {
        let s = simulate(&Inputs::default());
        assert_eq!(s.years(), 5);
        let rounded = Model::ALL.map(|m| s.model(m).total().contribution.round());
        assert_eq!(rounded, [1_446_335.0, 1_452_152.0, 1_584_363.0]);
        let d = s.break_evens().discount().value().unwrap_or(f64::NAN);
        let n = s.break_evens().volume().value().unwrap_or(f64::NAN);
        assert_eq!(((d * 10.0).round(), (n * 10.0).round()), (337.0, 110.0));
    }

    #[test]
    fn metrics_name_every_field_once() {
        let y = Year {
            list: 1.0,
            partner: 2.0,
            marketplace: 3.0,
            net: 4.0,
            cost_of_goods: 5.0,
            cost_to_sell: 6.0,
            support: 7.0,
            programme: 8.0,
            contribution: 9.0,
        };
        let got = Metric::ALL.map(|m| y.get(m));
        assert_eq!(got, [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0]);
        let ids = Metric::ALL.map(Metric::id);
        assert!(ids.iter().enumerate().all(|(i, id)| !ids[..i].contains(id)));
        assert!(Metric::HEADLINE.iter().all(|m| Metric::ALL.contains(m)));
    }

    #[test]
    fn one_deal_first_year() {
        let s = simulate(&Inputs::default().with_raw(Param::Bounty, 500));
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
        let s = simulate(&Inputs::default().with_raw(Param::Acv, 0));
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
