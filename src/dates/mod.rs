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
mod compose;
mod discourse;
mod filters;
mod grammar;
mod item;
mod matcher;
mod mention;
mod ranges;
mod reference;
mod refine;
mod resolve;
mod template;
mod tense;
mod tokens;
mod value;

use crate::text::Doc;
use calendar::Date;
use discourse::{Discourse, Place};
use item::Item;
pub use mention::{DateLabel, DateMention, RangeEnd};
pub use reference::{parse_reference, Reference, Source, TimeOfDay};
pub(crate) use resolve::parse_f64;
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

/// The month a word names in the rules' `[month]` table, in any case (`sep` → 9): the builtin
/// that reads days and months run together (`15SEP`) asks here, so the names stay data.
fn month_number(word: &str) -> Option<u32> {
    let g = &engine().grammar;
    let t = g.table("month")?;
    g.lookup_cased(t, word, &word.to_ascii_lowercase(), true)?
        .parse()
        .ok()
}

/// Round 18: whether a word names a weekday in the rules' `[weekday]` table (`Friday`, `fri`).
fn is_weekday(word: &str) -> bool {
    let g = &engine().grammar;
    g.table("weekday")
        .and_then(|t| g.lookup_cased(t, word, &word.to_ascii_lowercase(), true))
        .is_some()
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
    let mut toks = tokens::Toks::new(doc);
    toks.respell(&e.grammar.respell);
    toks.reference = reference.as_ref().map(|r| r.date);
    let candidates = matcher::find_all(&e.grammar, &toks);
    let note = {
        let mut covered = vec![false; toks.len()];
        for m in &candidates {
            covered[m.start..m.end].iter_mut().for_each(|c| *c = true);
        }
        // A message plans ahead as a note does.
        tense::is_note(&toks, &covered) || tense::is_message(&e.grammar, &toks)
    };
    let mut discourse = Discourse::new(reference);
    let mut items: Vec<Item> = Vec::new();
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
        let place = Place::of(doc, &toks, m.start..m.end, note);
        let (value, clock_ahead, dial) = {
            let cx = discourse.context(&toks, &place, &m.caps);
            let ahead = rule.template.clock_on_day_in_discourse && cx.ahead && cx.day.is_none();
            let value = rule.template.evaluate(&cx);
            let dial = cx.dial.get() && note && !says_its_half(&toks, m.start..m.end);
            (value, ahead, dial)
        };
        // A clock time that is none (`two sixty a m`: no minute sixty) is no mention.
        if value.is_none() && rule.label == DateLabel::Time {
            continue;
        }
        discourse.note(&rule.template, value.as_deref(), &place, &mut items);
        let next = candidates.get(k + 1);
        // `3/8 to 27` as one end of a range is a price, not two days (`ranges.rs`).
        let second_day = refine::second_day(&toks, &m, &rule.template, value.as_deref(), next)
            .filter(|_| !rule.attrs.has(grammar::Attr::RangeEnd));
        items.push(Item {
            rule: Some(m.rule),
            tense: place.tense,
            own_day: !rule.template.clock_on_day_in_discourse,
            year_inferred: !rule.template.written_out,
            clock_ahead,
            dial: dial && place.tense != tense::Tense::Past,
            ..Item::new(m.start..m.end, rule.label, value)
        });
        if let Some(v) = second_day {
            items.push(Item::new(m.end + 1..m.end + 2, rule.label, Some(v)));
            floor = m.end + 2;
        } else if note && rule.label == DateLabel::Date {
            // Rounds 26 and 27: the other weekday of a short list (`sat and sun?`, `Mon and Tue`).
            let prev_end = items.len().checked_sub(2).map_or(0, |k| items[k].span.end);
            let other = refine::list_weekday(
                &e.grammar,
                &toks,
                &m,
                items.last().and_then(|it| it.value.as_deref()),
                prev_end,
                next,
            );
            if let Some((at, v)) = other {
                let it = Item::new(at..at + 1, rule.label, Some(v));
                if at < m.start {
                    items.insert(items.len() - 1, it);
                } else {
                    items.push(it);
                    floor = at + 1;
                }
            }
        }
    }
    compose::compose(&e.grammar, &toks, &mut items, discourse.anchor(), note);
    ranges::link(&e.grammar, &toks, &mut items);
    let (anchor, now) = (discourse.anchor(), discourse.time_of_day());
    dial(&toks, &mut items, anchor, now);
    if let (Some(anchor), Some(now)) = (discourse.anchor(), discourse.time_of_day()) {
        // After the ranges: `3:30 to 6 pm` is an afternoon's before it is ahead or not.
        for it in items.iter_mut().filter(|it| it.clock_ahead) {
            it.value = it
                .value
                .take()
                .map(|v| resolve::clock_ahead(v, anchor, now));
        }
    }
    items.into_iter().map(|it| mention(&toks, it)).collect()
}

/// Items that read a bare hour on the twelve-hour dial take its afternoon where it is meant
/// (`resolve::twelve_hour`).
#[inline(never)]
fn dial(toks: &Toks, items: &mut [Item], anchor: Option<Date>, now: Option<TimeOfDay>) {
    // Round 20: a text naming an evening's event (`Party Friday 8-11`, `Gig Thu 9-12`) reads a
    // bare hour from 5 to 10 in the evening.
    let evening = items.iter().any(|it| it.dial)
        && (0..toks.len()).any(|i| tense::listed(tense::EVENINGS, toks.lw(i)));
    for k in 0..items.len() {
        if !items[k].dial {
            continue;
        }
        let Some(v) = items[k].value.take() else {
            continue;
        };
        let was = item::values::clock(&v);
        let v = resolve::twelve_hour(v, anchor, now, evening);
        // Round 16: the second end of `Sat 2-4` moves to the afternoon with the first.
        if let (Some((j, true)), Some((h, _))) = (items[k].range, was) {
            let second = items[j].value.as_deref().and_then(item::values::clock);
            if let (Some((hb, mb)), Some(day)) = (second, item::values::day(&v)) {
                if item::values::clock(&v).is_some_and(|(h2, _)| h2 == h + 12) && hb < 12 {
                    items[j].value = Some(item::values::at(day, hb + 12, mb));
                }
            }
        }
        items[k].value = Some(v);
    }
}

/// The clock time in `span` says which half of the day it is on: written `07:30`, the hour is on
/// a 24-hour clock; `9am` has said it (`8ish` has not). Otherwise a bare hour in a note or a
/// message is read on a twelve-hour dial.
fn says_its_half(toks: &tokens::Toks, span: std::ops::Range<usize>) -> bool {
    span.into_iter().any(|i| {
        let w = toks.lw(i).as_bytes();
        w[0] == b'0'
            || w[0].is_ascii_digit()
                && !w.ends_with(b"ish")
                && w.iter().any(u8::is_ascii_alphabetic)
    })
}

#[inline(never)]
fn mention(toks: &Toks, item: Item) -> DateMention {
    let Item {
        span,
        mut label,
        mut value,
        range,
        ..
    } = item;
    if let Some(v) = value.as_mut() {
        item::values::midnight_as_next_day(v);
    }
    // A date resolved to a clock time (`two hours ago` against a reference time) is a TIME; a
    // count resolved to a length of time (`in two years` in the past) a DURATION.
    let v = value.as_deref().unwrap_or("");
    if label == DateLabel::Date && item::values::clock(v).is_some() {
        label = DateLabel::Time;
    }
    let length = v.strip_prefix('P').is_some_and(|d| {
        d.as_bytes()
            .first()
            .is_some_and(|c| c.is_ascii_digit() || matches!(c, b'X' | b'T'))
    });
    if label == DateLabel::Date && length {
        label = DateLabel::Duration;
    }
    DateMention {
        start: toks.start[span.start],
        end: toks.end[span.end - 1],
        label,
        value,
        range: range.map(|(other, start)| RangeEnd { other, start }),
    }
}

#[cfg(test)]
mod tests;
