//! Named entities: people, organizations, places and nationalities, clustered per real-world
//! entity.
//!
//! A trained sequence tagger (see `model`: an averaged perceptron over hashed features, BILOU
//! tags, Viterbi decoding) finds the names sentence by sentence, with features that look at the
//! whole article (how a word is written elsewhere) so that headlines in capitals and
//! sentence-initial names are read right. `coref` then groups the mentions into entities (`Blinken`
//! with `Antony Blinken`, `PRC` with `People’s Republic of China`) and gives each one label.

pub mod coref;
pub mod tagger;

use crate::text::{Doc, TokenKind};
use tagger::gazetteer::Gazetteer;
use tagger::model::ModelType;
use tagger::{tag_document, weights, TaggedSpan};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityLabel {
    Person,
    Org,
    Place,
    Norp,
    Misc,
}

impl EntityLabel {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityLabel::Person => "PERSON",
            EntityLabel::Org => "ORG",
            EntityLabel::Place => "PLACE",
            EntityLabel::Norp => "NORP",
            EntityLabel::Misc => "MISC",
        }
    }
}

/// One mention in the text (byte offsets), belonging to `clusters[cluster]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub label: EntityLabel,
    pub cluster: usize,
}

/// All mentions of one entity; `name` is its fullest form in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cluster {
    pub label: EntityLabel,
    pub name: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Entities {
    /// In text order, non-overlapping.
    pub mentions: Vec<Mention>,
    pub clusters: Vec<Cluster>,
}

/// A word token that starts with a capital letter.
fn capitalized_word(doc: &Doc, i: usize) -> bool {
    doc.tokens[i].kind == TokenKind::Word
        && doc
            .token_text(i)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
}

/// A name starts and ends with a word or number (`😀 Blinken` → `Blinken`, `Rose-` → `Rose`).
fn trim_to_words(doc: &Doc, spans: &mut Vec<TaggedSpan>) {
    let wordy = |i: usize| doc.tokens[i].kind != TokenKind::Punct;
    spans.retain_mut(|s| {
        while s.first < s.last && !wordy(s.first) {
            s.first += 1;
        }
        while s.last > s.first && !wordy(s.last - 1) {
            s.last -= 1;
        }
        s.first < s.last
    });
}

/// Lower-case words that never stand inside a name: a span the tagger ran on through one of them
/// is two names (`NTU Hospital Station or Shandao Station`, `University of Nevada at Reno`,
/// `Spider-Man by Jane Doe`). `in`, `for` and `and` alone do stand in names (`Organisation for
/// Security and Cooperation in Europe`), `and the` does not.
const NAME_BREAKERS: &[&str] = &["at", "by", "from", "or", "with"];

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
/// at words that never stand inside one (`NAME_BREAKERS`, and `and the`) and at marks that
/// close one (`breaking_mark`). A lone letter cut off by a mark is a code, no name
/// (`Proleter (Z)` in a results table). A caption label run into a name is dropped from it
/// (`International Space Station Image: Twitter` → `International Space Station`, `Twitter`).
fn split_at_name_breakers(doc: &Doc, spans: &mut Vec<TaggedSpan>, gazetteer: &Gazetteer) {
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
                } else if NAME_BREAKERS.contains(&doc.token_text(i)) || mark {
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
fn balance_brackets(doc: &Doc, spans: &mut Vec<TaggedSpan>) {
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

/// `U.S. Department of Agriculture notes, "…"` → `U.S. Department of Agriculture`: a name never
/// ends in a lower-case word standing on its own (a verb the tagger ran on into). The end of a
/// hyphenated given name (`Lee Cheuk-yan`) is glued to its hyphen and stays, and a name written
/// all in lower case (`interior ministry`, lower-cased text) is left as the tagger read it.
fn drop_lowercase_tails(doc: &Doc, spans: &mut [TaggedSpan]) {
    let lower_word = |i: usize| {
        doc.tokens[i].kind == TokenKind::Word && doc.token_text(i).chars().all(char::is_lowercase)
    };
    for s in spans.iter_mut().filter(|s| capitalized_word(doc, s.first)) {
        while s.last - s.first >= 2
            && lower_word(s.last - 1)
            && doc.tokens[s.last - 2].end < doc.tokens[s.last - 1].start
        {
            s.last -= 1;
        }
    }
}

/// `New South` + `Wales` → `New South Wales`: two names side by side that together are one
/// place the gazetteer knows are that place (the tagger, which never saw it, may close a name
/// on `South`).
fn join_split_known_places(doc: &Doc, spans: &mut Vec<TaggedSpan>, gazetteer: &Gazetteer) {
    let mut out: Vec<TaggedSpan> = Vec::with_capacity(spans.len());
    for s in spans.iter() {
        if let Some(prev) = out.last_mut() {
            let spaced = prev.last == s.first
                && doc.tokens[s.first].start == doc.tokens[prev.last - 1].end + 1;
            if spaced
                && is_known_place(
                    gazetteer,
                    &doc.text[doc.tokens[prev.first].start..doc.tokens[s.last - 1].end],
                )
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

/// Places whose name begins with `The` (as the news corpora mark them: `The Hague`, `The Oval`).
const NAMES_WITH_THE: &[&str] = &[
    "Hague",
    "HAGUE",
    "Netherlands",
    "NETHERLANDS",
    "Oval",
    "OVAL",
    "Curragh",
    "Gambia",
    "Bahamas",
];

/// `The Home Office` → `Home Office` (names carry no determiner, except `NAMES_WITH_THE`), and
/// caption labels (`Image:` at the start of a line) are no names.
fn drop_determiners_and_captions(doc: &Doc, spans: &mut Vec<TaggedSpan>, gazetteer: &Gazetteer) {
    spans.retain_mut(|s| {
        if s.last - s.first >= 2
            && matches!(doc.token_text(s.first), "The" | "the" | "THE")
            && !(s.last - s.first == 2
                && doc.token_text(s.first) != "the"
                && NAMES_WITH_THE.contains(&doc.token_text(s.first + 1)))
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

/// `Lee Cheuk` + `-yan` → `Lee Cheuk-yan`: a person's name runs on through a hyphen written
/// without spaces (the tokenizer splits at hyphens).
fn extend_hyphenated_names(doc: &Doc, spans: &mut [TaggedSpan]) {
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

/// `Chancellor Olaf Scholz` → `Olaf Scholz` (PERSON): the guidelines keep titles out of names.
/// A title is dropped only when a capitalized name follows and the span is not headed like an
/// organization (`Foreign Ministry`, `Doctor Who Society of Canada` stay whole).
fn strip_titles(doc: &Doc, spans: &mut [TaggedSpan], gazetteer: &Gazetteer) {
    for s in spans.iter_mut() {
        if s.last - s.first < 2 || gazetteer.is(doc.token_text(s.head(doc)), "org_word") {
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

/// Titles that the gazetteer's `person_title` list lacks. They stay out of it until the tagger is
/// next retrained for another reason: the gazetteer is also the tagger's feature, so adding them
/// changes the model (`make test-model`), and the model retrained with them read `the Trump
/// administration` in the example article as a place.
const TITLES_NOT_IN_THE_GAZETTEER: &[&str] = &[
    "Legislator",
    "Lawmaker",
    "Assemblyman",
    "Assemblywoman",
    "Alderman",
];

/// A title before a name (`Senator`, `Legislator`), which the name's span leaves out.
fn is_title(gazetteer: &Gazetteer, word: &str) -> bool {
    TITLES_NOT_IN_THE_GAZETTEER.contains(&word) || gazetteer.is(word, "person_title")
}

/// Gazetteer classes of places.
const PLACE_CLASSES: &[&str] = &["country", "city", "region", "continent"];
/// Gazetteer classes of a name that make it something other than a person.
const KNOWN_AS_NOT_A_PERSON: &[&str] = &["org", "country", "city", "region"];

/// A name the gazetteer knows as a place.
pub(crate) fn is_known_place(gazetteer: &Gazetteer, name: &str) -> bool {
    gazetteer.is_any(name, PLACE_CLASSES)
}

/// `Gloria`, `Trump`: a capital and then lower-case letters only.
fn title_case(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().skip(1).all(char::is_lowercase)
}

/// Per token of `doc`: whether one of `spans` covers it.
fn tagged_tokens(doc: &Doc, spans: &[TaggedSpan]) -> Vec<bool> {
    let mut tagged = vec![false; doc.tokens.len()];
    for s in spans {
        tagged[s.first..s.last].iter_mut().for_each(|t| *t = true);
    }
    tagged
}

/// Adds names found outside the tagger's spans, keeping `spans` in text order.
fn add_spans(spans: &mut Vec<TaggedSpan>, added: Vec<TaggedSpan>) {
    if !added.is_empty() {
        spans.extend(added);
        spans.sort_by_key(|s| s.first);
    }
}

/// `Secretary of State`, `Governor of Texas`: a title with its `of` is no name (GUIDELINES: titles
/// stay outside names). What follows `of` stays only where it is a known place on its own
/// (`Texas`); `State` or `Defense` after a title names no entity.
fn drop_titles_with_of(doc: &Doc, spans: &mut Vec<TaggedSpan>, gazetteer: &Gazetteer) {
    spans.retain_mut(|s| {
        let titled = s.last - s.first >= 3
            && is_title(gazetteer, doc.token_text(s.first))
            && doc.token_text(s.first + 1) == "of";
        if !titled {
            return true;
        }
        s.first += 2;
        let rest = s.text(doc);
        let place = is_known_place(gazetteer, rest);
        if place {
            s.kind = ModelType::Loc;
        }
        place
    });
}

/// `US-China`, `Russia-Ukraine`: names joined by a hyphen are separate places (the training
/// corpus tags such pairs as one MISC span). Only pairs whose every part is a known place are
/// split, so `Rolls-Royce` stays whole; a MISC name that such a pair opens gives just the places.
/// A party letter before a state in brackets (`(R-Texas)`) leaves the state.
fn split_hyphenated_places(doc: &Doc, spans: &mut Vec<TaggedSpan>, gazetteer: &Gazetteer) {
    let is_place = |i: usize| is_known_place(gazetteer, doc.token_text(i));
    let mut out = Vec::with_capacity(spans.len());
    for s in spans.iter() {
        // `(R-Texas)`, `(D-New York)`: a lawmaker's party letter and state; the state is the place.
        let party_and_state = s.first > 0
            && s.last - s.first >= 3
            && doc.token_text(s.first - 1) == "("
            && matches!(doc.token_text(s.first), "R" | "D" | "I")
            && doc.token_text(s.first + 1) == "-"
            && is_known_place(
                gazetteer,
                &doc.text[doc.tokens[s.first + 2].start..doc.tokens[s.last - 1].end],
            );
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

/// `People’s Republic` + `of` + `China` → one PLACE, `Department` + `of` + `State` → one ORG: a
/// name whose head word takes an `of` complement continues through it (GUIDELINES: the longer
/// name wins).
fn join_names_with_of(doc: &Doc, spans: &mut Vec<TaggedSpan>, gazetteer: &Gazetteer) {
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

/// Month names (full or abbreviated), as they open a name the tagger ran on into.
const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Words that put a month right after them (`in March`, `to June`, `the August report`).
const BEFORE_MONTHS: &[&str] = &[
    "in", "to", "from", "since", "until", "by", "the", "of", "late", "early", "mid", "last",
    "next", "this", "during", "before", "after",
];

/// `in March Kaczmarek cancelled`, `to June Comelf exported`: a month after a preposition is a
/// date, not the start of the name that follows (`Jan` in `beat Jan Kroslak` stays a name).
fn drop_leading_months(doc: &Doc, spans: &mut [TaggedSpan]) {
    for s in spans.iter_mut() {
        let month = doc.token_text(s.first).trim_end_matches('.').to_lowercase();
        let after_preposition = s.first > 0 && BEFORE_MONTHS.contains(&doc.token_text(s.first - 1));
        if s.last - s.first >= 2 && after_preposition && MONTHS.contains(&month.as_str()) {
            s.first += 1;
        }
    }
}

/// `Kia Motor Corp of South Korea` → `Kia Motor Corp` + `South Korea`, `Karlsruhe of Germany` →
/// `Karlsruhe` + `Germany`: an organization "of" a known place is a company (its name ends in a
/// corporate word) or a one-word club, and the place is a name of its own. Not `Bank of England`
/// or `Duke of Orleans`, whose word before `of` is no name without its complement.
fn split_organizations_of_places(doc: &Doc, spans: &mut Vec<TaggedSpan>, gazetteer: &Gazetteer) {
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
            let company = coref::CORPORATE_ENDINGS
                .contains(&before.trim_end_matches('.').to_lowercase().as_str());
            let one_word_name = of == s.first + 1
                && title_case(before)
                && !gazetteer.is_any(before, &["org_word", "place_word", "person_title"]);
            let known = place < s.last
                && is_known_place(
                    gazetteer,
                    &doc.text[doc.tokens[place].start..doc.tokens[s.last - 1].end],
                );
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

/// `Andy Warhol Foundation` + `for the` + `Visual Arts` → one ORG, like `Institute for Fiscal
/// Studies` or `Centers for Disease Control`: an organization whose name ends in an organization
/// word (`Foundation`, `Council`, `Institute`) continues through `for` (or `for the`) into the
/// name right after it. The tagger, which saw few such names, stops at `for`.
fn join_organizations_with_for(doc: &Doc, spans: &mut Vec<TaggedSpan>, gazetteer: &Gazetteer) {
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

/// Head words of named facilities: buildings, stadiums, airports, bridges, streets, museums.
/// `Crystal Palace` and `Catholic Church` (clubs, institutions) are left out on purpose.
const FACILITY_HEADS: &[&str] = &[
    "Airport",
    "Airbase",
    "Arena",
    "Avenue",
    "Bridge",
    "Canal",
    "Cathedral",
    "Complex",
    "Dam",
    "Harbor",
    "Harbour",
    "Highway",
    "Hospital",
    "Hotel",
    "Mall",
    "Memorial",
    "Mosque",
    "Museum",
    "Planetarium",
    "Prison",
    "Square",
    "Stadium",
    "Station",
    "Temple",
    "Towers",
    "Zoo",
];
/// Facility heads that are also surnames (`Stuart Hall`): they relabel an ORG, never a PERSON.
const FACILITY_HEADS_ALSO_SURNAMES: &[&str] = &["Base", "Hall", "Road", "Street", "Tower"];
/// A `… Center` is a building (`Kennedy Space Center`, `Lincoln Center`) unless the word before
/// makes it an institute (`Pew Research Center`, `Southern Poverty Law Center`).
const CENTER_INSTITUTES: &[&str] = &[
    "Data",
    "Development",
    "Information",
    "Justice",
    "Law",
    "Policy",
    "Press",
    "Research",
    "Resource",
    "Rights",
    "Strategic",
    "Studies",
];

/// `Kennedy Space Center`, `Heathrow Airport`, `Museum of Flight` → PLACE: the guidelines file
/// named facilities under places, while the tagger, trained on few of them, often calls them ORG
/// or mistakes the first word for a surname. The head is the word before `of`, else the last.
fn facilities_are_places(doc: &Doc, spans: &mut [TaggedSpan]) {
    for s in spans
        .iter_mut()
        .filter(|s| matches!(s.kind, ModelType::Per | ModelType::Org) && s.last - s.first >= 2)
    {
        let head_at = s.head(doc);
        let head = doc.token_text(head_at);
        let center = matches!(head, "Center" | "Centre")
            && head_at > s.first
            && !CENTER_INSTITUTES.contains(&doc.token_text(head_at - 1));
        let org_only = s.kind == ModelType::Org && FACILITY_HEADS_ALSO_SURNAMES.contains(&head);
        if FACILITY_HEADS.contains(&head) || center || org_only {
            s.kind = ModelType::Loc;
        }
    }
}

/// Last words of newspapers, agencies and broadcasters.
const MEDIA_HEADS: &[&str] = &[
    "Herald",
    "Times",
    "Post",
    "Journal",
    "Tribune",
    "Gazette",
    "Chronicle",
    "Telegraph",
    "Weekly",
    "Observer",
    "Courier",
    "Inquirer",
    "Examiner",
];

/// `New Zealand Herald`, `Los Angeles Times`, `Saudi Gazette` → ORG: a paper named for its city
/// or its people is the paper, not the place or the nationality that the name at its front made
/// the tagger say. Only names tagged as places or MISC change: a person named like a paper
/// (`Emily Post`) stays the tagger's call.
fn media_are_organizations(doc: &Doc, spans: &mut [TaggedSpan]) {
    for s in spans
        .iter_mut()
        .filter(|s| matches!(s.kind, ModelType::Loc | ModelType::Misc) && s.last - s.first >= 2)
    {
        if MEDIA_HEADS.contains(&doc.token_text(s.last - 1)) {
            s.kind = ModelType::Org;
        }
    }
}

/// Top-level and second-level domains that close a web address written as a name.
pub(super) const WEB_DOMAINS: &[&str] = &[
    "com", "org", "net", "info", "news", "tv", "io", "gov", "edu", "co", "uk", "ca", "au", "de",
    "fr", "in", "ie", "nz", "us",
];

/// `CBC.ca`, `Amazon.com`, `Gawker.com`: a name written on into a web domain is the site or
/// the firm behind it, an organization, and the domain is part of the name (the tagger, which
/// sees `Amazon` `.` `com`, reads the river or a surname).
fn web_addresses_are_organizations(doc: &Doc, spans: &mut [TaggedSpan]) {
    let n = doc.tokens.len();
    let touching = |a: usize, b: usize| doc.tokens[a].end == doc.tokens[b].start;
    for s in spans.iter_mut() {
        let mut last = s.last;
        while last + 1 < n
            && doc.token_text(last) == "."
            && touching(last - 1, last)
            && touching(last, last + 1)
            && WEB_DOMAINS.contains(&doc.token_text(last + 1))
        {
            last += 2;
        }
        if last > s.last {
            s.last = last;
            s.kind = ModelType::Org;
        }
    }
}

/// Words that show a sports report: results, fixtures, standings.
const SPORTS_WORDS: &[&str] = &[
    "baseball",
    "basketball",
    "beat",
    "champions",
    "championship",
    "coach",
    "cricket",
    "cup",
    "defeated",
    "draw",
    "football",
    "game",
    "games",
    "goal",
    "goals",
    "golf",
    "halftime",
    "hockey",
    "innings",
    "league",
    "match",
    "matches",
    "midfielder",
    "playoff",
    "playoffs",
    "quarter-final",
    "rugby",
    "scored",
    "season",
    "semi-final",
    "soccer",
    "striker",
    "tennis",
    "tournament",
];

/// How much of the article reads like a sports report: sports words and scores (`3-1`) per word.
fn sports_density(doc: &Doc) -> f64 {
    let (mut words, mut sporty) = (0usize, 0usize);
    for (i, t) in doc.tokens.iter().enumerate() {
        if t.kind == TokenKind::Punct {
            continue;
        }
        words += 1;
        let w = doc.token_text(i);
        let score = t.kind == TokenKind::Number
            && doc
                .tokens
                .get(i + 2)
                .is_some_and(|n| n.kind == TokenKind::Number)
            && doc.token_text(i + 1) == "-"
            && doc.tokens[i + 1].start == t.end
            && doc.tokens[i + 2].start == doc.tokens[i + 1].end;
        if score || SPORTS_WORDS.iter().any(|s| s.eq_ignore_ascii_case(w)) {
            sporty += 1;
        }
    }
    if words == 0 {
        0.0
    } else {
        sporty as f64 / words as f64
    }
}

/// Below this share of sports words, an article is no sports report.
const SPORTS_REPORT_DENSITY: f64 = 0.01;

/// `Houston` → PLACE outside the sports pages: the training corpus is full of results tables
/// where a city stands for its club (ORG), and the tagger carries that into news where a city is
/// a city. Only whole known city names are relabelled, and only in articles with (almost) no
/// sports vocabulary.
fn cities_are_places_outside_sports(
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

/// `Romelu Lukaku, Yannick Carrasco, and Dries Mertens`: a two-word name listed among two or more
/// full personal names is a person too, where the tagger, on the sports pages, made it a club.
/// Names that the gazetteer or their last word place elsewhere (`Kia Motors`, `Hong Kong`) stay.
fn people_listed_with_people(doc: &Doc, spans: &mut [TaggedSpan], gazetteer: &Gazetteer) {
    let joined = |a: &TaggedSpan, b: &TaggedSpan| {
        let conjunction = |i: usize| matches!(doc.token_text(i), "and" | "or");
        match b.first.checked_sub(a.last) {
            Some(1) => doc.token_text(a.last) == "," || conjunction(a.last),
            Some(2) => doc.token_text(a.last) == "," && conjunction(a.last + 1),
            _ => false,
        }
    };
    let mut order: Vec<usize> = (0..spans.len()).collect();
    order.sort_by_key(|&i| spans[i].first);
    let mut start = 0;
    while start < order.len() {
        let mut end = start + 1;
        while end < order.len() && joined(&spans[order[end - 1]], &spans[order[end]]) {
            end += 1;
        }
        let list = &order[start..end];
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
        start = end;
    }
}

/// `Gloria` → PERSON outside the sports pages: a lone given name that the tagger, used to clubs
/// and firms named by one word, calls an organization is a person, unless the name is also a
/// place or a known organization (`Jordan`, `Florence`); in sports reports a one-word name is as
/// likely a club (`Chelsea`), so they are left alone. Every mention of it then votes the same
/// way, so one such slip would otherwise relabel the whole person.
fn given_names_are_people_outside_sports(
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
            && !is_known_place(gazetteer, w)
            && !gazetteer.is_any(w, NOT_PEOPLE)
        {
            s.kind = ModelType::Per;
        }
    }
}

/// Nouns that describe a person and nothing else, as an apposition reads them (`Marit Sydney, an
/// Australian woman`). Words that also describe companies or countries (`player`, `member`,
/// `leader`, `veteran`) are left out.
const PERSON_NOUNS: &[&str] = &[
    "activist",
    "actor",
    "actress",
    "artist",
    "attorney",
    "author",
    "boy",
    "businessman",
    "businesswoman",
    "daughter",
    "doctor",
    "economist",
    "entrepreneur",
    "farmer",
    "father",
    "girl",
    "grandfather",
    "grandmother",
    "husband",
    "journalist",
    "lawyer",
    "man",
    "mother",
    "novelist",
    "nurse",
    "painter",
    "photographer",
    "pilot",
    "poet",
    "politician",
    "priest",
    "professor",
    "reporter",
    "scientist",
    "singer",
    "son",
    "songwriter",
    "spokesman",
    "spokeswoman",
    "student",
    "teenager",
    "widow",
    "widower",
    "wife",
    "woman",
    "writer",
];

/// `Marit Sydney, an Australian woman, …` and `Dagny Chelsea, 41, from Oslo`: a name the
/// apposition after it describes as a person (`a`/`an`, at most three words, a person noun), or
/// a name of two words or more followed by an age between commas, is a person, whatever the
/// tagger read in an unfamiliar name. Its surname elsewhere (`Sydney says …`) then joins it in
/// coreference. A one-word name that is a known place or organization keeps its label.
fn people_described_in_apposition(doc: &Doc, spans: &mut [TaggedSpan], gazetteer: &Gazetteer) {
    let text = |i: usize| (i < doc.tokens.len()).then(|| doc.token_text(i));
    for s in spans.iter_mut().filter(|s| s.kind != ModelType::Per) {
        let name = s.text(doc);
        // Words as written: `Anne-Marie Lund-Berg` is two, though the hyphens split its tokens.
        let words = name.split_whitespace().count();
        if text(s.last) != Some(",")
            || !name
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase))
            || words == 1 && gazetteer.is_any(name, KNOWN_AS_NOT_A_PERSON)
        {
            continue;
        }
        let next = s.last + 1;
        let aged = words >= 2
            && text(next)
                .and_then(|w| w.parse::<u32>().ok())
                .is_some_and(|age| (1..=110).contains(&age))
            && text(next + 1) == Some(",");
        let described = matches!(text(next), Some("a" | "an"))
            && (next + 1..next + 5)
                .take_while(|&i| text(i).is_some() && doc.tokens[i].kind == TokenKind::Word)
                .any(|i| PERSON_NOUNS.contains(&doc.token_text(i)));
        if aged || described {
            s.kind = ModelType::Per;
        }
    }
}

/// `NFL - CUNNINGHAM RETIRES` over an article about `Randall Cunningham`: a word in capitals the
/// tagger left out is the name the article writes in ordinary case, with that name's label.
/// Runs of such words are matched longest first (`RANDALL CUNNINGHAM`); one word alone must be
/// the whole of a name or the surname of a person with a known given name, and at least three
/// letters long.
fn capitals_named_in_the_body(doc: &Doc, spans: &mut Vec<TaggedSpan>, gazetteer: &Gazetteer) {
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

/// `NICE, France 1996-08-30`, `LOS ANGELES (Reuters) -`, `WASHINGTON —`: the name in capitals
/// that opens a line and is followed by a date, a bracketed source or a dash is the dateline's
/// place, even on the sports pages where the tagger reads a city in capitals as its club. Its
/// `, Country` is a place too.
fn datelines_are_places(doc: &Doc, spans: &mut [TaggedSpan], gazetteer: &Gazetteer) {
    let capitals = |s: &TaggedSpan| {
        (s.first..s.last).all(|i| !doc.token_text(i).chars().any(char::is_lowercase))
    };
    const MONTHS: &[&str] = &[
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
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
        let month = MONTHS.iter().any(|m| {
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
        let place = country.is_some() || is_known_place(gazetteer, s.text(doc));
        if place && same_line(after) && opens_dateline(after) {
            spans[k].kind = ModelType::Loc;
            if country.is_some() {
                spans[k + 1].kind = ModelType::Loc;
            }
        }
    }
}

/// Words after a leader's name that make the name a modifier: `Trump administration`, `Monti
/// government`, `Assad regime`.
const LED_BY: &[&str] = &[
    "administration",
    "cabinet",
    "campaign",
    "era",
    "government",
    "presidency",
    "regime",
];

/// `the Trump administration` → `Trump` PERSON (GUIDELINES: a name used as a modifier is still
/// marked, as what it names): a one-word name in title case before `administration`,
/// `government` and the like is the leader's, where the tagger, trained on business news in
/// which `Trump` was mostly a company, may call it an organization. Known organizations,
/// places and nationalities (`Labour government`, `Syrian regime`) keep their label.
fn leaders_before_administrations(doc: &Doc, spans: &mut [TaggedSpan], gazetteer: &Gazetteer) {
    for s in spans
        .iter_mut()
        .filter(|s| matches!(s.kind, ModelType::Org | ModelType::Misc) && s.last - s.first == 1)
    {
        let w = doc.token_text(s.first);
        let led = s.last < doc.tokens.len() && LED_BY.contains(&doc.token_text(s.last));
        if title_case(w)
            && w.len() > 2
            && led
            && !is_known_place(gazetteer, w)
            && !gazetteer.is_any(w, &["org", "demonym"])
        {
            s.kind = ModelType::Per;
        }
    }
}

/// Capitalized only because they start a sentence or a quote: never a name on their own.
const FUNCTION_WORDS: &[&str] = &[
    "a", "after", "all", "also", "although", "an", "and", "as", "at", "because", "before", "both",
    "but", "by", "each", "even", "every", "for", "from", "he", "her", "here", "his", "how",
    "however", "i", "if", "in", "it", "its", "many", "more", "most", "my", "no", "not", "now",
    "of", "on", "once", "one", "only", "or", "our", "she", "since", "so", "some", "such", "that",
    "the", "their", "then", "there", "these", "they", "this", "those", "though", "to", "under",
    "unless", "until", "we", "what", "when", "where", "whether", "which", "while", "who", "why",
    "with", "yet", "you", "your",
];

/// Acronyms of roles, ranks and common things, written in capitals but never a name: the tagger
/// reads an unknown acronym as an organization (`Mohamed was a VIP guest`, `Tom Molomby, QC`).
const COMMON_ACRONYMS: &[&str] = &[
    "CEO", "CEOs", "CFO", "COO", "CTO", "GDP", "HTML", "IPO", "MEP", "MEPs", "MP", "MPs", "PDF",
    "PhD", "QC", "URL", "VIP", "VIPs",
];

/// Headings that web pages put on a line of their own between an article's paragraphs.
const SECTION_HEADINGS: &[&str] = &[
    "Advertisement",
    "Background",
    "Categories",
    "Comments",
    "Contents",
    "Corrections",
    "Notes",
    "Reactions",
    "References",
    "Related",
    "Share",
    "Sources",
    "Timeline",
    "Update",
];

/// `Sources`, `Related`, `Advertisement` alone on a line (a pasted web page's section headings)
/// are no names.
fn drop_section_headings(doc: &Doc, spans: &mut Vec<TaggedSpan>) {
    spans.retain(|s| {
        !(s.last - s.first == 1
            && SECTION_HEADINGS.contains(&doc.token_text(s.first))
            && doc.starts_line(s.first)
            && doc.ends_line(s.first))
    });
}

/// `While` at the start of a quote, `We’re` after an opening mark: a one-word "name" that is a
/// function word or a contraction (`’re`, `’ve`, `’ll`, `’m`, `’d`, `n’t`) is dropped, and so is a
/// common acronym (`CEO`, `MP`, `VIP`).
fn drop_function_words(doc: &Doc, spans: &mut Vec<TaggedSpan>) {
    spans.retain(|s| {
        if s.last - s.first != 1 {
            return true;
        }
        if COMMON_ACRONYMS.contains(&doc.token_text(s.first)) {
            return false;
        }
        let lower = doc
            .token_text(s.first)
            .replace('\u{2019}', "'")
            .to_lowercase();
        let contraction = ["'re", "'ve", "'ll", "'m", "'d", "n't"]
            .iter()
            .any(|c| lower.ends_with(c));
        !(contraction || FUNCTION_WORDS.contains(&lower.as_str()))
    });
}

/// Prepositions and conjunctions that a line break or a headline capitalizes onto a name's edge
/// (`Elizabeth Quat In the New Territories`, `For Inspiration and Recognition …`).
const EDGE_WORDS: &[&str] = &[
    "after", "and", "as", "at", "because", "before", "but", "by", "for", "from", "if", "in", "on",
    "or", "since", "to", "until", "when", "while", "with",
];

/// A name neither starts nor ends with a capitalized preposition or conjunction, nor ends with a
/// caption label (`Ahmed Mohamed Image:` → `Ahmed Mohamed`).
fn trim_edge_words(doc: &Doc, spans: &mut [TaggedSpan], gazetteer: &Gazetteer) {
    let edge = |i: usize| {
        let w = doc.token_text(i);
        w.chars().next().is_some_and(char::is_uppercase)
            && w.len() <= 7
            && EDGE_WORDS.contains(&w.to_ascii_lowercase().as_str())
    };
    for s in spans.iter_mut() {
        while s.last - s.first >= 2 && edge(s.first) {
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

/// `Saudi` + `Interior Ministry` → `Saudi Interior Ministry` (ORG), `Indonesian Navy` (ORG): the
/// guidelines keep a nationality that opens an organization's name inside it (`U.S. State
/// Department`), where the tagger, trained on a corpus that splits them, leaves a NORP before
/// the ORG. Only a one-word nationality directly before an organization head is joined.
fn join_nationality_to_organizations(
    doc: &Doc,
    spans: &mut Vec<TaggedSpan>,
    gazetteer: &Gazetteer,
) {
    const FORCES: &[&str] = &["Army", "Navy", "Police", "Parliament", "Senate"];
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
            if free && adjacent(s.first, s.last) && FORCES.contains(&doc.token_text(s.last)) {
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

/// Roles that a caption or a run-on line glues after an organization or a place
/// (`Museum of Flight CEO`): they are no part of its name.
const TRAILING_ROLES: &[&str] = &[
    "CEO",
    "Chairman",
    "Chairwoman",
    "Chief",
    "MP",
    "Spokesman",
    "Spokesperson",
    "Spokeswoman",
];

/// `NASA Bill Ingalls` → `NASA` + `Bill Ingalls`, `Museum of Flight CEO` → `Museum of Flight`: an
/// organization or place span that ends in a known first name and a capitalized word is a name
/// followed by a person (photo credits, run-on captions); one that ends in a role drops it.
fn split_trailing_people_and_roles(doc: &Doc, spans: &mut Vec<TaggedSpan>, gazetteer: &Gazetteer) {
    let mut out = Vec::with_capacity(spans.len());
    for s in spans.iter() {
        let mut s = *s;
        if matches!(s.kind, ModelType::Org | ModelType::Loc) {
            while s.last - s.first >= 2 && TRAILING_ROLES.contains(&doc.token_text(s.last - 1)) {
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
                        kind: s.kind,
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

/// Words that qualify a title without being one on their own: `Shadow Home Secretary`,
/// `Emeritus Professor`, `Vice Chancellor`.
const TITLE_QUALIFIERS: &[&str] = &[
    "Shadow",
    "Home",
    "Emeritus",
    "Vice",
    "Assistant",
    "Associate",
    "Senior",
    "Junior",
    "Permanent",
    "Executive",
    "Managing",
    "Under",
    "Undersecretary",
];

/// `Shadow Home` (Secretary Yvette Cooper), `Emeritus` (Professor John Burrows): what the
/// tagger leaves of a title before a person's name is no name. A span made only of titles and
/// their qualifiers, followed (past any further title words) by a person, is dropped.
fn drop_title_remnants(doc: &Doc, spans: &mut Vec<TaggedSpan>, gazetteer: &Gazetteer) {
    let title_word = |i: usize| {
        let w = doc.token_text(i);
        TITLE_QUALIFIERS.contains(&w) || is_title(gazetteer, w)
    };
    let person_starts: std::collections::HashSet<usize> = spans
        .iter()
        .filter(|s| s.kind == ModelType::Per)
        .map(|s| s.first)
        .collect();
    spans.retain(|s| {
        if !(s.first..s.last).all(title_word) {
            return true;
        }
        let mut next = s.last;
        while next < doc.tokens.len() && title_word(next) {
            next += 1;
        }
        !person_starts.contains(&next)
    });
}

/// The tagger's MISC (not scored, shown as NORP or MISC) often hides a scored name that the
/// article itself or the name's form gives away:
/// - a single word that is the family name of a person named in full elsewhere (`Cruise` after
///   `Tom Cruise`), or a known organization (`Guardian`): the person or organization;
/// - `Kim Jong-un`, `Kwok Ka-ki`: a family name and a hyphenated given name, the East Asian way;
/// - `Grand Mosque`: a named facility, a place.
fn misc_names_by_form(doc: &Doc, spans: &mut [TaggedSpan], gazetteer: &Gazetteer) {
    if !spans.iter().any(|s| s.kind == ModelType::Misc) {
        return;
    }
    let family_names: std::collections::HashSet<&str> = spans
        .iter()
        .filter(|s| s.kind == ModelType::Per && s.last - s.first >= 2)
        .map(|s| doc.token_text(s.last - 1))
        .collect();
    let lower_word = |i: usize| {
        doc.tokens[i].kind == TokenKind::Word && doc.token_text(i).chars().all(char::is_lowercase)
    };
    for s in spans.iter_mut().filter(|s| s.kind == ModelType::Misc) {
        let words = s.last - s.first;
        let text = s.text(doc);
        if words == 1 && !gazetteer.is(text, "demonym") {
            if family_names.contains(text) {
                s.kind = ModelType::Per;
            } else if gazetteer.is(text, "org") {
                s.kind = ModelType::Org;
            }
            continue;
        }
        // `Kim` `Jong` `-` `un`: tokens split at the hyphen, written without spaces.
        let hyphenated_given_name = words == 4
            && capitalized_word(doc, s.first)
            && capitalized_word(doc, s.first + 1)
            && doc.token_text(s.first + 2) == "-"
            && lower_word(s.first + 3)
            && doc.tokens[s.first + 1].end == doc.tokens[s.first + 2].start
            && doc.tokens[s.first + 2].end == doc.tokens[s.first + 3].start
            && doc.token_text(s.first).len() <= 6;
        if hyphenated_given_name {
            s.kind = ModelType::Per;
        } else if words >= 2 && FACILITY_HEADS.contains(&doc.token_text(s.last - 1)) {
            s.kind = ModelType::Loc;
        }
    }
}

/// `U.S Not Expecting …`: a country's dotted short form (`U.S.`, `U.S`, `U.K.`) is a place
/// wherever the tagger let it pass (headlines in title case hide it among capitals).
fn dotted_country_forms(doc: &Doc, spans: &mut Vec<TaggedSpan>, gazetteer: &Gazetteer) {
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

/// `World Health Organisation (WHO)` … `WHO says`: an acronym that an article spells out is a
/// mention of that name wherever it appears, even where the tagger let it pass. Only untagged
/// all-capital words of two or more letters outside all-capital lines are added.
fn acronyms_of_spelled_out_names(doc: &Doc, spans: &mut Vec<TaggedSpan>) {
    let mut acronyms: std::collections::HashMap<String, ModelType> =
        std::collections::HashMap::new();
    for s in spans
        .iter()
        .filter(|s| matches!(s.kind, ModelType::Org | ModelType::Loc) && s.last - s.first >= 2)
    {
        let initials: String = (s.first..s.last)
            .map(|i| doc.token_text(i))
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .filter_map(|w| w.chars().next())
            .collect();
        if initials.chars().count() >= 2 {
            acronyms.entry(initials).or_insert(s.kind);
        }
    }
    if acronyms.is_empty() {
        return;
    }
    let tagged = tagged_tokens(doc, spans);
    let word = |i: usize| doc.tokens[i].kind == TokenKind::Word;
    let all_caps = |i: usize| {
        let w = doc.token_text(i);
        w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase)
    };
    let mut added = Vec::new();
    for sentence in &doc.sentences {
        let candidates: Vec<(usize, ModelType)> = sentence
            .tokens
            .clone()
            .filter(|&i| !tagged[i] && word(i) && all_caps(i))
            .filter_map(|i| acronyms.get(doc.token_text(i)).map(|&t| (i, t)))
            .collect();
        if candidates.is_empty() {
            continue;
        }
        // A line in capitals (a headline) is no place to read acronyms.
        let words = sentence.tokens.clone().filter(|&j| word(j)).count();
        let caps = sentence
            .tokens
            .clone()
            .filter(|&j| word(j) && all_caps(j))
            .count();
        if (caps - 1) * 2 < words {
            added.extend(candidates.into_iter().map(|(i, kind)| TaggedSpan {
                first: i,
                last: i + 1,
                kind,
            }));
        }
    }
    add_spans(spans, added);
}

pub fn recognize(doc: &Doc) -> Entities {
    let Some(w) = weights() else {
        return Entities::default();
    };
    let gazetteer = Gazetteer::builtin();
    let mut spans = tag_document(doc, w, gazetteer);
    split_at_name_breakers(doc, &mut spans, gazetteer);
    trim_to_words(doc, &mut spans);
    balance_brackets(doc, &mut spans);
    drop_lowercase_tails(doc, &mut spans);
    drop_leading_months(doc, &mut spans);
    drop_determiners_and_captions(doc, &mut spans, gazetteer);
    join_split_known_places(doc, &mut spans, gazetteer);
    extend_hyphenated_names(doc, &mut spans);
    strip_titles(doc, &mut spans, gazetteer);
    split_hyphenated_places(doc, &mut spans, gazetteer);
    join_names_with_of(doc, &mut spans, gazetteer);
    split_organizations_of_places(doc, &mut spans, gazetteer);
    drop_titles_with_of(doc, &mut spans, gazetteer);
    join_organizations_with_for(doc, &mut spans, gazetteer);
    trim_edge_words(doc, &mut spans, gazetteer);
    join_nationality_to_organizations(doc, &mut spans, gazetteer);
    split_trailing_people_and_roles(doc, &mut spans, gazetteer);
    drop_title_remnants(doc, &mut spans, gazetteer);
    facilities_are_places(doc, &mut spans);
    media_are_organizations(doc, &mut spans);
    web_addresses_are_organizations(doc, &mut spans);
    misc_names_by_form(doc, &mut spans, gazetteer);
    // Both rules below read only organizations: without any, the article need not be measured.
    let sports_report = spans.iter().any(|s| s.kind == ModelType::Org)
        && sports_density(doc) >= SPORTS_REPORT_DENSITY;
    cities_are_places_outside_sports(doc, &mut spans, gazetteer, sports_report);
    given_names_are_people_outside_sports(doc, &mut spans, gazetteer, sports_report);
    people_listed_with_people(doc, &mut spans, gazetteer);
    datelines_are_places(doc, &mut spans, gazetteer);
    leaders_before_administrations(doc, &mut spans, gazetteer);
    people_described_in_apposition(doc, &mut spans, gazetteer);
    drop_function_words(doc, &mut spans);
    drop_section_headings(doc, &mut spans);
    acronyms_of_spelled_out_names(doc, &mut spans);
    dotted_country_forms(doc, &mut spans, gazetteer);
    capitals_named_in_the_body(doc, &mut spans, gazetteer);
    coref::cluster(doc, &spans, gazetteer)
}

#[cfg(test)]
mod tests;
