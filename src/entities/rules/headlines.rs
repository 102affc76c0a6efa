//! Headlines and datelines, where capitals say little: the dateline's place (`LYON, France
//! 2001-04-12`), and a country's dotted short form that title case hid (`U.S Not Expecting …`).
//!
//! The rule that adds names takes only tokens that no span covers, and keeps the spans in text
//! order.

use super::spans::{add_spans, tagged_tokens};
use crate::entities::tagger::gazetteer::Gazetteer;
use crate::entities::tagger::model::ModelType;
use crate::entities::tagger::TaggedSpan;
use crate::entities::words;
use crate::text::{Doc, TokenKind};

/// `LYON, France 2001-04-12`, `LOS ANGELES (Reuters) -`, `WASHINGTON —`: the name in capitals
/// that opens a line and is followed by a date, a bracketed source or a dash is the dateline's
/// place, even on the sports pages where the tagger reads a city in capitals as its club. Its
/// `, Country` is a place too.
pub(super) fn datelines_are_places(doc: &Doc, spans: &mut [TaggedSpan], gazetteer: &Gazetteer) {
    let capitals = |s: &TaggedSpan| {
        (s.first..s.last).all(|i| !doc.token_text(i).chars().any(char::is_lowercase))
    };
    let n = doc.tokens.len();
    let opens_dateline = |i: usize| {
        if i >= n {
            return false;
        }
        let w = doc.token_text(i);
        let iso_date = doc.tokens[i].kind == TokenKind::Number
            && i + 2 < n
            && doc.token_text(i + 1) == "-"
            && doc.tokens[i + 2].kind == TokenKind::Number;
        let month = words::month_abbreviations().iter().any(|m| {
            w.len() >= 3
                && w.get(..3).is_some_and(|p| p.eq_ignore_ascii_case(m))
                && doc.tokens[i].kind == TokenKind::Word
                && w.len() <= 9
        });
        // A plain hyphen after a name in capitals is a headline's rubric (`RUGBY UNION - …`).
        iso_date || month || matches!(w, "(" | "\u{2014}" | "\u{2013}")
    };
    for k in 0..spans.len() {
        let s = spans[k];
        if s.kind == ModelType::Loc
            || !doc.starts_line(s.first)
            || !capitals(&s)
            || !doc.token_text(s.first).chars().any(char::is_alphabetic)
        {
            continue;
        }
        let same_line = |i: usize| {
            !doc.text
                [doc.tokens[s.first].start..doc.tokens.get(i).map_or(doc.text.len(), |t| t.start)]
                .contains('\n')
        };
        // `LYON` `,` `France` then the date.
        let country = spans
            .get(k + 1)
            .filter(|t| t.first == s.last + 1 && doc.token_text(s.last) == "," && same_line(t.last))
            .map(|t| t.last);
        let after = country.unwrap_or(s.last);
        // Without its `, Country` a dateline name must be a known place (`UNITED NATIONS
        // 2001-04-12` is an organization's).
        let place = country.is_some() || gazetteer.is_place(s.text(doc));
        if place && same_line(after) && opens_dateline(after) {
            spans[k].kind = ModelType::Loc;
            if country.is_some() {
                spans[k + 1].kind = ModelType::Loc;
            }
        }
    }
}

/// `U.S Not Expecting …`: a country's dotted short form (`U.S.`, `U.S`, `U.K.`) is a place
/// wherever the tagger let it pass (headlines in title case hide it among capitals).
pub(super) fn dotted_country_forms(doc: &Doc, spans: &mut Vec<TaggedSpan>, gazetteer: &Gazetteer) {
    let tagged = tagged_tokens(doc, spans);
    let added: Vec<TaggedSpan> = (0..doc.tokens.len())
        .filter(|&i| {
            !tagged[i] && doc.tokens[i].kind == TokenKind::Word && doc.token_text(i).contains('.')
        })
        .filter(|&i| gazetteer.is(doc.token_text(i), "country"))
        .map(|i| TaggedSpan {
            first: i,
            last: i + 1,
            kind: ModelType::Loc,
        })
        .collect();
    add_spans(spans, added);
}

/// `Trump Signs Order on TikTok Ban`, `Apple Unveils New Headset`: in a headline in title case
/// (four capitalized words or more, and no lower-case word longer than three letters) a name ends before a verb of
/// `words/headline_verbs.txt`; the verb and what the tagger ran on over after it are dropped.
pub(super) fn headline_verbs_end_names(doc: &Doc, spans: &mut [TaggedSpan]) {
    let title_case_line = |i: usize| {
        // Title case leaves short words in lower case (`on`, `as`, `of`).
        let (mut capitals, mut long_lower) = (0, false);
        for t in doc.sentences[doc.sentence_of_token(i)].tokens.clone() {
            let w = doc.token_text(t);
            if doc.tokens[t].kind != TokenKind::Word {
                continue;
            }
            match w.chars().next() {
                Some(c) if c.is_uppercase() => capitals += 1,
                Some(c) if c.is_lowercase() => long_lower |= w.chars().count() > 3,
                _ => {}
            }
        }
        capitals >= 4 && !long_lower
    };
    for s in spans.iter_mut() {
        let verb =
            (s.first + 1..s.last).find(|&i| words::headline_verbs().contains(&doc.token_text(i)));
        if let Some(verb) = verb.filter(|_| title_case_line(s.first)) {
            s.last = verb;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::tagger::gazetteer::Gazetteer;
    use crate::entities::tagger::model::ModelType::{Loc, Org};
    use crate::entities::tests::{has, names, span_of};
    use crate::text::Doc;

    #[test]
    fn a_dateline_names_a_place_even_on_the_sports_pages() {
        let g = Gazetteer::builtin();
        let doc = Doc::new(
            "FOOTBALL - LYON SIGN STRIKER\nLYON, France 2024-05-02\nLyon signed a striker.",
        );
        let lyon = (0..doc.tokens.len())
            .filter(|&i| doc.token_text(i) == "LYON")
            .nth(1)
            .expect("dateline");
        let france = (0..doc.tokens.len())
            .find(|&i| doc.token_text(i) == "France")
            .expect("country");
        let mut spans = vec![
            TaggedSpan {
                first: lyon,
                last: lyon + 1,
                kind: Org,
            },
            TaggedSpan {
                first: france,
                last: france + 1,
                kind: Org,
            },
        ];
        datelines_are_places(&doc, &mut spans, g);
        assert_eq!(spans.iter().map(|s| s.kind).collect::<Vec<_>>(), [Loc, Loc]);
        // A rubric before a hyphen, or a name in capitals before a number, is no dateline.
        let doc = Doc::new("RUGBY UNION - LIONS WIN\nACME 2024 results rise\nText.");
        let mut spans = vec![
            span_of(&doc, "RUGBY", 2, Org),
            span_of(&doc, "ACME", 1, Org),
        ];
        datelines_are_places(&doc, &mut spans, g);
        assert_eq!(spans.iter().map(|s| s.kind).collect::<Vec<_>>(), [Org, Org]);
    }

    #[test]
    fn a_title_case_headline_ends_a_name_before_its_verb() {
        let doc = Doc::new("Nordvik Unveils New Ferry as Harbour Fees Rise");
        let mut spans = vec![span_of(&doc, "Nordvik", 4, Org)];
        headline_verbs_end_names(&doc, &mut spans);
        assert_eq!(spans[0].text(&doc), "Nordvik");
        let t = "Premier Halvorsen Signs Order on Fishing Quotas";
        assert!(
            names(t).iter().all(|(n, _)| !n.contains("Signs")),
            "{:?}",
            names(t)
        );
        // Running text keeps a name that holds such a word.
        let t = "The minister met Ambassador Tomas Wins in Oslo on Monday.";
        let doc = Doc::new(t);
        let mut spans = vec![span_of(&doc, "Tomas", 2, Org)];
        headline_verbs_end_names(&doc, &mut spans);
        assert_eq!(spans[0].last - spans[0].first, 2);
    }

    #[test]
    fn a_headline_keeps_its_dotted_country_and_the_places_of_a_pair() {
        let t = "U.S Not Expecting Quick Deal in U.K.-PRC Talks";
        for p in ["U.S", "U.K.", "PRC"] {
            assert!(has(t, p, "PLACE"), "{p}: {:?}", names(t));
        }
    }
}
