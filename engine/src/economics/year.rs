//! One year of one model's figures, and the names of those figures, so tables and "How we
//! calculate" are a map over metrics rather than a list of fields.

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

    /// Adds every figure of `y` to this one, for the horizon totals.
    pub(super) fn add(&mut self, y: &Year) {
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
