//! Dates and times: finds time expressions and normalizes them to TIMEX3 values.
//!
//! FIRST VERSION (placeholder to be replaced by the rule engine of the dates issue): only full
//! `Month D, YYYY` dates and bare weekdays.

pub mod calendar;

use crate::text::Doc;
use calendar::Date;

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

/// A publication date stated in a dateline or byline near the top of the article.
pub fn find_reference_date(_doc: &Doc) -> Option<Date> {
    None
}

const MONTHS: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

pub fn recognize(doc: &Doc, reference: Option<Date>) -> Vec<DateMention> {
    let mut out = Vec::new();
    let n = doc.tokens.len();
    let mut i = 0;
    while i < n {
        let w = doc.token_text(i);
        if let Some(m) = MONTHS.iter().position(|&x| x == w) {
            if i + 3 < n && doc.token_text(i + 2) == "," {
                if let (Ok(d), Ok(y)) = (doc.token_text(i + 1).parse::<u32>(), doc.token_text(i + 3).parse::<i32>()) {
                    if let Some(date) = Date::new(y, m as u32 + 1, d) {
                        let mut start = doc.tokens[i].start;
                        if i >= 2 && WEEKDAYS.contains(&doc.token_text(i - 2)) && doc.token_text(i - 1) == "," {
                            start = doc.tokens[i - 2].start;
                            out.retain(|x: &DateMention| x.start != start);
                        }
                        out.push(DateMention { start, end: doc.tokens[i + 3].end, label: DateLabel::Date, value: Some(date.to_string()) });
                        i += 4;
                        continue;
                    }
                }
            }
        }
        if let Some(wd) = WEEKDAYS.iter().position(|&x| x == w) {
            let value = reference.map(|r| {
                let ahead = (wd as i64 + 1 - r.weekday() as i64).rem_euclid(7);
                r.add_days(ahead).to_string()
            });
            out.push(DateMention { start: doc.tokens[i].start, end: doc.tokens[i].end, label: DateLabel::Date, value: value.or(Some(format!("XXXX-WXX-{}", wd + 1))) });
        }
        i += 1;
    }
    out
}
