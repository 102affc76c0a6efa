//! Name lists (countries, cities, regions, nationalities, first names, …) that the entity tagger
//! consults as features: a word found in a list is more likely, not certainly, a name of that kind.
//!
//! The lists live in `data/gazetteer.tsv` (`class<TAB>name` a line), generated from registry
//! packages by `scripts/gen-gazetteers.py`. Names are matched on lower-cased tokens, longest
//! first, up to `MAX_LEN` tokens.

use std::sync::OnceLock;

use super::hash::{hash_chars, lower_hash, mix};
use crate::maps::HashKeyed;
use crate::text::{tokens::tokenize, Doc};

/// Classes in the order of their bits; at most 15 (two bits each in a `u32`, one bit of a `u16`
/// left for `PREFIX`).
pub const GAZ_CLASSES: &[&str] = &[
    "country",
    "city",
    "region",
    "demonym",
    "first_name",
    "surname",
    "org",
    "continent",
    "org_word",
    "person_title",
    "place_word",
    "caption_word",
];

/// Classes of places.
pub const PLACE_CLASSES: &[&str] = &["country", "city", "region", "continent"];

const MAX_LEN: usize = 5;

/// Marks a key that begins a longer name, so that matching stops as soon as no name goes on.
const PREFIX: u16 = 1 << 15;

/// Per token and class, two bits: 1 first token of a match, 2 inside or last, 3 a one-token match.
pub type GazTags = Vec<u32>;

/// Both maps hold `u16` bit sets in `u32`s: one map type for the crate's numeric maps
/// (`crate::maps`), and no larger, as an entry takes 16 bytes either way.
pub struct Gazetteer {
    entries: HashKeyed<u32>,
    /// Classes of every name, by `text_key` of its text.
    by_text: HashKeyed<u32>,
}

/// Where the hash of a name's token hashes starts.
const KEY_SEED: u64 = 0x1234_5678;

fn key_of(words: impl Iterator<Item = u64>) -> u64 {
    words.fold(KEY_SEED, mix)
}

/// Hash of `text.to_lowercase()`, worked out without making that string: the entity rules ask
/// for the classes of a name or word some 24,000 times a pass over the dev articles, nearly
/// always one with capitals, and a lower-cased copy each time cost an allocation. A 64-bit
/// hash like the keys of `entries`: for two of 13,584 names to share one, or a word and a name,
/// is vanishingly unlikely (a test checks the names).
fn text_key(text: &str) -> u64 {
    if text.is_ascii() {
        hash_chars(text.bytes().map(|b| b.to_ascii_lowercase() as char))
    } else if text.contains('\u{3a3}') {
        // A capital sigma lower-cases by its place in the word, which only `lower_str` knows.
        hash_chars(crate::text::case::lower_str(text).chars())
    } else {
        hash_chars(text.chars().flat_map(crate::text::case::lower))
    }
}

impl Gazetteer {
    pub fn parse(data: &str) -> Gazetteer {
        let mut entries: HashKeyed<u32> = HashKeyed::default();
        let mut by_text: HashKeyed<u32> = HashKeyed::default();
        for line in data.lines() {
            if line.starts_with('#') {
                continue;
            }
            let Some((class, name)) = line.split_once('\t') else {
                continue;
            };
            let Some(c) = GAZ_CLASSES.iter().position(|k| *k == class) else {
                continue;
            };
            let toks = tokenize(name);
            if toks.is_empty() || toks.len() > MAX_LEN {
                continue;
            }
            let hashes: Vec<u64> = toks
                .iter()
                .map(|t| lower_hash(&name[t.start..t.end]))
                .collect();
            for k in 1..hashes.len() {
                *entries
                    .entry(key_of(hashes[..k].iter().copied()))
                    .or_insert(0) |= PREFIX as u32;
            }
            *entries.entry(key_of(hashes.into_iter())).or_insert(0) |= 1 << c;
            *by_text.entry(text_key(name)).or_insert(0) |= 1 << c;
        }
        Gazetteer { entries, by_text }
    }

    pub fn builtin() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        G.get_or_init(|| {
            #[cfg(all(feature = "dev-tools", not(target_arch = "wasm32")))]
            if let Ok(path) = std::env::var("NEWSMARK_GAZETTEER") {
                let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
                return Gazetteer::parse(&text);
            }
            Gazetteer::parse(&crate::packed::gazetteer_tsv())
        })
    }

    /// Classes (bit set over `GAZ_CLASSES`) of an exact name, case-insensitively.
    pub fn classes_of(&self, name: &str) -> u16 {
        self.by_text.get(&text_key(name)).map_or(0, |&c| c as u16)
    }

    pub fn is(&self, name: &str, class: &str) -> bool {
        self.is_any(name, &[class])
    }

    /// Whether `name` is a place the gazetteer knows (`PLACE_CLASSES`).
    pub fn is_place(&self, name: &str) -> bool {
        self.is_any(name, PLACE_CLASSES)
    }

    /// Whether `name` is in any of `classes` (one lookup for all of them).
    pub fn is_any(&self, name: &str, classes: &[&str]) -> bool {
        let found = self.classes_of(name);
        found != 0
            && classes.iter().any(|class| {
                GAZ_CLASSES
                    .iter()
                    .position(|k| k == class)
                    .is_some_and(|c| found & (1 << c) != 0)
            })
    }

    /// Longest matches per class, left to right; `lower(i)` is token `i`'s lower-case hash.
    /// How a name may start at a token of text `text` (lower-case hash `lower`): the entry of the
    /// one-token key (its classes, and whether longer names go on from it), or `None` when no
    /// name starts there. Depends on the token's text only, so a caller can work it out once
    /// per distinct text.
    pub fn opening(&self, text: &str, lower: u64) -> Option<u16> {
        if !text.chars().next().is_some_and(char::is_alphabetic) {
            return None;
        }
        self.entries.get(&mix(KEY_SEED, lower)).map(|&e| e as u16)
    }

    /// `tag`, given `opening(i)` of every token.
    pub fn tag_from(
        &self,
        doc: &Doc,
        lower: impl Fn(usize) -> u64,
        opening: impl Fn(usize) -> Option<u16>,
    ) -> GazTags {
        let n = doc.tokens.len();
        let mut out = vec![0u32; n];
        if self.entries.is_empty() {
            return out;
        }
        for i in 0..n {
            let Some(first) = opening(i) else { continue };
            let mut key = mix(KEY_SEED, lower(i));
            let mut longest = [0usize; 16];
            let mut entry = Some(first);
            for len in 1..=MAX_LEN.min(n - i) {
                if len > 1 {
                    key = mix(key, lower(i + len - 1));
                    entry = self.entries.get(&key).map(|&e| e as u16);
                }
                let Some(mask) = entry else { break };
                for (c, l) in longest.iter_mut().enumerate().take(GAZ_CLASSES.len()) {
                    if mask & (1 << c) != 0 {
                        *l = len;
                    }
                }
            }
            for (c, &len) in longest.iter().enumerate().take(GAZ_CLASSES.len()) {
                if len == 0 || (out[i] >> (2 * c)) & 3 != 0 {
                    continue;
                }
                if len == 1 {
                    out[i] |= 3 << (2 * c);
                } else {
                    out[i] |= 1 << (2 * c);
                    for o in &mut out[i + 1..i + len] {
                        *o |= 2 << (2 * c);
                    }
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every name is found whatever its case, and no two names share a key (which would give
    /// one the other's classes).
    #[test]
    fn every_name_is_found_in_any_case_under_its_own_key() {
        let data = crate::packed::gazetteer_tsv();
        let g = Gazetteer::parse(&data);
        let mut keys = std::collections::HashMap::new();
        for (class, name) in data.lines().filter_map(|l| l.split_once('\t')) {
            let Some(c) = GAZ_CLASSES.iter().position(|k| *k == class) else {
                continue;
            };
            let toks = tokenize(name).len();
            if toks == 0 || toks > MAX_LEN {
                continue;
            }
            let lower = name.to_lowercase();
            // In capitals unless they lower-case to another name (`Bağcılar`, `BAĞCILAR`).
            let upper = Some(name.to_uppercase()).filter(|u| u.to_lowercase() == lower);
            for form in [Some(name.to_string()), upper, Some(lower.clone())]
                .iter()
                .flatten()
            {
                assert!(g.classes_of(form) & (1 << c) != 0, "{form} ({class})");
            }
            assert_eq!(*keys.entry(text_key(name)).or_insert(lower.clone()), lower);
        }
        assert_eq!(g.classes_of("Ὀδυσσεύς ΣΑΣ"), 0);
        assert_eq!(text_key("ΟΔΥΣΣΕΥΣ"), text_key("οδυσσευς"));
    }
}
