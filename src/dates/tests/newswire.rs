//! TempEval-style newswire never seen (rounds 11 and 19).

use super::*;

/// Round 11 (newswire of the 1990s as TimeBank marks it, at 2023-06-14, a Wednesday): the
/// month and week in discourse, `midyear`, halves of a long unit and of the year, `fewer than`,
/// a month or season following one the story named, the present of what is scheduled.
#[test]
fn round_11_newswire_forms() {
    for (text, span, value) in [
        (
            "Rates rose earlier in the month.",
            "earlier in the month",
            "2023-06",
        ),
        (
            "Talks will resume later in the week.",
            "later in the week",
            "2023-W24",
        ),
        ("Prices have climbed since midyear.", "midyear", "2023"),
        (
            "He ruled for nearly half a century.",
            "nearly half a century",
            "P50Y",
        ),
        (
            "Fewer than five weeks remain.",
            "Fewer than five weeks",
            "P5W",
        ),
        (
            "Hiring should slow during the second half of the year.",
            "the second half of the year",
            "2023-H2",
        ),
        (
            "He was elected in November 2019 and sworn in the following January.",
            "the following January",
            "2020-01",
        ),
        (
            "The new governor takes office in January.",
            "January",
            "2024-01",
        ),
        (
            "The port was ruled from the coast for centuries.",
            "centuries",
            "PXC",
        ),
    ] {
        let got = values(text);
        assert_eq!(
            got.last(),
            Some(&(span.to_string(), value.to_string())),
            "{text}: {got:?}"
        );
    }
    // Names that hold a time word name no time; `the fall of` a year is still the season.
    for text in [
        "Since the fall of the empire, trade has grown.",
        "He fought in the Six-Day War.",
        "Marchers remembered Bloody Sunday.",
    ] {
        assert_eq!(values(text), pairs(&[]), "{text}");
    }
    assert_eq!(
        values("It closed in the fall of last year."),
        pairs(&[("the fall of last year", "2022-FA")])
    );
    // A clock time in a past sentence does not take a day ahead named before it.
    assert_eq!(
        values("He will be sworn in on July 20. He spoke to supporters at 1 a.m."),
        pairs(&[("July 20", "2023-07-20"), ("1 a.m.", "2023-06-14T01:00")])
    );
    // A clock restated in GMT in brackets is no year, and the first takes the day after it.
    assert_eq!(
        values("The blast came at 2:30 p.m. EST (1930 GMT) Tuesday."),
        pairs(&[
            ("2:30 p.m. EST", "2023-06-13T14:30"),
            ("Tuesday", "2023-06-13")
        ])
    );
}

/// Round 19: `over` before a length means during after most words and stays out of the span
/// (GUIDELINES.md: no governing preposition); it means more than after a word that takes an
/// amount, and joins.
#[test]
fn round_19_over_is_during_unless_it_counts() {
    for (text, want) in [
        (
            "The union won a raise of 4 percent over three years.",
            &[("three years", "P3Y")][..],
        ),
        (
            "The bank lost $2 million over a four-year period.",
            &[("a four-year period", "P4Y")],
        ),
        ("Profits rose over two years.", &[("two years", "P2Y")]),
        (
            "The jury heard ten hours of testimony over two days.",
            &[("ten hours", "PT10H"), ("two days", "P2D")],
        ),
        // More than: after a verb of length, `for`, `of`, `has`, and before `ago`.
        ("Repairs took over two days.", &[("over two days", "P2D")]),
        (
            "He led the firm for over a decade.",
            &[("over a decade", "P10Y")],
        ),
        (
            "It came after a delay of over an hour.",
            &[("over an hour", "PT1H")],
        ),
    ] {
        assert_eq!(values(text), pairs(want), "{text}");
    }
}

/// Round 19: a part of the day after a preposition, where the clause goes on, is a time on
/// the day the story last named (else the article's); not before the noun it describes.
#[test]
fn round_19_a_part_of_the_day_in_a_story() {
    for (text, want) in [
        (
            "The heat peaked on Tuesday, with the highest reading in the afternoon.",
            &[
                ("Tuesday", "2023-06-13"),
                ("the afternoon", "2023-06-13TAF"),
            ][..],
        ),
        (
            "Shares were little changed by late afternoon.",
            &[("late afternoon", "2023-06-14TAF")],
        ),
        (
            "Divers searched through the night for the crew.",
            &[("the night", "2023-06-14TNI")],
        ),
        ("He briefs staff in the morning meetings.", &[]),
        ("Crowds gathered on the night of the count.", &[]),
    ] {
        assert_eq!(values(text), pairs(want), "{text}");
    }
}

/// Round 19: which way a date points. A listed present verb after a preposition or a compound
/// adjective is a noun (`visits`); the modal `may` looks ahead (not `may have`); so does
/// `predict`. At 2023-06-14, a Wednesday.
#[test]
fn round_19_tense_of_news_sentences() {
    for (text, want) in [
        (
            "Clinics reported a rise in flu-related visits over the weekend.",
            &[("the weekend", "2023-W23-WE")][..],
        ),
        (
            "Clinics reported a jump in visits over the weekend.",
            &[("the weekend", "2023-W23-WE")],
        ),
        (
            "Officials said the plant may reopen in March.",
            &[("March", "2024-03")],
        ),
        (
            "Officials said the plant may have closed in March.",
            &[("March", "2023-03")],
        ),
        (
            "Forecasters predict heavy rain for the weekend.",
            &[("the weekend", "2023-W24-WE")],
        ),
    ] {
        assert_eq!(values(text), pairs(want), "{text}");
    }
}

/// Round 19: a length in two units, the larger first, is one length; `later` right after a
/// length is that length's, not the next date's; a recurrence takes its part of the day and
/// no `late`.
#[test]
fn round_19_lengths_and_recurrences() {
    for (text, want) in [
        (
            "The standoff lasted five hours and 40 minutes.",
            &[("five hours and 40 minutes", "PT5H40M")][..],
        ),
        (
            "He was jailed for three years and six months.",
            &[("three years and six months", "P3Y6M")],
        ),
        (
            "The winning time was 2 hours, 9 minutes.",
            &[("2 hours, 9 minutes", "PT2H9M")],
        ),
        // Two lengths of one unit, or a period, stay apart.
        (
            "It rose 3 percent in two days, 5 percent in ten days.",
            &[("two days", "P2D"), ("ten days", "P10D")],
        ),
        (
            "The library opens late every Thursday evening.",
            &[("every Thursday evening", "XXXX-WXX-4TEV")],
        ),
    ] {
        assert_eq!(values(text), pairs(want), "{text}");
    }
    let got = values("Classes will start an hour later next fall.");
    assert_eq!(
        got.iter().map(|(s, _)| s.as_str()).collect::<Vec<_>>(),
        ["an hour", "next fall"],
        "{got:?}"
    );
}
