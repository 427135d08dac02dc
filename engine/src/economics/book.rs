//! The book a model leaves at the end of the horizon: the customers still paying in its final
//! year and what that year brings you and the partner, since the horizon cuts off a business
//! that goes on.

/// The customers still paying in the horizon's final year and that year's money.
///
/// A reseller's book keeps paying its discount for as long as its customers stay, which the
/// horizon totals hide; `partner` shows it.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Book {
    /// Customers expected to be paying in the final year (each signed customer stays each
    /// further year with the retention rate).
    pub customers: f64,
    /// Their list revenue in the final year.
    pub list: f64,
    /// What the partner takes in the final year.
    pub partner: f64,
    /// Your contribution in the final year.
    pub contribution: f64,
}
