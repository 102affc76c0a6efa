//! What the tagger works out per word and keeps across documents: the word's spelling, shape
//! and affixes, how a gazetteer name may open there, and the summed weight rows of the features
//! that depend on the word alone (per case context) and on it as a neighbour (per side).
//!
//! Why: articles are short, and most of their words (`the`, `said`, `,`, `Reuters`) were in
//! the last one; working them out again was most of what each article cost beyond its bytes.
//! Everything kept is a pure function of the word, the model and the gazetteer, so the scores are
//! the same with or without it (a test checks). Only the embedded model and gazetteer, which
//! live as long as the program, share one cache (`shared`); any other pair gets a fresh one.
//! Bounded: past `LIMIT` words it is emptied before the next document.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use super::features::{info, TokenInfo};
use super::model::NTAGS;
use crate::text::WordHasher;

/// Words kept at most (about 700 bytes each).
const LIMIT: usize = 4096;
/// Case contexts (`features::CaseContext`).
pub const CONTEXTS: usize = 4;
/// A word's slot when it could not be kept (the cache was full).
pub const NONE: u32 = u32::MAX;

pub type Row = [i32; NTAGS];

pub(super) struct Word {
    pub info: TokenInfo,
    pub opening: Option<u16>,
    own: [Row; CONTEXTS],
    own_done: u8,
    near: [Row; 4],
    near_done: bool,
}

#[derive(Default)]
pub struct WordCache {
    ids: HashMap<Box<str>, u32, BuildHasherDefault<WordHasher>>,
    words: Vec<Word>,
}

thread_local! {
    static SHARED: RefCell<WordCache> = RefCell::new(WordCache::default());
}

impl WordCache {
    /// Runs `f` with the cache shared by every call on this thread (the embedded model's).
    pub fn shared<R>(f: impl FnOnce(&mut WordCache) -> R) -> R {
        SHARED.with(|c| f(&mut c.borrow_mut()))
    }

    /// Called before each document: empties a full cache.
    pub fn start(&mut self) {
        if self.words.len() >= LIMIT {
            self.ids.clear();
            self.words.clear();
        }
    }

    /// The word's spelling information, its gazetteer opening (`opening`, asked when the word
    /// is new) and its slot (`NONE` when the cache is full).
    pub(super) fn word(
        &mut self,
        text: &str,
        opening: impl FnOnce(&TokenInfo) -> Option<u16>,
    ) -> (TokenInfo, Option<u16>, u32) {
        if let Some(&k) = self.ids.get(text) {
            let w = &self.words[k as usize];
            return (w.info, w.opening, k);
        }
        let t = info(text);
        let o = opening(&t);
        if self.words.len() >= LIMIT {
            return (t, o, NONE);
        }
        let k = self.words.len() as u32;
        self.words.push(Word {
            info: t,
            opening: o,
            own: [[0; NTAGS]; CONTEXTS],
            own_done: 0,
            near: [[0; NTAGS]; 4],
            near_done: false,
        });
        self.ids.insert(text.into(), k);
        (t, o, k)
    }

    /// The summed rows of the word's own document-independent features in context `ctx`,
    /// summed by `sum` on first asking.
    pub fn own(&mut self, slot: u32, ctx: u8, sum: impl FnOnce(&mut Row)) -> Row {
        let Some(w) = self.words.get_mut(slot as usize) else {
            let mut acc = [0; NTAGS];
            sum(&mut acc);
            return acc;
        };
        let c = ctx as usize % CONTEXTS;
        if w.own_done & (1 << c) == 0 {
            sum(&mut w.own[c]);
            w.own_done |= 1 << c;
        }
        w.own[c]
    }

    /// The summed rows of the word's features as a neighbour, per side
    /// (`features::NEAR_SIDES`), summed by `sum` on first asking.
    pub fn near(&mut self, slot: u32, sum: impl FnOnce(&mut [Row; 4])) -> [Row; 4] {
        let Some(w) = self.words.get_mut(slot as usize) else {
            let mut acc = [[0; NTAGS]; 4];
            sum(&mut acc);
            return acc;
        };
        if !w.near_done {
            sum(&mut w.near);
            w.near_done = true;
        }
        w.near
    }
}
