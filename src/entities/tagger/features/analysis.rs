//! A document as the tagger reads it: each distinct token text (a *type*) read once, where
//! capitals mean something in each sentence, how each word is written elsewhere in the article,
//! and the gazetteer's classes.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use super::super::gazetteer::Gazetteer;
use super::super::hash::lower_hash;
use super::word::{info, TokenInfo};
use crate::maps::HashKeyed;
use crate::text::{Doc, TokenKind, WordHasher};

/// Where a token sits, as far as its capitalization tells anything.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub(super) enum CaseContext {
    /// Ordinary running text: a capital letter means something.
    Normal,
    /// First word of a sentence: a capital means nothing.
    Initial,
    /// Headline or dateline in capitals (or title case throughout): capitals mean little.
    Caps,
    /// The text has no capitals at all.
    Lower,
}

/// How the same lower-cased word is written elsewhere in the document (bit flags).
pub(super) const SEEN_LOWER: u8 = 1;
pub(super) const SEEN_CAPITALIZED_MID: u8 = 2;
pub(super) const SEEN_CAPS_MID: u8 = 4;
pub(super) const SEEN_AFTER_DETERMINER: u8 = 8;

/// Words a text without capitals needs to be read as lower-case text (`CaseContext::Lower`).
pub(super) const LOWER_CASE_TEXT_WORDS: usize = 10;

/// A document as the tagger reads it. Most tokens repeat (`the`, `,`, `said`), so what depends
/// only on a token's text is worked out once per distinct text (a *type*), and what depends on
/// the lower-cased form once per distinct lower-cased form.
pub struct Analysis {
    pub(super) types: Vec<TokenInfo>,
    /// Per type: index of its lower-cased form (`seen`, the second pass's counts).
    pub(super) lower_id: Vec<u32>,
    /// Number of distinct lower-cased forms.
    pub(super) lowers: usize,
    /// Per token: its type.
    pub(super) type_of: Vec<u32>,
    /// Per token: where it sits as far as capitals tell.
    pub(super) context: Vec<CaseContext>,
    /// Per lower-cased form: how it is written elsewhere in the document (`SEEN_*`).
    pub(super) seen: Vec<u8>,
    /// Per token: gazetteer classes (see `Gazetteer::tag_from`).
    pub(super) gaz: Vec<u32>,
    /// Token ranges of the sentences.
    pub(super) sentences: Vec<std::ops::Range<usize>>,
}

impl Analysis {
    pub fn tokens(&self) -> usize {
        self.type_of.len()
    }

    pub fn types(&self) -> usize {
        self.types.len()
    }

    /// Type of token `i`.
    pub fn type_of(&self, i: usize) -> u32 {
        self.type_of[i]
    }

    /// What token `i`'s own features (`own_features`) depend on besides its type; tokens with
    /// the same type and key have the same own features.
    pub fn own_key(&self, i: usize) -> (u8, u32) {
        (self.context[i] as u8, self.gaz[i])
    }

    pub fn sentences(&self) -> &[std::ops::Range<usize>] {
        &self.sentences
    }
}

/// Reads `doc` for the tagger: token types, case contexts, document memory, gazetteer hits.
pub(super) fn read(gazetteer: &Gazetteer, doc: &Doc) -> Analysis {
    let n = doc.tokens.len();
    // Room for every token's text to be a type of its own, up to a bound: a short article's
    // words are mostly distinct, and growing the map and the vectors per article (rehashing,
    // copying) cost more one by one than the whole analysis of the words joined. A long text
    // repeats its words; there they grow past the bound as needed.
    let room = n.min(1 << 13) + 16;
    let mut ids: HashMap<&str, u32, BuildHasherDefault<WordHasher>> =
        HashMap::with_capacity_and_hasher(room, Default::default());
    let mut types: Vec<TokenInfo> = Vec::with_capacity(room);
    let mut multi_letter: Vec<bool> = Vec::with_capacity(room);
    let mut opening: Vec<Option<u16>> = Vec::with_capacity(room);
    let mut type_of = Vec::with_capacity(n);
    for i in 0..n {
        let text = doc.token_text(i);
        let id = *ids.entry(text).or_insert_with(|| {
            let t = info(text);
            opening.push(gazetteer.opening(text, t.lower));
            types.push(t);
            multi_letter.push(text.len() > 1);
            types.len() as u32 - 1
        });
        type_of.push(id);
    }
    let mut lower_ids: HashKeyed<u32> =
        HashKeyed::with_capacity_and_hasher(types.len(), Default::default());
    let lower_id: Vec<u32> = types
        .iter()
        .map(|t| {
            let next = lower_ids.len() as u32;
            *lower_ids.entry(t.lower).or_insert(next)
        })
        .collect();
    let lowers = lower_ids.len();
    let info_of = |i: usize| &types[type_of[i] as usize];

    // Case context per sentence.
    // A text without capitals is read as lower-case text (where names are lower-case too)
    // only when it is long enough to tell: a short line typed in lower case says nothing of
    // its writer's habits, and its words are read as in running text.
    let words = (0..n)
        .filter(|&i| doc.tokens[i].kind == TokenKind::Word)
        .take(LOWER_CASE_TEXT_WORDS)
        .count();
    let read_as_cased = words < LOWER_CASE_TEXT_WORDS || doc.text.chars().any(char::is_uppercase);
    let mut context = vec![CaseContext::Normal; n];
    for s in &doc.sentences {
        let r = s.tokens.clone();
        let (mut words, mut caps, mut titled) = (0, 0, 0);
        for i in r.clone() {
            let t = info_of(i);
            if doc.tokens[i].kind == TokenKind::Word && t.case != 3 {
                words += 1;
                caps += (t.case == 2 && multi_letter[type_of[i] as usize]) as usize;
                titled += (t.case >= 1) as usize;
            }
        }
        let shouting = words > 0 && caps * 10 >= words * 7 && caps >= 1;
        let title_case = words >= 4 && titled == words;
        let mut first = true;
        for i in r {
            context[i] = if !read_as_cased {
                CaseContext::Lower
            } else if shouting || title_case {
                CaseContext::Caps
            } else if first {
                CaseContext::Initial
            } else {
                CaseContext::Normal
            };
            if doc.tokens[i].kind == TokenKind::Word || doc.tokens[i].kind == TokenKind::Number {
                first = false;
            } else if first && matches!(doc.token_text(i), "\"" | "“" | "‘" | "'" | "(" | "-" | "—")
            {
                // Opening marks keep the next word sentence-initial.
            } else {
                first = false;
            }
        }
    }

    // Document-level memory of how each word is written.
    let the = lower_hash("the");
    let mut seen = vec![0u8; lowers];
    for i in 0..n {
        let t = info_of(i);
        if t.case == 3 {
            continue;
        }
        let mut flag = 0;
        if t.case == 0 {
            flag |= SEEN_LOWER;
        } else if context[i] == CaseContext::Normal {
            flag |= if t.case == 2 {
                SEEN_CAPS_MID
            } else {
                SEEN_CAPITALIZED_MID
            };
        }
        if i > 0 && t.case >= 1 && info_of(i - 1).lower == the {
            flag |= SEEN_AFTER_DETERMINER;
        }
        seen[lower_id[type_of[i] as usize] as usize] |= flag;
    }

    let gaz = gazetteer.tag_from(doc, |i| info_of(i).lower, |i| opening[type_of[i] as usize]);
    let sentences = doc.sentences.iter().map(|s| s.tokens.clone()).collect();
    Analysis {
        types,
        lower_id,
        lowers,
        type_of,
        context,
        seen,
        gaz,
        sentences,
    }
}
