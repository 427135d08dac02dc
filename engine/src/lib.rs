//! The pure core of Partner Fit.
//!
//! Everything a visitor is told comes from here: the guide's knowledge as typed data
//! ([`guide`]), the questions and the visitor's answers to them ([`answers`]), the
//! assessment that scores the fit of each partner model ([`assessment`]), the margin
//! simulator ([`economics`]) and the shareable scenario with its URL codec ([`scenario`]).
//! The crate depends on nothing outside `std`, so it is tested natively and the UI can only
//! render what it computes.
//!
//! Modules import only downward: `guide` and `number` at the bottom; `answers` and
//! `economics` above them; `assessment`, which reads answers; and on top `scenario`, which
//! carries answers and inputs in a link, and [`story`], which sets the simulator's figures
//! beside the advice. Beside them, [`page`] names what the build-time page and the wasm share
//! (island ids, marks, actions).

pub mod answers;
pub mod assessment;
pub mod economics;
pub mod guide;
mod number;
pub mod page;
pub mod scenario;
pub mod story;

pub use guide::Model;
