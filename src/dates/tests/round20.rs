//! Round 20: the tense of a day in everyday texts, an evening's hours, a holiday named as a day
//! before its event (all at Wednesday 2023-06-14, 10:00).

use super::*;

/// A day's result after its possessive (`Thursday's 3-1 loss`) or a record from a day (`Slides
/// from Tuesday`) is a day gone, even in a message; a possessive before what is to come keeps
/// looking ahead.
#[test]
fn round_20_results_and_records_look_back() {
    for (text, span, want) in [
        ("Thursday's 3-1 loss stings", "Thursday", "2023-06-08"),
        ("Friday's cup results are posted", "Friday", "2023-06-09"),
        ("Slides from Tuesday are up", "Tuesday", "2023-06-13"),
        ("Recap of Monday's planning session", "Monday", "2023-06-12"),
    ] {
        assert_eq!(value_of(text, span).as_deref(), Some(want), "{text}");
    }
    assert_eq!(
        value_of("Tickets for Saturday's final", "Saturday").as_deref(),
        Some("2023-06-17")
    );
}

/// A booking right before its day, with no subject, is an appointment ahead; an outage
/// announced in a notice (`cut`) is ahead too; `we booked Monday` stays done.
#[test]
fn round_20_bookings_and_outages_look_ahead() {
    for (text, span, want) in [
        ("Eye test booked Fri 2pm", "Fri 2pm", "2023-06-16T14:00"),
        (
            "Table reserved Saturday 8pm",
            "Saturday 8pm",
            "2023-06-17T20:00",
        ),
        ("Electricity cut Thursday", "Thursday", "2023-06-15"),
    ] {
        assert_eq!(value_of(text, span).as_deref(), Some(want), "{text}");
    }
    assert_eq!(
        value_of("We booked Monday and paid", "Monday").as_deref(),
        Some("2023-06-12")
    );
}

/// An evening's event reads a weekday's bare hours in the evening; a delivery slot does not.
#[test]
fn round_20_an_evening_event_takes_evening_hours() {
    assert_eq!(
        value_of("Party Saturday 8-11", "Saturday 8").as_deref(),
        Some("2023-06-17T20:00")
    );
    assert_eq!(
        value_of("Party Saturday 8-11", "11").as_deref(),
        Some("2023-06-17T23:00")
    );
    assert_eq!(
        value_of("Gig Fri 9-12", "Fri 9").as_deref(),
        Some("2023-06-16T21:00")
    );
    assert_eq!(
        value_of("Delivery Thu 8-12", "Thu 8").as_deref(),
        Some("2023-06-15T08:00")
    );
}

/// A note opening on a holiday named as a day keeps it before the event's noun; a season's
/// name before what is sold still names no day.
#[test]
fn round_20_a_holiday_named_as_a_day_before_its_event() {
    assert_eq!(
        value_of("Boxing Day hike from the pub", "Boxing Day").as_deref(),
        Some("2023-12-26")
    );
    assert_eq!(
        value_of("New Year's Day dip", "New Year's Day").as_deref(),
        Some("2024-01-01")
    );
    assert_eq!(
        spans_and_values("Christmas shopping rose 4%", "2023-06-14T10:00"),
        vec![]
    );
}
