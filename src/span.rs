//! The one offset type of factum, and the byte-to-char conversion for output.

use serde::{Deserialize, Serialize};
use std::ops::Range;

/// A half-open range of UTF-8 **byte** offsets into the original input.
///
/// Every stage of factum reports positions as a `Span`, and for every span it
/// returns, `&text[span.range()]` is the mention text: spans always lie on
/// char boundaries.
///
/// ```
/// use factum::Span;
/// let text = "Kyiv’s mayor";
/// let span = Span::new(0, 4);
/// assert_eq!(&text[span.range()], "Kyiv");
/// assert_eq!(span.len(), 4);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (byte offsets, `start <= end`).
    ///
    /// # Panics
    /// If `start > end`.
    #[inline]
    pub fn new(start: usize, end: usize) -> Span {
        assert!(start <= end, "invalid span {start}..{end}");
        Span { start, end }
    }

    /// The span as a `Range`, for slicing: `&text[span.range()]`.
    #[inline]
    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// Length in bytes.
    #[inline]
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no bytes.
    #[inline]
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// Whether `other` lies entirely within `self`.
    #[inline]
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    #[inline]
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    #[inline]
    pub fn cover(self, other: Span) -> Span {
        Span { start: self.start.min(other.start), end: self.end.max(other.end) }
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

/// Converts byte offsets of one text into char (Unicode scalar value) offsets,
/// which is what Python and JavaScript users index strings by.
///
/// Lookups cost O(64) at most: a checkpoint stores the char count every 64
/// bytes, and the remainder is counted from the nearest checkpoint. Building
/// it is one pass over the text.
///
/// ```
/// use factum::CharOffsets;
/// let text = "Belarus’ major exports";
/// let offsets = CharOffsets::new(text);
/// // "’" is 3 bytes but one char.
/// assert_eq!(offsets.char_offset(text.find(" major").unwrap()), 8);
/// ```
#[derive(Clone, Debug)]
pub struct CharOffsets<'t> {
    text: &'t str,
    checkpoints: Vec<usize>,
}

const STRIDE: usize = 64;

impl<'t> CharOffsets<'t> {
    /// Index `text` for byte → char conversion.
    pub fn new(text: &'t str) -> CharOffsets<'t> {
        let bytes = text.as_bytes();
        let mut checkpoints = Vec::with_capacity(bytes.len() / STRIDE + 1);
        let mut chars = 0;
        for chunk in bytes.chunks(STRIDE) {
            checkpoints.push(chars);
            chars += count_char_starts(chunk);
        }
        checkpoints.push(chars);
        CharOffsets { text, checkpoints }
    }

    /// The char offset of byte offset `byte` (clamped to the text length).
    /// A byte offset inside a multi-byte char maps to that char's offset.
    pub fn char_offset(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        let block = byte / STRIDE;
        let base = block * STRIDE;
        self.checkpoints[block] + count_char_starts(&self.text.as_bytes()[base..byte])
    }
}

#[inline]
fn count_char_starts(bytes: &[u8]) -> usize {
    // A char starts at every byte that is not a UTF-8 continuation byte.
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_agree_with_char_indices() {
        let text = "a’b ÿ 😀 Belarus–US\nč".repeat(9);
        let offsets = CharOffsets::new(&text);
        for (ci, (bi, _)) in text.char_indices().enumerate() {
            assert_eq!(offsets.char_offset(bi), ci, "byte {bi}");
        }
        assert_eq!(offsets.char_offset(text.len()), text.chars().count());
    }

    #[test]
    fn span_helpers() {
        let a = Span::new(2, 5);
        let b = Span::new(4, 9);
        assert!(a.overlaps(b));
        assert!(!a.overlaps(Span::new(5, 6)));
        assert_eq!(a.cover(b), Span::new(2, 9));
        assert!(Span::new(0, 10).contains(a));
        assert_eq!(Span::from(3..7).len(), 4);
    }
}
