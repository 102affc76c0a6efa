//! Compositions read from sentences of our own.

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
