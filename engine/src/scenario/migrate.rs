//! Upgrading the pairs of an older link to the current format, one version step at a time,
//! so that every link ever shared keeps opening the scenario it was made for.
//!
//! Adding a version means: raise [`VERSION`], give any new key a slot in the key table
//! (`keys.rs`), append a step to [`STEPS`], a function that rewrites the values of a link
//! of the previous version into what the new one means by them (a value whose meaning
//! changed, a new key derived from old ones), and, for a default that moved, start older
//! links from their own defaults in [`defaults`]. Keys are never renamed,
//! removed or reused with another meaning, so the key table holds every key any version had;
//! the golden links test then proves that every old link still opens as it did.

use super::keys::{param_slot, Values};
use crate::economics::{Inputs, Param};

/// The format version this build writes.
pub const VERSION: u32 = 2;

/// Rewrites the values of one version into the next.
type Step = for<'a> fn(&mut Values<'a>);

/// `STEPS[n - 1]` upgrades version `n` to `n + 1`; the array length ties it to [`VERSION`].
const STEPS: [Step; VERSION as usize - 1] = [v1_to_v2];

/// The inputs whose default version 2 changed, with their version 1 default (raw units): a
/// v1 link that leaves them out, or holds a value that cannot be read, means these values.
const V1_DEFAULTS: [(Param, i64); 3] = [
    (Param::NCo, 600),
    (Param::NRes, 1_200),
    (Param::Spiff, 1_000),
];

/// The inputs a link of format `from` starts from before its own values are read: that
/// format's defaults, so an omitted or unreadable value means what it meant when shared.
pub(super) fn defaults(from: u32) -> Inputs {
    let mut inputs = Inputs::default();
    if from < 2 {
        for (p, raw) in V1_DEFAULTS {
            inputs.set_raw(p, raw);
        }
    }
    inputs
}

/// Upgrades the values of a link written in format `from` (1 ..= [`VERSION`]) to the
/// current format.
pub(super) fn upgrade(from: u32, values: &mut Values<'_>) {
    let first = (from.clamp(1, VERSION) - 1) as usize;
    for step in &STEPS[first..] {
        step(values);
    }
}

/// Version 2 added `rate`: any `rate` in a v1 link is dropped, as v1 ignored it (its three
/// moved defaults are in [`defaults`]).
fn v1_to_v2(values: &mut Values<'_>) {
    values[param_slot(Param::Rate)] = None;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_v1_link_starts_from_the_v1_defaults_of_the_three_that_moved() {
        let (v1, v2) = (defaults(1), defaults(2));
        assert_eq!(v2, Inputs::default());
        for (p, raw) in V1_DEFAULTS {
            assert_eq!(v1.raw(p), raw);
            assert_ne!(raw, p.spec().default, "{p:?} did not change in v2");
        }
        for p in Param::ALL
            .into_iter()
            .filter(|p| V1_DEFAULTS.iter().all(|(q, _)| q != p))
        {
            assert_eq!(v1.raw(p), v2.raw(p), "{p:?} kept its default");
        }
    }
}
