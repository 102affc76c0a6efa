//! Value resolvers: the functions a rule's value template may call (`{md:month:day}`), each a
//! small function that turns its arguments into a piece of a TIMEX3 value against the anchor
//! date (the reference date, else the latest full date before the expression), the sentence's
//! tense and what the story named before.
//!
//! Why a table: the template names a function, and [`RESOLVERS`] maps that name (and its count
//! of arguments) to a `fn`, so adding a resolver is a row and a function, not an arm of one long
//! `match`. The resolvers are grouped by family: [`days`] (weekdays, month-days, holidays, clock
//! times) and [`periods`] (weeks, months, quarters, seasons, years, counts and durations). With
//! no anchor, the unknown digits are written `X` (`XXXX-06-18`, `XXXX-WXX-5`).

mod days;
mod decimal;
pub use days::{clock_ahead, twelve_hour};
pub(crate) use decimal::{display as display_f64, parse_f64};
mod lunar;
mod periods;

use super::calendar::{add_months, Date};
use super::reference::TimeOfDay;
use super::tense::Tense;

/// Counts beyond this (`a million years ago`) are clamped so that calendar arithmetic cannot
/// overflow; the value is then far outside any article's range anyway.
const MAX_SHIFT: i64 = 100_000;

/// What the story around an expression tells its resolvers.
pub struct Context<'c> {
    pub anchor: Option<Date>,
    /// The anchor's time of day, when the reference gives one (`in ten minutes`).
    pub time: Option<TimeOfDay>,
    pub tense: Tense,
    /// The text is a note (`August 27th - 29th`) or the expression stands alone: what is
    /// named lies strictly ahead, even the month or weekday just gone.
    pub ahead: bool,
    /// The match's captured values, in pattern order.
    pub caps: &'c [String],
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
    /// Set by `{hm}` when it reads an hour 1–11 with no a.m. or p.m. (`at 8`, `by 6:30`): on
    /// a twelve-hour dial, read once the day is known (`twelve_hour`).
    pub dial: std::cell::Cell<bool>,
}

impl<'c> Context<'c> {
    /// A context with nothing known but the captures.
    pub fn bare(caps: &'c [String]) -> Context<'c> {
        Context {
            anchor: None,
            time: None,
            tense: Tense::Unknown,
            ahead: false,
            caps,
            quarter: None,
            day: None,
            last: None,
            story: None,
            dial: Default::default(),
        }
    }
}

/// An argument as the template writes it, with the capture it names, if the pattern has one.
#[derive(Debug)]
pub struct Arg {
    pub written: String,
    pub capture: Option<usize>,
}

/// A resolver's arguments, read against the match's captures.
pub struct Args<'a> {
    args: &'a [Arg],
    caps: &'a [String],
}

impl<'a> Args<'a> {
    pub fn new(args: &'a [Arg], caps: &'a [String]) -> Args<'a> {
        Args { args, caps }
    }

    pub fn len(&self) -> usize {
        self.args.len()
    }

    /// Argument `i` as written: a literal such as a unit letter (`Y`) or a holiday (`12-25`).
    pub fn literal(&self, i: usize) -> &'a str {
        &self.args[i].written
    }

    /// The value of the capture argument `i` names, if the match has it.
    pub fn capture(&self, i: usize) -> Option<&'a str> {
        Some(self.caps.get(self.args[i].capture?)?)
    }

    /// Argument `i` read: a capture's value, or the literal itself.
    pub fn value(&self, i: usize) -> &'a str {
        self.capture(i).unwrap_or(self.literal(i))
    }

    /// A signed count: a literal `-1`, `+1`, or a capture such as `dir` (`-1`, `+1`, `0`).
    pub fn signed(&self, i: usize) -> Option<i64> {
        let s = self.literal(i);
        let (sign, v) = match (self.capture(i), s.as_bytes().first()?) {
            (Some(v), _) => (1, v),
            (None, b'-') => (-1, &s[1..]),
            (None, b'+') => (1, &s[1..]),
            (None, _) => (1, s),
        };
        let v = decimal::parse_f64(v.trim_start_matches('+'))?;
        Some(sign * (v as i64).clamp(-MAX_SHIFT, MAX_SHIFT))
    }
}

/// What a resolver's value is, as the steps after resolution need to know it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A value worked out from the anchor or the story.
    Relative,
    /// A weekday the text names (`Friday`): a clock time just before it is on that day.
    Weekday,
    /// A month and day the text names (`June 5`): a clock time just before it is on that day,
    /// and `and 6` after it is a second day of that month.
    MonthDay,
    /// A period counted from another (`two quarters ago`, `a year earlier`, `the 1988
    /// quarter`): a quarter in its value is no new quarter named.
    Derived,
    /// The day in discourse (the paragraph's, else the anchor's), the date of a clock time.
    Today,
}

/// One function a template may call.
pub struct Resolver {
    pub name: &'static str,
    pub arity: usize,
    pub kind: Kind,
    pub run: fn(&Args, &Context) -> Option<String>,
}

impl std::fmt::Debug for Resolver {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{{{}/{} {:?}}}", self.name, self.arity, self.kind)
    }
}

const fn row(
    name: &'static str,
    arity: usize,
    kind: Kind,
    run: fn(&Args, &Context) -> Option<String>,
) -> Resolver {
    Resolver {
        name,
        arity,
        kind,
        run,
    }
}

use Kind::*;

/// Every function a template may call, by name and count of arguments.
pub const RESOLVERS: &[Resolver] = &[
    // Days: weekdays, month-days, holidays, the day in discourse, clock times.
    row("wd", 1, Weekday, days::weekday),
    row("wdrel", 2, Relative, days::weekday_relative),
    row("wdafter", 2, Relative, days::weekday_after),
    row("wdcount", 3, Relative, days::weekday_count),
    row("md", 2, MonthDay, days::month_day),
    row("md", 1, MonthDay, days::month_day),
    row("mdwd", 2, MonthDay, days::month_day_weekday),
    row("cardexp", 1, Derived, days::card_expiry),
    row("dom", 1, Relative, days::day_of_month),
    row("nthwd", 4, Relative, days::nth_weekday_of_month),
    row("nthwdrel", 3, Relative, days::nth_weekday_of_relative_month),
    row("monthend", 2, Relative, days::month_end),
    row("monthend", 3, Relative, days::month_end),
    row("weekof", 2, Relative, days::week_of),
    row("holiday", 1, Relative, days::holiday),
    row("holiday", 4, Relative, days::holiday),
    row("holiday", 6, Relative, days::holiday),
    row("holidayweek", 1, Relative, days::holiday_week),
    row("today", 0, Today, days::today),
    row("hm", 2, Relative, days::hour_minute),
    row("hmadd", 3, Relative, days::hour_minute_add),
    row("hmsub", 3, Relative, days::hour_minute_sub),
    // Periods: shifts of the anchor, months, quarters, seasons, years, counts.
    row("ref", 2, Relative, periods::shifted),
    row("after", 2, Relative, periods::after_story),
    row("last", 1, Relative, periods::last_named),
    row("monafter", 2, Relative, periods::month_after_story),
    row("seasonafter", 2, Relative, periods::season_after_story),
    row("mon", 1, Relative, periods::month),
    row("monrel", 2, Relative, periods::month_relative),
    row("qtr", 1, Relative, periods::quarter),
    row("yago", 1, Derived, periods::year_ago),
    row("inquarter", 1, Derived, periods::in_quarter),
    row("season", 1, Relative, periods::season),
    row("seasonrel", 2, Relative, periods::season_relative),
    row("seasonshift", 1, Relative, periods::season_shift),
    row("century", 1, Relative, periods::century),
    row("yearend", 0, Relative, periods::year_end),
    row("weekend", 0, Relative, periods::weekend),
    row("weekend", 1, Relative, periods::weekend),
    row("ago", 2, Derived, periods::ago),
    row("agotoday", 2, Derived, periods::ago_today),
    row("earlier", 2, Derived, periods::earlier),
    row("ahead", 2, Relative, periods::ahead),
    row("inunits", 2, Derived, periods::in_units),
    row("dur", 2, Relative, periods::duration_of),
];

/// The resolver a template names with this many arguments.
pub fn find(name: &str, arity: usize) -> Option<&'static Resolver> {
    RESOLVERS
        .iter()
        .find(|r| r.name == name && r.arity == arity)
}

/// The value of a unit whose digits the anchor would give: `XXXX-XX-XX` for a day.
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
            let (y, m) = add_months(d.year, d.month, n);
            format!("{y:04}-{m:02}")
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_put_fractions_in_smaller_units() {
        assert_eq!(periods::duration("2.5", "Y").unwrap(), "P2Y6M");
        assert_eq!(periods::duration("5.5", "TH").unwrap(), "PT5H30M");
        assert_eq!(periods::duration("1.5", "D").unwrap(), "P1DT12H");
        assert_eq!(periods::duration("0.5", "Y").unwrap(), "P6M");
        assert_eq!(periods::duration("1.5", "W").unwrap(), "P1.5W");
    }

    #[test]
    fn holidays() {
        assert_eq!(
            days::holiday_in("EA", 2023).unwrap().to_string(),
            "2023-04-09"
        );
        assert_eq!(
            days::holiday_in("EA", 2000).unwrap().to_string(),
            "2000-04-23"
        );
        assert_eq!(
            days::holiday_in("TG", 1999).unwrap().to_string(),
            "1999-11-25"
        );
        assert_eq!(
            days::holiday_in("ED", 1998).unwrap().to_string(),
            "1998-11-03"
        );
        assert_eq!(
            days::holiday_in("MD", 2023).unwrap().to_string(),
            "2023-05-29"
        );
        for (spec, y, want) in [
            ("MLK", 2014, "2014-01-20"),
            ("PRES", 2023, "2023-02-20"),
            ("MOM", 2023, "2023-05-14"),
            ("DAD", 2023, "2023-06-18"),
            ("TG+1", 2017, "2017-11-24"),
            ("EA-2", 2023, "2023-04-07"),
            ("EA+49", 2013, "2013-05-19"),
            ("OEA-48", 2018, "2018-02-19"),
            ("BOSS", 2016, "2016-10-17"),
            ("BOSS", 2021, "2021-10-15"),
            ("KING", 2014, "2014-04-26"),
            ("CNY", 2018, "2018-02-16"),
            ("H-YK", 2018, "2018-09-19"),
            ("H-TAV", 2018, "2018-07-22"),
            ("I-EIDA", 2018, "2018-08-21"),
            ("I-WIDA", 2018, "2018-06-08"),
            ("12-25", 2023, "2023-12-25"),
        ] {
            assert_eq!(
                days::holiday_in(spec, y).map(|d| d.to_string()).as_deref(),
                Some(want),
                "{spec} {y}"
            );
        }
    }
}
