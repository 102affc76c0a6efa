//! Names the tagger cut in two, joined again: a given name split at its hyphen (`Lee Cheuk` + `-yan`), a head word that takes an
//! `of` or `for` complement (`Department of State`, `Institute for Fiscal Studies`), a
//! nationality that opens an organization's name (`Saudi Interior Ministry`), a saint's name cut
//! at its possessive (`St John` + `Wood`).
//!
//! Each rule joins neighbours only, across no more than the words that link them, and only where
//! the gazetteer or the head word vouches for the whole.

use super::spans::capitalized_word;
use crate::entities::tagger::gazetteer::Gazetteer;
use crate::entities::tagger::model::ModelType;
use crate::entities::tagger::TaggedSpan;
use crate::entities::words;
use crate::text::Doc;

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

/// `Greaves` + `-Lyle Productions` → `Greaves-Lyle Productions`, `Wright` + `-Patterson Air
/// Force Base`: a name of two words or more that the tagger opened just after a hyphen written
/// without spaces takes in the capitalized word glued before it (round 28), where that word is
/// in no other span, no known place (`US-China …` is two names) and no prefix (`Ex-`, `Pro-`).
pub(super) fn extend_names_over_leading_hyphens(
    doc: &Doc,
    spans: &mut [TaggedSpan],
    gazetteer: &Gazetteer,
) {
    let mut free_from = 0;
    for s in spans.iter_mut() {
        let before = free_from;
        free_from = s.last;
        if s.last - s.first < 2 || s.first < 2 || s.first - 2 < before {
            continue;
        }
        let (word, hyphen) = (s.first - 2, s.first - 1);
        let glued = doc.tokens[word].end == doc.tokens[hyphen].start
            && doc.tokens[hyphen].end == doc.tokens[s.first].start;
        let text = doc.token_text(word);
        if glued
            && doc.token_text(hyphen) == "-"
            && capitalized_word(doc, word)
            && (word == 0 || doc.tokens[word - 1].end < doc.tokens[word].start)
            && !matches!(text, "Ex" | "Pro" | "Anti" | "Non" | "Pre" | "Post")
            && !gazetteer.is_place(text)
        {
            s.first = word;
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

/// `San` + `Teodoro de Ulla` → `San Teodoro de Ulla`, `Saint-` + `Aubin-sur-Loire` →
/// `Saint-Aubin-sur-Loire`: a place named after a saint, whose `San`, `Santa` or `São` the
/// tagger left out or read as a name of its own (at a sentence's start, where a capital says
/// little), or whose `Saint` glued by a hyphen it cut off. The word joins the name after it; a
/// `San …` read as a person is a place (in CoNLL-2003 and GUM, 29 gold names opening with `San`
/// are places, 19 organizations, 1 a person), a hyphenated `Saint-…` keeps the tagger's kind
/// (`Saint-Saëns` is a person).
pub(super) fn join_saints_to_places(doc: &Doc, spans: &mut Vec<TaggedSpan>) {
    let mut out: Vec<TaggedSpan> = Vec::with_capacity(spans.len());
    for s in spans.iter() {
        let glued = |a: usize, b: usize| doc.tokens[a].end == doc.tokens[b].start;
        // The saint's word directly before the span, by a space or a glued hyphen.
        let opener =
            if s.first >= 1 && matches!(doc.token_text(s.first - 1), "San" | "Santa" | "São") {
                Some((s.first - 1, true))
            } else if s.first >= 2
                && matches!(doc.token_text(s.first - 2), "Saint" | "Sainte")
                && doc.token_text(s.first - 1) == "-"
                && glued(s.first - 2, s.first - 1)
                && glued(s.first - 1, s.first)
            {
                Some((s.first - 2, false))
            } else {
                None
            };
        let Some((at, spanish)) = opener else {
            out.push(*s);
            continue;
        };
        // The word is free, or a one-word name of its own the tagger left before the span.
        let own = out
            .last()
            .is_some_and(|p| p.first == at && p.last == at + 1);
        if out.last().is_some_and(|p| p.last > at) && !own {
            out.push(*s);
            continue;
        }
        if own {
            out.pop();
        }
        let kind = if spanish && s.kind == ModelType::Per {
            ModelType::Loc
        } else {
            s.kind
        };
        out.push(TaggedSpan {
            first: at,
            last: s.last,
            kind,
        });
    }
    *spans = out;
    join_saints_places_across_particles(doc, spans);
}

/// `Santa Rita do Sul`, `São Pedro das Águas`, `San Blas de la Vega`: a saint's place whose name
/// goes on after `de`, `do`, `da`, `dos`, `das` or `del` (and `la`, `los`, `las`), which the
/// tagger cuts at the particle into two names (a person, an organization). The saint's part,
/// the particles and the capitalized words after them are one place; only two organizations
/// stay one (a club, `San Telmo de Vigo`).
fn join_saints_places_across_particles(doc: &Doc, spans: &mut Vec<TaggedSpan>) {
    let n = doc.tokens.len();
    // A short lower-case particle in `d` (`de`, `do`, `das`, `del`), then one in `l` (`la`).
    let particle = |i: usize, c: char| {
        i < n && doc.token_text(i).len() <= 3 && doc.token_text(i).starts_with(c)
    };
    let mut k = 0;
    while k < spans.len() {
        let s = spans[k];
        k += 1;
        let mut at = s.last;
        if !matches!(doc.token_text(s.first), "San" | "Santa" | "Santo" | "São")
            || !particle(at, 'd')
        {
            continue;
        }
        at += 1 + particle(at + 1, 'l') as usize;
        let (last, org) = match spans.get(k).copied() {
            Some(t) if t.first == at => (spans.remove(k).last, t.kind == ModelType::Org),
            _ => {
                let mut last = at;
                while last < n && capitalized_word(doc, last) {
                    last += 1;
                }
                (last, false)
            }
        };
        if last > at {
            spans[k - 1].last = last;
            if !(org && s.kind == ModelType::Org) {
                spans[k - 1].kind = ModelType::Loc;
            }
        }
    }
}

/// `St John's Wood`, `St Paul's Cathedral`, `Saint Peter's Square`: a saint's name with its
/// possessive opens a longer name, which the tagger cuts at the possessive (`St John` + `Wood`,
/// even as two types). The saint, the possessive, the capitalized word after it and the span
/// that word opens are one name, of the type of its first part; the label rules after this one read its head.
pub(super) fn join_saints_possessives(doc: &Doc, spans: &mut Vec<TaggedSpan>) {
    let n = doc.tokens.len();
    let saint = |i: usize| matches!(doc.token_text(i), "St" | "St." | "Saint" | "Ste");
    let possessive = |i: usize| matches!(doc.token_text(i), "’s" | "'s");
    let mut k = 0;
    while k < spans.len() {
        let s = spans[k];
        // The tagger's span opens with the saint or with the name after an untagged `St`.
        let i = if saint(s.first) {
            s.first
        } else if s.first > 0 && saint(s.first - 1) && (k == 0 || spans[k - 1].last < s.first) {
            s.first - 1
        } else {
            k += 1;
            continue;
        };
        let joins = s.last <= i + 3
            && i + 3 < n
            && capitalized_word(doc, i + 1)
            && possessive(i + 2)
            && capitalized_word(doc, i + 3);
        if !joins {
            k += 1;
            continue;
        }
        // The name runs on over the word after the possessive and the spans that start within it.
        let mut last = i + 4;
        let mut end = k + 1;
        while end < spans.len() && spans[end].first < last {
            last = last.max(spans[end].last);
            end += 1;
        }
        // What a saint's name possesses is a place or a body, never a person.
        let kind = if s.kind == ModelType::Per {
            ModelType::Loc
        } else {
            s.kind
        };
        spans[k] = TaggedSpan {
            first: i,
            last,
            kind,
        };
        spans.copy_within(end.., k + 1);
        spans.truncate(spans.len() - (end - k - 1));
        k += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::tagger::gazetteer::Gazetteer;
    use crate::entities::tagger::model::ModelType::{Loc, Misc, Org, Per};
    use crate::entities::tests::{has, names, span_of, texts};
    use crate::text::Doc;

    #[test]
    fn a_name_opened_after_a_glued_hyphen_takes_in_the_word_before_it() {
        // Round 28: the tagger began the studio's and the base's names after the hyphen.
        let doc = Doc::new(
            "Dorran-Pike Productions filmed at Castell-Brandt Air Base. Ex-Harlow Town captain \
             Ned Farr and the Paris-Lyon Express came later.",
        );
        let mut spans = vec![
            span_of(&doc, "Pike", 2, Org),
            span_of(&doc, "Brandt", 3, Loc),
            span_of(&doc, "Harlow", 2, Org),
            span_of(&doc, "Ned", 2, Per),
            span_of(&doc, "Lyon", 2, Misc),
        ];
        extend_names_over_leading_hyphens(&doc, &mut spans, Gazetteer::builtin());
        assert_eq!(
            texts(&doc, &spans),
            [
                "Dorran-Pike Productions",
                "Castell-Brandt Air Base",
                "Harlow Town",
                "Ned Farr",
                "Lyon Express"
            ]
        );
    }

    #[test]
    fn a_saints_name_with_its_possessive_opens_one_name() {
        let doc =
            Doc::new("She lived in St Anselm's Wood and sang at St. Brigid's Cathedral Choir.");
        let mut spans = vec![
            span_of(&doc, "St", 2, Loc),
            span_of(&doc, "Wood", 1, Per),
            span_of(&doc, "St.", 2, Org),
            span_of(&doc, "Cathedral", 2, Org),
        ];
        join_saints_possessives(&doc, &mut spans);
        assert_eq!(
            texts(&doc, &spans),
            ["St Anselm's Wood", "St. Brigid's Cathedral Choir"]
        );
        assert_eq!((spans[0].kind, spans[1].kind), (Loc, Org));
    }

    #[test]
    fn a_district_named_after_a_saint_is_one_place() {
        let t = "Abbey Road is in St John's Wood, London.";
        assert!(has(t, "St John's Wood", "PLACE"), "{:?}", names(t));
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

    #[test]
    fn a_saints_place_goes_on_after_its_particle() {
        let doc = Doc::new(
            "Santa Irene do Vale, São Paio das Pedras, San Blas de la Vega and San Telmo de Vigo.",
        );
        let mut spans = vec![
            span_of(&doc, "Santa", 2, Org),
            span_of(&doc, "Vale", 1, Per),
            span_of(&doc, "São", 2, Per),
            span_of(&doc, "Pedras", 1, Per),
            TaggedSpan {
                first: span_of(&doc, "Blas", 1, Per).first - 1,
                ..span_of(&doc, "Blas", 1, Per)
            },
            TaggedSpan {
                first: span_of(&doc, "Telmo", 1, Org).first - 1,
                ..span_of(&doc, "Telmo", 1, Org)
            },
            span_of(&doc, "Vigo", 1, Org),
        ];
        join_saints_to_places(&doc, &mut spans);
        assert_eq!(
            texts(&doc, &spans),
            [
                "Santa Irene do Vale",
                "São Paio das Pedras",
                "San Blas de la Vega",
                "San Telmo de Vigo"
            ]
        );
        let kinds: Vec<_> = spans.iter().map(|s| s.kind).collect();
        assert_eq!(kinds, [Loc, Loc, Loc, Org]);
        // In running text, at the start of a sentence.
        let t = "São Paio das Pedras is a village in the district of Braga.";
        assert!(has(t, "São Paio das Pedras", "PLACE"), "{:?}", names(t));
    }

    #[test]
    fn a_place_named_after_a_saint_keeps_its_saint() {
        let doc = Doc::new(
            "San Teodoro de Ulla lies inland; Saint-Aubin-sur-Loire and Saint-Saëns are not.",
        );
        let mut spans = vec![
            span_of(&doc, "San", 1, Misc),
            span_of(&doc, "Teodoro", 3, Per),
            span_of(&doc, "Aubin", 5, Loc),
            span_of(&doc, "Saëns", 1, Per),
        ];
        join_saints_to_places(&doc, &mut spans);
        assert_eq!(
            texts(&doc, &spans),
            [
                "San Teodoro de Ulla",
                "Saint-Aubin-sur-Loire",
                "Saint-Saëns"
            ]
        );
        let kinds: Vec<_> = spans.iter().map(|s| s.kind).collect();
        assert_eq!(kinds, [Loc, Loc, Per]);
        // In running text, at the start of a sentence.
        let t = "San Teodoro de Ulla is a municipality in the province of Pontevedra.";
        assert!(has(t, "San Teodoro de Ulla", "PLACE"), "{:?}", names(t));
    }
}
