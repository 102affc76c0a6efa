//! Round 22: modern web news (all at Wednesday 2023-06-14).

use super::*;

fn marks(text: &str) -> Vec<(String, String)> {
    spans_and_values(text, "2023-06-14")
}

/// What closes a scheduled event, in the present, points ahead: a weekday or a month after
/// `ends` is the one to come; a length after `ends in` stays a length, and the noun stays out.
#[test]
fn round_22_ends_points_ahead() {
    for (text, span, want) in [
        (
            "Early voting ends Saturday, officials said.",
            "Saturday",
            "2023-06-17",
        ),
        (
            "The cycling tour ends in Lyon on Sunday.",
            "Sunday",
            "2023-06-18",
        ),
        ("The league season ends in April.", "April", "2024-04"),
        (
            "The discount ends Monday at most stores.",
            "Monday",
            "2023-06-19",
        ),
        (
            "The clearance sale ends in half an hour.",
            "half an hour",
            "PT30M",
        ),
        ("The offer ends in two weeks.", "two weeks", "P2W"),
        (
            "The sale ends in three-quarters of an hour.",
            "three-quarters of an hour",
            "PT45M",
        ),
        (
            "Staff tied up loose ends on Monday.",
            "Monday",
            "2023-06-12",
        ),
    ] {
        let got = marks(text);
        assert!(
            got.iter().any(|(s, v)| s == span && v == want),
            "{text}: {got:?}"
        );
    }
}

/// A quarter of a point is a rate's step, never a quarter of a year.
#[test]
fn round_22_quarter_point_is_no_time() {
    for text in [
        "The bank raised its main rate by a quarter point on Thursday.",
        "Markets had priced in a quarter-point cut.",
        "Yields rose three quarters of a percentage point.",
        "It was another quarter point on top of May's rise.",
    ] {
        let got = marks(text);
        assert!(
            got.iter()
                .all(|(s, _)| !s.to_lowercase().contains("quarter")),
            "{text}: {got:?}"
        );
    }
    // A quarter of the year is still one.
    let got = marks("Profit rose in the second quarter.");
    assert!(
        got.iter()
            .any(|(s, v)| s == "the second quarter" && v == "2023-Q2"),
        "{got:?}"
    );
}

/// A count after a first or a superlative and `in` is a length, even when a verb in the
/// sentence looks ahead; a plain `in` and a count in a future sentence is still a date ahead.
#[test]
fn round_22_first_in_years_is_a_length() {
    for (text, span, want) in [
        (
            "The record, their first in nine years, comes out Friday.",
            "nine years",
            "P9Y",
        ),
        (
            "Prices will reach their highest in a decade next month.",
            "a decade",
            "P10Y",
        ),
        (
            "It will be the biggest crowd in 20 years.",
            "20 years",
            "P20Y",
        ),
        (
            "The bridge will reopen in three months.",
            "three months",
            "2023-09",
        ),
    ] {
        let got = marks(text);
        assert!(
            got.iter().any(|(s, v)| s == span && v == want),
            "{text}: {got:?}"
        );
    }
}
