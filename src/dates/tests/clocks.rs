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
