//! Gold tags over the crate's own tokens, and the features and gold of every article
//! prepared for training.

use newsmark::entities::tagger::features::{Extractor, Features};
use newsmark::entities::tagger::model::{tag, Part, NTAGS, OUTSIDE};
use newsmark::text::Doc;

use crate::corpus::Article;

/// Tokens `first..last` of `doc` that lie within bytes `s..e`.
fn tokens_within(doc: &Doc, s: usize, e: usize) -> std::ops::Range<usize> {
    let first = doc.token_at_or_after(s);
    let mut last = first;
    while last < doc.tokens.len() && doc.tokens[last].end <= e {
        last += 1;
    }
    first..last
}

/// Tokens of `doc` that overlap bytes `s..e`.
fn tokens_touching(doc: &Doc, s: usize, e: usize) -> std::ops::Range<usize> {
    let first = doc.tokens.partition_point(|t| t.end <= s);
    let last = doc.tokens.partition_point(|t| t.start < e);
    first..last.max(first)
}

/// Per token, the tags training may take as gold, as a bit set: one tag where the gold settles
/// it, all inside `masks`. `None` where every token has one tag (as in CoNLL).
pub fn allowed_tags(doc: &Doc, gold: &[usize], masks: &[(usize, usize)]) -> Option<Vec<u32>> {
    if masks.is_empty() {
        return None;
    }
    let mut allowed: Vec<u32> = gold.iter().map(|&t| 1 << t).collect();
    for &(s, e) in masks {
        for i in tokens_touching(doc, s, e) {
            allowed[i] = (1 << NTAGS) - 1;
        }
    }
    Some(allowed)
}

/// Gold BILOU tags over the crate's tokens of `doc`.
pub fn gold_tags(doc: &Doc, names: &[(usize, usize, usize)]) -> Vec<usize> {
    let mut tags = vec![OUTSIDE; doc.tokens.len()];
    for &(s, e, ty) in names {
        let r = tokens_within(doc, s, e);
        let (first, last) = (r.start, r.end);
        match last - first {
            0 => {}
            1 => tags[first] = tag(ty, Part::Unit),
            _ => {
                tags[first] = tag(ty, Part::Begin);
                for t in &mut tags[first + 1..last - 1] {
                    *t = tag(ty, Part::Inside);
                }
                tags[last - 1] = tag(ty, Part::Last);
            }
        }
    }
    tags
}

pub struct Prepared {
    pub features: Features,
    pub sentences: Vec<std::ops::Range<usize>>,
    pub gold: Vec<usize>,
    /// Where the gold leaves a choice (`allowed_tags`).
    pub allowed: Option<Vec<u32>>,
}

/// Features and gold tags of every article; with `history` (first-pass tags per article), the
/// second-pass features.
pub fn prepare(arts: &[Article], ex: &Extractor, history: Option<&[Vec<usize>]>) -> Vec<Prepared> {
    arts.iter()
        .enumerate()
        .map(|(k, a)| {
            let doc = Doc::new(&a.text);
            let mut next = 0;
            for s in &doc.sentences {
                assert_eq!(s.tokens.start, next, "sentences must tile the tokens");
                next = s.tokens.end;
            }
            assert_eq!(next, doc.tokens.len());
            let h = history.map(|h| h[k].as_slice());
            let gold = gold_tags(&doc, &a.names);
            Prepared {
                features: ex.extract(&doc, h),
                sentences: doc.sentences.iter().map(|s| s.tokens.clone()).collect(),
                allowed: allowed_tags(&doc, &gold, &a.masks),
                gold,
            }
        })
        .collect()
}
