//! Two names joined by `and` or `for` that the tagger read as one (`Environment Agency and
//! Natural England`, `BBC Wales for Sky News`), while one name keeps its connector
//! (`Harland and Wolff`, `Department of Health and Human Services`, `Institute for Fiscal
//! Studies`).
//!
//! A span is cut only where the words before the connector already make a complete name of two
//! words or more: they end in a head (`Agency`, `Road`, `Records`, `Division`; not one of
//! `words/shared_heads.txt`: `Guangdong Post and Telecommunications Administration`), a
//! known place (`University of Cambridge`, `BBC Scotland`) or a number (`Channel 4`). After
//! `and` the words after it must be a name of two words or more too; `for` keeps a name whose
//! last word is an organization's (`Institute`, `Foundation`) or that opens with a title
//! (`Secretary of State for Health`), which `join_organizations_with_for` and the title rules
//! read.

use super::spans::capitalized_word;
use super::titles::is_title;
use crate::entities::tagger::gazetteer::Gazetteer;
use crate::entities::tagger::TaggedSpan;
use crate::entities::words;
use crate::text::Doc;

/// Whether `word` ends a name on its own: a head word or a known place.
fn complete_ending(gazetteer: &Gazetteer, word: &str) -> bool {
    if words::shared_heads().contains(&word) {
        return false;
    }
    word.bytes().all(|b| b.is_ascii_digit())
        || gazetteer.is_any(word, &["org_word", "place_word"])
        || gazetteer.is_place(word)
        || words::facility_heads().contains(&word)
        || words::company_heads().contains(&word)
        || words::group_heads().contains(&word)
}

/// Whether the words `first..last` are a name's words: capitalized, or short particles (`of`,
/// `the`, `&`). `Radio instruments for Ocean` is a description, not a name.
fn name_words(doc: &Doc, first: usize, last: usize) -> bool {
    (first..last).all(|i| capitalized_word(doc, i) || doc.token_text(i).len() <= 3)
}

/// `Tottenham Court Road and Canary Wharf`, `University of Cambridge and Loughborough
/// University`, `Radio Scotland for Sky Arts` → two names each, of the span's type.
pub(super) fn split_coordinated_names(
    doc: &Doc,
    spans: &mut Vec<TaggedSpan>,
    gazetteer: &Gazetteer,
) {
    if !spans.iter().any(|s| s.last - s.first >= 4) {
        return;
    }
    let n = doc.tokens.len();
    let number = |i: usize| i < n && doc.token_text(i).bytes().all(|b| b.is_ascii_digit());
    let mut out = Vec::with_capacity(spans.len());
    for (k, s) in spans.iter().enumerate() {
        let mut s = *s;
        // `Channel` + `4` after the span: the tagger stopped before the number of `Channel 4`.
        let free_number = number(s.last)
            && doc.tokens[s.last - 1].end < doc.tokens[s.last].start
            && doc.sentence_of_token(s.last) == doc.sentence_of_token(s.first)
            && spans.get(k + 1).is_none_or(|t| t.first > s.last);
        let mut first = s.first;
        // Connector at `i`: at least two words before it and one (`for`) or two (`and`) after.
        let mut i = first + 2;
        while i + 1 < s.last {
            let word = doc.token_text(i);
            let (left, right) = (i - first, s.last - i - 1);
            let head = doc.token_text(first);
            // `University of Cambridge and Loughborough University`: one head, two names.
            let same_head = gazetteer.is(head, "org_word") && doc.token_text(s.last - 1) == head;
            let cut = match word {
                "and" => right >= 2 || free_number,
                "for" => right >= 1 && !gazetteer.is(doc.token_text(i - 1), "org_word"),
                _ => false,
            } && left >= 2
                && capitalized_word(doc, i + 1)
                && (complete_ending(gazetteer, doc.token_text(i - 1))
                    || word == "and" && same_head)
                && name_words(doc, first, s.last)
                && !is_title(gazetteer, head);
            if cut {
                out.push(TaggedSpan {
                    first,
                    last: i,
                    kind: s.kind,
                });
                if right == 1 && word == "and" && free_number {
                    s.last += 1;
                }
                first = i + 1;
                i = first + 2;
            } else {
                i += 1;
            }
        }
        out.push(TaggedSpan { first, ..s });
    }
    *spans = out;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::tagger::model::ModelType::{Loc, Org};
    use crate::entities::tests::{has, span_of, texts};

    #[test]
    fn two_complete_names_joined_by_and_or_for_are_split() {
        let doc = Doc::new(
            "The Coastal Agency and Natural Wessex met at Marlow Road and Quill Wharf. \
             Ada Penn left Radio Scotland for Harbour News and joined the University of Redlake \
             and Tamworth University, then Radio Scotland and Channel 4.",
        );
        let mut spans = vec![
            span_of(&doc, "Coastal", 5, Org),
            span_of(&doc, "Marlow", 5, Loc),
            span_of(&doc, "Radio", 5, Org),
            span_of(&doc, "University", 6, Org),
            span_of(&doc, "then", 5, Org),
        ];
        spans[4].first += 1;
        split_coordinated_names(&doc, &mut spans, Gazetteer::builtin());
        assert_eq!(
            texts(&doc, &spans),
            [
                "Coastal Agency",
                "Natural Wessex",
                "Marlow Road",
                "Quill Wharf",
                "Radio Scotland",
                "Harbour News",
                "University of Redlake",
                "Tamworth University",
                "Radio Scotland",
                "Channel 4"
            ]
        );
    }

    #[test]
    fn one_name_with_its_connector_stays_whole() {
        let doc = Doc::new(
            "Harland and Wolff, the Department of Health and Human Services, the Institute \
             for Fiscal Studies, the Secretary of State for Health and Trinidad and Tobago.",
        );
        let mut spans = vec![
            span_of(&doc, "Harland", 3, Org),
            span_of(&doc, "Department", 6, Org),
            span_of(&doc, "Institute", 4, Org),
            span_of(&doc, "Secretary", 5, Org),
            span_of(&doc, "Trinidad", 3, Loc),
        ];
        let before = spans.clone();
        split_coordinated_names(&doc, &mut spans, Gazetteer::builtin());
        assert_eq!(spans, before);
    }

    #[test]
    fn the_broadcasters_someone_worked_for_are_two_names() {
        let t = "Orla Fenwick moved from Radio Scotland for Sky Arts to the Royal Navy and \
                 Royal Air Force.";
        assert!(has(t, "Radio Scotland", "ORG"));
        assert!(has(t, "Royal Navy", "ORG"));
        assert!(has(t, "Royal Air Force", "ORG"));
    }
}
