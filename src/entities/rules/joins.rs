//! Names the tagger cut in two, joined again: a known place closed too early (`New South` +
//! `Wales`), a given name split at its hyphen (`Lee Cheuk` + `-yan`), a head word that takes an
//! `of` or `for` complement (`Department of State`, `Institute for Fiscal Studies`), a
//! nationality that opens an organization's name (`Saudi Interior Ministry`).
//!
//! Each rule joins neighbours only, across no more than the words that link them, and only where
//! the gazetteer or the head word vouches for the whole.

use crate::entities::tagger::gazetteer::Gazetteer;
use crate::entities::tagger::model::ModelType;
use crate::entities::tagger::TaggedSpan;
use crate::entities::words;
use crate::text::Doc;

/// `New South` + `Wales` → `New South Wales`: two names side by side that together are one
/// place the gazetteer knows are that place (the tagger, which never saw it, may close a name
/// on `South`).
pub(super) fn join_split_known_places(
    doc: &Doc,
    spans: &mut Vec<TaggedSpan>,
    gazetteer: &Gazetteer,
) {
    let mut out: Vec<TaggedSpan> = Vec::with_capacity(spans.len());
    for s in spans.iter() {
        if let Some(prev) = out.last_mut() {
            let spaced = prev.last == s.first
                && doc.tokens[s.first].start == doc.tokens[prev.last - 1].end + 1;
            if spaced
                && gazetteer
                    .is_place(&doc.text[doc.tokens[prev.first].start..doc.tokens[s.last - 1].end])
            {
                *prev = TaggedSpan {
                    first: prev.first,
                    last: s.last,
                    kind: ModelType::Loc,
                };
                continue;
            }
        }
        out.push(*s);
    }
    *spans = out;
}

/// `Lee Cheuk` + `-yan` → `Lee Cheuk-yan`: a person's name runs on through a hyphen written
/// without spaces (the tokenizer splits at hyphens).
pub(super) fn extend_hyphenated_names(doc: &Doc, spans: &mut [TaggedSpan]) {
    let n = doc.tokens.len();
    for k in 0..spans.len() {
        let s = spans[k];
        if s.kind != ModelType::Per || s.last + 1 >= n || doc.token_text(s.last) != "-" {
            continue;
        }
        let (hyphen, next) = (doc.tokens[s.last], doc.tokens[s.last + 1]);
        let glued = doc.tokens[s.last - 1].end == hyphen.start && hyphen.end == next.start;
        let lower = doc
            .token_text(s.last + 1)
            .chars()
            .next()
            .is_some_and(char::is_lowercase);
        let free = spans.get(k + 1).is_none_or(|t| t.first > s.last + 1);
        if glued && lower && free {
            spans[k].last = s.last + 2;
        }
    }
}

/// `People’s Republic` + `of` + `China` → one PLACE, `Department` + `of` + `State` → one ORG: a
/// name whose head word takes an `of` complement continues through it (GUIDELINES: the longer
/// name wins).
pub(super) fn join_names_with_of(doc: &Doc, spans: &mut Vec<TaggedSpan>, gazetteer: &Gazetteer) {
    let mut out: Vec<TaggedSpan> = Vec::with_capacity(spans.len());
    for s in spans.iter() {
        if let Some(prev) = out.last_mut() {
            let head = doc.token_text(prev.last - 1);
            let joins = prev.last + 1 == s.first
                && doc.token_text(prev.last) == "of"
                && prev.kind != ModelType::Misc
                && (gazetteer.is(head, "place_word") || gazetteer.is(head, "org_word"));
            if joins {
                prev.last = s.last;
                continue;
            }
        }
        out.push(*s);
    }
    *spans = out;
}

/// `Andy Warhol Foundation` + `for the` + `Visual Arts` → one ORG, like `Institute for Fiscal
/// Studies` or `Centers for Disease Control`: an organization whose name ends in an organization
/// word (`Foundation`, `Council`, `Institute`) continues through `for` (or `for the`) into the
/// name right after it. The tagger, which saw few such names, stops at `for`.
pub(super) fn join_organizations_with_for(
    doc: &Doc,
    spans: &mut Vec<TaggedSpan>,
    gazetteer: &Gazetteer,
) {
    let mut out: Vec<TaggedSpan> = Vec::with_capacity(spans.len());
    for s in spans.iter() {
        if let Some(prev) = out.last_mut() {
            let gap = s.first.saturating_sub(prev.last);
            let linked = prev.last < s.first
                && doc.token_text(prev.last) == "for"
                && (gap == 1 || gap == 2 && doc.token_text(prev.last + 1) == "the");
            let same_sentence = doc.sentence_of_token(prev.first) == doc.sentence_of_token(s.first);
            if linked
                && same_sentence
                && prev.kind == ModelType::Org
                && gazetteer.is(doc.token_text(prev.last - 1), "org_word")
            {
                prev.last = s.last;
                continue;
            }
        }
        out.push(*s);
    }
    *spans = out;
}

/// `Saudi` + `Interior Ministry` → `Saudi Interior Ministry` (ORG), `Indonesian Navy` (ORG): the
/// guidelines keep a nationality that opens an organization's name inside it (`U.S. State
/// Department`), where the tagger, trained on a corpus that splits them, leaves a NORP before
/// the ORG. Only a one-word nationality directly before an organization head is joined.
pub(super) fn join_nationality_to_organizations(
    doc: &Doc,
    spans: &mut Vec<TaggedSpan>,
    gazetteer: &Gazetteer,
) {
    let n = doc.tokens.len();
    let adjacent = |a: usize, b: usize| {
        b < n
            && doc.tokens[a].end + 1 >= doc.tokens[b].start
            && doc.sentence_of_token(a) == doc.sentence_of_token(b)
    };
    let mut out: Vec<TaggedSpan> = Vec::with_capacity(spans.len());
    let mut k = 0;
    while k < spans.len() {
        let s = spans[k];
        let nationality = s.kind == ModelType::Misc
            && s.last - s.first == 1
            && gazetteer.is(doc.token_text(s.first), "demonym");
        if nationality {
            if let Some(next) = spans.get(k + 1).filter(|t| {
                t.kind == ModelType::Org && t.first == s.last && adjacent(s.first, t.first)
            }) {
                if gazetteer.is(doc.token_text(next.head(doc)), "org_word") {
                    out.push(TaggedSpan {
                        first: s.first,
                        last: next.last,
                        kind: ModelType::Org,
                    });
                    k += 2;
                    continue;
                }
            }
            let free = spans.get(k + 1).is_none_or(|t| t.first > s.last);
            if free
                && adjacent(s.first, s.last)
                && words::national_bodies().contains(&doc.token_text(s.last))
            {
                out.push(TaggedSpan {
                    first: s.first,
                    last: s.last + 1,
                    kind: ModelType::Org,
                });
                k += 1;
                continue;
            }
        }
        out.push(s);
        k += 1;
    }
    *spans = out;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::tagger::gazetteer::Gazetteer;
    use crate::entities::tagger::model::ModelType::{Loc, Misc, Org, Per};
    use crate::entities::tests::{has, names, span_of, texts};
    use crate::text::Doc;

    #[test]
    fn a_place_the_tagger_cut_in_two_is_joined() {
        let g = Gazetteer::builtin();
        let doc = Doc::new("New South Wales is large.");
        let mut spans = vec![span_of(&doc, "New", 2, Loc), span_of(&doc, "Wales", 1, Loc)];
        join_split_known_places(&doc, &mut spans, g);
        assert_eq!(texts(&doc, &spans), ["New South Wales"]);
        assert!(has(
            "He moved to New South Wales, then Victoria.",
            "New South Wales",
            "PLACE"
        ));
    }

    #[test]
    fn a_persons_name_runs_on_through_a_glued_hyphen() {
        let doc = Doc::new("Lee Cheuk-yan met Hollis Cheuk-yan and Anna Berg - yes.");
        let mut spans = vec![
            span_of(&doc, "Lee", 2, Per),
            span_of(&doc, "Hollis", 2, Org),
            span_of(&doc, "Anna", 2, Per),
        ];
        extend_hyphenated_names(&doc, &mut spans);
        // Only a person's name, and only through a hyphen written without spaces into a lower-case
        // word.
        assert_eq!(
            texts(&doc, &spans),
            ["Lee Cheuk-yan", "Hollis Cheuk", "Anna Berg"]
        );
    }

    #[test]
    fn organizations_with_of() {
        let t = "A spokesman for the Department of State said the Bank of England and the University of Oslo had agreed.";
        for o in [
            "Department of State",
            "Bank of England",
            "University of Oslo",
        ] {
            assert!(has(t, o, "ORG"), "{o}: {:?}", names(t));
        }
    }

    #[test]
    fn organizations_continue_through_for() {
        let t =
            "The grant came from the Carlsen Foundation for the Performing Arts, a charity in Ohio.";
        assert!(
            has(t, "Carlsen Foundation for the Performing Arts", "ORG"),
            "{:?}",
            names(t)
        );
        let t = "Economists at the Institute for Fiscal Studies said the plan would cost more.";
        assert!(
            has(t, "Institute for Fiscal Studies", "ORG"),
            "{:?}",
            names(t)
        );
        let t = "Mr Olsen spoke for Denmark at the summit.";
        assert!(has(t, "Denmark", "PLACE"), "{:?}", names(t));
    }

    #[test]
    fn an_organization_word_joins_the_name_after_for_the() {
        let g = Gazetteer::builtin();
        let doc = Doc::new("A grant from the Carlsen Foundation for the Performing Arts arrived.");
        let mut spans = vec![
            span_of(&doc, "Carlsen", 2, Org),
            span_of(&doc, "Performing", 2, Misc),
        ];
        join_organizations_with_for(&doc, &mut spans, g);
        assert_eq!(spans.len(), 1, "{spans:?}");
        assert_eq!(
            texts(&doc, &spans),
            ["Carlsen Foundation for the Performing Arts"]
        );
        // A person is no organization word: `Anna Berg for the Greens` stays two names.
        let doc = Doc::new("Anna Berg for the Greens spoke first.");
        let mut spans = vec![
            span_of(&doc, "Anna", 2, Per),
            span_of(&doc, "Greens", 1, Org),
        ];
        join_organizations_with_for(&doc, &mut spans, g);
        assert_eq!(spans.len(), 2);
    }

    #[test]
    fn a_nationality_opening_an_organization_name_belongs_to_it() {
        let t = "The Saudi Interior Ministry said on Friday that the Indonesian Navy had rescued 40 fishermen.";
        assert!(has(t, "Saudi Interior Ministry", "ORG"), "{:?}", names(t));
        assert!(has(t, "Indonesian Navy", "ORG"), "{:?}", names(t));
    }

    #[test]
    fn a_head_word_that_takes_of_joins_the_name_after_it() {
        let g = Gazetteer::builtin();
        let doc = Doc::new("The Department of State and the Festival of Lights met.");
        let mut spans = vec![
            span_of(&doc, "Department", 1, Org),
            span_of(&doc, "State", 1, Org),
            span_of(&doc, "Festival", 1, Misc),
            span_of(&doc, "Lights", 1, Misc),
        ];
        join_names_with_of(&doc, &mut spans, g);
        // A MISC name does not run on through `of`.
        assert_eq!(
            texts(&doc, &spans),
            ["Department of State", "Festival", "Lights"]
        );
    }
}
