//! Clock times (`15:11`, `6.30pm`, `19h`, `1030`) and the stamps machines write around them
//! (tickets' `22MAR 1830`, logs' `01/Nov/2016:07:59:00`, `20161101`).

use super::super::tokens::Toks;
use super::super::value::Val;
use super::*;

/// A clock time at token `i`: one token (`15:11`, `3:30`, `6:00am`, `3pm`, `23:45:00Z`,
/// `3:18a`) or the French and military hour with its minutes (`15h00`, `9h30`: the tokenizer
/// gives `15h` and `00`), and `15h` alone where a zone or a clock word shows it is a time, or
/// as the whole text; `3p`, `11a` after a word of time.
pub(super) fn clock_at(toks: &Toks, i: usize) -> Option<(usize, Val)> {
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
    if let Some(v) = dotted(toks, i, t, next) {
        return Some((i + 1, v));
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
    // Round 15: `15 minutes past 15h`; `Sat, Mar 7, 2020 18h` (a year before it).
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

/// Round 18: a dotted time on the 24-hour dial with no am/pm, where no price can be meant:
/// before a weekday (`22.30 Friday`, `12.30 on Sunday`; an hour from 12 or written with its
/// nought, `09.30`), or joined by a range word to another on the quarter hour (`from 9.00
/// until 12.00`; not `1.30 to 1.35`, a rate).
#[inline(never)]
fn dotted(toks: &Toks, i: usize, t: &str, next: &str) -> Option<Val> {
    let read = |t: &str| {
        let (h, m) = t.split_once('.')?;
        let ok = is_digits(h) && h.len() <= 2 && is_digits(m) && m.len() == 2;
        let (hh, mm): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
        (ok && hh <= 23 && mm < 60).then_some((hh, mm, h.len() == 2 && h.starts_with('0')))
    };
    let (h, m, nought) = read(t)?;
    let w = |k: usize| toks.lw_get(k).unwrap_or("");
    let weekday = |k: usize| super::super::is_weekday(toks.text.get(k).copied().unwrap_or(""));
    let before_weekday = (h >= 12 || nought) && (weekday(i + 1) || next == "on" && weekday(i + 2));
    let range = |k: usize| matches!(w(k), "to" | "until" | "till" | "-" | "\u{2013}");
    let quarter = |(hh, mm, _): (u32, u32, bool)| mm % 15 == 0 && hh != h;
    let joined = m % 15 == 0
        && (range(i + 1) && read(w(i + 2)).is_some_and(quarter)
            || i >= 2 && range(i - 1) && read(w(i - 2)).is_some_and(quarter));
    // Round 21: right after a day (`Sat 14.30`, `Tues at 7.30`, `tomorrow 12.30`, `Friday
    // from 5.30`) or before one (`17.30 tonight`, `5.45 sharp`): a price has no day beside it.
    let lead = |k: usize| match w(k) {
        "at" | "@" | "from" if k > 0 => k - 1,
        _ => k,
    };
    let listed = super::super::tense::listed;
    // A weekday, written out or cut short (`sat`, `Tues`, `weds`), or a day near.
    let day = |k: usize| {
        listed("today tomorrow tmrw tonight", w(k).trim_end_matches('.'))
            || super::super::tense::weekday_word(w(k))
    };
    // Not an amount after a day in news (`Friday at 12.50 a share`, `Monday 10.25 points`).
    let amount = listed("a per each points percent % cents pence seconds secs", next);
    // Round 26: or before `start` (`Quiz 7.30 start`), or after `at` and before `this` or
    // `next` and a day (`at 2.30 this Saturday`).
    let by_day = i > 0 && day(lead(i - 1)) && !amount
        || listed("tonight tomorrow tmrw today sharp start", next)
        || i > 0 && w(i - 1) == "at" && listed("this next", next) && day(i + 2);
    // Round 25: after a word that announces a start or a departure (`KO 10.30`, `kick-off
    // 19.45`, `departs 9.15`), or naming a train by its time and a place (`the 9.15 to
    // Leeds`; not `the 1.30 to 1.45 range`).
    let p = |k: usize| i.checked_sub(k).map_or("", |k| w(k));
    let cue = listed(CUES, p(1).trim_end_matches('.'))
        // Round 26: a booking's time (`table booked for 12.30`, `a table for 7.45`).
        || p(1) == "for" && listed("booked reserved table booking", p(2))
        || p(1) == "off" && p(3) == "kick"
        || p(1) == "the"
            && listed("to from", next)
            && toks
                .text
                .get(i + 2)
                .is_some_and(|t| t.starts_with(char::is_uppercase));
    (before_weekday || joined || by_day || cue).then(|| hh_mm(h, m))
}

/// Round 25: the words before a clock time that announce a start or a departure.
const CUES: &str = "ko kick-off kickoff departs departing dep arr arrives arriving doors";

/// `HH:MM`.
pub(super) fn hh_mm(h: u32, m: u32) -> Val {
    let mut v = Val::uint(h as u64, 2);
    v.push_str(":");
    v.push_uint(m as u64, 2);
    v
}

/// `HH:` and the minutes as written (`12.30` → `12:30`).
pub(super) fn clock_val(h: u32, m: &str) -> Val {
    let mut v = Val::uint(h as u64, 2);
    v.push_str(":");
    v.push_str(m);
    v
}

/// `15:11`, `3:30`, `6:00am`, `3pm`, `10a.m`, `23:45:00`, `08:52z`, `3:18a`, `6.30pm` → `HH:MM`
/// (or `HH:MM:SS`; 24-hour when am/pm is glued on).
#[inline(never)]
pub(super) fn clock(t: &str) -> Option<Val> {
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
    if m >= 60
        || h > 24
        || h == 24 && m > 0
        || sec.is_some_and(|s| s >= 60)
        || (pm.is_some() && !(1..=12).contains(&h))
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
pub(super) fn glued_date(toks: &Toks, i: usize, t: &str) -> Option<(usize, Val)> {
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
pub(super) fn log_stamp(toks: &Toks, i: usize) -> Option<(usize, Val)> {
    let w = |k: usize| toks.lw_get(i + k).unwrap_or("");
    if !(0..4).all(|k| toks.glued(i + k)) || w(1) != "/" || w(3) != "/" {
        return None;
    }
    let (year, time) = w(4).split_once(':')?;
    let y = year.parse::<u32>().ok().filter(|_| year.len() == 4)?;
    let mut v = ymd(y, super::super::month_number(w(2))?, small(w(0), 31)?)?;
    v.push_str("T");
    v.push_str(clock(time).filter(|t| t.as_str().len() == 8)?.as_str());
    Some((i + 5, v))
}

/// `20161101` alone → `2016-11-01`.
#[inline(never)]
pub(super) fn compact_date(toks: &Toks, i: usize) -> Option<(usize, Val)> {
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

/// `2016-11-01` from its parts, the day checked against its month in its year (February has
/// 29 days only in a leap year).
#[inline(never)]
pub(super) fn ymd(y: u32, m: u32, d: u32) -> Option<Val> {
    let mut v = Val::uint(y as u64, 4);
    v.push_str("-");
    v.push_uint(m as u64, 2);
    v.push_str("-");
    v.push_uint(d as u64, 2);
    (d <= super::super::calendar::days_in_month(y as i32, m)).then_some(v)
}

/// Whether token `i` ends a ticket's day and month run together: `Some(true)` with its
/// two-figure year glued on (`06MAR25`), `Some(false)` without one (`22MAR`), else `None`.
#[inline(never)]
pub(super) fn ticket_date(toks: &Toks, i: usize) -> Option<bool> {
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
pub(super) fn without_fraction(t: &str) -> Option<Option<(&str, &str)>> {
    let b = t.as_bytes();
    if !(t.len() > 9 && b[5] == b':' && matches!(b[8], b'.' | b',') && b[9].is_ascii_digit()) {
        return None;
    }
    let frac = t[9..]
        .find(|c: char| !c.is_ascii_digit())
        .map_or(t.len(), |k| k + 9);
    Some((t.len() - frac <= 1).then(|| (&t[..8], &t[frac..])))
}
