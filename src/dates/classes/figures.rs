//! Dates written in figures: run together (`15sep`, `feb13`), slashed and dashed (`3/4`,
//! `2016-05-07`, `07-27-2022`), a year and its quarter (`2018Q4`).

use super::super::tokens::Toks;
use super::super::value::{val, Val};
use super::*;

/// `15sep` or `feb13`/`feb13th` → `09-15`, `02-13`.
#[inline(never)]
pub(super) fn glued_month_day(t: &str) -> Option<Val> {
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
    let m = super::super::month_number(month)?;
    (d <= super::super::calendar::days_in_month(2000, m)).then(|| val!("{m:02}-{d:02}"))
}

/// A number of one or two digits from 1 to `max`.
pub(super) fn small(t: &str, max: u32) -> Option<u32> {
    (is_digits(t) && t.len() <= 2)
        .then(|| t.parse::<u32>().ok())
        .flatten()
        .filter(|n| (1..=max).contains(n))
}

/// A two-digit year in full: up to 30 in this century, the rest in the last.
pub(super) fn pivot(y: i32) -> i32 {
    if y <= 30 {
        2000 + y
    } else {
        1900 + y
    }
}

/// `9/2012`, `2014/10` → `2012-09`, `2014-10`.
pub(super) fn slash_month(t: &str) -> Option<Val> {
    let (a, b) = t.split_once('/')?;
    let (month, year) = if a.len() == 4 { (b, a) } else { (a, b) };
    let month = small(month, 12)?;
    let year: u32 = (is_digits(year) && year.len() == 4)
        .then(|| year.parse().ok())
        .flatten()?;
    Some(val!("{year:04}-{month:02}"))
}

/// `2/15` → `02-15` (month first, or day first when the first part is over 12, or when only
/// the day-first reading lies near the reference: `near_day`).
pub(super) fn slash_md(toks: &Toks, t: &str) -> Option<Val> {
    let (a, b) = t.split_once('/')?;
    match (small(a, 12), small(b, 12)) {
        (Some(x), Some(y)) if near_day(toks, None, x, y) => month_day(b, a),
        _ => month_day(a, b),
    }
}

/// Round 21: a day and month in figures that read either way (`a`/`b`, month first), in a text
/// with no cue of its order: day first when that day lies within a week of the reference and
/// the month-first one over a month from it (`Last edited 09/03/2026` or `Receipt 09/03/2026`
/// on 11 March; a note's `Thu 12/03`). Stamps and notes are written near their day.
pub(super) fn near_day(toks: &Toks, year: Option<i32>, a: u32, b: u32) -> bool {
    let Some(r) = toks.reference.filter(|_| a != b) else {
        return false;
    };
    // Days from the reference, counting every month as 31 (within a few days is enough);
    // with no year, from the nearest year's.
    let at = |y: i32, m: u32, d: u32| (y * 12 + m as i32) * 31 + d as i32;
    let off = |m: u32, d: u32| {
        let o = (at(year.unwrap_or(r.year), m, d) - at(r.year, r.month, r.day)).abs();
        match year {
            Some(_) => o,
            None => (o % 372).min(372 - o % 372),
        }
    };
    off(b, a) <= 7 && off(a, b) > 31
}

/// A month and a day in figures, month first unless the first is over 12: `02-15`.
#[inline(never)]
pub(super) fn month_day(a: &str, b: &str) -> Option<Val> {
    let (a, b) = (small(a, 31)?, small(b, 31)?);
    let (month, day) = if a > 12 { (b, a) } else { (a, b) };
    (month <= 12 && day <= super::super::calendar::days_in_month(2000, month))
        .then(|| val!("{month:02}-{day:02}"))
}

/// `2/15`, `2-15`, `2 / 15`: a month and then a day over 12, so that a score or a fraction
/// (`2-1`, `3/4`) is not read as a date; nothing glued on after.
#[inline(never)]
pub(super) fn dash_md(toks: &Toks, i: usize) -> Option<(usize, Val)> {
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

/// `14/3`: a day over 12 first, so only one order reads it, and nothing glued on after; not
/// after a word that gives a total or a mark (`were 21/3`, `rated 13/10`).
#[inline(never)]
pub(super) fn day_slash(toks: &Toks, i: usize) -> Option<(usize, Val)> {
    let t = toks.lw(i);
    let (a, b) = t.split_once('/')?;
    let more = toks.glued(i)
        && toks
            .lw_get(i + 1)
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_alphanumeric()));
    // `were 21/3`, `scored 14/5`: a total and its wickets or a mark out of ten.
    let prev = i.checked_sub(1).map_or("", |p| toks.lw(p));
    let score = matches!(
        prev,
        "was"
            | "were"
            | "is"
            | "are"
            | "at"
            | "for"
            | "of"
            | "scored"
            | "rated"
            | "score"
            | "won"
            | "lost"
            | "beat"
            | "by"
    );
    if more || score || t == "24/7" || small(a, 12).is_some() || small(b, 12).is_none() {
        return None;
    }
    month_day(a, b).map(|v| (i + 1, v))
}

/// `2018Q4`, `18q4` (year first) and `4Q18`, `4Q2018` (quarter first) → `2018-Q4`. The
/// tokenizer keeps the letter with the digits before it: `2018q` `4`, `4q` `18`.
#[inline(never)]
pub(super) fn year_quarter(toks: &Toks, i: usize) -> Option<(usize, Val)> {
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
pub(super) fn dash_date(toks: &Toks, i: usize) -> Option<(usize, Val)> {
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
    let (month, day) = if a > 12 || a <= 12 && b <= 12 && day_first_text(toks) {
        (b, a)
    } else {
        (a, b)
    };
    Some((
        i + 5,
        val!("{}", super::super::calendar::Date::new(year, month, day)?),
    ))
}

/// Round 18: a text that writes its dates day first, as Britain, India and Australia do: it
/// counts in pounds or rupees, names a British car test or doctor, or writes another date
/// whose first part is over 12 (`24/08/2025`). Asked only of a date that reads either way.
#[inline(never)]
pub(super) fn day_first_text(toks: &Toks) -> bool {
    // Once per text: a long one asks for every date that reads either way.
    *toks.day_first.get_or_init(|| scan_day_first(toks))
}

fn scan_day_first(toks: &Toks) -> bool {
    (0..toks.len()).any(|i| {
        let w = toks.lw(i);
        match w.as_bytes().first() {
            // A date written day first opens with a figure: only those are split at `/`.
            Some(b'0'..=b'9') => w.split_once('/').is_some_and(|(a, b)| {
                small(a, 31).is_some_and(|a| a > 12)
                    && b.split('/').next().is_some_and(|b| small(b, 12).is_some())
            }),
            // `£`, `₹`: each asked alone (`starts_with` of a set of chars is a searcher's loop).
            Some(0x80..) => w.starts_with('£') || w.starts_with('₹'),
            _ => matches!(
                w,
                "rs" | "rs." | "inr" | "mot" | "gp" | "nhs" | "gst" | "lakh" | "rego"
            ),
        }
    })
}

/// `6/18/2023` (month first, or day first when the first part is over 12) and `6/18/23`;
/// with dots, `02.07.2013` (day first, as Europe writes it, unless the second part is over 12).
pub(super) fn slash_date(toks: &Toks, t: &str) -> Option<Val> {
    let dotted = t.contains('.');
    let mut parts = t.split(if dotted { '.' } else { '/' });
    let (a, b, c) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || ![a, b, c].iter().all(|p| is_digits(p)) {
        return None;
    }
    // Year first, as ISO 8601 orders it (`2026/11/02`, `2026.11.02`).
    if a.len() == 4 && b.len() <= 2 && c.len() <= 2 {
        let y: i32 = a.parse().ok()?;
        let date = super::super::calendar::Date::new(y, b.parse().ok()?, c.parse().ok()?)?;
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
    let either_way = a <= 12 && b <= 12 && a != b;
    let (month, day) = if (!dotted
        && (a > 12 || either_way && (day_first_text(toks) || near_day(toks, Some(year), a, b))))
        || (dotted && b <= 12)
    {
        (b, a)
    } else {
        (a, b)
    };
    let date = super::super::calendar::Date::new(year, month, day)?;
    Some(val!("{date}"))
}
