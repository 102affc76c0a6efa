//! One span that is two names of different kinds: places joined by a hyphen (`US-China`), a
//! lawmaker's party letter and state (`R-Texas`), a company or club "of" a place (`Kia Motor
//! Corp of South Korea`), a person or a role run on after an organization (`NASA Bill Ingalls`,
//! `Museum of Flight CEO`).
//!
//! A span is split only where each part is vouched for by the gazetteer or by the name's own
//! form, so that `Rolls-Royce` and `Bank of England` stay whole.

use super::spans::{capitalized_word, title_case};
use super::titles::is_title;
use crate::entities::tagger::gazetteer::Gazetteer;
use crate::entities::tagger::model::ModelType;
use crate::entities::tagger::TaggedSpan;
use crate::entities::words;
use crate::text::Doc;

/// `Rolling Stones headlined Glastonbury Festival` → `Rolling Stones`, `Glastonbury Festival`: a
/// lower-case word between two capitalized words of a span is a verb or a common noun the tagger
/// ran on over, unless it is a connector or a name's particle (`words/name_particles.txt`: `and`,
/// `for`, `van`, `dello`). Words of one or two letters (`of`, `de`, `wa`), words with a hyphen,
/// an apostrophe or a capital (`self-rule`, `iPhone`) and words beside a lower-case one
/// (`Centro de investigación CITIC`) stay, and so does a word before the span's last word when
/// that word is a facility or organization head (`Summer land Hotel`): the lone head would be no
/// name. Both parts keep the span's type.
pub(super) fn split_at_lowercase_words(
    doc: &Doc,
    spans: &mut Vec<TaggedSpan>,
    gazetteer: &Gazetteer,
) {
    let lone_head = |i: usize| {
        let w = doc.token_text(i);
        words::facility_heads().contains(&w) || gazetteer.is(w, "org_word")
    };
    let breaks = |i: usize, last: usize| {
        let w = doc.token_text(i);
        w.chars().count() >= 3
            && w.chars().all(char::is_lowercase)
            && capitalized_word(doc, i - 1)
            && capitalized_word(doc, i + 1)
            && !words::name_particles().contains(&w)
            && !(i + 2 == last && lone_head(i + 1))
    };
    let mut out = Vec::with_capacity(spans.len());
    for s in spans.iter() {
        let mut first = s.first;
        for i in s.first + 1..s.last.saturating_sub(1) {
            if breaks(i, s.last) {
                out.push(TaggedSpan {
                    first,
                    last: i,
                    kind: s.kind,
                });
                first = i + 1;
            }
        }
        out.push(TaggedSpan {
            first,
            last: s.last,
            kind: s.kind,
        });
    }
    *spans = out;
}

/// `PDK, LVS and FRP`, `Skyvane, Orlo Air, Tessway`, `Halvard Savings Bank, Trondmere`: an
/// organization the tagger ran on over a comma is a list of names, where every word of the span
/// is capitalized (no `of`, no ordinal: `University of California, Berkeley` and `2nd
/// Battalion, Royal Welch Fusiliers` stay whole), no `&` joins a firm's partners and no
/// corporate ending follows the comma (`Halvard, Inc.`). Each part keeps the span's kind; a
/// city after the comma is made a place by the rules below.
pub(super) fn split_organizations_at_commas(doc: &Doc, spans: &mut Vec<TaggedSpan>) {
    let mut out = Vec::with_capacity(spans.len());
    for s in spans.iter() {
        let comma = |i: usize| doc.token_text(i) == ",";
        let listed = s.kind == ModelType::Org
            && (s.first + 1..s.last).any(comma)
            && (s.first..s.last).all(|i| comma(i) || capitalized_word(doc, i))
            && (s.first + 1..s.last).all(|i| {
                !comma(i)
                    || i + 1 < s.last
                        && !words::corporate_endings().contains_ignoring_ascii_case(
                            doc.token_text(i + 1).trim_end_matches('.'),
                        )
            });
        if !listed {
            out.push(*s);
            continue;
        }
        let mut first = s.first;
        for i in s.first..=s.last {
            if i == s.last || comma(i) {
                out.push(TaggedSpan {
                    first,
                    last: i,
                    kind: s.kind,
                });
                first = i + 1;
            }
        }
    }
    *spans = out;
}

/// `US-China`, `Russia-Ukraine`: names joined by a hyphen are separate places (the training
/// corpus tags such pairs as one MISC span). Only pairs whose every part is a known place are
/// split, so `Rolls-Royce` stays whole; a MISC name that such a pair opens gives just the places.
/// A party letter before a state in brackets (`(R-Texas)`) leaves the state.
pub(super) fn split_hyphenated_places(
    doc: &Doc,
    spans: &mut Vec<TaggedSpan>,
    gazetteer: &Gazetteer,
) {
    let is_place = |i: usize| gazetteer.is_place(doc.token_text(i));
    let mut out = Vec::with_capacity(spans.len());
    for s in spans.iter() {
        // `(R-Texas)`, `(D-New York)`: a lawmaker's party letter and state; the state is the place.
        let party_and_state = s.first > 0
            && s.last - s.first >= 3
            && doc.token_text(s.first - 1) == "("
            && matches!(doc.token_text(s.first), "R" | "D" | "I")
            && doc.token_text(s.first + 1) == "-"
            && gazetteer
                .is_place(&doc.text[doc.tokens[s.first + 2].start..doc.tokens[s.last - 1].end]);
        if party_and_state {
            out.push(TaggedSpan {
                first: s.first + 2,
                last: s.last,
                kind: ModelType::Loc,
            });
            continue;
        }
        // `U.S.-PRC Talks`, `Russia-Ukraine War` (MISC): the places of the pair, and no event.
        let mut end = s.first + 1;
        while end + 1 < s.last && doc.token_text(end) == "-" && is_place(end + 1) {
            end += 2;
        }
        if s.kind == ModelType::Misc && end > s.first + 1 && end < s.last && is_place(s.first) {
            out.extend((s.first..end).step_by(2).map(|i| TaggedSpan {
                first: i,
                last: i + 1,
                kind: ModelType::Loc,
            }));
            continue;
        }
        let parts: Vec<usize> = (s.first..s.last)
            .filter(|&i| doc.token_text(i) == "-")
            .collect();
        let words_ok =
            !parts.is_empty() && (s.first..s.last).all(|i| doc.token_text(i) == "-" || is_place(i));
        let alternating = (s.first..s.last)
            .enumerate()
            .all(|(k, i)| (k % 2 == 1) == (doc.token_text(i) == "-"))
            && (s.last - s.first) % 2 == 1;
        if words_ok && alternating {
            for i in (s.first..s.last).step_by(2) {
                out.push(TaggedSpan {
                    first: i,
                    last: i + 1,
                    kind: ModelType::Loc,
                });
            }
        } else {
            out.push(*s);
        }
    }
    *spans = out;
}

/// `Halvard Motor Corp of New Zealand` → `Halvard Motor Corp` + `New Zealand`, `Lyngby of Denmark` →
/// `Lyngby` + `Denmark`: an organization "of" a known place is a company (its name ends in a
/// corporate word) or a one-word club, and the place is a name of its own. Not `Bank of England`
/// or `Duke of Alba`, whose word before `of` is no name without its complement.
pub(super) fn split_organizations_of_places(
    doc: &Doc,
    spans: &mut Vec<TaggedSpan>,
    gazetteer: &Gazetteer,
) {
    let mut out: Vec<TaggedSpan> = Vec::with_capacity(spans.len());
    for s in spans.iter() {
        let of = (s.first + 1..s.last.saturating_sub(1)).find(|&i| doc.token_text(i) == "of");
        if let (ModelType::Org, Some(of)) = (s.kind, of) {
            let place = if doc.token_text(of + 1).eq_ignore_ascii_case("the") {
                of + 2
            } else {
                of + 1
            };
            let before = doc.token_text(of - 1);
            let company = words::corporate_endings()
                .contains(&crate::text::case::lower_str(before.trim_end_matches('.')).as_str());
            let one_word_name = of == s.first + 1
                && title_case(before)
                && !gazetteer.is_any(before, &["org_word", "place_word", "person_title"]);
            let known = place < s.last
                && gazetteer
                    .is_place(&doc.text[doc.tokens[place].start..doc.tokens[s.last - 1].end]);
            if known && (company || one_word_name) {
                out.push(TaggedSpan {
                    first: s.first,
                    last: of,
                    kind: ModelType::Org,
                });
                out.push(TaggedSpan {
                    first: place,
                    last: s.last,
                    kind: ModelType::Loc,
                });
                continue;
            }
        }
        out.push(*s);
    }
    *spans = out;
}

/// `Northern Rivers region of New South Wales` → `Northern Rivers` + `New South Wales`,
/// `Apennines of central Italy` → `Apennines` + `Italy`: a place "of" the larger place it lies
/// in is two places, where the tagger read one place or organization. Split where a region's
/// noun stands before `of` or a compass word after it (`PLACE_NOUNS`, `COMPASS`). No gold name of
/// CoNLL-2003 or GUM read as a place or an organization is so split, but one central bank
/// written with a lower-case `bank`, which the nouns leave whole (`Merrow savings bank of
/// Kestland`); `Federal Republic of Kestland` has neither.
const PLACE_NOUNS: &[&str] = &[
    "region",
    "district",
    "province",
    "county",
    "area",
    "part",
    "parish",
    "municipality",
];
const COMPASS: &[&str] = &[
    "central", "northern", "southern", "eastern", "western", "north", "south", "east", "west",
    "upper", "lower", "coastal", "rural",
];

pub(super) fn split_places_within_places(doc: &Doc, spans: &mut Vec<TaggedSpan>) {
    let mut k = 0;
    while k < spans.len() {
        let s = spans[k];
        k += 1;
        let of = (s.first + 1..s.last.saturating_sub(1)).find(|&i| doc.token_text(i) == "of");
        let (ModelType::Loc | ModelType::Org, Some(of)) = (s.kind, of) else {
            continue;
        };
        let mut right = of + 1;
        while right < s.last && COMPASS.contains(&doc.token_text(right)) {
            right += 1;
        }
        let mut left = of;
        while left > s.first && PLACE_NOUNS.contains(&doc.token_text(left - 1)) {
            left -= 1;
        }
        if (right > of + 1 || left < of)
            && right < s.last
            && left > s.first
            && capitalized_word(doc, right)
        {
            spans[k - 1].last = left;
            spans[k - 1].kind = ModelType::Loc;
            let outer = TaggedSpan {
                first: right,
                last: s.last,
                kind: ModelType::Loc,
            };
            spans.insert(k, outer);
            k += 1;
        }
    }
}

/// `NASA Bill Ingalls` → `NASA` + `Bill Ingalls`, `Museum of Flight CEO` → `Museum of Flight`: a
/// span that ends in a known first name and a capitalized word after an acronym or organization
/// word is a name followed by a person (photo credits, run-on captions), whether the tagger read
/// it as an organization, a place or one person (then the front is an organization); an
/// organization or place span that ends in a role drops it.
pub(super) fn split_trailing_people_and_roles(
    doc: &Doc,
    spans: &mut Vec<TaggedSpan>,
    gazetteer: &Gazetteer,
) {
    let mut out = Vec::with_capacity(spans.len());
    for s in spans.iter() {
        let mut s = *s;
        if matches!(s.kind, ModelType::Org | ModelType::Loc | ModelType::Per) {
            while s.kind != ModelType::Per
                && s.last - s.first >= 2
                && words::trailing_roles().contains(&doc.token_text(s.last - 1))
            {
                s.last -= 1;
            }
            let len = s.last - s.first;
            if len >= 3 {
                let (given, family) = (s.last - 2, s.last - 1);
                let person = gazetteer.is(doc.token_text(given), "first_name")
                    && capitalized_word(doc, family)
                    && !gazetteer.is(doc.token_text(family), "org_word")
                    && !gazetteer.is(doc.token_text(family), "place_word")
                    && (s.first..given).all(|i| {
                        doc.token_text(i) != "of"
                            && doc.token_text(i) != "&"
                            && doc.token_text(i) != "and"
                    })
                    && !is_title(gazetteer, doc.token_text(given - 1));
                if person
                    && (gazetteer.is(doc.token_text(given - 1), "org_word")
                        || doc
                            .token_text(given - 1)
                            .chars()
                            .all(|c| c.is_ascii_uppercase()))
                {
                    out.push(TaggedSpan {
                        first: s.first,
                        last: given,
                        kind: if s.kind == ModelType::Per {
                            ModelType::Org
                        } else {
                            s.kind
                        },
                    });
                    out.push(TaggedSpan {
                        first: given,
                        last: s.last,
                        kind: ModelType::Per,
                    });
                    continue;
                }
            }
        }
        out.push(s);
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
    fn organizations_listed_with_commas_are_separate_names() {
        let doc = Doc::new(
            "The pact of the PDK, LVS and FRP was signed; Skyvane, Orlo Air and Tessway fly there.",
        );
        let mut spans = vec![
            span_of(&doc, "PDK", 3, Org),
            span_of(&doc, "Skyvane", 4, Org),
        ];
        split_organizations_at_commas(&doc, &mut spans);
        assert_eq!(texts(&doc, &spans), ["PDK", "LVS", "Skyvane", "Orlo Air"]);
    }

    #[test]
    fn a_name_with_a_comma_of_its_own_stays_whole() {
        let doc = Doc::new(
            "She studied at the University of Kestland, Harwick, then joined Ambry, Inc. and the \
             3rd Battalion, Kestrel Rifles.",
        );
        let mut spans = vec![
            span_of(&doc, "University", 5, Org),
            span_of(&doc, "Ambry", 3, Org),
            span_of(&doc, "3rd", 5, Org),
        ];
        let before = texts(&doc, &spans);
        split_organizations_at_commas(&doc, &mut spans);
        assert_eq!(texts(&doc, &spans), before);
    }

    #[test]
    fn a_name_run_on_over_a_lower_case_word_is_two_names() {
        let doc = Doc::new(
            "The Tidewater Owls headlined Marlow Festival, and Harlan Voss joined Kestrel Records.",
        );
        let mut spans = vec![
            span_of(&doc, "Tidewater", 5, Misc),
            span_of(&doc, "Harlan", 5, Org),
        ];
        split_at_lowercase_words(&doc, &mut spans, Gazetteer::builtin());
        assert_eq!(
            texts(&doc, &spans),
            [
                "Tidewater Owls",
                "Marlow Festival",
                "Harlan Voss",
                "Kestrel Records"
            ]
        );
    }

    #[test]
    fn connectors_and_particles_stay_inside_names() {
        let doc = Doc::new(
            "Anneke van der Berg read Gazzetta dello Sport at the Institute for Coastal Studies \
             of the Palestinian self-rule Authority beside Centro de investigación Marino \
             and the Harbour view Hotel, then sailed to Alphen aan Rijn for Partij voor Dieren.",
        );
        let mut spans = vec![
            span_of(&doc, "Anneke", 4, Per),
            span_of(&doc, "Gazzetta", 3, Org),
            span_of(&doc, "Institute", 4, Org),
            span_of(&doc, "Palestinian", 4, Org),
            span_of(&doc, "Centro", 4, Org),
            span_of(&doc, "Harbour", 3, Loc),
            span_of(&doc, "Alphen", 3, Loc),
            span_of(&doc, "Partij", 3, Org),
        ];
        let before = spans.clone();
        split_at_lowercase_words(&doc, &mut spans, Gazetteer::builtin());
        assert_eq!(spans, before);
    }

    #[test]
    fn a_band_before_its_verb_is_no_longer_one_span_with_the_festival() {
        let t = "The Rolling Stones headlined Glastonbury Festival in 2013.";
        assert!(
            names(t).iter().all(|(n, _)| !n.contains("headlined")),
            "{:?}",
            names(t)
        );
    }

    #[test]
    fn hyphenated_pairs_are_two_names() {
        let t = "The US-China talks and the Russia-Ukraine war dominated the summit in Tokyo.";
        for p in ["US", "China", "Russia", "Ukraine", "Tokyo"] {
            assert!(has(t, p, "PLACE"), "{p}: {:?}", names(t));
        }
    }

    #[test]
    fn a_lawmakers_state_after_the_party_letter_is_the_place() {
        let t =
            "Senator Kay Bailey Hutchison (R-Texas) said so, as did Chuck Schumer (D-New York).";
        let found = names(t);
        assert!(has(t, "Texas", "PLACE"), "{found:?}");
        assert!(has(t, "New York", "PLACE"), "{found:?}");
        assert!(
            !found
                .iter()
                .any(|(n, _)| n.starts_with("R-") || n.starts_with("D-")),
            "{found:?}"
        );
    }

    #[test]
    fn a_company_or_club_of_a_place_gives_two_names() {
        let doc = Doc::new("Parts came from Halvard Motor Corp of New Zealand, and Lyngby of Denmark beat the Bank of England team.");
        let mut spans = vec![
            span_of(&doc, "Halvard", 6, Org),
            span_of(&doc, "Lyngby", 3, Org),
            span_of(&doc, "Bank", 3, Org),
        ];
        split_organizations_of_places(&doc, &mut spans, Gazetteer::builtin());
        assert_eq!(
            texts(&doc, &spans),
            [
                "Halvard Motor Corp",
                "New Zealand",
                "Lyngby",
                "Denmark",
                "Bank of England"
            ]
        );
        assert_eq!(
            spans.iter().map(|s| s.kind).collect::<Vec<_>>(),
            [Org, Loc, Org, Loc, Org]
        );
    }

    #[test]
    fn a_person_read_with_the_agency_before_her_is_split_off() {
        let t = "Photo: NASA Joan Ingalls.";
        let doc = Doc::new(t);
        let mut spans = vec![span_of(&doc, "NASA", 3, Per)];
        split_trailing_people_and_roles(&doc, &mut spans, Gazetteer::builtin());
        assert_eq!(texts(&doc, &spans), ["NASA", "Joan Ingalls"]);
        assert_eq!([spans[0].kind, spans[1].kind], [Org, Per]);
        // A person's own three names stay one.
        let t = "Photo: Mary Joan Ingalls.";
        let doc = Doc::new(t);
        let mut spans = vec![span_of(&doc, "Mary", 3, Per)];
        split_trailing_people_and_roles(&doc, &mut spans, Gazetteer::builtin());
        assert_eq!(texts(&doc, &spans), ["Mary Joan Ingalls"]);
    }

    #[test]
    fn a_person_glued_after_an_organization_is_split_off() {
        let t = "The shuttle lifts off from its pad. Photo: NASA Bill Ingalls.\nThe Museum of Aviation CEO said the crowd was the largest yet.";
        assert!(has(t, "NASA", "ORG"), "{:?}", names(t));
        assert!(has(t, "Bill Ingalls", "PERSON"), "{:?}", names(t));
        assert!(
            !names(t).iter().any(|(n, _)| n.ends_with("CEO")),
            "{:?}",
            names(t)
        );
    }

    #[test]
    fn a_pair_of_places_opening_an_event_name_gives_the_places() {
        // The pair opens an event name the tagger calls MISC: only the places remain.
        let g = Gazetteer::builtin();
        let doc = Doc::new("The Russia-Ukraine War goes on.");
        let mut spans = vec![span_of(&doc, "Russia", 4, Misc)];
        split_hyphenated_places(&doc, &mut spans, g);
        let texts: Vec<(&str, ModelType)> = spans.iter().map(|s| (s.text(&doc), s.kind)).collect();
        assert_eq!(texts, [("Russia", Loc), ("Ukraine", Loc)]);
    }

    #[test]
    fn a_place_of_the_place_it_lies_in_is_two_places() {
        let t = "The Tarrow Hills region of New South Wales borders the Orvelines of central \
                 Italy, the Federal Republic of Kestland and the Gulf of Tessar.";
        let doc = Doc::new(t);
        let mut spans = vec![
            span_of(&doc, "Tarrow", 7, Loc),
            span_of(&doc, "Orvelines", 4, Org),
            span_of(&doc, "Federal", 4, Loc),
            span_of(&doc, "Gulf", 3, Loc),
        ];
        split_places_within_places(&doc, &mut spans);
        assert_eq!(
            texts(&doc, &spans),
            [
                "Tarrow Hills",
                "New South Wales",
                "Orvelines",
                "Italy",
                "Federal Republic of Kestland",
                "Gulf of Tessar"
            ]
        );
        assert!(spans.iter().all(|s| s.kind == Loc));
        // A bank's lower-case noun is no region's.
        let doc = Doc::new("He joined the Merrow savings bank of Kestland.");
        let mut spans = vec![span_of(&doc, "Merrow", 5, Org)];
        split_places_within_places(&doc, &mut spans);
        assert_eq!(texts(&doc, &spans), ["Merrow savings bank of Kestland"]);
        // In running text, where the tagger read one organization.
        let t = "Monte Corvo rises in the Orvelines of central Italy.";
        assert!(has(t, "Italy", "PLACE"), "{:?}", names(t));
    }
}
