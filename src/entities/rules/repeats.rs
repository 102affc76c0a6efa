//! A one-word name the article names again where the tagger saw none. Encyclopedias open
//! sentences with their subject (`Harrowgate is a district of Leeds. … Harrowgate became …`), and
//! the tagger, trained on news wire, reads an unknown capitalized word opening a sentence as a
//! common word more often than not.

use super::spans::{add_spans, capitalized_word, tagged_tokens};
use crate::entities::tagger::model::ModelType;
use crate::entities::tagger::TaggedSpan;
use crate::entities::words::{self, WordList};
use crate::text::Doc;

/// `Harrowgate is a district of Leeds. … Harrowgate became …` → the second `Harrowgate` a
/// place: a capitalized word under no span, standing alone (no capitalized word, hyphen or
/// possessive beside it; a person's name not after `the`), that the article has as a one-word
/// PERSON, ORG or PLACE elsewhere, always of one kind, is that name again, of that kind. Not a function word or a month (`May`), nor a word the article also writes in lower
/// case (`Rose` and `rose`).
#[inline(never)]
pub(super) fn names_found_elsewhere(doc: &Doc, spans: &mut Vec<TaggedSpan>) {
    // Each one-word name with its kind, MISC where the tagger wavers (`Scientology` once a
    // place, then MISC: an added mention would decide the cluster's vote), and whether a
    // candidate below is of it. A word with lower-case letters and no digit:
    // acronyms and codes (`L2`, `DKK`) the tagger marks once and rightly leaves elsewhere stay
    // out. The first `MAX_NAMES` only, so that the scans below stay linear in the text (and a
    // plain list costs less wasm than a map).
    const MAX_NAMES: usize = 64;
    let mut found: Vec<(&str, ModelType, bool)> = Vec::new();
    for s in spans.iter().filter(|s| s.last - s.first == 1) {
        let text = s.text(doc);
        if !text.bytes().any(|b| b.is_ascii_lowercase()) || text.bytes().any(|b| b.is_ascii_digit())
        {
            continue;
        }
        let full = found.len() >= MAX_NAMES;
        match found.iter_mut().find(|(t, _, _)| *t == text) {
            Some(seen) if seen.1 != s.kind => seen.1 = ModelType::Misc,
            Some(_) => {}
            None if !full => found.push((text, s.kind, false)),
            None => {}
        }
    }
    if !found.iter().any(|f| f.1 != ModelType::Misc) {
        return;
    }
    let tagged = tagged_tokens(doc, spans);
    let n = doc.tokens.len();
    // No capitalized word, hyphen or possessive beside it (`Dublin-born`, `Jansher's`).
    let beside =
        |j: usize| capitalized_word(doc, j) || matches!(doc.token_text(j), "-" | "’s" | "'s");
    // The candidates, with the index of their name in `found`.
    let mut added: Vec<(TaggedSpan, usize)> = Vec::new();
    for i in 0..n {
        if tagged[i]
            || !capitalized_word(doc, i)
            || i > 0 && beside(i - 1)
            || i + 1 < n && beside(i + 1)
        {
            continue;
        }
        let word = doc.token_text(i);
        let Some(at) = found.iter().position(|f| f.0 == word) else {
            continue;
        };
        let kind = found[at].1;
        let common = |list: &WordList| list.contains_ignoring_ascii_case(word);
        // `the Hartley family`: a person's name after `the` names a family or a thing.
        let family = kind == ModelType::Per && i > 0 && doc.token_text(i - 1) == "the";
        if kind != ModelType::Misc
            && !family
            && !common(words::function_words())
            && !common(words::months())
        {
            let span = TaggedSpan {
                first: i,
                last: i + 1,
                kind,
            };
            found[at].2 = true;
            added.push((span, at));
        }
    }
    if added.is_empty() {
        return;
    }
    // `Rose` opening a sentence and `rose` in the next: a common word, named only by chance.
    // Only the names with candidates are looked for (few: the scan stays linear).
    let mut lower = vec![false; found.len()];
    for i in 0..n {
        let w = doc.token_text(i);
        if w.starts_with(|c: char| c.is_ascii_lowercase()) {
            for (k, f) in found.iter().enumerate() {
                lower[k] |= f.2 && f.0.len() == w.len() && f.0.eq_ignore_ascii_case(w);
            }
        }
    }
    let added = added
        .into_iter()
        .filter(|&(_, at)| !lower[at])
        .map(|(span, _)| span)
        .collect();
    add_spans(spans, added);
}

#[cfg(test)]
mod tests {
    use crate::entities::tests::{has, names};

    #[test]
    fn a_name_opening_a_later_sentence_is_the_same_name() {
        let t = "Harrowgate is a district in the north of Leeds. It lies beside the river. \
                 Harrowgate became a centre for printing in the 1900s.";
        let found: Vec<_> = names(t)
            .into_iter()
            .filter(|(n, l)| n == "Harrowgate" && *l == "PLACE")
            .collect();
        assert_eq!(found.len(), 2, "{:?}", names(t));
    }

    #[test]
    fn a_common_word_written_in_lower_case_too_is_not_added() {
        let t = "Rose said the Will of the people mattered. Will it rose? Rose rose again.";
        assert!(!has(t, "Will", "PERSON"), "{:?}", names(t));
    }
}
