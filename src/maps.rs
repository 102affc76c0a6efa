//! The few hash map types the crate uses. Every distinct key and value type compiles its own
//! copy of the hash table's code (its rehash alone is 0.7–1 KB of wasm), so the maps share
//! these shapes, with `u32` values (an index into a `Vec` when a map holds more), rather than
//! each taking the types it would like (docs/performance.md, "Download budget").

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::text::WordHasher;

/// Hasher for keys that are already 64-bit hashes or small numbers (SipHash, the std default
/// built against hostile keys, is needlessly slow here).
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
        // `entities::tagger::hash::mix(x, 0x51)`.
        let x = (x ^ 0x51u64.rotate_left(29)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        self.0 = x ^ (x >> 31);
    }
}

/// A map keyed by a 64-bit hash or number: the tagger's word types and gazetteer keys, ids of
/// marks, token indices.
pub type HashKeyed<V> = HashMap<u64, V, BuildHasherDefault<PreHashed>>;

/// A map keyed by owned strings (names, keys built of parts, rule words).
pub type WordKeyed<V> = HashMap<String, V, BuildHasherDefault<WordHasher>>;

/// A map keyed by borrowed strings (an article's words, a word list's entries); a set too, its
/// values unused.
pub type StrKeyed<'a, V> = HashMap<&'a str, V, BuildHasherDefault<WordHasher>>;

/// Values by string key for maps whose values are larger than an index (the date grammar's
/// tables and rule indices): a [`WordKeyed<u32>`] of places in a `Vec`, so that such a map adds
/// no table code of its own. Keys iterate in the index map's order.
#[derive(Debug)]
pub struct Indexed<V> {
    index: WordKeyed<u32>,
    values: Vec<V>,
}

impl<V> Default for Indexed<V> {
    fn default() -> Self {
        Indexed {
            index: WordKeyed::default(),
            values: Vec::new(),
        }
    }
}

impl<V> Indexed<V> {
    #[inline]
    pub fn get(&self, key: &str) -> Option<&V> {
        self.index.get(key).map(|&i| &self.values[i as usize])
    }
    pub fn contains_key(&self, key: &str) -> bool {
        self.index.contains_key(key)
    }
    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.index.keys()
    }
    /// Keys and values, in the index map's order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &V)> {
        self.index
            .iter()
            .map(|(k, &i)| (k, &self.values[i as usize]))
    }
    /// The value of `key`, made by `make` if there was none (`entry(key).or_insert_with(make)`).
    pub fn or_insert_with(&mut self, key: &str, make: impl FnOnce() -> V) -> &mut V {
        let i = match self.index.get(key) {
            Some(&i) => i as usize,
            None => {
                self.index.insert(key.to_string(), self.values.len() as u32);
                self.values.push(make());
                self.values.len() - 1
            }
        };
        &mut self.values[i]
    }
    /// `key` now has `value` (`insert`).
    pub fn insert(&mut self, key: &str, value: V) {
        match self.index.get(key) {
            Some(&i) => self.values[i as usize] = value,
            None => {
                self.index.insert(key.to_string(), self.values.len() as u32);
                self.values.push(value);
            }
        }
    }
}
