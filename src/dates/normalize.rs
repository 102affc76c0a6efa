//! Turns a rule's value template into a TIMEX3 value, resolving relative parts against the
//! anchor date (the reference date, else the latest full date before the expression) and the
//! sentence's tense. The functions a template may call (`{name:arg:arg}`) are the match arms of
//! `call`; with no anchor, the unknown digits are written `X` (`XXXX-06-18`, `XXXX-WXX-5`).

use super::calendar::{days_in_month, Date};
use super::tense::Tense;

/// Counts beyond this (`a million years ago`) are clamped so that calendar arithmetic cannot
/// overflow; the value is then far outside any article's range anyway.
const MAX_SHIFT: i64 = 100_000;

pub struct Context<'c> {
    pub anchor: Option<Date>,
    pub tense: Tense,
    pub caps: &'c [(String, String)],
    /// The quarter last named in the article (`2023-Q1` → (2023, 1)) when the sentence talks of
    /// quarters or periods: then `a year earlier` means that quarter a year before.
    pub quarter: Option<(i32, u32)>,
    /// The day named earlier in the same paragraph (`On June 5, … at 10 p.m.`), for clock times.
    pub day: Option<Date>,
    /// The latest fully or partly specified date value before the expression (`2019`,
    /// `2019-05-03`), for `that year`, `the same day`.
    pub last: Option<&'c str>,
    /// The latest calendar value of any expression before this one, written out or resolved
    /// (`in March` → `2019-03`): where the story is, for `the following month`.
    pub story: Option<&'c str>,
}

impl Context<'_> {
    fn cap(&self, name: &str) -> Option<&str> {
        self.caps
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// A capture's value, or the argument itself as a literal.
    fn arg<'a>(&'a self, name: &'a str) -> &'a str {
        self.cap(name).unwrap_or(name)
    }
}

/// Evaluates `template`. None when a slot names an unknown function or a bad argument.
pub fn evaluate(template: &str, cx: &Context) -> Option<String> {
    let mut out = String::with_capacity(16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let close = rest[open..].find('}')? + open;
        let slot = &rest[open + 1..close];
        let mut parts = slot.split(':');
        let name = parts.next()?;
        let args: Vec<&str> = parts.collect();
        if args.is_empty() && !matches!(name, "weekend" | "today" | "yearend") {
            out.push_str(cx.cap(name)?);
        } else {
            out.push_str(&call(name, &args, cx)?);
        }
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    Some(out)
}

fn signed(s: &str, cx: &Context) -> Option<i64> {
    let (sign, body) = match s.as_bytes().first()? {
        b'-' => (-1, &s[1..]),
        b'+' => (1, &s[1..]),
        _ => (1, s),
    };
    let v = cx.arg(body);
    let v: f64 = v.trim_start_matches('+').parse().ok()?;
    Some(sign * (v as i64).clamp(-MAX_SHIFT, MAX_SHIFT))
}

fn call(name: &str, a: &[&str], cx: &Context) -> Option<String> {
    let anchor = cx.anchor;
    match (name, a.len()) {
        ("ref", 2) => {
            let n = signed(a[1], cx)?;
            Some(match anchor {
                Some(d) => shift(d, a[0], n)?,
                None => unknown(a[0]).to_string(),
            })
        }
        ("wd", 1) => {
            let wd: i64 = cx.arg(a[0]).parse().ok()?;
            Some(match anchor {
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
        ("wdrel", 2) | ("wdafter", 2) => {
            let dir = signed(a[0], cx)?;
            let wd: i64 = cx.arg(a[1]).parse().ok()?;
            // `the previous Friday` counts from the day the story is at, when one was named.
            let story_day = cx
                .story
                .and_then(|v| Date::parse_iso(v.get(..10)?))
                .filter(|_| name == "wdafter");
            Some(match story_day.or(anchor) {
                Some(d) => {
                    let aw = d.weekday() as i64;
                    let delta = match dir {
                        -1 => -((aw - wd - 1).rem_euclid(7) + 1),
                        1 => (wd - aw - 1).rem_euclid(7) + 1,
                        _ if cx.tense == Tense::Past => -(aw - wd).rem_euclid(7),
                        _ => (wd - aw).rem_euclid(7),
                    };
                    d.add_days(delta).to_string()
                }
                None => format!("XXXX-WXX-{wd}"),
            })
        }
        ("mon", 1) => {
            let m: i32 = cx.arg(a[0]).parse().ok()?;
            Some(match anchor {
                Some(d) => {
                    let am = d.month as i32;
                    // The month before or after the anchor's is this year whatever the tense.
                    let y = match cx.tense {
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
        ("monrel", 2) => {
            let dir = signed(a[0], cx)?;
            let m: i32 = cx.arg(a[1]).parse().ok()?;
            Some(match anchor {
                Some(d) => {
                    let am = d.month as i32;
                    // `last May` is the latest May before this month and the last one; in March,
                    // `last February` is a year back (last month would be `last month`).
                    let y = match dir {
                        -1 if m >= am - 1 => d.year - 1,
                        1 if m <= am + 1 => d.year + 1,
                        _ => d.year,
                    };
                    format!("{y:04}-{m:02}")
                }
                None => format!("XXXX-{m:02}"),
            })
        }
        ("md", 2) => {
            let m: u32 = cx.arg(a[0]).parse().ok()?;
            let day: u32 = cx.arg(a[1]).parse().ok()?;
            Some(match anchor {
                Some(d) => year_by_tense(d, m, day, cx.tense)?.to_string(),
                None => format!("XXXX-{m:02}-{day:02}"),
            })
        }
        ("weekof", 2) => {
            let m: u32 = cx.arg(a[0]).parse().ok()?;
            let day: u32 = cx.arg(a[1]).parse().ok()?;
            Some(
                match anchor.and_then(|d| year_by_tense(d, m, day, cx.tense)) {
                    Some(d) => {
                        let (y, w) = d.iso_week();
                        format!("{y:04}-W{w:02}")
                    }
                    None => "XXXX-WXX".into(),
                },
            )
        }
        ("holidayweek", 1) => {
            // `Easter week`: the ISO week of the holiday, this year's when it is near.
            let Some(d) = anchor else {
                return Some("XXXX-WXX".into());
            };
            let this = holiday(a[0], d.year)?;
            let near = (this.to_days() - d.to_days()).abs() <= 7;
            let day = if near {
                this
            } else {
                Date::parse_iso(&call("holiday", a, cx)?)?
            };
            let (y, w) = day.iso_week();
            Some(format!("{y:04}-W{w:02}"))
        }
        ("holiday", 1) => {
            let spec = a[0];
            let Some(d) = anchor else {
                return Some(if spec.len() == 5 {
                    format!("XXXX-{spec}")
                } else {
                    "XXXX-XX-XX".into()
                });
            };
            let on = |y: i32| holiday(spec, y);
            let this = on(d.year)?;
            let gap = this.to_days() - d.to_days();
            let y = match cx.tense {
                Tense::Past if this > d => d.year - 1,
                Tense::Future if this < d => d.year + 1,
                Tense::Unknown if gap > 182 => d.year - 1,
                Tense::Unknown if gap < -182 => d.year + 1,
                _ => d.year,
            };
            Some(on(y)?.to_string())
        }
        ("qtr", 1) => {
            let Some(d) = anchor else {
                return Some(match cx.arg(a[0]).parse::<u32>() {
                    Ok(q) => format!("XXXX-Q{q}"),
                    Err(_) => "XXXX-QX".into(),
                });
            };
            if a[0] == "latest" || a[0] == "ended" {
                // The quarter the article is about, else the one most recently ended; `the
                // latest quarter` is one that has ended (not a quarter forecast for later).
                let ended =
                    |&(y, q): &(i32, u32)| a[0] == "latest" || (y, q) < (d.year, d.quarter());
                if let Some((y, q)) = cx.quarter.filter(ended) {
                    return Some(format!("{y:04}-Q{q}"));
                }
                let (y, q) = d.latest_reported_quarter();
                return Some(format!("{y:04}-Q{q}"));
            }
            let q: u32 = cx.arg(a[0]).parse().ok().filter(|q| (1..=4).contains(q))?;
            let aq = d.quarter();
            let y = if q > aq && cx.tense != Tense::Future {
                d.year - 1
            } else {
                d.year
            };
            Some(format!("{y:04}-Q{q}"))
        }
        ("season", 1) => {
            let s = cx.arg(a[0]);
            Some(match anchor {
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
        ("seasonrel", 2) => {
            let dir = signed(a[0], cx)?;
            let s = cx.arg(a[1]);
            Some(match anchor {
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
        ("century", 1) => {
            let n: u32 = cx.arg(a[0]).parse().ok().filter(|n| (1..=30).contains(n))?;
            Some(format!("{:02}", n - 1))
        }
        ("dur", 2) => {
            let n = cx.arg(a[0]);
            let unit = cx.arg(a[1]);
            duration(n, unit)
        }
        ("ago", 2) | ("ahead", 2) => {
            let unit = cx.arg(a[1]);
            let n = cx.arg(a[0]);
            let Ok(n) = n.parse::<f64>() else {
                return Some(
                    if name == "ago" {
                        "PAST_REF"
                    } else {
                        "FUTURE_REF"
                    }
                    .into(),
                );
            };
            let n = (n as i64).clamp(0, MAX_SHIFT);
            let n = if name == "ago" { -n } else { n };
            Some(match anchor {
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
                    "W" if name == "ago" => shift(d, "W", n)?,
                    "W" => d.add_days(7 * n).to_string(),
                    "D" => d.add_days(n).to_string(),
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
        ("last", 1) => {
            let want = match a[0] {
                "Y" => 4,
                "M" => 7,
                "D" => 10,
                "Q" => 7,
                _ => return None,
            };
            let v = cx
                .last
                .filter(|v| v.len() >= want && (a[0] != "Q" || v.get(4..6) == Some("-Q")));
            Some(match (v, anchor) {
                (Some(v), _) => v[..want].to_string(),
                (None, Some(d)) => shift(d, a[0], 0)?,
                (None, None) => unknown(a[0]).to_string(),
            })
        }
        ("dom", 1) => {
            // `the 18th`: that day of the anchor's month; the month before when the day is
            // still ahead and the sentence is not about the future, the month after when it is
            // gone and the sentence is.
            let day: u32 = cx.arg(a[0]).parse().ok().filter(|d| (1..=31).contains(d))?;
            Some(match anchor {
                Some(d) => {
                    let months = match cx.tense {
                        Tense::Future if day < d.day => 1,
                        Tense::Future => 0,
                        _ if day > d.day => -1,
                        _ => 0,
                    };
                    let idx = d.year as i64 * 12 + d.month as i64 - 1 + months;
                    let (y, m) = (idx.div_euclid(12) as i32, idx.rem_euclid(12) as u32 + 1);
                    Date::new(y, m, day.min(days_in_month(y, m)))?.to_string()
                }
                None => format!("XXXX-XX-{day:02}"),
            })
        }
        ("yearend", 0) => Some(match anchor {
            // A year-end the sentence puts in the past (`since year-end`) is the last one gone.
            Some(d) if cx.tense == Tense::Past && (d.month, d.day) != (12, 31) => {
                format!("{:04}-12-31", d.year - 1)
            }
            Some(d) => format!("{:04}-12-31", d.year),
            None => "XXXX-12-31".into(),
        }),
        ("after", 2) => {
            // `the following year`: the unit of the date last named, moved by n; else the anchor's.
            let n = signed(a[1], cx)?;
            let named = cx.story.and_then(|v| {
                let day = |v: &str| Date::parse_iso(v.get(..10)?);
                match a[0] {
                    "Y" => Date::new(v.get(..4)?.parse().ok()?, 1, 1),
                    "M" => Date::new(v.get(..4)?.parse().ok()?, v.get(5..7)?.parse().ok()?, 1)
                        .filter(|_| v.as_bytes().get(4) == Some(&b'-')),
                    _ => day(v),
                }
            });
            Some(match named.or(anchor) {
                Some(d) => shift(d, a[0], n)?,
                None => unknown(a[0]).to_string(),
            })
        }
        ("today", 0) => Some(match cx.day.or(anchor) {
            Some(d) => d.to_string(),
            None => "XXXX-XX-XX".into(),
        }),
        ("yago", 1) => {
            let n: i64 = cx.arg(a[0]).parse().ok()?;
            Some(match (cx.quarter, anchor) {
                (Some((y, q)), _) => format!("{:04}-Q{q}", y as i64 - n),
                (None, Some(d)) => format!("{:04}", d.year as i64 - n),
                (None, None) => "XXXX".into(),
            })
        }
        ("inquarter", 1) => {
            let y = cx.arg(a[0]);
            Some(match cx.quarter {
                Some((_, q)) => format!("{y}-Q{q}"),
                None => y.to_string(),
            })
        }
        ("weekend", 0) | ("weekend", 1) => Some(match anchor {
            Some(d) => {
                // `this weekend` looks ahead unless the sentence is past; `the weekend` looks back
                // unless it is future.
                let back = d.weekday() < 6
                    && (cx.tense == Tense::Past || (a.is_empty() && cx.tense != Tense::Future));
                shift(d, "WE", if back { -1 } else { 0 })?
            }
            None => "XXXX-WXX-WE".into(),
        }),
        ("hm", 2) => {
            let v = cx.arg(a[0]);
            let (h, m) = v.split_once(':').unwrap_or((v, "00"));
            let mut h: u32 = h.parse().ok()?;
            match cx
                .cap(a[1])
                .or(Some(a[1]).filter(|x| *x == "pm").map(|_| "PM"))
            {
                Some("PM") if h < 12 => h += 12,
                Some("AM") if h == 12 => h = 0,
                _ => {}
            }
            Some(format!("{h:02}:{m}"))
        }
        _ => None,
    }
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
        return Some(format!("P{t}X{letter}"));
    }
    let v: f64 = n.parse().ok()?;
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
        format!("{v}")
    };
    Some(format!("P{t}{num}{letter}"))
}

fn unknown(unit: &str) -> &'static str {
    match unit {
        "D" => "XXXX-XX-XX",
        "W" => "XXXX-WXX",
        "M" => "XXXX-XX",
        "Q" => "XXXX-QX",
        "WE" => "XXXX-WXX-WE",
        "CE" => "XX",
        "DE" => "XXX",
        _ => "XXXX",
    }
}

/// The anchor moved by `n` units, written at that unit's granularity.
fn shift(d: Date, unit: &str, n: i64) -> Option<String> {
    Some(match unit {
        "D" => d.add_days(n).to_string(),
        "W" | "WE" => {
            let (y, w) = d.add_days(7 * n).iso_week();
            if unit == "WE" {
                format!("{y:04}-W{w:02}-WE")
            } else {
                format!("{y:04}-W{w:02}")
            }
        }
        "M" => {
            let idx = d.year as i64 * 12 + d.month as i64 - 1 + n;
            format!("{:04}-{:02}", idx.div_euclid(12), idx.rem_euclid(12) + 1)
        }
        "Q" => {
            let idx = d.year as i64 * 4 + (d.month as i64 - 1) / 3 + n;
            format!("{:04}-Q{}", idx.div_euclid(4), idx.rem_euclid(4) + 1)
        }
        "Y" => format!("{:04}", d.year as i64 + n),
        "DE" => format!("{:03}", d.year as i64 / 10 + n),
        "CE" => format!("{:02}", d.year as i64 / 100 + n),
        _ => return None,
    })
}

/// Month and day in the anchor's year, moved a year back (past tense, date well after the
/// anchor) or forward (future tense, date well before it).
fn year_by_tense(anchor: Date, m: u32, day: u32, tense: Tense) -> Option<Date> {
    if day > days_in_month(anchor.year, m).max(if m == 2 { 29 } else { 0 }) {
        return None;
    }
    let at = |y: i32| Date::new(y, m, day.min(days_in_month(y, m)));
    let this = at(anchor.year)?;
    let gap = this.to_days() - anchor.to_days();
    Some(match tense {
        Tense::Past if gap > 75 => at(anchor.year - 1)?,
        Tense::Future if gap < -75 => at(anchor.year + 1)?,
        Tense::Unknown if gap > 182 => at(anchor.year - 1)?,
        Tense::Unknown if gap < -182 => at(anchor.year + 1)?,
        _ => this,
    })
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

/// Fixed (`12-25`) or computed holidays: TG Thanksgiving, MD Memorial Day, LD Labor Day,
/// ED US Election Day, EA Easter Sunday.
fn holiday(spec: &str, y: i32) -> Option<Date> {
    let nth_weekday = |m: u32, wd: u32, n: u32| {
        let first = Date::new(y, m, 1)?;
        let off = (wd as i64 - first.weekday() as i64).rem_euclid(7);
        Some(first.add_days(off + 7 * (n as i64 - 1)))
    };
    match spec {
        "TG" => nth_weekday(11, 4, 4),
        "LD" => nth_weekday(9, 1, 1),
        "MD" => {
            let last = Date::new(y, 5, 31)?;
            Some(last.add_days(-((last.weekday() as i64 - 1).rem_euclid(7))))
        }
        "ED" => nth_weekday(11, 1, 1).map(|d| d.add_days(1)),
        "EA" => {
            // Anonymous Gregorian computus.
            let (a, b, c) = (y % 19, y / 100, y % 100);
            let (d, e) = (b / 4, b % 4);
            let (f, g) = ((b + 8) / 25, (b - (b + 8) / 25 + 1) / 3);
            let _ = f;
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

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(t: &str, caps: &[(&str, &str)], tense: Tense, anchor: Option<&str>) -> Option<String> {
        let caps: Vec<(String, String)> = caps
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        evaluate(
            t,
            &Context {
                anchor: anchor.and_then(Date::parse_iso),
                tense,
                caps: &caps,
                quarter: None,
                day: None,
                last: None,
                story: None,
            },
        )
    }

    #[test]
    fn relative_units_and_unknowns() {
        let r = Some("2023-06-14");
        assert_eq!(
            ev("{ref:W:-1}", &[], Tense::Unknown, r).unwrap(),
            "2023-W23"
        );
        assert_eq!(
            ev("{ref:M:dir}", &[("dir", "-1")], Tense::Unknown, r).unwrap(),
            "2023-05"
        );
        assert_eq!(ev("{ref:Q:-1}", &[], Tense::Unknown, r).unwrap(), "2023-Q1");
        assert_eq!(
            ev("{ref:D:-1}", &[], Tense::Unknown, None).unwrap(),
            "XXXX-XX-XX"
        );
        assert_eq!(
            ev(
                "{md:month:day}",
                &[("month", "06"), ("day", "18")],
                Tense::Unknown,
                None
            )
            .unwrap(),
            "XXXX-06-18"
        );
        assert_eq!(
            ev("{wd:weekday}", &[("weekday", "7")], Tense::Future, r).unwrap(),
            "2023-06-18"
        );
        assert_eq!(
            ev("{wd:weekday}", &[("weekday", "1")], Tense::Past, r).unwrap(),
            "2023-06-12"
        );
        assert_eq!(
            ev(
                "{dur:number:unit}",
                &[("number", "X"), ("unit", "Y")],
                Tense::Unknown,
                r
            )
            .unwrap(),
            "PXY"
        );
        assert_eq!(
            ev(
                "{dur:number:unit}",
                &[("number", "5"), ("unit", "TH")],
                Tense::Unknown,
                r
            )
            .unwrap(),
            "PT5H"
        );
        assert_eq!(ev("{nope:1}", &[], Tense::Unknown, r), None);
        assert_eq!(duration("2.5", "Y").unwrap(), "P2Y6M");
        assert_eq!(duration("5.5", "TH").unwrap(), "PT5H30M");
        assert_eq!(duration("1.5", "D").unwrap(), "P1DT12H");
        assert_eq!(duration("0.5", "Y").unwrap(), "P6M");
        assert_eq!(duration("1.5", "W").unwrap(), "P1.5W");
    }

    #[test]
    fn holidays() {
        assert_eq!(holiday("EA", 2023).unwrap().to_string(), "2023-04-09");
        assert_eq!(holiday("EA", 2000).unwrap().to_string(), "2000-04-23");
        assert_eq!(holiday("TG", 1999).unwrap().to_string(), "1999-11-25");
        assert_eq!(holiday("ED", 1998).unwrap().to_string(), "1998-11-03");
        assert_eq!(holiday("MD", 2023).unwrap().to_string(), "2023-05-29");
    }
}
