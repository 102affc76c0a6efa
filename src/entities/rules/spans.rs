//! Small readings that several rules share: how a word is written, which tokens the spans
//! already cover, and how spans found outside the tagger join its own.

use crate::entities::tagger::TaggedSpan;
use crate::text::{Doc, TokenKind};
use std::ops::Range;

/// A word token that starts with a capital letter.
pub(super) fn capitalized_word(doc: &Doc, i: usize) -> bool {
    doc.tokens[i].kind == TokenKind::Word
        && doc
            .token_text(i)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
}

/// `Gloria`, `Trump`: a capital and then lower-case letters only.
pub(super) fn title_case(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().skip(1).all(char::is_lowercase)
}

/// Per token of `doc`: whether one of `spans` covers it.
pub(super) fn tagged_tokens(doc: &Doc, spans: &[TaggedSpan]) -> Vec<bool> {
    let mut tagged = vec![false; doc.tokens.len()];
    for s in spans {
        tagged[s.first..s.last].iter_mut().for_each(|t| *t = true);
    }
    tagged
}

/// Adds names found outside the tagger's spans, keeping `spans` in text order.
pub(super) fn add_spans(spans: &mut Vec<TaggedSpan>, added: Vec<TaggedSpan>) {
    if !added.is_empty() {
        spans.extend(added);
        crate::sort::by_key(spans, |s| s.first as u64);
    }
}

/// The lists among `spans`: runs of spans in text order, each joined to the one before by a
/// comma, `and`, `or` or `, and` (`Tempe, Glendale, and Chandler`), as indexes into
/// `spans` in text order (`order`) and the ranges of `order` they take.
pub(super) fn lists(doc: &Doc, spans: &[TaggedSpan]) -> (Vec<usize>, Vec<Range<usize>>) {
    let joined = |a: &TaggedSpan, b: &TaggedSpan| {
        let conjunction = |i: usize| matches!(doc.token_text(i), "and" | "or");
        match b.first.checked_sub(a.last) {
            Some(1) => doc.token_text(a.last) == "," || conjunction(a.last),
            Some(2) => doc.token_text(a.last) == "," && conjunction(a.last + 1),
            _ => false,
        }
    };
    let mut order: Vec<usize> = (0..spans.len()).collect();
    crate::sort::by_key(&mut order, |&i| spans[i].first as u64);
    let mut runs = Vec::new();
    let mut start = 0;
    while start < order.len() {
        let mut end = start + 1;
        while end < order.len() && joined(&spans[order[end - 1]], &spans[order[end]]) {
            end += 1;
        }
        runs.push(start..end);
        start = end;
    }
    (order, runs)
}
