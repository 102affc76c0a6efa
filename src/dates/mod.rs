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
pub use mention::{DateLabel, DateMention};
use std::sync::OnceLock;

/// Words of a sentence that reports company results.
const FIGURES: &[&str] = &[
    "cents", "share", "net", "profit", "revenue", "sales", "earnings", "income", "loss", "earned",
    "million", "billion",
];

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
    reference::find(&e.grammar, doc)
}

pub fn recognize(doc: &Doc, reference: Option<Date>) -> Vec<DateMention> {
    let e = engine();
    let toks = tokens::Toks::new(doc);
    let mut out: Vec<DateMention> = Vec::new();
    let mut narrative: Option<Date> = None;
    let mut last_quarter: Option<(i32, u32)> = None;
    // The day last named in the current paragraph: `The blast came Friday. … at 10:35 a.m.`
    let mut day_of_paragraph: Option<(usize, Date)> = None;
    let mut last_named: Option<String> = None;
    // The latest calendar value of any expression (`March` resolved to 1989-03 included).
    let mut story: Option<String> = None;
    let mut floor = 0;
    let mut sentence_words: Option<(usize, bool, bool, bool)> = None;
    // A clock time valued on the anchor's (or the paragraph's) day, waiting for a day named just
    // after it in its sentence: `at 10:35 a.m. (0735 GMT) Friday`, `at midnight on Jan. 1`.
    // (index in `out`, end token, sentence start)
    let mut time_waiting_for_day: Option<(usize, usize, usize)> = None;
    let matches = matcher::find_all(&e.grammar, &toks);
    for (k, found) in matches.iter().enumerate() {
        if found.start < floor || filters::is_false_alarm(&e.grammar, &toks, found) {
            continue;
        }
        let mut m = found.clone();
        e.refiner.take_modifiers(&toks, &mut m, floor);
        floor = m.end;
        let rule = &e.grammar.rules[m.rule];
        let (sentence, paragraph) = doc
            .sentences
            .get(doc.sentence_of_token(m.start))
            .map_or((0..toks.len(), 0), |s| (s.tokens.clone(), s.paragraph));
        let tense = tense::around(&toks, m.start..m.end);
        // Quarterly results: `a year earlier` is the same quarter a year before, when the
        // sentence names quarters, or reports figures in an article that named a quarter.
        // Read once per sentence (not once per date in it), so that a long sentence full of
        // dates stays linear.
        let (talks_of_quarters, names_figures, names_months) = match sentence_words {
            Some((start, q, f, mo)) if start == sentence.start => (q, f, mo),
            _ => {
                let words = sentence.clone().map(|i| toks.lw(i));
                // `In the first nine months, … a year earlier`: the period compared is not a
                // quarter, unless the sentence also names one.
                let names_quarter = words
                    .clone()
                    .any(|w| matches!(w, "quarter" | "quarters" | "quarterly"));
                let names_months = words.clone().zip(words.clone().skip(1)).any(|(a, b)| {
                    b == "months" && matches!(a, "six" | "nine" | "12" | "twelve" | "6" | "9")
                        || (a == "first" && b == "half")
                });
                let q = names_quarter || (!names_months && words.clone().any(|w| w == "period"));
                let f = words.clone().any(|w| FIGURES.contains(&w));
                sentence_words = Some((sentence.start, q, f, names_months && !names_quarter));
                (q, f, names_months && !names_quarter)
            }
        };
        let reports_results = last_quarter.is_some() && names_figures && !names_months;
        let latest = reference.or(narrative).map(Date::latest_reported_quarter);
        let quarter = last_quarter
            .or(latest)
            .filter(|_| talks_of_quarters || reports_results);
        let day = day_of_paragraph
            .filter(|(p, _)| *p == paragraph)
            .map(|(_, d)| d);
        let cx = resolve::Context {
            anchor: reference.or(narrative),
            tense,
            caps: &m.caps,
            quarter,
            day,
            last: last_named.as_deref(),
            story: story.as_deref(),
        };
        let value = rule.template.evaluate(&cx);
        let derived = rule.template.derived;
        if let Some(q) = value
            .as_deref()
            .and_then(parse_quarter)
            .filter(|_| !derived)
        {
            last_quarter = Some(q);
        }
        // Dates written out (no relative function in the template) anchor `that year`.
        if rule.template.written_out
            && value.as_deref().is_some_and(|v| {
                v.as_bytes().first().is_some_and(u8::is_ascii_digit) && !v.starts_with('P')
            })
        {
            last_named = value.clone();
        }
        if value
            .as_deref()
            .is_some_and(|v| v.len() >= 4 && v.as_bytes()[..4].iter().all(u8::is_ascii_digit))
        {
            story = value.clone();
        }
        if let Some(d) = value.as_deref().and_then(|v| Date::parse_iso(v.get(..10)?)) {
            day_of_paragraph = Some((paragraph, d));
        }
        if reference.is_none() && rule.template.written_out {
            if let Some(d) = value.as_deref().and_then(Date::parse_iso) {
                narrative = Some(d);
            }
        }
        if let Some((at, end, sentence_start)) = time_waiting_for_day.take() {
            let names_a_day = rule.template.names_a_day;
            let day = value
                .as_deref()
                .and_then(|v| v.get(..10))
                .filter(|d| Date::parse_iso(d).is_some());
            if let (true, Some(day)) = (
                names_a_day && sentence_start == sentence.start && m.start - end <= 6,
                day,
            ) {
                if let Some(v) = out[at]
                    .value
                    .as_mut()
                    .filter(|v| v.len() > 10 && v.as_bytes()[10] == b'T')
                {
                    v.replace_range(..10, day);
                }
            }
        }
        if rule.template.clock_on_day_in_discourse {
            time_waiting_for_day = Some((out.len(), m.end, sentence.start));
        }
        let second_day =
            refine::second_day(&toks, &m, &rule.template, value.as_deref(), matches.get(k + 1));
        out.push(DateMention {
            start: toks.start[m.start],
            end: toks.end[m.end - 1],
            label: rule.label,
            value,
        });
        if let Some(v) = second_day {
            out.push(DateMention {
                start: toks.start[m.end + 1],
                end: toks.end[m.end + 1],
                label: rule.label,
                value: Some(v),
            });
            floor = m.end + 2;
        }
    }
    out
}

/// `2023-Q1` → (2023, 1).
fn parse_quarter(v: &str) -> Option<(i32, u32)> {
    let (y, q) = v.split_once("-Q")?;
    let q: u32 = q.parse().ok().filter(|q| (1..=4).contains(q))?;
    Some((y.parse().ok().filter(|_| y.len() == 4)?, q))
}

#[cfg(test)]
mod tests;
