//! Turns a document's tokens into hashed feature ids for the entity tagger.
//!
//! Shared by the recognizer and by the training binary (`train-ner`), so that the model sees at
//! run time exactly the features it was trained on. Every feature is a 64-bit hash of a template
//! number and the values it combines (word, lower-cased word, shape, affixes, neighbours,
//! gazetteer hits, how the same word is written elsewhere in the article), folded into one of
//! `2^bits` rows of the weight table: no feature dictionary is stored, which keeps the model small.

mod analysis;
mod templates;
mod word;

use super::gazetteer::Gazetteer;
use crate::text::Doc;

pub use analysis::Analysis;
pub use templates::TagCounts;

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
        analysis::read(self.gazetteer, doc)
    }
}
