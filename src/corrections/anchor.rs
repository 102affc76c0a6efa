//! Where a correction lands in a text: at its own offsets while they still cover its text as whole
//! words, else at the occurrence of its text nearest them that covers whole words (`Yashio` is not
//! found inside `Yashioo`). Used when corrections are applied (the text may
//! have been re-annotated, or the offsets come from a hand-made link) and when they follow an
//! edit of the text (`super::reanchor`).
//!
//! Searches look within a window around the position, never through the whole text, so a link
//! with thousands of misplaced corrections on a long text costs a window per correction.

use crate::offsets::{ceil_char_boundary, floor_char_boundary, TextIndex};

use super::words::{is_whole, is_whole_utf16};

/// How far (bytes, each side) a correction's text is looked for around its position. Whole news
/// articles fit.
const SEARCH_WINDOW: usize = 64 << 10;

/// Where an anchored text lands in the indexed text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Landing {
    pub start: u32,
    pub end: u32,
    /// Not at its own offsets: its text was found elsewhere.
    pub moved: bool,
    /// It covers whole words (no end inside a word).
    pub whole: bool,
}

/// Where `text`, once at UTF-16 `[start, end)`, lands: at those offsets while they still cover
/// it as whole words, else at its nearest occurrence as whole words (looked for within
/// `SEARCH_WINDOW` bytes), else at its own offsets if they cover it though cutting a word
/// (`whole` false: a mark may not be added there), else nowhere. `keep_own` (a mark lies exactly
/// there) keeps its own offsets even when they cut a word.
pub(super) fn land(
    index: &TextIndex,
    start: u32,
    end: u32,
    text: &str,
    keep_own: impl Fn(u32, u32) -> bool,
) -> Option<Landing> {
    if text.is_empty() {
        return None;
    }
    let own = index.slice_utf16(start, end) == Some(text);
    if own && (is_whole_utf16(index, start, end) || keep_own(start, end)) {
        let whole = is_whole_utf16(index, start, end);
        return Some(Landing {
            start,
            end,
            moved: false,
            whole,
        });
    }
    if let Some((s, e)) = nearest_whole(index, text, start) {
        return Some(Landing {
            start: s,
            end: e,
            moved: true,
            whole: true,
        });
    }
    own.then_some(Landing {
        start,
        end,
        moved: false,
        whole: false,
    })
}

/// The occurrence of `needle` nearest UTF-16 offset `around` (by bytes; the earlier one on a
/// tie), looked for within `SEARCH_WINDOW` bytes of it.
#[cfg(test)]
pub(super) fn nearest(index: &TextIndex, needle: &str, around: u32) -> Option<(u32, u32)> {
    nearest_where(index, needle, around, |_, _| true)
}

/// The nearest occurrence of `needle` that covers whole words.
pub(super) fn nearest_whole(index: &TextIndex, needle: &str, around: u32) -> Option<(u32, u32)> {
    let text = index.text();
    nearest_where(index, needle, around, |s, e| is_whole(text, s, e))
}

/// The occurrence of `needle` nearest UTF-16 offset `around` among those (byte ranges) that `ok`
/// accepts. The search walks out from `around` each way and stops at the first accepted one, so
/// `ok` is asked about few occurrences.
fn nearest_where(
    index: &TextIndex,
    needle: &str,
    around: u32,
    ok: impl Fn(usize, usize) -> bool,
) -> Option<(u32, u32)> {
    if needle.is_empty() {
        return None;
    }
    let text = index.text();
    let center = index.floor_utf16(around).byte;
    let lo = floor_char_boundary(text, center.saturating_sub(SEARCH_WINDOW));
    let hi = ceil_char_boundary(text, center.saturating_add(SEARCH_WINDOW + needle.len()));
    let after = text[center..hi]
        .match_indices(needle)
        .map(|(i, _)| center + i)
        .find(|&at| ok(at, at + needle.len()));
    let before_end = ceil_char_boundary(text, (center + needle.len()).min(hi));
    let before = text[lo..before_end]
        .rmatch_indices(needle)
        .map(|(i, _)| lo + i)
        .filter(|&at| at < center)
        .find(|&at| ok(at, at + needle.len()));
    let best = match (before, after) {
        (Some(b), Some(a)) if a - center < center - b => a,
        (Some(b), _) => b,
        (None, a) => a?,
    };
    let start = index.at_byte(best)?.utf16;
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

    #[test]
    fn landings_cover_whole_words() {
        let text = "Yashioo met Yashio. Later Yashioo left.";
        let index = TextIndex::new(text);
        let no_mark = |_, _| false;
        // Its own offsets cut `Yashioo`: the whole word further on takes it.
        let l = land(&index, 0, 6, "Yashio", no_mark).unwrap();
        assert_eq!((l.start, l.end, l.moved, l.whole), (12, 18, true, true));
        // Nowhere as a whole word: it stays, marked as cutting one.
        let l = land(&index, 27, 31, "ashi", no_mark).unwrap();
        assert_eq!((l.start, l.moved, l.whole), (27, false, false));
        assert_eq!(land(&index, 0, 4, "Qin", no_mark), None);
        // A mark exactly there keeps it in place.
        let l = land(&index, 0, 6, "Yashio", |s, e| (s, e) == (0, 6)).unwrap();
        assert_eq!((l.start, l.moved, l.whole), (0, false, false));
        assert_eq!(nearest_whole(&index, "Yashio", 30), Some((12, 18)));
    }
}
