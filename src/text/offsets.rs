//! Byte offsets (what Rust slices use) to UTF-16 code units (what JS string indices are).
//!
//! Every recognizer works in byte offsets; the conversion happens once, when spans leave the
//! core. For ASCII text the two coincide, which is the common case in English news, so the map
//! stores nothing then. Otherwise it keeps one checkpoint every `STRIDE` bytes and counts from
//! the nearest one: constant memory per KB and constant time per lookup, whatever the length.

const STRIDE: usize = 256;

pub struct Utf16Map<'a> {
    text: &'a str,
    /// `checkpoints[k]` = UTF-16 length of `text[..k*STRIDE]` rounded down to a char boundary;
    /// empty for ASCII text.
    checkpoints: Vec<(usize, u32)>,
}

impl<'a> Utf16Map<'a> {
    pub fn new(text: &'a str) -> Self {
        if text.is_ascii() {
            return Utf16Map {
                text,
                checkpoints: Vec::new(),
            };
        }
        let mut checkpoints = Vec::with_capacity(text.len() / STRIDE + 1);
        let mut units = 0u32;
        let mut next = 0usize;
        for (i, c) in text.char_indices() {
            while i >= next {
                checkpoints.push((i, units));
                next += STRIDE;
            }
            units += c.len_utf16() as u32;
        }
        Utf16Map { text, checkpoints }
    }

    /// UTF-16 offset of byte offset `byte`, which must lie on a char boundary (a byte inside a
    /// char is rounded down to the char's start).
    pub fn to_utf16(&self, byte: usize) -> u32 {
        let byte = crate::units::floor_char_boundary(self.text, byte);
        if self.checkpoints.is_empty() {
            return byte as u32;
        }
        // The checkpoint at or before `byte` (a char straddling a stride's start puts that
        // stride's checkpoint after the char's first byte).
        let mut k = (byte / STRIDE).min(self.checkpoints.len() - 1);
        while k > 0 && self.checkpoints[k].0 > byte {
            k -= 1;
        }
        let (at, units) = self.checkpoints[k];
        let end = byte;
        // Whole chars in `at..end`: one unit per char (every byte but continuation bytes), two
        // for the 4-byte ones (lead byte 0xF0 and up).
        let bytes = &self.text.as_bytes()[at..end];
        units
            + bytes
                .iter()
                .map(|&b| ((b & 0xC0) != 0x80) as u32 + (b >= 0xF0) as u32)
                .sum::<u32>()
    }
}

/// Byte offset of a UTF-16 offset in `text` (for inputs that come from JS: share links,
/// corrections). `None` when `unit` is past the end or splits a surrogate pair.
pub fn utf16_to_byte(text: &str, unit: u32) -> Option<usize> {
    let mut units = 0u32;
    for (i, c) in text.char_indices() {
        if units == unit {
            return Some(i);
        }
        units += c.len_utf16() as u32;
        if units > unit {
            return None;
        }
    }
    (units == unit).then_some(text.len())
}

/// Length of `text` in UTF-16 code units.
pub fn utf16_len(text: &str) -> u32 {
    text.chars().map(|c| c.len_utf16() as u32).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_is_identity() {
        let m = Utf16Map::new("hello world");
        assert_eq!(m.to_utf16(6), 6);
    }

    #[test]
    fn astral_chars_count_two_units_and_accents_one() {
        let t = "é😀 Blinken";
        let m = Utf16Map::new(t);
        let b = t.find('B').unwrap();
        assert_eq!(b, 2 + 4 + 1);
        assert_eq!(m.to_utf16(b), 1 + 2 + 1);
        assert_eq!(utf16_to_byte(t, 4), Some(b));
        assert_eq!(utf16_to_byte(t, 2), None, "inside the surrogate pair");
    }

    #[test]
    fn long_text_matches_a_direct_count() {
        let t: String = "aé😀— ".repeat(500);
        let m = Utf16Map::new(&t);
        for (i, _) in t.char_indices().step_by(7) {
            assert_eq!(m.to_utf16(i), utf16_len(&t[..i]));
        }
        assert_eq!(m.to_utf16(t.len()), utf16_len(&t));
        // A byte inside a char counts as the char's start.
        let inside = t
            .char_indices()
            .find(|(i, c)| *i > 600 && c.len_utf8() == 4)
            .map(|(i, _)| i)
            .unwrap();
        assert_eq!(m.to_utf16(inside + 2), utf16_len(&t[..inside]));
    }

    #[test]
    fn a_byte_inside_a_char_across_a_checkpoint_counts_as_the_chars_start() {
        let t = format!("{}😀 Blinken", "a".repeat(STRIDE - 1));
        let m = Utf16Map::new(&t);
        for byte in STRIDE - 1..STRIDE + 3 {
            assert_eq!(m.to_utf16(byte), (STRIDE - 1) as u32, "byte {byte}");
        }
        assert_eq!(m.to_utf16(STRIDE + 3), (STRIDE + 1) as u32);
    }
}
