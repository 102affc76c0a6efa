//! Round 27: everyday dates by a fourteenth author (all at Wednesday 2023-06-14, 10:00).

use super::*;

/// A day of the month in words in a message, after `on`, `by`, `till` or its weekday, is a
/// day; an ordinal that counts (`the fourth floor`, `the third and final day`) is not.
#[test]
fn round_27_day_of_the_month_in_words() {
    for (text, part, want) in [
        ("bins go out on the nineteenth", "nineteenth", "2023-06-19"),
        (
            "rent's due by the twenty-eighth!",
            "twenty-eighth",
            "2023-06-28",
        ),
        (
            "can you lend me the van on the twenty first",
            "twenty first",
            "2023-06-21",
        ),
        ("the farrier comes monday the third", "third", "2023-07-03"),
    ] {
        assert_eq!(value_over(text, part).as_deref(), Some(want), "{text}");
    }
    for (text, part) in [
        ("we're on the fourth floor, buzz twice", "fourth"),
        ("we won on the third and final day", "third"),
        ("she was the first to arrive", "first"),
    ] {
        assert_eq!(value_over(text, part), None, "{text}");
    }
}

/// A message's own future (`will`, `'ll`) before a month and day that is gone means next year's,
/// as a scheduled present does; the past keeps this year's.
#[test]
fn round_27_a_message_future_before_a_day_gone() {
    for (text, part, want) in [
        ("we'll settle up on 5/20", "5/20", "2024-05-20"),
        (
            "I will bring your drill back May 30",
            "May 30",
            "2024-05-30",
        ),
        ("you'll get the deposit back on 4/2", "4/2", "2024-04-02"),
    ] {
        assert_eq!(value_over(text, part).as_deref(), Some(want), "{text}");
    }
    for (text, part, want) in [
        ("we settled up on 5/20", "5/20", "2023-05-20"),
        ("I'll be there on 6/12", "6/12", "2023-06-12"),
    ] {
        assert_eq!(value_over(text, part).as_deref(), Some(want), "{text}");
    }
}

/// A short weekday in a message is a day before a comma when no date follows (`fri, 8ish?`),
/// and a plan's last `sat` is no past verb that reads the first day back; `Fri, Jul 18` stays
/// one date and `where we sat` a verb.
#[test]
fn round_27_short_weekday_before_a_comma() {
    for (text, part, want) in [
        ("fri, 8ish?", "fri", "2023-06-16"),
        ("thurs, after work?", "thurs", "2023-06-15"),
        ("drinks thurs, dinner sat", "thurs", "2023-06-15"),
        ("book club tues, quiz sat?", "tues", "2023-06-20"),
    ] {
        assert_eq!(value_over(text, part).as_deref(), Some(want), "{text}");
    }
    assert_eq!(
        value_over("Fri, Jul 21 works", "Fri").as_deref(),
        Some("2023-07-21")
    );
    assert_eq!(
        value_over("on Monday we sat", "Monday").as_deref(),
        Some("2023-06-12")
    );
}

/// `Sat` before figures is the weekday of a listing, not the past of `sit`: its date keeps
/// the year ahead at the year's end and its clock times; after a subject it is the verb.
#[test]
fn round_27_sat_before_figures_is_no_past_verb() {
    assert_eq!(
        value_over("Quiz night Sat 17 June, doors 7pm", "7pm").as_deref(),
        Some("2023-06-17T19:00")
    );
    let at_year_end = spans_and_values("Panto: Sat 6 Jan 14:30, row F", "2023-12-20T10:00");
    assert_eq!(at_year_end[0].1, "2024-01-06T14:30", "{at_year_end:?}");
    assert_eq!(
        value_over("we sat 3 hours in traffic on Monday", "Monday").as_deref(),
        Some("2023-06-12")
    );
}
