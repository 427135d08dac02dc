//! The simulator's inputs, always inside their parameters' ranges, so no value the type
//! admits makes the arithmetic produce NaN or infinity.

use super::params::Param;

/// Validated simulator inputs: every value is always within its parameter's range.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Inputs {
    raw: [i64; Param::COUNT],
}

impl Default for Inputs {
    fn default() -> Self {
        Inputs {
            raw: Param::ALL.map(|p| p.spec().default),
        }
    }
}

/// Whether a value had to be clamped into its range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Clamped {
    No,
    ToMin,
    ToMax,
}

impl Inputs {
    /// The raw fixed-point value of `p`.
    pub fn raw(&self, p: Param) -> i64 {
        self.raw[p as usize]
    }

    /// The real value of `p` (raw divided by the unit's scale).
    pub fn value(&self, p: Param) -> f64 {
        self.raw(p) as f64 / p.spec().unit.scale() as f64
    }

    /// Sets `p` to `raw`, clamped into its range: the one place inputs are validated.
    pub fn set_raw(&mut self, p: Param, raw: i64) -> Clamped {
        let s = p.spec();
        let (v, c) = if raw < s.min {
            (s.min, Clamped::ToMin)
        } else if raw > s.max {
            (s.max, Clamped::ToMax)
        } else {
            (raw, Clamped::No)
        };
        self.raw[p as usize] = v;
        c
    }

    /// A copy with `p` set to `raw` (clamped).
    pub fn with_raw(mut self, p: Param, raw: i64) -> Inputs {
        self.set_raw(p, raw);
        self
    }
}

/// Any valid inputs, with each parameter often at its minimum, maximum or default, since the
/// edges are where the arithmetic degenerates.
#[cfg(test)]
pub(crate) fn arbitrary_inputs() -> impl proptest::strategy::Strategy<Value = Inputs> {
    use proptest::prelude::*;
    proptest::array::uniform25((0u8..6, any::<u64>())).prop_map(|picks| {
        let mut inputs = Inputs::default();
        for (p, (pick, x)) in Param::ALL.into_iter().zip(picks) {
            let s = p.spec();
            let raw = match pick {
                0 => s.min,
                1 => s.max,
                2 => s.default,
                _ => s.min + (x % (s.max - s.min + 1) as u64) as i64,
            };
            inputs.set_raw(p, raw);
        }
        inputs
    })
}

/// The defaults of link format v1 (6 co-sell and 12 reseller customers a year, a 1,000
/// spiff), so the figures pinned under v1 stay pinned.
#[cfg(test)]
pub(super) fn v1_defaults() -> Inputs {
    Inputs::default()
        .with_raw(Param::NCo, 600)
        .with_raw(Param::NRes, 1_200)
        .with_raw(Param::Spiff, 1_000)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_raw_clamps_and_reports() {
        let mut i = Inputs::default();
        assert_eq!(i.set_raw(Param::Disc, 10_001), Clamped::ToMax);
        assert_eq!(i.raw(Param::Disc), 10_000);
        assert_eq!(i.set_raw(Param::Exp, -5_001), Clamped::ToMin);
        assert_eq!(i.value(Param::Exp), -50.0);
        assert_eq!(i.set_raw(Param::NRef, 850), Clamped::No);
        assert_eq!(i.value(Param::NRef), 8.5);
        assert_eq!(i.with_raw(Param::Yrs, 0).raw(Param::Yrs), 1);
    }
}
