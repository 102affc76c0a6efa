//! A name a sentence defines (`Oberwil is a village in …`, `Wolin, a town on …`): the kind
//! the noun heading its description gives.

use super::kind_and_entry;
use crate::entities::rules::spans::{add_spans, capitalized_word, tagged_tokens};
use crate::entities::tagger::model::ModelType;
use crate::entities::tagger::TaggedSpan;
use crate::entities::words;
use crate::text::{Doc, TokenKind};
use std::sync::OnceLock;

/// Words that end the description after `is a`: prepositions, relatives and the participles that
/// begin what follows its head noun (`a band formed in Sheffield`).
const DESCRIPTION_ENDS: &[&str] = &[
    "in",
    "of",
    "on",
    "at",
    "from",
    "for",
    "to",
    "by",
    "with",
    "that",
    "which",
    "who",
    "whose",
    "and",
    "or",
    "near",
    "based",
    "founded",
    "formed",
    "located",
    "situated",
    "headquartered",
    "owned",
    "known",
    "called",
    "named",
    "established",
    "built",
];

/// Whether tokens `first..last` may be a name the tagger missed: one to four capitalized words
/// under no span, the first no function word (`It is a town`).
/// `tagged` marks the tokens under a span (`tagged_tokens`): one lookup a token, where a scan of
/// the spans for each sentence grew with the square of the text.
#[inline(never)]
fn missed(doc: &Doc, tagged: &[bool], first: usize, last: usize) -> bool {
    last > first
        && last - first <= 4
        && !tagged[first..last].iter().any(|&t| t)
        && (first..last).all(|i| capitalized_word(doc, i))
        && !words::function_words().contains_ignoring_ascii_case(doc.token_text(first))
}

/// The kind a plural class noun gives (`companies`, `bands`, `towns`, `churches`), if any:
/// `towns like Millbrook`, `such bands as The Harrow Lights`.
pub(super) fn class_of_plural(noun: &str) -> Option<ModelType> {
    let stem = noun.strip_suffix('s')?;
    let plural_of = |w: &str| {
        stem == w
            || stem.strip_suffix('e') == Some(w)
            || w.strip_suffix('y')
                .is_some_and(|y| stem.strip_suffix("ie") == Some(y))
    };
    if plural_of("group") {
        return Some(ModelType::Org);
    }
    class_nouns()
        .iter()
        .find(|&&(_, w)| plural_of(w))
        .map(|&(kind, _)| kind)
}

/// The class nouns with their kinds, split once: the question comes at every sentence and
/// every name before a comma.
fn class_nouns() -> &'static [(ModelType, &'static str)] {
    static NOUNS: OnceLock<Vec<(ModelType, &'static str)>> = OnceLock::new();
    NOUNS.get_or_init(|| {
        words::class_nouns()
            .iter()
            .map(|l| kind_and_entry(l))
            .collect()
    })
}

/// Whether `word` is one of the class nouns (`university`, `village`).
pub(super) fn is_class_noun(word: &str) -> bool {
    class_of(word).is_some()
}

/// The kind a class noun gives (`village` PLACE, `company` ORG), if any.
fn class_of(noun: &str) -> Option<ModelType> {
    class_nouns()
        .iter()
        .find(|&&(_, w)| w == noun)
        .map(|&(kind, _)| kind)
}

/// The kind the description starting at token `i` gives (`a small market town in …` → place):
/// an article, then words up to the first of `DESCRIPTION_ENDS` or a mark; the last of them,
/// the head noun, must be one of the class nouns, or a person's (`words/person_nouns.txt`:
/// `a German conductor` → person). `None` for anything else (`a former company director`: the
/// head is `director`).
///
/// An apposition (`appositive`) must go on past its head in words (`Wolin, a town on …`): one
/// that stops at a mark may be an item of a list (`many Greek Chapels, a Greek bakery,
/// shops`).
#[inline(never)]
fn described_kind(doc: &Doc, mut i: usize, end: usize, appositive: bool) -> Option<ModelType> {
    if i < end && matches!(doc.token_text(i), "a" | "an" | "the") {
        i += 1;
    } else {
        return None;
    }
    // The words up to the first of `DESCRIPTION_ENDS` or a mark, from `from`.
    let scan = |mut i: usize| {
        let from = i;
        while i < end
            && i - from < 8
            && (doc.tokens[i].kind == TokenKind::Word
                && !DESCRIPTION_ENDS.contains(&doc.token_text(i))
                || doc.token_text(i) == "-")
        {
            i += 1;
        }
        (i > from).then_some(i)
    };
    let stop = scan(i)?;
    // `an aerospace and defense company`, `a town or village`: after `and` or `or` and a
    // lower-case word the description goes on to its head; a determiner or a capital there
    // ends it (`a town and the seat of …`), and so does a second part with no class
    // (`a district and has …` keeps `district`).
    if stop + 1 < end
        && matches!(doc.token_text(stop), "and" | "or")
        && doc
            .token_text(stop + 1)
            .bytes()
            .all(|b| b.is_ascii_lowercase())
        && !words::function_words().contains(&doc.token_text(stop + 1))
    {
        if let Some(kind) = scan(stop + 1).and_then(|i| head_kind(doc, i, end, appositive)) {
            return Some(kind);
        }
    }
    head_kind(doc, stop, end, appositive)
}

/// The kind the head noun ending at token `i` (exclusive) gives, `end` bounding the sentence.
fn head_kind(doc: &Doc, i: usize, end: usize, appositive: bool) -> Option<ModelType> {
    if doc.tokens[i - 1].kind != TokenKind::Word
        || appositive && (i == end || doc.tokens[i].kind != TokenKind::Word)
    {
        return None;
    }
    let head = doc.token_text(i - 1);
    if !head.chars().all(|c| c.is_ascii_lowercase()) {
        return None;
    }
    // `an experimental rock group` is a band; `a group of islands` is not (the `of` ends the
    // description right after its head).
    if head == "group" {
        return (i == end || doc.token_text(i) != "of").then_some(ModelType::Org);
    }
    // `a British radio station` is a broadcaster, an organization as CoNLL marks them; `a
    // railway station` is a place (round 18).
    if head == "station" && i >= 2 && matches!(doc.token_text(i - 2), "radio" | "television" | "TV")
    {
        return Some(ModelType::Org);
    }
    class_of(head).or_else(|| {
        words::person_nouns()
            .contains(&head)
            .then_some(ModelType::Per)
    })
}

/// `Oberwil is a village in …` → PLACE; `Halvorsen Marine is a Norwegian shipbuilding company`,
/// `The Velvet Owls are an English indie rock band` → ORG; `Wolin, a town on the island …` →
/// PLACE. The name opening a sentence before `is`, `was`, `are` or `were` (a bracket between
/// skipped: `X (born 1961) is …`), or any name before `, a` or `, an`, takes the kind of the noun
/// heading its description (`words/class_nouns.txt`). A
/// sentence-opening name the tagger missed is added when it is one to four capitalized words,
/// not a function word (`It is a town` names nothing). The same name elsewhere in the article
/// takes the kind the definition gives (`York` on the title line above `York is a cathedral
/// city`, which the tagger and the rule for lone given names had made a person).
pub(crate) fn names_defined_by_their_class(doc: &Doc, spans: &mut Vec<TaggedSpan>) {
    let mut added = Vec::new();
    // The names a sentence defines, with their kind: the same name elsewhere takes it too.
    let mut defined: Vec<(&str, ModelType)> = Vec::new();
    // Retyping below changes no span's tokens, so one map serves every sentence.
    let tagged = tagged_tokens(doc, spans);
    for sentence in &doc.sentences {
        let (start, end) = (sentence.tokens.start, sentence.tokens.end);
        // `Penhallow, a hamlet in Cornwall, …`: a missed name opening the sentence before its
        // apposition (a tagged one is read below, with every name before `, a`).
        if let Some(comma) = (start + 1..end.min(start + 5)).find(|&k| doc.token_text(k) == ",") {
            if missed(doc, &tagged, start, comma) {
                if let Some(kind) = described_kind(doc, comma + 1, end, true) {
                    added.push(TaggedSpan {
                        first: start,
                        last: comma,
                        kind,
                    });
                }
            }
        }
        let Some(copula) = (start + 1..end.min(start + 16))
            .find(|&k| matches!(doc.token_text(k), "is" | "was" | "are" | "were"))
        else {
            continue;
        };
        let Some(kind) = described_kind(doc, copula + 1, end, false) else {
            continue;
        };
        // The subject ends before the copula or before a bracket that ends there.
        let mut subject_end = copula;
        if doc.token_text(copula - 1) == ")" {
            match (start..copula - 1)
                .rev()
                .find(|&j| doc.token_text(j) == "(")
            {
                Some(open) => subject_end = open,
                None => continue,
            }
        }
        let first = if doc.token_text(start) == "The" {
            start + 1
        } else {
            start
        };
        if subject_end <= first {
            continue;
        }
        // Spans are in text order (`add_spans`): look only at those opening at `start` or `first`.
        let from = spans.partition_point(|s| s.first < start);
        if let Some(s) = spans[from..]
            .iter_mut()
            .take_while(|s| s.first <= first)
            .find(|s| s.last == subject_end)
        {
            s.kind = kind;
            defined.push((s.text(doc), kind));
        } else if missed(doc, &tagged, first, subject_end) {
            let name = TaggedSpan {
                first,
                last: subject_end,
                kind,
            };
            defined.push((name.text(doc), kind));
            added.push(name);
        }
    }
    // `York` on its title line, read as a given name, is the city its first sentence defines:
    // an article names its subject alike throughout (one definition, at most a few: the check
    // costs nothing where no sentence defines a name).
    if !defined.is_empty() {
        for s in spans.iter_mut() {
            if let Some(&(_, kind)) = defined.iter().find(|&&(t, _)| t == s.text(doc)) {
                s.kind = kind;
            }
        }
    }
    for s in spans.iter_mut() {
        if s.last + 2 < doc.tokens.len() && doc.token_text(s.last) == "," {
            // The description stops at the sentence's mark, so the text's end bounds it.
            if let Some(kind) = described_kind(doc, s.last + 1, doc.tokens.len(), true) {
                s.kind = kind;
            }
        }
    }
    add_spans(spans, added);
}
