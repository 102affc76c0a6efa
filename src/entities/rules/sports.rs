//! The sports pages: the training corpus, full of results tables, taught the tagger that a city
//! or a one-word name is a club. Outside sports reports such names are read again as the places
//! and people they are.
//!
//! Whether an article is a sports report is one number (sports words and scores per word)
//! against one threshold, `SPORTS_REPORT_DENSITY` (`is_sports_report`); `refine` asks it at
//! most once an article (a `OnceCell` shared with the rules on places in `people`), between the
//! rules that settle the organizations and the two rules here that read them.

use super::spans::title_case;
use crate::entities::tagger::gazetteer::Gazetteer;
use crate::entities::tagger::model::ModelType;
use crate::entities::tagger::TaggedSpan;
use crate::entities::words;
use crate::text::{Doc, TokenKind};

/// Whether the article reads like a sports report: its sports words and scores (`3-1`) are at
/// least `SPORTS_REPORT_DENSITY` of its words. The words are counted first, then the sports
/// words only until they reach that share (a sports report shows it in its first lines).
pub(super) fn is_sports_report(doc: &Doc) -> bool {
    let counted = doc
        .tokens
        .iter()
        .filter(|t| t.kind != TokenKind::Punct)
        .count();
    let sports_words = words::sports_words();
    let mut sporty = 0usize;
    for (i, t) in doc.tokens.iter().enumerate() {
        if t.kind == TokenKind::Punct {
            continue;
        }
        let w = doc.token_text(i);
        let score = t.kind == TokenKind::Number
            && doc
                .tokens
                .get(i + 2)
                .is_some_and(|n| n.kind == TokenKind::Number)
            && doc.token_text(i + 1) == "-"
            && doc.tokens[i + 1].start == t.end
            && doc.tokens[i + 2].start == doc.tokens[i + 1].end;
        if score || sports_words.contains_ignoring_ascii_case(w) {
            sporty += 1;
            // The share only grows from here.
            if sporty as f64 / counted as f64 >= SPORTS_REPORT_DENSITY {
                return true;
            }
        }
    }
    false
}

/// Below this share of sports words, an article is no sports report.
pub(super) const SPORTS_REPORT_DENSITY: f64 = 0.01;

/// `Houston` → PLACE outside the sports pages: the training corpus is full of results tables
/// where a city stands for its club (ORG), and the tagger carries that into news where a city is
/// a city. Only whole known city names are relabelled, and only in articles with (almost) no
/// sports vocabulary.
pub(super) fn cities_are_places_outside_sports(
    doc: &Doc,
    spans: &mut [TaggedSpan],
    gazetteer: &Gazetteer,
    sports_report: bool,
) {
    if sports_report {
        return;
    }
    for s in spans.iter_mut().filter(|s| s.kind == ModelType::Org) {
        if gazetteer.is(s.text(doc), "city") {
            s.kind = ModelType::Loc;
        }
    }
}

/// `Gloria` → PERSON outside the sports pages: a lone given name that the tagger, used to clubs
/// and firms named by one word, calls an organization is a person, unless the name is also a
/// place or a known organization (`Jordan`, `Florence`); in sports reports a one-word name is as
/// likely a club (`Chelsea`), so they are left alone. Every mention of it then votes the same
/// way, so one such slip would otherwise relabel the whole person.
pub(super) fn given_names_are_people_outside_sports(
    doc: &Doc,
    spans: &mut [TaggedSpan],
    gazetteer: &Gazetteer,
    sports_report: bool,
) {
    if sports_report {
        return;
    }
    const NOT_PEOPLE: &[&str] = &["org", "org_word", "demonym"];
    for s in spans
        .iter_mut()
        .filter(|s| s.kind == ModelType::Org && s.last - s.first == 1)
    {
        let w = doc.token_text(s.first);
        if title_case(w)
            && gazetteer.is(w, "first_name")
            && !gazetteer.is_place(w)
            && !gazetteer.is_any(w, NOT_PEOPLE)
        {
            s.kind = ModelType::Per;
        }
    }
}

/// `Washington Wizards`, `Toronto Blue Jays`, `Kansas City Royals` → ORG: a known city and a
/// plural in capitals is a club, which the tagger, reading the city, often calls a place (or,
/// where the city is also a given name, a person). In CoNLL-2003 and GUM gold, 120 names so
/// formed are ORG against 8 MISC (`Atlanta Games`, events), one place (`Victoria Falls`, a place
/// head: those stay) and one person (`Constantine Mitsotakis`): a person's span stays a person
/// where its city is also a given name (`Denver` + `Nuggets` too, alas). The whole name must not
/// itself be a known place.
pub(super) fn clubs_named_after_cities(doc: &Doc, spans: &mut [TaggedSpan], gazetteer: &Gazetteer) {
    for s in spans
        .iter_mut()
        .filter(|s| matches!(s.kind, ModelType::Loc | ModelType::Per) && s.last - s.first >= 2)
    {
        let text = |a: usize, b: usize| &doc.text[doc.tokens[a].start..doc.tokens[b - 1].end];
        let last = doc.token_text(s.last - 1);
        let plural = title_case(last)
            && last.ends_with('s')
            && !last.ends_with("ss")
            && !words::facility_heads().contains(&last);
        if !plural || gazetteer.is_place(text(s.first, s.last)) {
            continue;
        }
        let city = (s.first + 1..s.last).find(|&end| gazetteer.is(text(s.first, end), "city"));
        let given_name =
            |end: usize| end == s.first + 1 && gazetteer.is(doc.token_text(s.first), "first_name");
        if city.is_some_and(|end| !(s.kind == ModelType::Per && given_name(end))) {
            s.kind = ModelType::Org;
        }
    }
}

/// `Harlow Town`, `Truro City`, `Morley Celtic`, `Glossop Rovers` → ORG: a club named after its
/// town and a club's last word (`words/club_endings.txt`), which the tagger, reading the town,
/// calls a place or a person. The whole name must not be a known place (`Mexico City`, `Cape
/// Town`) nor follow `in` (`a title fight in Atlantic City`); the words that also end places
/// (`words/club_endings_also_places.txt`) count only on the sports pages, a sports report or a
/// page with a word of a player's career (`words/career_words.txt`), measured once an article
/// and only for such a name.
pub(super) fn clubs_by_their_last_word(
    doc: &Doc,
    spans: &mut [TaggedSpan],
    gazetteer: &Gazetteer,
    sports: &std::cell::OnceCell<bool>,
) {
    let mut page = None;
    for s in spans
        .iter_mut()
        .filter(|s| matches!(s.kind, ModelType::Loc | ModelType::Per) && s.last - s.first >= 2)
    {
        let last = doc.token_text(s.last - 1);
        let also_places = words::club_endings_also_places().contains(&last);
        if !also_places && !words::club_endings().contains(&last) {
            continue;
        }
        // `in Atlantic City` is where a match was played.
        let after_in = s.first > 0 && doc.token_text(s.first - 1) == "in";
        if after_in || !title_case(doc.token_text(s.first)) || gazetteer.is_place(s.text(doc)) {
            continue;
        }
        // A sports report, or a page with a word of a player's career, as a biography or a
        // club's history has.
        let sports_page = || {
            *sports.get_or_init(|| is_sports_report(doc))
                || (0..doc.tokens.len())
                    .any(|i| words::career_words().contains_ignoring_ascii_case(doc.token_text(i)))
        };
        if also_places && !*page.get_or_insert_with(sports_page) {
            continue;
        }
        s.kind = ModelType::Org;
    }
}

/// `Tomas Brandt (Germany), Reynard Honda, 54.120` → ORG: in a motor race's results, the name
/// between a driver with his country in brackets and his time is the car's make, named after
/// its founders (`Reynard`, `Penske`, `Lola`), which the tagger reads as a person.
pub(super) fn makes_in_race_results(doc: &Doc, spans: &mut [TaggedSpan]) {
    let text = |k: usize| doc.tokens.get(k).map_or("", |t| &doc.text[t.start..t.end]);
    for i in 2..spans.len() {
        let (driver, country, s) = (&spans[i - 2], &spans[i - 1], &spans[i]);
        if driver.kind == ModelType::Per
            && s.kind != ModelType::Org
            && text(driver.last) == "("
            && country.first == driver.last + 1
            && text(country.last) == ")"
            && text(country.last + 1) == ","
            && s.first == country.last + 2
            && text(s.last) == ","
            && text(s.last + 1).starts_with(|c: char| c.is_ascii_digit())
        {
            spans[i].kind = ModelType::Org;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::tagger::gazetteer::Gazetteer;
    use crate::entities::tagger::model::ModelType::{Loc, Org, Per};
    use crate::entities::tests::{has, names, span_of};

    #[test]
    fn a_cars_make_in_race_results_is_an_organization() {
        let t = "1. Tomas Brandt (Germany), Reynard Honda, 53.980 2. Luca Ferro (Italy), Penske \
                 Mercedes, 54.120";
        assert!(has(t, "Reynard Honda", "ORG"), "{:?}", names(t));
        assert!(has(t, "Penske Mercedes", "ORG"), "{:?}", names(t));
        assert!(has(t, "Tomas Brandt", "PERSON"), "{:?}", names(t));
    }
    use crate::text::Doc;

    #[test]
    fn a_sports_report_has_one_sports_word_in_a_hundred() {
        // 99 plain words and one sports word: exactly the threshold; one plain word more: below.
        let plain = "word ".repeat(99);
        assert!(is_sports_report(&Doc::new(&format!("{plain}goal"))));
        assert!(is_sports_report(&Doc::new(&format!("goal {plain}"))));
        assert!(!is_sports_report(&Doc::new(&format!("{plain}word goal"))));
        // A score counts as a sports word (its two numbers as two words); punctuation is no word.
        let plain = "word ".repeat(98);
        assert!(is_sports_report(&Doc::new(&format!("{plain}3-1, ."))));
        assert!(!is_sports_report(&Doc::new(&format!("{plain}3 - 1"))));
        assert!(!is_sports_report(&Doc::new("")));
    }

    #[test]
    fn a_city_and_a_plural_is_a_club() {
        let doc = Doc::new(
            "The Toronto Tamarins beat the Kansas City Larks, and Austin Roberts flew over the \
             Toronto Islands.",
        );
        let mut spans = vec![
            span_of(&doc, "Toronto", 2, Loc),
            span_of(&doc, "Kansas", 3, Per),
            span_of(&doc, "Austin", 2, Per),
            span_of(&doc, "Islands", 1, Loc),
        ];
        spans[3].first -= 1;
        clubs_named_after_cities(&doc, &mut spans, Gazetteer::builtin());
        let kinds: Vec<_> = spans.iter().map(|s| s.kind).collect();
        assert_eq!(kinds, [Org, Org, Per, Loc]);
    }

    #[test]
    fn cities_are_places_outside_the_sports_pages() {
        let news = "Flooding closed schools in Houston on Monday. Officials in Houston said the water would recede, \
                    and residents of Houston were told to stay home.";
        assert!(
            !names(news)
                .iter()
                .any(|(n, l)| n == "Houston" && *l != "PLACE"),
            "{:?}",
            names(news)
        );
        let sports = "Houston beat Chicago 4-2 in the league on Monday, a game in which Houston scored twice in the third \
                      period. The coach said the season was young; Houston won its fourth match in a row.";
        assert!(
            has(sports, "Chicago", "ORG") || has(sports, "Houston", "ORG"),
            "{:?}",
            names(sports)
        );
    }

    #[test]
    fn a_town_and_a_clubs_word_is_a_club() {
        // Round 25. On a player's page, `… Town` and `… City` are clubs; a known place
        // (`Mexico City`) and a town after `in` stay places.
        let doc = Doc::new(
            "Ned Hallam is a footballer who left Carnby Town for Wexley Rovers, then Brockley \
             City. He lives in Mexico City and trained in Sandholt City.",
        );
        let g = Gazetteer::builtin();
        let spans = |doc: &Doc| {
            vec![
                span_of(doc, "Carnby", 2, Loc),
                span_of(doc, "Wexley", 2, Per),
                span_of(doc, "Brockley", 2, Loc),
                span_of(doc, "Mexico", 2, Loc),
                span_of(doc, "Sandholt", 2, Loc),
            ]
        };
        let mut found = spans(&doc);
        clubs_by_their_last_word(&doc, &mut found, g, &std::cell::OnceCell::new());
        let kinds: Vec<_> = found.iter().map(|s| s.kind).collect();
        assert_eq!(kinds, [Org, Org, Org, Loc, Loc]);
        // Off the sports pages, only the words that end no place count.
        let doc = Doc::new(
            "Ned Hallam is a baker who left Carnby Town for Wexley Rovers, then Brockley \
             City. He lives in Mexico City and trained in Sandholt City.",
        );
        let mut found = spans(&doc);
        clubs_by_their_last_word(&doc, &mut found, g, &std::cell::OnceCell::new());
        let kinds: Vec<_> = found.iter().map(|s| s.kind).collect();
        assert_eq!(kinds, [Loc, Org, Loc, Loc, Loc]);
    }

    #[test]
    fn a_footballers_club_named_after_its_town_is_an_organization() {
        let t = "Darrow Fenn is an English footballer who plays as a defender for Carnby Town. \
                 He began his career at Oxley Borough.";
        assert!(has(t, "Carnby Town", "ORG"), "{:?}", names(t));
        assert!(has(t, "Oxley Borough", "ORG"), "{:?}", names(t));
    }

    #[test]
    fn a_lone_given_name_called_an_organization_is_a_person_outside_sports() {
        let g = Gazetteer::builtin();
        let doc = Doc::new(
            "The court heard that Gloria had been ill for months before the doctors saw her.",
        );
        let mut spans = vec![span_of(&doc, "Gloria", 1, Org)];
        given_names_are_people_outside_sports(&doc, &mut spans, g, false);
        assert_eq!(spans[0].kind, Per);
        // In a sports report a one-word name is as likely a club; a place name stays what it is.
        let mut spans = vec![span_of(&doc, "Gloria", 1, Org)];
        given_names_are_people_outside_sports(&doc, &mut spans, g, true);
        assert_eq!(spans[0].kind, Org);
        let doc = Doc::new("Officials in Jordan said the border would reopen.");
        let mut spans = vec![span_of(&doc, "Jordan", 1, Org)];
        given_names_are_people_outside_sports(&doc, &mut spans, g, false);
        assert_eq!(spans[0].kind, Org);
    }

    #[test]
    fn a_city_called_an_organization_is_a_place_outside_sports() {
        let g = Gazetteer::builtin();
        let doc = Doc::new("Schools in Houston closed.");
        let mut spans = vec![span_of(&doc, "Houston", 1, Org)];
        cities_are_places_outside_sports(&doc, &mut spans, g, false);
        assert_eq!(spans[0].kind, Loc);
        // In a sports report the city may be its club.
        let mut spans = vec![span_of(&doc, "Houston", 1, Org)];
        cities_are_places_outside_sports(&doc, &mut spans, g, true);
        assert_eq!(spans[0].kind, Org);
    }
}
