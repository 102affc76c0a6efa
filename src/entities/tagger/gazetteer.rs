//! Name lists (countries, cities, regions, nationalities, first names, …) that the entity tagger
//! consults as features: a word found in a list is more likely, not certainly, a name of that kind.
//!
//! The lists live in `data/gazetteer.tsv` (`class<TAB>name` a line), generated from registry
//! packages by `scripts/gen-gazetteers.py`. Names are matched on lower-cased tokens, longest
//! first, up to `MAX_LEN` tokens.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

use super::hash::{lower_hash, mix, HashKeyed};
use crate::text::{tokens::tokenize, Doc, WordHasher};

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

pub struct Gazetteer {
    entries: HashKeyed<u16>,
    by_text: HashMap<String, u16, BuildHasherDefault<WordHasher>>,
}

/// Where the hash of a name's token hashes starts.
const KEY_SEED: u64 = 0x1234_5678;

fn key_of(words: impl Iterator<Item = u64>) -> u64 {
    words.fold(KEY_SEED, mix)
}

impl Gazetteer {
    pub fn parse(data: &str) -> Gazetteer {
        let mut entries: HashKeyed<u16> = HashKeyed::default();
        let mut by_text: HashMap<String, u16, BuildHasherDefault<WordHasher>> = HashMap::default();
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
                    .or_insert(0) |= PREFIX;
            }
            *entries.entry(key_of(hashes.into_iter())).or_insert(0) |= 1 << c;
            *by_text.entry(name.to_lowercase()).or_insert(0) |= 1 << c;
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
        let found = if name
            .bytes()
            .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
        {
            self.by_text.get(name)
        } else {
            self.by_text.get(&name.to_lowercase())
        };
        found.copied().unwrap_or(0)
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
        self.entries.get(&mix(KEY_SEED, lower)).copied()
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
                    entry = self.entries.get(&key).copied();
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
