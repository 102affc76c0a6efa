//! A time expression while the recognizer works on it: its tokens, its value, and what made
//! it, so that the steps after the rules (compositions, ranges) can join, extend and link
//! expressions before they are handed out as [`DateMention`](super::DateMention)s.

use super::mention::DateLabel;
use super::tense::Tense;
use std::ops::Range;

#[derive(Clone, Debug)]
pub struct Item {
    /// Its tokens.
    pub span: Range<usize>,
    pub label: DateLabel,
    pub value: Option<String>,
    /// The rule that matched it; none for what the later steps make from words alone (the
    /// `10` of `10 - 22 August`).
    pub rule: Option<usize>,
    /// The tense around it.
    pub tense: Tense,
    /// Its value names its own day (a date, a weekday), not the day in discourse.
    pub own_day: bool,
    /// Its year (or its day's) was worked out, not written (`June 5`, `March`): the other end
    /// of a range may give it.
    pub year_inferred: bool,
    /// The other end of the range it is one end of, as an index into the items, and whether
    /// it is the start.
    pub range: Option<(usize, bool)>,
    /// A clock time on the anchor's day in a note or on its own (`at 3am`): once resolved, it
    /// moves to tomorrow when the reference's time of day has passed it.
    pub clock_ahead: bool,
    /// An hour 1–11 written with no a.m. or p.m. in a note or a message (`see you at 8`): read
    /// on a twelve-hour dial ([`twelve_hour`](super::resolve::twelve_hour)).
    pub dial: bool,
}

impl Item {
    pub fn new(span: Range<usize>, label: DateLabel, value: Option<String>) -> Item {
        Item {
            span,
            label,
            value,
            rule: None,
            tense: Tense::Unknown,
            own_day: false,
            year_inferred: false,
            range: None,
            clock_ahead: false,
            dial: false,
        }
    }

    pub fn value(&self) -> &str {
        self.value.as_deref().unwrap_or("")
    }
}

/// Readings of TIMEX3 values, for the steps that combine them.
pub mod values {
    use crate::dates::calendar::Date;

    /// The day of a value that names one: `2023-06-18`, `2023-06-18T15:00`, `XXXX-06-18`,
    /// `XXXX-WXX-5` (its first ten characters).
    #[inline(never)]
    pub fn day(v: &str) -> Option<&str> {
        let d = v.get(..10)?;
        let b = d.as_bytes();
        let ok = |r: std::ops::Range<usize>| b[r].iter().all(|c| c.is_ascii_digit() || *c == b'X');
        let ymd = b[4] == b'-' && b[7] == b'-' && ok(0..4) && ok(5..7) && ok(8..10);
        let week = d.starts_with("XXXX-WXX-") && b[9].is_ascii_digit();
        (ymd || week)
            .then_some(d)
            .filter(|_| v.len() == 10 || v.as_bytes()[10] == b'T')
    }

    /// The calendar date of a value that names a known day.
    #[inline(never)]
    pub fn date(v: &str) -> Option<Date> {
        Date::parse_iso(day(v)?)
    }

    /// The clock time of a value: `…T15:30` → (15, 30), `…T15:30:10` → (15, 30).
    #[inline(never)]
    pub fn clock(v: &str) -> Option<(u32, u32)> {
        let t = v.get(11..)?;
        if v.as_bytes().get(10) != Some(&b'T') || !(t.len() == 5 || t.len() == 8) {
            return None;
        }
        let h: u32 = t.get(..2)?.parse().ok()?;
        let m: u32 = t.get(3..5)?.parse().ok()?;
        (t.as_bytes()[2] == b':' && h <= 24 && m < 60).then_some((h, m))
    }

    /// The part of day of a value: `…TNI` → `NI`.
    #[inline(never)]
    pub fn part_of_day(v: &str) -> Option<&str> {
        let p = v.get(10..)?.strip_prefix('T')?;
        matches!(p, "MO" | "AF" | "EV" | "NI" | "MI" | "DT").then_some(p)
    }

    /// An ISO week `2023-W24` → (2023, 24).
    #[inline(never)]
    pub fn week(v: &str) -> Option<(i32, u32)> {
        let (y, w) = v.split_once("-W")?;
        (y.len() == 4 && w.len() == 2).then_some(())?;
        Some((y.parse().ok()?, w.parse().ok()?))
    }

    /// A month `2023-06` → (2023, 6).
    #[inline(never)]
    pub fn month(v: &str) -> Option<(i32, u32)> {
        let (y, m) = v.split_once('-')?;
        (y.len() == 4 && m.len() == 2).then_some(())?;
        Some((
            y.parse().ok()?,
            m.parse().ok().filter(|m| (1..=12).contains(m))?,
        ))
    }

    /// A quarter `2023-Q1` → (2023, 1).
    pub fn quarter(v: &str) -> Option<(i32, u32)> {
        let (y, q) = v.split_once("-Q")?;
        let q: u32 = q.parse().ok().filter(|q| (1..=4).contains(q))?;
        Some((y.parse().ok().filter(|_| y.len() == 4)?, q))
    }

    /// A year `2023` → 2023.
    #[inline(never)]
    pub fn year(v: &str) -> Option<i32> {
        (v.len() == 4 && v.bytes().all(|b| b.is_ascii_digit())).then(|| v.parse().ok())?
    }

    /// `2023-06-14T15:30`: a day at a clock time.
    #[inline(never)]
    pub fn at(day: &str, h: u32, m: u32) -> String {
        format!("{day}T{h:02}:{m:02}")
    }

    /// `2023-06`: a month.
    #[inline(never)]
    pub fn ym(y: i32, m: u32) -> String {
        format!("{y:04}-{m:02}")
    }

    /// `24:00` of a day written as `00:00` of the next, as a day that midnight ends.
    #[inline(never)]
    pub fn midnight_as_next_day(v: &mut String) {
        if let (Some(d), Some(rest)) = (date(v), v.get(10..)) {
            if rest.starts_with("T24:00") {
                let tail = rest["T24:00".len()..].to_string();
                *v = format!("{}T00:00{tail}", d.add_days(1));
            }
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn values_read_as_their_parts() {
            assert_eq!(day("2023-06-18T15:00"), Some("2023-06-18"));
            assert_eq!(day("XXXX-WXX-5"), Some("XXXX-WXX-5"));
            assert_eq!(day("2023-06"), None);
            assert_eq!(day("2023-W24-WE"), None);
            assert_eq!(clock("2023-06-18T15:00"), Some((15, 0)));
            assert_eq!(clock("2023-06-18TNI"), None);
            assert_eq!(part_of_day("2023-06-18TNI"), Some("NI"));
            assert_eq!(week("2023-W24"), Some((2023, 24)));
            assert_eq!(month("2023-06"), Some((2023, 6)));
            assert_eq!(year("2023"), Some(2023));
            let mut v = "2023-06-30T24:00".to_string();
            midnight_as_next_day(&mut v);
            assert_eq!(v, "2023-07-01T00:00");
        }
    }
}
