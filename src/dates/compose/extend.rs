//! The words around one item that make it longer: a bare hour beside a part of a day, a day of
//! the month before its month, a short weekday before its date, an ordinal before a weekday.

use super::*;

/// An item grown by the words around it: a bare hour beside a part of a day (`8 tonight`,
/// `tonight at 8`), a day of the month before a month (`the 20th of next month`,
/// `the 5th next month`), a short
/// weekday before its date (`Sun, Feb 12`). A part of a day before its date stays out (`the
/// night of Oct. 23` is marked `Oct. 23`, as TimeBank does).
pub(super) fn extend(g: &Grammar, toks: &Toks, it: &Item, anchor: Option<Date>) -> Option<Item> {
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
        // Round 17: or its stop (`Sat. the 24th`).
        if at > 0 && (toks.lw(at) == "," || toks.lw(at) == "." && toks.glued(at - 1)) {
            at -= 1;
        }
        if let Some(wd) = short_weekday(g, toks, at) {
            let mut grown = Item {
                span: at..it.span.end,
                ..it.clone()
            };
            if let Some(x) = bare_day_on_weekday(g, toks, it, wd, anchor) {
                grown.value = Some(x);
                return Some(grown);
            }
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
            let back = it.tense == crate::dates::tense::Tense::Past;
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
pub(super) fn ordinal_before(g: &Grammar, toks: &Toks, i: usize) -> Option<(usize, i64)> {
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
pub(super) fn short_weekday(g: &Grammar, toks: &Toks, i: usize) -> Option<u32> {
    let t = g.table("wdshort")?;
    g.lookup(t, toks.text[i], toks.lw(i))?.parse().ok()
}

/// Round 17: `Sat the 24th`, `Fri. the 6th`: a day of the month with no month written, after
/// its weekday, is in the nearest month where it is that weekday, this month's first (the
/// tense of a bare day is the news's past by default), then back in a sentence about the past,
/// else ahead (the year of the day's month was moved instead). Its value with that day.
pub(super) fn bare_day_on_weekday(
    g: &Grammar,
    toks: &Toks,
    it: &Item,
    wd: u32,
    anchor: Option<Date>,
) -> Option<String> {
    let first = it.span.start + usize::from(toks.lw(it.span.start) == "the");
    let month = g.table("month");
    // The day as written: its value may have been cut to a shorter month's end (`the 30th`
    // read in February is the 29th).
    let n = day_number(toks.lw_get(first).filter(|_| first < it.span.end)?)?;
    let bare_day = (first + 1..it.span.end)
        .all(|i| month.map_or(true, |t| g.lookup(t, toks.text[i], toks.lw(i)).is_none()));
    let (a, v) = (anchor?, it.value());
    values::date(v).filter(|_| bare_day)?;
    let back = it.tense == crate::dates::tense::Tense::Past;
    let x = (0..12i64).find_map(|k| {
        let offsets = if back { [-k, k] } else { [k, -k] };
        offsets.into_iter().find_map(|o| {
            let (y, m) = calendar::add_months(a.year, a.month, o);
            Date::new(y, m, n).filter(|x| x.weekday() == wd)
        })
    })?;
    Some(format!("{x}{}", &v[10..]))
}

/// Whether a date agrees with the weekday written before it; when its year was not written
/// (`Fri, Jul 18`), the nearest year where it does is taken (the one after first, the one
/// before in a sentence about the past).
pub(super) fn agree_on_weekday(g: &Grammar, it: &mut Item, wd: u32) -> bool {
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
    let way = if it.tense == crate::dates::tense::Tense::Past {
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
pub(super) fn ends_with_weekday(g: &Grammar, toks: &Toks, it: &Item) -> Option<u32> {
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
pub(super) fn leading_weekday(g: &Grammar, toks: &Toks, it: &Item) -> Option<u32> {
    let t = g.table("weekday")?;
    let i = it.span.start;
    let wd = g.lookup(t, toks.text[i], toks.lw(i))?;
    (it.span.len() > 2).then(|| wd.parse().ok())?
}

/// The TIMEX3 code of a part of day at token `i` (`morning` → `MO`), from the rules' table.
pub(super) fn part_of_day(g: &Grammar, toks: &Toks, i: usize) -> Option<String> {
    let t = g.table("partofday")?;
    g.lookup(t, toks.text[i], toks.lw(i)).map(str::to_string)
}

/// A bare hour: `8`, `eight` (1–12).
pub(super) fn bare_hour(w: &str) -> Option<u32> {
    let n: u32 = match w.parse() {
        Ok(n) if w.len() <= 2 => n,
        _ => crate::dates::classes::word_value(w)? as u32,
    };
    (1..=12).contains(&n).then_some(n)
}

/// `Sunday 8-12`, `Saturday 2-5pm`, `Tue 3 to 5`: a bare number at `i` that opens a range of
/// hours, not a day of the month (`Sat 10-12 June` is one: a month follows).
pub(super) fn hours_from(g: &Grammar, toks: &Toks, i: usize) -> bool {
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
        && matches!(
            toks.lw_get(i + 1),
            Some("-" | "\u{2013}" | "to" | "till" | "til" | "until")
        )
        && toks.lw_get(i + 2).is_some_and(hour)
        && !month(i + 3)
}

/// A day of the month as written before `of`: `20`, `20th`, `twentieth`.
pub(super) fn day_number(w: &str) -> Option<u32> {
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let n: u32 = if digits.is_empty() {
        crate::dates::classes::ordinal_value(w)? as u32
    } else if matches!(&w[digits.len()..], "" | "st" | "nd" | "rd" | "th") && digits.len() <= 2 {
        digits.parse().ok()?
    } else {
        return None;
    };
    (1..=31).contains(&n).then_some(n)
}
