//! Round 26: everyday dates by a thirteenth author (all at Wednesday 2023-06-14, 10:00).

use super::*;

/// A dotted clock before `start`, after a booking's `for`, or after `at` and before `this` or
/// `next` and a day is a clock time; a price or a range of figures is not.
#[test]
fn round_26_dotted_clock_with_a_start_a_booking_or_a_day_after() {
    for (text, part, want) in [
        (
            "Bingo 7.15 start, cards on sale",
            "7.15",
            "2023-06-14T19:15",
        ),
        (
            "lunch table booked for 12.45 at Rosa's",
            "12.45",
            "2023-06-14T12:45",
        ),
        (
            "got a table reserved for 1.15 by the window",
            "1.15",
            "2023-06-14T13:15",
        ),
        ("netball at 4.30 this Friday", "4.30", "2023-06-16T16:30"),
        (
            "the dog groomer comes at 9.45 next Tuesday",
            "9.45",
            "2023-06-20T09:45",
        ),
    ] {
        assert_eq!(value_over(text, part).as_deref(), Some(want), "{text}");
    }
    for (text, part) in [
        ("Tickets 7.50 each, cash only", "7.50"),
        ("Paid 12.30 for the taxi", "12.30"),
        ("Shares fell to 2.30 this week", "2.30"),
    ] {
        assert_eq!(value_over(text, part), None, "{text}");
    }
}

/// A call for help before its weekday (`wanted`, `needed`, also with `for` or `on`) looks
/// ahead; with its subject before it, the verb keeps its past.
#[test]
fn round_26_a_call_for_help_looks_ahead() {
    for (text, part, want) in [
        (
            "Stewards wanted Friday for the gala, set up from 7am",
            "Friday",
            "2023-06-16",
        ),
        (
            "Drivers needed for Saturday, see Tom",
            "Saturday",
            "2023-06-17",
        ),
        (
            "Bakers wanted on Sunday for the fete",
            "Sunday",
            "2023-06-18",
        ),
    ] {
        assert_eq!(value_over(text, part).as_deref(), Some(want), "{text}");
    }
    assert_eq!(
        value_over("She wanted Monday off but her boss said no", "Monday").as_deref(),
        Some("2023-06-12")
    );
}

/// `to` two words before a past verb belongs to an infinitive (`Notice to quit served`), so
/// the verb keeps its past and the day is not put a year ahead.
#[test]
fn round_26_infinitive_before_a_past_verb() {
    for (text, part, want) in [
        ("Notice to quit served 2 June", "2 June", "2023-06-02"),
        (
            "Forms to sign returned 9 June, thanks",
            "9 June",
            "2023-06-09",
        ),
    ] {
        assert_eq!(value_over(text, part).as_deref(), Some(want), "{text}");
    }
    assert_eq!(
        value_over("Forms to be returned by 9 July", "9 July").as_deref(),
        Some("2023-07-09")
    );
}

/// A weekday cut short joined by `and`, `or`, `&` or `to` to a dated weekday in a message is a
/// day too, after it or before it; not a word beside a day written out, nor store hours.
#[test]
fn round_26_short_weekdays_in_a_list() {
    for (text, part, want) in [
        ("free sat and sun? need a hand", "sun", "2023-06-18"),
        ("Thu to Sat I'm in Cork", "Sat", "2023-06-17"),
        ("Mon and Tue I'm working from home", "Mon", "2023-06-19"),
    ] {
        assert_eq!(value_over(text, part).as_deref(), Some(want), "{text}");
    }
    for (text, part) in [
        ("Saturday and sun cream, we're off to the beach", "sun"),
        ("we're open Mon to Sat 9-5", "Mon"),
    ] {
        assert_eq!(value_over(text, part), None, "{text}");
    }
}
