//! The pure core of Partner Fit.
//!
//! Everything a visitor is told comes from here: the guide's knowledge as typed data
//! ([`guide`]), the assessment that scores the fit of each partner model ([`assessment`]),
//! the margin simulator ([`economics`]) and the shareable scenario with its URL codec
//! ([`scenario`]). The crate depends on nothing outside `std`, so it is tested natively and
//! the UI can only render what it computes.

pub mod assessment;
pub mod economics;
pub mod guide;
mod number;
pub mod scenario;

pub use guide::Model;
