//! Everyday dates a new author writes (round 17): instructions and one-line notices that look
//! ahead, holidays of several calendars and before the event they name.

use super::*;

fn values(text: &str, at: &str) -> Vec<(String, String)> {
    spans_and_values(text, at)
}

/// Round 17: an instruction (`Submit by Friday.`), a one-line notice of a state (`Library
/// shut on Monday.`, `Choir cancelled Thursday.`), a state with a stretch of time (`is
/// closed until Monday`) and a plan opening on an `-ing` word (`Leaving Sunday morning.`)
/// name the next such day (at 2023-06-14, a Wednesday); they named the last one. A sentence
/// with its subject or its cue of the past keeps the past.
#[test]
fn round_17_instructions_and_notices_look_ahead() {
    for (text, want) in [
        ("Submit by Friday.", ("Friday", "2023-06-16")),
        ("Hand it in by Monday.", ("Monday", "2023-06-19")),
        ("Return the forms by Friday.", ("Friday", "2023-06-16")),
        ("Remember to pay by Monday.", ("Monday", "2023-06-19")),
        (
            "Reminder: collect the keys on Thursday.",
            ("Thursday", "2023-06-15"),
        ),
        ("Library shut on Monday.", ("Monday", "2023-06-19")),
        ("Choir cancelled Thursday.", ("Thursday", "2023-06-15")),
        (
            "The surgery is closed until Monday.",
            ("Monday", "2023-06-19"),
        ),
        ("Leaving Sunday morning.", ("Sunday morning", "2023-06-18")),
        ("Flying home Thursday.", ("Thursday", "2023-06-15")),
        // Guards: the past stays past.
        ("The store closed on Friday.", ("Friday", "2023-06-09")),
        ("Book sales rose on Friday.", ("Friday", "2023-06-09")),
        (
            "Speaking on Friday, the mayor said rents rose.",
            ("Friday", "2023-06-09"),
        ),
    ] {
        assert_eq!(values(text, "2023-06-14"), pairs(&[want]), "{text}");
    }
}

/// Round 17: days of the British Isles, Australia and New Zealand and the UK's bank holidays
/// (`Bonfire Night`, `Remembrance Sunday`, `August bank holiday Monday`) were no dates; a
/// holiday opening a notice before the event it names (`fireworks`, `long weekend`, `set
/// menu`) was taken for a modifier (`Christmas shopping`, which stays none). At 2023-06-14.
#[test]
fn round_17_holidays_of_several_calendars_and_their_events() {
    for (text, want) in [
        (
            "Bonfire Night fireworks at the rec, 7pm",
            vec![("Bonfire Night", "2023-11-05"), ("7pm", "2023-11-05T19:00")],
        ),
        (
            "Remembrance Sunday service at 10:45",
            vec![
                ("Remembrance Sunday", "2023-11-12"),
                ("10:45", "2023-11-12T10:45"),
            ],
        ),
        (
            "Independence Day fireworks over the bay",
            vec![("Independence Day", "2023-07-04")],
        ),
        (
            "Canada Day long weekend plans?",
            vec![("Canada Day", "2023-07-01")],
        ),
        (
            "Closed August bank holiday Monday.",
            vec![("August bank holiday Monday", "2023-08-28")],
        ),
        (
            "Burns Night supper on the 25th",
            vec![("Burns Night", "2024-01-25"), ("the 25th", "2023-06-25")],
        ),
        // Guards: what is sold or counted around a holiday names no day.
        ("Christmas shopping rose 3 percent.", vec![]),
        ("Thanksgiving sales fell.", vec![]),
    ] {
        assert_eq!(values(text, "2023-06-14T10:00"), pairs(&want), "{text}");
    }
}

/// Round 17: a one-line notice opening on its day before the event (`Valentine's Day set
/// menu`, `Friday quiz night`) looks ahead unless a verb after says it is done; British
/// counts in a message (`a week on Saturday`, `3 weeks today`) and `2nite`. At 2023-06-14.
#[test]
fn round_17_notices_of_an_event_and_british_counts() {
    for (text, want) in [
        (
            "Valentine's Day set menu, three courses",
            vec![("Valentine's Day", "2024-02-14")],
        ),
        (
            "Easter Sunday buffet from noon",
            vec![
                ("Easter Sunday", "2024-03-31"),
                ("noon", "2024-03-31T12:00"),
            ],
        ),
        (
            "drinks a week on Saturday?",
            vec![("a week on Saturday", "2023-06-24")],
        ),
        (
            "exam results out 3 weeks today",
            vec![("3 weeks today", "2023-07-05")],
        ),
        ("film 2nite?", vec![("2nite", "2023-06-14TNI")]),
        // Guards: a verb of the past after the event; a length of time in a sentence.
        ("Monday service resumed.", vec![("Monday", "2023-06-12")]),
        (
            "It has been three weeks today since the fire.",
            vec![("three weeks", "P3W"), ("today", "2023-06-14")],
        ),
    ] {
        assert_eq!(values(text, "2023-06-14T10:00"), pairs(&want), "{text}");
    }
}

/// Round 17: a short weekday before `the` and a day of the month is in the nearest month where
/// that day is that weekday (`Sat the 24th` at 2023-06-14 read 2025-05-24: the year moved).
#[test]
fn round_17_a_short_weekday_with_the_day_of_the_month() {
    for (text, want) in [
        ("Sat the 24th", ("Sat the 24th", "2023-06-24")),
        ("Match on Sat. the 1st", ("Sat. the 1st", "2023-07-01")),
        ("Tue the 13th?", ("Tue the 13th", "2023-06-13")),
        // The day as written, not cut to a shorter month's end (June has no 31st).
        ("Mon the 31st works", ("Mon the 31st", "2023-07-31")),
    ] {
        assert_eq!(values(text, "2023-06-14T10:00"), pairs(&[want]), "{text}");
    }
}

/// Round 17: a range of days whose ends open with their weekdays (`Mon 19 - Fri 23 June`) lost
/// its first end; it takes the month of the second, with its weekday when they agree, and the
/// two are one range (at 2023-06-14).
#[test]
fn round_17_a_range_of_days_with_their_weekdays() {
    let ends = |text: &str| -> Vec<(String, String, Option<(usize, bool)>)> {
        recognized_at(text, "2023-06-14T10:00")
            .into_iter()
            .map(|m| {
                let r = m.range.map(|r| (r.other, r.start));
                (
                    text[m.start..m.end].to_string(),
                    m.value.unwrap_or_default(),
                    r,
                )
            })
            .collect()
    };
    let own = |t: &str, v: &str, r| (t.to_string(), v.to_string(), r);
    assert_eq!(
        ends("Sign-ups open Mon 19 - Fri 23 June"),
        vec![
            own("Mon 19", "2023-06-19", Some((1, true))),
            own("Fri 23 June", "2023-06-23", Some((0, false))),
        ]
    );
    assert_eq!(
        ends("Pool shut Tuesday 4 to Thursday 6 July."),
        vec![
            own("Tuesday 4", "2023-07-04", Some((1, true))),
            own("Thursday 6 July", "2023-07-06", Some((0, false))),
        ]
    );
}
