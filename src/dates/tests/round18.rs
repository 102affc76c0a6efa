//! Round 18: everyday texts by a ninth author (listings, receipts, rotas, fixtures, chat).

use super::*;

/// Round 18: a number in the years inside a product's code, a catalogue number or a phone
/// number is no year: a model in capitals glued on by a hyphen (`QT-1950`), three figures or
/// more glued on after it (`2031-447`), groups of figures after it (`1300 724 118`), and a
/// code after a lower-case `no.` (which the tokenizer splits in two).
#[test]
fn round_18_years_inside_codes_and_phone_numbers() {
    for text in [
        "The QT-1950 blender replaces the QT-1720",
        "Spares for the RB-2010 mower in stock",
        "Part no. 2031-447, two left",
        "Catalogue no. 11-04-2988 on the box",
        "Ring 1300 724 118 before noon",
        "Freephone 1800 214 330, lines open now",
    ] {
        let got: Vec<_> = spans_and_values(text, "2023-06-14T10:00")
            .into_iter()
            .filter(|(s, _)| s != "noon" && s != "now")
            .collect();
        assert_eq!(got, vec![], "{text}");
    }
    // Guards: years beside codes and hyphens stay years.
    for (text, want) in [
        ("Sales fell in FY-2022 and again in 2023", "2022"),
        ("The 1998-2001 boom ended", "1998"),
        ("Built in 1931 by the council", "1931"),
    ] {
        let got = spans_and_values(text, "2023-06-14T10:00");
        assert!(got.iter().any(|(_, v)| v == want), "{text}: {got:?}");
    }
}

/// Round 18: a day over 12 before its month in figures (`18/6`) reads one way only; a notice
/// or a message writes it with no cue before it, at the end of a clause (at 2023-06-14).
#[test]
fn round_18_a_day_first_with_no_cue() {
    for (text, want) in [
        ("Quiz league, next round 18/6", ("18/6", "2023-06-18")),
        ("Stock take w/c 19/06: all hands", ("19/06", "2023-06-19")),
        ("Refund issued 15/6, allow 5 days", ("15/6", "2023-06-15")),
        ("Sports day 30/6!", ("30/6", "2023-06-30")),
    ] {
        let got = spans_and_values(text, "2023-06-14T10:00");
        assert!(
            got.contains(&(want.0.to_string(), want.1.to_string())),
            "{text}: {got:?}"
        );
    }
    // Guards: a score, a total and its wickets, a mark and every hour of the week.
    for text in [
        "Open 24/7 for emergencies",
        "The visitors were 27/4 at tea.",
        "Rated 14/10, would eat again",
        "Lost 3/4 of the crop",
    ] {
        assert_eq!(spans_and_values(text, "2023-06-14T10:00"), vec![], "{text}");
    }
}

/// Round 18: hours after a weekday joined by `till` or `til` are a range of hours, not the
/// weekday's day of the month (`Saturday 9 till 1` was the 9th of a month whose 9th is a
/// Saturday); and `Sat` in a list of days (`Sat & Sun`, `Sat/Sun`) is no past verb that
/// sent the next weekday back a week (at 2023-06-14, a Wednesday).
#[test]
fn round_18_hours_till_after_a_weekday_and_sat_in_a_list() {
    for (text, want) in [
        (
            "Car boot Saturday 7 till 11",
            ("Saturday 7", "2023-06-17T07:00"),
        ),
        (
            "Open garden Sunday 10 til 4",
            ("Sunday 10", "2023-06-18T10:00"),
        ),
        (
            "Jumble sale Sat & Sun 9am-1pm",
            ("Sun 9am", "2023-06-18T09:00"),
        ),
        (
            "Pottery stall Sat/Sun 10am-3pm",
            ("Sun 10am", "2023-06-18T10:00"),
        ),
    ] {
        let got = spans_and_values(text, "2023-06-14T10:00");
        assert!(
            got.contains(&(want.0.to_string(), want.1.to_string())),
            "{text}: {got:?}"
        );
    }
    // Guard: the verb keeps its past.
    let got = spans_and_values("He sat on the bench on Sunday.", "2023-06-14T10:00");
    assert_eq!(got, vec![("Sunday".to_string(), "2023-06-11".to_string())]);
}

/// Round 18: a date in figures that reads either way is read day first where the text shows
/// the convention of Britain, India or Australia: sums in pounds or rupees, a British car
/// test or doctor, or another date whose first part is over 12 (at 2023-06-14).
#[test]
fn round_18_day_first_where_the_text_writes_so() {
    for (text, want) in [
        (
            "MOT booked for 03/07/2023, please bring the V5",
            ("03/07/2023", "2023-07-03"),
        ),
        (
            "Tuition of Rs 8,000 due by 02/08/2023",
            ("02/08/2023", "2023-08-02"),
        ),
        (
            "Deposit £150 paid on 11/06/2023",
            ("11/06/2023", "2023-06-11"),
        ),
        (
            "Lease runs 19/06/2023 to 04/07/2023",
            ("04/07/2023", "2023-07-04"),
        ),
        (
            "Boiler serviced 09-05-2023, £85",
            ("09-05-2023", "2023-05-09"),
        ),
        // Guards: with no such sign the month is first.
        (
            "Co-pay $20, visit on 03/07/2023",
            ("03/07/2023", "2023-03-07"),
        ),
        // (Round 21: not within a week of the reference read day first, where only the
        // day-first reading lies near it, as `11/06/2023` on 14 June would.)
        ("Filed 11/02/2023 in Ohio", ("11/02/2023", "2023-11-02")),
    ] {
        let got = spans_and_values(text, "2023-06-14T10:00");
        assert!(
            got.contains(&(want.0.to_string(), want.1.to_string())),
            "{text}: {got:?}"
        );
    }
}

/// Round 18: a dotted time with no am/pm is a clock where no price can be meant: before a
/// weekday on the 24-hour dial (`21.45 Thursday`, `12.15 on Saturday`, `08.30 Monday`), or
/// joined to another on the quarter hour (`from 8.30 until 11.00`); at 2023-06-14.
#[test]
fn round_18_dotted_clocks_beside_a_weekday_or_another() {
    for (text, want) in [
        (
            "Final on telly 21.45 Thursday, who's in?",
            ("21.45 Thursday", "2023-06-15T21:45"),
        ),
        (
            "Kick-off 12.15 on Saturday",
            ("12.15 on Saturday", "2023-06-17T12:15"),
        ),
        (
            "Skip hire 08.30 Monday",
            ("08.30 Monday", "2023-06-19T08:30"),
        ),
        (
            "Lift maintenance Friday from 8.30 until 11.00",
            ("11.00", "2023-06-16T11:00"),
        ),
    ] {
        let got = spans_and_values(text, "2023-06-14T10:00");
        assert!(
            got.contains(&(want.0.to_string(), want.1.to_string())),
            "{text}: {got:?}"
        );
    }
    // Guards: prices and rates stay numbers.
    for text in [
        "The pound rose from 1.20 to 1.25 dollars.",
        "Shares gained 3.15 and then 4.40.",
    ] {
        assert_eq!(spans_and_values(text, "2023-06-14T10:00"), vec![], "{text}");
    }
    let got = spans_and_values("The stock rose 2.30 Friday.", "2023-06-14T10:00");
    assert_eq!(got, vec![("Friday".to_string(), "2023-06-09".to_string())]);
}
