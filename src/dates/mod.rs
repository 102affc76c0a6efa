//! Dates and times: finds time expressions and normalizes them to TIMEX3 values, the way
//! TempEval-3 annotates news (TimeML spans: modifiers in, governing prepositions out).
//!
//! The design follows HeidelTime (rules as data) and chrono-node (one job per module):
//! - `rules/*.txt`: normalization tables, named sub-patterns, and rules per label (date, time,
//!   duration, set), each with `// EXAMPLE` lines that a unit test checks;
//! - [`grammar`] compiles them once into token sequences, [`classes`] recognizes numbers, years
//!   and clock times in code, [`matcher`] finds the longest rule match at trigger tokens;
//! - [`refine`] pulls modifiers into spans and drops false alarms; [`normalize`] resolves the
//!   value against the anchor date and the sentence's [`tense`]; [`reference`] finds a dateline.
//!
//! The anchor is the reference date (the caller's, or a dateline's); without one, it is the
//! latest fully specified date before the expression (narrative anchoring), else values keep `X`.

pub mod calendar;
mod classes;
mod grammar;
mod matcher;
mod normalize;
mod reference;
mod refine;
mod tense;

use crate::text::Doc;
use calendar::Date;
use std::sync::OnceLock;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateLabel {
    Date,
    Time,
    Duration,
    Set,
}

impl DateLabel {
    pub fn as_str(self) -> &'static str {
        match self {
            DateLabel::Date => "DATE",
            DateLabel::Time => "TIME",
            DateLabel::Duration => "DURATION",
            DateLabel::Set => "SET",
        }
    }
}

/// A time expression found in the text (byte offsets) with its TIMEX3 value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateMention {
    pub start: usize,
    pub end: usize,
    pub label: DateLabel,
    pub value: Option<String>,
}

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
    let e = engine();
    let toks = matcher::Toks::new(doc);
    reference::find(&e.grammar, &toks, doc.text)
}

pub fn recognize(doc: &Doc, reference: Option<Date>) -> Vec<DateMention> {
    let e = engine();
    let toks = matcher::Toks::new(doc);
    let mut out = Vec::new();
    let mut narrative: Option<Date> = None;
    let mut floor = 0;
    for mut m in matcher::find_all(&e.grammar, &toks) {
        if e.refiner.is_false_alarm(&e.grammar, &toks, &m) {
            continue;
        }
        e.refiner.take_modifiers(&toks, &mut m, floor);
        floor = m.end;
        let rule = &e.grammar.rules[m.rule];
        let sentence = doc.sentences.get(doc.sentence_of_token(m.start)).map_or(0..toks.len(), |s| s.tokens.clone());
        let tense = tense::around(&toks, m.start..m.end, sentence);
        let cx = normalize::Context { anchor: reference.or(narrative), tense, caps: &m.caps };
        let value = normalize::evaluate(&rule.value, &cx);
        if reference.is_none() && !rule.value.contains(':') {
            if let Some(d) = value.as_deref().and_then(Date::parse_iso) {
                narrative = Some(d);
            }
        }
        out.push(DateMention { start: toks.start[m.start], end: toks.end[m.end - 1], label: rule.label, value });
    }
    out
}

#[cfg(test)]
mod tests;
