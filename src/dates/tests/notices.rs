//! Messages, bookings and notices (rounds 13 and 14): what looks ahead, misspelt names, labels
//! before dates in figures, house numbers and codes.

use super::*;

/// Round 13 (at 2023-06-14, a Wednesday): a bare number after a weekday that opens a range of
/// hours is no day of the month (`Sunday 8-12` was the 8th of a month whose 8th is a Sunday);
/// since round 16 it is the first hour of the range, on that weekday.
#[test]
fn round_13_hours_after_a_weekday() {
    let all = |text: &str| spans_and_values(text, "2023-06-14T09:30");
    for (text, want) in [
        (
            "Car wash Sunday 9-1 in the church car park",
            ("Sunday 9", "2023-06-18T09:00"),
        ),
        (
            "Drop-off Tuesday 3 to 5 at reception",
            ("Tuesday 3", "2023-06-20T15:00"),
        ),
        (
            "Walk-in clinic Thursday 10-12",
            ("Thursday 10", "2023-06-15T10:00"),
        ),
    ] {
        assert_eq!(
            all(text).first(),
            Some(&(want.0.into(), want.1.into())),
            "{text}"
        );
    }
    // A day of the month stays one: with its ordinal, or a month after the range.
    assert_eq!(all("Fun day on Friday 13th")[0].1, "2023-10-13");
}

/// Round 13 (at 2023-06-14, a Wednesday): weekdays and months misspelt as people type them
/// (`tables.txt` `typos`); a name one letter short of a weekday stays a name.
#[test]
fn round_13_misspelt_names() {
    let all = |text: &str| spans_and_values(text, "2023-06-14T09:30");
    for (text, want) in [
        ("cant do thrusday, sorry", ("thrusday", "2023-06-15")),
        ("pub quiz on tuseday?", ("tuseday", "2023-06-20")),
        ("Mock exams start 6 febuary", ("6 febuary", "2024-02-06")),
        ("party saturady night!!", ("saturady night", "2023-06-17")),
    ] {
        assert_eq!(
            all(text).first(),
            Some(&(want.0.into(), want.1.into())),
            "{text}"
        );
    }
    assert!(all("Frida and Sunda went home.").is_empty());
}

/// Round 13 (at 2023-06-14, a Wednesday): a notice in the present looks ahead (`go`, `restart`,
/// `reopens`, a verb opening the text, `must`), and so does a message's possessive weekday; the
/// past and a news sentence's possessive stay back.
#[test]
fn round_13_a_notice_in_the_present_looks_ahead() {
    let one = |text: &str| spans_and_values(text, "2023-06-14T09:30")[0].1.clone();
    for (text, want) in [
        (
            "Season tickets go on sale at 9am on Friday.",
            "2023-06-16T09:00",
        ),
        ("Swimming lessons restart on Monday.", "2023-06-19"),
        ("The old cinema reopens on Saturday.", "2023-06-17"),
        ("Open for viewing Saturday 11:00.", "2023-06-17T11:00"),
        ("Entries must be in by Friday.", "2023-06-16"),
        ("Can't wait for Saturday's party", "2023-06-17"),
        // The past stays back.
        ("The old cinema reopened on Saturday.", "2023-06-10"),
        ("Friday's match was a thriller.", "2023-06-09"),
        ("Entries must have arrived by Friday.", "2023-06-09"),
    ] {
        assert_eq!(one(text), want, "{text}");
    }
}

/// Round 13 (at 2023-06-14, a Wednesday): a label's colon between the cue word and a date in
/// figures (`Due date:17/07`), and the labels of a delivery or a renewal; a fraction after a
/// colon with no cue stays no date.
#[test]
fn round_13_a_label_before_a_date_in_figures() {
    let all = |text: &str| spans_and_values(text, "2023-06-14T09:30");
    for (text, want) in [
        ("Payment due date:28/07", ("28/07", "2023-07-28")),
        (
            "Collection date: 19/06 (garden waste)",
            ("19/06", "2023-06-19"),
        ),
        ("Your renewal 30/09 is automatic", ("30/09", "2023-09-30")),
    ] {
        assert_eq!(
            all(text).first(),
            Some(&(want.0.into(), want.1.into())),
            "{text}"
        );
    }
    assert!(all("Mix ratio: 3/4 water").is_empty());
}

/// Round 13 (at 2023-06-14, a Wednesday): a participle that says what comes with a thing
/// (`lunch included`, `agenda attached.`) and `Estimated` are no past; a verb in the past with
/// its object still is.
#[test]
fn round_13_a_participle_of_what_comes_is_no_past() {
    let first = |text: &str| spans_and_values(text, "2023-06-14T09:30")[0].1.clone();
    for (text, want) in [
        ("Craft fair 2 September, lunch included", "2023-09-02"),
        (
            "Please find the slides for Monday's review attached.",
            "2023-06-19",
        ),
        ("Estimated arrival: May 3 - May 5", "2024-05-03"),
        // A verb with its object keeps the past.
        ("The fair on 2 September included a parade.", "2022-09-02"),
    ] {
        assert_eq!(first(text), want, "{text}");
    }
}

/// Round 13 (at 2023-06-14, a Wednesday): `Sunday week` (the Sunday after next), `fortnightly`,
/// `end of week` with no article.
#[test]
fn round_13_everyday_periods() {
    let all = |text: &str| spans_and_values(text, "2023-06-14T09:30");
    for (text, want) in [
        (
            "The christening is Saturday week",
            ("Saturday week", "2023-06-24"),
        ),
        ("Swimming club meets fortnightly", ("fortnightly", "P2W")),
        (
            "Can you get it to me by end of week?",
            ("end of week", "2023-W24"),
        ),
    ] {
        assert_eq!(
            all(text).first(),
            Some(&(want.0.into(), want.1.into())),
            "{text}"
        );
    }
    assert_eq!(all("Tuesday week of the trial began.")[0].0, "Tuesday");
}

/// Round 13 (at 2023-06-14, a Wednesday): `sat` the weekday in a message, after `free` or
/// `busy` and after its clock time; `sat` the verb and the `sat nav` stay no date.
#[test]
fn round_13_sat_in_a_message() {
    let all = |text: &str| spans_and_values(text, "2023-06-14T09:30");
    for (text, want) in [
        ("anyone free sat? need a lift", ("sat", "2023-06-17")),
        (
            "5-a-side 4pm sat, bring boots",
            ("4pm sat", "2023-06-17T16:00"),
        ),
    ] {
        assert_eq!(
            all(text).first(),
            Some(&(want.0.into(), want.1.into())),
            "{text}"
        );
    }
    for text in [
        "got a free sat nav with the car",
        "at 9am sat the maths paper",
    ] {
        assert!(all(text).iter().all(|m| !m.0.contains("sat")), "{text}");
    }
}

/// Round 13 (at 2023-06-14, a Wednesday): `the 21st` in a message that runs on with no stop;
/// an ordinal before a noun is still no day.
#[test]
fn round_13_a_day_of_the_month_in_a_message_that_runs_on() {
    let all = |text: &str| spans_and_values(text, "2023-06-14T09:30");
    for (text, want) in [
        (
            "mums birthday is the 21st dont forget",
            ("the 21st", "2023-06-21"),
        ),
        ("flights booked for the 3rd lol", ("the 3rd", "2023-07-03")),
    ] {
        assert_eq!(
            all(text).first(),
            Some(&(want.0.into(), want.1.into())),
            "{text}"
        );
    }
    assert!(all("we're on the 21st floor lol").is_empty());
}

/// Round 13 (at 2023-06-14, a Wednesday): a participle of the past with no auxiliary looks
/// back (`taken`, `stolen`); after `should be` the modal decides.
#[test]
fn round_13_participles_of_the_past() {
    let first = |text: &str| spans_and_values(text, "2023-06-14T09:30")[0].1.clone();
    for (text, want) in [
        ("Last tablet taken on Sunday evening", "2023-06-11TEV"),
        ("Bike stolen from outside the gym on Monday", "2023-06-12"),
        ("Tablets should be taken on Monday", "2023-06-19"),
    ] {
        assert_eq!(first(text), want, "{text}");
    }
}

/// Round 14 (at 2023-06-14): a month and day in figures after `as of` and `scheduled for`, a
/// card's month and year after `expires`; a day over 12 after `expires` stays a day.
#[test]
fn round_14_figures_after_as_of_scheduled_expires() {
    let all = |text: &str| spans_and_values(text, "2023-06-14T09:30");
    for (text, want) in [
        ("Opening hours change as of 6/26", ("6/26", "2023-06-26")),
        (
            "Statement balance as of 6/09: $88.10",
            ("6/09", "2023-06-09"),
        ),
        (
            "Your boiler service is scheduled for 22/06",
            ("22/06", "2023-06-22"),
        ),
        (
            "The debit card expires 04/26, renew online",
            ("04/26", "2026-04"),
        ),
        ("Gym pass expires 30/09", ("30/09", "2023-09-30")),
    ] {
        assert_eq!(
            all(text).first(),
            Some(&(want.0.into(), want.1.into())),
            "{text}"
        );
    }
    // `of` and `for` alone still come before fractions and scores.
    assert!(all("Three of 3/4 voted for 2/3 of the seats").is_empty());
}

/// Round 14 (at 2023-06-14, a Wednesday): the present of a deadline (`close` after what
/// closes) and `is free` before a day look ahead; `close` alone and `was free` do not.
#[test]
fn round_14_a_deadline_or_a_free_day_looks_ahead() {
    let all = |text: &str| spans_and_values(text, "2023-06-14T09:30");
    for (text, want) in [
        ("Nominations close at noon on Friday.", "2023-06-16T12:00"),
        ("Applications close Monday.", "2023-06-19"),
        ("Bids close Tuesday at 4pm.", "2023-06-20T16:00"),
        ("Parking is free on Sunday.", "2023-06-18"),
        ("Admission is free on Saturday.", "2023-06-17"),
    ] {
        assert_eq!(all(text)[0].1, want, "{text}");
    }
    assert_eq!(all("Stores close on Memorial Day.")[0].1, "2023-05-29");
    assert_eq!(all("Parking was free on Sunday.")[0].1, "2023-06-11");
}

/// Round 14 (at 2023-06-14, a Wednesday): a one-line notice whose event stands right before
/// the weekday looks ahead, ended by a full stop or not; a fragment of news without one, or a
/// longer sentence, keeps the past.
#[test]
fn round_14_a_notice_of_an_event_looks_ahead() {
    let all = |text: &str| spans_and_values(text, "2023-06-14T09:30");
    for (text, want) in [
        ("Pub quiz night Tuesday 8pm.", "2023-06-20T20:00"),
        ("Staff meeting Monday 10am.", "2023-06-19T10:00"),
        ("Bake sale Friday in the foyer.", "2023-06-16"),
        ("Garden club Saturday at the allotments.", "2023-06-17"),
    ] {
        assert_eq!(all(text)[0].1, want, "{text}");
    }
    assert_eq!(all("The summit in Geneva on Monday.")[0].1, "2023-06-12");
    assert_eq!(all("He left the party Friday.")[0].1, "2023-06-09");
    assert_eq!(
        all("Three people were hurt as fire swept through the building during a party Friday.")[0]
            .1,
        "2023-06-09"
    );
}

/// Round 14: a number in the range of years before a street's name is a house's; a year
/// before a street after `in` stays one.
#[test]
fn round_14_a_house_number_is_no_year() {
    let all = |text: &str| spans_and_values(text, "2023-06-14T09:30");
    for text in [
        "Drop it off at 1901 Mill Creek Road, thanks",
        "The studio is at 2011 Sunset Boulevard, second floor",
        "Our new office: 1750 Broadway, Suite 12",
    ] {
        assert!(all(text).is_empty(), "{text}: {:?}", all(text));
    }
    assert_eq!(
        all("In 2019 Pennsylvania Avenue was closed for repairs.")[0].1,
        "2019"
    );
}

/// Round 14: a year glued by hyphens inside a code in capitals is no year; `mid-2020` and a
/// season's `2020-21` stay dates.
#[test]
fn round_14_a_year_inside_a_code_is_no_year() {
    let all = |text: &str| spans_and_values(text, "2023-06-14T09:30");
    for text in [
        "Quote reference PLT-2019-Q when you call",
        "Voucher GIFT-2022-7 is not valid",
        "Batch AB-1987-C recalled",
    ] {
        assert!(all(text).is_empty(), "{text}: {:?}", all(text));
    }
    assert_eq!(all("Prices rose in mid-2020.")[0].1, "2020");
}

/// Round 14 (at 2023-06-14): `ago today` is one date, the reference's day that many units
/// back, not a year and today apart.
#[test]
fn round_14_years_ago_today_is_that_day() {
    let all = |text: &str| spans_and_values(text, "2023-06-14T09:30");
    assert_eq!(
        all("Three years ago today we moved in"),
        [(
            "Three years ago today".to_string(),
            "2020-06-14".to_string()
        )]
    );
    assert_eq!(
        all("A month ago today I quit smoking")[0],
        ("A month ago today".to_string(), "2023-05-14".to_string())
    );
}
