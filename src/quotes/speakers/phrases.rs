//! The shapes a speaker mention takes, read without a parser: a pronoun, a name run (`Rep. Jim
//! Jordan`, `the State Department`), a description up to its determiner (`a spokeswoman for the
//! company`), read backward from a verb or forward from a cue; the subject of a sentence after
//! its opening phrase; the X of `according to X`. Each stops within `MAX_NP` tokens.

use std::ops::Range;

use super::words::{
    ADJECTIVES_IN_ED, CONJUNCTIONS, DETERMINERS, INTRODUCTIONS, NAME_PARTICLES, OBJECT_PRONOUNS,
    PHRASE_ENDS, STOP_AFTER_VERB,
};
use super::{Found, Speakers, MAX_NP};
use crate::text::TokenKind;

impl Speakers<'_, '_> {
    /// The noun phrase ending right before `end` (exclusive), starting no earlier than `floor`.
    pub(super) fn np_backward(&self, end: usize, floor: usize) -> Option<Found> {
        let last = end - 1;
        if !self.is_word(last) && self.text(last) != "’s" {
            return None;
        }
        if self.is_pronoun(last) {
            return Some(Found { start: last, end });
        }
        if self.lower_is(last, CONJUNCTIONS)
            || self.lower_is(last, STOP_AFTER_VERB)
            || self.is_cue_verb_at(last)
        {
            return None;
        }
        let mut s = if self.is_cap(last) {
            self.name_start(end, floor)
        } else {
            self.description_start(end, floor)
        };
        while s < last && self.doc.tokens[s].kind == TokenKind::Punct {
            s += 1;
        }
        Some(Found { start: s, end })
    }

    /// Where a name ending right before `end` starts: capitalized words, abbreviations (`Mr.`),
    /// `of`/`de` between capitals, and a determiner before them (`the State Department`).
    fn name_start(&self, end: usize, floor: usize) -> usize {
        let mut s = end - 1;
        while s > floor && end - s < MAX_NP {
            let p = s - 1;
            if self.is_cap_name_like(p) || self.text(p) == "’s" || self.text(p) == "'s" {
                s = p;
            } else if self.lower_is(p, NAME_PARTICLES) && p > floor && self.is_cap(p - 1) {
                s = p;
            } else if self.text(p) == "." || self.text(p) == "-" {
                s = p; // `U.S` tokenized apart
            } else {
                break;
            }
        }
        if s > floor && self.lower_is(s - 1, DETERMINERS) && !self.lower_is(s - 1, &["that"]) {
            s -= 1;
        }
        s
    }

    /// Where a description ending right before `end` starts: at its determiner, within a few
    /// words (`the department`, `a senior official`, `officials`).
    fn description_start(&self, end: usize, floor: usize) -> usize {
        let mut s = end - 1;
        while s > floor && end - s < 8 {
            let p = s - 1;
            if !self.is_word(p)
                && self.text(p) != "-"
                && self.doc.tokens[p].kind != TokenKind::Number
            {
                break;
            }
            if self.lower_is(p, CONJUNCTIONS)
                || self.lower_is(p, STOP_AFTER_VERB) && !self.lower_is(p, &["of"])
                || self.is_cue_verb_at(p)
            {
                break;
            }
            s = p;
            if self.lower_is(p, DETERMINERS) {
                break;
            }
        }
        s
    }

    /// The noun phrase starting at `i` (skipping commas), ending before a comma, bracket, verb
    /// or clause word, within `limit`.
    pub(super) fn np_forward(&self, mut i: usize, limit: usize) -> Option<Found> {
        let limit = limit.min(self.doc.tokens.len());
        while i < limit && matches!(self.text(i), "," | "—" | "–") {
            i += 1;
        }
        let number_first =
            i + 1 < limit && self.doc.tokens[i].kind == TokenKind::Number && self.is_word(i + 1);
        if i >= limit || !self.is_word(i) && !number_first {
            return None;
        }
        if self.is_pronoun(i) {
            return Some(Found {
                start: i,
                end: i + 1,
            });
        }
        if self.lower_is(i, OBJECT_PRONOUNS)
            || self.lower_is(i, CONJUNCTIONS)
            || self.lower_is(i, STOP_AFTER_VERB) && !self.lower_is(i, DETERMINERS)
            || self.is_cue_verb_at(i)
        {
            return None;
        }
        let mut end = self.np_forward_end(i, limit);
        while end > i + 1
            && (!self.is_word(end - 1) || self.lower_is(end - 1, &["of", "for", "the", "de"]))
        {
            end -= 1;
        }
        (end > i).then_some(Found { start: i, end })
    }

    /// Where a noun phrase starting at `start` ends: at a token that is no part of a name or a
    /// description, a past-tense verb after a description, a clause or a cue, or lower-case
    /// words after a name.
    fn np_forward_end(&self, start: usize, limit: usize) -> usize {
        let mut j = start;
        let mut saw_name = false;
        while j < limit && j - start < MAX_NP {
            let t = self.text(j);
            if !self.is_word(j)
                && !matches!(t, "." | "-" | "&")
                && self.doc.tokens[j].kind != TokenKind::Number
            {
                break;
            }
            // `several environmental groups granted …`: a past-tense verb ends a description.
            if !saw_name
                && j > start
                && !self.is_cap(j)
                && t.ends_with("ed")
                && !self.lower_is(j, ADJECTIVES_IN_ED)
            {
                break;
            }
            if j > start
                && (self.lower_is(j, CONJUNCTIONS)
                    || self.is_cue_verb_at(j)
                    || self.lower_is(j, PHRASE_ENDS))
            {
                break;
            }
            if matches!(t, "’s" | "'s") {
                // `Smith’s spokesman`: a description after the possessive.
                saw_name = false;
                j += 1;
                continue;
            }
            // (After a determiner a capitalized word may be an adjective: `one Democratic source`.)
            if saw_name
                && !self.lower_is(start, DETERMINERS)
                && !self.is_cap(j)
                && !matches!(t, "." | "-" | "&")
                && !self.lower_is(j, NAME_PARTICLES)
                && !self.lower_is(j, &["for", "the"])
            {
                break;
            }
            if self.is_cap(j) && !(j == start && self.lower_is(j, DETERMINERS)) {
                saw_name = true;
            }
            j += 1;
        }
        j
    }

    /// The subject of the sentence starting at token `s`: its first noun phrase, after an
    /// opening phrase set off by a comma (`During a speech Monday, Trump said`).
    pub(super) fn sentence_subject(&self, s: usize, limit: usize) -> Option<Found> {
        let mut k = s;
        while k < limit && k < s + 8 && !self.is_word(k) {
            k += 1;
        }
        if k < limit && self.lower_is(k, INTRODUCTIONS) {
            let mut c = k;
            while c < limit && c < k + 30 && self.text(c) != "," {
                c += 1;
            }
            if c >= limit || self.text(c) != "," {
                return None;
            }
            k = c + 1;
        }
        self.np_forward(k, limit)
            .filter(|f| self.is_name_or_pronoun(f) || self.lower_is(f.start, DETERMINERS))
    }

    /// `According to X` anywhere in `r`: X.
    pub(super) fn according_to(&self, r: Range<usize>) -> Option<Found> {
        let mut i = r.start;
        while i + 1 < r.end {
            if self.text(i).eq_ignore_ascii_case("according") && self.text(i + 1) == "to" {
                return self.np_forward(i + 2, (i + 2 + MAX_NP).min(self.doc.tokens.len()));
            }
            i += 1;
        }
        None
    }
}
