//! The entity tagger: finds names and their types sentence by sentence, before any rule
//! corrects it.
//!
//! An averaged perceptron over hashed features (`features`, hashed by `hash`, with the name
//! lists of `gazetteer` among them) scores BILOU tags per token (`scoring`), and Viterbi under
//! the BILOU constraints (`model`) picks the best sequence. The document is tagged twice: the
//! second pass also sees how each word was tagged everywhere in the article by the first.
//!
//! Everything here is shared with the training binary (`src/bin/train_ner.rs`), so that the
//! model sees at run time exactly what it was trained on; tag numbers stay inside this module,
//! and what leaves it is a `TaggedSpan` with a typed `ModelType`.

pub mod features;
pub mod gazetteer;
pub mod hash;
pub mod model;
pub mod scoring;

use std::sync::OnceLock;

use crate::text::Doc;
use features::Extractor;
use gazetteer::Gazetteer;
use model::{split_tag, viterbi, ModelType, Part, Weights};

/// A tagged name before clustering: tokens `first..last` (exclusive) of the given model type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TaggedSpan {
    pub first: usize,
    pub last: usize,
    pub kind: ModelType,
}

impl TaggedSpan {
    /// The span's text in `doc`.
    pub fn text<'a>(&self, doc: &Doc<'a>) -> &'a str {
        &doc.text[doc.tokens[self.first].start..doc.tokens[self.last - 1].end]
    }

    /// The token that heads the name: the word before `of` (`Museum` of `Museum of Flight`), else
    /// the last word.
    pub(crate) fn head(&self, doc: &Doc) -> usize {
        (self.first + 1..self.last)
            .find(|&i| doc.token_text(i) == "of")
            .map_or(self.last - 1, |of| of - 1)
    }
}

/// The embedded model (`data/ner.bin`), read once; `None` if it does not parse.
pub fn weights() -> Option<&'static Weights> {
    static W: OnceLock<Option<Weights>> = OnceLock::new();
    W.get_or_init(|| {
        #[cfg(all(feature = "dev-tools", not(target_arch = "wasm32")))]
        if let Ok(path) = std::env::var("NEWSMARK_NER_MODEL") {
            let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
            return Weights::parse(&bytes);
        }
        Weights::parse(&crate::packed::ner_bin())
    })
    .as_ref()
}

/// Turns one sentence's decoded tags into spans (tokens `offset..`).
pub fn spans_from_tags(tags: &[usize], offset: usize, out: &mut Vec<TaggedSpan>) {
    let mut open: Option<(usize, usize)> = None;
    for (k, &t) in tags.iter().enumerate() {
        match split_tag(t) {
            Some((ty, Part::Unit)) => out.push(TaggedSpan {
                first: offset + k,
                last: offset + k + 1,
                kind: ModelType::ALL[ty],
            }),
            Some((ty, Part::Begin)) => open = Some((offset + k, ty)),
            Some((ty, Part::Last)) => {
                if let Some((first, oty)) = open.take() {
                    if oty == ty {
                        out.push(TaggedSpan {
                            first,
                            last: offset + k + 1,
                            kind: ModelType::ALL[ty],
                        });
                    }
                }
            }
            Some((_, Part::Inside)) => {}
            None => open = None,
        }
    }
}

/// Best tag of every token of `doc` given its features.
pub fn decode(doc: &Doc, w: &Weights, features: &features::Features) -> Vec<usize> {
    let mut emit = Vec::new();
    scoring::emissions(w, features, 0..doc.tokens.len(), &mut emit);
    best_tags(doc, w, &emit)
}

/// Viterbi per sentence over precomputed emission scores (`NTAGS` per token).
pub fn best_tags(doc: &Doc, w: &Weights, emit: &[i32]) -> Vec<usize> {
    let (mut scores, mut tags) = (Vec::new(), Vec::new());
    let mut all = vec![model::OUTSIDE; doc.tokens.len()];
    for s in &doc.sentences {
        let r = s.tokens.clone();
        viterbi(
            &emit[r.start * model::NTAGS..r.end * model::NTAGS],
            r.len(),
            &w.trans,
            &w.start,
            &w.end,
            &mut scores,
            &mut tags,
        );
        all[r].copy_from_slice(&tags);
    }
    all
}

/// Tags the whole document with `w` in two passes: the second sees how each word was tagged
/// everywhere in the article by the first (`Warhol` alone, after `Andy Warhol`, is a person).
/// The second pass only adds the scores of its extra features to the first pass's.
pub fn tag_document(doc: &Doc, w: &Weights, gazetteer: &Gazetteer) -> Vec<TaggedSpan> {
    let ex = Extractor {
        gazetteer,
        bits: w.bits,
    };
    let analysis = ex.analyze(doc);
    let mut emit = Vec::new();
    scoring::first_pass(&analysis, &ex, w, &mut emit);
    let first = best_tags(doc, w, &emit);
    scoring::add_second_pass(&analysis, &ex, w, &first, &mut emit);
    let tags = best_tags(doc, w, &emit);
    let mut spans = Vec::new();
    for s in &doc.sentences {
        spans_from_tags(&tags[s.tokens.clone()], s.tokens.start, &mut spans);
    }
    spans
}
