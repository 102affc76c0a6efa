//! An acronym that the article spells out (`World Health Organisation (WHO)`) is a mention of
//! that name wherever it appears, even where the tagger let it pass.
//!
//! The initials come from the article's own organizations and places of two words or more; a
//! line in capitals (a headline) is left alone, since every word there looks like an acronym.

use super::spans::{add_spans, tagged_tokens};
use crate::entities::tagger::model::ModelType;
use crate::entities::tagger::TaggedSpan;
use crate::text::{Doc, TokenKind};

/// `World Health Organisation (WHO)` … `WHO says`: an acronym that an article spells out is a
/// mention of that name wherever it appears, even where the tagger let it pass. Only untagged
/// all-capital words of two or more letters outside all-capital lines are added.
pub(super) fn acronyms_of_spelled_out_names(doc: &Doc, spans: &mut Vec<TaggedSpan>) {
    // Each acronym's first span, by index (the crate's map type for strings, `crate::maps`).
    let mut acronyms: crate::maps::WordKeyed<u32> = Default::default();
    for (k, s) in spans
        .iter()
        .enumerate()
        .filter(|(_, s)| matches!(s.kind, ModelType::Org | ModelType::Loc) && s.last - s.first >= 2)
    {
        let initials: String = (s.first..s.last)
            .map(|i| doc.token_text(i))
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .filter_map(|w| w.chars().next())
            .collect();
        if initials.chars().count() >= 2 {
            acronyms.entry(initials).or_insert(k as u32);
        }
    }
    if acronyms.is_empty() {
        return;
    }
    let tagged = tagged_tokens(doc, spans);
    let word = |i: usize| doc.tokens[i].kind == TokenKind::Word;
    let all_caps = |i: usize| {
        let w = doc.token_text(i);
        w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase)
    };
    let mut added = Vec::new();
    for sentence in &doc.sentences {
        let candidates: Vec<(usize, ModelType)> = sentence
            .tokens
            .clone()
            .filter(|&i| !tagged[i] && word(i) && all_caps(i))
            .filter_map(|i| {
                acronyms
                    .get(doc.token_text(i))
                    .map(|&k| (i, spans[k as usize].kind))
            })
            .collect();
        if candidates.is_empty() {
            continue;
        }
        // A line in capitals (a headline) is no place to read acronyms.
        let words = sentence.tokens.clone().filter(|&j| word(j)).count();
        let caps = sentence
            .tokens
            .clone()
            .filter(|&j| word(j) && all_caps(j))
            .count();
        if (caps - 1) * 2 < words {
            added.extend(candidates.into_iter().map(|(i, kind)| TaggedSpan {
                first: i,
                last: i + 1,
                kind,
            }));
        }
    }
    add_spans(spans, added);
}

#[cfg(test)]
mod tests {
    use crate::entities::tests::names;

    #[test]
    fn an_acronym_the_article_spells_out_is_a_mention_everywhere() {
        let t = "The World Health Organisation (WHO) published new advice. WHO says most countries fall short.";
        assert_eq!(
            names(t)
                .iter()
                .filter(|(n, l)| n == "WHO" && *l == "ORG")
                .count(),
            2,
            "{:?}",
            names(t)
        );
        let shouting =
            "WHO WILL PAY FOR THE NEW BRIDGE\nThe World Health Organisation met on Monday.";
        assert!(
            !names(shouting).iter().any(|(n, _)| n == "WHO"),
            "{:?}",
            names(shouting)
        );
    }
}
