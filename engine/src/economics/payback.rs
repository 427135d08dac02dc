//! When a model has paid back what it cost: the first year its cumulative contribution is no
//! longer negative.

/// The year a model's cumulative contribution first reaches zero or more, if it does within
/// the horizon.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Payback {
    /// Paid back in this year of the horizon (1 is the first year).
    At(u32),
    /// Still behind at the end of the horizon.
    Never,
}

impl Payback {
    /// Reads the answer off the cumulative contributions, year 1 first.
    pub(super) fn from_cumulative(cumulative: &[f64]) -> Payback {
        match cumulative.iter().position(|&c| c >= 0.0) {
            // A horizon is at most MAX_YEARS long, so the year fits.
            Some(i) => Payback::At(i as u32 + 1),
            None => Payback::Never,
        }
    }

    /// Stable name of the state, for `data-state` attributes and tests.
    pub const fn state(self) -> &'static str {
        match self {
            Payback::At(_) => "at",
            Payback::Never => "never",
        }
    }

    /// The payback year when there is one.
    pub const fn value(self) -> Option<u32> {
        match self {
            Payback::At(year) => Some(year),
            Payback::Never => None,
        }
    }

    /// The answer in words, for a horizon of `years`: "year 3", "not within 5 years".
    pub fn words(self, years: usize) -> String {
        match self {
            Payback::At(year) => format!("year {year}"),
            Payback::Never => format!("not within {years} years"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_year_not_behind_is_the_payback_year() {
        assert_eq!(
            Payback::from_cumulative(&[-5.0, -1.0, 0.0, 3.0]),
            Payback::At(3)
        );
        assert_eq!(Payback::from_cumulative(&[2.0, -1.0]), Payback::At(1));
        assert_eq!(Payback::from_cumulative(&[-5.0, -1.0]), Payback::Never);
        assert_eq!(Payback::from_cumulative(&[]), Payback::Never);
        assert_eq!(
            (Payback::At(2).state(), Payback::At(2).value()),
            ("at", Some(2))
        );
        assert_eq!(
            (Payback::Never.state(), Payback::Never.value()),
            ("never", None)
        );
    }

    #[test]
    fn the_answer_reads_as_the_totals_table_shows_it() {
        assert_eq!(Payback::At(3).words(5), "year 3");
        assert_eq!(Payback::Never.words(7), "not within 7 years");
    }
}
