//! Offsets in a text, counted the three ways newsmark meets them: bytes of UTF-8 (Rust slices and
//! every recognizer), UTF-16 code units (JS string indices and the `newsmark/1` JSON) and Unicode
//! code points (W3C Web Annotation, brat, displaCy, Python).
//!
//! One [`TextIndex`] per text does every conversion, in constant memory per KB and bounded time per
//! lookup, because spans leave the core on every `annotate` call and links with thousands of
//! corrections come from strangers. ASCII text, the common case in English news, needs no table
//! (the three counts coincide) and so no allocation; otherwise the index keeps a checkpoint every
//! `STRIDE` chars and counts from the nearest one. Offsets from outside are checked on the way: one
//! past the end or inside a surrogate pair is `None`.

const STRIDE: usize = 64;

/// A position in a text, counted three ways.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    pub byte: usize,
    pub utf16: u32,
    pub code_point: u32,
}

impl Position {
    /// Byte `byte` of an ASCII text, where every char is one byte and one unit.
    fn ascii(byte: usize) -> Position {
        Position {
            byte,
            utf16: byte as u32,
            code_point: byte as u32,
        }
    }
}

pub struct TextIndex<'a> {
    text: &'a str,
    /// Every `STRIDE`-th char start, and the end of the text; empty for ASCII text.
    checkpoints: Vec<Position>,
}

impl<'a> TextIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        if text.is_ascii() {
            return TextIndex {
                text,
                checkpoints: Vec::new(),
            };
        }
        let mut checkpoints = Vec::with_capacity(text.len() / STRIDE + 2);
        let mut at = Position::ascii(0);
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

    fn is_ascii(&self) -> bool {
        self.checkpoints.is_empty()
    }

    /// The end of the text.
    #[cfg(test)]
    fn end(&self) -> Position {
        self.checkpoints
            .last()
            .copied()
            .unwrap_or(Position::ascii(self.text.len()))
    }

    /// The position at UTF-16 offset `unit`, if it is a char boundary within the text.
    pub fn at_utf16(&self, unit: u32) -> Option<Position> {
        if self.is_ascii() {
            return (unit as usize <= self.text.len()).then(|| Position::ascii(unit as usize));
        }
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
        Some(self.at_boundary(byte))
    }

    /// The UTF-16 offset of byte offset `byte`, which should be a char boundary: a byte inside a
    /// char counts as the char's start, one past the end as the end. This is how every span
    /// leaves the core (`crate::resolve`).
    pub fn utf16_at_byte(&self, byte: usize) -> u32 {
        self.at_boundary(floor_char_boundary(self.text, byte)).utf16
    }

    /// The position at `byte`, a char boundary: counted from the checkpoint before it, byte by
    /// byte without decoding (a char starts at every byte but continuation bytes; the 4-byte
    /// ones, lead byte 0xF0 and up, are two UTF-16 units).
    fn at_boundary(&self, byte: usize) -> Position {
        if self.is_ascii() {
            return Position::ascii(byte);
        }
        let k = self.checkpoints.partition_point(|p| p.byte <= byte) - 1;
        let from = self.checkpoints[k];
        let (mut chars, mut astral) = (0u32, 0u32);
        for &b in &self.text.as_bytes()[from.byte..byte] {
            chars += ((b & 0xC0) != 0x80) as u32;
            astral += (b >= 0xF0) as u32;
        }
        Position {
            byte,
            utf16: from.utf16 + chars + astral,
            code_point: from.code_point + chars,
        }
    }

    /// The last char boundary at or before UTF-16 offset `unit` (the end of the text if `unit` is
    /// past it): where an offset that splits a surrogate pair, or is out of range, points to.
    pub fn floor_utf16(&self, unit: u32) -> Position {
        if self.is_ascii() {
            return Position::ascii((unit as usize).min(self.text.len()));
        }
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

    fn utf16_len(text: &str) -> u32 {
        text.encode_utf16().count() as u32
    }

    /// Every lookup of `t` against a direct count, char by char.
    fn assert_agrees_with_direct_counts(t: &str) {
        let idx = TextIndex::new(t);
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
            assert_eq!(idx.utf16_at_byte(b), units);
            assert_eq!(idx.floor_utf16(units), p);
            if c.len_utf16() == 2 {
                assert_eq!(idx.at_utf16(units + 1), None, "inside a surrogate pair");
                assert_eq!(idx.floor_utf16(units + 1), p);
            }
            for inside in b + 1..b + c.len_utf8() {
                assert_eq!(idx.at_byte(inside), None);
                assert_eq!(idx.utf16_at_byte(inside), units, "a byte inside a char");
            }
            units += c.len_utf16() as u32;
        }
        assert_eq!(idx.at_utf16(units), Some(idx.end()));
        assert_eq!(idx.at_byte(t.len()), Some(idx.end()));
        assert_eq!(idx.utf16_at_byte(t.len() + 5), units, "past the end");
        assert_eq!(idx.at_utf16(units + 1), None);
        assert_eq!(idx.floor_utf16(u32::MAX), idx.end());
        assert_eq!(idx.end().utf16, utf16_len(t));
    }

    #[test]
    fn positions_agree_with_direct_counts() {
        assert_agrees_with_direct_counts(&"aé😀—\r\n中文 שלום ".repeat(40));
        assert_agrees_with_direct_counts(&"Blinken met Qin Gang.\n".repeat(20));
        // A 4-byte char right at a checkpoint, and mostly ASCII text around rare accents.
        assert_agrees_with_direct_counts(&format!("{}😀 Blinken", "a".repeat(STRIDE - 1)));
        assert_agrees_with_direct_counts(&format!("{}é", "Qin Gang ".repeat(100)));
    }

    #[test]
    fn ascii_text_needs_no_table() {
        let idx = TextIndex::new("hello world");
        assert!(idx.checkpoints.capacity() == 0);
        assert_eq!(idx.utf16_at_byte(6), 6);
        assert_eq!(idx.slice_utf16(6, 11), Some("world"));
        assert_eq!(idx.slice_utf16(6, 12), None);
    }

    #[test]
    fn astral_chars_count_two_units_and_accents_one() {
        let t = "é😀 Blinken";
        let idx = TextIndex::new(t);
        let b = t.find('B').unwrap();
        assert_eq!(b, 2 + 4 + 1);
        assert_eq!(idx.utf16_at_byte(b), 1 + 2 + 1);
        assert_eq!(
            idx.at_utf16(4).map(|p| (p.byte, p.code_point)),
            Some((b, 3))
        );
        assert_eq!(idx.at_utf16(2), None, "inside the surrogate pair");
        assert_eq!(floor_char_boundary(t, 1), 0);
        assert_eq!(ceil_char_boundary(t, 1), 2);
        assert_eq!(ceil_char_boundary(t, 99), t.len());
    }

    #[test]
    fn empty_text_has_only_its_end() {
        let idx = TextIndex::new("");
        assert_eq!(idx.at_utf16(0).map(|p| p.byte), Some(0));
        assert_eq!(idx.at_utf16(1), None);
        assert_eq!(idx.slice_utf16(0, 0), Some(""));
        assert_eq!(idx.utf16_at_byte(3), 0);
    }

    #[test]
    fn common_ends_do_not_overlap() {
        assert_eq!(common_ends("abcXdef", "abcYYdef"), (3, 4, 5));
        assert_eq!(common_ends("aaa", "aaaa"), (3, 3, 4));
        assert_eq!(common_ends("é😀", "é😀"), (6, 6, 6));
        assert_eq!(common_ends("", "x"), (0, 0, 1));
    }
}
