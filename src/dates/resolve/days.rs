//! Resolvers of days: weekdays, month-days, days of the month, holidays, the day in discourse,
//! clock times. A bare day points back or ahead by the sentence's tense.

use super::{lunar, Args, Context};
use crate::dates::calendar::{add_months, days_in_month, Date};
use crate::dates::reference::TimeOfDay;
use crate::dates::tense::Tense;

/// `{wd:weekday}`: `Friday`, the nearest such day in the tense's direction.
pub fn weekday(a: &Args, cx: &Context) -> Option<String> {
    let wd: i64 = a.value(0).parse().ok()?;
    Some(match cx.anchor {
        Some(d) => {
            let aw = d.weekday() as i64;
            let delta = match cx.tense {
                _ if wd == aw => 0,
                Tense::Future => (wd - aw).rem_euclid(7),
                // No cue: the past, except the day after the anchor (six days back
                // would be written `last Tuesday`).
                Tense::Unknown if (wd - aw).rem_euclid(7) == 1 => 1,
                _ => -(aw - wd).rem_euclid(7),
            };
            d.add_days(delta).to_string()
        }
        None => format!("XXXX-WXX-{wd}"),
    })
}

/// `{wdcount:n:weekday:dir}`: `3 Fridays from now` (the third after the anchor), `2 Thursdays
/// ago` (the second before it).
pub fn weekday_count(a: &Args, cx: &Context) -> Option<String> {
    let n: i64 = a.value(0).parse().ok().filter(|n| (1..=520).contains(n))?;
    let wd: i64 = a.value(1).parse().ok()?;
    let dir = a.signed(2)?;
    let Some(d) = cx.anchor else {
        return Some(format!("XXXX-WXX-{wd}"));
    };
    let aw = d.weekday() as i64;
    let first = if dir > 0 {
        (wd - aw - 1).rem_euclid(7) + 1
    } else {
        -((aw - wd - 1).rem_euclid(7) + 1)
    };
    Some(d.add_days(first + dir * 7 * (n - 1)).to_string())
}

/// `{wdrel:dir:weekday}`: `last Friday`, `next Tuesday`, `Friday after next` (dir `+2`), from
/// the anchor.
pub fn weekday_relative(a: &Args, cx: &Context) -> Option<String> {
    weekday_from(a, cx, cx.anchor)
}

/// `{wdafter:dir:weekday}`: `the previous Friday` counts from the day the story is at, when
/// one was named.
pub fn weekday_after(a: &Args, cx: &Context) -> Option<String> {
    let story_day = cx.story.and_then(|v| Date::parse_iso(v.get(..10)?));
    weekday_from(a, cx, story_day.or(cx.anchor))
}

fn weekday_from(a: &Args, cx: &Context, from: Option<Date>) -> Option<String> {
    let dir = a.signed(0)?;
    let wd: i64 = a.value(1).parse().ok()?;
    Some(match from {
        Some(d) => {
            let aw = d.weekday() as i64;
            let delta = match dir {
                -1 => -((aw - wd - 1).rem_euclid(7) + 1),
                1 => (wd - aw - 1).rem_euclid(7) + 1,
                // `Friday after next`: a week after the next one.
                2 => (wd - aw - 1).rem_euclid(7) + 8,
                _ if cx.tense == Tense::Past => -(aw - wd).rem_euclid(7),
                _ => (wd - aw).rem_euclid(7),
            };
            d.add_days(delta).to_string()
        }
        None => format!("XXXX-WXX-{wd}"),
    })
}

/// `{md:month:day}`: `June 18` in the anchor's year, or the year before or after by tense;
/// `{md:mmdd}` the same from one capture `MM-DD` (`on 2/15`).
pub fn month_day(a: &Args, cx: &Context) -> Option<String> {
    let (m, day) = if a.len() == 1 {
        let (m, d) = a.value(0).split_once('-')?;
        (m.parse().ok()?, d.parse().ok()?)
    } else {
        (a.value(0).parse().ok()?, a.value(1).parse().ok()?)
    };
    Some(match cx.anchor {
        // A note or a message looks ahead: a day gone more than a week is next year's
        // (`closed Dec 25 - Jan 1` in March; `Sunday, Feb 10` two days after is that Sunday).
        Some(d) => year_by_tense(d, m, day, cx.tense, if cx.ahead { 7 } else { 75 })?.to_string(),
        None => format!("XXXX-{m:02}-{day:02}"),
    })
}

/// `{mdwd:slashmd:weekday}`: a day in figures after its weekday (`Fri 10/4`): month first as
/// `md`, unless only the day-first reading falls on that weekday (10 April 2026 is a Friday, 4
/// October a Sunday). A weekday neither reading agrees with leaves the month-first date.
pub fn month_day_weekday(a: &Args, cx: &Context) -> Option<String> {
    let (m, day) = a.value(0).split_once('-')?;
    let (m, day): (u32, u32) = (m.parse().ok()?, day.parse().ok()?);
    let wd: u32 = a.value(1).parse().ok()?;
    let Some(d) = cx.anchor else {
        return month_day(a, cx);
    };
    let gone = if cx.ahead { 7 } else { 75 };
    let first = year_by_tense(d, m, day, cx.tense, gone);
    if day <= 12 && day != m && first.is_some_and(|f| f.weekday() != wd) {
        if let Some(swapped) = year_by_tense(d, day, m, cx.tense, gone) {
            if swapped.weekday() == wd {
                return Some(swapped.to_string());
            }
        }
    }
    Some(first?.to_string())
}

/// `{cardexp:slashmd}`: a card's expiry, month and two-digit year (`exp 09/27`: September
/// 2027), read from the month and day `slashmd` took it for.
/// A year more than five ahead of the anchor is no card's: `expires 31/10` is a day.
pub fn card_expiry(a: &Args, cx: &Context) -> Option<String> {
    let (m, yy) = a.value(0).split_once('-')?;
    let year = 2000 + yy.parse::<i32>().ok()?;
    if cx.anchor.is_some_and(|d| year > d.year + 5) {
        return month_day(a, cx);
    }
    Some(format!("{year}-{m}"))
}

/// `{weekof:month:day}`: the ISO week of `the week of June 26`.
pub fn week_of(a: &Args, cx: &Context) -> Option<String> {
    let m: u32 = a.value(0).parse().ok()?;
    let day: u32 = a.value(1).parse().ok()?;
    Some(
        match cx
            .anchor
            .and_then(|d| year_by_tense(d, m, day, cx.tense, 75))
        {
            Some(d) => {
                let (y, w) = d.iso_week();
                format!("{y:04}-W{w:02}")
            }
            None => "XXXX-WXX".into(),
        },
    )
}

/// `{dom:day}`: `the 18th`: that day of the anchor's month; the month before when the day is
/// still ahead and the sentence is not about the future, the month after when it is gone and
/// the sentence is.
pub fn day_of_month(a: &Args, cx: &Context) -> Option<String> {
    let day: u32 = a.value(0).parse().ok().filter(|d| (1..=31).contains(d))?;
    Some(match cx.anchor {
        Some(d) => {
            let months = match cx.tense {
                Tense::Future if day < d.day => 1,
                Tense::Future => 0,
                _ if day > d.day => -1,
                _ => 0,
            };
            let (y, m) = add_months(d.year, d.month, months);
            Date::new(y, m, day.min(days_in_month(y, m)))?.to_string()
        }
        None => format!("XXXX-XX-{day:02}"),
    })
}

/// `{holiday:spec}`: this year's holiday, or last year's or next year's by tense;
/// `{holiday:spec:dir:year:ydir}` with what the rule may capture around the name: a year
/// (`Easter 2010`), a direction (`last Easter`: the one before the anchor, `next`: the one
/// after, `this`: this year's), a direction of the year (`Thanksgiving of next year`,
/// `Christmas last year`, `next year's Diwali`) or a count of years (`thanksgiving in 3 years`,
/// `Diwali six years hence`); `{holiday:spec:dir:year:ydir:yago:yin}` also one back (`Easter 2
/// years ago`) and one ahead after `in` (`thanksgiving in 3 years`; in a sentence about the past
/// a length of time, `the first Christmas in two years`, and the tense decides). The spec is a code (`12-25`, `TG`) or a capture of the `[holiday]` table.
pub fn holiday(a: &Args, cx: &Context) -> Option<String> {
    // A spec ending in `/M` names the holiday's month (`Durga Puja 2018` = 2018-10).
    let spec = a.value(0);
    let day = spec.strip_suffix("/M");
    let mut v = holiday_on(day.unwrap_or(spec), a, cx)?;
    if day.is_some() {
        v.truncate(7);
    }
    Some(v)
}

fn holiday_on(spec: &str, a: &Args, cx: &Context) -> Option<String> {
    let on = |y: i32| holiday_in(spec, y);
    if let Some(y) = (a.len() > 2).then(|| a.capture(2)).flatten() {
        return Some(on(y.parse().ok()?)?.to_string());
    }
    let Some(d) = cx.anchor else {
        return Some(if spec.len() == 5 && spec.as_bytes()[2] == b'-' {
            format!("XXXX-{spec}")
        } else {
            "XXXX-XX-XX".into()
        });
    };
    // The year's shift: `next year` (+1), `in 3 years` (3), or a count back, `2 years ago`.
    let years = |i: usize| {
        let n = (a.len() > i).then(|| a.capture(i)).flatten()?;
        Some(super::decimal::parse_f64(n)?.clamp(-1000.0, 1000.0) as i32)
    };
    // `in 3 years` moves the holiday only in a sentence that is not about the past: in `it was
    // the first Christmas in two years` it counts a length of time, and the tense decides.
    let ahead = years(5).filter(|_| cx.tense != Tense::Past);
    if let Some(shift) = years(3).or_else(|| years(4).map(|n| -n)).or(ahead) {
        return Some(on(d.year + shift)?.to_string());
    }
    let this = on(d.year)?;
    let y = match (a.len() > 1).then(|| a.capture(1)).flatten() {
        Some("-1") if this >= d => d.year - 1,
        Some("+1") if this <= d => d.year + 1,
        // `this MLK day` looking ahead, once this year's is gone: the next one.
        Some("0") if this < d && cx.tense == Tense::Future => d.year + 1,
        Some(_) => d.year,
        None => {
            let gap = this.to_days() - d.to_days();
            match cx.tense {
                Tense::Past if this > d => d.year - 1,
                Tense::Future if this < d => d.year + 1,
                Tense::Unknown if gap > 182 => d.year - 1,
                Tense::Unknown if gap < -182 => d.year + 1,
                _ => d.year,
            }
        }
    };
    Some(on(y)?.to_string())
}

/// `{holidayweek:spec}`: `Easter week`: the ISO week of the holiday, this year's when it is
/// near.
pub fn holiday_week(a: &Args, cx: &Context) -> Option<String> {
    let Some(d) = cx.anchor else {
        return Some("XXXX-WXX".into());
    };
    let this = holiday_in(a.literal(0), d.year)?;
    let near = (this.to_days() - d.to_days()).abs() <= 7;
    let day = if near {
        this
    } else {
        Date::parse_iso(&holiday(a, cx)?)?
    };
    let (y, w) = day.iso_week();
    Some(format!("{y:04}-W{w:02}"))
}

/// `{today}`: the day in discourse (a day named earlier in the paragraph), else the anchor.
pub fn today(_: &Args, cx: &Context) -> Option<String> {
    Some(match cx.day.or(cx.anchor) {
        Some(d) => d.to_string(),
        None => "XXXX-XX-XX".into(),
    })
}

/// A clock time on the anchor's day in a note or on its own (`at 3am`, `4:15`), earlier than
/// the reference's time of day `now`: the next such time, tomorrow, as people mean a time they
/// write down. Any other value is kept.
pub fn clock_ahead(value: String, anchor: Date, now: TimeOfDay) -> String {
    let day = anchor.to_string();
    let Some(time) = value.strip_prefix(day.as_str()) else {
        return value;
    };
    let hm = |t: &str| -> Option<(u32, u32)> {
        let t = t.strip_prefix('T')?;
        Some((t.get(0..2)?.parse().ok()?, t.get(3..5)?.parse().ok()?))
    };
    match hm(time) {
        Some(hm) if hm < (now.hour, now.minute) => format!("{}{time}", anchor.add_days(1)),
        _ => value,
    }
}

/// An hour 1–11 written with no a.m. or p.m. in a note or a message (`see you at 8`, `by
/// 6:30`), once its day is known: on the anchor's day with the reference's time of day `now`,
/// the next such hour ahead on a twelve-hour dial (at 10:00 `at 8` is 20:00, `at 11` 11:00; one
/// both readings have passed moves to tomorrow's morning in [`clock_ahead`]); on another day or
/// with no time of day, 1–6 are the afternoon's (people rarely meet at 3 a.m.), 7–11 as written.
pub fn twelve_hour(
    value: String,
    anchor: Option<Date>,
    now: Option<TimeOfDay>,
    evening: bool,
) -> String {
    let (Some(day), Some(t)) = (value.get(..10), value.get(10..)) else {
        return value;
    };
    let Some((h, m)) = t.strip_prefix('T').and_then(|t| {
        Some((
            t.get(0..2)?.parse::<u32>().ok()?,
            t.get(3..5)?.parse::<u32>().ok()?,
        ))
    }) else {
        return value;
    };
    let today = anchor.is_some_and(|a| a.to_string() == day);
    // Round 20: an evening's event reads 5 to 10 in the evening (`Party Friday 8-11`).
    let pm = evening && (5..=10).contains(&h)
        || match now.filter(|_| today) {
            Some(now) => (h, m) < (now.hour, now.minute) && (h + 12, m) >= (now.hour, now.minute),
            None => h <= 6,
        };
    if (1..12).contains(&h) && pm {
        format!("{day}T{:02}{}", h + 12, &t[3..])
    } else {
        value
    }
}

/// `{hm:clock:ampm}`: `3:30` with `p.m.` → `15:30`; a literal `pm` for `in the evening`.
pub fn hour_minute(a: &Args, cx: &Context) -> Option<String> {
    let v = a.value(0);
    // Four figures are a 24-hour clock (`1800 GMT`).
    let (h, m) = match v.split_once(':') {
        Some(hm) => hm,
        None if v.len() == 4 => match v.split_at(2) {
            (h, m) if h < "24" && m < "60" => (h, m),
            _ => return None,
        },
        None => (v, "00"),
    };
    let mut h: u32 = h.parse().ok()?;
    match a
        .capture(1)
        .or(Some(a.literal(1)).filter(|x| *x == "pm").map(|_| "PM"))
    {
        Some("PM") if h < 12 => h += 12,
        Some("AM") if h == 12 => h = 0,
        Some(_) => {}
        None => cx.dial.set(a.literal(1) == "ampm" && (1..12).contains(&h)),
    }
    Some(format!("{h:02}:{m}"))
}

/// Day `n` (1–5, or -1 for the last) of weekday `wd` in a month.
fn nth_weekday(y: i32, m: u32, wd: u32, n: i64) -> Option<Date> {
    if n < 0 {
        let last = Date::new(y, m, days_in_month(y, m))?;
        return Some(last.weekday_on_or_before(wd));
    }
    let first = Date::new(y, m, 1)?;
    let d = first.weekday_on_or_after(wd).add_days(7 * (n - 1));
    (d.month == m).then_some(d)
}

/// The count an ordinal argument says: `1`…`5`, or `last` (-1).
fn nth(a: &Args, i: usize) -> Option<i64> {
    match a.value(i) {
        "last" => Some(-1),
        v => v.parse().ok().filter(|n| (1..=5).contains(n)),
    }
}

/// `{nthwd:n:weekday:month:year}`: `the first Tuesday in October`, `last Monday of March 2014`.
/// Without a year, the anchor's, moved a year by tense as a month and day is.
pub fn nth_weekday_of_month(a: &Args, cx: &Context) -> Option<String> {
    let (n, wd) = (nth(a, 0)?, a.value(1).parse().ok()?);
    let m: u32 = a.value(2).parse().ok()?;
    if let Some(y) = a.capture(3) {
        return Some(nth_weekday(y.parse().ok()?, m, wd, n)?.to_string());
    }
    let Some(anchor) = cx.anchor else {
        return Some(format!("XXXX-{m:02}-XX"));
    };
    let this = nth_weekday(anchor.year, m, wd, n)?;
    let y = year_by_tense(anchor, m, this.day, cx.tense, 75)?.year;
    Some(nth_weekday(y, m, wd, n)?.to_string())
}

/// `{nthwdrel:n:weekday:dir}`: `the first Monday of next month`, `of the month` (dir 0).
pub fn nth_weekday_of_relative_month(a: &Args, cx: &Context) -> Option<String> {
    let (n, wd) = (nth(a, 0)?, a.value(1).parse().ok()?);
    let dir = a.signed(2).unwrap_or(0);
    let d = cx.anchor?;
    let (y, m) = add_months(d.year, d.month, dir);
    Some(nth_weekday(y, m, wd, n)?.to_string())
}

/// `{monthend:month:year}`: `the last day of October 2015`; `{monthend:R:dir:n}` the
/// anchor's month or one counted from it (`the 2nd last day of the month`, `of next month`).
pub fn month_end(a: &Args, cx: &Context) -> Option<String> {
    let (y, m): (i32, u32) = if a.value(0) == "R" {
        let d = cx.anchor?;
        add_months(d.year, d.month, a.signed(1).unwrap_or(0))
    } else {
        let m: u32 = a.value(0).parse().ok().filter(|m| (1..=12).contains(m))?;
        let y = match a.capture(1) {
            Some(y) => y.parse().ok()?,
            None => {
                let anchor = cx.anchor?;
                year_by_tense(anchor, m, days_in_month(anchor.year, m), cx.tense, 75)?.year
            }
        };
        (y, m)
    };
    // `the 4th last day of March`: counted back from the last.
    let back = match a.len() {
        3 => a.value(2).parse().ok().filter(|n| (1..=28).contains(n))?,
        _ => 1,
    };
    Some(Date::new(y, m, days_in_month(y, m) + 1 - back)?.to_string())
}

/// `{hmadd:base:minutes:ampm}` and `{hmsub:…}`: `a quarter past 3pm` (`15:15`), `ten to
/// noon` (`11:50`). The base is a clock value (`15:00`), an hour (`03`, made afternoon by a
/// `PM` capture) or the literal `noon` or `midnight`.
pub fn hour_minute_add(a: &Args, cx: &Context) -> Option<String> {
    offset_clock(a, cx, 1)
}

pub fn hour_minute_sub(a: &Args, cx: &Context) -> Option<String> {
    offset_clock(a, cx, -1)
}

/// `half past three`, `a quarter to 5`: with no a.m. or p.m., the hour is read on a message's
/// twelve-hour dial as a bare hour is (`meet at half three`).
fn offset_clock(a: &Args, cx: &Context, sign: i64) -> Option<String> {
    let base = a.value(0);
    let (h, m): (i64, i64) = match base {
        "noon" => (12, 0),
        "midnight" => (24, 0),
        _ => {
            let (h, m) = base.split_once(':').unwrap_or((base, "00"));
            (h.parse().ok()?, m.parse().ok()?)
        }
    };
    // A literal `pm` in the template (`seven thirty p m`) says p.m. as a capture would.
    let pm = Some(a.literal(2)).filter(|x| *x == "pm").map(|_| "PM");
    let h = match a.capture(2).or(pm) {
        Some("PM") if h < 12 => h + 12,
        Some("AM") if h == 12 => 0,
        Some(_) => h,
        None => {
            cx.dial.set(a.literal(2) == "ampm" && (1..12).contains(&h));
            h
        }
    };
    let minutes: i64 = a.value(1).parse().ok().filter(|m| (1..60).contains(m))?;
    let t = (h * 60 + m + sign * minutes).rem_euclid(24 * 60);
    Some(format!("{:02}:{:02}", t / 60, t % 60))
}

/// Month and day in the anchor's year, moved a year back (past tense, date well after the
/// anchor) or forward (future tense, date more than `gone` days before it).
fn year_by_tense(anchor: Date, m: u32, day: u32, tense: Tense, gone: i64) -> Option<Date> {
    if day > days_in_month(anchor.year, m).max(if m == 2 { 29 } else { 0 }) {
        return None;
    }
    let at = |y: i32| Date::new(y, m, day.min(days_in_month(y, m)));
    let this = at(anchor.year)?;
    let gap = this.to_days() - anchor.to_days();
    Some(match tense {
        Tense::Past if gap > 75 => at(anchor.year - 1)?,
        Tense::Future if gap < -gone => at(anchor.year + 1)?,
        Tense::Unknown if gap > 182 => at(anchor.year - 1)?,
        Tense::Unknown if gap < -182 => at(anchor.year + 1)?,
        _ => this,
    })
}

/// A holiday in year `y`, by its code in the rule files: fixed (`12-25`); a weekday counted in
/// its month (TG Thanksgiving, MLK Martin Luther King Day, PRES Presidents' Day, MD Memorial
/// Day, LD Labor Day, COL Columbus Day, MOM Mother's Day, DAD Father's Day, CATG Canada's
/// Thanksgiving, ED US Election Day); EA Easter and OEA the Orthodox Easter; BOSS Boss's Day
/// (October 16, or the nearest weekday); KING King's Day (April 27, the 26th on a Sunday);
/// CNY the Chinese New Year; MAKARA and MESHA the sun's entry into Capricorn and Aries of the
/// Indian zodiac; `L…` the Hindu lunisolar calendar; PARSI the Parsi (Shahenshahi) New Year; `H-…` Hebrew and `I-…` Islamic holidays (see `hebrew_code`,
/// `islamic_code`); any of these `+N` or `-N` days (`EA-2` Good Friday, `TG+1` Black Friday).
pub(super) fn holiday_in(spec: &str, y: i32) -> Option<Date> {
    if let Some((base, n)) = spec
        .rfind(['+', '-'])
        .filter(|&i| i > 0 && !spec[..i].bytes().all(|b| b.is_ascii_digit()))
        .and_then(|i| Some((&spec[..i], spec[i..].parse::<i64>().ok()?)))
    {
        return Some(holiday_in(base, y)?.add_days(n));
    }
    let nth_weekday = |m: u32, wd: u32, n: i64| nth_weekday(y, m, wd, n);
    if let Some(code) = spec.strip_prefix("H-") {
        return hebrew_code(code, y);
    }
    if let Some(code) = spec.strip_prefix("I-") {
        return islamic_code(code, y);
    }
    if let Some(code) = spec
        .strip_prefix('L')
        .filter(|c| c.starts_with(|c: char| c.is_ascii_digit()))
    {
        // `L<month>.<lunar day>.<hour>` of the Hindu calendar (`lunar::hindu`).
        let mut n = code.split('.').map(|x| x.parse::<u32>().ok());
        let (m, t, h) = (n.next()??, n.next()??, n.next()??);
        return lunar::hindu(y, m, t, h as f64);
    }
    match spec {
        "TG" => nth_weekday(11, 4, 4),
        "MLK" => nth_weekday(1, 1, 3),
        "PRES" => nth_weekday(2, 1, 3),
        "MD" => nth_weekday(5, 1, -1),
        "LD" => nth_weekday(9, 1, 1),
        "COL" | "CATG" => nth_weekday(10, 1, 2),
        "MOM" => nth_weekday(5, 7, 2),
        // Round 17: Remembrance Sunday (the second Sunday of November) and the UK's bank
        // holidays of May and August.
        "REM" => nth_weekday(11, 7, 2),
        "UKMAY" => nth_weekday(5, 1, 1),
        "UKSPR" => nth_weekday(5, 1, -1),
        "UKAUG" => nth_weekday(8, 1, -1),
        "DAD" => nth_weekday(6, 7, 3),
        "ED" => nth_weekday(11, 1, 1).map(|d| d.add_days(1)),
        "BOSS" => {
            let d = Date::new(y, 10, 16)?;
            Some(match d.weekday() {
                6 => d.add_days(-1),
                7 => d.add_days(1),
                _ => d,
            })
        }
        "KING" => {
            let d = Date::new(y, 4, 27)?;
            Some(if d.weekday() == 7 { d.add_days(-1) } else { d })
        }
        "CNY" => lunar::chinese_new_year(y),
        "MAKARA" => lunar::sankranti(y, lunar::MAKARA, true),
        "MESHA" => lunar::sankranti(y, lunar::MESHA, false),
        // The Shahenshahi year has 365 days and no leap day: a day earlier every four years.
        "PARSI" => Some(Date::new(2018, 8, 17)?.add_days(365 * (y as i64 - 2018))),
        "OEA" => lunar::orthodox_easter(y),
        "EA" => {
            // Anonymous Gregorian computus.
            let (a, b, c) = (y % 19, y / 100, y % 100);
            let (d, e) = (b / 4, b % 4);
            let g = (b - (b + 8) / 25 + 1) / 3;
            let h = (19 * a + b - d - g + 15) % 30;
            let (i, k) = (c / 4, c % 4);
            let l = (32 + 2 * e + 2 * i - h - k) % 7;
            let m = (a + 11 * h + 22 * l) / 451;
            let month = (h + l - 7 * m + 114) / 31;
            let day = (h + l - 7 * m + 114) % 31 + 1;
            Date::new(y, month as u32, day as u32)
        }
        _ => {
            let (m, d) = spec.split_once('-')?;
            Date::new(y, m.parse().ok()?, d.parse().ok()?)
        }
    }
}

/// Hebrew holidays by code, on their day (they begin at sundown the evening before): RH Rosh
/// Hashanah, YK Yom Kippur, SUK Sukkot, SA Shemini Atzeret, ST Simchat Torah, HAN Hanukkah, TUB
/// Tu BiShvat, PUR Purim, SPUR Shushan Purim, PES Passover, SHAV Shavuot, LAG Lag BaOmer, TAV
/// Tisha B'Av, YHS Yom HaShoah, YHA Yom HaAtzmaut.
fn hebrew_code(code: &str, y: i32) -> Option<Date> {
    use lunar::*;
    let (m, d) = match code {
        "RH" => (TISHREI, 1),
        "YK" => (TISHREI, 10),
        "SUK" => (TISHREI, 15),
        "SA" => (TISHREI, 22),
        "ST" => (TISHREI, 23),
        "HAN" => (KISLEV, 25),
        "TUB" => (SHEVAT, 15),
        "PUR" => (ADAR, 14),
        "SPUR" => (ADAR, 15),
        "PES" => (NISAN, 15),
        "SHAV" => (SIVAN, 6),
        "LAG" => (IYYAR, 18),
        "TAV" | "YHS" | "YHA" => return hebrew_observed(y, code),
        _ => return None,
    };
    hebrew(y, m, d)
}

/// Islamic holidays by code, by the arithmetic calendar: RAM the start of Ramadan, QADR Laylat
/// al-Qadr (27 Ramadan), WIDA the last Friday of Ramadan, EIDF Eid al-Fitr, EIDA Eid al-Adha,
/// NY the Islamic New Year, ASH Ashura, MAWLID the Prophet's birthday, ISRA Isra and Mi'raj.
fn islamic_code(code: &str, y: i32) -> Option<Date> {
    let (m, d) = match code {
        "RAM" => (9, 1),
        "QADR" => (9, 27),
        "EIDF" => (10, 1),
        "EIDA" => (12, 10),
        "NY" => (1, 1),
        "ASH" => (1, 10),
        "MAWLID" => (3, 12),
        "ISRA" => (7, 27),
        "WIDA" => {
            let eid = lunar::islamic(y, 10, 1)?;
            let back = (eid.weekday() as i64 - 5).rem_euclid(7);
            return Some(eid.add_days(-if back == 0 { 7 } else { back }));
        }
        _ => return None,
    };
    lunar::islamic(y, m, d)
}
