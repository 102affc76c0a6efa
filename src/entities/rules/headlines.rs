//! Headlines and datelines, where capitals say little: the dateline's place (`NICE, France
//! 1996-08-30`), a headline word in capitals that the body writes as a name (`CUNNINGHAM` for
//! `Randall Cunningham`), and a country's dotted short form that title case hid (`U.S Not
//! Expecting …`).
//!
//! The two rules that add names take only tokens that no span covers, and keep the spans in text
//! order.

use super::spans::{add_spans, tagged_tokens};
use crate::entities::tagger::gazetteer::Gazetteer;
use crate::entities::tagger::model::ModelType;
use crate::entities::tagger::TaggedSpan;
use crate::entities::words;
use crate::text::{Doc, TokenKind};

/// `NICE, France 1996-08-30`, `LOS ANGELES (Reuters) -`, `WASHINGTON —`: the name in capitals
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
        // `NICE` `,` `France` then the date.
        let country = spans
            .get(k + 1)
            .filter(|t| t.first == s.last + 1 && doc.token_text(s.last) == "," && same_line(t.last))
            .map(|t| t.last);
        let after = country.unwrap_or(s.last);
        // Without its `, Country` a dateline name must be a known place (`UNITED NATIONS
        // 1996-08-29` is an organization's).
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

/// `NFL - CUNNINGHAM RETIRES` over an article about `Randall Cunningham`: a word in capitals the
/// tagger left out is the name the article writes in ordinary case, with that name's label.
/// Runs of such words are matched longest first (`RANDALL CUNNINGHAM`); one word alone must be
/// the whole of a name or the surname of a person with a known given name, and at least three
/// letters long.
pub(super) fn capitals_named_in_the_body(
    doc: &Doc,
    spans: &mut Vec<TaggedSpan>,
    gazetteer: &Gazetteer,
) {
    use std::collections::HashMap;
    // Per name in lower case: its type, or `None` where the body gives it two.
    let mut body: HashMap<String, Option<ModelType>> = HashMap::new();
    let mut learn = |key: String, kind: ModelType| {
        let e = body.entry(key).or_insert(Some(kind));
        if *e != Some(kind) {
            *e = None;
        }
    };
    for s in spans.iter().filter(|s| s.kind != ModelType::Misc) {
        let text = s.text(doc);
        if !text.chars().any(char::is_lowercase) {
            continue;
        }
        learn(text.to_lowercase(), s.kind);
        if s.kind == ModelType::Per
            && s.last - s.first >= 2
            && gazetteer.is(doc.token_text(s.first), "first_name")
        {
            learn(doc.token_text(s.last - 1).to_lowercase(), ModelType::Per);
        }
    }
    if body.is_empty() {
        return;
    }
    let tagged = tagged_tokens(doc, spans);
    let capitals = |i: usize| {
        let w = doc.token_text(i);
        !tagged[i]
            && doc.tokens[i].kind == TokenKind::Word
            && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !w.chars().any(char::is_lowercase)
    };
    let mut added = Vec::new();
    let mut i = 0;
    while i < doc.tokens.len() {
        if !capitals(i) {
            i += 1;
            continue;
        }
        let mut end = i;
        while end < doc.tokens.len() && capitals(end) {
            end += 1;
        }
        // Longest match first, left to right through the run.
        let mut a = i;
        while a < end {
            let found = (a + 1..=end.min(a + 4)).rev().find_map(|b| {
                let text = &doc.text[doc.tokens[a].start..doc.tokens[b - 1].end];
                let long_enough = b - a >= 2 || text.chars().count() >= 3;
                let t = body
                    .get(&text.to_lowercase())
                    .copied()
                    .flatten()
                    .filter(|_| long_enough)?;
                Some((b, t))
            });
            match found {
                Some((b, kind)) => {
                    added.push(TaggedSpan {
                        first: a,
                        last: b,
                        kind,
                    });
                    a = b;
                }
                None => a += 1,
            }
        }
        i = end;
    }
    add_spans(spans, added);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::tagger::gazetteer::Gazetteer;
    use crate::entities::tagger::model::ModelType::{Loc, Org, Per};
    use crate::entities::tests::{has, names, span_of, texts};
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
    fn a_headline_word_in_capitals_is_the_name_the_body_writes() {
        let doc = Doc::new("TENNIS - LINDQVIST'S COMEBACK ENDS.\nOSLO 2021-03-04\nHenrik Lindqvist lost in Oslo on Friday.");
        let mut spans = vec![
            span_of(&doc, "OSLO", 1, Loc),
            span_of(&doc, "Henrik", 2, Per),
            span_of(&doc, "Oslo", 1, Loc),
        ];
        capitals_named_in_the_body(&doc, &mut spans, Gazetteer::builtin());
        assert_eq!(
            texts(&doc, &spans),
            ["LINDQVIST", "OSLO", "Henrik Lindqvist", "Oslo"]
        );
        assert_eq!(spans[0].kind, Per);
        // Words of the headline that the body does not name stay out (`TENNIS`, `COMEBACK`).
        let doc = Doc::new("TENNIS COMEBACK ENDS\nThe comeback of Henrik Lindqvist ended.");
        let mut spans = vec![span_of(&doc, "Henrik", 2, Per)];
        capitals_named_in_the_body(&doc, &mut spans, Gazetteer::builtin());
        assert_eq!(texts(&doc, &spans), ["Henrik Lindqvist"]);
    }

    #[test]
    fn a_headline_keeps_its_dotted_country_and_the_places_of_a_pair() {
        let t = "U.S Not Expecting Quick Deal in U.K.-PRC Talks";
        for p in ["U.S", "U.K.", "PRC"] {
            assert!(has(t, p, "PLACE"), "{p}: {:?}", names(t));
        }
    }
}
