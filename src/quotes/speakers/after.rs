//! A cue right after the quote, the commonest in news: `…,” Kritenbrink said`, `…,” said the
//! department`, `…,” according to officials`, `…” was written by Springsteen`, or a signature
//! closing its line (`…” ― Carla Sanchez`). Each shape is tried in turn from the first token
//! after the quote's closing punctuation.

use std::ops::Range;

use super::words::{BETWEEN, CONJUNCTIONS, DETERMINERS, STOP_AFTER_VERB};
use super::{Found, Speakers, MAX_NP};
use crate::text::TokenKind;

impl Speakers<'_, '_> {
    /// The speaker named by a cue in tokens `r`, which follow the quote.
    pub(super) fn after_pattern(&self, r: Range<usize>) -> Option<Found> {
        let mut i = r.start;
        let mut dash = false;
        while i < r.end && matches!(self.text(i), "," | "—" | "–" | "―" | "-" | "(" | ";") {
            dash |= matches!(self.text(i), "—" | "–" | "―");
            i += 1;
        }
        if i >= r.end {
            return None;
        }
        if let Some(f) = self.according_to(i..r.end.min(i + 3)) {
            return Some(f);
        }
        // Verb first: `said Smith`, `added the department`.
        if self.is_cue_verb_at(i) {
            if i + 1 < r.end && !self.lower_is(i + 1, STOP_AFTER_VERB) {
                return self.np_forward(i + 1, r.end);
            }
            return None;
        }
        // Passive: `…” was written by Springsteen`.
        if self.lower_is(i, &["was", "were", "is", "are"])
            && i + 2 < r.end
            && self.is_cue_verb_at(i + 1)
            && self.text(i + 2) == "by"
        {
            return self.np_forward(i + 3, r.end);
        }
        // A signature: `…” ― Carla Sanchez` closing its line.
        if dash && self.is_cap(i) {
            if let Some(j) = self.signature_end(i, r.end) {
                return self.np_forward(i, j);
            }
        }
        self.speaker_then_verb(i, r.end)
    }

    /// Where a signature starting at `i` ends: a run of words closing the window, or followed by
    /// a comma, a full stop or a bracket.
    fn signature_end(&self, i: usize, end: usize) -> Option<usize> {
        let limit = end.min(i + MAX_NP);
        let mut j = i;
        while j < limit && (self.is_word(j) || matches!(self.text(j), "." | "-")) {
            j += 1;
        }
        (j == end || j < end && matches!(self.text(j), "," | "." | "(")).then_some(j)
    }

    /// Speaker first: `he said`, `Kritenbrink, the top diplomat, said`, `the department added`,
    /// `White House press secretary Dana Whitfield said`: the chunk starting at `i` before its
    /// first comma or bracket, when a cue verb follows.
    fn speaker_then_verb(&self, i: usize, limit: usize) -> Option<Found> {
        let first_ok = self.is_pronoun(i)
            || self.is_word(i)
                && !self.lower_is(i, CONJUNCTIONS)
                && !self.lower_is(i, STOP_AFTER_VERB)
                && !self.lower_is(i, BETWEEN)
                && !self.is_cue_verb_at(i);
        if !first_ok {
            return None;
        }
        let v = self.cue_verb_after(i, limit.min(i + 3 * MAX_NP))?;
        // The speaker is the chunk before the first comma or bracket.
        let mut end = i;
        while end < v && !matches!(self.text(end), "," | "(") {
            end += 1;
        }
        while end > i + 1 && self.lower_is(end - 1, BETWEEN) && !self.is_pronoun(end - 1) {
            end -= 1;
        }
        if end - i > MAX_NP - 2
            || (i..end)
                .any(|k| self.lower_is(k, CONJUNCTIONS) || self.lower_is(k, &["every", "each"]))
        {
            return None;
        }
        // A lower-case start is a short noun phrase (`officials`, `critics of the plan`) or a role
        // before a name (`city council spokeswoman Ann Marlow`), not a clause running on
        // (`processing for five nationalities …`).
        let np_start = self.is_cap(i)
            || self.is_pronoun(i)
            || self.lower_is(i, DETERMINERS)
            || self.doc.tokens[i].kind == TokenKind::Number;
        if !np_start && end - i > 3 && !self.is_cap(end - 1)
            || !self.is_pronoun(end - 1)
                && (self.lower_is(end - 1, STOP_AFTER_VERB)
                    || self.lower_is(end - 1, &["into", "onto", "as", "than"]))
        {
            return None;
        }
        Some(Found { start: i, end })
    }

    /// The first cue verb after token `i` and before `limit`, outside brackets, unless the
    /// sentence or the quoting ends first.
    fn cue_verb_after(&self, i: usize, limit: usize) -> Option<usize> {
        let mut depth = 0usize;
        for v in i + 1..limit {
            match self.text(v) {
                "(" => depth += 1,
                ")" => depth = depth.saturating_sub(1),
                "." if depth > 0 || self.is_initial_dot(v) => {}
                "." | "!" | "?" | ";" | ":" | "“" | "”" | "\"" | "«" | "»" if depth == 0 => {
                    return None
                }
                _ => {}
            }
            if depth == 0 && self.is_cue_verb_at(v) {
                return Some(v);
            }
        }
        None
    }
}
