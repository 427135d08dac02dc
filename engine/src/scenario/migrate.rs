//! Upgrading the pairs of an older link to the current format, one version step at a time,
//! so that every link ever shared keeps opening the scenario it was made for.
//!
//! Adding a version means: raise [`VERSION`], give any new key a slot in the key table
//! (`keys.rs`), and append a step to [`STEPS`], a function that rewrites the values of a link
//! of the previous version into what the new one means by them (a default that moved, a
//! value whose meaning changed, a new key derived from old ones). Keys are never renamed,
//! removed or reused with another meaning, so the key table holds every key any version had;
//! the golden links test then proves that every old link still opens as it did.

use std::borrow::Cow;

use super::keys::{param_slot, Values};
use crate::economics::Param;

/// The format version this build writes.
pub const VERSION: u32 = 2;

/// Rewrites the values of one version into the next.
type Step = for<'a> fn(&mut Values<'a>);

/// `STEPS[n - 1]` upgrades version `n` to `n + 1`; the array length ties it to [`VERSION`].
const STEPS: [Step; VERSION as usize - 1] = [v1_to_v2];

/// The inputs whose default version 2 changed, with their version 1 default as a link
/// writes it: a v1 link that leaves them out means these values.
const V1_DEFAULTS: [(Param, &str); 3] = [
    (Param::NCo, "6"),
    (Param::NRes, "12"),
    (Param::Spiff, "1000"),
];

/// Upgrades the values of a link written in format `from` (1 ..= [`VERSION`]) to the
/// current format.
pub(super) fn upgrade(from: u32, values: &mut Values<'_>) {
    let first = (from.clamp(1, VERSION) - 1) as usize;
    for step in &STEPS[first..] {
        step(values);
    }
}

/// Version 2 changed three defaults and added `rate`: a v1 link spells out the old defaults
/// it relied on, and any `rate` in it is dropped, as v1 ignored it.
fn v1_to_v2(values: &mut Values<'_>) {
    for (p, v1_default) in V1_DEFAULTS {
        values[param_slot(p)].get_or_insert(Cow::Borrowed(v1_default));
    }
    values[param_slot(Param::Rate)] = None;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::number;

    #[test]
    fn the_v1_defaults_are_written_as_links_write_them() {
        let moved = [
            (Param::NCo, 600),
            (Param::NRes, 1_200),
            (Param::Spiff, 1_000),
        ];
        for ((p, text), (q, raw)) in V1_DEFAULTS.into_iter().zip(moved) {
            assert_eq!(p, q);
            assert_eq!(text, number::format(raw, p.spec().unit.scale()));
            assert_ne!(raw, p.spec().default, "{p:?} did not change in v2");
        }
    }
}
