//! Sensitivity, drawn as a tornado chart: each input moved to the low and the high end of its
//! typical range with every other held, and how far the focus model then leads (or trails) the
//! best other model. The inputs that swing that gap most come first.

use super::flips::{totals, Totals};
use super::inputs::Inputs;
use super::params::Param;
use super::rates::Rates;
use crate::guide::Model;

/// One input's bar: the gap at each end of its typical range.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bar {
    param: Param,
    gap_low: f64,
    gap_high: f64,
}

impl Bar {
    /// The input moved.
    pub fn param(&self) -> Param {
        self.param
    }

    /// The gap with the input at the low end of its typical range (`data-low`).
    pub fn gap_low(&self) -> f64 {
        self.gap_low
    }

    /// The gap with the input at the high end of its typical range (`data-high`).
    pub fn gap_high(&self) -> f64 {
        self.gap_high
    }

    /// How much the gap moves across the typical range: the bar's length, its sort key.
    pub fn swing(&self) -> f64 {
        (self.gap_high - self.gap_low).abs()
    }
}

/// The sensitivity of the focus model's lead to every input.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tornado {
    focus: Model,
    base: f64,
    bars: [Bar; Param::COUNT],
}

impl Tornado {
    /// The model whose lead is measured.
    pub fn focus(&self) -> Model {
        self.focus
    }

    /// The gap at the current inputs: the focus model's total contribution less the best
    /// other model's; negative when it trails.
    pub fn base_gap(&self) -> f64 {
        self.base
    }

    /// Every input's bar, largest swing first; equal swings keep [`Param::ALL`] order.
    pub fn bars(&self) -> &[Bar; Param::COUNT] {
        &self.bars
    }
}

/// How far `focus` leads the best other model over the horizon.
fn gap(t: &Totals, focus: Model) -> f64 {
    let best_other = Model::ALL
        .into_iter()
        .filter(|&m| m != focus)
        .map(|m| t[m.index()])
        .fold(f64::NEG_INFINITY, f64::max);
    t[focus.index()] - best_other
}

/// Moves each input to both ends of its typical range and measures the focus model's lead
/// at each: 2 runs of the three models per input.
pub fn tornado(inputs: &Inputs, focus: Model) -> Tornado {
    let gap_at = |p: Param, raw: i64| gap(&totals(&Rates::new(&inputs.with_raw(p, raw))), focus);
    let mut bars = Param::ALL.map(|p| {
        let (low, high) = p.spec().typical;
        Bar {
            param: p,
            gap_low: gap_at(p, low),
            gap_high: gap_at(p, high),
        }
    });
    bars.sort_by(|a, b| b.swing().total_cmp(&a.swing()));
    Tornado {
        focus,
        base: gap(&totals(&Rates::new(inputs)), focus),
        bars,
    }
}

#[cfg(test)]
mod tests {
    use super::super::inputs::{arbitrary_inputs, v1_defaults};
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_gap_is_against_the_best_other_model() {
        assert_eq!(gap(&[5.0, 3.0, 4.0], Model::Referral), 1.0);
        assert_eq!(gap(&[5.0, 3.0, 4.0], Model::CoSell), -2.0);
    }

    #[test]
    fn the_reseller_volume_raises_the_reseller_lead() {
        let t = tornado(&v1_defaults(), Model::Reseller);
        let first = t.bars()[0];
        assert!(first.swing() >= t.bars()[1].swing());
        // The reseller volume moves only the reseller's total: its bar rises with it.
        let n_res = t.bars().iter().find(|b| b.param() == Param::NRes);
        let n_res = n_res.copied().unwrap_or(first);
        assert!(n_res.gap_high() > t.base_gap() && t.base_gap() > n_res.gap_low());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn bars_are_sorted_and_finite(i in arbitrary_inputs(), f in 0usize..3) {
            let t = tornado(&i, Model::ALL[f]);
            prop_assert!(t.base_gap().is_finite());
            for pair in t.bars().windows(2) {
                prop_assert!(pair[0].swing() >= pair[1].swing());
            }
            for b in t.bars() {
                prop_assert!(b.gap_low().is_finite() && b.gap_high().is_finite());
            }
            let mut params: Vec<_> = t.bars().iter().map(|b| b.param()).collect();
            params.sort();
            prop_assert_eq!(params, Param::ALL.to_vec());
        }

        #[test]
        fn an_input_already_at_an_end_gives_the_base_gap_there(i in arbitrary_inputs()) {
            let t = tornado(&i, Model::Referral);
            for b in t.bars() {
                let (low, high) = b.param().spec().typical;
                let raw = i.raw(b.param());
                if raw == low {
                    prop_assert_eq!(b.gap_low(), t.base_gap());
                }
                if raw == high {
                    prop_assert_eq!(b.gap_high(), t.base_gap());
                }
            }
        }
    }
}
