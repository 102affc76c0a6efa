//! Dates as machines, tickets and logs write them (round 16): a ticket's day and month run
//! together with its time or two-figure year, the seconds of an e-mail header, a log's stamps,
//! a weekday with a range of hours, and what round 15 left (`in 2 years at noon`, `six oh
//! five`, `10 days after March 1` in a note).

use super::*;

fn values(text: &str, at: &str) -> Vec<(String, String)> {
    spans_and_values(text, at)
}

/// Round 16: `22MAR 1830` is a departure at 18:30 (it was the year 1830), `06MAR25` a day
/// with its year, `05SEP23 1140` both.
#[test]
fn round_16_ticket_days_with_their_time_and_year() {
    for (text, want) in [
        (
            "DEP 22MAR 1830 LHR",
            vec![("22MAR 1830", "2024-03-22T18:30")],
        ),
        (
            "Flight out 06MAR25 at 0715",
            vec![("06MAR25 at 0715", "2025-03-06T07:15")],
        ),
        (
            "OUT 05SEP23 1140 MAN-PMI",
            vec![("05SEP23 1140", "2023-09-05T11:40")],
        ),
        ("ARR 23MAR 0605", vec![("23MAR 0605", "2024-03-23T06:05")]),
        // A year of the news after the day stays one.
        (
            "The ferry sailed 15SEP 2019 at dawn.",
            vec![("15SEP 2019", "2019-09-15")],
        ),
    ] {
        assert_eq!(values(text, "2023-06-14"), pairs(&want), "{text}");
    }
}

/// Round 16: the seconds of an e-mail or feed header stay in the value, as they do in an ISO
/// stamp; a log's fraction of a second is dropped.
#[test]
fn round_16_header_and_log_stamps_keep_their_seconds() {
    for (text, want) in [
        (
            "Date: Tue, 1 Nov 2016 07:59:00 +0000",
            "2016-11-01T07:59:00",
        ),
        (
            "Sat Aug 17 2013 18:40:39 GMT+0900 (JST)",
            "2013-08-17T18:40:39",
        ),
        (
            "2016-11-01T07:59:00.123Z ERROR timeout",
            "2016-11-01T07:59:00",
        ),
        (
            "[2016-11-01 07:59:00,123] INFO started",
            "2016-11-01T07:59:00",
        ),
        (
            "127.0.0.1 - - [01/Nov/2016:07:59:00 +0000] \"GET /\" 200",
            "2016-11-01T07:59:00",
        ),
        ("Nightly backup 20161101 finished", "2016-11-01"),
    ] {
        let got = values(text, "2023-06-14");
        assert_eq!(
            got.iter().map(|s| s.1.as_str()).collect::<Vec<_>>(),
            [want],
            "{text}"
        );
    }
    // Eight figures that name a thing are no day.
    for text in [
        "Order 20161101-4471 has shipped",
        "Please update to v2.16.1101",
        "Error code 0x20161101",
        "Invoice INV-20161101-77",
        "Model no. KX-TG2512, serial 20261104.",
        // No 29 February outside a leap year.
        "Nightly backup 20230229 finished",
    ] {
        assert!(values(text, "2023-06-14").is_empty(), "{text}");
    }
}

/// Round 16: a weekday with a range of bare hours in a message names both ends on that day,
/// the second after the first on the clock (`Sun 11-1` ends at 13:00).
#[test]
fn round_16_a_weekday_with_a_range_of_hours() {
    for (text, want) in [
        (
            "Open house Sat 2-4",
            vec![("Sat 2", "2023-06-17T14:00"), ("4", "2023-06-17T16:00")],
        ),
        (
            "Viewing Sun 11-1",
            vec![("Sun 11", "2023-06-18T11:00"), ("1", "2023-06-18T13:00")],
        ),
        (
            "Brunch Sat 10-12",
            vec![("Sat 10", "2023-06-17T10:00"), ("12", "2023-06-17T12:00")],
        ),
    ] {
        assert_eq!(values(text, "2023-06-14"), pairs(&want), "{text}");
    }
    assert!(values("Final score 2-4", "2023-06-14").is_empty());
}

/// Round 16: a clock time on a count of years ahead, minutes said with `oh`, and a count of
/// days after a written date in a note.
#[test]
fn round_16_what_round_15_left() {
    for (text, want) in [
        (
            "in 2 years at noon",
            vec![("2 years at noon", "2025-06-14T12:00")],
        ),
        (
            "six oh five in the morning",
            vec![("six oh five in the morning", "2023-06-14T06:05")],
        ),
        (
            "10 days after March 1",
            vec![("10 days after March 1", "2024-03-11")],
        ),
    ] {
        assert_eq!(values(text, "2023-06-14"), pairs(&want), "{text}");
    }
    // In news, TimeBank marks the two apart.
    let news = values(
        "Prices rose 10 days after March 1, officials said.",
        "2023-06-14",
    );
    assert_eq!(news.len(), 2, "{news:?}");
}
