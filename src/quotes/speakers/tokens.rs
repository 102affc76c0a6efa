//! Reading one token of the speaker search: a word or not, capitalized, a pronoun, a cue verb
//! used as a verb, the dot of an initial, where its sentence starts and ends.

use super::super::cues::is_cue_verb;
use super::words::{BETWEEN, NOUN_MARKERS, PRONOUNS};
use super::{Found, Speakers};
use crate::text::TokenKind;

impl<'a> Speakers<'_, 'a> {
    pub(super) fn text(&self, i: usize) -> &'a str {
        self.doc.token_text(i)
    }

    pub(super) fn lower_is(&self, i: usize, words: &[&str]) -> bool {
        let t = self.text(i);
        words.iter().any(|w| t.eq_ignore_ascii_case(w))
    }

    pub(super) fn is_word(&self, i: usize) -> bool {
        self.doc.tokens[i].kind == TokenKind::Word
    }

    pub(super) fn is_cap(&self, i: usize) -> bool {
        self.is_word(i) && self.text(i).chars().next().is_some_and(char::is_uppercase)
    }

    pub(super) fn is_pronoun(&self, i: usize) -> bool {
        self.is_word(i) && self.lower_is(i, PRONOUNS)
    }

    /// A capitalized word that may be part of a name: not a weekday (`Monday` stands between a
    /// subject and its verb).
    pub(super) fn is_cap_name_like(&self, i: usize) -> bool {
        // Weekday names are capitalized but are not names of speakers.
        self.is_cap(i) && !self.lower_is(i, BETWEEN)
    }

    /// A lower-case `-ly` word: `increasingly`, `angrily` (not `Italy`, not `family`).
    pub(super) fn is_adverb(&self, i: usize) -> bool {
        let t = self.text(i);
        self.is_word(i)
            && !self.is_cap(i)
            && t.len() > 4
            && t.ends_with("ly")
            && !matches!(
                t,
                "family" | "ally" | "rally" | "supply" | "reply" | "assembly" | "only" | "early"
            )
    }

    /// The dot of an initial: `R.` in `Vann R. Newkirk` (tokenized as `R` and `.`).
    pub(super) fn is_initial_dot(&self, i: usize) -> bool {
        i > 0 && self.text(i) == "." && {
            let p = self.text(i - 1);
            p.chars().count() == 1 && p.chars().all(char::is_uppercase)
        }
    }

    pub(super) fn is_double_mark(&self, i: usize) -> bool {
        matches!(self.text(i), "“" | "”" | "\"" | "«" | "»" | "„")
    }

    /// A cue verb in lower case (`The Post`, `Says Who` are names or titles, not cues).
    /// After a determiner the word is a noun (`a call for`, `his warning`).
    pub(super) fn is_cue_verb_at(&self, i: usize) -> bool {
        self.is_word(i)
            && !self.is_cap(i)
            && is_cue_verb(self.text(i))
            && !(i > 0 && self.lower_is(i - 1, NOUN_MARKERS))
    }

    pub(super) fn is_name_or_pronoun(&self, f: &Found) -> bool {
        (f.start..f.end).any(|i| self.is_cap(i) || self.is_pronoun(i))
    }

    /// True when a line break lies between tokens `i` and `i + 1`.
    pub(super) fn breaks_after(&self, i: usize) -> bool {
        let t = &self.doc.tokens;
        i + 1 < t.len() && self.doc.text[t[i].end..t[i + 1].start].contains('\n')
    }

    pub(super) fn sentence_bounds(&self, tok: usize) -> (usize, usize) {
        let s = self
            .doc
            .sentence_of_token(tok.min(self.doc.tokens.len().saturating_sub(1)));
        match self.doc.sentences.get(s) {
            Some(s) => (s.tokens.start, s.tokens.end),
            None => (tok, tok),
        }
    }
}
