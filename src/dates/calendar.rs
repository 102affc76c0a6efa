//! Proleptic Gregorian calendar arithmetic: just what TIMEX3 normalization needs (day counts,
//! weekdays, ISO weeks), without a date-time crate in the wasm.

use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// The year and month `n` months after (before, if negative) `month` of `year`.
pub fn add_months(year: i32, month: u32, n: i64) -> (i32, u32) {
    let idx = year as i64 * 12 + month as i64 - 1 + n;
    (idx.div_euclid(12) as i32, idx.rem_euclid(12) as u32 + 1)
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// The quarter of the year (1–4) the date falls in.
    pub fn quarter(self) -> u32 {
        (self.month - 1) / 3 + 1
    }

    /// The quarter a results story of this date most likely reports: the one 75 days back, the
    /// most recently ended with its figures out.
    pub fn latest_reported_quarter(self) -> (i32, u32) {
        let back = self.add_days(-75);
        (back.year, back.quarter())
    }

    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        ((1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month)
            && (1..=9999).contains(&year))
        .then_some(Date { year, month, day })
    }

    /// Parses exactly `YYYY-MM-DD`.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| {
            s.get(r)
                .filter(|p| p.bytes().all(|c| c.is_ascii_digit()))?
                .parse()
                .ok()
        };
        Date::new(num(0..4)? as i32, num(5..7)?, num(8..10)?)
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    pub fn to_days(self) -> i64 {
        let y = self.year as i64 - (self.month <= 2) as i64;
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = self.month as i64;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }

    pub fn from_days(z: i64) -> Date {
        let z = z + 719468;
        let era = z.div_euclid(146097);
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + (month <= 2) as i64) as i32;
        Date { year, month, day }
    }

    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.to_days() + n)
    }

    /// ISO weekday: Monday = 1 … Sunday = 7.
    pub fn weekday(self) -> u32 {
        ((self.to_days() + 3).rem_euclid(7) + 1) as u32
    }

    /// The first day on or after this one that falls on `weekday` (Monday = 1).
    pub fn weekday_on_or_after(self, weekday: u32) -> Date {
        self.add_days((weekday as i64 - self.weekday() as i64).rem_euclid(7))
    }

    /// The last day on or before this one that falls on `weekday` (Monday = 1).
    pub fn weekday_on_or_before(self, weekday: u32) -> Date {
        self.add_days(-(self.weekday() as i64 - weekday as i64).rem_euclid(7))
    }

    /// Day `weekday` (Monday = 1) of ISO week `week` of year `year`: the inverse of
    /// [`Date::iso_week`].
    pub fn in_iso_week(year: i32, week: u32, weekday: u32) -> Option<Date> {
        let jan4 = Date::new(year, 1, 4)?;
        let monday1 = jan4.add_days(1 - jan4.weekday() as i64);
        Some(monday1.add_days(7 * (week as i64 - 1) + weekday as i64 - 1))
    }

    /// ISO 8601 week-numbering year and week.
    pub fn iso_week(self) -> (i32, u32) {
        let thursday = self.add_days(4 - self.weekday() as i64);
        let jan1 = Date {
            year: thursday.year,
            month: 1,
            day: 1,
        };
        (
            thursday.year,
            ((thursday.to_days() - jan1.to_days()) / 7 + 1) as u32,
        )
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_iso() {
        assert_eq!(
            Date::parse_iso("2023-06-14").unwrap().to_string(),
            "2023-06-14"
        );
        for bad in [
            "2023-02-30",
            "2023-6-14",
            "20230614",
            "２０２３-06-14",
            "abcd-ef-gh",
            "",
        ] {
            assert!(Date::parse_iso(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn weekdays_and_weeks() {
        let d = Date::parse_iso("2023-06-14").unwrap();
        assert_eq!(d.weekday(), 3);
        assert_eq!(d.iso_week(), (2023, 24));
        assert_eq!(
            Date::parse_iso("2021-01-01").unwrap().iso_week(),
            (2020, 53)
        );
        assert_eq!(d.add_days(4).to_string(), "2023-06-18");
        assert_eq!(Date::from_days(d.to_days()), d);
    }
}
