//! Round 24: the values of news dates by a new author (all at Wednesday 2023-06-14).

use super::*;

fn has(text: &str, span: &str, want: &str) {
    let got = spans_and_values(text, "2023-06-14");
    assert!(
        got.iter().any(|(s, v)| s == span && v == want),
        "{text}: {got:?}"
    );
}

/// The plural present of a scheduled event points ahead, as the singular does (`meets`,
/// `ends`): the weekday is the one to come. A cue before it still wins, and the noun
/// (`the head of`) and the infinitive (`to meet orders`) say nothing.
#[test]
fn round_24_plural_present_points_ahead() {
    for (text, span, want) in [
        (
            "The two leaders meet Monday in Rome.",
            "Monday",
            "2023-06-19",
        ),
        (
            "The regional finals end Sunday after nine days of play.",
            "Sunday",
            "2023-06-18",
        ),
        (
            "Delegates head home Friday, aides said.",
            "Friday",
            "2023-06-16",
        ),
        ("The two sides did not meet Monday.", "Monday", "2023-06-12"),
        (
            "On Tuesday, the head of the port authority resigned.",
            "Tuesday",
            "2023-06-13",
        ),
        (
            "The plant struggled to meet orders on Monday.",
            "Monday",
            "2023-06-12",
        ),
    ] {
        has(text, span, want);
    }
}

/// `that week` is the week of the day the story last named, and the month after a week
/// named is counted from that week's month.
#[test]
fn round_24_that_week_and_the_month_after_it() {
    let text = "Inspectors found the leak on March 6. That week, crews shut two wells, \
                and the following month the state ordered a review.";
    has(text, "That week", "2023-W10");
    has(text, "the following month", "2023-04");
    has(
        "The vote was held on May 2. Later that week, the mayor resigned.",
        "Later that week",
        "2023-W18",
    );
}

/// In a note or a message, a scheduled present says no more than the message: what is ahead,
/// even a date just gone this year is next year's (`meet 3/2` in June is February next year),
/// as with no verb at all; in news the present keeps to the year.
#[test]
fn round_24_a_scheduled_present_in_a_message_is_ahead() {
    for (text, span, want) in [
        ("team meet 4/1 at 10am", "4/1 at 10am", "2024-04-01T10:00"),
        ("Staff meet 5/3 at 9am", "5/3 at 9am", "2024-05-03T09:00"),
    ] {
        has(text, span, want);
    }
}
