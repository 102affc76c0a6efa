//! Turns a document's tokens into hashed feature ids for the entity tagger.
//!
//! Shared by the recognizer and by the training binary (`train-ner`), so that the model sees at
//! run time exactly the features it was trained on. Every feature is a 64-bit hash of a template
//! number and the values it combines (word, lower-cased word, shape, affixes, neighbours,
//! gazetteer hits, how the same word is written elsewhere in the article), folded into one of
//! `2^bits` rows of the weight table: no feature dictionary is stored, which keeps the model small.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::gazetteer::{Gazetteer, GAZ_CLASSES};
use super::model::NTAGS;
use crate::text::{Doc, TokenKind};

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

/// Hasher for keys that are already 64-bit hashes (the std SipHash is needlessly slow here).
#[derive(Default, Clone, Copy)]
pub struct PreHashed(u64);

impl Hasher for PreHashed {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ b as u64).wrapping_mul(0x100_0000_01b3);
        }
    }
    fn write_u64(&mut self, x: u64) {
        self.0 = mix(x, 0x51);
    }
}

/// A map keyed by a 64-bit hash.
pub type HashKeyed<V> = HashMap<u64, V, BuildHasherDefault<PreHashed>>;

const SEED: u64 = 0xcbf2_9ce4_8422_2325;

#[inline]
pub fn mix(a: u64, b: u64) -> u64 {
    let x = (a ^ b.rotate_left(29)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    x ^ (x >> 31)
}

fn hash_str(s: &str) -> u64 {
    hash_chars(s.chars())
}

#[inline]
fn hash_chars(cs: impl Iterator<Item = char>) -> u64 {
    let mut h = SEED;
    for c in cs {
        h = (h ^ c as u64).wrapping_mul(0x100_0000_01b3);
    }
    h
}

/// Apostrophes, quote marks and dashes in their typographic forms hash like the plain ASCII ones
/// the training corpus uses; digits all become `0`.
fn normalize_char(c: char) -> char {
    match c {
        '\u{2019}' | '\u{2018}' | '`' | '\u{00B4}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{00AB}' | '\u{00BB}' | '\u{201E}' => '"',
        '\u{2010}'..='\u{2015}' => '-',
        c if c.is_ascii_digit() => '0',
        c => c,
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

struct TokenInfo {
    word: u64,
    lower: u64,
    shape: u64,
    prefixes: [u64; 4],
    suffixes: [u64; 4],
    affix_count: usize,
    /// 0 lower, 1 capitalized, 2 all caps, 3 no letters.
    case: u8,
    context: CaseContext,
}

const BOS: u64 = 0x5151_5151;
const EOS: u64 = 0x7373_7373;

fn lower_char(c: char) -> char {
    let c = normalize_char(c);
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        c.to_lowercase().next().unwrap_or(c)
    }
}

fn info(text: &str) -> TokenInfo {
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
    let lower = hash_chars(text.chars().map(lower_char));
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
    TokenInfo { word, lower, shape: shape_hash(text), prefixes, suffixes, affix_count, case, context: CaseContext::Normal }
}

fn shape_hash(word: &str) -> u64 {
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

pub struct Extractor<'g> {
    pub gazetteer: &'g Gazetteer,
    pub bits: u32,
}

impl<'g> Extractor<'g> {
    /// Features of every token. `history`, when given, holds a first pass's tag for every token:
    /// the second pass then also sees how the same word was tagged elsewhere in the article.
    /// (The recognizer computes the two parts apart, `base` then `second_pass`, to share the
    /// first.)
    pub fn extract(&self, doc: &Doc, history: Option<&[usize]>) -> Features {
        let base = self.base(doc);
        let Some(h) = history else { return base.features };
        let extra = self.second_pass(&base, h);
        let mut out = Features { offsets: vec![0], ids: Vec::with_capacity(base.features.ids.len() + extra.ids.len()) };
        for i in 0..base.features.offsets.len() - 1 {
            out.ids.extend_from_slice(base.features.of(i));
            out.ids.extend_from_slice(extra.of(i));
            out.offsets.push(out.ids.len() as u32);
        }
        out
    }

    /// Features that do not depend on a first pass.
    pub fn base(&self, doc: &Doc) -> BaseFeatures {
        let n = doc.tokens.len();
        let mut infos: Vec<TokenInfo> = (0..n).map(|i| info(doc.token_text(i))).collect();

        // Case context per sentence.
        let text_has_capitals = doc.text.chars().any(char::is_uppercase);
        for s in &doc.sentences {
            let r = s.tokens.clone();
            let (mut words, mut caps, mut titled) = (0, 0, 0);
            for i in r.clone() {
                if doc.tokens[i].kind == TokenKind::Word && infos[i].case != 3 {
                    words += 1;
                    caps += (infos[i].case == 2 && doc.token_text(i).len() > 1) as usize;
                    titled += (infos[i].case >= 1) as usize;
                }
            }
            let shouting = words > 0 && caps * 10 >= words * 7 && caps >= 1;
            let title_case = words >= 4 && titled == words;
            let mut first = true;
            for i in r {
                let ctx = if !text_has_capitals {
                    CaseContext::Lower
                } else if shouting || title_case {
                    CaseContext::Caps
                } else if first {
                    CaseContext::Initial
                } else {
                    CaseContext::Normal
                };
                infos[i].context = ctx;
                if doc.tokens[i].kind == TokenKind::Word || doc.tokens[i].kind == TokenKind::Number {
                    first = false;
                } else if first && matches!(doc.token_text(i), "\"" | "“" | "‘" | "'" | "(" | "-" | "—") {
                    // Opening marks keep the next word sentence-initial.
                } else {
                    first = false;
                }
            }
        }

        // Document-level memory of how each word is written.
        let the = hash_str("the");
        let mut seen: HashKeyed<u8> = HashKeyed::with_capacity_and_hasher(n / 2, Default::default());
        for i in 0..n {
            let t = &infos[i];
            if t.case == 3 {
                continue;
            }
            let mut flag = 0;
            if t.case == 0 {
                flag |= SEEN_LOWER;
            } else if t.context == CaseContext::Normal {
                flag |= if t.case == 2 { SEEN_CAPS_MID } else { SEEN_CAPITALIZED_MID };
            }
            if i > 0 && t.case >= 1 && infos[i - 1].lower == the {
                flag |= SEEN_AFTER_DETERMINER;
            }
            if flag != 0 {
                *seen.entry(t.lower).or_insert(0) |= flag;
            }
        }

        let gaz = self.gazetteer.tag(doc, |i| infos[i].lower);

        let shift = 64 - self.bits;
        let mut out = Features { offsets: Vec::with_capacity(n + 1), ids: Vec::with_capacity(n * 40) };
        out.offsets.push(0);
        for s in &doc.sentences {
            let (lo, hi) = (s.tokens.start, s.tokens.end);
            for i in lo..hi {
                let mut push = |h: u64| out.ids.push((h >> shift) as u32);
                let f = |t: u64, v: u64| mix(mix(t.wrapping_mul(0x2545_F491_4F6C_DD1D), v), t);
                let at = |k: isize| -> Option<&TokenInfo> {
                    let j = i as isize + k;
                    if j >= lo as isize && j < hi as isize {
                        Some(&infos[j as usize])
                    } else {
                        None
                    }
                };
                let lw = |k: isize| at(k).map_or(if k < 0 { BOS } else { EOS }, |t| t.lower);
                let sh = |k: isize| at(k).map_or(if k < 0 { BOS } else { EOS }, |t| t.shape);
                let t = &infos[i];
                let ctx = t.context as u64;
                push(f(0, 0));
                push(f(1, t.word));
                push(f(2, t.lower));
                push(f(3, t.shape));
                for k in 0..t.affix_count {
                    push(f(4 + k as u64, t.prefixes[k]));
                    push(f(8 + k as u64, t.suffixes[k]));
                }
                push(f(12, lw(-1)));
                push(f(13, lw(1)));
                push(f(14, lw(-2)));
                push(f(15, lw(2)));
                push(f(16, sh(-1)));
                push(f(17, sh(1)));
                push(f(18, mix(sh(-1), t.shape)));
                push(f(19, mix(t.shape, sh(1))));
                push(f(20, mix(mix(sh(-1), t.shape), sh(1))));
                push(f(21, mix(lw(-1), t.lower)));
                push(f(22, mix(t.lower, lw(1))));
                push(f(23, mix(ctx, t.shape)));
                push(f(24, mix(ctx, t.lower)));
                let doc_flags = seen.get(&t.lower).copied().unwrap_or(0) as u64;
                push(f(25, mix(mix(doc_flags, ctx), t.case as u64)));
                push(f(26, mix(ctx, t.case as u64)));
                let pos = (i - lo).min(3) as u64;
                push(f(27, mix(pos, t.shape)));
                push(f(28, mix(t.suffixes[2], t.shape)));
                push(f(29, mix(lw(-1), sh(1))));
                push(f(30, mix(sh(-1), lw(1))));
                if t.case != 0 && t.context != CaseContext::Normal {
                    // Where capitals say little, the word's spelling elsewhere says more.
                    push(f(31, mix(doc_flags, t.lower)));
                }
                let g = gaz[i];
                if g != 0 {
                    for (c, _) in GAZ_CLASSES.iter().enumerate() {
                        let pos_bits = (g >> (2 * c)) & 3;
                        if pos_bits != 0 {
                            push(f(32, mix(c as u64, pos_bits as u64)));
                            push(f(33, mix(mix(c as u64, pos_bits as u64), t.case as u64)));
                        }
                    }
                }
                for (k, tmpl) in [(-1isize, 34u64), (1, 35)] {
                    let j = i as isize + k;
                    if j >= lo as isize && j < hi as isize && gaz[j as usize] != 0 {
                        push(f(tmpl, gaz[j as usize] as u64));
                    }
                }
                out.offsets.push(out.ids.len() as u32);
            }
        }
        // Tokens outside every sentence (none in practice) get no features.
        while out.offsets.len() < n + 1 {
            out.offsets.push(out.ids.len() as u32);
        }
        BaseFeatures { features: out, infos }
    }

    /// The second pass's extra features: how the first pass (`history`, a tag per token) tagged
    /// the same word elsewhere in the article.
    pub fn second_pass(&self, base: &BaseFeatures, history: &[usize]) -> Features {
        let infos = &base.infos;
        let n = infos.len();
        let h = history;
        let mut tagged: HashKeyed<[u16; NTAGS]> = HashKeyed::default();
        for i in 0..n.min(h.len()) {
            if infos[i].case != 3 && h[i] < NTAGS {
                tagged.entry(infos[i].lower).or_insert([0; NTAGS])[h[i]] += 1;
            }
        }
        let shift = 64 - self.bits;
        let mut out = Features { offsets: Vec::with_capacity(n + 1), ids: Vec::with_capacity(n * 4) };
        out.offsets.push(0);
        for i in 0..n {
            let mut push = |h: u64| out.ids.push((h >> shift) as u32);
            let f = |t: u64, v: u64| mix(mix(t.wrapping_mul(0x2545_F491_4F6C_DD1D), v), t);
            let t = &infos[i];
            let ctx = t.context as u64;
            {
                    push(f(45, 0));
                    if let (Some(counts), Some(&own)) = (tagged.get(&t.lower), h.get(i)) {
                        let mut counts = *counts;
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
                            let (best, &top) = by_type.iter().enumerate().max_by_key(|&(k, &c)| (c, std::cmp::Reverse(k))).unwrap_or((0, &0));
                            let share = if top == total { 1 } else if top * 3 >= total * 2 { 2 } else { 3 };
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
            out.offsets.push(out.ids.len() as u32);
        }
        out
    }
}

/// First-pass features of a document, with what the second pass needs of its tokens.
pub struct BaseFeatures {
    pub features: Features,
    infos: Vec<TokenInfo>,
}

/// Hash of a lower-cased, normalized token (the gazetteer keys use it).
pub fn lower_hash(token: &str) -> u64 {
    hash_chars(token.chars().map(lower_char))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_collapse_runs() {
        assert_eq!(shape("Washington"), "Xx");
        assert_eq!(shape("U.S."), "X.X.");
        assert_eq!(shape("McDonald"), "XxXx");
        assert_eq!(shape("2023"), "d");
    }

    #[test]
    fn typographic_apostrophes_hash_like_ascii() {
        assert_eq!(lower_hash("’s"), lower_hash("'S"));
        assert_ne!(lower_hash("us"), lower_hash("U.S."));
    }
}
