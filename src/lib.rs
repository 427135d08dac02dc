//! Partner Fit's browser UI. All arithmetic and wording lives in `partner_fit_engine`;
//! this crate renders it and wires the scenario to the page URL.

pub mod ui;
