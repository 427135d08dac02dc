//! The set of segments the partner will touch: the one question that takes several answers,
//! held as a bit set so [`Answers`](super::Answers) stays small and `Copy`.

use super::choices::Segment;

/// The set of segments the partner will touch (the one multi-answer question).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Segments(u8);

impl Segments {
    /// No segment chosen (the question is unanswered).
    pub const EMPTY: Segments = Segments(0);

    const fn bit(segment: Segment) -> u8 {
        1 << segment as u8
    }

    /// Whether `segment` is chosen.
    pub const fn contains(self, segment: Segment) -> bool {
        self.0 & Self::bit(segment) != 0
    }

    /// The set with `segment` added or removed.
    pub const fn with(self, segment: Segment, chosen: bool) -> Segments {
        if chosen {
            Segments(self.0 | Self::bit(segment))
        } else {
            Segments(self.0 & !Self::bit(segment))
        }
    }

    /// Number of chosen segments.
    pub const fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// Whether no segment is chosen.
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// Chosen segments in [`Segment::ALL`] order.
    pub fn iter(self) -> impl Iterator<Item = Segment> {
        Segment::ALL
            .iter()
            .copied()
            .filter(move |s| self.contains(*s))
    }
}

impl FromIterator<Segment> for Segments {
    fn from_iter<I: IntoIterator<Item = Segment>>(iter: I) -> Self {
        iter.into_iter()
            .fold(Segments::EMPTY, |set, s| set.with(s, true))
    }
}
