//! The discourse: what the article has said so far that later expressions lean on. The
//! narrative anchor (the latest full date written out, when no reference date is given), the
//! quarter last named, the day named in the paragraph, the date last named (`that year`),
//! where the story is (`the following month`), and a clock time waiting for its day.
//!
//! Why one struct: recognition walks the mentions in text order, and each one both reads this
//! state (through a resolver [`Context`]) and adds to it ([`Discourse::note`]). Kept together,
//! the state's rules read in one place, and `recognize` stays a short loop.

use super::calendar::Date;
use super::item::{values, Item};
use super::reference::{Reference, TimeOfDay};
use super::resolve::Context;
use super::template::Template;
use super::tense::{self, Tense};
use super::tokens::Toks;
use crate::text::Doc;
use std::ops::Range;

/// Words of a sentence that reports company results.
const FIGURES: &[&str] = &[
    "cents", "share", "net", "profit", "revenue", "sales", "earnings", "income", "loss", "earned",
    "million", "billion",
];

/// Where a mention stands: its tokens, its sentence and paragraph, the tense around it.
pub struct Place {
    pub span: Range<usize>,
    pub sentence: Range<usize>,
    pub paragraph: usize,
    pub tense: Tense,
    /// The future comes from the text being a note, not from a cue (`tense::around`).
    pub ahead: bool,
}

impl Place {
    /// `note`: the text is made of time expressions only ([`tense::is_note`]).
    pub fn of(doc: &Doc, toks: &Toks, span: Range<usize>, note: bool) -> Place {
        let (sentence, paragraph) = doc
            .sentences
            .get(doc.sentence_of_token(span.start))
            .map_or((0..toks.len(), 0), |s| (s.tokens.clone(), s.paragraph));
        let (tense, ahead) = tense::around(toks, span.clone(), note);
        Place {
            span,
            sentence,
            paragraph,
            tense,
            ahead,
        }
    }
}

/// What a sentence says about periods, read once per sentence (not once per date in it), so
/// that a long sentence full of dates stays linear.
#[derive(Clone, Copy)]
struct SentenceCues {
    start: usize,
    /// It names quarters, or a period (not a count of months).
    talks_of_quarters: bool,
    /// It reports figures (`profit`, `cents`, `million`).
    names_figures: bool,
    /// It compares months (`the first nine months`, `the first half`) and names no quarter.
    names_months: bool,
}

impl SentenceCues {
    fn read(toks: &Toks, sentence: &Range<usize>) -> SentenceCues {
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
        SentenceCues {
            start: sentence.start,
            talks_of_quarters: names_quarter
                || (!names_months && words.clone().any(|w| w == "period")),
            names_figures: words.clone().any(|w| FIGURES.contains(&w)),
            names_months: names_months && !names_quarter,
        }
    }
}

/// A clock time valued on the anchor's (or the paragraph's) day, waiting for a day named just
/// after it in its sentence: `at 11:50 a.m. (0950 GMT) Thursday`, `at midnight on Jan. 1`.
struct WaitingClock {
    /// Index of its mention in the output.
    at: usize,
    /// Its end token, and the start of its sentence.
    end: usize,
    sentence_start: usize,
}

pub struct Discourse {
    /// The caller's reference date, or a dateline's.
    reference: Option<Date>,
    /// Its time of day, when the caller or a timestamp gave one.
    time: Option<TimeOfDay>,
    /// The latest full date written out, the anchor when there is no reference date.
    narrative: Option<Date>,
    /// The quarter last named (not derived) in the article.
    last_quarter: Option<(i32, u32)>,
    /// The day last named in the current paragraph: `The ferry docked Thursday. … at 11:50 a.m.`
    paragraph_day: Option<(usize, Date)>,
    /// The latest written-out date value, for `that year`, `the same day`.
    last_named: Option<String>,
    /// The latest calendar value of any expression (`March` resolved to 1989-03 included).
    story: Option<String>,
    cues: Option<SentenceCues>,
    waiting: Option<WaitingClock>,
}

impl Discourse {
    pub fn new(reference: Option<Reference>) -> Discourse {
        Discourse {
            reference: reference.map(|r| r.date),
            time: reference.and_then(|r| r.time),
            narrative: None,
            last_quarter: None,
            paragraph_day: None,
            last_named: None,
            story: None,
            cues: None,
            waiting: None,
        }
    }

    pub fn anchor(&self) -> Option<Date> {
        self.reference.or(self.narrative)
    }

    /// The reference's time of day, when the caller or a timestamp gave one.
    pub fn time_of_day(&self) -> Option<TimeOfDay> {
        self.reference.and(self.time)
    }

    /// What the resolvers of a mention at `place`, with captures `caps`, may lean on.
    pub fn context<'a>(
        &'a mut self,
        toks: &Toks,
        place: &Place,
        caps: &'a [String],
    ) -> Context<'a> {
        let cues = match self.cues {
            Some(c) if c.start == place.sentence.start => c,
            _ => *self.cues.insert(SentenceCues::read(toks, &place.sentence)),
        };
        Context {
            anchor: self.anchor(),
            // The time of day belongs to the reference date, not to a narrative anchor.
            time: self.reference.and(self.time),
            tense: place.tense,
            ahead: place.ahead,
            caps,
            quarter: self.quarter(cues),
            // A day on the other side of the reference from the sentence's tense is another
            // story's (`He will be sworn in on Jan. 20. He spoke shortly after midnight.`).
            day: self
                .paragraph_day
                .filter(|(p, _)| *p == place.paragraph)
                .map(|(_, d)| d)
                .filter(|&d| match (place.tense, self.reference) {
                    (Tense::Past, Some(r)) => d <= r,
                    (Tense::Future, Some(r)) => d >= r,
                    _ => true,
                }),
            last: self.last_named.as_deref(),
            story: self.story.as_deref(),
            dial: Default::default(),
        }
    }

    /// Quarterly results: `a year earlier` is the same quarter a year before, when the
    /// sentence names quarters, or reports figures in an article that named a quarter.
    fn quarter(&self, cues: SentenceCues) -> Option<(i32, u32)> {
        let reports_results =
            self.last_quarter.is_some() && cues.names_figures && !cues.names_months;
        let latest = self.anchor().map(Date::latest_reported_quarter);
        self.last_quarter
            .or(latest)
            .filter(|_| cues.talks_of_quarters || reports_results)
    }

    /// Takes in the value of a mention about to be pushed to `out`, from a rule with
    /// `template`; a clock time waiting for its day may take this mention's day.
    pub fn note(
        &mut self,
        template: &Template,
        value: Option<&str>,
        place: &Place,
        out: &mut [Item],
    ) {
        self.remember(template, value, place);
        if let Some(clock) = self.waiting.take() {
            let day = value
                .and_then(|v| v.get(..10))
                .filter(|d| Date::parse_iso(d).is_some());
            let names_its_day = template.names_a_day
                && clock.sentence_start == place.sentence.start
                && place.span.start - clock.end <= 6;
            if let (true, Some(day)) = (names_its_day, day) {
                if let Some(v) = out[clock.at]
                    .value
                    .as_mut()
                    .filter(|v| v.len() > 10 && v.as_bytes()[10] == b'T')
                {
                    v.replace_range(..10, day);
                }
            }
        }
        if template.clock_on_day_in_discourse {
            self.waiting = Some(WaitingClock {
                at: out.len(),
                end: place.span.end,
                sentence_start: place.sentence.start,
            });
        }
    }

    fn remember(&mut self, template: &Template, value: Option<&str>, place: &Place) {
        if let Some(q) = value
            .and_then(values::quarter)
            .filter(|_| !template.derived)
        {
            self.last_quarter = Some(q);
        }
        // Dates written out (no relative function in the template) anchor `that year`.
        if template.written_out
            && value.is_some_and(|v| {
                v.as_bytes().first().is_some_and(u8::is_ascii_digit) && !v.starts_with('P')
            })
        {
            self.last_named = value.map(str::to_string);
        }
        if value.is_some_and(|v| v.len() >= 4 && v.as_bytes()[..4].iter().all(u8::is_ascii_digit)) {
            self.story = value.map(str::to_string);
        }
        if let Some(d) = value.and_then(|v| Date::parse_iso(v.get(..10)?)) {
            self.paragraph_day = Some((place.paragraph, d));
        }
        if self.reference.is_none() && template.written_out {
            if let Some(d) = value.and_then(Date::parse_iso) {
                self.narrative = Some(d);
            }
        }
    }
}
