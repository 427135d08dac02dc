//! Upgrading the pairs of an older link to the current format, one version step at a time,
//! so that every link ever shared keeps opening the scenario it was made for.
//!
//! Adding version 2 means: raise [`VERSION`] to 2, give any new key a slot in the key table
//! (`keys.rs`), and append `v1_to_v2` to [`STEPS`], a function that rewrites the values of a
//! v1 link into what v2 means by them (a value whose meaning changed, a new key derived
//! from old ones). Keys are never renamed, removed or reused with another meaning, so the
//! key table holds every key any version had; the golden links test then proves that every
//! old link still opens as it did.

use super::keys::Values;

/// The format version this build writes.
pub const VERSION: u32 = 1;

/// Rewrites the values of one version into the next.
type Step = for<'a> fn(&mut Values<'a>);

/// `STEPS[n - 1]` upgrades version `n` to `n + 1`; the array length ties it to [`VERSION`].
const STEPS: [Step; VERSION as usize - 1] = [];

/// Upgrades the values of a link written in format `from` (1 ..= [`VERSION`]) to the
/// current format.
pub(super) fn upgrade(from: u32, values: &mut Values<'_>) {
    let first = (from.clamp(1, VERSION) - 1) as usize;
    for step in &STEPS[first..] {
        step(values);
    }
}
