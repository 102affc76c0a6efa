//! The entity tagger: finds names and their types sentence by sentence, before any rule
//! corrects it.
//!
//! An averaged perceptron over hashed features (`features`, hashed by `hash`, with the name
//! lists of `gazetteer` among them) scores BILOU tags per token (`scoring`), and Viterbi under
//! the BILOU constraints (`model`) picks the best sequence. The document is tagged twice: the
//! second pass also sees how each word was tagged everywhere in the article by the first.
//!
//! Everything here is shared with the training binary (`src/bin/train_ner/`), so that the
//! model sees at run time exactly what it was trained on; tag numbers stay inside this module,
//! and what leaves it is a `TaggedSpan` with a typed `ModelType`.

pub mod features;
pub mod gazetteer;
pub mod hash;
pub mod model;
pub mod scoring;
pub mod viterbi;

use std::sync::OnceLock;

use crate::text::Doc;
use features::Extractor;
use gazetteer::Gazetteer;
use model::{split_tag, ModelType, Part, Weights, TYPES};
use viterbi::{Decoder, Scratch};

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
    let (mut scores, mut tags) = (Scratch::default(), Vec::new());
    // Room for the longest sentence at once, not grown sentence by sentence.
    let longest = doc
        .sentences
        .iter()
        .map(|s| s.tokens.len())
        .max()
        .unwrap_or(0);
    scores.reserve(longest);
    tags.reserve(longest);
    let mut all = vec![model::OUTSIDE; doc.tokens.len()];
    let Some(decoder) = Decoder::new(&w.trans, &w.start, &w.end) else {
        return all;
    };
    for s in &doc.sentences {
        let r = s.tokens.clone();
        decoder.decode(
            &emit[r.start * model::NTAGS..r.end * model::NTAGS],
            r.len(),
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
    tag_with_evidence(doc, w, gazetteer).0
}

/// The tagger's scores behind its spans: per token, the second pass's emission score of every
/// tag, and the tag it chose. Coreference sums them over the mentions of one entity to give it
/// one label (`coref`): the type the tagger saw most evidence for across the article, rather
/// than a count of its readings, hesitant and clear alike.
pub struct Evidence<'w> {
    emit: Vec<i32>,
    tags: Vec<usize>,
    /// Whether a sentence starts (ends) at each token.
    starts: Vec<bool>,
    ends: Vec<bool>,
    w: &'w Weights,
}

impl Evidence<'_> {
    /// Score of reading tokens `first..last` as one name of each model type: the emissions of
    /// its BILOU tags, the transitions between them, and those into and out of the span from
    /// the tags the tagger chose around it. For the tagger's own reading its type then scores
    /// highest, and each other type by how much worse the whole sentence reads with the name
    /// retyped. `None` where the tagger did not read those tokens as a name of type `kind` (a
    /// rule gave the span its type). Written without indexing that could panic, which keeps it
    /// small in the wasm.
    pub fn of_span(
        &self,
        first: usize,
        last: usize,
        kind: ModelType,
    ) -> Option<[i32; TYPES.len()]> {
        let tags = self.tags.get(first..last).filter(|t| !t.is_empty())?;
        if !tags
            .iter()
            .all(|&t| split_tag(t).is_some_and(|(ty, _)| ty == kind.index()))
        {
            return None;
        }
        let emit = self.emit.get(first * model::NTAGS..last * model::NTAGS)?;
        let before = (!*self.starts.get(first)?)
            .then(|| self.tags.get(first.wrapping_sub(1)).copied())
            .flatten();
        let after = (!*self.ends.get(last - 1)?)
            .then(|| self.tags.get(last).copied())
            .flatten();
        let mut out = [0; TYPES.len()];
        for (ty, o) in out.iter_mut().enumerate() {
            *o = self.retyped(emit, ty, before, after);
        }
        Some(out)
    }

    /// The score of a span's tokens (`emit`, their rows) read as one name of type `ty`, between
    /// the tags `before` and `after` it (`None`: the sentence's edge). Not inlined (nor unrolled
    /// per type): smaller in the wasm.
    #[inline(never)]
    fn retyped(&self, emit: &[i32], ty: usize, before: Option<usize>, after: Option<usize>) -> i32 {
        let w = self.w;
        let step = |a: Option<usize>, b: Option<usize>| -> i32 {
            match (a, b) {
                (Some(a), Some(b)) => w.trans.get(a * model::NTAGS + b),
                (None, Some(b)) => w.start.get(b),
                (Some(a), None) => w.end.get(a),
                (None, None) => None,
            }
            .copied()
            .unwrap_or(0)
        };
        let n = emit.len() / model::NTAGS;
        let (mut prev, mut score) = (before, 0);
        for (k, row) in emit.chunks_exact(model::NTAGS).enumerate() {
            let part = match (k == 0, k + 1 == n) {
                (true, true) => Part::Unit,
                (true, false) => Part::Begin,
                (false, true) => Part::Last,
                (false, false) => Part::Inside,
            };
            let t = model::tag(ty, part);
            score += row.get(t).copied().unwrap_or(0) + step(prev, Some(t));
            prev = Some(t);
        }
        score + step(prev, after)
    }
}

/// `tag_document`, with the scores behind the spans.
pub fn tag_with_evidence<'w>(
    doc: &Doc,
    w: &'w Weights,
    gazetteer: &Gazetteer,
) -> (Vec<TaggedSpan>, Evidence<'w>) {
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
    let (mut starts, mut ends) = (vec![false; tags.len()], vec![false; tags.len()]);
    for s in &doc.sentences {
        if !s.tokens.is_empty() {
            starts[s.tokens.start] = true;
            ends[s.tokens.end - 1] = true;
        }
    }
    (
        spans,
        Evidence {
            emit,
            tags,
            starts,
            ends,
            w,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tagger_s_own_reading_of_a_name_scores_highest() {
        let w = weights().expect("model");
        let g = Gazetteer::builtin();
        let text = "Chancellor Olaf Scholz met Emmanuel Macron in Paris on Monday. The Foreign \
                    Ministry said Scholz and Macron spoke about Airbus, Siemens and the \
                    European Union.\nBERLIN 2024-03-04\nGermany beat France 2-1.";
        let doc = Doc::new(text);
        let (spans, evidence) = tag_with_evidence(&doc, w, g);
        assert!(spans.len() >= 8, "{spans:?}");
        for s in &spans {
            let scores = evidence
                .of_span(s.first, s.last, s.kind)
                .unwrap_or_else(|| panic!("no evidence for {}", s.text(&doc)));
            // Viterbi chose this type with everything around it fixed: no other type of the
            // same tokens reads the sentence better.
            let own = scores[s.kind.index()];
            assert!(
                scores.iter().all(|&x| x <= own),
                "{} {scores:?}",
                s.text(&doc)
            );
            // Another type than the tagger's is a rule's: no evidence.
            let other = ModelType::ALL[(s.kind.index() + 1) % TYPES.len()];
            assert_eq!(evidence.of_span(s.first, s.last, other), None);
        }
    }
}
