//! Resolvers of periods: the anchor shifted by units, months, quarters, seasons, years, counts
//! back and ahead, the time the story is at, and durations.

use super::decimal::parse_f64;
use super::{shift, unknown, Args, Context, MAX_SHIFT};
use crate::dates::calendar::Date;
use crate::dates::item::values;
use crate::dates::tense::Tense;

/// `{ref:unit:n}`: the anchor moved by n units (`last week`, `this year`).
pub fn shifted(a: &Args, cx: &Context) -> Option<String> {
    let n = a.signed(1)?;
    Some(match cx.anchor {
        Some(d) => shift(d, a.value(0), n)?,
        None => unknown(a.value(0)).to_string(),
    })
}

/// `{after:unit:n}`: `the following year`: the unit of the date last named, moved by n; else
/// the anchor's.
pub fn after_story(a: &Args, cx: &Context) -> Option<String> {
    let unit = a.value(0);
    let n = a.signed(1)?;
    let named = cx.story.and_then(|v| {
        let day = |v: &str| Date::parse_iso(v.get(..10)?);
        match unit {
            "Y" => Date::new(v.get(..4)?.parse().ok()?, 1, 1),
            // Round 24: a week named (`That week, … the following month`) is the month of its
            // Thursday.
            "M" => match v
                .get(..8)
                .and_then(values::week)
                .and_then(|(y, w)| Date::in_iso_week(y, w, 4))
            {
                Some(d) => Date::new(d.year, d.month, 1),
                None => Date::new(v.get(..4)?.parse().ok()?, v.get(5..7)?.parse().ok()?, 1)
                    .filter(|_| v.as_bytes().get(4) == Some(&b'-')),
            },
            // `the third quarter … from the previous quarter`: the quarter named, else its day's.
            "Q" => match values::quarter(v) {
                Some((y, q)) => Date::new(y, (q - 1) * 3 + 1, 1),
                None => day(v),
            },
            _ => day(v),
        }
    });
    Some(match named.or(cx.anchor) {
        Some(d) => shift(d, unit, n)?,
        None => unknown(unit).to_string(),
    })
}

/// The year and, if it says one, the month of the date the story last named.
fn story_month(cx: &Context) -> Option<(i32, Option<u32>)> {
    let v = cx.story?;
    let y = v.get(..4)?.parse().ok()?;
    let m = v
        .get(5..7)
        .filter(|_| v.as_bytes().get(4) == Some(&b'-'))
        .and_then(|m| m.parse().ok());
    Some((y, m))
}

/// The year of the first period of order `o` after (`dir` 1) or before (-1) the story's year
/// `y` and order `at` (unknown: the year next or before).
fn year_around_story(y: i32, at: Option<u32>, o: u32, dir: i64) -> i32 {
    match (dir, at) {
        (1, Some(at)) if o > at => y,
        (1, _) => y + 1,
        (-1, Some(at)) if o < at => y,
        (-1, _) => y - 1,
        _ => y,
    }
}

/// `{monafter:dir:month}`: `the following January`, `the previous March`: the first such month
/// after (before) the date the story last named; with none, as `next January`.
pub fn month_after_story(a: &Args, cx: &Context) -> Option<String> {
    let dir = a.signed(0)?;
    let m: u32 = a.value(1).parse().ok()?;
    let Some((y, at)) = story_month(cx) else {
        return month_relative(a, cx);
    };
    Some(format!("{:04}-{m:02}", year_around_story(y, at, m, dir)))
}

/// `{seasonafter:dir:season}`: `the following spring`, as [`month_after_story`].
pub fn season_after_story(a: &Args, cx: &Context) -> Option<String> {
    let dir = a.signed(0)?;
    let s = a.value(1);
    let Some((y, at)) = story_month(cx) else {
        return season_relative(a, cx);
    };
    let at = at.map(season_order_of_month);
    Some(format!(
        "{:04}-{s}",
        year_around_story(y, at, season_order(s)?, dir)
    ))
}

/// `{last:unit}`: `that year`, `the same day`: the date last named, cut to the unit.
pub fn last_named(a: &Args, cx: &Context) -> Option<String> {
    let unit = a.literal(0);
    let want = match unit {
        "Y" => 4,
        "M" => 7,
        "D" => 10,
        "Q" => 7,
        _ => return None,
    };
    let fits = |v: &&str| {
        v.len() >= want
            && v.as_bytes()[..4].iter().all(u8::is_ascii_digit)
            && (unit != "Q" || v.get(4..6) == Some("-Q"))
            && (unit != "D" || v.get(..10).and_then(Date::parse_iso).is_some())
    };
    // `the same day`: the latest day the story named, written out or not (`on 12 November.
    // On the same day`); a year or month: the latest written out, as a bare month's year is
    // only the anchor's guess (`retired in June the same year` after `in 1974`).
    let story = cx.story.filter(|_| unit == "D");
    let v = story.filter(fits).or(cx.last.filter(fits));
    Some(match (v, cx.anchor) {
        (Some(v), _) => v[..want].to_string(),
        (None, Some(d)) => shift(d, unit, 0)?,
        (None, None) => unknown(unit).to_string(),
    })
}

/// `{mon:month}`: a bare month, this year's or the nearest one in the tense's direction.
pub fn month(a: &Args, cx: &Context) -> Option<String> {
    let m: i32 = a.value(0).parse().ok()?;
    Some(match cx.anchor {
        Some(d) => {
            let am = d.month as i32;
            // The month before or after the anchor's is this year whatever the tense.
            let y = match cx.tense {
                // In a note (`beginning of January` in February), the month gone is next year's.
                Tense::Future if cx.ahead && m < am => d.year + 1,
                Tense::Future if am - m >= 2 => d.year + 1,
                Tense::Past if m - am >= 2 => d.year - 1,
                // No tense: the nearest such month, leaning to the past as news does
                // (from seven months back to five months ahead).
                Tense::Unknown if m - am >= 6 => d.year - 1,
                Tense::Unknown if am - m >= 8 => d.year + 1,
                _ => d.year,
            };
            format!("{y:04}-{m:02}")
        }
        None => format!("XXXX-{m:02}"),
    })
}

/// `{monrel:dir:month}`: `last May`, `next March`, `March after next` (dir `+2`).
pub fn month_relative(a: &Args, cx: &Context) -> Option<String> {
    let dir = a.signed(0)?;
    let m: i32 = a.value(1).parse().ok()?;
    Some(match cx.anchor {
        Some(d) => {
            let am = d.month as i32;
            // `last May` is the latest May before this month and the last one; in March,
            // `last February` is a year back (last month would be `last month`).
            let y = match dir {
                -1 if m >= am - 1 => d.year - 1,
                1 if m <= am + 1 => d.year + 1,
                // `March after next`: a year after `next March`.
                2 if m <= am + 1 => d.year + 2,
                2 => d.year + 1,
                _ => d.year,
            };
            format!("{y:04}-{m:02}")
        }
        None => format!("XXXX-{m:02}"),
    })
}

/// `{qtr:n}`, `{qtr:latest}`, `{qtr:ended}`: a quarter of the anchor's year (the year before
/// when it is still ahead and the sentence is not about the future), or the quarter in
/// discourse.
pub fn quarter(a: &Args, cx: &Context) -> Option<String> {
    let Some(d) = cx.anchor else {
        return Some(match a.value(0).parse::<u32>() {
            Ok(q) => format!("XXXX-Q{q}"),
            Err(_) => "XXXX-QX".into(),
        });
    };
    let which = a.literal(0);
    if which == "latest" || which == "ended" {
        // The quarter the article is about, else the one most recently ended; `the
        // latest quarter` is one that has ended (not a quarter forecast for later).
        let ended = |&(y, q): &(i32, u32)| which == "latest" || (y, q) < (d.year, d.quarter());
        if let Some((y, q)) = cx.quarter.filter(ended) {
            return Some(format!("{y:04}-Q{q}"));
        }
        let (y, q) = d.latest_reported_quarter();
        return Some(format!("{y:04}-Q{q}"));
    }
    let q: u32 = a.value(0).parse().ok().filter(|q| (1..=4).contains(q))?;
    let aq = d.quarter();
    let y = if q > aq && cx.tense != Tense::Future {
        d.year - 1
    } else {
        d.year
    };
    Some(format!("{y:04}-Q{q}"))
}

/// `{yago:n}`: `the year-ago quarter`: the quarter in discourse n years back, else the year.
pub fn year_ago(a: &Args, cx: &Context) -> Option<String> {
    let n: i64 = a.value(0).parse().ok()?;
    Some(match (cx.quarter, cx.anchor) {
        (Some((y, q)), _) => format!("{:04}-Q{q}", y as i64 - n),
        (None, Some(d)) => format!("{:04}", d.year as i64 - n),
        (None, None) => "XXXX".into(),
    })
}

/// `{inquarter:year}`: `the 1988 quarter`: the quarter in discourse, in that year.
pub fn in_quarter(a: &Args, cx: &Context) -> Option<String> {
    let y = a.value(0);
    Some(match cx.quarter {
        Some((_, q)) => format!("{y}-Q{q}"),
        None => y.to_string(),
    })
}

/// `{season:season}`: this year's season, or the nearest one in the tense's direction.
pub fn season(a: &Args, cx: &Context) -> Option<String> {
    let s = a.value(0);
    Some(match cx.anchor {
        Some(d) => {
            let (o, ao) = (season_order(s)?, season_order_of_month(d.month));
            let y = match cx.tense {
                Tense::Past if o > ao => d.year - 1,
                Tense::Future if o < ao => d.year + 1,
                _ => d.year,
            };
            format!("{y:04}-{s}")
        }
        None => format!("XXXX-{s}"),
    })
}

/// `{seasonrel:dir:season}`: `last summer`, `next spring`.
pub fn season_relative(a: &Args, cx: &Context) -> Option<String> {
    let dir = a.signed(0)?;
    let s = a.value(1);
    Some(match cx.anchor {
        Some(d) => {
            let (o, ao) = (season_order(s)?, season_order_of_month(d.month));
            let y = match dir {
                -1 if o >= ao => d.year - 1,
                1 if o <= ao => d.year + 1,
                _ => d.year,
            };
            format!("{y:04}-{s}")
        }
        None => format!("XXXX-{s}"),
    })
}

/// `{seasonshift:dir}`: `last season`: the season before the reference date's (winter is the
/// year of its January and February; December's is the next year's).
pub fn season_shift(a: &Args, cx: &Context) -> Option<String> {
    let dir = a.signed(0)?;
    let Some(d) = cx.anchor else {
        return Some("XXXX-XX".into());
    };
    let (y, s) = match d.month {
        12 => (d.year as i64 + 1, 0),
        m => (d.year as i64, (m as i64 / 3) % 4),
    };
    let idx = y * 4 + s + dir;
    let code = ["WI", "SP", "SU", "FA"][idx.rem_euclid(4) as usize];
    Some(format!("{:04}-{code}", idx.div_euclid(4)))
}

/// `{century:ordinal}`: `the 19th century` → `18`.
pub fn century(a: &Args, _: &Context) -> Option<String> {
    let n: u32 = a.value(0).parse().ok().filter(|n| (1..=30).contains(n))?;
    Some(format!("{:02}", n - 1))
}

/// `{yearend}`: the end of the anchor's year.
pub fn year_end(_: &Args, cx: &Context) -> Option<String> {
    Some(match cx.anchor {
        // A year-end the sentence puts in the past (`since year-end`) is the last one gone.
        Some(d) if cx.tense == Tense::Past && (d.month, d.day) != (12, 31) => {
            format!("{:04}-12-31", d.year - 1)
        }
        Some(d) => format!("{:04}-12-31", d.year),
        None => "XXXX-12-31".into(),
    })
}

/// `{weekend}`, `{weekend:this}`.
pub fn weekend(a: &Args, cx: &Context) -> Option<String> {
    Some(match cx.anchor {
        Some(d) => {
            // `this weekend` looks ahead unless the sentence is past; `the weekend` looks back
            // unless it is future.
            let back = d.weekday() < 6
                && (cx.tense == Tense::Past || (a.len() == 0 && cx.tense != Tense::Future));
            shift(d, "WE", if back { -1 } else { 0 })?
        }
        None => "XXXX-WXX-WE".into(),
    })
}

/// `{ago:n:unit}`: `three years ago`; in a sentence about quarters, `a year earlier` is the
/// quarter in discourse a year back.
pub fn ago(a: &Args, cx: &Context) -> Option<String> {
    counted_from_anchor(a, cx, -1)
}

/// `{agotoday:n:unit}`: `two years ago today`, the anchor's own day that many units back (a
/// 29 February a year back is the 28th).
pub fn ago_today(a: &Args, cx: &Context) -> Option<String> {
    let d = cx.anchor?;
    let n = (parse_f64(a.value(0))? as i64).clamp(0, MAX_SHIFT);
    let months = match a.value(1) {
        "Y" => 12 * n,
        "M" => n,
        "W" => return Some(d.add_days(-7 * n).to_string()),
        "D" => return Some(d.add_days(-n).to_string()),
        _ => return None,
    };
    let (y, m) = crate::dates::calendar::add_months(d.year, d.month, -months);
    let day = d.day.min(crate::dates::calendar::days_in_month(y, m));
    Some(Date::new(y, m, day)?.to_string())
}

/// `{ahead:n:unit}`: `two weeks from now`.
pub fn ahead(a: &Args, cx: &Context) -> Option<String> {
    counted_from_anchor(a, cx, 1)
}

/// `{inunits:n:unit}`: `in two weeks`: a date ahead in a sentence about the future (or, against
/// a reference time, `in ten minutes`), else the length of time (`the first time in two years`).
pub fn in_units(a: &Args, cx: &Context) -> Option<String> {
    let clock_unit = matches!(a.value(1), "TH" | "TM" | "TS");
    if cx.tense == Tense::Future || (clock_unit && cx.time.is_some()) {
        counted_from_anchor(a, cx, 1)
    } else {
        duration(a.value(0), a.value(1))
    }
}

/// `{earlier:n:unit}`: `six months earlier` counts back from the day the paragraph last named
/// (`The plant closed on June 3, 2025. Six months earlier, …`), else from the anchor; in a
/// report of quarterly results `a year earlier` is still that quarter's (`ago`).
pub fn earlier(a: &Args, cx: &Context) -> Option<String> {
    let quarterly = a.value(1) == "Y" && cx.quarter.is_some();
    let from = cx.day.filter(|_| !quarterly).or(cx.anchor);
    counted_from(a, cx, from, -1)
}

fn counted_from_anchor(a: &Args, cx: &Context, sign: i64) -> Option<String> {
    counted_from(a, cx, cx.anchor, sign)
}

fn counted_from(a: &Args, cx: &Context, from: Option<Date>, sign: i64) -> Option<String> {
    let unit = a.value(1);
    let Some(n) = parse_f64(a.value(0)) else {
        return Some(if sign < 0 { "PAST_REF" } else { "FUTURE_REF" }.into());
    };
    let n = sign * (n as i64).clamp(0, MAX_SHIFT);
    Some(match from {
        Some(d) => match unit {
            "Y" if cx.quarter.is_some() => {
                let (y, q) = cx.quarter?;
                format!("{:04}-Q{q}", y as i64 + n)
            }
            "Y" => format!("{:04}", d.year as i64 + n),
            "DE" => format!("{:04}", d.year as i64 + 10 * n),
            "CE" => format!("{:04}", d.year as i64 + 100 * n),
            "Q" => shift(d, "Q", n)?,
            "M" => shift(d, "M", n)?,
            "W" if sign < 0 => shift(d, "W", n)?,
            "W" => d.add_days(7 * n).to_string(),
            "D" => d.add_days(n).to_string(),
            // With the reference's time of day: `two hours ago` is that time of day.
            "TH" | "TM" | "TS" if cx.time.is_some() => {
                let t = cx.time?;
                let per = match unit {
                    "TH" => 3600,
                    "TM" => 60,
                    _ => 1,
                };
                // A fraction counts here (`in 2.5 hours`), to the second.
                let shift = parse_f64(a.value(0))? * (sign * per) as f64;
                let limit = MAX_SHIFT as f64 * 86_400.0;
                let shift = shift.clamp(-limit, limit);
                let secs = d.to_days() * 86_400
                    + t.minutes() * 60
                    + t.second.unwrap_or(0) as i64
                    + shift.round() as i64;
                let day = Date::from_days(secs.div_euclid(86_400));
                let in_day = secs.rem_euclid(86_400);
                let hm = format!("{day}T{:02}:{:02}", in_day / 3600, in_day % 3600 / 60);
                if unit == "TS" || (t.second.is_some() && in_day % 60 != 0) {
                    format!("{hm}:{:02}", in_day % 60)
                } else {
                    hm
                }
            }
            // `24 hours ago` is yesterday; `three hours ago` today.
            "TH" => d.add_days(n / 24).to_string(),
            _ => d.to_string(),
        },
        None => unknown(match unit {
            "DE" | "CE" => "Y",
            "TH" | "TM" | "TS" => "D",
            u => u,
        })
        .to_string(),
    })
}

/// `{dur:n:unit}`: a length of time.
pub fn duration_of(a: &Args, _: &Context) -> Option<String> {
    duration(a.value(0), a.value(1))
}

/// `P3Y`, `PT5H`, `PXY` (a vague count), `P20Y` for two decades.
pub fn duration(n: &str, unit: &str) -> Option<String> {
    let (mult, letter, time) = match unit {
        "Y" => (1.0, "Y", false),
        "M" => (1.0, "M", false),
        "W" => (1.0, "W", false),
        "D" => (1.0, "D", false),
        "Q" => (1.0, "Q", false),
        "DE" => (10.0, "Y", false),
        "CE" => (100.0, "Y", false),
        "TH" => (1.0, "H", true),
        "TM" => (1.0, "M", true),
        "TS" => (1.0, "S", true),
        _ => return None,
    };
    let t = if time { "T" } else { "" };
    if n == "X" {
        // TimeBank writes an unknown count of centuries PXC (of decades PXY).
        let letter = if unit == "CE" { "C" } else { letter };
        return Some(format!("P{t}X{letter}"));
    }
    let v = parse_f64(n)?;
    let v = v * mult;
    // A fraction goes into the next smaller unit: `2 1/2 years` is P2Y6M, `5 1/2 hours` PT5H30M.
    let smaller = match letter {
        _ if v.fract() == 0.0 => None,
        "Y" if !time => Some((12.0, "M", "")),
        "D" => Some((24.0, "H", "T")),
        "H" => Some((60.0, "M", "")),
        "M" if time => Some((60.0, "S", "")),
        _ => None,
    };
    if let Some((per, small, sep)) = smaller.filter(|(per, ..)| (v.fract() * per).fract() == 0.0) {
        let whole = v.trunc() as i64;
        let part = (v.fract() * per) as i64;
        let lead = if whole > 0 {
            format!("{whole}{letter}")
        } else {
            String::new()
        };
        return Some(format!("P{t}{lead}{sep}{part}{small}"));
    }
    let num = if v.fract() == 0.0 {
        format!("{}", v as i64)
    } else {
        super::display_f64(v)
    };
    Some(format!("P{t}{num}{letter}"))
}

fn season_order(s: &str) -> Option<u32> {
    Some(match s {
        "WI" => 0,
        "SP" => 1,
        "SU" => 2,
        "FA" => 3,
        _ => return None,
    })
}

fn season_order_of_month(m: u32) -> u32 {
    match m {
        3..=5 => 1,
        6..=8 => 2,
        9..=11 => 3,
        _ => {
            if m == 12 {
                4
            } else {
                0
            }
        }
    }
}
