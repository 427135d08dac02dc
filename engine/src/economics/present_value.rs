//! Present values: a year's contribution discounted to today at the visitor's rate, counted
//! at the end of the year it is earned.

use super::params::MAX_YEARS;

/// What one currency unit at the end of year `t` is worth today, for `t` = 0..=MAX_YEARS
/// (`factors[0]` is 1): `1 / (1 + rate)^t`, `rate` a fraction.
pub(super) fn discount_factors(rate: f64) -> [f64; MAX_YEARS + 1] {
    let mut factors = [1.0; MAX_YEARS + 1];
    for t in 1..=MAX_YEARS {
        factors[t] = factors[t - 1] / (1.0 + rate);
    }
    factors
}

/// The present value of yearly amounts, year 1 first, at the given discount factors.
pub(super) fn present_value(yearly: impl IntoIterator<Item = f64>, factors: &[f64]) -> f64 {
    yearly
        .into_iter()
        .zip(&factors[1..])
        .map(|(amount, factor)| amount * factor)
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_year_end_amount_is_worth_less_today() {
        let f = discount_factors(0.1);
        assert_eq!(f[0], 1.0);
        assert!((f[1] - 1.0 / 1.1).abs() < 1e-15);
        assert!((f[2] - 1.0 / 1.21).abs() < 1e-15);
        let npv = present_value([110.0, 121.0], &f);
        assert!((npv - 200.0).abs() < 1e-12, "{npv}");
        assert_eq!(present_value([1.0, 2.0, 3.0], &discount_factors(0.0)), 6.0);
    }
}
