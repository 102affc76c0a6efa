//! Titles stay outside names (GUIDELINES): `Chancellor Olaf Scholz` is the person `Olaf Scholz`,
//! `Secretary of State` names no entity, and what the tagger leaves of a title before a person
//! (`Shadow Home`) is no name.
//!
//! A title is a word of the gazetteer's `person_title` list or of
//! `words/titles_not_in_the_gazetteer.txt`; `is_title` is the one test of it, shared with the
//! rule that splits people off organizations.

use crate::entities::tagger::gazetteer::Gazetteer;
use crate::entities::tagger::model::ModelType;
use crate::entities::tagger::TaggedSpan;
use crate::entities::words;
use crate::maps::HashKeyed;
use crate::text::Doc;

/// `Chancellor Olaf Scholz` → `Olaf Scholz` (PERSON): the guidelines keep titles out of names.
/// A title is dropped only when a capitalized name follows and the span is not headed like an
/// organization (`Foreign Ministry`, `Doctor Who Society of Canada` stay whole), holds no
/// organization word (`Major League Baseball`) and is not headed like a place
/// (`Sheikh Lotfollah Mosque`, `Admiral Street`, `Queen Creek`: named after a title-holder).
pub(super) fn strip_titles(doc: &Doc, spans: &mut [TaggedSpan], gazetteer: &Gazetteer) {
    for s in spans.iter_mut() {
        let head = doc.token_text(s.head(doc));
        if s.last - s.first < 2
            || gazetteer.is(head, "place_word")
            || words::facility_heads().contains(&head)
            || (s.first..s.last).any(|i| gazetteer.is(doc.token_text(i), "org_word"))
        {
            continue;
        }
        let mut first = s.first;
        while first + 1 < s.last && is_title(gazetteer, doc.token_text(first)) {
            first += 1;
        }
        let capitalized = doc
            .token_text(first)
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        if first > s.first && capitalized {
            s.first = first;
            s.kind = ModelType::Per;
        }
    }
}

/// A title before a name (`Senator`, `Legislator`), which the name's span leaves out.
pub(super) fn is_title(gazetteer: &Gazetteer, word: &str) -> bool {
    words::titles_not_in_the_gazetteer().contains(&word) || gazetteer.is(word, "person_title")
}

/// `Secretary of State`, `Governor of Texas`: a title with its `of` is no name (GUIDELINES: titles
/// stay outside names). What follows `of` stays only where it is a known place on its own
/// (`Texas`); `State` or `Defense` after a title names no entity.
pub(super) fn drop_titles_with_of(doc: &Doc, spans: &mut Vec<TaggedSpan>, gazetteer: &Gazetteer) {
    spans.retain_mut(|s| {
        let titled = s.last - s.first >= 3
            && is_title(gazetteer, doc.token_text(s.first))
            && doc.token_text(s.first + 1) == "of";
        if !titled {
            return true;
        }
        s.first += 2;
        let rest = s.text(doc);
        let place = gazetteer.is_place(rest);
        if place {
            s.kind = ModelType::Loc;
        }
        place
    });
}

/// `Shadow Home` (Secretary Joan Ashby), `Emeritus` (Professor Alan Pryce): what the
/// tagger leaves of a title before a person's name is no name. A span made only of titles and
/// their qualifiers, followed (past any further title words) by a person, is dropped.
pub(super) fn drop_title_remnants(doc: &Doc, spans: &mut Vec<TaggedSpan>, gazetteer: &Gazetteer) {
    let title_word = |i: usize| {
        let w = doc.token_text(i);
        words::title_qualifiers().contains(&w) || is_title(gazetteer, w)
    };
    // A set: the crate's numeric map type (`crate::maps`), its values unused.
    let person_starts: HashKeyed<u32> = spans
        .iter()
        .filter(|s| s.kind == ModelType::Per)
        .map(|s| (s.first as u64, 0))
        .collect();
    spans.retain(|s| {
        if !(s.first..s.last).all(title_word) {
            return true;
        }
        let mut next = s.last;
        while next < doc.tokens.len() && title_word(next) {
            next += 1;
        }
        !person_starts.contains_key(&(next as u64))
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::tagger::gazetteer::Gazetteer;
    use crate::entities::tagger::model::ModelType::{Loc, Org, Per};
    use crate::entities::tests::{has, names, span_of, texts};
    use crate::text::Doc;

    #[test]
    fn titles_stay_outside_the_name() {
        let t = "President Joe Biden met Chancellor Olaf Scholz in Berlin on Tuesday.";
        assert!(has(t, "Joe Biden", "PERSON"), "{:?}", names(t));
        assert!(has(t, "Olaf Scholz", "PERSON"), "{:?}", names(t));
        assert!(has(t, "Berlin", "PLACE"), "{:?}", names(t));
    }

    #[test]
    fn an_administrator_or_a_brigadier_is_a_title() {
        let t = "Administrator Dana Whitcombe said the agency would review the rule. \
                 Brigadier Owen Larkspur commanded the garrison.";
        assert!(has(t, "Dana Whitcombe", "PERSON"), "{:?}", names(t));
        assert!(has(t, "Owen Larkspur", "PERSON"), "{:?}", names(t));
    }

    #[test]
    fn a_title_does_not_cut_into_an_organization_headed_before_of() {
        let t = "The Doctor Who Society of Canada met in Toronto.";
        assert!(
            has(t, "Doctor Who Society of Canada", "ORG"),
            "{:?}",
            names(t)
        );
    }

    #[test]
    fn places_and_leagues_named_with_a_title_keep_it() {
        let t = "They prayed at Sheikh Harun Mosque, drove down Admiral Street, moved to Queen \
                 Creek and watched Major League Baseball; Senator Ann Holt came too.";
        let doc = Doc::new(t);
        let mut spans = vec![
            span_of(&doc, "Sheikh", 3, Loc),
            span_of(&doc, "Admiral", 2, Loc),
            span_of(&doc, "Queen", 2, Loc),
            span_of(&doc, "Major", 3, Org),
            span_of(&doc, "Senator", 3, Per),
        ];
        strip_titles(&doc, &mut spans, Gazetteer::builtin());
        assert_eq!(
            texts(&doc, &spans),
            [
                "Sheikh Harun Mosque",
                "Admiral Street",
                "Queen Creek",
                "Major League Baseball",
                "Ann Holt"
            ]
        );
    }

    #[test]
    fn a_title_with_of_is_no_name() {
        let g = Gazetteer::builtin();
        let doc = Doc::new("Anna Berg, the Secretary of State, met the Governor of Texas.");
        let mut spans = vec![
            span_of(&doc, "Secretary", 3, Loc),
            span_of(&doc, "Governor", 3, Org),
        ];
        drop_titles_with_of(&doc, &mut spans, g);
        let texts: Vec<(&str, ModelType)> = spans.iter().map(|s| (s.text(&doc), s.kind)).collect();
        assert_eq!(texts, [("Texas", Loc)]);
    }

    #[test]
    fn what_is_left_of_a_title_is_no_name() {
        let t = "Labour's Shadow Home Secretary Joan Ashby agreed, and so did Emeritus Professor \
                 Alan Pryce.";
        let found = names(t);
        assert!(has(t, "Joan Ashby", "PERSON"), "{found:?}");
        assert!(has(t, "Alan Pryce", "PERSON"), "{found:?}");
        for remnant in ["Shadow", "Home", "Emeritus"] {
            assert!(
                !found.iter().any(|(n, _)| n.contains(remnant)),
                "{remnant}: {found:?}"
            );
        }
    }

    #[test]
    fn a_title_is_cut_from_the_person_it_opens() {
        let g = Gazetteer::builtin();
        let doc = Doc::new("Chancellor Olaf Scholz visited the Foreign Ministry.");
        let mut spans = vec![
            span_of(&doc, "Chancellor", 3, Org),
            span_of(&doc, "Foreign", 2, Org),
        ];
        strip_titles(&doc, &mut spans, g);
        assert_eq!(texts(&doc, &spans), ["Olaf Scholz", "Foreign Ministry"]);
        assert_eq!(spans[0].kind, Per);
        assert_eq!(spans[1].kind, Org);
    }
}
