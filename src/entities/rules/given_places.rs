//! People whose given name is also a place: `Orlando Bloom`, `Victoria Azarenka`, `Cleveland
//! Abbe`, `Florence Pugh`.
//!
//! In CoNLL-2003 a known city before an unknown capitalized word is most often a club or a news
//! desk (`Sydney Tigers`, `Sheffield Wednesday`, `Sydney Newsroom`: 20 such gold names are ORG
//! against 26 people, most of those `Van …`), so the tagger reads such a name as an organization
//! or a place, or cuts it into a place and a person. Off Reuters, in biographies and on the arts
//! and sports pages, the pair is a person far more often.

use super::spans::title_case;
use crate::entities::tagger::gazetteer::Gazetteer;
use crate::entities::tagger::model::ModelType;
use crate::entities::tagger::TaggedSpan;
use crate::entities::words;
use crate::text::Doc;

/// Gazetteer classes that a surname is not (a city or a given name it may be: `Hamilton`,
/// `Hall`).
const NOT_A_SURNAME: &[&str] = &[
    "country",
    "region",
    "continent",
    "demonym",
    "org",
    "org_word",
    "place_word",
    "person_title",
    "caption_word",
];

/// Street words that no facility list holds (`Florence Place`).
const STREETS: &[&str] = &["Place", "Lane", "Drive", "Terrace", "Square", "Way"];

/// `Orlando Bloom` read as an organization or a place, and `Florence` | `Pugh` read as a place
/// and a person, are one person: a given name that is also a place, then one title-case word
/// that is no place, no plural (`Sydney Tigers`) and no head of a facility, group, company or
/// paper (`Florence Avenue`, `Cleveland Orchestra`, `Denver Post`, `Victoria Hall`), the two not
/// known together. Train-only models of seeds 0–9 (2026-12-07): held-out gum-open +0.12
/// (`Isabel Ruiz`), conll-dev, gum-news and the example article unchanged on every seed; a
/// probe of 32 such sentences 86.8 → 91.1.
pub(super) fn people_with_place_given_names(
    doc: &Doc,
    spans: &mut Vec<TaggedSpan>,
    gazetteer: &Gazetteer,
) {
    // Not a continent (`Asia Minor`).
    let given = |i: usize| {
        let w = doc.token_text(i);
        title_case(w)
            && gazetteer.is(w, "first_name")
            && gazetteer.is_place(w)
            && !gazetteer.is(w, "continent")
    };
    let surname = |i: usize| {
        let w = doc.token_text(i);
        title_case(w)
            && !w.ends_with('s')
            && !gazetteer.is_any(w, NOT_A_SURNAME)
            && !STREETS.contains(&w)
            && ![
                words::facility_heads(),
                words::facility_heads_also_surnames(),
                words::group_heads(),
                words::company_heads(),
                words::media_heads(),
            ]
            .iter()
            .any(|list| list.contains(&w))
    };
    let person = |first: usize| {
        given(first)
            && surname(first + 1)
            && gazetteer.classes_of(&doc.text[doc.tokens[first].start..doc.tokens[first + 1].end])
                == 0
    };
    for s in spans.iter_mut() {
        if matches!(s.kind, ModelType::Org | ModelType::Loc)
            && s.last - s.first == 2
            && person(s.first)
        {
            s.kind = ModelType::Per;
        }
    }
    // A place and a person one space apart.
    let mut k = 0;
    while k + 1 < spans.len() {
        let (a, b) = (spans[k], spans[k + 1]);
        let one_space = doc.tokens[b.first].start == doc.tokens[a.first].end + 1
            && doc.text.as_bytes()[doc.tokens[a.first].end] == b' ';
        if matches!(a.kind, ModelType::Loc | ModelType::Org)
            && b.kind != ModelType::Misc
            && a.last - a.first == 1
            && b.last - b.first == 1
            && b.first == a.last
            && one_space
            && person(a.first)
        {
            spans[k].last = b.last;
            spans[k].kind = ModelType::Per;
            spans.remove(k + 1);
        }
        k += 1;
    }
}

#[cfg(test)]
mod tests {
    use crate::entities::tests::{has, names};

    #[test]
    fn a_person_whose_given_name_is_a_place_is_a_person() {
        for (t, person) in [
            (
                "Orlando Bloom and Kent Nagano attended the gala in Vienna.",
                "Orlando Bloom",
            ),
            (
                "Victoria Azarenka reached the semi-finals in Indian Wells.",
                "Victoria Azarenka",
            ),
            (
                "Cleveland Abbe was an American meteorologist.",
                "Cleveland Abbe",
            ),
        ] {
            assert!(has(t, person, "PERSON"), "{t}: {:?}", names(t));
        }
    }

    #[test]
    fn clubs_streets_and_papers_named_after_places_stay() {
        for (t, name, label) in [
            (
                "The Sydney Tigers beat Canterbury 24-12.",
                "Sydney Tigers",
                "ORG",
            ),
            (
                "The Cleveland Orchestra played Mahler.",
                "Cleveland Orchestra",
                "ORG",
            ),
        ] {
            assert!(has(t, name, label), "{t}: {:?}", names(t));
        }
    }

    #[test]
    fn a_place_and_a_person_one_space_apart_are_one_person() {
        use crate::entities::tagger::gazetteer::Gazetteer;
        use crate::entities::tagger::model::ModelType;
        use crate::entities::tests::{span_of, texts};
        use crate::text::Doc;
        let doc = Doc::new("Florence Pugh was born in Oxford.");
        let mut spans = vec![
            span_of(&doc, "Florence", 1, ModelType::Loc),
            span_of(&doc, "Pugh", 1, ModelType::Per),
        ];
        super::people_with_place_given_names(&doc, &mut spans, Gazetteer::builtin());
        assert_eq!(texts(&doc, &spans), ["Florence Pugh"]);
        assert_eq!(spans[0].kind, ModelType::Per);
    }
}
