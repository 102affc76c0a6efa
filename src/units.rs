//! Offsets from outside the core (UTF-16 code units, as JS and the `newsmark/1` JSON count) turned
//! into byte offsets (for Rust slicing) and Unicode code points (as W3C Web Annotation, brat and
//! Python count), checked on the way: an offset past the end or inside a surrogate pair is `None`.
//!
//! Corrections and exports convert many offsets of one text, and links come from strangers, so a
//! lookup must not cost a scan of the text: the index keeps a checkpoint every `STRIDE` chars
//! (constant memory per KB) and walks at most `STRIDE` chars from the nearest one.

const STRIDE: usize = 64;

/// A position in a text, counted three ways.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    pub byte: usize,
    pub utf16: u32,
    pub code_point: u32,
}

pub struct TextIndex<'a> {
    text: &'a str,
    /// Every `STRIDE`-th char start, and the end of the text.
    checkpoints: Vec<Position>,
}

impl<'a> TextIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut checkpoints = Vec::with_capacity(text.len() / STRIDE + 2);
        let mut at = Position {
            byte: 0,
            utf16: 0,
            code_point: 0,
        };
        for (n, c) in text.chars().enumerate() {
            if n % STRIDE == 0 {
                checkpoints.push(at);
            }
            at.byte += c.len_utf8();
            at.utf16 += c.len_utf16() as u32;
            at.code_point += 1;
        }
        checkpoints.push(at);
        TextIndex { text, checkpoints }
    }

    pub fn text(&self) -> &'a str {
        self.text
    }

    /// The end of the text.
    pub fn end(&self) -> Position {
        *self.checkpoints.last().expect("at least the end")
    }

    /// The position at UTF-16 offset `unit`, if it is a char boundary within the text.
    pub fn at_utf16(&self, unit: u32) -> Option<Position> {
        let k = self
            .checkpoints
            .partition_point(|p| p.utf16 <= unit)
            .checked_sub(1)?;
        let mut at = self.checkpoints[k];
        for c in self.text[at.byte..].chars() {
            if at.utf16 >= unit {
                break;
            }
            at.byte += c.len_utf8();
            at.utf16 += c.len_utf16() as u32;
            at.code_point += 1;
        }
        (at.utf16 == unit).then_some(at)
    }

    /// The position at byte offset `byte`, if it is a char boundary within the text.
    pub fn at_byte(&self, byte: usize) -> Option<Position> {
        if !self.text.is_char_boundary(byte) {
            return None;
        }
        let k = self
            .checkpoints
            .partition_point(|p| p.byte <= byte)
            .checked_sub(1)?;
        let mut at = self.checkpoints[k];
        for c in self.text[at.byte..byte].chars() {
            at.utf16 += c.len_utf16() as u32;
            at.code_point += 1;
        }
        at.byte = byte;
        Some(at)
    }

    /// The last char boundary at or before UTF-16 offset `unit` (the end of the text if `unit` is
    /// past it): where an offset that splits a surrogate pair, or is out of range, points to.
    pub fn floor_utf16(&self, unit: u32) -> Position {
        let k = self
            .checkpoints
            .partition_point(|p| p.utf16 <= unit)
            .saturating_sub(1);
        let mut at = self.checkpoints[k];
        for c in self.text[at.byte..].chars() {
            if at.utf16 + c.len_utf16() as u32 > unit {
                break;
            }
            at.byte += c.len_utf8();
            at.utf16 += c.len_utf16() as u32;
            at.code_point += 1;
        }
        at
    }

    /// The byte range of UTF-16 range `[start, end)`, if both ends are char boundaries and
    /// `start <= end`.
    pub fn byte_range(&self, start: u32, end: u32) -> Option<(usize, usize)> {
        if start > end {
            return None;
        }
        Some((self.at_utf16(start)?.byte, self.at_utf16(end)?.byte))
    }

    /// The text of UTF-16 range `[start, end)`, if it is a valid range.
    pub fn slice_utf16(&self, start: u32, end: u32) -> Option<&'a str> {
        let (s, e) = self.byte_range(start, end)?;
        Some(&self.text[s..e])
    }
}

/// `byte` moved back (`floor`) or forward (`ceil`) to a char boundary of `text`, within it.
pub fn floor_char_boundary(text: &str, byte: usize) -> usize {
    let mut b = byte.min(text.len());
    while !text.is_char_boundary(b) {
        b -= 1;
    }
    b
}

pub fn ceil_char_boundary(text: &str, byte: usize) -> usize {
    let mut b = byte.min(text.len());
    while !text.is_char_boundary(b) {
        b += 1;
    }
    b
}

/// Length of the common prefix and the common suffix of `a` and `b`, in chars, not overlapping
/// (prefix + suffix ≤ the shorter length), as byte offsets into `a` and `b`:
/// `(prefix_bytes, a_suffix_start, b_suffix_start)`.
pub fn common_ends(a: &str, b: &str) -> (usize, usize, usize) {
    let prefix: usize = a
        .chars()
        .zip(b.chars())
        .take_while(|(x, y)| x == y)
        .map(|(x, _)| x.len_utf8())
        .sum();
    let room = (a.len() - prefix).min(b.len() - prefix);
    let suffix: usize = a[prefix..]
        .chars()
        .rev()
        .zip(b[prefix..].chars().rev())
        .take_while(|(x, y)| x == y)
        .map(|(x, _)| x.len_utf8())
        .scan(0usize, |total, n| {
            *total += n;
            (*total <= room).then_some(n)
        })
        .sum();
    (prefix, a.len() - suffix, b.len() - suffix)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_agree_with_direct_counts() {
        let t = "aé😀—\r\n中文 שלום ".repeat(40);
        let idx = TextIndex::new(&t);
        let mut units = 0u32;
        for (cp, (b, c)) in t.char_indices().enumerate() {
            let p = idx.at_utf16(units).unwrap();
            assert_eq!(
                p,
                Position {
                    byte: b,
                    utf16: units,
                    code_point: cp as u32
                }
            );
            assert_eq!(idx.at_byte(b), Some(p));
            if c.len_utf16() == 2 {
                assert_eq!(idx.at_utf16(units + 1), None, "inside a surrogate pair");
            }
            units += c.len_utf16() as u32;
        }
        assert_eq!(idx.at_utf16(units), Some(idx.end()));
        assert_eq!(idx.at_utf16(units + 1), None);
        assert_eq!(idx.at_byte(1 + 1), None, "inside é");
        // Flooring: inside a surrogate pair → its start; past the end → the end.
        let emoji = t.find('😀').unwrap();
        let unit = idx.at_byte(emoji).unwrap().utf16;
        assert_eq!(idx.floor_utf16(unit + 1).byte, emoji);
        assert_eq!(idx.floor_utf16(u32::MAX), idx.end());
        assert_eq!(floor_char_boundary(&t, 2), 1);
        assert_eq!(ceil_char_boundary(&t, 2), 3);
    }

    #[test]
    fn empty_text_has_only_its_end() {
        let idx = TextIndex::new("");
        assert_eq!(idx.at_utf16(0).map(|p| p.byte), Some(0));
        assert_eq!(idx.at_utf16(1), None);
        assert_eq!(idx.slice_utf16(0, 0), Some(""));
    }

    #[test]
    fn common_ends_do_not_overlap() {
        assert_eq!(common_ends("abcXdef", "abcYYdef"), (3, 4, 5));
        assert_eq!(common_ends("aaa", "aaaa"), (3, 3, 4));
        assert_eq!(common_ends("é😀", "é😀"), (6, 6, 6));
        assert_eq!(common_ends("", "x"), (0, 0, 1));
    }
}
