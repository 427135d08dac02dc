//! The margin simulator: what each partner model costs and earns over the horizon.
//!
//! Inputs are held as fixed-point integers (money in whole currency units, percentages and
//! counts in hundredths, years as whole numbers) so a scenario round-trips through a URL
//! exactly and the browser build needs no float parsing or formatting. [`Inputs`] keeps every
//! value inside its [`ParamSpec`] range, so no input the type admits makes the arithmetic
//! produce NaN or infinity.
//!
//! The files, each importing only those before it: `params` (the input table), `inputs`,
//! `currency`; `year` (one row of figures), `present_value`, `rates` (the inputs as plain
//! numbers), `payback`, `book`, `model_run` (one model over the horizon), `breakeven`,
//! `flips` (what you would have to believe), `simulation` (all three and the break-evens),
//! `tornado` (sensitivity), `versus` (two scenarios compared); then the words: `sentences`
//! and `method`.
//!
//! # Method
//!
//! [`simulate`] runs the same cohort model for referral, co-sell and reseller. Shares below are
//! fractions (a 30 % discount is 0.3).
//!
//! **Deals and customers.** Model *m* signs *N_m* new customers a year (`n_ref`, `n_co`,
//! `n_res`). A deal's first-year value *A_m* is `acv`, and for co-sell `acv × (1 + uplift)`,
//! because a co-sold deal tends to be larger.
//!
//! **Customers stay and grow.** With *q* = `ret × (1 + exp)`, a customer in the *k*-th year of
//! its life (*k* = 0 in the year it signs) is expected to pay *A_m q^k*: it is still there with
//! probability `ret^k` and has grown by `(1 + exp)^k` if so.
//!
//! **A new group every year.** Every year *t* = 1..`yrs` a new cohort of *N_m* customers signs,
//! so in year *t* cohorts aged 0..*t*−1 pay, and list revenue is
//! *L_m(t) = N_m A_m (1 + q + … + q^(t−1))*.
//!
//! **What the partner takes** in year *t*:
//! - referral: `fee` on each referred customer's revenue for its first `fee_yrs` years, plus
//!   `bounty` per new customer: *N_ref (fee A_ref (1 + … + q^(min(t, fee_yrs)−1)) + bounty)*;
//! - co-sell: `spiff` per co-sold customer, *N_co × spiff*;
//! - reseller: the wholesale discount on everything, every year, *disc × L_res(t)*.
//!
//! **Net revenue** is list revenue less partner take less the marketplace fee
//! (`mkt_fee × L_m(t)`, in every model).
//!
//! **Costs.** Cost of goods is `(1 − gm) × L_m(t)`: serving a customer costs the same whoever
//! sold it. Cost to sell is `sell × N_m × A_m` for referral and co-sell, where you run the deal,
//! and zero for the reseller, who runs it. Support is `sup × L_m(t)`, times `(1 − offload)` for
//! the reseller, who carries part of it. The programme costs its set-up in year 1 and its
//! running cost every year.
//!
//! **Contribution** is net revenue less those four costs. Each [`ModelRun`] keeps every
//! [`Year`] row, the horizon totals, the cumulative contribution, the effective partner take
//! (total take / total list revenue), the share of list revenue you keep (total net / total
//! list), the present value, the payback year, the book at the end and the first-year
//! [`Deal`] of one customer.
//!
//! **Present value.** With *r* = `rate`, a year's contribution is counted at the end of that
//! year and discounted to today: *NPV_m = Σ_{t=1..yrs} C_m(t) / (1 + r)^t*. At *r* = 0 it is
//! the horizon total.
//!
//! **Payback.** The first year *t* whose cumulative contribution *C_m(1) + … + C_m(t)* is zero
//! or more; [`Payback::Never`] when it stays negative through the horizon.
//!
//! **The book at the end.** The horizon cuts off a business that goes on, so each model also
//! reports its final year: the customers expected to be paying then,
//! *N_m (1 + ret + … + ret^(yrs−1))*, their list revenue *L_m(yrs)*, the partner's take and
//! your contribution in that year ([`Book`]). For the reseller the take is still the full
//! discount on every invoice, which the horizon totals alone hide.
//!
//! **Break-evens.** Reseller contribution falls by exactly its list revenue per unit of
//! discount, so the discount *d\** at which it equals referral's contribution is one division;
//! likewise it grows by a fixed amount per yearly new customer, less a programme cost that does
//! not depend on volume, which gives the volume *n\**. [`BreakEven`] names the cases where there
//! is no tie instead of dividing by zero. Both compare undiscounted horizon totals.
//!
//! **Flip points** ([`flips`], "what you would have to believe"). For each input *p*, every
//! other held, the leader is the model with the highest total contribution (a tie goes to the
//! first in [`Model::ALL`](crate::Model::ALL) order). The flip point is the value of *p*
//! within its range, nearest the current one *x* (the lower of two equally near), at which
//! the leader changes, with the two models involved ([`Flip::At`]), or [`Flip::None`]. Every
//! input but years, retention and expansion enters the totals linearly, so each total is
//! *c_m(x) + s_m (v − x)*, with the slope *s_m* read from one more run at the far end of the
//! range, and the flip is the nearest *v* where another line meets the leader's: one division
//! per model. Money, percentages and customer counts are treated as continuous: the flip is
//! the exact, unrounded tie, which the page rounds as it shows it. The discount rate moves
//! only the present value, not the totals, so it never flips. Retention and expansion
//! compound (*q^k*), so their range is cut into 16 cells on each side of *x*; the first cell
//! whose far end has another leader is narrowed to 1e-9 of the value by secant steps on the
//! leader's margin, with a halving step whenever the same end has moved three times running. A lead lost and regained within one cell is not reported. Whole-year
//! inputs (`yrs`, `fee_yrs`) are scanned year by year; their flip is the nearest whole value
//! at which another model leads. [`ties`] solves the same for one pair of models, which the
//! story beside the advice uses.
//!
//! **Sensitivity** ([`tornado`]). Each input is set to the low and the high end of its
//! typical range ([`ParamSpec::typical`]), every other held, and the gap between a focus model
//! and the best other model (focus total less the highest other total) is computed at both
//! ends. Bars are ordered by |gap_high − gap_low|, largest first (a stable sort, so equal
//! swings keep [`Param::ALL`] order); [`Tornado::sentence`] names the first five.
//!
//! **Two scenarios compared** ([`versus`]). For each model, B's total contribution, present
//! value and payback year less A's; a payback difference exists only when both pay back
//! within their horizons.
//!
//! **Left out.** These are expected values, not a forecast; only the present value discounts
//! money over time (the totals, shares and break-evens do not); taxes and payment terms are
//! ignored. [`METHOD`] says all this in plain words for the page, and the [`Figure`]-based
//! sentences say the answers in words without the engine ever formatting a float.

mod book;
mod breakeven;
mod currency;
mod flips;
mod inputs;
mod method;
mod model_run;
mod params;
mod payback;
mod present_value;
mod rates;
mod sentences;
mod simulation;
mod tornado;
mod versus;
mod year;

pub use book::Book;
pub use breakeven::{BreakEven, BreakEvens};
pub use currency::Currency;
pub use flips::{flips, ties, Flip, Flips};
#[cfg(test)]
pub(crate) use inputs::arbitrary_inputs;
pub use inputs::{Clamped, Inputs};
pub use method::{Step, METHOD};
pub use model_run::{Deal, ModelRun};
pub use params::{Basis, Param, ParamSpec, Unit, MAX_YEARS, USUAL_DISCOUNT};
pub use payback::Payback;
pub(crate) use sentences::first_letter;
pub(crate) use sentences::{noun, summary};
pub use sentences::{Figure, Format};
pub use simulation::{simulate, Simulation};
pub use tornado::{tornado, Bar, Tornado};
pub use versus::{versus, Delta};
pub use year::{Metric, Year};
