//! Where a correction lands in a text: at its own offsets while they still cover its text, else
//! at the occurrence of its text nearest them. Used when corrections are applied (the text may
//! have been re-annotated, or the offsets come from a hand-made link) and when they follow an
//! edit of the text (`super::reanchor`).
//!
//! Searches look within a window around the position, never through the whole text, so a link
//! with thousands of misplaced corrections on a long text costs a window per correction.

use crate::offsets::{ceil_char_boundary, floor_char_boundary, TextIndex};

use super::Correction;

/// How far (bytes, each side) a correction's text is looked for around its position. Whole news
/// articles fit.
const SEARCH_WINDOW: usize = 64 << 10;

/// Where correction `c` applies in the indexed text: its own offsets when they still cover its
/// text, else the occurrence of its text nearest its start; `None` if the text is empty or absent.
pub(super) fn anchor(index: &TextIndex, c: &Correction) -> Option<(u32, u32)> {
    if c.text.is_empty() {
        return None;
    }
    if index.slice_utf16(c.start, c.end) == Some(c.text.as_str()) {
        return Some((c.start, c.end));
    }
    nearest(index, &c.text, c.start)
}

/// The occurrence of `needle` nearest UTF-16 offset `around` (by bytes; the earlier one on a
/// tie), looked for within `SEARCH_WINDOW` bytes of it.
pub(super) fn nearest(index: &TextIndex, needle: &str, around: u32) -> Option<(u32, u32)> {
    if needle.is_empty() {
        return None;
    }
    let text = index.text();
    let center = index.floor_utf16(around).byte;
    let lo = floor_char_boundary(text, center.saturating_sub(SEARCH_WINDOW));
    let hi = ceil_char_boundary(text, center.saturating_add(SEARCH_WINDOW + needle.len()));
    let mut best: Option<usize> = None;
    for (i, _) in text[lo..hi].match_indices(needle) {
        let at = lo + i;
        if best.map_or(true, |b| at.abs_diff(center) < b.abs_diff(center)) {
            best = Some(at);
        } else if at > center {
            break; // later occurrences are only farther
        }
    }
    let start = index.at_byte(best?)?.utf16;
    Some((start, start + needle.encode_utf16().count() as u32))
}

/// Occurrences of `needle` in `text[lo..hi]` (char boundaries; non-overlapping, left to right, at
/// most 1,000) as UTF-16 ranges.
pub(super) fn occurrences(
    index: &TextIndex,
    needle: &str,
    lo: usize,
    hi: usize,
) -> Vec<(u32, u32)> {
    let needle_units = needle.encode_utf16().count() as u32;
    index.text()[lo..hi]
        .match_indices(needle)
        .take(1000)
        .filter_map(|(i, _)| index.at_byte(lo + i))
        .map(|p| (p.utf16, p.utf16 + needle_units))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nearest_occurrence_wins_and_the_earlier_on_a_tie() {
        let text = "Blinken, Blinken, Blinken";
        let index = TextIndex::new(text);
        assert_eq!(nearest(&index, "Blinken", 12), Some((9, 16)));
        assert_eq!(nearest(&index, "Blinken", 0), Some((0, 7)));
        assert_eq!(nearest(&index, "Qin", 0), None);
        assert_eq!(nearest(&index, "", 0), None);
        // Offsets past the end or inside a char search from the nearest boundary.
        assert_eq!(nearest(&index, "Blinken", u32::MAX), Some((18, 25)));
        assert_eq!(
            occurrences(&index, "Blinken", 1, text.len()),
            [(9, 16), (18, 25)]
        );
    }
}
