//! Round 21: a dotted clock time beside its day (all at Wednesday 2023-06-14, 10:00).

use super::*;

/// A dotted time right after a weekday, cut short or not, with or without `at` or `from`, is
/// that day's clock time, as its colon twin is.
#[test]
fn round_21_dotted_clock_after_a_weekday() {
    for (text, span, want) in [
        (
            "Raffle draw Sat 15.45 by the bar",
            "Sat 15.45",
            "2023-06-17T15:45",
        ),
        (
            "Book fair Thurs 11.30 in the library",
            "Thurs 11.30",
            "2023-06-15T11:30",
        ),
        (
            "Eye test Mon at 9.20, bring glasses",
            "Mon at 9.20",
            "2023-06-19T09:20",
        ),
        (
            "Coach leaves Friday from 6.15",
            "Friday from 6.15",
            "2023-06-16T18:15",
        ),
    ] {
        assert_eq!(value_of(text, span).as_deref(), Some(want), "{text}");
    }
}

/// Beside `tomorrow`, `tonight` or `sharp` it is a clock time too.
#[test]
fn round_21_dotted_clock_beside_a_relative_day() {
    for (text, span, want) in [
        (
            "Coffee tomorrow 10.45?",
            "tomorrow 10.45",
            "2023-06-15T10:45",
        ),
        (
            "Kitchen shuts 21.15 tonight",
            "21.15 tonight",
            "2023-06-14T21:15",
        ),
    ] {
        assert_eq!(value_of(text, span).as_deref(), Some(want), "{text}");
    }
    assert!(value_of("be at the gate 8.20 sharp", "8.20").is_some());
}

/// An amount after a day in a report stays a number, and a split time past 24 is no clock.
#[test]
fn round_21_amounts_and_race_times_stay_numbers() {
    for text in [
        "The shares closed Tuesday at 14.20 a share.",
        "The index ended Thursday 11.40 points up.",
        "Her 5k time was 24:50, a new best",
    ] {
        assert!(value_of(text, "14.20").is_none(), "{text}");
        assert!(value_of(text, "11.40").is_none(), "{text}");
        assert!(
            found(text, Some(REFERENCE))
                .iter()
                .all(|(s, _, _)| !s.contains("24:50")),
            "{text}"
        );
    }
}

/// A date in figures with its year that reads either way, in a text with no other cue of its
/// order, is read day first when only that reading lies within a week of the reference (a
/// receipt, a stamp); month first stays where it is near too, or where neither is.
#[test]
fn round_21_either_way_figures_near_the_reference_read_day_first() {
    for (text, span, want) in [
        (
            "Receipt 10/06/2023 paid in full",
            "10/06/2023",
            "2023-06-10",
        ),
        (
            "Last login 12/06/2023 08:15",
            "12/06/2023 08:15",
            "2023-06-12T08:15",
        ),
        ("Cake ready 6/12 at 4pm", "6/12 at 4pm", "2023-06-12T16:00"),
        ("Policy renewed 04/05/2021", "04/05/2021", "2021-04-05"),
        // With no year, the nearer of the two days in either year's calendar.
        ("Paid on 10/06 by card", "10/06", "2023-06-10"),
        ("Sent on 6/10 by post", "6/10", "2023-06-10"),
    ] {
        assert_eq!(value_of(text, span).as_deref(), Some(want), "{text}");
    }
}
