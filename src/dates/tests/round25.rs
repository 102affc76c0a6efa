//! Round 25: everyday dates by a twelfth author (all at Wednesday 2023-06-14, 10:00).

use super::*;

/// A dotted or four-figure clock after a word that announces a start or a departure, or
/// naming a train by its time and where it goes, is a clock time; a range of rates is not.
#[test]
fn round_25_clock_after_a_start_or_departure_word() {
    for (text, part, want) in [
        ("Under 10s KO 11.15 at the rec", "11.15", "2023-06-14T11:15"),
        ("kick-off 20.00 at the ground", "20.00", "2023-06-14T20:00"),
        (
            "the 16.40 to York is running late",
            "16.40",
            "2023-06-14T16:40",
        ),
        (
            "Coach departs 2215 from the depot",
            "2215",
            "2023-06-14T22:15",
        ),
        ("arriving 0630 at the port", "0630", "2023-06-15T06:30"),
    ] {
        assert_eq!(value_over(text, part).as_deref(), Some(want), "{text}");
    }
    assert_eq!(
        value_over("the 1.30 to 1.45 range held all week", "1."),
        None
    );
}

/// A choir's, a rehearsal's or a fireworks display's bare twelve-hour time is in the evening.
#[test]
fn round_25_evening_activities_take_evening_hours() {
    for (text, part, want) in [
        (
            "Choir rehearsal Thurs 7.30 in the vestry",
            "7.30",
            "2023-06-15T19:30",
        ),
        (
            "Fireworks Sat 8.45 on the green",
            "8.45",
            "2023-06-17T20:45",
        ),
    ] {
        assert_eq!(value_over(text, part).as_deref(), Some(want), "{text}");
    }
}

/// New Year's Eve cut short or in Scots, St Stephen's Day, and Canada's Victoria Day (the
/// Monday before 25 May).
#[test]
fn round_25_holidays_with_no_rule_before() {
    for (text, part, want) in [
        ("NYE drinks at ours?", "NYE", "2023-12-31"),
        ("See you at Hogmanay!", "Hogmanay", "2023-12-31"),
        (
            "St Stephen's Day walk, meet at the pier",
            "Stephen",
            "2023-12-26",
        ),
        (
            "Victoria Day fireworks by the lake",
            "Victoria",
            "2024-05-20",
        ),
    ] {
        assert_eq!(value_over(text, part).as_deref(), Some(want), "{text}");
    }
}

/// `NYE` wants its capitals: the surname `Nye`, capitalized only, names no day (a person, a
/// county); so do the other words a table writes in capitals (`EOM`, not the word `Boy`).
#[test]
fn round_25_a_name_is_no_holiday_written_in_capitals() {
    for text in [
        "Nye said the vote would fail.",
        "A professor, Joseph Nye, wrote the report.",
        "Residents of Nye County queued for hours.",
        "Cob and Boy were the names of the two ponies.",
    ] {
        assert_eq!(spans_and_values(text, "2023-06-14T10:00"), vec![], "{text}");
    }
    assert_eq!(
        value_over("Figures due by EOM please", "EOM").as_deref(),
        Some("2023-06")
    );
}

/// A feeling about a day, a service announced as reduced and help needed on a weekday look
/// ahead; a state told with `were` stays done.
#[test]
fn round_25_words_that_are_no_past() {
    for (text, part, want) in [
        ("so excited for Saturday!!", "Saturday", "2023-06-17"),
        ("Trams reduced Sunday due to works", "Sunday", "2023-06-18"),
        ("Cover needed Friday, any takers?", "Friday", "2023-06-16"),
        ("Tickets were reduced on Monday.", "Monday", "2023-06-12"),
    ] {
        assert_eq!(value_over(text, part).as_deref(), Some(want), "{text}");
    }
}

/// `Mon 10 - Fri 14 July`: a weekday and a day up to 12 before a second end that opens with
/// its weekday is that range's first day, not ten o'clock.
#[test]
fn round_25_range_whose_first_day_reads_as_an_hour() {
    assert_eq!(
        value_over("Survey Mon 10 - Fri 14 July", "Mon").as_deref(),
        Some("2023-07-10")
    );
    assert_eq!(
        value_over("Office shut Tue 3 - Thu 5 Oct", "Tue").as_deref(),
        Some("2023-10-03")
    );
}
