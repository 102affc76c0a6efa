//! Is a date's value a TIMEX3 value for its label? Readers type values by hand (`banana`), and a
//! relabelled date keeps its value unless the reader gives another (a DATE `2026-06` made a
//! DURATION), so corrections check the value they leave on a mark.
//!
//! The grammar is TimeML's (TIMEX3 `value`, ISO 8601 with `X` for unknown digits), as wide as what
//! the recognizers write and what TempEval-3 annotators wrote:
//!
//! - DATE, TIME: `2023`, `2023-06`, `2023-06-18`, `XXXX-06-18`, `199` (a decade), `19` (a century),
//!   `-0991` or `BC0991` (before Christ), `2023-W24`, `2023-W24-3`, `2023-W24-WE`, `2023-Q2`,
//!   `2023-H1`, `2023-SU` (SP, SU, FA, WI), each optionally followed by a time: `T14:30`,
//!   `T14:30:05.5`, `T14`, a part of day (`TMO`, `TMI`, `TAF`, `TEV`, `TNI`, `TDT`) and a zone
//!   (`Z`, `+02:00`); `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`. DATE and TIME take the same values
//!   (`2023-06-13TNI` is *tonight*, labelled TIME or DATE by different corpora).
//! - DURATION: `P` and amounts with units — `Y`, `M`, `W`, `D`, `Q` (quarter), `DE`, `CE`, `ML`
//!   (decade, century, millennium) — then `T` and `H`, `M`, `S`: `P3Y`, `P1Y6M`, `PT5H`,
//!   `PT2.5S`, `PXY` (some years).
//! - SET: a DURATION (`P1W`, every week) or a DATE with `X`s (`XXXX-WXX-1`, every Monday).

use crate::labels::Label;

/// `None` when `value` is a TIMEX3 value for a date labelled `label` (DATE, TIME, DURATION,
/// SET), else why not, for the reader.
pub fn check(label: &str, value: &str) -> Option<String> {
    let ok = match Label::parse(label) {
        Some(Label::Date | Label::Time) => is_point(value),
        Some(Label::Duration) => is_duration(value),
        Some(Label::Set) => is_duration(value) || is_point(value),
        _ => {
            return Some(format!(
                "{:?} is not a date label (one of DATE, TIME, DURATION, SET)",
                clip(label)
            ))
        }
    };
    if ok {
        return None;
    }
    let example = match Label::parse(label) {
        Some(Label::Duration) => "P3Y, PT5H or PXY",
        Some(Label::Set) => "P1W or XXXX-WXX-1",
        Some(Label::Time) => "2023-06-18T14:30 or 2023-06-13TNI",
        _ => "2023-06-18, 2023-W24-WE or XXXX-06-18",
    };
    let what = if value.trim().is_empty() {
        "an empty value".to_string()
    } else {
        format!("{:?}", clip(value))
    };
    Some(format!(
        "{what} is not a TIMEX3 value for a {label} (one like {example})"
    ))
}

/// At most 40 chars of a reader's string, for a message.
fn clip(s: &str) -> String {
    super::clip(s, 40)
}

/// A cursor over the value's bytes (values are ASCII; anything else fails a match).
struct P<'a> {
    s: &'a [u8],
    i: usize,
}

impl P<'_> {
    fn done(&self) -> bool {
        self.i == self.s.len()
    }
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }
    fn eat(&mut self, lit: &str) -> bool {
        if self.s[self.i..].starts_with(lit.as_bytes()) {
            self.i += lit.len();
            true
        } else {
            false
        }
    }
    /// Exactly `n` digits (or `X`s when `x`), as a number when all are digits.
    fn digits(&mut self, n: usize, x: bool) -> Option<Option<u32>> {
        let run = self.s.get(self.i..self.i + n)?;
        if !run.iter().all(|b| b.is_ascii_digit() || (x && *b == b'X')) {
            return None;
        }
        self.i += n;
        Some(if run.contains(&b'X') {
            None
        } else {
            Some(run.iter().fold(0, |a, b| a * 10 + (b - b'0') as u32))
        })
    }
    /// Digits or `X`s, as many as there are (at least `min`, at most `max`).
    fn run(&mut self, min: usize, max: usize) -> Option<usize> {
        let n = self.s[self.i..]
            .iter()
            .take_while(|b| b.is_ascii_digit() || **b == b'X')
            .count();
        if n < min || n > max {
            return None;
        }
        self.i += n;
        Some(n)
    }
}

/// `n` of two digits within `lo..=hi`, or unknown (`XX`).
fn in_range(n: Option<u32>, lo: u32, hi: u32) -> bool {
    n.is_none_or(|n| (lo..=hi).contains(&n))
}

/// A DATE or TIME value.
fn is_point(v: &str) -> bool {
    if matches!(v, "PRESENT_REF" | "PAST_REF" | "FUTURE_REF") {
        return true;
    }
    let mut p = P {
        s: v.as_bytes(),
        i: 0,
    };
    if p.peek() == Some(b'T') {
        return time(&mut p) && p.done();
    }
    // The year: `2023`, `199` (decade), `19` (century); signed or BC, any length.
    let year_digits = if p.eat("-") || p.eat("BC") {
        p.run(1, 6)
    } else {
        p.run(2, 4)
    };
    let Some(year_digits) = year_digits else {
        return false;
    };
    if year_digits == 4 && !p.done() && p.peek() == Some(b'-') {
        p.i += 1;
        if !calendar_part(&mut p, v) {
            return false;
        }
    }
    if p.peek() == Some(b'T') && !time(&mut p) {
        return false;
    }
    p.done()
}

/// After `YYYY-`: a month (and day), a week (and day), a quarter, a half or a season.
fn calendar_part(p: &mut P, whole: &str) -> bool {
    if p.eat("W") {
        let Some(week) = p.digits(2, true) else {
            return false;
        };
        if !in_range(week, 1, 53) {
            return false;
        }
        if p.eat("-") {
            return p.eat("WE") || p.digits(1, true).is_some_and(|d| in_range(d, 1, 7));
        }
        return true;
    }
    if p.eat("Q") {
        return p.digits(1, true).is_some_and(|q| in_range(q, 1, 4));
    }
    if p.eat("H") {
        return p.digits(1, true).is_some_and(|h| in_range(h, 1, 2));
    }
    if ["SP", "SU", "FA", "WI"].iter().any(|s| p.eat(s)) {
        return true;
    }
    let Some(month) = p.digits(2, true) else {
        return false;
    };
    if !in_range(month, 1, 12) {
        return false;
    }
    if !p.eat("-") {
        return true;
    }
    let Some(day) = p.digits(2, true) else {
        return false;
    };
    match (month, day) {
        // A whole date is a real one: no 31 June.
        (Some(_), Some(_)) if whole.as_bytes()[..4].iter().all(u8::is_ascii_digit) => {
            crate::Date::parse_iso(&whole[..10]).is_some()
        }
        _ => in_range(day, 1, 31),
    }
}

/// `T` and a clock time (`14`, `14:30`, `14:30:05`, `14:30:05.5`) or a part of day, then an
/// optional zone.
fn time(p: &mut P) -> bool {
    if !p.eat("T") {
        return false;
    }
    if ["MO", "MI", "AF", "EV", "NI", "DT"]
        .iter()
        .any(|s| p.eat(s))
    {
        return true;
    }
    let Some(hour) = p.digits(2, true) else {
        return false;
    };
    if !in_range(hour, 0, 24) {
        return false;
    }
    for _ in 0..2 {
        if !p.eat(":") {
            break;
        }
        if !p.digits(2, true).is_some_and(|m| in_range(m, 0, 59)) {
            return false;
        }
    }
    if p.eat(".") && p.run(1, 9).is_none() {
        return false;
    }
    // Zone: Z, ±hh, ±hh:mm, ±hhmm.
    if p.eat("Z") {
        return true;
    }
    if p.eat("+") || p.eat("-") {
        if p.digits(2, false).is_none() {
            return false;
        }
        p.eat(":");
        if !p.done() && p.digits(2, false).is_none() {
            return false;
        }
    }
    true
}

/// A DURATION value.
fn is_duration(v: &str) -> bool {
    let mut p = P {
        s: v.as_bytes(),
        i: 0,
    };
    if !p.eat("P") {
        return false;
    }
    let mut parts = 0;
    let mut in_time = false;
    while !p.done() {
        if !in_time && p.eat("T") {
            in_time = true;
            if p.done() {
                return false;
            }
            continue;
        }
        // An amount: digits (with a decimal part) or `X`.
        if p.eat("X") {
        } else if p.run(1, 12).is_some() {
            if p.eat(".") && p.run(1, 9).is_none() {
                return false;
            }
        } else {
            return false;
        }
        let unit_ok = if in_time {
            ["H", "M", "S"].iter().any(|u| p.eat(u))
        } else {
            ["DE", "CE", "ML", "Y", "M", "W", "D", "Q"]
                .iter()
                .any(|u| p.eat(u))
        };
        if !unit_ok {
            return false;
        }
        parts += 1;
    }
    parts > 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_times_take_calendar_values() {
        for v in [
            "2023-06-18",
            "2023",
            "2023-06",
            "199",
            "19",
            "XXXX",
            "XXXX-06-18",
            "XXXX-XX-XX",
            "2023-W24",
            "2023-W24-3",
            "2023-W24-WE",
            "XXXX-WXX-WE",
            "2023-Q2",
            "2023-H1",
            "2023-SU",
            "2023-06-13TNI",
            "2023-06-18T14:30",
            "2023-06-18T14:30:05.25Z",
            "2023-06-18T09:00+02:00",
            "XXXX-XX-XXT14:30",
            "T14:30",
            "PRESENT_REF",
            "PAST_REF",
            "FUTURE_REF",
            "-2994",
            "-991",
            "BC0500",
            "2024-02-29",
        ] {
            assert_eq!(check("DATE", v), None, "DATE {v}");
            assert_eq!(check("TIME", v), None, "TIME {v}");
        }
        for v in [
            "banana",
            "",
            " 2023",
            "2023-13",
            "2023-06-31",
            "2023-02-29",
            "2023-W54",
            "2023-W24-8",
            "2023-Q5",
            "2023-06-18T25:00",
            "2023-06-18T",
            "2023-6-18",
            "P3Y",
            "PRESENT",
            "2023-06-18TXX:99",
            "20230618",
            "1996-W35-W",
        ] {
            assert!(check("DATE", v).is_some(), "DATE {v:?} accepted");
        }
    }

    #[test]
    fn durations_and_sets_take_their_own() {
        for v in [
            "P3Y", "PT5H", "PXY", "P1Y6M", "P2W", "P1DE", "P2CE", "P1ML", "PXQ", "PT2.5S", "P1.5W",
            "PT1H30M", "P1DT2H", "PTXM", "P10000D",
        ] {
            assert_eq!(check("DURATION", v), None, "DURATION {v}");
            assert_eq!(check("SET", v), None, "SET {v}");
        }
        for v in [
            "2026-06", "P", "PT", "P3", "P3H", "PT3Y", "3Y", "P-3Y", "P3YT", "banana",
        ] {
            assert!(check("DURATION", v).is_some(), "DURATION {v:?} accepted");
        }
        for v in ["XXXX-WXX-1", "XXXX-WXX-1TNI", "XXXX-XX-XXTEV", "XXXX-06"] {
            assert_eq!(check("SET", v), None, "SET {v}");
        }
        assert!(check("SET", "banana").is_some());
    }

    #[test]
    fn refusals_say_what_and_give_an_example() {
        assert_eq!(
            check("DATE", "banana").as_deref(),
            Some("\"banana\" is not a TIMEX3 value for a DATE (one like 2023-06-18, 2023-W24-WE or XXXX-06-18)")
        );
        assert_eq!(
            check("DURATION", "2026-06").as_deref(),
            Some("\"2026-06\" is not a TIMEX3 value for a DURATION (one like P3Y, PT5H or PXY)")
        );
        assert!(check("PERSON", "2023")
            .unwrap()
            .contains("not a date label"));
        let long = "x".repeat(500);
        assert!(check("DATE", &long).unwrap().len() < 200);
    }

    #[test]
    fn every_value_the_recognizers_write_passes() {
        let text = concat!(
            include_str!("../../tests/fixtures/blinken-china-trip.txt"),
            "\nThe talks last three hours, every Monday, for 5 years. Tonight at 9 p.m. the ",
            "summer of 2023, in the 1990s, in Q2 2023, the first half of 2022, this weekend, now, ",
            "in the past, some 5,000 years ago, 2.5 seconds, weekly, each morning."
        );
        let a = crate::annotate(
            text,
            &crate::Options {
                reference_date: Some("2023-06-14".into()),
            },
        )
        .unwrap();
        let mut seen = 0;
        for s in a.spans.iter().filter(|s| s.kind == crate::Kind::Date) {
            if let Some(v) = &s.value {
                assert_eq!(check(&s.label, v), None, "{:?} {} {v}", s.text, s.label);
                seen += 1;
            }
        }
        assert!(seen > 20, "{seen} values");
    }
}
