//! The guide's knowledge as data: one source of truth the UI renders as text and tables.

/// A partner go-to-market model.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Model {
    /// The partner introduces; you sell, sign and own the customer; the partner earns a fee.
    Referral,
    /// Both sellers work the same account; you keep the customer and the margin.
    CoSell,
    /// The partner sells, invoices and owns the customer; you wholesale at a discount.
    Reseller,
}

impl Model {
    /// All models, in the order the guide presents them (least to most hand-off).
    pub const ALL: [Model; 3] = [Model::Referral, Model::CoSell, Model::Reseller];

    /// Stable identifier used in URLs, `data-value` attributes and CSS classes.
    pub const fn id(self) -> &'static str {
        match self {
            Model::Referral => "referral",
            Model::CoSell => "cosell",
            Model::Reseller => "reseller",
        }
    }

    /// Display name.
    pub const fn name(self) -> &'static str {
        match self {
            Model::Referral => "Referral",
            Model::CoSell => "Co-sell",
            Model::Reseller => "Reseller",
        }
    }

    /// Position in [`Model::ALL`], for per-model arrays.
    pub const fn index(self) -> usize {
        self as usize
    }
}
