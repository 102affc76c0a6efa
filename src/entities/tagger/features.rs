//! Turns a document's tokens into hashed feature ids for the entity tagger.
//!
//! Shared by the recognizer and by the training binary (`train-ner`), so that the model sees at
//! run time exactly the features it was trained on. Every feature is a 64-bit hash of a template
//! number and the values it combines (word, lower-cased word, shape, affixes, neighbours,
//! gazetteer hits, how the same word is written elsewhere in the article), folded into one of
//! `2^bits` rows of the weight table: no feature dictionary is stored, which keeps the model small.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use super::gazetteer::{Gazetteer, GAZ_CLASSES};
use super::hash::{hash_step, lower_char, lower_hash, mix, normalize_char, SEED};
use super::model::NTAGS;
use crate::maps::HashKeyed;
use crate::text::{Doc, TokenKind, WordHasher};

/// Per token: the offsets of its feature ids in `ids` (`offsets[i]..offsets[i + 1]`).
#[derive(Default)]
pub struct Features {
    pub offsets: Vec<u32>,
    pub ids: Vec<u32>,
}

impl Features {
    pub fn of(&self, token: usize) -> &[u32] {
        &self.ids[self.offsets[token] as usize..self.offsets[token + 1] as usize]
    }
}

/// Case and letter class of a token: `Xx` (Washington), `X.X.` (U.S.), `x-x`, `d` (2023), `XxXx`
/// (McDonald); runs of one class collapse to one symbol.
#[cfg(test)]
fn shape(word: &str) -> String {
    let mut s = String::with_capacity(8);
    let mut last = '\0';
    for c in word.chars() {
        let k = shape_class(c);
        if k != last {
            s.push(k);
            last = k;
        }
    }
    s
}

/// Where a token sits, as far as its capitalization tells anything.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
enum CaseContext {
    /// Ordinary running text: a capital letter means something.
    Normal,
    /// First word of a sentence: a capital means nothing.
    Initial,
    /// Headline or dateline in capitals (or title case throughout): capitals mean little.
    Caps,
    /// The text has no capitals at all.
    Lower,
}

#[cfg_attr(test, derive(Debug, PartialEq))]
struct TokenInfo {
    word: u64,
    lower: u64,
    shape: u64,
    prefixes: [u64; 4],
    suffixes: [u64; 4],
    affix_count: usize,
    /// 0 lower, 1 capitalized, 2 all caps, 3 no letters.
    case: u8,
}

const BOS: u64 = 0x5151_5151;
const EOS: u64 = 0x7373_7373;

/// What the features read of a token's text, in one pass over its characters: each
/// character is normalized, lower-cased and classed once (ASCII without the Unicode tables),
/// where hashing the word, its lower-cased form and its shape one after another read the text
/// three times (`info_as_defined`, the definition a test holds this to).
fn info(text: &str) -> TokenInfo {
    let mut buf = [' '; 24];
    let mut n = 0;
    let (mut up, mut total) = (0, 0);
    let (mut word, mut lower, mut shape) = (SEED, SEED, SEED ^ 0x5A);
    let (mut last, mut first_upper) = ('\0', false);
    for c in text.chars() {
        // The character as `normalize_char`, `lower_char` and `shape_class` give it.
        let (norm, low, class, alphabetic, upper) = if c.is_ascii() {
            let upper = c.is_ascii_uppercase();
            let norm = match c {
                '0'..='9' => '0',
                '`' => '\'',
                c => c,
            };
            let class = if upper {
                'X'
            } else if c.is_ascii_lowercase() {
                'x'
            } else if c.is_ascii_digit() {
                'd'
            } else {
                norm
            };
            (
                norm,
                norm.to_ascii_lowercase(),
                class,
                c.is_ascii_alphabetic(),
                upper,
            )
        } else {
            let upper = c.is_uppercase();
            (
                normalize_char(c),
                lower_char(c),
                shape_class(c),
                c.is_alphabetic(),
                upper,
            )
        };
        if n == 0 {
            first_upper = upper;
        }
        if n < buf.len() {
            buf[n] = low;
        }
        n += 1;
        if alphabetic {
            total += 1;
            up += upper as usize;
        }
        word = hash_step(word, norm);
        lower = hash_step(lower, low);
        if class != last {
            shape = hash_step(shape, class);
            last = class;
        }
    }
    let kept = n.min(buf.len());
    let chars = &buf[..kept];
    let mut prefixes = [0u64; 4];
    let mut suffixes = [0u64; 4];
    let affix_count = kept.saturating_sub(1).min(4);
    let (mut p, mut s) = (SEED, SEED ^ 0xFF);
    for k in 0..affix_count {
        p = hash_step(p, chars[k]);
        s = hash_step(s, chars[kept - 1 - k]);
        prefixes[k] = p;
        suffixes[k] = s;
    }
    let case = if total == 0 {
        3
    } else if up == total {
        2
    } else if first_upper || up > 0 {
        1
    } else {
        0
    };
    TokenInfo {
        word,
        lower,
        shape,
        prefixes,
        suffixes,
        affix_count,
        case,
    }
}

fn shape_class(c: char) -> char {
    if c.is_uppercase() {
        'X'
    } else if c.is_lowercase() {
        'x'
    } else if c.is_numeric() {
        'd'
    } else {
        normalize_char(c)
    }
}

/// How the same lower-cased word is written elsewhere in the document (bit flags).
const SEEN_LOWER: u8 = 1;
const SEEN_CAPITALIZED_MID: u8 = 2;
const SEEN_CAPS_MID: u8 = 4;
const SEEN_AFTER_DETERMINER: u8 = 8;

/// Words a text without capitals needs to be read as lower-case text (`CaseContext::Lower`).
const LOWER_CASE_TEXT_WORDS: usize = 10;

/// A document as the tagger reads it. Most tokens repeat (`the`, `,`, `said`), so what depends
/// only on a token's text is worked out once per distinct text (a *type*), and what depends on
/// the lower-cased form once per distinct lower-cased form.
pub struct Analysis {
    types: Vec<TokenInfo>,
    /// Per type: index of its lower-cased form (`seen`, the second pass's counts).
    lower_id: Vec<u32>,
    /// Number of distinct lower-cased forms.
    lowers: usize,
    /// Per token: its type.
    type_of: Vec<u32>,
    /// Per token: where it sits as far as capitals tell.
    context: Vec<CaseContext>,
    /// Per lower-cased form: how it is written elsewhere in the document (`SEEN_*`).
    seen: Vec<u8>,
    /// Per token: gazetteer classes (see `Gazetteer::tag_from`).
    gaz: Vec<u32>,
    /// Token ranges of the sentences.
    sentences: Vec<std::ops::Range<usize>>,
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

    /// Features of token `i` that depend on nothing but its type, its case context, how its
    /// word is written elsewhere and its own gazetteer classes (see `own_key`).
    #[inline]
    pub fn own_features(&self, i: usize, mut push: impl FnMut(u64)) {
        let t = &self.types[self.type_of[i] as usize];
        let ctx = self.context[i] as u64;
        let doc_flags = self.seen[self.lower_id[self.type_of[i] as usize] as usize] as u64;
        push(f(0, 0));
        push(f(1, t.word));
        push(f(2, t.lower));
        push(f(3, t.shape));
        for k in 0..t.affix_count {
            push(f(4 + k as u64, t.prefixes[k]));
            push(f(8 + k as u64, t.suffixes[k]));
        }
        push(f(23, mix(ctx, t.shape)));
        push(f(24, mix(ctx, t.lower)));
        push(f(25, mix(mix(doc_flags, ctx), t.case as u64)));
        push(f(26, mix(ctx, t.case as u64)));
        push(f(28, mix(t.suffixes[2], t.shape)));
        if t.case != 0 && self.context[i] != CaseContext::Normal {
            // Where capitals say little, the word's spelling elsewhere says more.
            push(f(31, mix(doc_flags, t.lower)));
        }
        let g = self.gaz[i];
        if g != 0 {
            for (c, _) in GAZ_CLASSES.iter().enumerate() {
                let pos_bits = (g >> (2 * c)) & 3;
                if pos_bits != 0 {
                    push(f(32, mix(c as u64, pos_bits as u64)));
                    push(f(33, mix(mix(c as u64, pos_bits as u64), t.case as u64)));
                }
            }
        }
    }

    /// Features of token `i` (of the sentence of tokens `lo..hi`) that look at its neighbours or
    /// its position.
    #[inline]
    pub fn context_features(&self, i: usize, lo: usize, hi: usize, mut push: impl FnMut(u64)) {
        let at = |k: isize| -> Option<&TokenInfo> {
            let j = i as isize + k;
            if j >= lo as isize && j < hi as isize {
                Some(&self.types[self.type_of[j as usize] as usize])
            } else {
                None
            }
        };
        let lw = |k: isize| at(k).map_or(if k < 0 { BOS } else { EOS }, |t| t.lower);
        let sh = |k: isize| at(k).map_or(if k < 0 { BOS } else { EOS }, |t| t.shape);
        let t = &self.types[self.type_of[i] as usize];
        let (lw_prev, lw_next, sh_prev, sh_next) = (lw(-1), lw(1), sh(-1), sh(1));
        push(f(12, lw_prev));
        push(f(13, lw_next));
        push(f(14, lw(-2)));
        push(f(15, lw(2)));
        push(f(16, sh_prev));
        push(f(17, sh_next));
        push(f(18, mix(sh_prev, t.shape)));
        push(f(19, mix(t.shape, sh_next)));
        push(f(20, mix(mix(sh_prev, t.shape), sh_next)));
        push(f(21, mix(lw_prev, t.lower)));
        push(f(22, mix(t.lower, lw_next)));
        let pos = (i - lo).min(3) as u64;
        push(f(27, mix(pos, t.shape)));
        push(f(29, mix(lw_prev, sh_next)));
        push(f(30, mix(sh_prev, lw_next)));
        for (k, tmpl) in [(-1isize, 34u64), (1, 35)] {
            let j = i as isize + k;
            if j >= lo as isize && j < hi as isize && self.gaz[j as usize] != 0 {
                push(f(tmpl, self.gaz[j as usize] as u64));
            }
        }
    }

    /// How the first pass (`history`, a tag per token) tagged each lower-cased form: per form,
    /// whether it was counted at all and the count per tag.
    pub fn tag_counts(&self, history: &[usize]) -> TagCounts {
        let mut counts = vec![[0u16; NTAGS]; self.lowers];
        let mut present = vec![false; self.lowers];
        for i in 0..self.tokens().min(history.len()) {
            let ty = self.type_of[i] as usize;
            if self.types[ty].case != 3 && history[i] < NTAGS {
                let l = self.lower_id[ty] as usize;
                present[l] = true;
                // Wrapping like the release build always did (a form seen 65536 times).
                counts[l][history[i]] = counts[l][history[i]].wrapping_add(1);
            }
        }
        TagCounts { counts, present }
    }

    /// The second pass's extra features of token `i`: how the first pass (`history`, summed up
    /// in `counts`) tagged the same word elsewhere in the article. They may depend on nothing but
    /// the token's type, case context and own first-pass tag (`scoring` sums them once per such
    /// triple).
    #[inline]
    pub fn second_pass_features(
        &self,
        i: usize,
        counts: &TagCounts,
        history: &[usize],
        mut push: impl FnMut(u64),
    ) {
        let ty = self.type_of[i] as usize;
        let t = &self.types[ty];
        let ctx = self.context[i] as u64;
        let l = self.lower_id[ty] as usize;
        push(f(45, 0));
        let (true, Some(&own)) = (counts.present[l], history.get(i)) else {
            return;
        };
        let mut counts = counts.counts[l];
        if own < NTAGS {
            counts[own] = counts[own].saturating_sub(1);
        }
        // Per type (0 = outside) among the other occurrences.
        let mut by_type = [0u32; 5];
        for (tag, &c) in counts.iter().enumerate() {
            by_type[if tag == 0 { 0 } else { 1 + (tag - 1) / 4 }] += c as u32;
            if c > 0 && tag != 0 {
                push(f(44, tag as u64));
            }
        }
        let total: u32 = by_type.iter().sum();
        if total > 0 {
            let (best, &top) = by_type
                .iter()
                .enumerate()
                .max_by_key(|&(k, &c)| (c, std::cmp::Reverse(k)))
                .unwrap_or((0, &0));
            let share = if top == total {
                1
            } else if top * 3 >= total * 2 {
                2
            } else {
                3
            };
            push(f(40, mix(best as u64, share)));
            push(f(43, mix(mix(best as u64, ctx), t.case as u64)));
            for (ty, &c) in by_type.iter().enumerate().skip(1) {
                if c > 0 {
                    push(f(41, ty as u64));
                    push(f(42, mix(ty as u64, t.case as u64)));
                }
            }
        }
    }
}

/// First-pass tag counts per lower-cased form (`Analysis::tag_counts`).
pub struct TagCounts {
    counts: Vec<[u16; NTAGS]>,
    present: Vec<bool>,
}

/// A feature's 64-bit hash from its template number and value.
#[inline]
fn f(template: u64, value: u64) -> u64 {
    mix(
        mix(template.wrapping_mul(0x2545_F491_4F6C_DD1D), value),
        template,
    )
}

pub struct Extractor<'g> {
    pub gazetteer: &'g Gazetteer,
    pub bits: u32,
}

impl<'g> Extractor<'g> {
    /// Row of the weight table a feature hash falls in.
    #[inline]
    pub fn row(&self, hash: u64) -> u32 {
        (hash >> (64 - self.bits)) as u32
    }

    /// Features of every token, listed (for training; the recognizer sums them up without
    /// listing them, see `scores`). `history`, when given, holds a first pass's tag for every
    /// token: the second pass then also sees how the same word was tagged elsewhere in the
    /// article.
    pub fn extract(&self, doc: &Doc, history: Option<&[usize]>) -> Features {
        let a = self.analyze(doc);
        let n = a.tokens();
        let counts = history.map(|h| (a.tag_counts(h), h));
        let mut out = Features {
            offsets: Vec::with_capacity(n + 1),
            ids: Vec::with_capacity(n * 40),
        };
        out.offsets.push(0);
        let mut in_sentence = vec![None; n];
        for r in &a.sentences {
            for i in r.clone() {
                in_sentence[i] = Some((r.start, r.end));
            }
        }
        for (i, bounds) in in_sentence.into_iter().enumerate() {
            let mut push = |h: u64| out.ids.push(self.row(h));
            // Tokens outside every sentence (none in practice) get no first-pass features.
            if let Some((lo, hi)) = bounds {
                a.own_features(i, &mut push);
                a.context_features(i, lo, hi, &mut push);
            }
            if let Some((counts, h)) = &counts {
                a.second_pass_features(i, counts, h, &mut push);
            }
            out.offsets.push(out.ids.len() as u32);
        }
        out
    }

    /// Reads `doc` for the tagger: token types, case contexts, document memory, gazetteer hits.
    pub fn analyze(&self, doc: &Doc) -> Analysis {
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
                opening.push(self.gazetteer.opening(text, t.lower));
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
        let read_as_cased =
            words < LOWER_CASE_TEXT_WORDS || doc.text.chars().any(char::is_uppercase);
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
                if doc.tokens[i].kind == TokenKind::Word || doc.tokens[i].kind == TokenKind::Number
                {
                    first = false;
                } else if first
                    && matches!(doc.token_text(i), "\"" | "“" | "‘" | "'" | "(" | "-" | "—")
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

        let gaz =
            self.gazetteer
                .tag_from(doc, |i| info_of(i).lower, |i| opening[type_of[i] as usize]);
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::tagger::hash::hash_chars;

    /// `info` as the features were first defined: the word, its lower-cased form and its shape
    /// each hashed in a pass of its own (and the affixes from a lower-cased copy).
    fn info_as_defined(text: &str) -> TokenInfo {
        let mut buf = [' '; 24];
        let mut n = 0;
        let (mut up, mut total) = (0, 0);
        for c in text.chars() {
            if n < buf.len() {
                buf[n] = lower_char(c);
            }
            n += 1;
            if c.is_alphabetic() {
                total += 1;
                up += c.is_uppercase() as usize;
            }
        }
        let lower = lower_hash(text);
        let kept = n.min(buf.len());
        let chars = &buf[..kept];
        let mut prefixes = [0u64; 4];
        let mut suffixes = [0u64; 4];
        let affix_count = kept.saturating_sub(1).min(4);
        let (mut p, mut s) = (SEED, SEED ^ 0xFF);
        for k in 0..affix_count {
            p = (p ^ chars[k] as u64).wrapping_mul(0x100_0000_01b3);
            s = (s ^ chars[kept - 1 - k] as u64).wrapping_mul(0x100_0000_01b3);
            prefixes[k] = p;
            suffixes[k] = s;
        }
        let first_upper = text.chars().next().is_some_and(char::is_uppercase);
        let case = if total == 0 {
            3
        } else if up == total {
            2
        } else if first_upper || up > 0 {
            1
        } else {
            0
        };
        let word = hash_chars(text.chars().map(normalize_char));
        TokenInfo {
            word,
            lower,
            shape: shape_hash_as_defined(text),
            prefixes,
            suffixes,
            affix_count,
            case,
        }
    }

    fn shape_hash_as_defined(word: &str) -> u64 {
        let mut h = SEED ^ 0x5A;
        let mut last = '\0';
        for c in word.chars() {
            let k = shape_class(c);
            if k != last {
                h = (h ^ k as u64).wrapping_mul(0x100_0000_01b3);
                last = k;
            }
        }
        h
    }

    #[test]
    fn one_pass_reads_a_token_as_the_features_define_it() {
        // ASCII of every class, digits, typographic marks, letters without an ASCII form,
        // capitals that lower-case to more than one character, no letters at all, and words
        // longer than the 24 characters the affixes read.
        let words = [
            "",
            "a",
            "I",
            "Washington",
            "U.S.",
            "McDonald's",
            "McDonald\u{2019}s",
            "2023",
            "3,000",
            "x-ray",
            "`quoted'",
            "\u{201C}",
            "\u{2014}",
            "\u{2013}12",
            "Z\u{FC}rich",
            "M\u{DC}LLER",
            "\u{C9}cole",
            "S\u{E3}o",
            "\u{130}stanbul",
            "\u{1E9E}",
            "\u{3A3}\u{3A3}",
            "\u{6771}\u{4EAC}",
            "\u{661}\u{662}",
            "\u{2167}",
            "caf\u{E9}\u{301}",
            "\u{B4}s",
            "supercalifragilisticexpialidocious",
            "ANTIDISESTABLISHMENTARIANISM-ERA",
            "_",
            "@#$",
            "\u{24B6}bc",
            "\u{1C5}emal",
            "\u{1F600}",
        ];
        for w in words {
            assert_eq!(info(w), info_as_defined(w), "{w:?}");
        }
    }

    #[test]
    fn shapes_collapse_runs() {
        assert_eq!(shape("Washington"), "Xx");
        assert_eq!(shape("U.S."), "X.X.");
        assert_eq!(shape("McDonald"), "XxXx");
        assert_eq!(shape("2023"), "d");
    }
}
