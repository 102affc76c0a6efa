//! Where a name starts and ends: the tagger's spans trimmed to their words, cut at words and
//! marks that never stand inside a name, and rid of what a line break, a headline, a date or a
//! caption glued to their edges.
//!
//! These rules move edges only: a span may shrink, split in two or vanish, but keeps its type,
//! so that the rules after them read names as the guidelines write them.

use crate::entities::tagger::gazetteer::Gazetteer;
use crate::entities::tagger::TaggedSpan;
use crate::entities::words;
use crate::text::{Doc, TokenKind};

/// A name starts and ends with a word or number (`😀 Blinken` → `Blinken`, `Rose-` → `Rose`), and
/// a name of two words or more never ends in a possessive (GUIDELINES: `Department of State’s` →
/// `Department of State`); one word may (`Lord's`, `McDonald's`, as CoNLL marks them).
pub(super) fn trim_to_words(doc: &Doc, spans: &mut Vec<TaggedSpan>) {
    let wordy = |i: usize| doc.tokens[i].kind != TokenKind::Punct;
    let possessive = |i: usize| matches!(doc.token_text(i), "’s" | "'s" | "’S" | "'S");
    spans.retain_mut(|s| {
        while s.first < s.last && !wordy(s.first) {
            s.first += 1;
        }
        while s.last > s.first && !wordy(s.last - 1) {
            s.last -= 1;
        }
        if s.last - s.first >= 3 && possessive(s.last - 1) {
            s.last -= 1;
        }
        s.first < s.last
    });
}

/// Dashes, semicolons and a spaced slash close a name (`Group F — Sweden`, `Art Center / Pace
/// Galleries`); a slash between letters does not (`AC/DC`). Brackets are `balance_brackets`'s.
fn breaking_mark(doc: &Doc, i: usize) -> bool {
    match doc.token_text(i) {
        "\u{2014}" | "\u{2013}" | ";" | "|" => true,
        "/" => doc.tokens[i - 1].end < doc.tokens[i].start,
        _ => false,
    }
}

/// `Bank of England and the University of Oslo`, `Reno Airport or Tahoe Station`: splits names
/// at words that never stand inside one (`words/name_breakers.txt`, and `and the`) and at marks
/// that close one (`breaking_mark`). A lone letter cut off by a mark is a code, no name
/// (`Proleter (Z)` in a results table). A caption label run into a name is dropped from it
/// (`Polar Survey Station Image: Flickr` → `Polar Survey Station`, `Flickr`).
pub(super) fn split_at_name_breakers(
    doc: &Doc,
    spans: &mut Vec<TaggedSpan>,
    gazetteer: &Gazetteer,
) {
    let caption_at = |i: usize, last: usize| {
        i + 1 < last
            && doc.token_text(i + 1) == ":"
            && gazetteer.is(doc.token_text(i), "caption_word")
    };
    let mut out = Vec::with_capacity(spans.len());
    for s in spans.iter() {
        let (mut first, mut marked) = (s.first, false);
        while caption_at(first, s.last) {
            first += 2;
        }
        if first >= s.last {
            continue;
        }
        let mut keep = |first: usize, last: usize, marked: bool| {
            let letter = last - first == 1 && doc.token_text(first).chars().count() == 1;
            if first < last && !(marked && letter) {
                out.push(TaggedSpan {
                    first,
                    last,
                    kind: s.kind,
                });
            }
        };
        let mut i = first + 1;
        while i + 1 < s.last {
            let mark = breaking_mark(doc, i);
            let width =
                if doc.token_text(i) == "and" && i + 2 < s.last && doc.token_text(i + 1) == "the" {
                    2
                } else if caption_at(i, s.last) {
                    2
                } else if words::name_breakers().contains(&doc.token_text(i)) || mark {
                    1
                } else {
                    0
                };
            if width > 0 {
                keep(first, i, marked || mark);
                (first, marked) = (i + width, mark);
                i += width;
            } else {
                i += 1;
            }
        }
        keep(first, s.last, marked);
    }
    *spans = out;
}

/// Brackets inside a name come in pairs: a name in brackets is part of the name around it
/// (`(Tom) Seaver`, `Mladost (L)`, as the training corpus marks them), while an acronym in
/// brackets after a name of two or more words is a second name (`Korean Central News Agency
/// (KCNA)` → `Korean Central News Agency`, `KCNA`).
pub(super) fn balance_brackets(doc: &Doc, spans: &mut Vec<TaggedSpan>) {
    let n = doc.tokens.len();
    let mut out = Vec::with_capacity(spans.len());
    for (k, s) in spans.iter().enumerate() {
        let mut s = *s;
        let (opens, closes) =
            (s.first..s.last).fold((0i32, 0i32), |(o, c), i| match doc.token_text(i) {
                "(" => (o + 1, c),
                ")" => (o, c + 1),
                _ => (o, c),
            });
        if opens == 0 && closes == 0 {
            out.push(s);
            continue;
        }
        let free = |i: usize| out.last().is_none_or(|p: &TaggedSpan| p.last <= i);
        if closes > opens && s.first > 0 && doc.token_text(s.first - 1) == "(" && free(s.first - 1)
        {
            s.first -= 1;
        }
        if opens > closes
            && s.last < n
            && doc.token_text(s.last) == ")"
            && spans.get(k + 1).is_none_or(|t| t.first > s.last)
        {
            s.last += 1;
        }
        // `Name Of Body ( ACRONYM )` with the acronym alone in the brackets.
        let acronym = s.last - s.first >= 5
            && doc.token_text(s.last - 1) == ")"
            && doc.token_text(s.last - 3) == "("
            && (s.first..s.last - 3).all(|i| !matches!(doc.token_text(i), "(" | ")"))
            && {
                let w = doc.token_text(s.last - 2);
                w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && !w.chars().any(char::is_lowercase)
            };
        if acronym {
            out.push(TaggedSpan {
                first: s.first,
                last: s.last - 3,
                kind: s.kind,
            });
            out.push(TaggedSpan {
                first: s.last - 2,
                last: s.last - 1,
                kind: s.kind,
            });
        } else {
            out.push(s);
        }
    }
    *spans = out;
}

/// `The Home Office` → `Home Office` (names carry no determiner, except the places of
/// `words/names_with_the.txt`), and caption labels (`Image:` at the start of a line) are no names.
pub(super) fn drop_determiners_and_captions(
    doc: &Doc,
    spans: &mut Vec<TaggedSpan>,
    gazetteer: &Gazetteer,
) {
    spans.retain_mut(|s| {
        if s.last - s.first >= 2
            && matches!(doc.token_text(s.first), "The" | "the" | "THE")
            && !(s.last - s.first == 2
                && doc.token_text(s.first) != "the"
                && words::names_with_the().contains(&doc.token_text(s.first + 1)))
        {
            s.first += 1;
        }
        let caption = s.last - s.first == 1
            && s.last < doc.tokens.len()
            && doc.token_text(s.last) == ":"
            && gazetteer.is(doc.token_text(s.first), "caption_word");
        !caption
    });
}

/// A name neither starts nor ends with a capitalized preposition or conjunction, nor starts with
/// a greeting (`Hi James` → `James`), nor ends with a caption label (`Sami Haddad Image:` →
/// `Sami Haddad`).
pub(super) fn trim_edge_words(doc: &Doc, spans: &mut [TaggedSpan], gazetteer: &Gazetteer) {
    let edge = |i: usize| {
        let w = doc.token_text(i);
        w.chars().next().is_some_and(char::is_uppercase)
            && w.len() <= 7
            && words::edge_words().contains(&w.to_ascii_lowercase().as_str())
    };
    // `Hi James`, `Dear Mr. Hughes`: a greeting opens no name.
    let greeting = |i: usize| {
        let w = doc.token_text(i);
        w.chars().next().is_some_and(char::is_uppercase)
            && words::greetings().contains(&crate::text::case::lower_str(w).as_str())
    };
    for s in spans.iter_mut() {
        while s.last - s.first >= 2 && (edge(s.first) || greeting(s.first)) {
            s.first += 1;
        }
        while s.last - s.first >= 2 {
            let caption = gazetteer.is(doc.token_text(s.last - 1), "caption_word")
                && s.last < doc.tokens.len()
                && doc.token_text(s.last) == ":";
            if !(edge(s.last - 1) || caption) {
                break;
            }
            s.last -= 1;
        }
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
    fn a_name_of_several_words_ends_before_its_possessive() {
        let doc =
            Doc::new("The Department of State’s envoy met Lord's staff and Anna Berg's aide.");
        let mut spans = vec![
            span_of(&doc, "Department", 4, Org),
            span_of(&doc, "Lord", 2, Loc),
            span_of(&doc, "Anna", 3, Per),
        ];
        trim_to_words(&doc, &mut spans);
        assert_eq!(
            texts(&doc, &spans),
            ["Department of State", "Lord's", "Anna Berg"]
        );
    }

    #[test]
    fn symbols_stay_outside_names() {
        // Whatever label the tagger gives it, the name is the word alone.
        let t = "😀 Blinken met Qin Gang in Beijing.";
        assert!(
            names(t).iter().any(|(n, _)| n == "Blinken"),
            "{:?}",
            names(t)
        );
        assert!(
            !names(t).iter().any(|(n, _)| n.contains('😀')),
            "{:?}",
            names(t)
        );
    }

    #[test]
    fn words_that_never_stand_in_a_name_split_it() {
        let t = "Delegates flew from Reno Tahoe Airport to Fresno Yosemite Airport or Sacramento Airport at dawn.";
        assert!(has(t, "Fresno Yosemite Airport", "PLACE"), "{:?}", names(t));
        assert!(has(t, "Sacramento Airport", "PLACE"), "{:?}", names(t));
        let t = "She studied at the University of Nevada at Reno before she moved to Ohio.";
        assert!(
            !names(t).iter().any(|(n, _)| n.contains(" at ")),
            "{:?}",
            names(t)
        );
    }

    #[test]
    fn name_breakers_split_a_span_the_tagger_ran_on() {
        let doc = Doc::new("Buses run to Hollis Station or Marden Station daily.");
        let mut spans = vec![span_of(&doc, "Hollis", 5, Loc)];
        assert_eq!(texts(&doc, &spans), ["Hollis Station or Marden Station"]);
        split_at_name_breakers(&doc, &mut spans, Gazetteer::builtin());
        assert_eq!(texts(&doc, &spans), ["Hollis Station", "Marden Station"]);
    }

    #[test]
    fn a_caption_label_run_into_a_name_is_cut_out() {
        let doc = Doc::new("Its feed Polar Survey Station Image: Flickr / NOAA.");
        let mut spans = vec![span_of(&doc, "Polar", 6, Misc)];
        assert_eq!(texts(&doc, &spans), ["Polar Survey Station Image: Flickr"]);
        split_at_name_breakers(&doc, &mut spans, Gazetteer::builtin());
        assert_eq!(texts(&doc, &spans), ["Polar Survey Station", "Flickr"]);
        let doc = Doc::new("Image: Flickr / NOAA.");
        let mut spans = vec![span_of(&doc, "Image", 3, Org)];
        split_at_name_breakers(&doc, &mut spans, Gazetteer::builtin());
        assert_eq!(texts(&doc, &spans), ["Flickr"]);
    }

    #[test]
    fn dashes_and_spaced_slashes_close_a_name() {
        let doc = Doc::new(
            "Pool B \u{2014} Norway beat Chile; the Hollis Gallery / Marden Press show opened.",
        );
        let mut spans = vec![span_of(&doc, "B", 3, Org), span_of(&doc, "Hollis", 5, Loc)];
        split_at_name_breakers(&doc, &mut spans, Gazetteer::builtin());
        // The lone letter cut off by the dash is a code, no name.
        assert_eq!(
            texts(&doc, &spans),
            ["Norway", "Hollis Gallery", "Marden Press"]
        );
        let doc = Doc::new("The band AC/DC played.");
        let mut spans = vec![span_of(&doc, "AC", 3, Org)];
        split_at_name_breakers(&doc, &mut spans, Gazetteer::builtin());
        assert_eq!(texts(&doc, &spans), ["AC/DC"]);
    }

    #[test]
    fn brackets_pair_up_and_a_bracketed_acronym_is_its_own_name() {
        let t = "According to the Northern Grain Marketing Board (NGMB), prices fell.";
        assert!(
            has(t, "Northern Grain Marketing Board", "ORG"),
            "{:?}",
            names(t)
        );
        assert!(has(t, "NGMB", "ORG"), "{:?}", names(t));
        // A bracket the tagger cut in two is closed again: `Vardar (S)` is one name.
        let doc = Doc::new("Vardar (S) 2 Pelister 1");
        let mut spans = vec![span_of(&doc, "Vardar", 3, Org)];
        balance_brackets(&doc, &mut spans);
        assert_eq!(texts(&doc, &spans), ["Vardar (S)"]);
        let doc = Doc::new("he saw (Tom) Seaver pitch");
        let mut spans = vec![span_of(&doc, "Tom", 3, Per)];
        balance_brackets(&doc, &mut spans);
        assert_eq!(texts(&doc, &spans), ["(Tom) Seaver"]);
    }

    #[test]
    fn the_belongs_to_the_hague_and_the_oval_only() {
        let t = "England play at The Oval on Thursday. Judges in The Hague and the United States \
                 agreed, as did the Netherlands.";
        let found = names(t);
        assert!(has(t, "The Oval", "PLACE"), "{found:?}");
        assert!(has(t, "The Hague", "PLACE"), "{found:?}");
        assert!(has(t, "United States", "PLACE"), "{found:?}");
        // A lower-case `the` is never part of the name.
        assert!(has(t, "Netherlands", "PLACE"), "{found:?}");
    }

    #[test]
    fn names_do_not_take_in_capitalized_prepositions_or_caption_labels() {
        let t = "Candidates included Maria Okafor of the Green Party\nJohn Petrakis In the east, turnout was low.\n\
                 Supporters greeted Maria Okafor Image: campaign archive.";
        let n = names(t);
        assert!(has(t, "John Petrakis", "PERSON"), "{n:?}");
        assert!(
            !n.iter()
                .any(|(w, _)| w.ends_with(" In") || w.ends_with(" Image")),
            "{n:?}"
        );
    }

    #[test]
    fn a_name_drops_its_determiner_and_a_caption_label_is_no_name() {
        let g = Gazetteer::builtin();
        let doc = Doc::new("The Home Office met The Hague and the Netherlands.\nImage: Reuters");
        let mut spans = vec![
            span_of(&doc, "The", 3, Org),
            span_of(&doc, "Hague", 1, Loc),
            span_of(&doc, "the", 2, Loc),
            span_of(&doc, "Image", 1, Org),
        ];
        spans[1].first -= 1;
        drop_determiners_and_captions(&doc, &mut spans, g);
        assert_eq!(
            texts(&doc, &spans),
            ["Home Office", "The Hague", "Netherlands"]
        );
    }

    #[test]
    fn a_name_sheds_capitalized_prepositions_and_a_caption_label_at_its_edges() {
        let g = Gazetteer::builtin();
        let doc = Doc::new("For Maria Okafor In the east, turnout was low.");
        let mut spans = vec![span_of(&doc, "For", 4, Per)];
        trim_edge_words(&doc, &mut spans, g);
        assert_eq!(texts(&doc, &spans), ["Maria Okafor"]);
        let doc = Doc::new("Supporters greeted Maria Okafor Image: campaign archive.");
        let mut spans = vec![span_of(&doc, "Maria", 3, Per)];
        trim_edge_words(&doc, &mut spans, g);
        assert_eq!(texts(&doc, &spans), ["Maria Okafor"]);
    }

    #[test]
    fn a_greeting_opens_no_name() {
        let doc = Doc::new("Hi James, see you at 6. Dear Anna Berg, thank you.");
        let g = Gazetteer::builtin();
        let mut spans = vec![span_of(&doc, "Hi", 2, Per), span_of(&doc, "Dear", 3, Per)];
        trim_edge_words(&doc, &mut spans, g);
        assert_eq!(texts(&doc, &spans), ["James", "Anna Berg"]);
    }
}
