//! Compositions: two expressions side by side that name one time (`3pm tomorrow`, `Saturday,
//! 5pm GMT`, `tonight at 8`, `Wednesday next week`, `the 20th of next month`, `three days
//! after Easter`) become one, valued from both.
//!
//! Why a step after the rules and not more rules: a clock time may stand before or after any
//! way of naming a day (`tomorrow`, `Friday`, `June 5`, `the day after tomorrow`), and rules for
//! every pair would multiply; here each side is recognized once and the pair is read from their
//! values. Only neighbours are joined, across at most a comma and a joining word.

use super::calendar::{self, days_in_month, Date};
use super::grammar::{Attr, Grammar};
use super::item::{values, Item};
use super::mention::DateLabel;
use super::tokens::Toks;
use extend::*;

mod extend;
#[cfg(test)]
mod tests;

/// Words that may stand between a clock time and its day, either way round.
const CLOCK_DAY: &[&str] = &["on", "of"];
const DAY_CLOCK: &[&str] = &["at", "@", "around", "by", "from"];
/// A weekday and its week: `Wednesday of next week`, `Sunday from last week`.
const WEEKDAY_WEEK: &[&str] = &["of", "from"];
/// The rules' tables of weekday names, whole and cut short.
const WEEKDAY_TABLES: &[&str] = &["weekday", "wdshort", "wdabbr", "wdlower", "wdverb"];
/// A length of time counted from a date: `three days after Easter`, `a year from Christmas`.
const AFTER: &[&str] = &["after", "from", "following"];
const BEFORE: &[&str] = &["before", "preceding"];

#[inline(never)]
pub fn compose(g: &Grammar, toks: &Toks, items: &mut Vec<Item>, anchor: Option<Date>, note: bool) {
    // `Friday, July 18` with no year written: the year whose July 18 is a Friday.
    for it in items.iter_mut() {
        if let Some(wd) = leading_weekday(g, toks, it) {
            agree_on_weekday(g, it, wd);
        }
    }
    // `August 16 last year`: a day whose year was not written takes the year named right after
    // it; TimeBank and GUM mark the two apart (`March 11` `this year`).
    for k in 1..items.len() {
        let (a, b) = (&items[k - 1], &items[k]);
        let year = values::year(b.value()).filter(|_| b.year_inferred && a.year_inferred);
        if let (Some(y), Some(d)) = (year, values::date(a.value())) {
            let rest = a.value()[10..].to_string();
            if a.span.end == b.span.start && Date::new(y, d.month, d.day).is_some() {
                items[k - 1].value = Some(format!("{y:04}{}{rest}", &a.value()[4..10]));
            }
        }
    }
    let mut k = 0;
    while k < items.len() {
        let grown = join_next(g, toks, items, k, anchor, note)
            .or_else(|| extend(g, toks, &items[k], anchor));
        // What it grows over must be free words, or the whole next item it joins.
        let fits = |j: &Item| {
            let before = k.checked_sub(1).map_or(0, |p| items[p].span.end);
            let next = items.get(k + 1).map(|n| n.span.clone());
            j.span.start >= before
                && next.map_or(true, |n| j.span.end <= n.start || j.span.end >= n.end)
        };
        if let Some(joined) = grown.filter(fits) {
            if k + 1 < items.len() && joined.span.end >= items[k + 1].span.end {
                items.remove(k + 1);
            }
            items[k] = joined;
            // The grown item may now join the one before it (`6:45 PM on` + `Thu, Oct 12`).
            k = k.saturating_sub(1);
            continue;
        }
        k += 1;
    }
}

/// The words between two token positions, commas left out; `None` when more than `max`.
fn between<'t>(toks: &'t Toks, from: usize, to: usize, max: usize) -> Option<Vec<&'t str>> {
    if to < from || to - from > max + 2 {
        return None;
    }
    // `8 a.m. sharp on Black Friday`: `sharp` says nothing of which day.
    let ws: Vec<&str> = (from..to)
        .map(|i| toks.lw(i))
        .filter(|w| !matches!(*w, "," | "sharp"))
        .collect();
    (ws.len() <= max).then_some(ws)
}

/// Item `k` joined with item `k + 1` when they name one time.
fn join_next(
    g: &Grammar,
    toks: &Toks,
    items: &[Item],
    k: usize,
    anchor: Option<Date>,
    note: bool,
) -> Option<Item> {
    let (a, b) = (&items[k], items.get(k + 1)?);
    let gap = between(toks, a.span.end, b.span.start, 1)?;
    let joined = |label, value: String| made(a.span.start..b.span.end, label, value);
    let (va, vb) = (a.value(), b.value());
    let one_of = |ws: &[&str]| gap.iter().all(|w| ws.contains(w));
    // `3:30 p.m. Friday`, `at 6:45 PM on Thu, Oct 12`: the clock takes the named day.
    if clock_on_its_own(a) && b.own_day && values::clock(vb).is_none() && one_of(CLOCK_DAY) {
        let (h, m) = values::clock(va)?;
        let (day, h) = on_part_of_day(values::day(vb)?, values::part_of_day(vb), h)?;
        return Some(dialed(
            joined(DateLabel::Time, values::at(&day, h, m) + seconds(va)),
            a,
            vb,
        ));
    }
    // `Saturday, 5pm GMT`, `tomorrow at 3pm`, `tonight at 8:30`.
    let counted = || counted_day(g, toks, a, anchor);
    if a.own_day && clock_on_its_own(b) && values::clock(va).is_none() && one_of(DAY_CLOCK) {
        let (h, m) = values::clock(vb)?;
        let day = values::day(va).map(str::to_string).or_else(counted)?;
        let (day, h) = on_part_of_day(&day, values::part_of_day(va), h)?;
        return Some(dialed(
            joined(DateLabel::Time, values::at(&day, h, m) + seconds(vb)),
            b,
            va,
        ));
    }
    // `three days after Easter`, `2 weeks after yesterday`, `a year from Christmas`; after a
    // date written out, TimeBank marks the two apart (`six trading days after Nov. 3`), but
    // a note or a message means the day it counts to (round 16: `10 days after March 1`).
    let written_out = |it: &Item| {
        it.rule.map_or(true, |r| {
            let t = &g.rules[r].template;
            t.written_out || t.names_a_day
        })
    };
    if a.label == DateLabel::Duration
        && b.label == DateLabel::Date
        && gap.len() == 1
        && (note || !written_out(b))
    {
        let sign = if AFTER.contains(&gap[0]) {
            1
        } else if BEFORE.contains(&gap[0]) {
            -1
        } else {
            0
        };
        if sign != 0 {
            if let Some(v) = shifted(vb, va, sign) {
                return Some(joined(DateLabel::Date, v));
            }
        }
    }
    // Round 15: `the second Friday after Christmas 2019`: that weekday counted on from the day
    // (the first is the next one after it).
    if gap.as_slice() == ["after"] && va.len() == 10 && vb.len() == 10 {
        if let (Some(wd), Some(day)) = (weekday_of(g, toks, a), values::date(vb)) {
            if let Some((start, n)) = ordinal_before(g, toks, a.span.start) {
                let next = (wd as i64 - day.weekday() as i64 - 1).rem_euclid(7) + 1;
                let d = day.add_days(next + 7 * (n - 1));
                return Some(made(start..b.span.end, DateLabel::Date, d.to_string()));
            }
        }
    }
    // `Jul 18, Fri`: a weekday after the date it falls on; with no year written, the nearest
    // year where they agree (as for a weekday before it).
    // A list of weekdays (`Monday, Tuesday`) names two days.
    let a_weekday = weekday_of(g, toks, a).is_some();
    if gap.is_empty() && a.own_day && !a_weekday && values::clock(va).is_none() && va.len() == 10 {
        if let Some(wd) = weekday_of(g, toks, b).filter(|_| b.span.len() == 1) {
            let mut day = a.clone();
            if agree_on_weekday(g, &mut day, wd) {
                return Some(Item {
                    span: a.span.start..b.span.end,
                    ..day
                });
            }
        }
    }
    // `Friday, Christmas Day`, `3pm on Friday, Nov. 20`: a day, or a time on it, named by its
    // weekday and then by its date, when they agree (with no year written, the nearest year
    // where they do).
    if gap.is_empty() && values::clock(vb).is_none() && vb.len() == 10 && b.own_day {
        let wd = ends_with_weekday(g, toks, a).filter(|_| weekday_of(g, toks, b).is_none());
        let mut day = b.clone();
        // A year written in figures stays (`Christmas Day 2023`: the rule reads it, its
        // template does not say so).
        let year = b.span.clone().any(|i| {
            let w = toks.lw(i);
            w.len() == 4 && w.bytes().all(|c| c.is_ascii_digit())
        });
        let agree = |wd: u32, day: &mut Item| match values::date(vb) {
            Some(d) if year => d.weekday() == wd,
            _ => match bare_day_on_weekday(g, toks, day, wd, anchor) {
                Some(x) => {
                    day.value = Some(x);
                    true
                }
                None => agree_on_weekday(g, day, wd),
            },
        };
        if wd.is_some_and(|wd| values::day(va).is_some() && agree(wd, &mut day)) {
            let v = format!("{}{}", day.value(), &va[10..]);
            let label = if values::clock(&v).is_some() {
                DateLabel::Time
            } else {
                DateLabel::Date
            };
            return Some(Item {
                tense: a.tense,
                dial: a.dial,
                ..joined(label, v)
            });
        }
    }
    // `Wednesday next week`, `Monday of this week`, `last week's Sunday`.
    let weekday_in = |day: &Item, week: &Item| -> Option<String> {
        let wd = weekday_of(g, toks, day)?;
        let (y, w) = values::week(week.value())?;
        Some(Date::in_iso_week(y, w, wd)?.to_string())
    };
    if gap.iter().all(|w| WEEKDAY_WEEK.contains(w)) && weekday_of(g, toks, a).is_some() {
        if let Some(v) = weekday_in(a, b) {
            return Some(joined(DateLabel::Date, v));
        }
    }
    if gap.as_slice() == ["'s"] && weekday_of(g, toks, b).is_some() {
        if let Some(v) = weekday_in(b, a) {
            return Some(joined(DateLabel::Date, v));
        }
    }
    // Round 19: a length told in two units, the larger first, is one length (`2 hours, 9
    // minutes`, `three years and six months`); a period (`the past 4 years and 2 months`)
    // stays as written.
    if a.label == DateLabel::Duration
        && b.label == DateLabel::Duration
        && !matches!(toks.lw(a.span.start), "the" | "past" | "last" | "next")
        && (gap.is_empty() || gap.as_slice() == ["and"])
    {
        if let Some(v) = summed(va, vb) {
            return Some(joined(DateLabel::Duration, v));
        }
    }
    None
}

/// Two lengths with counts (`PT2H`, `PT9M`) as one (`PT2H9M`) when every unit of the first is
/// larger than every unit of the second.
fn summed(a: &str, b: &str) -> Option<String> {
    // Each part as (rank, count): years 0 … seconds 6.
    let parts = |v: &str| -> Option<Vec<(u8, String)>> {
        let mut out = Vec::new();
        let (mut num, mut time) = (String::new(), false);
        for c in v.strip_prefix('P')?.chars() {
            match c {
                '0'..='9' => num.push(c),
                'T' if num.is_empty() => time = true,
                _ if num.is_empty() => return None,
                _ => {
                    let rank = match (time, c) {
                        (false, 'Y') => 0,
                        (false, 'M') => 1,
                        (false, 'W') => 2,
                        (false, 'D') => 3,
                        (true, 'H') => 4,
                        (true, 'M') => 5,
                        (true, 'S') => 6,
                        _ => return None,
                    };
                    out.push((rank, std::mem::take(&mut num)));
                }
            }
        }
        (num.is_empty() && !out.is_empty()).then_some(out)
    };
    let (pa, pb) = (parts(a)?, parts(b)?);
    if pa.iter().map(|p| p.0).max()? >= pb.iter().map(|p| p.0).min()? {
        return None;
    }
    let mut v = String::from("P");
    for (k, (rank, n)) in pa.iter().chain(pb.iter()).enumerate() {
        if *rank >= 4 && (k == 0 || pa.iter().chain(pb.iter()).nth(k - 1)?.0 < 4) {
            v.push('T');
        }
        v.push_str(n);
        v.push(b"YMWDHMS"[*rank as usize] as char);
    }
    Some(v)
}

/// Round 16: `in 2 years at noon`, `in a month at 9`: a count of years or months ahead
/// names the anchor's day in that year or month when a clock time is put on it.
fn counted_day(g: &Grammar, toks: &Toks, it: &Item, anchor: Option<Date>) -> Option<String> {
    let a = anchor?;
    let derived = it.rule.is_some_and(|r| g.rules[r].template.derived);
    if !derived || it.span.start == 0 || toks.lw(it.span.start - 1) != "in" {
        return None;
    }
    let v = it.value();
    let (y, m) = match v.len() {
        4 => (v.parse().ok()?, a.month),
        7 => (v[..4].parse().ok()?, v[5..].parse().ok()?),
        _ => return None,
    };
    Some(Date::new(y, m, a.day.min(days_in_month(y, m)))?.to_string())
}

/// The seconds a clock value writes (`…T07:59:00` → `:00`), kept when it takes its day
/// (`Tue, 1 Nov 2016 07:59:00 +0000`, as e-mail and feed headers stamp it); else nothing.
fn seconds(v: &str) -> &str {
    v.get(16..)
        .filter(|s| s.len() == 3 && s.starts_with(':'))
        .unwrap_or("")
}

/// A date value moved by a length of time (`P3D`, `P2W`, `P1Y`), kept at its granularity: a
/// day, a month or a year.
fn shifted(date: &str, dur: &str, sign: i64) -> Option<String> {
    let body = dur.strip_prefix('P')?;
    let unit = body.chars().last()?;
    let n: i64 = body[..body.len() - 1].parse().ok()?;
    let n = sign * n;
    let months = match unit {
        'Y' => 12 * n,
        'M' => n,
        _ => 0,
    };
    let days = match unit {
        'W' => 7 * n,
        'D' => n,
        'Y' | 'M' => 0,
        _ => return None,
    };
    let add_months = |y: i32, m: u32| calendar::add_months(y, m, months);
    if let Some(d) = values::date(date).filter(|_| date.len() == 10) {
        let (y, m) = add_months(d.year, d.month);
        let d = Date::new(y, m, d.day.min(days_in_month(y, m)))?.add_days(days);
        return Some(d.to_string());
    }
    if let Some((y, m)) = values::month(date).filter(|_| days == 0) {
        let (y, m) = add_months(y, m);
        return Some(values::ym(y, m));
    }
    let y = values::year(date).filter(|_| days == 0 && months % 12 == 0)?;
    Some(format!("{:04}", y as i64 + months / 12))
}

/// A new item that names its own day.
#[inline(never)]
fn made(span: std::ops::Range<usize>, label: DateLabel, value: String) -> Item {
    Item {
        own_day: true,
        ..Item::new(span, label, Some(value))
    }
}

/// A clock time joined to its day keeps the twelve-hour dial of its bare hour (`Friday at 3`),
/// unless the day names its part (`tonight at 8` has said it).
fn dialed(mut it: Item, clock: &Item, day: &str) -> Item {
    it.dial = clock.dial && values::part_of_day(day).is_none();
    it.tense = clock.tense;
    it
}

/// A clock time that takes the day in discourse: it names no day of its own.
fn clock_on_its_own(it: &Item) -> bool {
    values::clock(it.value()).is_some() && !it.own_day
}

/// The ISO weekday (1–7) an item names, when it is a bare weekday (`Friday`), not another
/// one-word day (`Christmas`, `tomorrow`: `Christmas, Easter` names two days).
pub(super) fn weekday_of(g: &Grammar, toks: &Toks, it: &Item) -> Option<u32> {
    let (d, v) = (values::date(it.value()), it.value());
    let says_weekday = || {
        WEEKDAY_TABLES.iter().filter_map(|t| g.table(t)).any(|t| {
            it.span
                .clone()
                .any(|i| g.lookup(t, toks.text[i], toks.lw(i)).is_some())
        })
    };
    let named = it.span.len() <= 2 && it.own_day && !is_holiday(g, it) && says_weekday();
    match d {
        Some(d) if named && v.len() == 10 => Some(d.weekday()),
        None => v.strip_prefix("XXXX-WXX-")?.parse().ok(),
        _ => None,
    }
}

/// A holiday's name, even one that ends in a weekday's (`Good Friday`, `Easter Monday`).
fn is_holiday(g: &Grammar, it: &Item) -> bool {
    it.rule.is_some_and(|r| g.rules[r].attrs.has(Attr::Holiday))
}

/// An hour on a day whose part is named (`tonight at 8` is 20:00, `this morning at 12`
/// midnight): the day and the hour on the 24-hour clock.
fn on_part_of_day(day: &str, part: Option<&str>, h: u32) -> Option<(String, u32)> {
    let h = match part {
        Some("AF" | "EV") if (1..12).contains(&h) => h + 12,
        // Round 15: `tonight @ 3:20` is 15:20, `tonight at 2` 14:00, as the everyday cases write.
        Some("NI") if (1..12).contains(&h) => h + 12,
        _ => h,
    };
    Some((day.to_string(), h))
}
