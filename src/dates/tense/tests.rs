//! Tense cues, notices and messages, with sentences of our own.

use super::*;

/// Every word of the lists is found, and points its way: `will Friday`, `said Friday`.
#[test]
fn every_cue_word_points_its_way() {
    for (list, tense) in [(FUTURE, Tense::Future), (PAST, Tense::Past)] {
        for w in list {
            let doc = crate::text::Doc::new(w);
            let toks = Toks::new(&doc);
            if toks.len() == 1 {
                assert_eq!(cue(&toks, 0), Some(tense), "{w}");
            }
        }
    }
    let doc = crate::text::Doc::new("ordinary");
    assert_eq!(cue(&Toks::new(&doc), 0), None);
}

/// Round 11: a cue word used as a noun says nothing (`the rescue plan`, `another cut`),
/// and `should` looks ahead (at 2023-06-14, a Wednesday) unless it has `have`.
#[test]
fn a_cue_word_used_as_a_noun_says_no_tense() {
    use crate::dates::tests::values;
    let one = |text: &str| values(text)[0].1.clone();
    assert_eq!(
        one("Congress approved the rescue plan in August."),
        "2022-08"
    );
    assert_eq!(one("The peace plan was signed in March."), "2023-03");
    assert_eq!(
        one("Traders expect another cut in interest rates before Christmas."),
        "2023-12-25"
    );
    assert_eq!(one("The company plans a sale in August."), "2023-08");
    assert_eq!(
        one("The flight recorder should be read by Friday."),
        "2023-06-16"
    );
    assert_eq!(one("Results should come in August."), "2023-08");
    assert_eq!(one("It should have been finished by Friday."), "2023-06-09");
}

/// Round 8: a forecast for a day looks ahead (at 2023-06-14, a Wednesday), unless it was
/// told in the past.
#[test]
fn a_forecast_for_a_day_looks_ahead() {
    use crate::dates::tests::values;
    let one = |text: &str| values(text)[0].1.clone();
    assert_eq!(one("Heavy rain is forecast for Monday."), "2023-06-19");
    assert_eq!(one("Storms are predicted for Saturday."), "2023-06-17");
    assert_eq!(
        one("Snow was forecast for Monday but never came."),
        "2023-06-12"
    );
}

/// Round 7: the present of a scheduled event with a verb that is also a noun or an
/// adjective points ahead (at 2023-06-14, a Wednesday); the noun, the adjective after `be`,
/// a name and the past do not.
#[test]
fn the_present_of_a_schedule_points_ahead() {
    use crate::dates::tests::values;
    let one = |text: &str| values(text)[0].1.clone();
    assert_eq!(
        one("Rovers host United on Saturday at 3pm."),
        "2023-06-17T15:00"
    );
    assert_eq!(
        one("The two sides face each other on Monday."),
        "2023-06-19"
    );
    assert_eq!(one("Gates open at 7pm on Friday."), "2023-06-16T19:00");
    assert_eq!(one("The exhibition runs until Sunday."), "2023-06-18");
    assert_eq!(
        one("The pharmacy is open Monday to Saturday."),
        "2023-06-19"
    );
    // Nouns, adjectives, names and the past keep the past.
    assert_eq!(one("The host city was chosen on Monday."), "2023-06-12");
    assert_eq!(one("He hit two home runs on Monday."), "2023-06-12");
    // After a past verb in the clause they are nouns or adjectives.
    assert_eq!(one("Shoppers wore face masks on Monday."), "2023-06-12");
    assert_eq!(
        one("The city played host to the summit on Monday."),
        "2023-06-12"
    );
    assert_eq!(one("Staff kept the doors open on Monday."), "2023-06-12");
    // A line's first word in `-ed` is a verb, not a name: web page chrome.
    assert_eq!(one("Updated Friday 10:41"), "2023-06-09T10:41");
    assert_eq!(one("Leeds United host Burnley on Saturday."), "2023-06-17");
    assert_eq!(one("By Jane Doe | Posted Monday"), "2023-06-12");
    assert_eq!(one("The store was open Monday."), "2023-06-12");
    assert_eq!(
        one("She finished third at the Irish Open in May."),
        "2023-05"
    );
    assert_eq!(one("The pharmacy was open on Monday."), "2023-06-12");
    // A notice in a message: the state is ahead; a sentence of news keeps the past.
    assert_eq!(one("Office closed 24/12 - 2/1"), "2023-12-24");
    assert_eq!(one("shop shut fri"), "2023-06-16");
    assert_eq!(one("The office closed Friday."), "2023-06-09");
    assert_eq!(one("we were closed fri"), "2023-06-09");
}
