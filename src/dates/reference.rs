//! What relative expressions are resolved against: the reference date, and its time of day when
//! one is known. The caller's (`2023-06-14`, `2023-06-14T09:30`), else the page around the
//! article: a dateline or byline near the top (`WASHINGTON, June 14, 2023 (AP) —`,
//! `Published 14 June 2023`, a date alone on the first line) or a web timestamp (`Published 28
//! July 2026, 08:52 BST`, `Last modified: 2026-07-28T08:52:00Z`), which also gives the time. A
//! full date deep in the body is not a publication date, so only the first lines count.
//!
//! Why the time of day matters: `in ten minutes` and `Updated 2 hours ago` name a time only
//! against one, and the value must come from the text or the caller, never from the clock
//! (outputs stay reproducible).

use super::calendar::Date;
use super::grammar::{Attr, Grammar};
use super::matcher::find_all;
use super::resolve::Context;
use super::tokens::Toks;
use crate::text::Doc;
use std::fmt;

/// Bytes from the top of the text where a dateline may stand.
const TOP: usize = 400;
const BYLINE_CUES: &[&str] = &[
    "published",
    "updated",
    "posted",
    "date",
    "dated",
    "filed",
    "last",
    "modified",
];

/// A time of day: `09:30` or `09:30:15`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct TimeOfDay {
    pub hour: u32,
    pub minute: u32,
    /// Written only when given (`HH:MM:SS`).
    pub second: Option<u32>,
}

impl TimeOfDay {
    /// Parses exactly `HH:MM` or `HH:MM:SS` (24-hour).
    pub fn parse(s: &str) -> Option<TimeOfDay> {
        let mut parts = s.split(':');
        let mut two = |max: u32| -> Option<u32> {
            let p = parts.next()?;
            (p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit()))
                .then(|| p.parse().ok())
                .flatten()
                .filter(|v| *v <= max)
        };
        let (hour, minute) = (two(23)?, two(59)?);
        let second = match s.len() {
            5 => None,
            8 => Some(two(59)?),
            _ => return None,
        };
        Some(TimeOfDay {
            hour,
            minute,
            second,
        })
    }

    /// Minutes since midnight.
    pub fn minutes(self) -> i64 {
        self.hour as i64 * 60 + self.minute as i64
    }
}

impl fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)?;
        if let Some(s) = self.second {
            write!(f, ":{s:02}")?;
        }
        Ok(())
    }
}

/// Where the reference came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// Given by the caller (`--reference-date`, `referenceDate`, a `--jsonl` line).
    Caller,
    /// A dateline or a date alone near the top (`WASHINGTON, June 14, 2023 (AP) —`).
    Dateline,
    /// A web page's timestamp near the top (`Published 28 July 2026, 08:52 BST`).
    Timestamp,
}

impl Source {
    /// The name the result writes in `reference_source`.
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Caller => "caller",
            Source::Dateline => "dateline",
            Source::Timestamp => "timestamp",
        }
    }
}

/// The reference relative expressions are resolved against.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reference {
    pub date: Date,
    pub time: Option<TimeOfDay>,
    pub source: Source,
}

impl Reference {
    /// The caller's reference date (no time of day).
    pub fn on(date: Date) -> Reference {
        Reference {
            date,
            time: None,
            source: Source::Caller,
        }
    }
}

/// A reference as a caller writes it: `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM` or `YYYY-MM-DDTHH:MM:SS`
/// (a space may stand for the `T`).
pub fn parse_reference(s: &str) -> Option<(Date, Option<TimeOfDay>)> {
    let s = s.trim();
    let date = Date::parse_iso(s.get(..10)?)?;
    match s.get(10..)? {
        "" => Some((date, None)),
        rest => {
            let time = rest.strip_prefix(['T', ' '])?;
            Some((date, Some(TimeOfDay::parse(time)?)))
        }
    }
}

pub fn find(g: &Grammar, doc: &Doc) -> Option<Reference> {
    let text = doc.text;
    let top = Toks::first(doc, doc.tokens.partition_point(|t| t.start < TOP));
    let matches = find_all(g, &top);
    for (k, m) in matches.iter().enumerate() {
        if !g.rules[m.rule].attrs.has(Attr::FullDate) {
            continue;
        }
        let (s, e) = (top.start[m.start], top.end[m.end - 1]);
        let line_start = text[..s].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[e..].find('\n').map_or(text.len(), |i| e + i);
        let line = &text[line_start..line_end];
        let before = crate::text::case::lower_str(&text[line_start..s]);
        let after = &text[e..line_end];
        let first_lines = text[..line_start].matches('\n').count() <= 3;
        let short_line = line.chars().count() <= 80;
        let dateline = after.trim_start().starts_with('(')
            || after.contains('\u{2014}')
            || after.contains("--")
            || after.trim_start().starts_with('-');
        let byline = BYLINE_CUES.iter().any(|c| before.contains(c));
        let starts_line = before.trim().is_empty();
        if first_lines && (short_line || dateline || byline || starts_line) {
            // A [full-date] template is plain (the grammar checks it): no context needed.
            let Some(value) = g.rules[m.rule].template.evaluate(&Context::bare(&m.caps)) else {
                continue;
            };
            let Some(date) = value.get(..10).and_then(Date::parse_iso) else {
                continue;
            };
            // `2026-07-28T08:52`, or `28 July 2026, 08:52 BST`: a timestamp with its time of
            // day, written with the date or right after it on its line.
            let clock_of = |v: &str| {
                let t = v.get(10..)?.strip_prefix('T')?;
                TimeOfDay::parse(t.get(..5)?)
            };
            let next_clock = || {
                let n = matches.get(k + 1)?;
                let gap = (m.end..n.start).all(|i| {
                    matches!(
                        top.lw(i),
                        "," | "at" | "-" | "|" | "\u{2013}" | "\u{2014}" | "\u{b7}"
                    )
                });
                let on_line = !text[e..top.start[n.start]].contains('\n');
                (gap && on_line && n.start - m.end <= 2)
                    .then(|| g.rules[n.rule].template.evaluate(&Context::bare(&n.caps)))
                    .flatten()
                    .and_then(|v| clock_of(&v))
            };
            let time = clock_of(&value).or_else(next_clock);
            let source = if time.is_some() || byline {
                Source::Timestamp
            } else {
                Source::Dateline
            };
            return Some(Reference { date, time, source });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reference_is_a_date_with_an_optional_time() {
        let p =
            |s: &str| parse_reference(s).map(|(d, t)| (d.to_string(), t.map(|t| t.to_string())));
        assert_eq!(p("2023-06-14"), Some(("2023-06-14".into(), None)));
        assert_eq!(
            p("2023-06-14T09:30"),
            Some(("2023-06-14".into(), Some("09:30".into())))
        );
        assert_eq!(
            p("2023-06-14 09:30:15"),
            Some(("2023-06-14".into(), Some("09:30:15".into())))
        );
        for bad in [
            "2023-06-14T",
            "2023-06-14T9:30",
            "2023-06-14T24:00",
            "2023-06-14T09:60",
            "2023-06-14T09:30Z",
            "2023-06-14x",
            "14/06/2023",
            "",
        ] {
            assert_eq!(p(bad), None, "{bad}");
        }
        assert_eq!(
            TimeOfDay::parse("23:59:59").unwrap().minutes(),
            23 * 60 + 59
        );
        assert!(TimeOfDay::parse("7:30").is_none());
    }
}
