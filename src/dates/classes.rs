//! Builtin classes: the token shapes that a table cannot list (numbers written in digits or in
//! words, years, days of the month, clock times, decades, slashed dates). Rules name them as
//! `%year`, `%number`, … ; each returns how many tokens it took and a normalized value.

use super::tokens::Toks;
use super::value::{val, Val};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Builtin {
    /// `1998`, `'98` → `1998`.
    Year,
    /// `18`, `18th`, `eighteenth`, `twenty-first` → `18` (two digits).
    Day,
    /// `3`, `24`, `2,000`, `three`, `twenty four`, `twenty-four`, `a hundred` → `3`…
    Number,
    /// `15:11`, `3:30`, `6:00am`, `3pm` → `15:11`, `03:30`, `06:00`, `15:00`.
    Clock,
    /// `3` (1–12, before `p.m.`) → `03`.
    Hour,
    /// `1990s`, `'90s`, `1990's` → `199`.
    Decade,
    /// `6/18/2023`, `6/18/23` → `2023-06-18`.
    SlashDate,
    /// Two-digit month `06` (ISO dates).
    Mm,
    /// Two-digit day `18` (ISO dates); `7`, and `07T` before a glued clock time (ISO date-times:
    /// the tokenizer keeps the `T` with the day).
    Dd,
    /// A two-digit year: `96` → `1996`, `16` → `2016` (pivot at 30, as `%slashdate`).
    Yy,
    /// A two-digit year that cannot be a day of the month (`96`, `00`): after a month alone.
    YyNotDay,
    /// A month and its year: `9/2012`, `2014/10`, `2014-10` is not this (see rules) → `2012-09`.
    SlashMonth,
    /// A month and day without a year: `2/15` (month first unless the first part is over 12)
    /// → `02-15`. Rules use it only where a cue shows a date (`on 2/15`).
    SlashMd,
    /// A numeric date written with hyphens, glued: `07-27-2022`, `10-31-74` (month first
    /// unless the first part is over 12) → `2022-07-27`.
    DashDate,
    /// A year of one to four digits, for eras: `345` (BC), `14` (AD) → `0345`.
    EraYear,
    /// An hour of the clock in digits or a word, 1–12: `3`, `three` → `03`.
    HourWord,
    /// An hour and its minutes run together before `a.m.`/`p.m.`: `330`, `1030` → `03:30`.
    HourMinute,
    /// An ISO year and month, glued: `2014-10` → `2014-10`; not a span of years
    /// (`2009-10`, the second year's last digits) nor the start of a full date.
    IsoMonth,
    /// A day and a month run together, either way round: `15SEP`, `Feb13`, `13th-feb` is not
    /// this → `09-15`. The month is read from the rules' `[month]` table.
    GluedMonthDay,
    /// A month and a day over 12 in figures, for a whole text (`[alone]`): `2/15`, `2-15`,
    /// `2 / 15` → `02-15`; not `2-1` or `3/4`, a score or a fraction (in a sentence they are
    /// those or a range).
    DashMd,
    /// A year and its quarter run together: `2018Q4`, `18q4`, `4Q18`, `4Q2018` → `2018-Q4`.
    YearQuarter,
    /// Four figures on the 24-hour dial that cannot be a year of the news (not 1800-2100):
    /// `1030`, `0900`, `2130` → `1030`. After a ticket's day and month run together (round
    /// 16), also 1800-1959 (`22MAR 1830`), and after its two-figure year any (`06MAR25 2015`).
    Clock4,
    /// A ticket's day, month and two-figure year run together (round 16): `06MAR25` (the
    /// tokenizer gives `06mar` `25`) → `2025-03-06`.
    GluedDate,
    /// Eight figures, a date stamped as logs and file names write it (round 16): `20161101` →
    /// `2016-11-01`, a year from 1970 to 2099, nothing glued on either side (`20161101-4471`,
    /// `INV-20161101`, `0x20161101` are codes).
    CompactDate,
    /// A web server's log stamp (round 16): `01/Nov/2016:07:59:00` (the tokenizer gives `01`
    /// `/` `nov` `/` `2016:07:59:00`) → `2016-11-01T07:59:00`.
    LogStamp,
}

impl Builtin {
    pub const ALL: [Builtin; 25] = [
        Builtin::Year,
        Builtin::Day,
        Builtin::Number,
        Builtin::Clock,
        Builtin::Hour,
        Builtin::Decade,
        Builtin::SlashDate,
        Builtin::Mm,
        Builtin::Dd,
        Builtin::Yy,
        Builtin::YyNotDay,
        Builtin::SlashMonth,
        Builtin::SlashMd,
        Builtin::DashDate,
        Builtin::EraYear,
        Builtin::HourWord,
        Builtin::HourMinute,
        Builtin::IsoMonth,
        Builtin::GluedMonthDay,
        Builtin::DashMd,
        Builtin::YearQuarter,
        Builtin::Clock4,
        Builtin::GluedDate,
        Builtin::CompactDate,
        Builtin::LogStamp,
    ];

    pub fn from_name(name: &str) -> Option<Builtin> {
        Some(match name {
            "year" => Builtin::Year,
            "day" => Builtin::Day,
            "number" => Builtin::Number,
            "clock" => Builtin::Clock,
            "hour" => Builtin::Hour,
            "decade" => Builtin::Decade,
            "slashdate" => Builtin::SlashDate,
            "mm" => Builtin::Mm,
            "dd" => Builtin::Dd,
            "yy" => Builtin::Yy,
            "yynotday" => Builtin::YyNotDay,
            "slashmonth" => Builtin::SlashMonth,
            "slashmd" => Builtin::SlashMd,
            "dashdate" => Builtin::DashDate,
            "erayear" => Builtin::EraYear,
            "hourw" => Builtin::HourWord,
            "hhmm" => Builtin::HourMinute,
            "isomonth" => Builtin::IsoMonth,
            "gluedmd" => Builtin::GluedMonthDay,
            "dashmd" => Builtin::DashMd,
            "yearq" => Builtin::YearQuarter,
            "clock4" => Builtin::Clock4,
            "gluedmdy" => Builtin::GluedDate,
            "compactdate" => Builtin::CompactDate,
            "logstamp" => Builtin::LogStamp,
            _ => return None,
        })
    }

    /// The classes that may start at a token (bit `b as u8` for builtin `b`), computed once per
    /// token: most tokens are plain words that start none, and are told apart by one byte.
    pub fn starts_at(lower: &str) -> u32 {
        let first = lower.as_bytes().first().copied().unwrap_or(0);
        if !(first.is_ascii_digit()
            || first == b'\''
            || first >= 0x80
            || matches!(
                first,
                b'a' | b'd' | b'e' | b'f' | b'n' | b's' | b't' | b'o' | b'z'
            ))
        {
            return 0;
        }
        // A word in letters starts a class only if it is `a`, a number word or holds a digit
        // (see `may_start`): half the words of a text pass the test above (`the`, `said`), and
        // asking each class in turn cost three looks at the number words.
        if first.is_ascii_alphabetic()
            && !(lower.bytes().any(|b| b.is_ascii_digit()) || lower == "a" || is_number_word(lower))
        {
            return 0;
        }
        Builtin::ALL
            .iter()
            .filter(|b| b.may_start(lower))
            .fold(0, |acc, b| acc | 1 << (*b as u32))
    }

    /// Can this class start at a token of this text? (cheap pre-check for the trigger index)
    pub fn may_start(self, lower: &str) -> bool {
        let first = lower.as_bytes().first().copied().unwrap_or(0);
        match self {
            Builtin::Number | Builtin::Day => {
                first.is_ascii_digit() || lower == "a" || is_number_word(lower)
            }
            Builtin::Year => {
                first.is_ascii_digit()
                    || first == b'\''
                    || matches!(
                        lower,
                        "\u{2018}" | "\u{2019}" | "nineteen" | "eighteen" | "two"
                    )
            }
            Builtin::Decade => {
                first.is_ascii_digit() || first == b'\'' || matches!(lower, "\u{2018}" | "\u{2019}")
            }
            Builtin::HourWord => first.is_ascii_digit() || is_number_word(lower),
            Builtin::GluedMonthDay | Builtin::GluedDate => {
                lower.len() >= 4
                    && lower.is_ascii()
                    && lower.bytes().any(|b| b.is_ascii_digit())
                    && lower.bytes().any(|b| b.is_ascii_alphabetic())
            }
            // Round 16: eight figures; a day of one or two.
            Builtin::CompactDate => lower.len() == 8 && first.is_ascii_digit(),
            Builtin::LogStamp => lower.len() <= 2 && first.is_ascii_digit(),
            _ => first.is_ascii_digit(),
        }
    }

    pub fn matches(self, toks: &Toks, i: usize) -> Option<(usize, Val)> {
        let t = toks.lw_get(i)?;
        match self {
            Builtin::Year => {
                if is_digits(t) && t.len() == 4 {
                    let y: u32 = t.parse().ok()?;
                    return (1000..=2199).contains(&y).then(|| (i + 1, Val::from(t)));
                }
                if let Some(spoken) = spoken_year(toks, i) {
                    return Some(spoken);
                }
                if is_apostrophe(t) && toks.glued(i) {
                    let d = toks.lw_get(i + 1)?;
                    if is_digits(d) && d.len() == 2 {
                        let y: u32 = d.parse().ok()?;
                        return Some((
                            i + 2,
                            Val::uint(if y <= 30 { 2000 + y } else { 1900 + y } as u64, 0),
                        ));
                    }
                }
                None
            }
            Builtin::Day => {
                if let Some(n) = digits_day(t) {
                    return Some((i + 1, Val::uint(n as u64, 2)));
                }
                let (end, n) = ordinal_words(toks, i)?;
                (1..=31).contains(&n).then(|| (end, Val::uint(n, 2)))
            }
            Builtin::Number => number(toks, i),
            Builtin::Clock => clock_at(toks, i),
            Builtin::Hour => {
                // `8ish`; `12.30`, a dotted time where the rule says it is one (`at 12.30?`,
                // `5.30 pm`).
                // `150ish`: hour and minutes run together, only with `ish`.
                let ish = t.strip_suffix("ish");
                let t = ish.unwrap_or(t);
                let (h, m) = match t.len() {
                    3 | 4 if ish.is_some() && is_digits(t) => t.split_at(t.len() - 2),
                    _ => t.split_once('.').unwrap_or((t, "")),
                };
                let h: u32 = h.parse().ok().filter(|_| is_digits(h) && h.len() <= 2)?;
                let ok = m.is_empty() || m.len() == 2 && is_digits(m) && m < "60";
                (ok && (1..=12).contains(&h)).then(|| match m {
                    "" => (i + 1, Val::uint(h as u64, 2)),
                    _ => (i + 1, clock_val(h, m)),
                })
            }
            Builtin::Decade => {
                if let Some(y) = t
                    .strip_suffix('s')
                    .filter(|y| is_digits(y) && y.len() == 4 && y.ends_with('0'))
                {
                    return Some((i + 1, Val::from(&y[..3])));
                }
                if is_digits(t)
                    && t.len() == 4
                    && t.ends_with('0')
                    && toks.lw_get(i + 1).is_some_and(|n| n == "'s")
                    && toks.glued(i)
                {
                    return Some((i + 2, Val::from(&t[..3])));
                }
                if is_apostrophe(t) && toks.glued(i) {
                    let d = toks.lw_get(i + 1)?.strip_suffix('s')?;
                    if is_digits(d) && d.len() == 2 && d.ends_with('0') {
                        let century = if d.as_bytes()[0] <= b'2' { "20" } else { "19" };
                        return Some((i + 2, val!("{century}{}", &d[..1])));
                    }
                }
                None
            }
            Builtin::SlashDate => slash_date(t).map(|v| (i + 1, v)),
            Builtin::Mm => small(t, 12).map(|m| (i + 1, Val::uint(m as u64, 2))),
            Builtin::Dd => {
                // `07T23:45`: the day keeps the `T`, the clock time follows glued.
                let day = match t.strip_suffix('t') {
                    Some(d) if toks.glued(i) && clock_at(toks, i + 1).is_some() => d,
                    Some(_) => return None,
                    None => t,
                };
                small(day, 31).map(|d| (i + 1, Val::uint(d as u64, 2)))
            }
            Builtin::Yy => (is_digits(t) && t.len() == 2)
                .then(|| t.parse::<i32>().ok())
                .flatten()
                .map(|y| (i + 1, Val::uint(pivot(y) as u64, 0))),
            Builtin::YyNotDay => (is_digits(t) && t.len() == 2)
                .then(|| t.parse::<i32>().ok())
                .flatten()
                .filter(|y| !(1..=31).contains(y))
                .map(|y| (i + 1, Val::uint(pivot(y) as u64, 0))),
            Builtin::SlashMonth => slash_month(t).map(|v| (i + 1, v)),
            Builtin::SlashMd => slash_md(t).map(|v| (i + 1, v)),
            Builtin::DashDate => dash_date(toks, i),
            Builtin::HourWord => {
                let h = match word_number(t) {
                    Some(h) => h as u32,
                    None => small(t, 12)?,
                };
                (1..=12)
                    .contains(&h)
                    .then(|| (i + 1, Val::uint(h as u64, 2)))
            }
            Builtin::HourMinute => {
                let (h, m) = (is_digits(t) && (3..=4).contains(&t.len()))
                    .then(|| t.split_at(t.len() - 2))?;
                let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
                ((1..=12).contains(&h) && m < 60).then(|| (i + 1, hh_mm(h, m)))
            }
            Builtin::IsoMonth => {
                let w = |k: usize| toks.lw_get(i + k).unwrap_or("");
                if !(toks.glued(i) && toks.glued(i + 1)) || w(1) != "-" || w(2).len() != 2 {
                    return None;
                }
                let year: u32 = (is_digits(t) && t.len() == 4)
                    .then(|| t.parse().ok())
                    .flatten()?;
                let month = small(w(2), 12)?;
                let range_of_years = month == (year + 1) % 100;
                let full_date = toks.glued(i + 2) && matches!(w(3), "-" | "/");
                (!(1000..=2199).contains(&year) || range_of_years || full_date)
                    .then_some(())
                    .map_or(Some((i + 3, val!("{year:04}-{month:02}"))), |_| None)
            }
            Builtin::GluedMonthDay => glued_month_day(t).map(|v| (i + 1, v)),
            Builtin::DashMd => dash_md(toks, i),
            Builtin::YearQuarter => year_quarter(toks, i),
            Builtin::Clock4 => {
                let n: u32 = (is_digits(t) && t.len() == 4)
                    .then(|| t.parse().ok())
                    .flatten()?;
                let year = match i.checked_sub(1).and_then(|p| ticket_date(toks, p)) {
                    Some(true) => 1..=0,
                    Some(false) => 1960..=2100,
                    None => 1800..=2100,
                };
                (n / 100 < 24 && n % 100 < 60 && !year.contains(&n)).then(|| (i + 1, Val::from(t)))
            }
            Builtin::CompactDate => compact_date(toks, i),
            Builtin::LogStamp => log_stamp(toks, i),
            Builtin::GluedDate => glued_date(toks, i, t),
            Builtin::EraYear => (is_digits(t) && t.len() <= 4)
                .then(|| t.parse::<u32>().ok())
                .flatten()
                .filter(|y| *y > 0)
                .map(|y| (i + 1, Val::uint(y as u64, 4))),
        }
    }
}

fn is_apostrophe(t: &str) -> bool {
    matches!(t, "'" | "\u{2019}" | "\u{2018}")
}

pub fn is_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

fn digits_day(t: &str) -> Option<u32> {
    let num = t.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &t[num.len()..];
    if !is_digits(num) || num.len() > 2 || !matches!(suffix, "" | "st" | "nd" | "rd" | "th") {
        return None;
    }
    let n: u32 = num.parse().ok()?;
    (1..=31).contains(&n).then_some(n)
}

const UNITS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];
const ORDINALS: [&str; 20] = [
    "zeroth",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
];
const TENS_ORDINALS: [&str; 8] = [
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
];

fn word_number(w: &str) -> Option<u64> {
    if let Some(n) = UNITS.iter().position(|&u| u == w) {
        return Some(n as u64);
    }
    if w == "dozen" {
        return Some(12);
    }
    TENS.iter()
        .position(|&u| u == w)
        .map(|n| 20 + 10 * n as u64)
}

/// Any number or ordinal word (one `match`, which compiles to a length switch).
fn is_number_word(w: &str) -> bool {
    matches!(
        w,
        "zero"
            | "one"
            | "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "eleven"
            | "twelve"
            | "thirteen"
            | "fourteen"
            | "fifteen"
            | "sixteen"
            | "seventeen"
            | "eighteen"
            | "nineteen"
            | "twenty"
            | "thirty"
            | "forty"
            | "fifty"
            | "sixty"
            | "seventy"
            | "eighty"
            | "ninety"
            | "dozen"
            | "first"
            | "second"
            | "third"
            | "fourth"
            | "fifth"
            | "sixth"
            | "seventh"
            | "eighth"
            | "ninth"
            | "tenth"
            | "eleventh"
            | "twelfth"
            | "thirteenth"
            | "fourteenth"
            | "fifteenth"
            | "sixteenth"
            | "seventeenth"
            | "eighteenth"
            | "nineteenth"
            | "twentieth"
            | "thirtieth"
            | "fortieth"
            | "fiftieth"
            | "sixtieth"
            | "seventieth"
            | "eightieth"
            | "ninetieth"
    )
}

/// The number a word says (`eight` → 8), for the steps after the rules.
pub fn word_value(w: &str) -> Option<u64> {
    word_number(w)
}

/// The number an ordinal word says (`twentieth` → 20).
pub fn ordinal_value(w: &str) -> Option<u64> {
    ordinal_word(w)
}

fn ordinal_word(w: &str) -> Option<u64> {
    if let Some(n) = ORDINALS.iter().position(|&u| u == w) {
        return Some(n as u64);
    }
    TENS_ORDINALS
        .iter()
        .position(|&u| u == w)
        .map(|n| 20 + 10 * n as u64)
}

/// Years said in words, as in broadcast transcripts: `nineteen ninety-six`, `eighteen twelve`,
/// `two thousand`, `two thousand and one`.
fn spoken_year(toks: &Toks, i: usize) -> Option<(usize, Val)> {
    let first = toks.lw_get(i)?;
    let word = |j: usize| toks.lw_get(j).unwrap_or("");
    if first == "two" && word(i + 1) == "thousand" {
        let mut j = i + 2;
        if word(j) == "and" {
            j += 1;
        }
        return Some(
            match word_number(word(j)).filter(|n| (1..=19).contains(n)) {
                Some(n) => (j + 1, Val::uint(2000 + n, 0)),
                None => (i + 2, Val::from("2000")),
            },
        );
    }
    let century = match first {
        "nineteen" => 1900,
        "eighteen" => 1800,
        _ => return None,
    };
    let second = word_number(word(i + 1)).filter(|n| (10..=99).contains(n))?;
    if second >= 20 && word(i + 2) == "-" {
        if let Some(u) = word_number(word(i + 3)).filter(|u| (1..=9).contains(u)) {
            return Some((i + 4, Val::uint(century + second + u, 0)));
        }
    }
    if second >= 20 && second % 10 == 0 {
        if let Some(u) = word_number(word(i + 2)).filter(|u| (1..=9).contains(u)) {
            return Some((i + 3, Val::uint(century + second + u, 0)));
        }
    }
    Some((i + 2, Val::uint(century + second, 0)))
}

/// `twenty-first`, `twenty first`, `third` → (end, n).
fn ordinal_words(toks: &Toks, i: usize) -> Option<(usize, u64)> {
    let t = toks.lw_get(i)?;
    if let Some(n) = ordinal_word(t) {
        return Some((i + 1, n));
    }
    let tens = TENS.iter().position(|&u| u == t)? as u64 * 10 + 20;
    let mut j = i + 1;
    if toks.lw_get(j).is_some_and(|h| h == "-") {
        j += 1;
    }
    let unit = ordinal_word(toks.lw_get(j)?).filter(|&u| (1..=9).contains(&u))?;
    Some((j + 1, tens + unit))
}

/// A count in digits or words. Digits may carry thousands commas or one decimal point.
fn number(toks: &Toks, i: usize) -> Option<(usize, Val)> {
    let t = toks.lw_get(i)?;
    if t.as_bytes().first()?.is_ascii_digit() {
        // `2018 day`, `the 1988 quarter`: a plain four-digit number in the range of years is a
        // year, not a count.
        if t.len() == 4
            && is_digits(t)
            && t.parse::<u32>().is_ok_and(|y| (1800..=2100).contains(&y))
        {
            return None;
        }
        let mut digits = Val::new();
        t.split(',').for_each(|p| digits.push_str(p));
        let plain = digits.as_str();
        let ok = plain.bytes().all(|b| b.is_ascii_digit() || b == b'.')
            && plain.matches('.').count() <= 1
            && !plain.ends_with('.');
        if ok
            && is_digits(plain)
            && toks
                .lw_get(i + 1)
                .is_some_and(|f| f == "1/2" || f == "\u{bd}")
        {
            return Some((i + 2, val!("{plain}.5")));
        }
        // Round 15: `2 and a half`, `2 and an half`.
        if ok && is_digits(plain) && and_a_half(toks, i + 1) {
            return Some((i + 4, val!("{plain}.5")));
        }
        return ok.then(|| (i + 1, Val::from(plain.trim_end_matches(".0"))));
    }
    if t == "a" && toks.lw_get(i + 1) == Some("dozen") {
        return Some((i + 2, val!("12")));
    }
    // Words: [units|tens [-]unit] [hundred [and]? rest] [thousand …]
    let mut total: u64 = 0;
    let mut current: u64 = 0;
    let mut j = i;
    let mut any = false;
    let mut end = i;
    // `a hundred`, `a thousand` are one of them, and go on (`a hundred and fifty`).
    if t == "a" && matches!(toks.lw_get(i + 1), Some("hundred" | "thousand")) {
        (current, any, j) = (1, true, i + 1);
    }
    while let Some(w) = toks.lw_get(j) {
        if let Some(n) = word_number(w) {
            let fits = current % 100 == 0 || (current % 100 >= 20 && current % 10 == 0 && n < 10);
            if !fits {
                break; // `two three` is not a number
            }
            current = current.saturating_add(n);
            any = true;
            j += 1;
            end = j;
            // `twenty-four`
            if n >= 20
                && n % 10 == 0
                && toks.lw_get(j).is_some_and(|h| h == "-")
                && toks
                    .lw_get(j + 1)
                    .and_then(word_number)
                    .is_some_and(|u| (1..=9).contains(&u))
            {
                current = current.saturating_add(word_number(toks.lw(j + 1)).unwrap_or(0));
                j += 2;
                end = j;
            }
        } else if any && w == "hundred" {
            current = current.max(1).saturating_mul(100);
            j += 1;
            end = j;
        } else if any && (w == "thousand" || w == "million") {
            total = total.saturating_add(current.max(1).saturating_mul(if w == "thousand" {
                1000
            } else {
                1_000_000
            }));
            current = 0;
            j += 1;
            end = j;
        } else if any
            && w == "and"
            && toks.lw_get(j + 1).and_then(word_number).is_some()
            && current >= 100
        {
            j += 1;
        } else {
            break;
        }
    }
    let n = total.saturating_add(current);
    // `two and a half`
    if any && and_a_half(toks, end) {
        return Some((end + 3, val!("{n}.5")));
    }
    any.then(|| (end, Val::uint(n, 0)))
}

/// `and a half` (or `and an half`) at token `i`.
fn and_a_half(toks: &Toks, i: usize) -> bool {
    toks.lw_get(i) == Some("and")
        && matches!(toks.lw_get(i + 1), Some("a" | "an"))
        && toks.lw_get(i + 2) == Some("half")
}

/// A clock time at token `i`: one token (`15:11`, `3:30`, `6:00am`, `3pm`, `23:45:00Z`,
/// `3:18a`) or the French and military hour with its minutes (`15h00`, `9h30`: the tokenizer
/// gives `15h` and `00`), and `15h` alone where a zone or a clock word shows it is a time, or
/// as the whole text; `3p`, `11a` after a word of time.
fn clock_at(toks: &Toks, i: usize) -> Option<(usize, Val)> {
    let t = toks.lw_get(i)?;
    if let Some(v) = clock(t) {
        return Some((i + 1, v));
    }
    let next = toks.lw_get(i + 1).unwrap_or("");
    let prev = i.checked_sub(1).map_or("", |p| toks.lw(p));
    // `at 3p`, `@ 11a`: an hour with `a` or `p` after a word of time, not a price (`at 5p each`).
    if let Some(h) = t.strip_suffix('p').or(t.strip_suffix('a')) {
        let h: u32 = h
            .parse()
            .ok()
            .filter(|h| (1..=12).contains(h) && is_digits(&t[..1]))?;
        let pm = if t.ends_with('p') { 12 } else { 0 };
        let after = matches!(
            prev,
            "at" | "@" | "by" | "around" | "til" | "till" | "until"
        );
        let ends = next.is_empty() || !next.as_bytes()[0].is_ascii_alphanumeric();
        let before = ends || matches!(next, "tomorrow" | "tmrw" | "today" | "tonight" | "on");
        return (after && before).then(|| (i + 1, hh_mm(h % 12 + pm, 0)));
    }
    let zone = matches!(
        next,
        "gmt" | "utc" | "cet" | "cest" | "bst" | "est" | "cst" | "pst" | "edt" | "pdt" | "cdt"
    );
    // `14.32 GMT`: a dotted time on the 24-hour clock, where its zone says it is one.
    if let Some((h, m)) = t.split_once('.').filter(|_| zone) {
        if is_digits(h) && h.len() <= 2 && is_digits(m) && m.len() == 2 {
            let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
            return (h <= 23 && m < 60).then(|| (i + 1, hh_mm(h, m)));
        }
    }
    let h: u32 = t
        .strip_suffix('h')
        .filter(|h| is_digits(h) && h.len() <= 2)?
        .parse()
        .ok()
        .filter(|h| *h <= 23)?;
    // `15h00`; `15h.` ends a sentence, and goes on below.
    let m = toks.lw_get(i + 1).filter(|m| toks.glued(i) && is_digits(m));
    if let Some(m) = m {
        let m: u32 = (m.len() == 2)
            .then(|| m.parse().ok())
            .flatten()
            .filter(|m| *m < 60)?;
        return Some((i + 2, hh_mm(h, m)));
    }
    // Round 15: `15 minutes past 15h`; `Fri, Jul 18, 2014 19h` (a year before it).
    let year_before = prev.len() == 4 && is_digits(prev);
    let cue = matches!(
        prev,
        "at" | "@" | "-" | "to" | "till" | "until" | "from" | "by" | "past"
    ) || year_before
        || next == "-"
        || zone
        || toks.len() == 1;
    cue.then(|| (i + 1, hh_mm(h, 0)))
}

/// `HH:MM`.
fn hh_mm(h: u32, m: u32) -> Val {
    let mut v = Val::uint(h as u64, 2);
    v.push_str(":");
    v.push_uint(m as u64, 2);
    v
}

/// `HH:` and the minutes as written (`12.30` → `12:30`).
fn clock_val(h: u32, m: &str) -> Val {
    let mut v = Val::uint(h as u64, 2);
    v.push_str(":");
    v.push_str(m);
    v
}

/// `15:11`, `3:30`, `6:00am`, `3pm`, `10a.m`, `23:45:00`, `08:52z`, `3:18a`, `6.30pm` → `HH:MM`
/// (or `HH:MM:SS`; 24-hour when am/pm is glued on).
#[inline(never)]
fn clock(t: &str) -> Option<Val> {
    let digits_end = t
        .find(|c: char| !(c.is_ascii_digit() || c == ':' || c == '.'))
        .unwrap_or(t.len());
    let (mut num, mut suffix) = t.split_at(digits_end);
    // Round 16: a log's fraction of a second (`07:59:00.123Z`, `07:59:00,123`) is dropped.
    if let Some(parts) = without_fraction(t) {
        (num, suffix) = parts?;
    }
    let suffix = suffix.trim_end_matches('.');
    let pm = match suffix {
        // `12:30ish`.
        "" | "z" | "ish" => None,
        "am" | "a.m" => Some(false),
        "pm" | "p.m" => Some(true),
        // `3:18a`, `3:15p`: only with the minutes, where no count can be meant.
        "a" if num.contains(':') => Some(false),
        "p" if num.contains(':') => Some(true),
        _ => return None,
    };
    // A dot between hour and minutes only with am/pm glued on: `6.30` alone may be a number.
    let dotted = num.contains('.');
    if dotted && (pm.is_none() || num.contains(':')) {
        return None;
    }
    let mut parts = num.split([':', '.']);
    let (h, m, sec) = match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some(h), Some(m), sec, None)
            if m.len() == 2
                && is_digits(h)
                && is_digits(m)
                && h.len() <= 2
                && sec.map_or(true, |s| s.len() == 2 && is_digits(s)) =>
        {
            (
                h.parse::<u32>().ok()?,
                m.parse::<u32>().ok()?,
                sec.map(|s| s.parse::<u32>()).transpose().ok()?,
            )
        }
        (Some(h), None, None, None) if pm.is_some() && is_digits(h) && h.len() <= 2 => {
            (h.parse::<u32>().ok()?, 0, None)
        }
        _ => return None,
    };
    if m >= 60 || h > 24 || sec.is_some_and(|s| s >= 60) || (pm.is_some() && !(1..=12).contains(&h))
    {
        return None;
    }
    let h = match pm {
        Some(true) if h < 12 => h + 12,
        Some(false) if h == 12 => 0,
        _ => h,
    };
    Some(match sec {
        Some(s) => {
            let mut v = hh_mm(h, m);
            v.push_str(":");
            v.push_uint(s as u64, 2);
            v
        }
        None => hh_mm(h, m),
    })
}

/// `06mar` `25` → `2025-03-06`.
#[inline(never)]
fn glued_date(toks: &Toks, i: usize, t: &str) -> Option<(usize, Val)> {
    let md = glued_month_day(t).filter(|_| toks.glued(i))?;
    let yy = toks
        .lw_get(i + 1)
        .filter(|y| y.len() == 2 && is_digits(y))?;
    // `06MAR25` and nothing more glued on (`06MAR25X` is a code).
    if toks.glued(i + 1)
        && toks
            .lw_get(i + 2)
            .is_some_and(|w| !matches!(w, "," | "." | ")" | ";"))
    {
        return None;
    }
    let (m, d) = md.as_str().split_once('-')?;
    let y = pivot(yy.parse().ok()?) as u32;
    Some((i + 2, ymd(y, m.parse().ok()?, d.parse().ok()?)?))
}

/// `01/Nov/2016:07:59:00` → `2016-11-01T07:59:00`.
#[inline(never)]
fn log_stamp(toks: &Toks, i: usize) -> Option<(usize, Val)> {
    let w = |k: usize| toks.lw_get(i + k).unwrap_or("");
    if !(0..4).all(|k| toks.glued(i + k)) || w(1) != "/" || w(3) != "/" {
        return None;
    }
    let (year, time) = w(4).split_once(':')?;
    let y = year.parse::<u32>().ok().filter(|_| year.len() == 4)?;
    let mut v = ymd(y, super::month_number(w(2))?, small(w(0), 31)?)?;
    v.push_str("T");
    v.push_str(clock(time).filter(|t| t.as_str().len() == 8)?.as_str());
    Some((i + 5, v))
}

/// `20161101` alone → `2016-11-01`.
#[inline(never)]
fn compact_date(toks: &Toks, i: usize) -> Option<(usize, Val)> {
    let t = toks.lw(i);
    let before = i == 0 || !toks.glued(i - 1) || matches!(toks.lw(i - 1), "(" | "[" | "\"");
    let after = !toks.glued(i) || matches!(toks.lw_get(i + 1), Some("," | "." | ")" | "]" | ";"));
    if t.len() != 8 || !is_digits(t) || !before || !after {
        return None;
    }
    let y = Some(&t[..4]).filter(|y| ("1970".."2100").contains(y))?;
    Some((
        i + 1,
        ymd(y.parse().ok()?, small(&t[4..6], 12)?, small(&t[6..], 31)?)?,
    ))
}

/// `2016-11-01` from its parts, the day checked against its month (29 days in February).
#[inline(never)]
fn ymd(y: u32, m: u32, d: u32) -> Option<Val> {
    let mut v = Val::uint(y as u64, 4);
    v.push_str("-");
    v.push_uint(m as u64, 2);
    v.push_str("-");
    v.push_uint(d as u64, 2);
    (d <= super::calendar::days_in_month(2000, m)).then_some(v)
}

/// Whether token `i` ends a ticket's day and month run together: `Some(true)` with its
/// two-figure year glued on (`06MAR25`), `Some(false)` without one (`22MAR`), else `None`.
#[inline(never)]
fn ticket_date(toks: &Toks, i: usize) -> Option<bool> {
    let t = toks.lw(i);
    let glued_md = |k: usize| toks.glued(k) && glued_month_day(toks.lw(k)).is_some();
    if t.len() == 2 && is_digits(t) && i > 0 && glued_md(i - 1) {
        return Some(true);
    }
    (t.as_bytes()[0].is_ascii_digit() && glued_month_day(t).is_some() && !toks.glued(i))
        .then_some(false)
}

/// `07:59:00.123z` → `07:59:00` and `z`: `None` when there is no fraction of a second,
/// `Some(None)` when more than a zone letter follows it.
#[inline(never)]
fn without_fraction(t: &str) -> Option<Option<(&str, &str)>> {
    let b = t.as_bytes();
    if !(t.len() > 9 && b[5] == b':' && matches!(b[8], b'.' | b',') && b[9].is_ascii_digit()) {
        return None;
    }
    let frac = t[9..]
        .find(|c: char| !c.is_ascii_digit())
        .map_or(t.len(), |k| k + 9);
    Some((t.len() - frac <= 1).then(|| (&t[..8], &t[frac..])))
}

/// `15sep` or `feb13`/`feb13th` → `09-15`, `02-13`.
#[inline(never)]
fn glued_month_day(t: &str) -> Option<Val> {
    let split = t.find(|c: char| c.is_ascii_digit() != t.as_bytes()[0].is_ascii_digit())?;
    let (a, b) = t.split_at(split);
    let (day, month) = if a.as_bytes()[0].is_ascii_digit() {
        (a, b)
    } else {
        (b, a)
    };
    let digits = day.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix_ok = matches!(&day[digits.len()..], "" | "st" | "nd" | "rd" | "th");
    let d = small(digits, 31).filter(|_| suffix_ok && month.len() >= 3)?;
    let m = super::month_number(month)?;
    (d <= super::calendar::days_in_month(2000, m)).then(|| val!("{m:02}-{d:02}"))
}

/// A number of one or two digits from 1 to `max`.
fn small(t: &str, max: u32) -> Option<u32> {
    (is_digits(t) && t.len() <= 2)
        .then(|| t.parse::<u32>().ok())
        .flatten()
        .filter(|n| (1..=max).contains(n))
}

/// A two-digit year in full: up to 30 in this century, the rest in the last.
fn pivot(y: i32) -> i32 {
    if y <= 30 {
        2000 + y
    } else {
        1900 + y
    }
}

/// `9/2012`, `2014/10` → `2012-09`, `2014-10`.
fn slash_month(t: &str) -> Option<Val> {
    let (a, b) = t.split_once('/')?;
    let (month, year) = if a.len() == 4 { (b, a) } else { (a, b) };
    let month = small(month, 12)?;
    let year: u32 = (is_digits(year) && year.len() == 4)
        .then(|| year.parse().ok())
        .flatten()?;
    Some(val!("{year:04}-{month:02}"))
}

/// `2/15` → `02-15` (month first, or day first when the first part is over 12).
fn slash_md(t: &str) -> Option<Val> {
    let (a, b) = t.split_once('/')?;
    month_day(a, b)
}

/// A month and a day in figures, month first unless the first is over 12: `02-15`.
#[inline(never)]
fn month_day(a: &str, b: &str) -> Option<Val> {
    let (a, b) = (small(a, 31)?, small(b, 31)?);
    let (month, day) = if a > 12 { (b, a) } else { (a, b) };
    (month <= 12 && day <= super::calendar::days_in_month(2000, month))
        .then(|| val!("{month:02}-{day:02}"))
}

/// `2/15`, `2-15`, `2 / 15`: a month and then a day over 12, so that a score or a fraction
/// (`2-1`, `3/4`) is not read as a date; nothing glued on after.
#[inline(never)]
fn dash_md(toks: &Toks, i: usize) -> Option<(usize, Val)> {
    let w = |k: usize| toks.lw_get(i + k).unwrap_or("");
    let (end, a, b) = match w(0).split_once('/') {
        Some((a, b)) => (i + 1, a, b),
        None if matches!(w(1), "-" | "/") => (i + 3, w(0), w(2)),
        None => return None,
    };
    let more = matches!(w(end - i), "-" | "/" | ".") && is_digits(w(end - i + 1));
    if more || small(a, 12).is_none() || small(b, 12).is_some() {
        return None;
    }
    month_day(a, b).map(|v| (end, v))
}

/// `2018Q4`, `18q4` (year first) and `4Q18`, `4Q2018` (quarter first) → `2018-Q4`. The
/// tokenizer keeps the letter with the digits before it: `2018q` `4`, `4q` `18`.
#[inline(never)]
fn year_quarter(toks: &Toks, i: usize) -> Option<(usize, Val)> {
    let a = toks.lw(i).strip_suffix('q')?;
    let b = toks.lw_get(i + 1).filter(|_| toks.glued(i))?;
    let (y, q) = if a.len() == 1 { (b, a) } else { (a, b) };
    let glued_on = toks.glued(i + 1) && toks.lw_get(i + 2).is_some_and(|w| w != "." && w != ",");
    if glued_on || !matches!(q, "1" | "2" | "3" | "4") || !is_digits(y) {
        return None;
    }
    let year = match y.len() {
        2 => pivot(y.parse().ok()?),
        4 if matches!(y.as_bytes()[0], b'1' | b'2') => y.parse().ok()?,
        _ => return None,
    };
    Some((i + 2, val!("{year}-Q{q}")))
}

/// `07-27-2022`, `10-31-74`: five glued tokens, month first unless the first part is over 12.
fn dash_date(toks: &Toks, i: usize) -> Option<(usize, Val)> {
    let w = |k: usize| toks.lw_get(i + k).unwrap_or("");
    if !(0..4).all(|k| toks.glued(i + k)) || w(1) != "-" || w(3) != "-" {
        return None;
    }
    let (a, b) = (small(w(0), 31)?, small(w(2), 31)?);
    let y = w(4);
    let year = match y.len() {
        4 if is_digits(y) => y.parse().ok()?,
        2 if is_digits(y) => pivot(y.parse().ok()?),
        _ => return None,
    };
    // Not glued on to more numbers: `1-2-3-4` is no date.
    let glued_before = i > 0 && toks.glued(i - 1) && matches!(toks.lw(i - 1), "-" | "/" | ".");
    if (toks.glued(i + 4) && matches!(w(5), "-" | "/")) || glued_before {
        return None;
    }
    let (month, day) = if a > 12 { (b, a) } else { (a, b) };
    Some((
        i + 5,
        val!("{}", super::calendar::Date::new(year, month, day)?),
    ))
}

/// `6/18/2023` (month first, or day first when the first part is over 12) and `6/18/23`;
/// with dots, `02.07.2013` (day first, as Europe writes it, unless the second part is over 12).
fn slash_date(t: &str) -> Option<Val> {
    let dotted = t.contains('.');
    let mut parts = t.split(if dotted { '.' } else { '/' });
    let (a, b, c) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || ![a, b, c].iter().all(|p| is_digits(p)) {
        return None;
    }
    // Year first, as ISO 8601 orders it (`2026/11/02`, `2026.11.02`).
    if a.len() == 4 && b.len() <= 2 && c.len() <= 2 {
        let y: i32 = a.parse().ok()?;
        let date = super::calendar::Date::new(y, b.parse().ok()?, c.parse().ok()?)?;
        return (1000..2200).contains(&y).then(|| val!("{date}"));
    }
    if a.len() > 2 || b.len() > 2 {
        return None;
    }
    let (a, b): (u32, u32) = (a.parse().ok()?, b.parse().ok()?);
    let year: i32 = match c.len() {
        4 => c.parse().ok()?,
        2 => {
            let y: i32 = c.parse().ok()?;
            if y <= 30 {
                2000 + y
            } else {
                1900 + y
            }
        }
        _ => return None,
    };
    let (month, day) = if (!dotted && a > 12) || (dotted && b <= 12) {
        (b, a)
    } else {
        (a, b)
    };
    let date = super::calendar::Date::new(year, month, day)?;
    Some(val!("{date}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Doc;

    fn run(b: Builtin, text: &str) -> Option<(usize, String)> {
        let doc = Doc::new(text);
        let toks = Toks::new(&doc);
        b.matches(&toks, 0).map(|(end, v)| (end, v.to_string()))
    }

    /// The classes a token may start are those whose own pre-check admits it, once past the
    /// first byte's test: the shortcut for plain words leaves none out.
    #[test]
    fn a_token_starts_the_classes_that_admit_it() {
        let doc = Doc::new(
            "The two said a dozen Sep15 15SEP nineteen eighty ’95 '90s 10:30 one-third zero \
             eighteen twenty 2024-05-02 5/14 any also thirty tenth jan15 ZERO 3rd Ünter ßa",
        );
        let toks = Toks::new(&doc);
        for i in 0..toks.len() {
            let w = toks.lw(i);
            let first = w.as_bytes()[0];
            let tried = first.is_ascii_digit()
                || first == b'\''
                || first >= 0x80
                || b"adefnstoz".contains(&first);
            let every = Builtin::ALL
                .iter()
                .filter(|b| tried && b.may_start(w))
                .fold(0, |acc, b| acc | 1 << (*b as u32));
            assert_eq!(Builtin::starts_at(w), every, "{w}");
        }
        assert_ne!(Builtin::starts_at("two"), 0);
        assert_eq!(Builtin::starts_at("the"), 0);
    }

    #[test]
    fn numbers_in_digits_and_words() {
        assert_eq!(
            run(Builtin::Number, "twenty four hours").map(|x| x.1),
            Some("24".into())
        );
        assert_eq!(
            run(Builtin::Number, "twenty-four hours"),
            Some((3, "24".into()))
        );
        assert_eq!(
            run(Builtin::Number, "one hundred thirty days").map(|x| x.1),
            Some("130".into())
        );
        assert_eq!(
            run(Builtin::Number, "two three").map(|x| x.1),
            Some("2".into())
        );
        assert_eq!(
            run(Builtin::Number, "2,000 years").map(|x| x.1),
            Some("2000".into())
        );
        assert_eq!(
            run(Builtin::Number, "1.5 years").map(|x| x.1),
            Some("1.5".into())
        );
        assert_eq!(run(Builtin::Number, "2 1/2 years"), Some((2, "2.5".into())));
        assert_eq!(
            run(Builtin::Number, "three and a half weeks"),
            Some((4, "3.5".into()))
        );
    }

    #[test]
    fn years_days_clocks_decades() {
        assert_eq!(run(Builtin::Year, "'98 was"), Some((2, "1998".into())));
        assert_eq!(run(Builtin::Year, "2023"), Some((1, "2023".into())));
        assert_eq!(run(Builtin::Year, "3000"), None);
        assert_eq!(
            run(Builtin::Year, "nineteen ninety-six"),
            Some((4, "1996".into()))
        );
        assert_eq!(
            run(Builtin::Year, "two thousand and one"),
            Some((4, "2001".into()))
        );
        assert_eq!(
            run(Builtin::Number, "a hundred years"),
            Some((2, "100".into()))
        );
        // Round 11: broadcast transcripts spell out `a hundred and fifty years`.
        assert_eq!(
            run(Builtin::Number, "a hundred and fifty years"),
            Some((4, "150".into()))
        );
        assert_eq!(
            run(Builtin::Number, "a thousand days"),
            Some((2, "1000".into()))
        );
        assert_eq!(run(Builtin::Day, "18th"), Some((1, "18".into())));
        assert_eq!(run(Builtin::Day, "twenty-first"), Some((3, "21".into())));
        assert_eq!(run(Builtin::Day, "32"), None);
        assert_eq!(run(Builtin::Clock, "3pm"), Some((1, "15:00".into())));
        assert_eq!(run(Builtin::Clock, "22:30"), Some((1, "22:30".into())));
        assert_eq!(run(Builtin::Clock, "3:10"), Some((1, "03:10".into())));
        assert_eq!(run(Builtin::Clock, "3.10"), None);
        assert_eq!(run(Builtin::Decade, "1990s"), Some((1, "199".into())));
        assert_eq!(run(Builtin::Decade, "'80s"), Some((2, "198".into())));
        assert_eq!(
            run(Builtin::SlashDate, "6/18/2023"),
            Some((1, "2023-06-18".into()))
        );
        assert_eq!(run(Builtin::SlashDate, "9/11"), None);
        assert_eq!(
            run(Builtin::GluedMonthDay, "15SEP"),
            Some((1, "09-15".into()))
        );
        assert_eq!(
            run(Builtin::GluedMonthDay, "Feb13th"),
            Some((1, "02-13".into()))
        );
        assert_eq!(run(Builtin::GluedMonthDay, "feb30"), None);
        assert_eq!(run(Builtin::GluedMonthDay, "mp3"), None);
        assert_eq!(run(Builtin::GluedMonthDay, "12abc"), None);
    }
}
