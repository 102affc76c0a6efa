//! Who is a person, read from what stands around a name: a list of full personal names
//! (`Tomas Verbeke, Julien Maes, and Pieter Claes`; and a list of places makes its
//! names places: `Tempe, Glendale, and Chandler`), a leader's name before
//! `administration` (`the Trump administration`), an apposition or an age (`Marit Sydney, an
//! Australian woman,`).
//!
//! Each rule leaves alone a name that the gazetteer knows as something else: coreference lets
//! one person's mention vote for every mention of the same surname.

use super::spans::{lists, title_case};
use crate::entities::tagger::gazetteer::Gazetteer;
use crate::entities::tagger::model::ModelType;
use crate::entities::tagger::TaggedSpan;
use crate::entities::words;
use crate::text::{Doc, TokenKind};
use std::cell::OnceCell;

/// Gazetteer classes of a name that make it something other than a person.
const KNOWN_AS_NOT_A_PERSON: &[&str] = &["org", "country", "city", "region"];

/// `Tomas Verbeke, Julien Maes, and Pieter Claes`: a two-word name listed among two or more
/// full personal names is a person too, where the tagger, on the sports pages, made it a club.
/// Names that the gazetteer or their last word place elsewhere (`Kia Motors`, `Hong Kong`) stay.
pub(super) fn people_listed_with_people(
    doc: &Doc,
    spans: &mut [TaggedSpan],
    gazetteer: &Gazetteer,
) {
    let (order, runs) = lists(doc, spans);
    for run in runs {
        let list = &order[run];
        let full_person = |s: &TaggedSpan| s.kind == ModelType::Per && s.last - s.first >= 2;
        let people = list.iter().filter(|&&i| full_person(&spans[i])).count();
        let odd_one = list.iter().copied().find(|&i| !full_person(&spans[i]));
        if let (true, Some(i)) = (list.len() >= 3 && people + 1 == list.len(), odd_one) {
            let s = spans[i];
            let text = s.text(doc);
            let plain_words = (s.first..s.last).all(|t| title_case(doc.token_text(t)));
            let known_elsewhere = gazetteer.is_any(text, KNOWN_AS_NOT_A_PERSON)
                || gazetteer.is_any(doc.token_text(s.last - 1), &["org_word", "place_word"]);
            if matches!(s.kind, ModelType::Org | ModelType::Loc)
                && s.last - s.first == 2
                && plain_words
                && !known_elsewhere
            {
                spans[i].kind = ModelType::Per;
            }
        }
    }
}

/// `Ashby, Tempe, Leeds, Dover, Chandler, and Gilbert`: a name read as a person in a
/// list of three or more names of which at least two are places, as many as are people, is a
/// place too (towns named like people: `Chandler`, `Gilbert`). A full personal name with a
/// known given name stays a person (`Paris, Lyon and Jean Moulin`). Not in sports reports,
/// where the tagger reads a scorecard's bowlers as places (`Did not bat: Ekanayake, Weerasinghe,
/// Rajapakse`).
pub(super) fn places_listed_with_places(
    doc: &Doc,
    spans: &mut [TaggedSpan],
    gazetteer: &Gazetteer,
    sports: &OnceCell<bool>,
) {
    let (order, runs) = lists(doc, spans);
    for run in runs.into_iter().filter(|r| r.len() >= 3) {
        let list = &order[run];
        let count = |k: ModelType| list.iter().filter(|&&i| spans[i].kind == k).count();
        let places = count(ModelType::Loc);
        let people = count(ModelType::Per);
        if places < 2
            || places < people
            || people == 0
            || *sports.get_or_init(|| super::sports::is_sports_report(doc))
        {
            continue;
        }
        for &i in list {
            let s = spans[i];
            let full_name =
                s.last - s.first >= 2 && gazetteer.is(doc.token_text(s.first), "first_name");
            if s.kind == ModelType::Per && !full_name {
                spans[i].kind = ModelType::Loc;
            }
        }
    }
}

/// `Greeley, Colorado` and `born in Halifax, Yorkshire.`: a place and the larger place it lies
/// in, written `Town, Region`, where the tagger read one half as a person or an organization
/// (towns named after people, counties named like their clubs). The name before the comma is a
/// place where a known country or first-level region follows it alone (no third name listed
/// after it); the one-word name after the comma is a place where a place follows a preposition
/// (`in`, `near`, `from` …) and the name ends the clause (a stop, or a comma before `and` or
/// `or`; not `Born in Lyon, Fontaine studied law`). Not a full personal name with a known given
/// name (`Jean Moulin, France`), an organization's name before the comma (`Hollis College,
/// Georgia and I`: `Georgia` is a country and a given name), nor in sports reports, where
/// counties and towns are clubs.
pub(super) fn places_paired_with_regions(
    doc: &Doc,
    spans: &mut [TaggedSpan],
    gazetteer: &Gazetteer,
    sports: &OnceCell<bool>,
) {
    let n = doc.tokens.len();
    for k in 1..spans.len() {
        let (a, b) = (spans[k - 1], spans[k]);
        if b.first != a.last + 1 || doc.token_text(a.last) != "," {
            continue;
        }
        // The pair ends its clause: a stop, a comma or a bracket, or a verb in lower case; not
        // a further name listed after another comma.
        let after = (b.last < n).then(|| doc.token_text(b.last));
        let listed = after == Some(",") && spans.get(k + 1).is_some_and(|c| c.first == b.last + 1);
        let before_a = (k < 2
            || spans[k - 2].last + 1 < a.first
            || a.first == 0
            || doc.token_text(a.first - 1) != ",")
            && !listed;
        if !before_a {
            continue;
        }
        let person_like = |s: TaggedSpan| matches!(s.kind, ModelType::Per | ModelType::Org);
        let full_name = |s: TaggedSpan| {
            s.last - s.first >= 2 && gazetteer.is(doc.token_text(s.first), "first_name")
        };
        let region = |s: TaggedSpan| gazetteer.is_any(s.text(doc), &["country", "region"]);
        let fix_a = person_like(a)
            && b.kind == ModelType::Loc
            && a.last - a.first <= 3
            && !full_name(a)
            && !gazetteer.is(doc.token_text(a.last - 1), "org_word")
            && region(b)
            && !gazetteer.is(b.text(doc), "first_name");
        let preposition = a.first > 0
            && matches!(
                doc.token_text(a.first - 1),
                "in" | "at" | "near" | "from" | "to" | "outside" | "of"
            );
        // `in Holme, Merseyside.` or `…, Merseyside, and moved`; not `Born in Lyon, Fontaine
        // studied law`, where the name opens the main clause.
        let clause_ends = match after {
            None => true,
            Some(",") => b.last + 1 < n && matches!(doc.token_text(b.last + 1), "and" | "or"),
            Some(w) => matches!(w, "." | ";" | ":" | ")"),
        };
        let fix_b = person_like(b)
            && a.kind == ModelType::Loc
            && b.last - b.first == 1
            && preposition
            && clause_ends;
        if (fix_a || fix_b) && !*sports.get_or_init(|| super::sports::is_sports_report(doc)) {
            if fix_a {
                spans[k - 1].kind = ModelType::Loc;
            }
            if fix_b {
                spans[k].kind = ModelType::Loc;
            }
        }
    }
}

/// `the Trump administration` → `Trump` PERSON (GUIDELINES: a name used as a modifier is still
/// marked, as what it names): a one-word name in title case before `administration`,
/// `government` and the like is the leader's, where the tagger, trained on business news in
/// which `Trump` was mostly a company, may call it an organization. Known organizations,
/// places and nationalities (`Labour government`, `Syrian regime`) keep their label.
pub(super) fn leaders_before_administrations(
    doc: &Doc,
    spans: &mut [TaggedSpan],
    gazetteer: &Gazetteer,
) {
    for s in spans
        .iter_mut()
        .filter(|s| s.kind != ModelType::Per && s.last - s.first == 1)
    {
        let w = doc.token_text(s.first);
        let led = s.last < doc.tokens.len() && words::led_by().contains(&doc.token_text(s.last));
        if title_case(w)
            && w.len() > 2
            && led
            && !gazetteer.is_place(w)
            && !gazetteer.is_any(w, &["org", "demonym"])
        {
            s.kind = ModelType::Per;
        }
    }
}

/// `Marit Sydney, an Australian woman, …` and `Dagny Chelsea, 41, from Oslo`: a name the
/// apposition after it describes as a person (`a`/`an`, at most three words, a person noun), or
/// a name of two words or more followed by an age between commas, is a person, whatever the
/// tagger read in an unfamiliar name. Its surname elsewhere (`Sydney says …`) then joins it in
/// coreference. A one-word name that is a known place or organization keeps its label.
pub(super) fn people_described_in_apposition(
    doc: &Doc,
    spans: &mut [TaggedSpan],
    gazetteer: &Gazetteer,
) {
    let text = |i: usize| (i < doc.tokens.len()).then(|| doc.token_text(i));
    for s in spans.iter_mut().filter(|s| s.kind != ModelType::Per) {
        let name = s.text(doc);
        // Words as written: `Anne-Marie Lund-Berg` is two, though the hyphens split its tokens.
        let nwords = name.split_whitespace().count();
        if text(s.last) != Some(",")
            || !name
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase))
            || nwords == 1 && gazetteer.is_any(name, KNOWN_AS_NOT_A_PERSON)
        {
            continue;
        }
        let next = s.last + 1;
        let aged = nwords >= 2
            && text(next)
                .and_then(|w| w.parse::<u32>().ok())
                .is_some_and(|age| (1..=110).contains(&age))
            && text(next + 1) == Some(",");
        let described = matches!(text(next), Some("a" | "an"))
            && (next + 1..next + 5)
                .take_while(|&i| text(i).is_some() && doc.tokens[i].kind == TokenKind::Word)
                .any(|i| words::person_nouns().contains(&doc.token_text(i)));
        if aged || described {
            s.kind = ModelType::Per;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::recognize;
    use crate::entities::tagger::gazetteer::Gazetteer;
    use crate::entities::tagger::model::ModelType::{Loc, Org, Per};
    use crate::entities::tests::{has, names, span_of};
    use crate::text::Doc;

    #[test]
    fn a_town_and_the_region_it_lies_in_are_places() {
        let t = "Wexley, Colorado is a farming town on the plains.";
        assert!(has(t, "Wexley", "PLACE"), "{:?}", names(t));
        let t = "She was born in Holme, Merseyside, and moved to Leeds in 1990.";
        assert!(has(t, "Merseyside", "PLACE"), "{:?}", names(t));
        // A person named in full, and a college beside a given name, keep their kind.
        let t = "He met Alice Wexley, Colorado's new senator.";
        assert!(!has(t, "Alice Wexley", "PLACE"), "{:?}", names(t));
        let t = "Back at Garland College, Georgia and I met Tom.";
        assert!(!has(t, "Garland College", "PLACE"), "{:?}", names(t));
    }

    #[test]
    fn a_name_listed_among_people_is_a_person() {
        // The type of the list's last name after the rule; the first two are people.
        let last_type = |text: &str, firsts: [&str; 3], kind: ModelType| {
            let doc = Doc::new(text);
            let mut spans = vec![
                span_of(&doc, firsts[0], 2, Per),
                span_of(&doc, firsts[1], 2, Per),
                span_of(&doc, firsts[2], 2, kind),
            ];
            people_listed_with_people(&doc, &mut spans, Gazetteer::builtin());
            spans[2].kind
        };
        let players = "Tomas Verbeke, Julien Maes, and Pieter Claes attacked.";
        assert_eq!(last_type(players, ["Tomas", "Julien", "Pieter"], Org), Per);
        // A firm in a list of people stays a firm.
        let founders = "Bill Gates, Steve Jobs and Kia Motors were named.";
        assert_eq!(last_type(founders, ["Bill", "Steve", "Kia"], Org), Org);
    }

    #[test]
    fn a_town_listed_among_places_is_a_place() {
        // (text, the first word and length in tokens of each span with its type before, the
        // types after)
        let kinds_after = |text: &str, names: &[(&str, usize, ModelType)]| {
            let doc = Doc::new(text);
            let mut spans: Vec<_> = names
                .iter()
                .map(|&(w, n, k)| span_of(&doc, w, n, k))
                .collect();
            places_listed_with_places(&doc, &mut spans, Gazetteer::builtin(), &OnceCell::new());
            spans.iter().map(|s| s.kind).collect::<Vec<_>>()
        };
        let t = "The bus runs to Fresno, Chandler, Gilbert and Tucson every morning.";
        let names = [
            ("Fresno", 1, Loc),
            ("Chandler", 1, Per),
            ("Gilbert", 1, Per),
            ("Tucson", 1, Loc),
        ];
        assert_eq!(kinds_after(t, &names), [Loc, Loc, Loc, Loc]);
        // A person named in full stays one, and so does a list of more people than places.
        let t = "Paris, Lyon and Jean Moulin were honoured.";
        let names = [("Paris", 1, Loc), ("Lyon", 1, Loc), ("Jean", 2, Per)];
        assert_eq!(kinds_after(t, &names), [Loc, Loc, Per]);
        let t = "Hale, Moss, Keane and Rome met.";
        let names = [
            ("Hale", 1, Per),
            ("Moss", 1, Per),
            ("Keane", 1, Per),
            ("Rome", 1, Loc),
        ];
        assert_eq!(kinds_after(t, &names), [Per, Per, Per, Loc]);
        // A scorecard's bowlers, read as places, are no reason to move the third.
        let t = "Cricket: the bowler took three wickets and the batsman scored 56 runs in the \
                 innings, then the test match was drawn. Did not bat: Dharmo, Vaaler, Murlin.";
        let names = [("Dharmo", 1, Loc), ("Vaaler", 1, Per), ("Murlin", 1, Loc)];
        assert_eq!(kinds_after(t, &names), [Loc, Per, Loc]);
    }

    #[test]
    fn a_name_before_administration_is_its_leader() {
        let t = "Critics of the Trump administration and of the Labour government met.";
        assert!(has(t, "Trump", "PERSON"), "{:?}", names(t));
        assert!(has(t, "Labour", "ORG"), "{:?}", names(t));
        // Whatever the tagger guessed for the unknown name; a known place keeps its label.
        let t = "Critics of the Trump administration and of the Kabul government met.";
        let doc = Doc::new(t);
        for guess in [Loc, Org] {
            let mut spans = vec![
                span_of(&doc, "Trump", 1, guess),
                span_of(&doc, "Kabul", 1, Loc),
            ];
            leaders_before_administrations(&doc, &mut spans, Gazetteer::builtin());
            assert_eq!([spans[0].kind, spans[1].kind], [Per, Loc]);
        }
    }

    #[test]
    fn a_name_its_apposition_describes_as_a_person_is_a_person() {
        // (text, the length in tokens of the span that opens it, its model type before, after)
        let cases = [
            ("Marit Sydney, an Australian woman, said so.", 2, Org, Per),
            ("Dagny Chelsea, 41, from Oslo, told us.", 2, Loc, Per),
            ("Anne-Marie Lund-Berg, a Danish nurse, wept.", 6, Org, Per),
            // A company described as such keeps its label, and so does a number that is no age.
            ("Nordlys Energi, a Norwegian company, fell.", 2, Org, Org),
            ("Hamburg Marines, 6,000 strong, landed.", 2, Org, Org),
            // A known place is no person by a description, nor is one word by an age.
            ("Sydney, a singer's town, voted.", 1, Loc, Loc),
            ("Teller, 36, won.", 1, Org, Org),
        ];
        for (text, tokens, before, after) in cases {
            let doc = Doc::new(text);
            let mut spans = vec![TaggedSpan {
                first: 0,
                last: tokens,
                kind: before,
            }];
            people_described_in_apposition(&doc, &mut spans, Gazetteer::builtin());
            assert_eq!(spans[0].kind, after, "{text}");
        }
    }

    #[test]
    fn a_person_described_in_apposition_keeps_the_surname_in_their_cluster() {
        let t = "Marit Sydney, an Australian woman and one-time sailor, was held on the ship. \
                 Sydney says she lost her passport there.";
        let doc = Doc::new(t);
        let entities = recognize(&doc);
        let labels: Vec<_> = entities
            .mentions
            .iter()
            .filter(|m| t[m.start..m.end].contains("Sydney"))
            .map(|m| (m.label.as_str(), m.cluster))
            .collect();
        assert_eq!(labels.len(), 2, "{labels:?}");
        assert!(
            labels.iter().all(|&l| l == labels[0] && l.0 == "PERSON"),
            "{labels:?}"
        );
    }
}
