//! Messages and notes (rounds 3 to 6): a message looks ahead, its forms, clock times and bare
//! hours as people write them.

use super::*;

/// Issue 19, round 4: a short message (unpunctuated, or in the first or second person) plans
/// ahead: its bare weekday, month-day or day of the month is the next one, even a day gone
/// more than a week; a sentence of news, or a past cue, keeps the past.
#[test]
fn a_message_looks_ahead() {
    let one = |text: &str| values(text)[0].1.clone();
    assert_eq!(one("see you monday"), "2023-06-19");
    assert_eq!(one("See you on Monday."), "2023-06-19");
    assert_eq!(one("Pay day is the 25th"), "2023-06-25");
    assert_eq!(one("pay day is the 2nd"), "2023-07-02");
    assert_eq!(one("we fly out jan 5"), "2024-01-05");
    assert_eq!(one("The meeting was moved to Friday"), "2023-06-16");
    assert_eq!(one("let me know by Friday"), "2023-06-16");
    assert_eq!(one("We're closed Friday"), "2023-06-16");
    // `Let's` speaks in the first person too, even ended by a full stop.
    assert_eq!(one("Let's meet on the 2nd."), "2023-07-02");
    assert_eq!(one("Let's meet on June 16 at 4."), "2023-06-16T16:00");
    // The past, by a cue or as news.
    assert_eq!(one("I called him on Monday"), "2023-06-12");
    assert_eq!(one("The summit in Geneva on Monday."), "2023-06-12");
}

/// Round 6: `is` right before a time (a preposition between) states what is set: in a sentence
/// of news it points ahead (at 2023-06-14, a Wednesday); `was` keeps the past.
#[test]
fn a_date_word_before_a_capitalized_time_word_is_no_name() {
    // `the Sunday Times` is a paper (TRAPS); `the Easter Weekend` is still Easter.
    assert_eq!(
        values("Crowds came over the Easter Weekend.")[0].0,
        "Easter"
    );
}

#[test]
fn the_present_of_be_before_a_time_points_ahead() {
    let one = |text: &str| values(text)[0].1.clone();
    assert_eq!(one("The vote is on Friday, officials said."), "2023-06-16");
    assert_eq!(one("The election is in March."), "2024-03");
    assert_eq!(one("Kickoff is 8pm Saturday."), "2023-06-17T20:00");
    assert_eq!(one("The deadline was Friday."), "2023-06-09");
}

/// Issue 19, round 4: what messages write for days and lengths of time: `tomorrow` cut short,
/// `eod`, `nxt`, `wks`, `mins`, `arvo`, weekdays cut short in lower case.
#[test]
fn message_forms() {
    for (text, span, want) in [
        ("can we do tmrw instead", "tmrw", "2023-06-15"),
        ("2morrow is fine", "2morrow", "2023-06-15"),
        ("send it by eod", "eod", "2023-06-14"),
        (
            "by close of business please",
            "close of business",
            "2023-06-14",
        ),
        ("need it EOD Friday", "EOD Friday", "2023-06-16"),
        ("nxt week works", "nxt week", "2023-W25"),
        ("away for 3 wks", "3 wks", "P3W"),
        ("back in 3 wks", "3 wks", "2023-07-05"),
        ("been here 20 mins", "20 mins", "PT20M"),
        ("free this arvo?", "this arvo", "2023-06-14TAF"),
        ("drinks on thurs?", "thurs", "2023-06-15"),
        ("tues 3pm?", "tues 3pm", "2023-06-20T15:00"),
        ("see you on sat", "sat", "2023-06-17"),
        ("free sat night?", "sat night", "2023-06-17"),
        ("mon @ 9am then", "mon @ 9am", "2023-06-19T09:00"),
        ("off from the 18th to the 22nd", "the 22nd", "2023-06-22"),
        ("Halloween party at Jess's", "Halloween", "2023-10-31"),
        ("xmas eve drinks?", "xmas eve", "2023-12-24"),
        (
            "Review: Fri 16/6 at 11",
            "Fri 16/6 at 11",
            "2023-06-16T11:00",
        ),
    ] {
        let got = values(text);
        assert!(
            got.iter().any(|(s, v)| s == span && v == want),
            "{text}: wanted [{span}] = {want}, got {got:?}"
        );
    }
}

/// Issue 19, round 3: a text made of nothing but time expressions (a note, a schedule's line)
/// looks ahead as a single expression alone does, even to the month just gone; a sentence
/// around the same words does not.
#[test]
fn a_note_of_time_expressions_looks_ahead() {
    assert_eq!(
        values("January 3rd - 5th"),
        pairs(&[("January 3rd", "2024-01-03"), ("5th", "2024-01-05")])
    );
    assert_eq!(
        values("The Oslo fair, January 3rd - 5th."),
        pairs(&[("January 3rd", "2023-01-03"), ("5th", "2023-01-05")])
    );
    assert_eq!(
        values("from 8:15 - 10:45 on Tuesday"),
        pairs(&[
            ("8:15", "2023-06-20T08:15"),
            ("10:45 on Tuesday", "2023-06-20T10:45")
        ])
    );
    assert_eq!(values("the beginning of March")[0].1, "2024-03");
    assert_eq!(
        values("Prices rose at the beginning of March.")[0].1,
        "2023-03"
    );
    assert_eq!(
        values("10th Dec for 5 days")[0],
        ("10th Dec".into(), "2023-12-10".into())
    );
    assert_eq!(values("Tuesday early in the morning")[0].1, "2023-06-20");
    assert_eq!(values("this MLK day")[0].1, "2024-01-15");
}

/// Forms that are dates only as a whole text: a weekday cut short in lower case, a month and
/// day in figures, a month name in any case, `on the first`, a part of the day.
#[test]
fn a_whole_text_is_a_date_however_it_is_written() {
    for (text, want) in [
        ("thu", "2023-06-15"),
        ("sat.", "2023-06-17"),
        ("2/15", "2024-02-15"),
        ("2 - 15", "2024-02-15"),
        ("on 7-20", "2023-07-20"),
        ("march first", "2024-03-01"),
        ("july 4th", "2023-07-04"),
        ("March", "2024-03"),
        ("May", "2024-05"),
        ("at the BOM", "2023-06"),
        ("on the first", "2023-07-01"),
        ("in the afternoon", "2023-06-14TAF"),
    ] {
        assert_eq!(
            values(text).first().map(|v| v.1.as_str()),
            Some(want),
            "{text}"
        );
    }
    // In a sentence the same words are a verb, a score, a count.
    assert!(values("They sat on the bench and talked.").is_empty());
    assert!(values("Madrid won 2-15, a record.").is_empty());
}

/// A weekday cut short beside its day of the month or after its date, this one or the one
/// after next; a quarter run together with its year.
#[test]
fn short_weekdays_quarters_and_the_one_after_next() {
    assert_eq!(
        values("Doors open Thu 15th at the hall.")[0].1,
        "2023-06-15"
    );
    // 2025-07-18 is the nearest Friday July 18 ahead.
    assert_eq!(
        values("The gig is Jul 18, Fri, at the Roxy.")[0],
        ("Jul 18, Fri".into(), "2025-07-18".into())
    );
    assert_eq!(values("The fair is this Thu.")[0].1, "2023-06-15");
    assert_eq!(values("We meet Friday after next.")[0].1, "2023-06-23");
    assert_eq!(values("The lease ends March after next.")[0].1, "2025-03");
    assert_eq!(values("The upcoming week will be busy.")[0].1, "2023-W25");
    assert_eq!(
        values("Sales rose in 4Q19 and fell in 2018Q4."),
        pairs(&[("4Q19", "2019-Q4"), ("2018Q4", "2018-Q4")])
    );
    // Store hours name days that recur: no weekday is a date there.
    let hours = values("Open Mon-Fri 07:45 am - 6 pm, Sat 10 am - 4 pm.");
    assert!(
        hours
            .iter()
            .all(|(s, _)| !s.contains("Sat") && !s.contains("Fri")),
        "{hours:?}"
    );
}

/// Holidays whose day can be computed: Easter's neighbours by their other names, the sun's
/// entry into a sign of the Indian zodiac, the Parsi year.
#[test]
fn more_holidays_by_their_names_and_calendars() {
    for (text, want) in [
        ("Shops shut on Whit Monday 2019.", "2019-06-10"),
        ("Pilgrims came on Thursday of Mysteries 2019.", "2019-04-18"),
        ("Kites flew on clean monday 2019.", "2019-03-11"),
        ("The Senate met on the Ides of March 2019.", "2019-03-15"),
        (
            "Kites filled the sky on Makar Sankranti 2024.",
            "2024-01-15",
        ),
        ("Farmers danced on Vaisakhi 2024.", "2024-04-13"),
        ("Schools shut for Rabindra Jayanti 2024.", "2024-05-08"),
        ("Temples filled on Parsi New Year 2024.", "2024-08-15"),
    ] {
        assert_eq!(
            values(text).first().map(|v| v.1.as_str()),
            Some(want),
            "{text}"
        );
    }
}

/// A holiday opening a sentence names its day when it has its year or is the subject of a verb
/// of the calendar; before a noun it modifies it (`Christmas shopping`, in `TRAPS`).
#[test]
fn a_holiday_opening_a_sentence_with_its_year_or_its_verb() {
    for (text, span, want) in [
        (
            "Easter 2027 falls on March 28.",
            "Easter 2027",
            "2027-03-28",
        ),
        (
            "Christmas 2021 was quiet in the city.",
            "Christmas 2021",
            "2021-12-25",
        ),
        ("Easter fell on April 9 this year.", "Easter", "2023-04-09"),
        ("Ramadan began on a Thursday.", "Ramadan", "2023-03-23"),
    ] {
        let got = values(text);
        assert_eq!(
            got.first().map(|(s, v)| (s.as_str(), v.as_str())),
            Some((span, want)),
            "{text}"
        );
    }
}

/// Clock times as people write them down: a part of the day after the time says a.m. or p.m.,
/// hours in words, zones in lower case; in a note, a time the reference's clock has passed is
/// tomorrow's. In an article the same time stays on the day.
#[test]
fn clock_times_in_words_parts_of_day_and_ahead_of_the_clock() {
    assert_eq!(
        values("We met at 4:10 in the afternoon.")[0].1,
        "2023-06-14T16:10"
    );
    assert_eq!(values("seven thirty p.m.")[0].1, "2023-06-14T19:30");
    assert_eq!(
        values("Lunch at three pm, then home.")[0].1,
        "2023-06-14T15:00"
    );
    assert_eq!(values("Thursday 8:00 gmt")[0].1, "2023-06-15T08:00");
    let at = |text: &str| -> Vec<Option<String>> {
        recognized_at(text, "2023-06-14T09:30")
            .into_iter()
            .map(|m| m.value)
            .collect()
    };
    assert_eq!(at("at 3am"), [Some("2023-06-15T03:00".into())]);
    assert_eq!(at("at 11am"), [Some("2023-06-14T11:00".into())]);
    assert_eq!(
        at("3:30 to 6 pm"),
        [
            Some("2023-06-14T15:30".into()),
            Some("2023-06-14T18:00".into())
        ]
    );
    assert_eq!(
        at("The blast came at 3am, police said."),
        [Some("2023-06-14T03:00".into())]
    );
    // Counts without a number, and fractions, from the reference's time of day.
    assert_eq!(at("in half an hour"), [Some("2023-06-14T10:00".into())]);
    assert_eq!(
        at("in a couple of hours"),
        [Some("2023-06-14T11:30".into())]
    );
    assert_eq!(at("in 2.5 hours"), [Some("2023-06-14T12:00".into())]);
}

/// Bare clock hours in messages (round 5): only after a word of time and before the end, a stop
/// or a word that goes on with a time; hours 1–11 with no a.m. or p.m. on a twelve-hour dial,
/// the next one ahead of the reference's time of day, else 1–6 in the afternoon.
#[test]
fn bare_hours_in_messages_read_on_a_twelve_hour_dial() {
    let at = |text: &str, reference: &str| -> Vec<(String, Option<String>)> {
        recognized_at(text, reference)
            .into_iter()
            .map(|m| (text[m.start..m.end].to_string(), m.value))
            .collect()
    };
    let one = |text: &str, reference: &str| at(text, reference).pop().and_then(|(_, v)| v);
    let v = |s: &str| Some(s.to_string());
    // At 09:30 the next 8 is the evening's, the next 11 this morning's.
    assert_eq!(
        one("ok, see you at 8", "2023-06-14T09:30"),
        v("2023-06-14T20:00")
    );
    assert_eq!(
        one("can you come by 11", "2023-06-14T09:30"),
        v("2023-06-14T11:00")
    );
    assert!(one("home by 6:30 tonight?", "2023-06-14T09:30").is_some());
    assert_eq!(
        one("pick me up by 6:30", "2023-06-14T09:30"),
        v("2023-06-14T18:30")
    );
    // Both readings gone: tomorrow morning's.
    assert_eq!(
        one("call me at 8", "2023-06-14T21:15"),
        v("2023-06-15T08:00")
    );
    // No time of day, or another day: 1–6 in the afternoon, 7–11 as written.
    assert_eq!(one("tea @ 4?", "2023-06-14"), v("2023-06-14T16:00"));
    assert_eq!(one("breakfast at 8", "2023-06-14"), v("2023-06-14T08:00"));
    assert_eq!(
        one("Saturday at 2 then", "2023-06-14T09:30"),
        v("2023-06-17T14:00")
    );
    // What says its half keeps it: `9am`, a part of the day, `07:45`, the other end of a range.
    assert_eq!(one("gym at 9am", "2023-06-14T09:30"), v("2023-06-15T09:00"));
    assert_eq!(
        one("train at 07:45", "2023-06-14T09:30"),
        v("2023-06-15T07:45")
    );
    assert_eq!(
        one("tonight at 9", "2023-06-14T09:30"),
        v("2023-06-14T21:00")
    );
    // Counts, prices, scores and ranks stay unmarked; so does any article.
    for text in [
        "the twins are at 5 different clubs",
        "we drew 2-2 in the end",
        "petrol is at $8 a gallon here",
        "mortgage rates at 6 % again",
        "she is aged 9",
        "page 8 of the manual",
        "Shares in the firm opened at 8 on Monday morning and closed at 9, \
         a gain that traders put down to the merger talks announced by the two \
         companies last week, which several analysts said they had expected.",
    ] {
        let got: Vec<_> = at(text, "2023-06-14T09:30")
            .into_iter()
            .filter(|(s, _)| s.chars().all(|c| c.is_ascii_digit()))
            .collect();
        assert!(got.is_empty(), "{text:?} gave {got:?}");
    }
}
