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
            _ => agree_on_weekday(g, day, wd),
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
        Some(week_day(y, w, wd)?.to_string())
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
    None
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

/// Day `wd` of ISO week `w` of year `y`.
fn week_day(y: i32, w: u32, wd: u32) -> Option<Date> {
    let jan4 = Date::new(y, 1, 4)?;
    let monday1 = jan4.add_days(1 - jan4.weekday() as i64);
    Some(monday1.add_days(7 * (w as i64 - 1) + wd as i64 - 1))
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

/// An item grown by the words around it: a bare hour beside a part of a day (`8 tonight`,
/// `tonight at 8`), a day of the month before a month (`the 20th of next month`,
/// `the 5th next month`), a short
/// weekday before its date (`Sun, Feb 12`). A part of a day before its date stays out (`the
/// night of Oct. 23` is marked `Oct. 23`, as TimeBank does).
fn extend(g: &Grammar, toks: &Toks, it: &Item, anchor: Option<Date>) -> Option<Item> {
    let v = it.value();
    let grown = made;
    // `8 tonight`, `9 tomorrow morning`, `Saturday morning at 9` (valued as the day: the part
    // is its last word).
    let part = values::part_of_day(v)
        .map(str::to_string)
        .or_else(|| part_of_day(g, toks, it.span.end - 1).filter(|_| v.len() == 10));
    if let (Some(day), Some(part)) = (values::day(v), part.as_deref()) {
        if it.span.start > 0 {
            if let Some(h) = bare_hour(toks.lw(it.span.start - 1)) {
                let (day, h) = on_part_of_day(day, Some(part), h)?;
                return Some(grown(
                    it.span.start - 1..it.span.end,
                    DateLabel::Time,
                    values::at(&day, h, 0),
                ));
            }
        }
        // `tonight at 8`, `this evening at eight o'clock`.
        if matches!(toks.lw_get(it.span.end), Some("at" | "@")) {
            if let Some(h) = toks.lw_get(it.span.end + 1).and_then(bare_hour) {
                let mut end = it.span.end + 2;
                if toks.lw_get(end) == Some("o'clock") {
                    end += 1;
                }
                let (day, h) = on_part_of_day(day, Some(part), h)?;
                return Some(grown(
                    it.span.start..end,
                    DateLabel::Time,
                    values::at(&day, h, 0),
                ));
            }
        }
    }
    // `early morning @ 3`, `evening at 7`: a bare hour after a part of the day named with no
    // day (no mention of its own), in a note or a message.
    if let (true, Some((h, m)), Some(day)) = (it.dial, values::clock(v), values::day(v)) {
        let s = it.span.start;
        let at = s >= 2 && matches!(toks.lw(s - 1), "at" | "@");
        if let Some(part) = at.then(|| part_of_day(g, toks, s - 2)).flatten() {
            let mut start = s - 2;
            if start > 0 && matches!(toks.lw(start - 1), "early" | "late" | "the") {
                start -= 1;
            }
            let (day, h) = on_part_of_day(day, Some(&part), h)?;
            return Some(Item {
                dial: false,
                clock_ahead: it.clock_ahead,
                tense: it.tense,
                ..grown(start..it.span.end, DateLabel::Time, values::at(&day, h, m))
            });
        }
    }
    // `Sun, Feb 12`, `Fri 6/16`, `Tue 17 Nov 2026 14.32 GMT`: a short weekday before a date
    // (or a time on it), when it is that date's weekday (not `Harbourton Sun, March 14, 2009`, a
    // Saturday).
    if values::day(v).is_some() && it.own_day && it.span.start > 0 {
        let mut at = it.span.start - 1;
        if toks.lw(at) == "," && at > 0 {
            at -= 1;
        }
        if let Some(wd) = short_weekday(g, toks, at) {
            let mut grown = Item {
                span: at..it.span.end,
                ..it.clone()
            };
            if agree_on_weekday(g, &mut grown, wd) {
                return Some(grown);
            }
        }
    }
    // `Tuesday the 19th`, `Friday 13th`: the nearest month whose day is that weekday (ahead,
    // or back in a sentence about the past).
    if let Some(wd) = weekday_of(g, toks, it)
        .or_else(|| short_weekday(g, toks, it.span.start).filter(|_| it.span.len() == 1))
    {
        let mut at = it.span.end;
        if toks.lw_get(at) == Some("the") {
            at += 1;
        }
        if let (Some(d), Some(from)) = (
            toks.lw_get(at).and_then(day_number),
            values::date(v).or(anchor),
        ) {
            let digits = toks.lw(at).as_bytes()[0].is_ascii_digit() && !hours_from(g, toks, at);
            let back = it.tense == super::tense::Tense::Past;
            let found = (0..15).find_map(|k| {
                let (y, m) = calendar::add_months(from.year, from.month, if back { -k } else { k });
                Date::new(y, m, d).filter(|x| x.weekday() == wd)
            });
            if let Some(x) = found.filter(|_| digits) {
                return Some(grown(it.span.start..at + 1, DateLabel::Date, x.to_string()));
            }
        }
    }
    // `the 20th of next month`, `20th day of the previous month`.
    if let Some((y, m)) = values::month(v) {
        let mut s = it.span.start;
        if s >= 3 && toks.lw(s - 1) == "the" && toks.lw(s - 2) == "of" {
            s -= 1;
        }
        if s >= 2 && toks.lw(s - 1) == "of" {
            let mut at = s - 2;
            if toks.lw(at) == "day" && at > 0 {
                at -= 1;
            }
            if let Some(d) = day_number(toks.lw(at)).filter(|d| *d <= days_in_month(y, m)) {
                let start = if at > 0 && toks.lw(at - 1) == "the" {
                    at - 1
                } else {
                    at
                };
                return Some(grown(
                    start..it.span.end,
                    DateLabel::Date,
                    format!("{y:04}-{m:02}-{d:02}"),
                ));
            }
        }
        // `the 5th next month`: without `of`, only an ordinal in figures before a month named by
        // its direction (not `20 next month`, a count, nor `the first next month to`).
        let relative = matches!(
            toks.lw(it.span.start),
            "next" | "last" | "this" | "coming" | "previous" | "following"
        );
        if relative && s == it.span.start && s >= 1 {
            let w = toks.lw(s - 1);
            let ordinal =
                w.as_bytes()[0].is_ascii_digit() && !w.bytes().all(|b| b.is_ascii_digit());
            if let Some(d) = day_number(w).filter(|d| ordinal && *d <= days_in_month(y, m)) {
                let start = if s >= 2 && toks.lw(s - 2) == "the" {
                    s - 2
                } else {
                    s - 1
                };
                return Some(grown(
                    start..it.span.end,
                    DateLabel::Date,
                    format!("{y:04}-{m:02}-{d:02}"),
                ));
            }
        }
    }
    None
}

/// An ordinal word right before token `i` (`third`, `2nd`), with a `the` before it taken too:
/// where it starts, and its count (1-5).
fn ordinal_before(g: &Grammar, toks: &Toks, i: usize) -> Option<(usize, i64)> {
    let at = i.checked_sub(1)?;
    let n: i64 = g
        .lookup(g.table("ordinal")?, toks.text[at], toks.lw(at))?
        .parse()
        .ok()?;
    let start = if at > 0 && toks.lw(at - 1) == "the" {
        at - 1
    } else {
        at
    };
    (1..=5).contains(&n).then_some((start, n))
}

/// A weekday cut short (`Sun`, `Thu`) at token `i`, from the rules' table.
fn short_weekday(g: &Grammar, toks: &Toks, i: usize) -> Option<u32> {
    let t = g.table("wdshort")?;
    g.lookup(t, toks.text[i], toks.lw(i))?.parse().ok()
}

/// Whether a date agrees with the weekday written before it; when its year was not written
/// (`Fri, Jul 18`), the nearest year where it does is taken (the one after first, the one
/// before in a sentence about the past).
fn agree_on_weekday(g: &Grammar, it: &mut Item, wd: u32) -> bool {
    let Some(d) = values::date(it.value()) else {
        return true;
    };
    if d.weekday() == wd {
        return true;
    }
    let year_written = it.rule.is_some_and(|r| g.rules[r].template.written_out);
    if year_written {
        return false;
    }
    let way = if it.tense == super::tense::Tense::Past {
        -1
    } else {
        1
    };
    for sign in [way, -way] {
        for dy in (1..=6).map(|n| sign * n) {
            if let Some(e) = Date::new(d.year + dy, d.month, d.day).filter(|e| e.weekday() == wd) {
                let rest = it.value()[10..].to_string();
                it.value = Some(format!("{e}{rest}"));
                return true;
            }
        }
    }
    false
}

/// The ISO weekday an item's last word names in full or cut short (`Friday`, `3pm on Fri`).
fn ends_with_weekday(g: &Grammar, toks: &Toks, it: &Item) -> Option<u32> {
    if is_holiday(g, it) {
        return None;
    }
    let i = it.span.end - 1;
    ["weekday", "wdshort"]
        .iter()
        .filter_map(|t| g.table(t))
        .find_map(|t| g.lookup(t, toks.text[i], toks.lw(i))?.parse().ok())
}

/// A weekday written before the date an item names (`Friday, July 18`): its ISO number.
fn leading_weekday(g: &Grammar, toks: &Toks, it: &Item) -> Option<u32> {
    let t = g.table("weekday")?;
    let i = it.span.start;
    let wd = g.lookup(t, toks.text[i], toks.lw(i))?;
    (it.span.len() > 2).then(|| wd.parse().ok())?
}

/// The TIMEX3 code of a part of day at token `i` (`morning` → `MO`), from the rules' table.
fn part_of_day(g: &Grammar, toks: &Toks, i: usize) -> Option<String> {
    let t = g.table("partofday")?;
    g.lookup(t, toks.text[i], toks.lw(i)).map(str::to_string)
}

/// A bare hour: `8`, `eight` (1–12).
fn bare_hour(w: &str) -> Option<u32> {
    let n: u32 = match w.parse() {
        Ok(n) if w.len() <= 2 => n,
        _ => super::classes::word_value(w)? as u32,
    };
    (1..=12).contains(&n).then_some(n)
}

/// `Sunday 8-12`, `Saturday 2-5pm`, `Tue 3 to 5`: a bare number at `i` that opens a range of
/// hours, not a day of the month (`Sat 10-12 June` is one: a month follows).
fn hours_from(g: &Grammar, toks: &Toks, i: usize) -> bool {
    let hour = |w: &str| {
        let d = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        !d.is_empty() && d.len() <= 2 && d.parse::<u32>().is_ok_and(|n| n <= 24)
    };
    let month = |j: usize| {
        toks.lw_get(j).is_some_and(|w| {
            g.table("month")
                .is_some_and(|t| g.lookup(t, toks.text[j], w).is_some())
        })
    };
    toks.lw(i).bytes().all(|b| b.is_ascii_digit())
        && hour(toks.lw(i))
        && matches!(toks.lw_get(i + 1), Some("-" | "\u{2013}" | "to"))
        && toks.lw_get(i + 2).is_some_and(hour)
        && !month(i + 3)
}

/// A day of the month as written before `of`: `20`, `20th`, `twentieth`.
fn day_number(w: &str) -> Option<u32> {
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let n: u32 = if digits.is_empty() {
        super::classes::ordinal_value(w)? as u32
    } else if matches!(&w[digits.len()..], "" | "st" | "nd" | "rd" | "th") && digits.len() <= 2 {
        digits.parse().ok()?
    } else {
        return None;
    };
    (1..=31).contains(&n).then_some(n)
}

#[cfg(test)]
mod tests {
    /// (text of each mention, value) at reference Wednesday 2023-06-14.
    use crate::dates::tests::values as found;

    fn one(text: &str) -> (String, String) {
        let got = found(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        got[0].clone()
    }

    /// Round 7: `sharp` between a clock time and its day leaves them one time.
    #[test]
    fn a_sharp_time_takes_its_day() {
        assert_eq!(
            one("The sale opens at 9 a.m. sharp on Black Friday."),
            (
                "9 a.m. sharp on Black Friday".into(),
                "2023-11-24T09:00".into()
            )
        );
        assert_eq!(
            one("Doors open at 7pm sharp, Friday."),
            ("7pm sharp, Friday".into(), "2023-06-16T19:00".into())
        );
    }

    #[test]
    fn a_list_of_holidays_names_each_day() {
        // Only a weekday joins the date beside it (`Jul 18, Fri`); `Easter` is no weekday.
        let got = found("The shop closes at Christmas, Easter and Whitsun.");
        let texts: Vec<&str> = got.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(texts, ["Christmas", "Easter", "Whitsun"], "{got:?}");
        assert!(got[0].1.ends_with("-12-25"), "{got:?}");
        // A holiday named after a weekday is still a holiday, not that weekday.
        let got = found("Banks shut on Good Friday, Thanksgiving and Christmas Day.");
        let texts: Vec<&str> = got.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(
            texts,
            ["Good Friday", "Thanksgiving", "Christmas Day"],
            "{got:?}"
        );
        assert_eq!(
            found("She will march toward Labor Day later this week."),
            [
                ("Labor Day".into(), "2023-09-04".into()),
                ("later this week".into(), "2023-W24".into())
            ]
        );
    }

    #[test]
    fn a_clock_time_takes_its_day_on_either_side() {
        assert_eq!(
            one("The ferry leaves at 3pm tomorrow."),
            ("3pm tomorrow".into(), "2023-06-15T15:00".into())
        );
        assert_eq!(
            one("Kick-off was Saturday, 5pm GMT, in Leeds."),
            ("Saturday, 5pm GMT".into(), "2023-06-10T17:00".into())
        );
        assert_eq!(
            one("Doors open at 6:45 PM on Thu, Oct 12."),
            ("6:45 PM on Thu, Oct 12".into(), "2023-10-12T18:45".into())
        );
        assert_eq!(
            one("We land the day after tomorrow at 5pm."),
            (
                "the day after tomorrow at 5pm".into(),
                "2023-06-16T17:00".into()
            )
        );
    }

    #[test]
    fn a_bare_hour_beside_a_part_of_day_is_a_clock_time() {
        assert_eq!(
            one("Call me tonight at 8."),
            ("tonight at 8".into(), "2023-06-14T20:00".into())
        );
        assert_eq!(
            one("The shop opens 9 tomorrow morning."),
            ("9 tomorrow morning".into(), "2023-06-15T09:00".into())
        );
        assert_eq!(
            one("She jogs Saturday morning at 7 sharp."),
            ("Saturday morning at 7".into(), "2023-06-10T07:00".into())
        );
        // A count before a part of a day is no hour: only digits and hour words up to 12.
        assert_eq!(found("He has 40 tonight.")[0].0, "tonight");
    }

    #[test]
    fn a_bare_hour_after_a_part_of_the_day_is_on_it() {
        // In a message, a bare hour 1-6 is the afternoon's, unless the morning is named.
        assert_eq!(
            one("wake me early morning @ 3"),
            ("early morning @ 3".into(), "2023-06-14T03:00".into())
        );
        assert_eq!(
            one("drinks late evening at 7?"),
            ("late evening at 7".into(), "2023-06-14T19:00".into())
        );
        assert_eq!(one("see you at 3").1, "2023-06-14T15:00");
    }

    #[test]
    fn a_weekday_and_a_day_of_the_month_find_their_month() {
        // 2023-06-20 is the nearest Tuesday the 20th ahead; 2023-10-13 the nearest Friday 13th.
        assert_eq!(
            one("We meet on Tuesday the 20th."),
            ("Tuesday the 20th".into(), "2023-06-20".into())
        );
        assert_eq!(
            one("The film opens Friday 13th."),
            ("Friday 13th".into(), "2023-10-13".into())
        );
        assert_eq!(
            one("It opened on Friday 13th, they said."),
            ("Friday 13th".into(), "2023-01-13".into())
        );
    }

    #[test]
    fn weekdays_in_their_week_and_days_in_their_month() {
        assert_eq!(
            one("The panel meets Wednesday next week."),
            ("Wednesday next week".into(), "2023-06-21".into())
        );
        assert_eq!(
            one("We spoke on Monday of this week."),
            ("Monday of this week".into(), "2023-06-12".into())
        );
        assert_eq!(
            one("Rent is due the 20th of next month."),
            ("the 20th of next month".into(), "2023-07-20".into())
        );
        assert_eq!(
            one("Rent was due on the 2nd of the current month."),
            ("the 2nd of the current month".into(), "2023-06-02".into())
        );
        assert_eq!(
            one("The rent goes up on the 5th next month."),
            ("the 5th next month".into(), "2023-07-05".into())
        );
        assert_eq!(
            one("Her visa ran out the 9th last month."),
            ("the 9th last month".into(), "2023-05-09".into())
        );
        assert_eq!(
            one("Acme will be the first next month to sell it."),
            ("next month".into(), "2023-07".into())
        );
    }

    #[test]
    fn a_length_of_time_counts_from_a_relative_day_not_from_a_written_date() {
        assert_eq!(
            one("The fair ends three days after tomorrow."),
            ("three days after tomorrow".into(), "2023-06-18".into())
        );
        // TimeBank marks the two apart after a written date.
        assert_eq!(found("The index rose eight days after June 2.").len(), 2);
    }

    #[test]
    fn a_weekday_and_the_holiday_or_date_after_it_are_one_day() {
        // 2023-12-25 is a Monday; 2023-11-23, Thanksgiving, a Thursday.
        assert_eq!(
            one("The parade is on Monday, Christmas Day."),
            ("Monday, Christmas Day".into(), "2023-12-25".into())
        );
        assert_eq!(
            one("We close early on Thursday, Thanksgiving Day."),
            ("Thursday, Thanksgiving Day".into(), "2023-11-23".into())
        );
        assert_eq!(
            one("The ministers will meet at 3pm on Friday, June 16."),
            ("3pm on Friday, June 16".into(), "2023-06-16T15:00".into())
        );
        // With no year written, the nearest year where they agree, as for `Fri, Jul 18`.
        assert_eq!(one("The vote is on Friday, Christmas Day.").1, "2026-12-25");
        // Two days that do not agree stay two.
        assert_eq!(found("The vote is on Friday, Christmas Day 2023.").len(), 2);
        assert_eq!(found("We met Monday, Tuesday and Friday.").len(), 3);
    }

    #[test]
    fn a_day_takes_the_year_named_after_it() {
        // At 2023-06-14, `June 2` alone in the past is this year's, `3 September` ahead too.
        assert_eq!(
            found("The fair ran on June 2 last year."),
            [
                ("June 2".into(), "2022-06-02".into()),
                ("last year".into(), "2022".into())
            ]
        );
        assert_eq!(
            found("She will wed on 3 September next year.")[0],
            ("3 September".into(), "2024-09-03".into())
        );
        assert_eq!(
            found("The fair ran from 1 to 4 June last year.")[0],
            ("1".into(), "2022-06-01".into())
        );
    }

    #[test]
    fn a_weekday_written_before_a_date_must_be_its_weekday() {
        // 2025-07-18 is a Friday; with no year written, the nearest such year is taken.
        assert_eq!(
            one("The gig is on Fri, Jul 18 in Leeds."),
            ("Fri, Jul 18".into(), "2025-07-18".into())
        );
        assert_eq!(
            one("The gig was on Friday, July 19."),
            ("Friday, July 19".into(), "2019-07-19".into())
        );
        // A time on the date too: 2023-06-13 is a Tuesday.
        assert_eq!(
            one("Published Tue 13 Jun 2023 14.32 GMT in print").0,
            "Tue 13 Jun 2023 14.32 GMT"
        );
        // A newspaper's name is no weekday: 2009-03-14 was a Saturday.
        assert_eq!(one("— Harbourton Sun, March 14, 2009").0, "March 14, 2009");
    }
}
