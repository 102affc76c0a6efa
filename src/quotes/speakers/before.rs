//! A cue before the quote, in its sentence: `Kritenbrink told reporters in a briefing, “…”`,
//! `He said: “…”`, `said Smith: “…”`, `According to X, “…”`, `Smith on Twitter: “…”`. The last
//! few cue verbs before the quote are tried, nearest first, each for its subject: the noun phrase
//! before the verb (past adverbs, an appositive or a bracket), or the sentence's subject when the
//! verb is a participle or a second verb of that subject.

use std::ops::Range;

use super::super::cues::is_weak_cue;
use super::words::{BETWEEN, DETERMINERS, PREPOSITIONS};
use super::{Found, Speakers};

impl Speakers<'_, '_> {
    /// The last cue before the quote in `r`, its subject, and where the cue is.
    /// `sentence_start` is where the sentence (or the text after the previous quote) begins.
    pub(super) fn before_pattern(
        &self,
        r: Range<usize>,
        sentence_start: usize,
    ) -> Option<(Found, usize)> {
        if r.is_empty() {
            return None;
        }
        if let Some(f) = self.according_to(r.clone()) {
            return Some((f, f.end));
        }
        let mut v = r.end;
        let mut tries = 0;
        while v > r.start && tries < 3 {
            v -= 1;
            if !self.is_cue_verb_at(v) {
                continue;
            }
            if is_weak_cue(self.text(v)) && r.end - v > 6 {
                continue;
            }
            tries += 1;
            // `Trump attacked Clinton, saying, “…”`: the subject of the sentence.
            if self.text(v).ends_with("ing")
                && v > r.start
                && !self.names_a_subject_right_before(v, r.start)
            {
                if let Some(f) = self.sentence_subject(sentence_start, v) {
                    return Some((f, v));
                }
            }
            if let Some(f) = self.subject_before(v, r.start) {
                return Some((f, v));
            }
            // Verb first, cue before the quote: `said Smith: “…”`.
            if v + 1 < r.end {
                if let Some(f) = self
                    .np_forward(v + 1, r.end)
                    .filter(|f| self.is_name_or_pronoun(f))
                {
                    return Some((f, v));
                }
            }
        }
        // `Smith on Twitter: “…”`, `The statement: “…”` — a colon introduction without a verb.
        if r.end - r.start >= 2 && self.text(r.end - 1) == ":" {
            return self
                .sentence_subject(sentence_start, r.end - 1)
                .map(|f| (f, r.end - 1));
        }
        None
    }

    /// `Hillary Clinton asking`, `he saying`: a name or pronoun (past time words) right before
    /// a participle is its subject; anything else (`tweets early Friday saying`, `, adding`,
    /// `despite admitting`) leaves the subject to the sentence.
    fn names_a_subject_right_before(&self, v: usize, floor: usize) -> bool {
        let mut j = v;
        while j > floor && self.lower_is(j - 1, BETWEEN) && !self.is_cap_name_like(j - 1) {
            j -= 1;
        }
        j > floor
            && (self.is_pronoun(j - 1) || self.is_cap(j - 1) && !self.lower_is(j - 1, BETWEEN))
    }

    /// The subject of the verb at `v`, looking left no further than `floor`.
    pub(super) fn subject_before(&self, v: usize, floor: usize) -> Option<Found> {
        let mut j = v;
        while j > floor
            && (self.lower_is(j - 1, BETWEEN) && !self.is_cap_name_like(j - 1)
                || self.is_adverb(j - 1))
        {
            j -= 1;
        }
        if j <= floor {
            return None;
        }
        // `Lee declined to comment but said the senator “…”`: a second verb of the subject.
        if self.lower_is(j - 1, &["and", "but"]) {
            return self.subject_of_second_verb(v, j - 1, floor);
        }
        let end = self.subject_end(j, floor)?;
        if end <= floor {
            return None;
        }
        let f = self.np_backward(end, floor)?;
        // `Fans streaming out of the stadium chanted`: the noun phrase before the verb is
        // the object of a preposition; the subject opens the sentence.
        let common_noun =
            (f.start..f.end).all(|k| !self.is_cap(k) || self.lower_is(k, DETERMINERS));
        if common_noun && f.start > floor && self.lower_is(f.start - 1, PREPOSITIONS) {
            let (s_start, _) = self.sentence_bounds(v);
            if let Some(g) = self.sentence_subject(s_start.max(floor), f.start - 1) {
                return Some(g);
            }
        }
        Some(f)
    }

    /// The subject of a verb `v` joined by `and`/`but` (at `conj`) to an earlier one: `I laughed
    /// and said`: the subject right before the first verb, else the sentence's.
    fn subject_of_second_verb(&self, v: usize, conj: usize, floor: usize) -> Option<Found> {
        let mut k = conj;
        while k > floor
            && conj - k < 4
            && self.is_word(k - 1)
            && !self.is_cap(k - 1)
            && !self.is_pronoun(k - 1)
        {
            k -= 1;
        }
        if k > floor && k < conj && (self.is_pronoun(k - 1) || self.is_cap(k - 1)) {
            if let Some(f) = self.np_backward(k, floor) {
                return Some(f);
            }
        }
        let s_start = self.sentence_bounds(v).0.max(floor);
        self.sentence_subject(s_start, conj)
    }

    /// Where the subject before the verb-side token `j` ends, past a bracket (`Rep. Jordan
    /// (R-Ohio) said`) or an appositive (`Kritenbrink, the top diplomat for East Asia, told`);
    /// `None` when either is not closed within reach.
    fn subject_end(&self, j: usize, floor: usize) -> Option<usize> {
        let mut end = j;
        if self.text(end - 1) == ")" {
            end = self.bracket_start(end, floor)?;
        }
        if self.text(end - 1) == "," {
            let mut k = end - 1;
            let lim = floor.max((end - 1).saturating_sub(30));
            while k > lim && self.text(k - 1) != "," && !self.is_double_mark(k - 1) {
                k -= 1;
            }
            if k <= lim || self.text(k - 1) != "," {
                return None;
            }
            end = k - 1;
            if end > floor && self.text(end - 1) == ")" {
                end = self.bracket_start(end, floor)?;
            }
        }
        Some(end)
    }

    /// The `(` opening the bracket that closes right before `end`, within a few tokens and after
    /// `floor`.
    fn bracket_start(&self, end: usize, floor: usize) -> Option<usize> {
        let mut k = end - 1;
        while k > floor && self.text(k) != "(" && end - k < 12 {
            k -= 1;
        }
        (self.text(k) == "(" && k > floor).then_some(k)
    }
}
