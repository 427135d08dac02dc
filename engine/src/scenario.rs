//! A visitor's whole scenario (answers, simulator inputs, currency) and its URL codec.

use crate::assessment::Answers;
use crate::economics::{Currency, Inputs};

/// Everything a shared link carries.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Scenario {
    pub answers: Answers,
    pub inputs: Inputs,
    pub currency: Currency,
}
