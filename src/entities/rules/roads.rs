//! Roads by their numbers. Encyclopedia and travel pages name roads by letter and number (`the
//! M1 northbound`, `the A64`, `the A4 motorway`), which CoNLL-2003 and GUM mark as places; the
//! tagger, which saw few of them, reads them as organizations or misses them.

use super::spans::add_spans;
use crate::entities::tagger::model::ModelType;
use crate::entities::tagger::TaggedSpan;
use crate::entities::words;
use crate::text::{Doc, TokenKind};

/// `M1`, `A64`, `A1M`, `B1234`: a capital A, B or M, one to four digits, at most a trailing `M`
/// (a motorway stretch). Bytes only: the question comes at every token.
fn road_number(word: &str) -> bool {
    let b = word.as_bytes();
    // The first byte first: it rules out nearly every word.
    if !matches!(b.first(), Some(b'A' | b'B' | b'M')) || b.len() < 2 {
        return false;
    }
    let digits = b.len() - usize::from(b.len() > 2 && b[b.len() - 1] == b'M');
    digits - 1 <= 4 && b[1..digits].iter().all(u8::is_ascii_digit)
}

/// `the A4 motorway`, `take the M1 northbound … then the A64` → PLACE. A road number followed by
/// a road word (`words/road_words.txt`) is a road, and once one is, so is every road number of
/// the article after `the` or a bracket (`the A614 and the M18`, `Ring Road (A1237)`). Without
/// that word nothing changes: `M1` is a money supply in a results table, `the A380` an airliner.
/// A number the tagger read inside a longer name is left to that name.
pub(super) fn road_numbers_are_places(doc: &Doc, spans: &mut Vec<TaggedSpan>) {
    let word = |i: usize| doc.tokens[i].kind == TokenKind::Word && road_number(doc.token_text(i));
    let road_word =
        |i: usize| i < doc.tokens.len() && words::road_words().contains(&doc.token_text(i));
    let numbers: Vec<usize> = (0..doc.tokens.len()).filter(|&i| word(i)).collect();
    if !numbers.iter().any(|&i| road_word(i + 1)) {
        return;
    }
    let mut added = Vec::new();
    for i in numbers {
        let after = i > 0 && matches!(doc.token_text(i - 1), "the" | "The" | "(");
        if !(road_word(i + 1) || after) {
            continue;
        }
        match spans.iter_mut().find(|s| s.first <= i && i < s.last) {
            Some(s) if s.first == i && s.last == i + 1 => s.kind = ModelType::Loc,
            Some(_) => {}
            None => added.push(TaggedSpan {
                first: i,
                last: i + 1,
                kind: ModelType::Loc,
            }),
        }
    }
    add_spans(spans, added);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::tagger::model::ModelType::Org;
    use crate::entities::tests::{has, names, span_of};

    #[test]
    fn road_numbers_are_places_once_the_article_shows_roads() {
        let t = "From the south, take the M6 northbound to junction 40, then the A66 east. \
                 The A591 and the B5289 run along the lakes.";
        for road in ["M6", "A66", "A591", "B5289"] {
            assert!(has(t, road, "PLACE"), "{road}: {:?}", names(t));
        }
        let t = "The old A30 road was widened after the crash.";
        assert!(has(t, "A30", "PLACE"), "{:?}", names(t));
    }

    #[test]
    fn numbers_without_a_road_stay_what_they_were() {
        let t = "Airlines ordered the A380 and the B747 for the new route.";
        let doc = Doc::new(t);
        let mut spans = vec![span_of(&doc, "A380", 1, Org), span_of(&doc, "B747", 1, Org)];
        road_numbers_are_places(&doc, &mut spans);
        assert_eq!(spans.len(), 2);
        assert!(spans.iter().all(|s| s.kind == Org));
    }
}
