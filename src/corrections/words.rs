//! Where words begin and end, as the core tokenizer (`crate::text::tokens`) cuts them: a mark a
//! reader adds, or a correction moved after an edit, covers whole tokens, so it never cuts a word
//! (`ashi` in `Yashio`, `Yashio` in `Yashioo`), while `US` in `US-China` is a token of its own.
//!
//! Tokens never hold whitespace and the tokenizer looks back at most one char, so the tokens
//! after any whitespace are the same whether the text is tokenized from its start or from there:
//! a question about one position tokenizes only the stretch between the whitespace around it
//! (up to `LOOK` bytes each way), never the whole text.

use crate::offsets::{ceil_char_boundary, floor_char_boundary, TextIndex};
use crate::text::tokens::{tokenize, Token, TokenKind};

/// How far (bytes) to look each way for the whitespace a stretch starts and ends at; a text
/// without any for this long is tokenized from there (an approximation, in odd text only).
const LOOK: usize = 1 << 10;

/// The tokens of the stretch of `text` around bytes `[lo, hi)`, from the whitespace before `lo`
/// to the whitespace after `hi` (and one char more: the tokenizer looks one char past a dot),
/// with offsets in `text`.
fn tokens_around(text: &str, lo: usize, hi: usize) -> Vec<Token> {
    let floor = floor_char_boundary(text, lo.saturating_sub(LOOK));
    let from = text[floor..lo]
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(floor, |(i, c)| floor + i + c.len_utf8());
    let ceil = ceil_char_boundary(text, hi.saturating_add(LOOK));
    let to = text[hi..ceil]
        .char_indices()
        .find(|(_, c)| c.is_whitespace())
        .map_or(ceil, |(i, _)| {
            let mut after = text[hi + i..].char_indices().map(|(j, _)| hi + i + j);
            after.nth(2).unwrap_or(text.len())
        });
    let mut tokens = tokenize(&text[from..to]);
    for t in &mut tokens {
        t.start += from;
        t.end += from;
    }
    tokens
}

/// Whether byte `at` of `text` lies between tokens (or at either end): not inside a word,
/// number or abbreviation.
pub(crate) fn is_boundary(text: &str, at: usize) -> bool {
    if at == 0 || at >= text.len() {
        return true;
    }
    if !text.is_char_boundary(at) {
        return false;
    }
    let before = text[..at].chars().next_back();
    let after = text[at..].chars().next();
    if before.is_some_and(char::is_whitespace) || after.is_some_and(char::is_whitespace) {
        return true;
    }
    !tokens_around(text, at, at)
        .iter()
        .any(|t| t.start < at && at < t.end)
}

/// Whether bytes `[start, end)` of `text` cover whole tokens: neither end cuts one.
pub(crate) fn is_whole(text: &str, start: usize, end: usize) -> bool {
    is_boundary(text, start) && is_boundary(text, end)
}

/// Whether UTF-16 range `[start, end)` of the indexed text is valid and covers whole tokens.
pub(crate) fn is_whole_utf16(index: &TextIndex, start: u32, end: u32) -> bool {
    index
        .byte_range(start, end)
        .is_some_and(|(s, e)| is_whole(index.text(), s, e))
}

/// A selection (UTF-16 `[start, end)`, in either order, clamped to the text) widened to the
/// whole tokens it touches, without the whitespace at its ends; `None` when it holds no word or
/// number (only spaces or punctuation) or is empty.
pub fn snap(text: &str, start: u32, end: u32) -> Option<(u32, u32)> {
    let index = TextIndex::new(text);
    let (start, end) = (start.min(end), start.max(end));
    let (s, e) = (index.floor_utf16(start).byte, index.floor_utf16(end).byte);
    if s >= e {
        return None;
    }
    let tokens = tokens_around(text, s, e);
    let touched: Vec<&Token> = tokens.iter().filter(|t| t.end > s && t.start < e).collect();
    if !touched.iter().any(|t| t.kind != TokenKind::Punct) {
        return None;
    }
    let (first, last) = (touched[0], touched[touched.len() - 1]);
    Some((
        index.utf16_at_byte(first.start),
        index.utf16_at_byte(last.end),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn snapped<'a>(text: &'a str, needle: &str) -> Option<&'a str> {
        let at = text.find(needle).unwrap();
        let units = |b: usize| text[..b].encode_utf16().count() as u32;
        let (s, e) = snap(text, units(at), units(at + needle.len()))?;
        TextIndex::new(text).slice_utf16(s, e)
    }

    #[test]
    fn selections_widen_to_the_core_tokenizer_s_tokens() {
        let text = "Talks on US-China trade in Yashio’s port. 😀 Mr. Blinken, U.S. envoy — ok";
        assert_eq!(
            snapped(text, "US"),
            Some("US"),
            "US stays selectable in US-China"
        );
        assert_eq!(snapped(text, "Chin"), Some("China"));
        assert_eq!(snapped(text, "ashi"), Some("Yashio"));
        assert_eq!(snapped(text, "io’s po"), Some("Yashio’s port"));
        assert_eq!(snapped(text, " Blinken, "), Some("Blinken,"));
        assert_eq!(snapped(text, "r. Bli"), Some("Mr. Blinken"));
        assert_eq!(snapped(text, "U.S"), Some("U.S."));
        assert_eq!(snapped(text, "😀 M"), Some("😀 Mr."));
        assert_eq!(snapped(text, " — "), None, "no word");
        assert_eq!(snapped(text, " "), None);
        assert_eq!(snap(text, 5, 5), None, "empty");
        assert_eq!(snap(text, 11, 9), Some((9, 11)), "reversed: US");
        assert_eq!(snap(text, 1_000, u32::MAX), None, "past the end");
        assert_eq!(snap("", 0, 3), None);
    }

    #[test]
    fn boundaries_are_between_tokens() {
        let text = "Yashioo and US-China, Lear Corp. said";
        let at = |n: &str| text.find(n).unwrap();
        assert!(!is_boundary(text, at("Yashioo") + 6), "Yashio cuts Yashioo");
        assert!(is_whole(text, at("US"), at("US") + 2));
        assert!(is_whole(text, at("China"), at("China") + 5));
        assert!(
            !is_whole(text, at("Corp"), at("Corp") + 4),
            "Corp. keeps its dot here"
        );
        assert!(
            is_whole("Lear Corp.\nNext", 5, 9),
            "a line-ending Corp. gives its dot away"
        );
        assert!(is_boundary(text, 0) && is_boundary(text, text.len()));
        assert!(!is_boundary("😀", 1));
    }

    #[test]
    fn tokens_around_a_position_are_the_whole_text_s() {
        let text = "He said: “U.S. envoys’ talks (Lear Corp.) at 3:30pm, don't stop.”\nMr. A. Smith's 2,000 e\u{301}lan";
        let all = tokenize(text);
        for at in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            let inside = all.iter().any(|t| t.start < at && at < t.end);
            assert_eq!(is_boundary(text, at), !inside, "at {at}");
        }
    }
}
