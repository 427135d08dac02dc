//! Flip points, "what you would have to believe": for each input, with every other held, the
//! value nearest its current one at which a different model contributes most.
//!
//! Most totals are straight lines in an input (volumes, deal value, fee, discount, costs), so
//! the tie is one division per pair of models; the discount rate moves only the present
//! value, so the totals are flat in it. Retention and expansion compound over the years, so
//! their ties are bracketed on a grid and narrowed by safeguarded secant steps. Whole-year
//! inputs are scanned.

use super::inputs::Inputs;
use super::model_run::contribution;
use super::params::Param;
use super::rates::Rates;
use crate::guide::Model;

/// Total contribution over the horizon of each model, in [`Model::ALL`] order.
pub(super) type Totals = [f64; 3];

/// Every model's total contribution under `r`.
pub(super) fn totals(r: &Rates) -> Totals {
    Model::ALL.map(|m| contribution(r, m))
}

/// The model of `among` that contributes most; a tie goes to the first in [`Model::ALL`]
/// order, as the summary sentence orders them.
pub(super) fn winner(t: &Totals, among: &[Model]) -> Model {
    Model::ALL
        .into_iter()
        .filter(|m| among.contains(m))
        .fold(None, |best: Option<Model>, m| match best {
            Some(b) if t[b.index()] >= t[m.index()] => Some(b),
            _ => Some(m),
        })
        .unwrap_or(Model::Referral)
}

/// Where a different model starts to contribute most as one input moves.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Flip {
    /// At `value` (in the input's real units, unrounded), `to` overtakes `from`. For a
    /// whole-year input, the nearest whole year at which `to` leads.
    At { value: f64, from: Model, to: Model },
    /// No value in the input's range changes which model contributes most.
    None,
}

impl Flip {
    /// Stable name of the state, for `data-state` attributes and tests.
    pub const fn state(self) -> &'static str {
        match self {
            Flip::At { .. } => "at",
            Flip::None => "none",
        }
    }

    /// The flip value when there is one.
    pub const fn value(self) -> Option<f64> {
        match self {
            Flip::At { value, .. } => Some(value),
            Flip::None => None,
        }
    }
}

/// The flip point of every input, and the model that contributes most now.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Flips {
    leader: Model,
    flips: [Flip; Param::COUNT],
}

impl Flips {
    /// The model that contributes most at the current inputs.
    pub fn leader(&self) -> Model {
        self.leader
    }

    /// The flip point of `p`.
    pub fn get(&self, p: Param) -> Flip {
        self.flips[p as usize]
    }

    /// Every input with its flip point, in [`Param::ALL`] order.
    pub fn iter(&self) -> impl Iterator<Item = (Param, Flip)> + '_ {
        Param::ALL.into_iter().zip(self.flips)
    }
}

/// The flip point of every input: the nearest value at which the model contributing most
/// changes, ties between a lower and a higher value going to the lower.
pub fn flips(inputs: &Inputs) -> Flips {
    let base = totals(&Rates::new(inputs));
    Flips {
        leader: winner(&base, &Model::ALL),
        flips: Param::ALL.map(|p| nearest_change(inputs, p, &Model::ALL, &base)),
    }
}

/// For every input, in [`Param::ALL`] order, the value nearest its current one at which
/// `first` and `second` change places (the lower when two are as near), whatever the third
/// model does; [`Flip::None`] when they never do within its range.
pub fn ties(inputs: &Inputs, first: Model, second: Model) -> [Flip; Param::COUNT] {
    let base = totals(&Rates::new(inputs));
    Param::ALL.map(|p| nearest_change(inputs, p, &[first, second], &base))
}

/// How the totals depend on an input, which decides how its flip is found.
enum Shape {
    /// Every total is a straight line in the input: solved in closed form.
    Straight,
    /// Whole years: scanned.
    Whole,
    /// Anything else (compounding): bracketed on a grid, then bisected.
    Curved,
}

const fn shape(p: Param) -> Shape {
    match p {
        Param::Yrs | Param::FeeYrs => Shape::Whole,
        Param::Ret | Param::Exp => Shape::Curved,
        Param::Acv
        | Param::Gm
        | Param::NRef
        | Param::NCo
        | Param::NRes
        | Param::Uplift
        | Param::Fee
        | Param::Bounty
        | Param::Disc
        | Param::Spiff
        | Param::Sell
        | Param::Sup
        | Param::Offload
        | Param::MktFee
        // Only the present value discounts; the totals are flat in the rate.
        | Param::Rate
        | Param::RefSetup
        | Param::RefRun
        | Param::CoSetup
        | Param::CoRun
        | Param::ResSetup
        | Param::ResRun => Shape::Straight,
    }
}

/// One input moved with every other held.
struct Line<'a> {
    inputs: &'a Inputs,
    param: Param,
    among: &'a [Model],
}

impl Line<'_> {
    /// The totals with the input at the real value `v`.
    fn totals(&self, v: f64) -> Totals {
        totals(&Rates::at(|p| {
            if p == self.param {
                v
            } else {
                self.inputs.value(p)
            }
        }))
    }

    fn winner(&self, v: f64) -> Model {
        winner(&self.totals(v), self.among)
    }

    /// The input's range in real units.
    fn range(&self) -> (f64, f64) {
        let s = self.param.spec();
        let scale = s.unit.scale() as f64;
        (s.min as f64 / scale, s.max as f64 / scale)
    }
}

/// Below and above the current value, the nearest change of the winner among `among`, then
/// the nearer of the two.
fn nearest_change(inputs: &Inputs, param: Param, among: &[Model], base: &Totals) -> Flip {
    let line = Line {
        inputs,
        param,
        among,
    };
    let from = winner(base, among);
    let x = inputs.value(param);
    let (below, above) = match shape(param) {
        Shape::Straight => straight(&line, x, base, from),
        Shape::Whole => (whole(&line, x, from, -1.0), whole(&line, x, from, 1.0)),
        Shape::Curved => {
            let (lo, hi) = line.range();
            (curved(&line, x, lo, from), curved(&line, x, hi, from))
        }
    };
    let pick = match (below, above) {
        (Some(b), Some(a)) if a.0 - x < x - b.0 => Some(a),
        (Some(b), _) => Some(b),
        (None, a) => a,
    };
    pick.map_or(Flip::None, |(value, to)| Flip::At { value, from, to })
}

/// A change found on one side: the value and the model that leads from there.
type Change = Option<(f64, Model)>;

/// Straight lines: each total is `base + slope × (v − x)`, with the slope read from one more
/// run at the far end of the range, so each tie with the leader is one division.
fn straight(line: &Line, x: f64, base: &Totals, from: Model) -> (Change, Change) {
    let (lo, hi) = line.range();
    let far = if hi > x { hi } else { lo };
    if far == x {
        return (None, None);
    }
    let there = line.totals(far);
    let slope = |m: Model| (there[m.index()] - base[m.index()]) / (far - x);
    let (mut below, mut above): (Change, Change) = (None, None);
    for &m in line.among.iter().filter(|&&m| m != from) {
        let gain = slope(m) - slope(from);
        if gain == 0.0 {
            continue;
        }
        let v = x + (base[from.index()] - base[m.index()]) / gain;
        if !(lo..=hi).contains(&v) {
            continue;
        }
        let side = if gain > 0.0 { &mut above } else { &mut below };
        if side.is_none_or(|(w, _)| (v - x).abs() < (w - x).abs()) {
            *side = Some((v, m));
        }
    }
    (below, above)
}

/// Whole years: the nearest whole value on one side (`dir` −1 or +1) at which another model
/// leads.
fn whole(line: &Line, x: f64, from: Model, dir: f64) -> Change {
    let (lo, hi) = line.range();
    let mut v = x + dir;
    while (lo..=hi).contains(&v) {
        let w = line.winner(v);
        if w != from {
            return Some((v, w));
        }
        v += dir;
    }
    None
}

/// Grid cells between the current value and one end of the range for a curved input: fine
/// enough that a lead lost and regained within one cell is a margin no visitor could act on.
const CELLS: usize = 16;

/// Relative precision of a bisected flip value.
const PRECISION: f64 = 1e-9;

/// The first grid cell from `x` towards `end` in which the winner changes, bisected down to
/// [`PRECISION`]; the value returned is the middle of the last bracket.
fn curved(line: &Line, x: f64, end: f64, from: Model) -> Change {
    if end == x {
        return None;
    }
    let step = (end - x) / CELLS as f64;
    let mut near = x;
    for k in 1..=CELLS {
        let far = if k == CELLS { end } else { x + step * k as f64 };
        let w = line.winner(far);
        if w != from {
            return Some(bisect(line, near, far, from));
        }
        near = far;
    }
    None
}

/// Narrows `[near, far]`, where `from` leads at `near` and not at `far`, to the change.
///
/// Each step tries the secant point of the leader's margin, which closes in on a smooth
/// crossing in a few runs, and halves the bracket instead whenever the same end has moved
/// three times running, so the bracket still shrinks at least as fast as bisection's every
/// third step. Which end moves is decided by the winner itself, never by the margin's sign.
fn bisect(line: &Line, mut near: f64, mut far: f64, from: Model) -> (f64, Model) {
    let margin = |t: &Totals| {
        let best_other = line
            .among
            .iter()
            .filter(|&&m| m != from)
            .map(|m| t[m.index()])
            .fold(f64::NEG_INFINITY, f64::max);
        t[from.index()] - best_other
    };
    let there = line.totals(far);
    let mut to = winner(&there, line.among);
    let (mut m_near, mut m_far) = (margin(&line.totals(near)), margin(&there));
    let (mut last_moved_near, mut same_end) = (false, 0);
    while (far - near).abs() > PRECISION * near.abs().max(far.abs()).max(1.0) {
        let mid = near + (far - near) / 2.0;
        let secant = near + (far - near) * m_near / (m_near - m_far);
        let inside = secant > near.min(far) && secant < near.max(far);
        let v = if same_end < 2 && inside { secant } else { mid };
        if v == near || v == far {
            break;
        }
        let t = line.totals(v);
        let moved_near = winner(&t, line.among) == from;
        if moved_near {
            (near, m_near) = (v, margin(&t));
        } else {
            (far, m_far, to) = (v, margin(&t), winner(&t, line.among));
        }
        same_end = if moved_near == last_moved_near {
            same_end + 1
        } else {
            0
        };
        last_moved_near = moved_near;
    }
    (near + (far - near) / 2.0, to)
}

#[cfg(test)]
mod tests {
    use super::super::inputs::{arbitrary_inputs, v1_defaults};
    use super::super::model_run::run;
    use super::*;
    use proptest::prelude::*;

    fn totals_at(i: &Inputs, p: Param, v: f64) -> Totals {
        Line {
            inputs: i,
            param: p,
            among: &Model::ALL,
        }
        .totals(v)
    }

    /// The size of the money the totals at `v` are made of, for a tolerance.
    fn scale(i: &Inputs, p: Param, v: f64) -> f64 {
        let r = Rates::at(|q| if q == p { v } else { i.value(q) });
        Model::ALL
            .map(|m| {
                let t = *run(&r, m).total();
                t.list.max(t.partner).max(t.programme).max(t.cost_to_sell)
            })
            .into_iter()
            .fold(1.0, f64::max)
    }

    #[test]
    fn winner_breaks_ties_in_guide_order() {
        assert_eq!(winner(&[1.0, 1.0, 0.0], &Model::ALL), Model::Referral);
        assert_eq!(winner(&[0.0, 2.0, 2.0], &Model::ALL), Model::CoSell);
        assert_eq!(
            winner(&[5.0, 2.0, 3.0], &[Model::CoSell, Model::Reseller]),
            Model::Reseller
        );
    }

    #[test]
    fn v1_discount_flip_is_where_co_sell_catches_reselling() {
        let f = flips(&v1_defaults());
        assert_eq!(f.leader(), Model::Reseller);
        let Flip::At { value, from, to } = f.get(Param::Disc) else {
            panic!("{:?}", f.get(Param::Disc));
        };
        assert_eq!((from, to), (Model::Reseller, Model::CoSell));
        assert!(value > 30.0 && value < 33.7, "{value}");
        let t = totals_at(&v1_defaults(), Param::Disc, value);
        assert!((t[1] - t[2]).abs() < 1e-6 * scale(&v1_defaults(), Param::Disc, value));
    }

    #[test]
    fn an_input_that_moves_no_total_never_flips() {
        // With no reseller customers, the discount changes nothing.
        let i = Inputs::default().with_raw(Param::NRes, 0);
        assert_eq!(flips(&i).get(Param::Disc), Flip::None);
        assert_eq!(Flip::None.state(), "none");
        assert_eq!(Flip::None.value(), None);
    }

    #[test]
    fn a_pair_tie_ignores_the_third_model() {
        let i = v1_defaults();
        let t = ties(&i, Model::Reseller, Model::Referral)[Param::NRes as usize];
        assert_eq!(t.state(), "at");
        let n = t.value().unwrap_or(f64::NAN);
        assert!((n - 11.0).abs() < 0.05, "{n}");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn a_flip_plugged_back_ties_or_changes_the_leader(i in arbitrary_inputs()) {
            let f = flips(&i);
            for (p, flip) in f.iter() {
                let Flip::At { value, from, to } = flip else { continue };
                prop_assert_eq!(from, f.leader());
                prop_assert!(from != to);
                let s = p.spec();
                let scale_ = s.unit.scale() as f64;
                prop_assert!(value >= s.min as f64 / scale_ && value <= s.max as f64 / scale_);
                let t = totals_at(&i, p, value);
                match shape(p) {
                    Shape::Whole => {
                        prop_assert_eq!(winner(&t, &Model::ALL), to);
                        let x = i.value(p);
                        let dir = (value - x).signum();
                        let mut v = x + dir;
                        while (v - value).abs() > 0.5 {
                            prop_assert_eq!(winner(&totals_at(&i, p, v), &Model::ALL), from);
                            v += dir;
                        }
                    }
                    Shape::Straight | Shape::Curved => {
                        let tol = 1e-6 * scale(&i, p, value);
                        let gap = (t[from.index()] - t[to.index()]).abs();
                        prop_assert!(gap <= tol, "{p:?} at {value}: gap {gap} > {tol}");
                    }
                }
            }
        }

        #[test]
        fn no_nearer_grid_value_changes_the_leader(i in arbitrary_inputs()) {
            // Between the current value and the flip, the leader holds at every slider step.
            let f = flips(&i);
            for p in [Param::Disc, Param::NRes, Param::Ret, Param::Acv] {
                let s = p.spec();
                let scale_ = s.unit.scale() as f64;
                let x = i.value(p);
                let flip = f.get(p).value();
                let step = s.step as f64 / scale_;
                for k in 1..=20 {
                    for v in [x - step * k as f64, x + step * k as f64] {
                        let inside = v >= s.min as f64 / scale_ && v <= s.max as f64 / scale_;
                        let before = flip.is_none_or(|w| (v - x).abs() < (w - x).abs() * 0.999);
                        if inside && before {
                            prop_assert_eq!(winner(&totals_at(&i, p, v), &Model::ALL), f.leader(),
                                "{:?} at {} before flip {:?}", p, v, flip);
                        }
                    }
                }
            }
        }
    }
}
