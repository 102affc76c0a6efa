//! Everyday forms found by probes of our own (rounds 9, 10 and 12).

use super::*;

/// Issue 19, round 9: forms of everyday texts written by someone else (at 2023-06-14T09:30, a
/// Wednesday): clock times cut short or spoken (`at 4p`, `5 oclock pm`, `half four`, `1245ish`,
/// `18h` alone), a month and day in figures with its time, a bare hour opening a message before
/// its day, a fortnight, `wk`/`wknd`, a month or holiday a count of years ahead, a day counted
/// back from a month's end, a booking's `for`, an emoji ending a message; and what stays
/// unmarked: a price in pence, a street named after a date, a runner's pace, a document's code.
#[test]
fn round_9_everyday_forms() {
    let one = |text: &str| -> Option<String> {
        recognized_at(text, "2023-06-14T09:30")
            .into_iter()
            .map(|m| m.value.unwrap_or_default())
            .last()
    };
    let v = |s: &str| Some(s.to_string());
    for (text, want) in [
        ("ring me at 4p", "2023-06-14T16:00"),
        ("collect it @ 10a", "2023-06-14T10:00"),
        ("train at 5 oclock pm", "2023-06-14T17:00"),
        ("kids home by 6 oclock", "2023-06-14T18:00"),
        ("footie at half four?", "2023-06-14T16:30"),
        ("pub at half 8 tonight", "2023-06-14T20:30"),
        ("coffee at 1245ish", "2023-06-14T12:45"),
        ("tea at 4:15ish", "2023-06-14T16:15"),
        ("18h", "2023-06-14T18:00"),
        ("vet 7/3 at 9:15am", "2023-07-03T09:15"),
        ("Parents evening 6/29 @ 5pm", "2023-06-29T17:00"),
        ("11 tomorrow?", "2023-06-15T11:00"),
        ("4 on saturday", "2023-06-17T16:00"),
        ("I'll be back in a fortnight", "2023-06-28"),
        ("can we do nxt wk", "2023-W25"),
        ("any plans next wknd", "2023-W25-WE"),
        ("Easter in a year", "2024-03-31"),
        ("October in 2 years", "2025-10"),
        ("due the 3rd last day of August", "2023-08-29"),
        ("The dentist is booked for Monday.", "2023-06-19"),
        // An emoji ends a message as its end does.
        ("bbq at 5 🍔", "2023-06-14T17:00"),
        ("rent's due the 30th 😬", "2023-06-30"),
    ] {
        assert_eq!(one(text), v(want), "{text}");
    }
    for text in [
        "apples at 5p each",
        "Meet me outside 14 July Street",
        "She lives at 3 May Road",
        "easy run at a 6:15 pace",
        "Quote ref PO-2023-117",
    ] {
        assert_eq!(one(text), None, "{text}");
    }
    // A count opening a message before a weekday it does not end: no clock time.
    let clock = |text: &str| {
        recognized_at(text, "2023-06-14T09:30")
            .into_iter()
            .any(|m| m.value.is_some_and(|v| v.contains('T')))
    };
    assert!(!clock("3 on monday were late"));
    assert!(clock("3 on monday then"));
}

/// Round 10: everyday forms a second probe batch of our own missed (2023-06-14, a Wednesday,
/// 09:30): a day first in figures after a word that shows a date, a clock time before its
/// day, the week after next, a day counted back from this month's end, minutes in words past
/// an hour, `eow`, `the 90s`, a short weekday as a plan's object, releases that look ahead;
/// and false alarms (an acronym in capitals, `now and then`, a holiday's film).
#[test]
fn round_10_everyday_forms() {
    let all = |text: &str| spans_and_values(text, "2023-06-14T09:30");
    let one = |text: &str| all(text).last().map(|m| m.1.clone());
    let v = |s: &str| Some(s.to_string());
    for (text, want) in [
        ("Payment date 28/06", "2023-06-28"),
        ("Competition closes 30/6, good luck", "2023-06-30"),
        ("Nominations close 28/6", "2023-06-28"),
        ("offer ends 23:59 18/06", "2023-06-18T23:59"),
        ("shall we say the week after next?", "2023-W26"),
        (
            "invoices go out the 3rd last day of the month",
            "2023-06-28",
        ),
        ("the second to last day of next month works", "2023-07-30"),
        ("pick me up at twenty past 5", "2023-06-14T17:20"),
        ("call me at nine fifteen", "2023-06-14T21:15"),
        ("can you get it done by eow", "2023-W24"),
        ("music from the 80s is the best", "198"),
        ("could we say sun instead?", "2023-06-18"),
        ("The new series premieres Sunday.", "2023-06-18"),
        // A notice's state looks ahead, before its date or after it.
        ("Account frozen until Jan 5th", "2024-01-05"),
        (
            "Training day Monday 8th January - office closed",
            "2024-01-08",
        ),
    ] {
        assert_eq!(one(text), v(want), "{text}");
    }
    // `about` of a question stays out; both ends of a range of dates take the order one shows.
    assert_eq!(
        all("how about the month after next")[0].0,
        "the month after next"
    );
    assert_eq!(
        all("Tickets valid 02/07/2023 - 15/07/2023")[0].1,
        "2023-07-02"
    );
    for text in [
        "Card APR 29.9% variable",
        "Typical APR 22.9%",
        "we chat every now and then",
        "best christmas movies ever",
        "my nan is in her 90s",
    ] {
        assert_eq!(one(text), None, "{text}");
    }
}

/// Round 12 (everyday notices, at 2023-06-14, a Wednesday): a new date after a verb of
/// moving, a weekday that picks the order of two numbers, a card's expiry, `may` the modal
/// after a number.
#[test]
fn round_12_everyday_forms() {
    let all = |text: &str| spans_and_values(text, "2023-06-14T09:30");
    let one = |text: &str| all(text).last().map(|m| m.1.clone());
    for (text, want) in [
        ("The prize giving has been moved to 12/15.", "2023-12-15"),
        ("Our stall got postponed to 7/22, sorry", "2023-07-22"),
        ("Kick-off pushed back to 8/19.", "2023-08-19"),
        ("Fun run on Sat 8/7, bring water", "2023-07-08"),
        ("Parents evening Mon 10/7", "2023-07-10"),
        ("Card ending 0042, exp 09/27", "2027-09"),
        // A holiday before an event noun, with the event's clock time.
        ("Christmas Eve carol service, 4pm", "2023-12-24T16:00"),
        ("Halloween disco at 7pm", "2023-10-31T19:00"),
    ] {
        assert_eq!(one(text).as_deref(), Some(want), "{text}");
    }
    for text in [
        "Rents rose 5/16 to 3/4 of pay.",
        "Candidates aged 18-25 may apply.",
        "Children under 5 may attend free.",
        "Christmas shopping rose 5% in the UK.",
    ] {
        assert_eq!(one(text), None, "{text}");
    }
}
