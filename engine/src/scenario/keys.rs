//! Every key of the link format with its slot, the index a decoded link's values are held
//! at: the table that decoding and the version upgrades share.

use std::borrow::Cow;

use crate::answers::Question;
use crate::economics::Param;

/// Slot of `v` in [`Values`]; the questions follow it, in [`Question::ALL`] order.
pub(super) const V_SLOT: usize = 0;
/// Slot of `cur` in [`Values`].
pub(super) const CUR_SLOT: usize = 1 + Question::ALL.len();
/// Slot of the first simulator input in [`Values`]; the others follow in [`Param::ALL`] order.
pub(super) const PARAM_SLOT: usize = CUR_SLOT + 1;
/// Number of keys the format has.
pub(super) const SLOTS: usize = PARAM_SLOT + Param::COUNT;

/// The slot of simulator input `p` in [`Values`].
pub(super) const fn param_slot(p: Param) -> usize {
    PARAM_SLOT + p as usize
}

/// The last value found in a link for each key of the format, by slot.
pub(super) type Values<'a> = [Option<Cow<'a, str>>; SLOTS];

/// Every key of the format, by slot.
pub(super) const KEYS: [&str; SLOTS] = {
    let mut keys = [""; SLOTS];
    keys[V_SLOT] = "v";
    let mut i = 0;
    while i < Question::ALL.len() {
        keys[V_SLOT + 1 + i] = Question::ALL[i].key();
        i += 1;
    }
    keys[CUR_SLOT] = "cur";
    let mut i = 0;
    while i < Param::COUNT {
        keys[PARAM_SLOT + i] = Param::ALL[i].spec().key;
        i += 1;
    }
    keys
};

/// The slot of a key in [`Values`]; `None` for keys the format does not have. Slot `next`
/// is tried first: `encode` writes keys in slot order, so it usually holds the key after
/// the previous one.
pub(super) fn slot(key: &str, next: usize) -> Option<usize> {
    if KEYS.get(next).is_some_and(|&k| k == key) {
        return Some(next);
    }
    KEYS.iter().position(|&k| k == key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_is_found_in_its_own_slot_whatever_the_hint() {
        for (i, key) in KEYS.iter().enumerate() {
            for next in 0..=SLOTS {
                assert_eq!(slot(key, next), Some(i), "{key} from slot {next}");
            }
        }
        for next in 0..=SLOTS {
            assert_eq!(slot("embed", next), None);
            assert_eq!(slot("", next), None);
        }
    }
}
