//! Clock times composed with other words, and arithmetic on a time (round 15): parts of an
//! hour counted from the reference time, minutes counted from a clock time, a part of the day
//! or `in the PM` fixing the dial, and clock forms (`19h` after a date, `a m` spelled, `mid
//! day`, four figures after `at`).

use super::*;

/// Round 15 (at 2023-06-14 09:30): the rest of an hour, a glued `h`, `and a half` in figures
/// and `more` resolve to a clock time against the reference's time of day.
#[test]
fn round_15_parts_of_an_hour_from_now() {
    let all = |text: &str| spans_and_values(text, "2023-06-14T09:30");
    for (text, want) in [
        ("The taxi comes in 1/2 hour.", "2023-06-14T10:00"),
        ("Soup's ready in 3/4h!", "2023-06-14T10:15"),
        ("We dock in three-quarters of an hour.", "2023-06-14T10:15"),
        ("Kickoff in about half an hour.", "2023-06-14T10:00"),
        ("Back online in a half hour.", "2023-06-14T10:00"),
        (
            "The parade starts in 2 and a half hours.",
            "2023-06-14T12:00",
        ),
        ("Her flight boards in 1h.", "2023-06-14T10:30"),
        ("The vote opens in 5 more minutes.", "2023-06-14T09:35"),
        ("Brunch in an hour and a half?", "2023-06-14T11:00"),
    ] {
        assert_eq!(
            all(text).first().map(|s| s.1.as_str()),
            Some(want),
            "{text}"
        );
    }
    // Without the time of day they stay lengths of time, as before.
    let dated = spans_and_values("The taxi comes in 1/2 hour.", "2023-06-14");
    assert_eq!(dated.first().map(|s| s.1.as_str()), Some("PT30M"));
    for text in [
        "They scored in 2 more rounds.",
        "Mix in 1/2 cup of flour.",
        "He kept 3/4 of the votes.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:?}", all(text));
    }
}

/// Round 15: minutes counted from a clock time (`from`, `past` a 24-hour `15h`).
#[test]
fn round_15_minutes_from_a_clock_time() {
    let all = |text: &str| spans_and_values(text, "2023-06-14T09:30");
    for (text, want) in [
        ("Gates shut 10 minutes from 2pm.", "2023-06-14T14:10"),
        (
            "The relay hands over 20 minutes past 16h.",
            "2023-06-14T16:20",
        ),
    ] {
        assert_eq!(
            all(text).first().map(|s| s.1.as_str()),
            Some(want),
            "{text}"
        );
    }
}

/// Round 15: `tonight` reads an hour and its minutes on the afternoon's dial, as `tonight at 8`
/// already was, and `in the AM` / `in the PM` say which half of the day.
#[test]
fn round_15_a_part_of_the_day_fixes_the_dial() {
    let all = |text: &str| spans_and_values(text, "2023-06-14T09:30");
    for (text, want) in [
        ("Stream goes live tonight @ 4:15.", "2023-06-14T16:15"),
        ("The cat wakes us at 5 in the AM.", "2023-06-15T05:00"),
        ("The clinic shuts at 6 in the PM.", "2023-06-14T18:00"),
    ] {
        assert_eq!(
            all(text).first().map(|s| s.1.as_str()),
            Some(want),
            "{text}"
        );
    }
    let range = all("Office hours from 2 to 5 in the PM.");
    let values: Vec<&str> = range.iter().map(|s| s.1.as_str()).collect();
    assert_eq!(values, ["2023-06-14T14:00", "2023-06-14T17:00"]);
}

/// Round 15: `19h` after a written date, `a m`/`p m` spelled as speech is written down, `mid
/// day`, and four figures after `at` or `around` that cannot be a year or a count.
#[test]
fn round_15_clock_forms() {
    let all = |text: &str| spans_and_values(text, "2023-06-14T09:30");
    for (text, want) in [
        ("Final: Sat, Jun 17, 2023 21h", "2023-06-17T21:00"),
        ("Doors at eight forty five p m.", "2023-06-14T20:45"),
        ("Lunch is served at mid day.", "2023-06-14T12:00"),
        ("Pick me up at 1145.", "2023-06-14T11:45"),
        ("can you call me at 0930", "2023-06-14T09:30"),
        ("Be at the gate around 0715 tomorrow.", "2023-06-15T07:15"),
    ] {
        assert!(
            all(text).iter().any(|s| s.1 == want),
            "{text}: {:?}",
            all(text)
        );
    }
    for text in [
        "Ship it to 1145 Elm Street.",
        "Around 1145 fans stayed on.",
        "She is ranked at 1145 in the world.",
        "five seventy a m",
    ] {
        assert!(all(text).is_empty(), "{text}: {:?}", all(text));
    }
    // A year of the news stays a year.
    assert_eq!(
        all("Prices went back to where they were at 1999.")[0].1,
        "1999"
    );
}

/// Round 15: an ordinal weekday after a day counts on from it (the first is the next one), and
/// `in a pair of minutes` is `in a couple of minutes`.
#[test]
fn round_15_a_weekday_counted_after_a_day() {
    let all = |text: &str| spans_and_values(text, "2023-06-14T09:30");
    for (text, want) in [
        (
            "Term starts the second Monday after Easter 2024.",
            "2024-04-08",
        ),
        (
            "The fair opens the first Saturday after Christmas 2023.",
            "2023-12-30",
        ),
        ("Lights go out in a pair of minutes.", "2023-06-14T09:32"),
    ] {
        assert!(
            all(text).iter().any(|s| s.1 == want),
            "{text}: {:?}",
            all(text)
        );
    }
}
