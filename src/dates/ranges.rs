//! Ranges and intervals: `2009-2010`, `1957-58`, `10 - 22 August 2012`, `Nov. 1, 2001 – March
//! 31, 2002`, `3:30-4:30pm`, `between 12 and 18 months`, `from Monday to Wednesday`. Each end is
//! a mention of its own, as TimeML marks them; the two are linked (`Item::range`), and the first
//! end takes what only the second says (the year, the month, `pm`), the second what only the
//! first says (the century of `58`).
//!
//! Why a step after compositions: an end may be a bare number that no rule would take alone
//! (`10` of `10 - 22 August`, `9` of `9-11am`, `58` of `1957-58`); only the other end shows what
//! it is. The words that join two ends are data of this step.

use super::calendar::{days_in_month, Date};
use super::compose::weekday_of;
use super::grammar::{Attr, Grammar};
use super::item::{values, Item};
use super::mention::DateLabel;
use super::tokens::Toks;

/// Words that join the two ends of a range (`and` only after `between`).
const JOINS: &[&str] = &[
    "-", "\u{2013}", "\u{2014}", "to", "through", "thru", "until", "till", "untill", "and",
];

#[inline(never)]
pub fn link(g: &Grammar, toks: &Toks, items: &mut Vec<Item>) {
    keep_joined_ends(g, toks, items);
    add_bare_ends(g, toks, items);
    for k in 0..items.len().saturating_sub(1) {
        if items[k].range.is_some() {
            continue;
        }
        let (a, b) = (&items[k], &items[k + 1]);
        if !joined(toks, a.span.start, a.span.end, b.span.start) || !compatible(a, b) {
            continue;
        }
        let (va, vb) = match weekdays(g, toks, a, b) {
            Some(days) => days,
            None => fill(toks, a, b),
        };
        items[k].value = va;
        items[k + 1].value = vb;
        items[k].range = Some((k + 1, true));
        items[k + 1].range = Some((k, false));
        // Each end of `9 - 11:30` reads the other, not the dial alone; both ends bare hours
        // (`Sat 2-4`), the first keeps its dial and takes the second with it (`dates::recognize`).
        let bare = |it: &Item| small_hour(toks.lw(it.span.end - 1));
        items[k].dial &= bare(&items[k]) && bare(&items[k + 1]);
        items[k + 1].dial = false;
    }
}

/// Whether the tokens `end..next` join two ends: one joining word (`and` after `between`
/// before `start`).
fn joined(toks: &Toks, start: usize, end: usize, next: usize) -> bool {
    let Some(w) = toks
        .lw_get(end)
        .filter(|_| next == end + 1 && next < toks.len())
    else {
        return false;
    };
    JOINS.contains(&w) && (w != "and" || (start > 0 && toks.lw(start - 1) == "between"))
}

/// A `[range-end]` item (`25/3` of `25/3 - 29/3`) stays only where another day joins it; of
/// two such days in figures, a day over 12 written first makes the other day first too
/// (`24/12 - 2/1` is 2 January).
fn keep_joined_ends(g: &Grammar, toks: &Toks, items: &mut Vec<Item>) {
    let end_only = |it: &Item| {
        it.rule
            .is_some_and(|r| g.rules[r].attrs.has(Attr::RangeEnd))
    };
    let pair = |a: &Item, b: &Item| {
        joined(toks, a.span.start, a.span.end, b.span.start)
            && grain(a) == Grain::Day
            && grain(b) == Grain::Day
    };
    for k in 1..items.len() {
        if !pair(&items[k - 1], &items[k]) {
            continue;
        }
        let flip = match (day_first(toks, &items[k - 1]), day_first(toks, &items[k])) {
            (Some(true), Some(false)) => k,
            (Some(false), Some(true)) => k - 1,
            _ => continue,
        };
        let it = &mut items[flip];
        // Round 18: not one the text's convention already read day first (`05/09/2025`).
        let first = toks.lw(it.span.start).split('/').next();
        if let Some(d) =
            values::date(it.value()).filter(|d| first.and_then(|a| a.parse().ok()) == Some(d.month))
        {
            if let Some(e) = Date::new(d.year, d.day, d.month) {
                let rest = it.value()[10..].to_string();
                it.value = Some(format!("{e}{rest}"));
            }
        }
    }
    // Not two that read either way (`from 1/4 to 1/2` are fractions), nor a bare number made
    // the second day of the first, nor days more than half a year apart (`rose 5/16 to 3/4`,
    // prices).
    let dates = |a: &Item, b: &Item| {
        let (Some(da), Some(db)) = (values::date(a.value()), values::date(b.value())) else {
            return false;
        };
        let gap = (Date::new(2001, db.month, db.day.min(28)).map_or(0, |d| d.to_days())
            - Date::new(2001, da.month, da.day.min(28)).map_or(0, |d| d.to_days()))
        .rem_euclid(365);
        pair(a, b)
            && a.rule.is_some()
            && b.rule.is_some()
            && gap <= 183
            && !(day_first(toks, a) == Some(false) && day_first(toks, b) == Some(false))
    };
    let n = items.len();
    let keep: Vec<bool> = (0..n)
        .map(|k| {
            !end_only(&items[k])
                || moved_to(toks, &items[k])
                || k > 0 && dates(&items[k - 1], &items[k])
                || k + 1 < n && dates(&items[k], &items[k + 1])
        })
        .collect();
    let mut keep = keep.into_iter();
    items.retain(|_| keep.next().unwrap_or(true));
}

/// A new date after a verb of moving: `moved to 12/15`, `postponed to 3/4`, `pushed back to
/// 1/9` (`to` is a range's word elsewhere: `rose 5/16 to 3/4`, `cut to 3/4`).
fn moved_to(toks: &Toks, it: &Item) -> bool {
    let w = |back: usize| it.span.start.checked_sub(back).map_or("", |i| toks.lw(i));
    const MOVED: &[&str] = &[
        "moved",
        "postponed",
        "rescheduled",
        "pushed",
        "changed",
        "shifted",
        "delayed",
        "bumped",
        "brought",
    ];
    w(1) == "to"
        && (MOVED.contains(&w(2))
            || matches!(w(2), "back" | "forward" | "out") && MOVED.contains(&w(3)))
}

/// A day and month in figures as one token (`25/3`): `Some(true)` when the day is written
/// first (a first number over 12), `Some(false)` when either order reads (`2/1`), `None` when
/// the month is first (`3/25`) or it is no such token.
fn day_first(toks: &Toks, it: &Item) -> Option<bool> {
    if it.span.len() != 1 {
        return None;
    }
    // With its year too (`01/12/2026 - 31/12/2026`).
    let mut parts = toks.lw(it.span.start).split('/');
    let (a, b) = (parts.next()?, parts.next()?);
    if parts.next().is_some_and(|y| y.len() != 4) || parts.next().is_some() {
        return None;
    }
    let (a, b): (u32, u32) = (a.parse().ok()?, b.parse().ok()?);
    match (a > 12, b > 12) {
        (true, false) => Some(true),
        (false, false) => Some(false),
        _ => None,
    }
}

/// What a value names, for telling whether two ends can make a range.
#[derive(PartialEq)]
enum Grain {
    Clock,
    Day,
    Month,
    Year,
    Duration,
    Other,
}

fn grain(it: &Item) -> Grain {
    let v = it.value();
    if it.label == DateLabel::Duration && v.starts_with('P') {
        Grain::Duration
    } else if values::clock(v).is_some() {
        Grain::Clock
    } else if values::day(v).is_some() {
        Grain::Day
    } else if values::month(v).is_some() {
        Grain::Month
    } else if values::year(v).is_some() || v.starts_with("BC") {
        Grain::Year
    } else {
        Grain::Other
    }
}

/// Two ends of one kind: days (a weekday to a date), months, years, clock times, lengths.
fn compatible(a: &Item, b: &Item) -> bool {
    use Grain::*;
    match (grain(a), grain(b)) {
        (Other, _) | (_, Other) => false,
        (Duration, Duration) | (Clock, Clock) => true,
        (Duration, _) | (_, Duration) | (Clock, _) | (_, Clock) => false,
        _ => true,
    }
}

/// Two weekdays (`from Monday to Wednesday`) name days of one week: in a sentence about the
/// past the second end is read as the nearer day and the first is the latest of its name on or
/// before it; otherwise the first end is read and the second is the next of its name from it.
fn weekdays(
    g: &Grammar,
    toks: &Toks,
    a: &Item,
    b: &Item,
) -> Option<(Option<String>, Option<String>)> {
    let (wa, wb) = (weekday_of(g, toks, a)?, weekday_of(g, toks, b)?);
    let (da, db) = (values::date(a.value())?, values::date(b.value())?);
    let (da, db) = if b.tense == super::tense::Tense::Past {
        (db.weekday_on_or_before(wa), db)
    } else {
        (da, da.weekday_on_or_after(wb))
    };
    let day = |d: Date, v: &str| Some(format!("{d}{}", &v[10..]));
    Some((day(da, a.value()), day(db, b.value())))
}

/// The values of the two ends, each with what only the other says.
fn fill(toks: &Toks, a: &Item, b: &Item) -> (Option<String>, Option<String>) {
    let (va, vb) = (a.value().to_string(), b.value().to_string());
    let year_guessed = |it: &Item| !it.own_day || it.rule.is_none() || it.year_inferred;
    // `Nov. 1 – March 31, 2002`: the first end's year is the second's, or the one before.
    let mut va2 = va.clone();
    if let (Some(da), Some(db)) = (values::date(&va), values::date(&vb)) {
        if year_guessed(a) && values::clock(&va).is_none() {
            let y = if (da.month, da.day) > (db.month, db.day) {
                db.year - 1
            } else {
                db.year
            };
            if let Some(d) = Date::new(y, da.month, da.day) {
                va2 = format!("{d}{}", &va[10..]);
            }
        }
    }
    if let (Some((_, ma)), Some((yb, mb))) = (values::month(&va), values::month(&vb)) {
        if a.year_inferred {
            let y = if ma > mb { yb - 1 } else { yb };
            va2 = values::ym(y, ma);
        }
    }
    // `3:30-4:30pm`: the first clock time takes the afternoon and the day of the second.
    if let (Some((ha, ma)), Some((hb, _))) = (values::clock(&va), values::clock(&vb)) {
        let ampm = |it: &Item, pm_only: bool| {
            it.span.clone().any(|i| {
                let w = toks.lw(i);
                w.ends_with("pm")
                    || w.ends_with("p.m.")
                    || w.ends_with("p.m")
                    || (!pm_only
                        && (w.ends_with("am") || w.ends_with("a.m.") || w.ends_with("a.m")))
            })
        };
        // Only where the second says `pm`: `08:00 - 20:00` is a day's hours.
        let h = if !ampm(a, false) && ampm(b, true) && ha < 12 && hb >= 13 && ha + 12 <= hb {
            ha + 12
        } else {
            ha
        };
        let day = if !a.own_day {
            values::day(&vb)
        } else {
            values::day(&va)
        };
        if let Some(day) = day {
            va2 = values::at(day, h, ma);
        }
    }
    (Some(va2), Some(vb))
}

/// Ends that are bare numbers (or a month word no rule kept), made into items where the other
/// end shows what they are.
fn add_bare_ends(g: &Grammar, toks: &Toks, items: &mut Vec<Item>) {
    let mut k = 0;
    while k < items.len() {
        // Round 25: `Mon 11 - Fri 15 May`: a weekday and a day up to 12 read as an hour (round
        // 16) before a second end that opens with its weekday are that end's day, when the
        // weekdays agree (`bare_first_end` checks), not 11:00.
        let s = items[k].span.start;
        let hour_first = k > 0
            && s >= 3
            && items[k - 1].span == (s - 3..s - 1)
            && small_hour(toks.lw(s - 2))
            && values::clock(items[k - 1].value()).is_some()
            && weekday_at(g, toks, s - 3)
            && weekday_at(g, toks, s);
        if hour_first {
            let was = items.remove(k - 1);
            if let Some(new) = bare_first_end(g, toks, items, k - 1) {
                items.insert(k - 1, new);
                k += 1;
                continue;
            }
            items.insert(k - 1, was);
        }
        if let Some(new) = bare_first_end(g, toks, items, k) {
            items.insert(k, new);
            k += 2;
            continue;
        }
        if let Some(new) = bare_second_end(toks, items, k) {
            items.insert(k + 1, new);
            k += 2;
            continue;
        }
        k += 1;
    }
}

/// Whether token `i` is a weekday, written out or short.
fn weekday_at(g: &Grammar, toks: &Toks, i: usize) -> bool {
    ["weekday", "wdshort"]
        .iter()
        .filter_map(|t| g.table(t))
        .any(|t| g.lookup(t, toks.text[i], toks.lw(i)).is_some())
}

/// Whether token `i` belongs to no item.
fn free(items: &[Item], i: usize) -> bool {
    !items.iter().any(|it| it.span.contains(&i))
}

/// An hour written alone in figures, 1 to 12.
fn small_hour(w: &str) -> bool {
    w.len() <= 2
        && w.bytes().all(|b| b.is_ascii_digit())
        && w.parse::<u32>().is_ok_and(|h| (1..=12).contains(&h))
}

/// A day of the month written alone: `22`, `22nd`, `twenty-second`.
fn bare_day(w: &str) -> Option<u32> {
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    if digits.is_empty()
        || digits.len() > 2
        || !matches!(&w[digits.len()..], "" | "st" | "nd" | "rd" | "th")
    {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

/// The first end before item `k`, from a bare token: `10` of `10 - 22 August 2012`, `9` of
/// `9-11am`, `12` of `between 12 and 18 months`, `March` of `March to May 2012`.
fn bare_first_end(g: &Grammar, toks: &Toks, items: &[Item], k: usize) -> Option<Item> {
    let b = &items[k];
    let s = b.span.start;
    // `on 25 and 26 December`, `the 3rd & 4th of May`: two days listed, not a range (no link),
    // the first made from the second.
    let listed = s >= 2
        && matches!(toks.lw(s - 1), "and" | "&" | "or")
        && (s < 3 || !matches!(toks.lw(s - 3), "£" | "$" | "€" | "#" | "no." | "aged"));
    if s < 2 || !(joined(toks, s - 2, s - 1, s) || listed) || !free(items, s - 2) {
        return None;
    }
    let listed = listed && !joined(toks, s - 2, s - 1, s);
    if listed && !matches!(grain(b), Grain::Day) {
        return None;
    }
    let at = s - 2;
    let w = toks.lw(at);
    let vb = b.value();
    let made = |value: String, label| Item {
        own_day: b.own_day,
        year_inferred: b.year_inferred,
        ..Item::new(at..at + 1, label, Some(value))
    };
    // Round 17: `Mon 19 - Fri 23 May`: either end may open with its weekday.
    let weekday = |i: usize| {
        ["weekday", "wdshort"]
            .iter()
            .filter_map(|t| g.table(t))
            .find_map(|t| g.lookup(t, toks.text[i], toks.lw(i))?.parse::<u32>().ok())
    };
    let opens = if weekday(s).is_some() { s + 1 } else { s };
    match grain(b) {
        // `10 - 22 August 2012`, `23rd to 26th Oct`: the second end opens with its day.
        Grain::Day
            if values::clock(vb).is_none()
                && opens < b.span.end
                && bare_day(toks.lw(opens)).is_some() =>
        {
            let db = values::date(vb);
            let d = bare_day(w)?;
            let day = values::day(vb)?;
            if let Some(db) = db {
                (d < db.day).then_some(())?;
                let x = Date::new(db.year, db.month, d)?;
                // Its weekday, when it agrees, is part of it.
                let wd = (at > 0 && free(items, at - 1))
                    .then(|| weekday(at - 1))
                    .flatten();
                if let Some(wd) = wd {
                    (wd == x.weekday()).then_some(())?;
                    return Some(Item {
                        own_day: b.own_day,
                        year_inferred: b.year_inferred,
                        ..Item::new(at - 1..at + 1, DateLabel::Date, Some(x.to_string()))
                    });
                }
                Some(made(x.to_string(), DateLabel::Date))
            } else {
                (d <= 31).then(|| made(format!("{}{d:02}", &day[..8]), DateLabel::Date))
            }
        }
        // `9-11am`: an hour before a clock time of the afternoon takes it.
        Grain::Clock => {
            let (hb, _) = values::clock(vb)?;
            let h: u32 = w
                .parse()
                .ok()
                .filter(|h| (1..=12).contains(h) && w.len() <= 2)?;
            let pm = toks.lw(s).ends_with("pm")
                || toks.lw_get(s + 1).is_some_and(|w| w.starts_with("p"));
            let h = if pm && hb >= 13 && h < 12 && h + 12 <= hb {
                h + 12
            } else {
                h
            };
            (h < hb).then_some(())?;
            let day = values::day(vb)?;
            Some(made(values::at(day, h, 0), DateLabel::Time))
        }
        // `between 12 and 18 months`, `2 to 3 years`: a count takes the unit.
        Grain::Duration if at > 0 && toks.lw(at - 1) == "between" => {
            let n: u32 = w
                .parse()
                .ok()
                .or_else(|| super::classes::word_value(w).map(|n| n as u32))?;
            let unit = vb.trim_start_matches(|c: char| {
                c == 'P' || c == 'T' || c.is_ascii_digit() || c == '.'
            });
            (unit.len() == 1).then_some(())?;
            let t = if vb.starts_with("PT") { "T" } else { "" };
            Some(made(format!("P{t}{n}{unit}"), DateLabel::Duration))
        }
        // `March to May 2012`: a month word the bare-month filter dropped.
        Grain::Month => {
            let t = g.table("month")?;
            let m: u32 = g.lookup_cased(t, toks.text[at], w, true)?.parse().ok()?;
            let (yb, mb) = values::month(vb)?;
            let y = if m > mb { yb - 1 } else { yb };
            Some(made(values::ym(y, m), DateLabel::Date))
        }
        _ => None,
    }
}

/// The second end after item `k`, from a bare token: `58` of `1957-58`, `29th` of `August 27th
/// - 29th`, `2010` of `2009-2010`.
fn bare_second_end(toks: &Toks, items: &[Item], k: usize) -> Option<Item> {
    let a = &items[k];
    let e = a.span.end;
    if !joined(toks, a.span.start, e, e + 1) || !free(items, e + 1) {
        return None;
    }
    let at = e + 1;
    let w = toks.lw_get(at)?;
    let va = a.value();
    let made = |value: String, label| Item {
        own_day: true,
        ..Item::new(at..at + 1, label, Some(value))
    };
    // Not a count of something: `1990 - 91 people`.
    let next = toks.lw_get(at + 1).unwrap_or("");
    let plural = next.len() > 3
        && next.ends_with('s')
        && next.bytes().all(|b| b.is_ascii_lowercase())
        && !matches!(next, "was" | "has" | "is" | "this" | "thus");
    if plural || matches!(next, "%" | "percent" | "people") {
        return None;
    }
    match grain(a) {
        Grain::Year => {
            let ya = values::year(va)?;
            let digits = w.bytes().all(|b| b.is_ascii_digit());
            let y = match w.len() {
                4 if digits => w.parse().ok()?,
                2 if digits => ya - ya % 100 + w.parse::<i32>().ok()?,
                _ => return None,
            };
            (y > ya && y - ya < 100).then(|| made(format!("{y:04}"), DateLabel::Date))
        }
        // Round 16: `Sat 2-4`, `Viewing Sun 11-1`: a bare hour after a weekday's bare hour is
        // the next such hour on the clock after it.
        _ if values::clock(va).is_some_and(|(_, m)| m == 0) && small_hour(toks.lw(e - 1)) => {
            let (ha, _) = values::clock(va)?;
            let hb = w.parse::<u32>().ok().filter(|h| small_hour(w) && *h > 0)? % 12;
            let h = [hb, hb + 12].into_iter().find(|h| *h > ha)?;
            Some(made(values::at(values::day(va)?, h, 0), DateLabel::Time))
        }
        Grain::Day if values::clock(va).is_none() && a.span.len() > 1 => {
            let da = values::date(va)?;
            let d = bare_day(w)?;
            (d > da.day && d <= days_in_month(da.year, da.month)).then_some(())?;
            Some(made(
                Date::new(da.year, da.month, d)?.to_string(),
                DateLabel::Date,
            ))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn two_days_in_figures_make_a_range_wherever_they_stand() {
        use crate::dates::tests::values as found;
        // At 2023-06-14: a message plans ahead; `24/12` written first makes `2/1` 2 January.
        assert_eq!(
            found("I'm on leave 25/3 - 29/3"),
            [
                ("25/3".into(), "2024-03-25".into()),
                ("29/3".into(), "2024-03-29".into())
            ]
        );
        assert_eq!(
            found("The office was shut 24/12 - 2/1 for repairs."),
            [
                ("24/12".into(), "2022-12-24".into()),
                ("2/1".into(), "2023-01-02".into())
            ]
        );
        // One end alone, or two that read either way, are numbers: fractions, scores.
        assert!(found("Cut the dose to 3/4 of a tablet.").is_empty());
        assert!(found("The share rose from 1/4 to 1/2 of the market.").is_empty());
        assert!(found("They won 25/3 at home.").is_empty());
        assert!(found("Acme slipped 3/8 to 27 5/8.").is_empty());
        assert!(found("The stock rose 5/16 to 3/4.").is_empty());
    }

    use crate::dates::{recognize, Date};
    use crate::text::Doc;

    /// (text, value, other end's index, starts) of each mention at reference 2023-06-14.
    fn found(text: &str) -> Vec<(String, String, Option<(usize, bool)>)> {
        let doc = Doc::new(text);
        recognize(&doc, Date::parse_iso("2023-06-14"))
            .into_iter()
            .map(|m| {
                (
                    text[m.start..m.end].to_string(),
                    m.value.unwrap_or_default(),
                    m.range.map(|r| (r.other, r.start)),
                )
            })
            .collect()
    }

    fn ends(text: &str) -> Vec<(String, String)> {
        let got = found(text);
        assert_eq!(got.len(), 2, "{text}: {got:?}");
        assert_eq!(got[0].2, Some((1, true)), "{text}: {got:?}");
        assert_eq!(got[1].2, Some((0, false)), "{text}: {got:?}");
        got.into_iter().map(|(t, v, _)| (t, v)).collect()
    }

    fn pair(a: (&str, &str), b: (&str, &str)) -> Vec<(String, String)> {
        vec![(a.0.into(), a.1.into()), (b.0.into(), b.1.into())]
    }

    #[test]
    fn spans_of_years() {
        assert_eq!(
            ends("The war lasted from 2009-2010, they said."),
            pair(("2009", "2009"), ("2010", "2010"))
        );
        assert_eq!(
            ends("The drought of 1957-58 was long."),
            pair(("1957", "1957"), ("58", "1958"))
        );
        assert_eq!(
            ends("He taught between 1985 and 1987 in Ohio."),
            pair(("1985", "1985"), ("1987", "1987"))
        );
        // A list is no range.
        assert!(found("Sales rose in 1990 and 1991.")
            .iter()
            .all(|m| m.2.is_none()));
    }

    #[test]
    fn the_first_end_takes_what_only_the_second_says() {
        assert_eq!(
            ends("The fair ran 10 - 22 August 2012 in town."),
            pair(("10", "2012-08-10"), ("22 August 2012", "2012-08-22"))
        );
        assert_eq!(
            ends("It ran from Nov. 1, 2001 – March 31, 2002."),
            pair(
                ("Nov. 1, 2001", "2001-11-01"),
                ("March 31, 2002", "2002-03-31")
            )
        );
        assert_eq!(
            ends("The ban ran Nov. 1 – March 31, 2002, they said."),
            pair(("Nov. 1", "2001-11-01"), ("March 31, 2002", "2002-03-31"))
        );
        assert_eq!(
            ends("Doors are open 3:30-4:30pm, they said."),
            pair(("3:30", "2023-06-14T15:30"), ("4:30pm", "2023-06-14T16:30"))
        );
        assert_eq!(
            ends("We open 9-11am on weekdays."),
            pair(("9", "2023-06-14T09:00"), ("11am", "2023-06-14T11:00"))
        );
        assert_eq!(
            ends("Prices fell from March to May 2012."),
            pair(("March", "2012-03"), ("May 2012", "2012-05"))
        );
    }

    #[test]
    fn days_lengths_and_weekdays() {
        assert_eq!(
            ends("The show runs August 27th - 29th in Leeds."),
            pair(("August 27th", "2023-08-27"), ("29th", "2023-08-29"))
        );
        assert_eq!(
            ends("It takes between 12 and 18 months to heal."),
            pair(("12", "P12M"), ("18 months", "P18M"))
        );
        // Round 17: a state told in the present with its stretch of time is ahead (it read
        // this week's Monday to today).
        assert_eq!(
            ends("The office is shut from Monday to Wednesday."),
            pair(("Monday", "2023-06-19"), ("Wednesday", "2023-06-21"))
        );
        // Two weekdays are days of one week, read back from the second in the past and
        // ahead from the first otherwise (the reference, 2023-06-14, is a Wednesday).
        assert_eq!(
            ends("The office was shut from Tuesday to Thursday."),
            pair(("Tuesday", "2023-06-06"), ("Thursday", "2023-06-08"))
        );
        assert_eq!(
            ends("The office will be shut from Tuesday to Thursday."),
            pair(("Tuesday", "2023-06-20"), ("Thursday", "2023-06-22"))
        );
        // TimeBank keeps a count of units with its range in one mention.
        assert_eq!(found("It lasted two to three weeks.").len(), 1);
    }

    /// Round 9: two days listed with `and`, `&` or `or` are two dates, the first made from the
    /// second, and no range; a price or a count before them stays a number.
    #[test]
    fn days_listed_with_and() {
        let got = |text: &str| -> Vec<(String, String, bool)> {
            found(text)
                .into_iter()
                .map(|(t, v, r)| (t, v, r.is_some()))
                .collect()
        };
        let day = |t: &str, v: &str| (t.to_string(), v.to_string(), false);
        assert_eq!(
            got("The museum will close on 1 and 2 August."),
            [day("1", "2023-08-01"), day("2 August", "2023-08-02")]
        );
        assert_eq!(
            got("The fair will run on the 9th & 10th of September."),
            [
                day("9th", "2023-09-09"),
                day("10th of September", "2023-09-10")
            ]
        );
        assert_eq!(
            got("Tickets cost $5 and 26 June is the date."),
            [day("26 June", "2023-06-26")]
        );
    }
}
