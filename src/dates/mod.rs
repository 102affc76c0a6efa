//! Dates and times: finds time expressions and normalizes them to TIMEX3 values, the way
//! TempEval-3 annotates news (TimeML spans: modifiers in, governing prepositions out).
//!
//! The design follows HeidelTime (rules as data) and chrono-node (recognition apart from the
//! refiners). Data flows one way through one module per step:
//! - `rules/*.txt` hold tables, sub-patterns and rules per label, with attributes and
//!   `// EXAMPLE` lines; `grammar` compiles them once into token sequences, each with its value
//!   `template` compiled into typed parts;
//! - `matcher` finds the longest rule match at trigger tokens (`classes` recognizes numbers,
//!   years and clock times in code);
//! - `filters` drop false alarms and `refine` pulls modifiers into the span;
//! - the template's resolvers (`resolve`) work out the value against the `discourse` (the
//!   anchor, the quarter and the day last named) and the sentence's `tense`; `reference` finds a
//!   dateline.
//!
//! `tokens`, [`calendar`] and `mention` are the ground floor every step stands on. The anchor
//! is the reference date (the caller's, or a dateline's); without one, it is the latest fully
//! specified date before the expression (narrative anchoring), else values keep `X`.

pub mod calendar;
mod classes;
mod discourse;
mod filters;
mod grammar;
mod matcher;
mod mention;
mod reference;
mod refine;
mod resolve;
mod template;
mod tense;
mod tokens;

use crate::text::Doc;
use calendar::Date;
use discourse::{Discourse, Place};
pub use mention::{DateLabel, DateMention};
pub use reference::{parse_reference, Reference, Source, TimeOfDay};
use std::ops::Range;
use std::sync::OnceLock;
use tokens::Toks;

struct Engine {
    grammar: grammar::Grammar,
    refiner: refine::Refiner,
}

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| Engine {
        // The rule files are compiled into the binary and checked by the unit tests.
        grammar: grammar::compile().unwrap_or_else(|e| panic!("date rules: {e}")),
        refiner: refine::Refiner::new(),
    })
}

/// A publication date stated in a dateline or byline near the top of the article.
pub fn find_reference_date(doc: &Doc) -> Option<Date> {
    find_reference(doc).map(|r| r.date)
}

/// The reference the page around the article gives: a dateline, a byline or a web timestamp
/// near the top (with its time of day, when it has one).
pub fn find_reference(doc: &Doc) -> Option<Reference> {
    let e = engine();
    reference::find(&e.grammar, doc)
}

/// The time expressions of `doc`, in text order, valued against `reference` (else against the
/// latest full date written out before each).
pub fn recognize(doc: &Doc, reference: Option<Date>) -> Vec<DateMention> {
    recognize_at(doc, reference.map(Reference::on))
}

/// As [`recognize`], against a reference that may carry a time of day (`in ten minutes`).
pub fn recognize_at(doc: &Doc, reference: Option<Reference>) -> Vec<DateMention> {
    let e = engine();
    let toks = tokens::Toks::new(doc);
    let candidates = matcher::find_all(&e.grammar, &toks);
    let mut discourse = Discourse::new(reference);
    let mut out = Vec::new();
    // Tokens before `floor` belong to a mention already made.
    let mut floor = 0;
    for (k, found) in candidates.iter().enumerate() {
        if found.start < floor || filters::is_false_alarm(&e.grammar, &toks, found) {
            continue;
        }
        let mut m = found.clone();
        e.refiner.take_modifiers(&toks, &mut m, floor);
        floor = m.end;
        let rule = &e.grammar.rules[m.rule];
        let place = Place::of(doc, &toks, m.start..m.end);
        let value = rule
            .template
            .evaluate(&discourse.context(&toks, &place, &m.caps));
        discourse.note(&rule.template, value.as_deref(), &place, &mut out);
        let next = candidates.get(k + 1);
        let second_day = refine::second_day(&toks, &m, &rule.template, value.as_deref(), next);
        out.push(mention(&toks, m.start..m.end, rule.label, value));
        if let Some(v) = second_day {
            out.push(mention(&toks, m.end + 1..m.end + 2, rule.label, Some(v)));
            floor = m.end + 2;
        }
    }
    out
}

fn mention(
    toks: &Toks,
    span: Range<usize>,
    label: DateLabel,
    value: Option<String>,
) -> DateMention {
    // A date resolved to a clock time (`two hours ago` against a reference time) is a TIME.
    let clock = value.as_deref().is_some_and(|v| {
        v.find('T')
            .is_some_and(|t| v.as_bytes().get(t + 1).is_some_and(u8::is_ascii_digit))
    });
    DateMention {
        start: toks.start[span.start],
        end: toks.end[span.end - 1],
        label: if label == DateLabel::Date && clock {
            DateLabel::Time
        } else {
            label
        },
        value,
    }
}

#[cfg(test)]
mod tests;
