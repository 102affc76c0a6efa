//! Tests of the whole recognizer: every `// EXAMPLE` of the rule files, the false-alarm traps,
//! datelines, and odd input; the families of each round in the modules below.

use super::*;
use crate::text::Doc;

mod clocks;
mod everyday;
mod machine;
mod messages;
mod newswire;
mod notices;
mod plans;
mod round18;
mod round20;
mod round21;
mod round22;
mod round24;
mod round25;
mod round26;
mod round27;

/// Wednesday.
const REFERENCE: &str = "2023-06-14";

fn found(text: &str, reference: Option<&str>) -> Vec<(String, &'static str, Option<String>)> {
    let doc = Doc::new(text);
    recognize(&doc, reference.and_then(Date::parse_iso))
        .into_iter()
        .map(|m| (text[m.start..m.end].to_string(), m.label.as_str(), m.value))
        .collect()
}

/// An example's text without brackets, its bracketed spans, and the expected value.
type Example = (String, Vec<(usize, usize)>, String);

/// `// EXAMPLE sentence with [span] and [another] = value` → (plain text, spans, value).
fn parse_example(line: &str) -> Option<Example> {
    let body = line.trim().strip_prefix("// EXAMPLE ")?;
    let (sentence, value) = body.rsplit_once(" = ")?;
    let mut text = String::new();
    let mut spans = Vec::new();
    let mut open = None;
    for c in sentence.chars() {
        match c {
            '[' => open = Some(text.len()),
            ']' => spans.push((open.take()?, text.len())),
            _ => text.push(c),
        }
    }
    Some((text, spans, value.trim().to_string()))
}

#[test]
fn every_rule_example_gives_its_span_and_value() {
    let mut failures = Vec::new();
    let mut checked = 0;
    for (file, src, _) in grammar::RULE_SOURCES {
        let mut pending: Vec<String> = Vec::new();
        for line in src.lines() {
            if line.trim().starts_with("// EXAMPLE") {
                pending.push(line.to_string());
                continue;
            }
            let line = line.trim();
            let rule = if line.is_empty() || line.starts_with('#') || line.starts_with("//") {
                None
            } else {
                // An unknown attribute or label is reported here with its line.
                grammar::split_rule_line(line)
                    .map_err(|e| failures.push(format!("{file}: {e}: {line}")))
                    .ok()
            };
            for ex in pending.drain(..) {
                let Some((text, spans, value)) = parse_example(&ex) else {
                    failures.push(format!("{file}: unreadable example {ex}"));
                    continue;
                };
                let Some(rule) = &rule else {
                    failures.push(format!("{file}: example not above a rule: {ex}"));
                    continue;
                };
                let doc = Doc::new(&text);
                let got = recognize(&doc, Date::parse_iso(REFERENCE));
                let (s, e) = spans[0];
                // `= none`: a `[no-time]` rule's words give no date at all.
                if value == "none" {
                    checked += 1;
                    if let Some(m) = got.iter().find(|m| m.start < e && s < m.end) {
                        failures.push(format!("{file} {}: {text:?} gave {m:?}", rule.name));
                    }
                    continue;
                }
                let hit = got.iter().find(|m| m.start == s && m.end == e);
                checked += 1;
                match hit {
                    Some(m) if m.value.as_deref() == Some(value.as_str()) => {}
                    _ => failures.push(format!(
                        "{file} {}: {:?} wanted [{}] = {value}, got {:?}",
                        rule.name,
                        text,
                        &text[s..e],
                        got.iter()
                            .map(|m| (&text[m.start..m.end], m.label.as_str(), m.value.clone()))
                            .collect::<Vec<_>>()
                    )),
                }
            }
        }
    }
    assert!(checked > 150, "only {checked} examples");
    assert!(
        failures.is_empty(),
        "{} of {checked} examples fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Things that look like dates and are not. Each must come out with no date at all.
const TRAPS: &[&str] = &[
    "You may leave now if you must.",
    "Theresa May spoke to reporters.",
    "They march on the capital.",
    "March on, soldiers.",
    "The company sold 2,000 cars.",
    "He paid $2023 for it.",
    "Madrid won the game 2-1.",
    "Upgrade to version 3.10 soon.",
    "Call 555-1234 or 212-555-0199 for details.",
    "The 53-year-old mayor resigned.",
    "A 10-year-old boy was hurt.",
    "The 9/11 attacks changed the city.",
    "There were 1990 people in the hall.",
    "About 2000 troops arrived.",
    "Room 1999 is upstairs.",
    "June Carter sang.",
    "He won the 400-metre race.",
    "Only a quarter of voters backed the plan.",
    "Three quarters of the stores closed.",
    "He said on ABC's \"This Week\" that talks failed.",
    "Dunmore told LA Weekly the fight was over.",
    "He was the 11th U.S. envoy, and the 33rd floor burned on the 25th anniversary.",
    "The letters describe the crew's every day routines and their every day meals.",
    "Ozone hurts soybeans and winter wheat, the Arab Spring showed.",
    "She drew the novel with illustrator Johnnie Christmas.",
    // Written forms of issue 19: scores, versions, codes and fractions stay numbers.
    "The Lakers won 2-15 in the rain.",
    "Upgrade to version 1.2.2013 now.",
    "Install build 10-12-2020 first.",
    "He scored 12/15 and ate 3/4 of the pie.",
    "Sun Microsystems and Sat Nav makers met Wed officials.",
    "We may second the motion and march on.",
    "Christmas shopping rose. The Easter eggs sold out, as did Food, Easter, Music tickets.",
    // A whole text is a note (round 3 of issue 19), but a score, a fraction, a count or a word
    // alone is still none.
    "2-1",
    "3/4",
    "the first",
    "25",
    "We march first, then sat down.",
    "Sun Microsystems rose 5, Sun said.",
    // Everyday texts (issue 19, round 4): idioms, names and titles, codes and sizes.
    "hold on a sec, wait a minute",
    "ok let's call it a day",
    "We watched Monday Night Football at Dan's place",
    "The decline and Fall of Rome was slow.",
    "Please find invoice no. 2019 attached",
    "Read Psalm 23:4 again",
    "he is 6'02\" now",
    "tell Mar to come and ask Jun",
    "the kids found every Easter egg",
    "open sat/sun evenings and weekday mornings",
    "Il a perdu mon parapluie",
    "I sat there on the bench with a sun hat",
    // A price per unit of time (round 6).
    "It costs £4.99 a week or $200 a year.",
    // A date word after `the` going on into a name (round 6).
    "She writes for the Sunday Times and the Sunday Telegraph.",
    "He wrote a history of the Easter Rising.",
];

#[test]
fn traps_stay_unmarked() {
    for t in TRAPS {
        let got: Vec<_> = found(t, Some(REFERENCE))
            .into_iter()
            .filter(|(s, ..)| s != "now" && s != "soon")
            .collect();
        assert!(got.is_empty(), "{t:?} gave {got:?}");
    }
}

#[test]
fn a_year_after_an_event_name_is_its_date_after_other_names_part_of_the_name() {
    assert_eq!(
        found(
            "Fans came to the World Cup 2018 in droves.",
            Some(REFERENCE)
        )[0]
        .2
        .as_deref(),
        Some("2018")
    );
    assert_eq!(
        found(
            "Crowds filled Comic Fest Ontario 2017 in Ottawa.",
            Some(REFERENCE)
        )[0]
        .2
        .as_deref(),
        Some("2017")
    );
    assert!(found("He founded Orion 1980, a small firm.", Some(REFERENCE)).is_empty());
}

#[test]
fn a_second_day_after_a_date_shares_its_month() {
    let got = found(
        "The summit meets on April 24 and 25, and 30 leaders attend.",
        Some(REFERENCE),
    );
    let values: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.2.as_deref())).collect();
    assert_eq!(
        values,
        [("April 24", Some("2023-04-24")), ("25", Some("2023-04-25"))]
    );
    assert_eq!(
        found("On June 2 and 40 people came.", Some(REFERENCE)).len(),
        1
    );
}

#[test]
fn a_range_of_years_after_over_is_two_years() {
    let got = found(
        "They studied pollution over 2000 - 2050 and about 2000 farms.",
        Some(REFERENCE),
    );
    let spans: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(spans, ["2000", "2050"]);
}

#[test]
fn a_sentence_opening_now_comma_moves_the_story_on() {
    assert!(found(
        "Sales fell. Now, he says, the firm is cutting jobs.",
        Some(REFERENCE)
    )
    .is_empty());
    assert_eq!(
        found("Now the firm is cutting jobs.", Some(REFERENCE))[0]
            .2
            .as_deref(),
        Some("PRESENT_REF")
    );
    assert_eq!(
        found(
            "Sales fell. Currently, the firm has 40 stores.",
            Some(REFERENCE)
        )[0]
        .2
        .as_deref(),
        Some("PRESENT_REF")
    );
}

#[test]
fn without_a_reference_unknowns_are_x() {
    let got = found("The meeting was on June 18 and again on Friday.", None);
    assert_eq!(got[0].2.as_deref(), Some("XXXX-06-18"));
    assert_eq!(got[1].2.as_deref(), Some("XXXX-WXX-5"));
}

#[test]
fn narrative_anchor_is_the_latest_full_date() {
    let got = found("The deal closed on March 3, 2019. Two days later, on Friday, shares rose. The next year was bad.", None);
    let friday = got.iter().find(|g| g.0 == "Friday").unwrap();
    assert_eq!(friday.2.as_deref(), Some("2019-03-01"));
}

/// Issue 19: an expression standing alone (a note, a reply) speaks of what is ahead; in a
/// sentence of news with no cue (ended by a full stop, in the third person), the past still
/// wins.
#[test]
fn an_expression_alone_looks_ahead() {
    let value = |text: &str| found(text, Some(REFERENCE))[0].2.clone();
    assert_eq!(value("Monday").as_deref(), Some("2023-06-19"));
    assert_eq!(value("on Friday.").as_deref(), Some("2023-06-16"));
    assert_eq!(
        value("Officials in Friday talks.").as_deref(),
        Some("2023-06-09")
    );
}

#[test]
fn tense_decides_bare_weekdays_and_months() {
    let r = Some(REFERENCE);
    assert_eq!(
        found("Blinken will travel on Sunday.", r)[0].2.as_deref(),
        Some("2023-06-18")
    );
    assert_eq!(
        found("Blinken said on Sunday that talks went well.", r)[0]
            .2
            .as_deref(),
        Some("2023-06-11")
    );
    assert_eq!(
        found("The law will take effect in January.", r)[0]
            .2
            .as_deref(),
        Some("2024-01")
    );
    assert_eq!(
        found("Prices fell sharply in December.", r)[0].2.as_deref(),
        Some("2022-12")
    );
    assert_eq!(
        found("The board meets Friday to vote.", r)[0].2.as_deref(),
        Some("2023-06-16")
    );
    assert_eq!(
        found("The index is near the record it set on Dec. 6.", r)[0]
            .2
            .as_deref(),
        Some("2022-12-06")
    );
    assert_eq!(
        found("The vote is set for Dec. 6.", r)[0].2.as_deref(),
        Some("2023-12-06")
    );
    assert_eq!(
        found("It had been due to close Friday.", r)[0].2.as_deref(),
        Some("2023-06-09")
    );
    assert_eq!(
        found("The team planned to leave on Monday.", r)[0]
            .2
            .as_deref(),
        Some("2023-06-19")
    );
    assert_eq!(
        found("It would be settled on a still unnamed date in March.", r)[0]
            .2
            .as_deref(),
        Some("2024-03")
    );
    // No tense cue: the past, except the day after the reference.
    assert_eq!(
        found("The summit in Geneva on Monday.", r)[0].2.as_deref(),
        Some("2023-06-12")
    );
    assert_eq!(
        found("The summit in Geneva on Thursday.", r)[0]
            .2
            .as_deref(),
        Some("2023-06-15")
    );
}

#[test]
fn datelines_give_the_reference_date() {
    for (text, want) in [
        ("WASHINGTON, June 14, 2023 (AP) — Blinken will travel on Sunday.", Some("2023-06-14")),
        ("By Jane Doe\nPublished 14 June 2023\n\nBlinken will travel on Sunday.", Some("2023-06-14")),
        ("Tuesday, September 22, 2015\n\nThe clock was fixed.", Some("2015-09-22")),
        ("Bridge toll rises\nFriday, March 11, 2016 On Wednesday, the council announced a toll.", Some("2016-03-11")),
        ("Blinken will travel on Sunday. It was planned after talks that began in a long and winding process on June 14, 2003, in a city far away.", None),
    ] {
        let doc = Doc::new(text);
        assert_eq!(find_reference_date(&doc).map(|d| d.to_string()).as_deref(), want, "{text}");
    }
}

/// Issue 19: a web page's timestamp gives the reference date and time when the caller gives
/// none, is marked itself, and relative timestamps resolve against it, never the clock.
#[test]
fn web_timestamps_give_the_reference_and_its_time() {
    for (text, date, time, source) in [
        (
            "Published 28 July 2026, 08:52 BST\nUpdated 2 hours ago\n\nThe minister spoke.",
            "2026-07-28",
            Some("08:52"),
            "timestamp",
        ),
        (
            "Last modified: 2026-07-28T08:52:00Z\n\nThe minister spoke.",
            "2026-07-28",
            Some("08:52"),
            "timestamp",
        ),
        (
            "2026-07-28 08:52\nThe minister spoke on Monday.",
            "2026-07-28",
            Some("08:52"),
            "timestamp",
        ),
        (
            "WASHINGTON, June 14, 2023 (AP) — Blinken will travel on Sunday.",
            "2023-06-14",
            None,
            "dateline",
        ),
    ] {
        let doc = Doc::new(text);
        let r = find_reference(&doc).unwrap_or_else(|| panic!("{text}"));
        assert_eq!(r.date.to_string(), date, "{text}");
        assert_eq!(r.time.map(|t| t.to_string()).as_deref(), time, "{text}");
        assert_eq!(r.source.as_str(), source, "{text}");
    }
    let text = "Published 28 July 2026, 08:52 BST\nUpdated 2 hours ago\n\nThe minister spoke.";
    let doc = Doc::new(text);
    let got: Vec<_> = recognize_at(&doc, find_reference(&doc))
        .into_iter()
        .map(|m| {
            (
                text[m.start..m.end].to_string(),
                m.value.unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                "28 July 2026, 08:52 BST".to_string(),
                "2026-07-28T08:52".to_string()
            ),
            ("2 hours ago".to_string(), "2026-07-28T06:52".to_string())
        ]
    );
}

#[test]
fn modifiers_join_the_span() {
    let got = found(
        "Sales rose in early 2023 and fell in the late 1990s, nearly four years ago.",
        Some(REFERENCE),
    );
    let spans: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(
        spans,
        ["early 2023", "the late 1990s", "nearly four years ago"]
    );
}

#[test]
fn odd_input_never_panics() {
    for t in [
        "",
        "May",
        "'",
        "'9",
        "the",
        "1/2/3/4",
        "99:99",
        "Q5 2023",
        "😀 June 😀 18, 2023 😀",
        "the twenty-",
        "mid-",
        "\u{2019}90s",
        "twenty - first of",
        "12pm 13pm 0am",
        "99999999999999999999999 weeks ago",
        "a million million million million years ago",
        "9999999999 days from now",
        "1.5 quarters ago",
        "the 0th century",
        "the 99th century",
        "Dec. 32, 2023",
        "Feb. 29, 2023 and Feb. 29, 2024",
        "2023-13-45",
        "in the year 9999 and in 0000",
        "'00s and '20s",
        "nineteen",
        "two thousand and",
        "every 0 weeks",
        "24:00 and 25:00",
    ] {
        for r in [None, Some(REFERENCE)] {
            let _ = found(t, r);
        }
        let _ = find_reference_date(&Doc::new(t));
    }
}

#[test]
fn random_date_soup_gives_sane_spans() {
    const WORDS: &[&str] = &[
        "the",
        "last",
        "next",
        "week",
        "Friday",
        "June",
        "18",
        ",",
        "2023",
        "ago",
        "two",
        "-",
        "year",
        "old",
        "'",
        "90s",
        "quarter",
        "third",
        "fiscal",
        "a",
        "of",
        "p.m.",
        "3:30",
        "EST",
        "early",
        "mid",
        "now",
        "every",
        "Monday",
        "nights",
        "twenty",
        "four",
        "hours",
        "the past",
        "several",
        "years",
        "May",
        "March",
        "$",
        "6/18/2023",
        "’s",
        "😀",
        "é",
        "\n",
        "yesterday",
        "morning",
        "that",
        "same",
        "day",
        "Christmas",
        "Eve",
        "New",
        "Year",
        "nineteen",
        "ninety",
        "six",
    ];
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    for _ in 0..300 {
        let mut text = String::new();
        for _ in 0..40 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            text.push_str(WORDS[(seed % WORDS.len() as u64) as usize]);
            text.push(if seed % 5 == 0 { '\u{00a0}' } else { ' ' });
        }
        for r in [None, Some(REFERENCE)] {
            let doc = Doc::new(&text);
            let got = recognize(&doc, r.and_then(Date::parse_iso));
            let mut last_end = 0;
            for m in &got {
                assert!(m.start < m.end && m.end <= text.len(), "{m:?} in {text:?}");
                assert!(
                    text.is_char_boundary(m.start) && text.is_char_boundary(m.end),
                    "{m:?} in {text:?}"
                );
                assert!(m.start >= last_end, "overlap at {m:?} in {text:?}");
                last_end = m.end;
            }
        }
    }
}

/// (span, value) of every date in `text` at the reference date.
/// (text of each mention, value) at `REFERENCE`; also the other date steps' tests.
pub(crate) fn values(text: &str) -> Vec<(String, String)> {
    found(text, Some(REFERENCE))
        .into_iter()
        .map(|(s, _, v)| (s, v.unwrap_or_default()))
        .collect()
}

fn pairs(want: &[(&str, &str)]) -> Vec<(String, String)> {
    want.iter()
        .map(|(s, v)| (s.to_string(), v.to_string()))
        .collect()
}

/// What is recognized in `text` against a reference date-time (`2023-06-14T09:30`).
fn recognized_at(text: &str, reference: &str) -> Vec<DateMention> {
    let doc = Doc::new(text);
    let (date, time) = reference::parse_reference(reference).unwrap();
    recognize_at(
        &doc,
        Some(Reference {
            date,
            time,
            ..Reference::on(date)
        }),
    )
}

/// The value of the mention whose text is `span`, at Wednesday 2023-06-14, 10:00.
fn value_of(text: &str, span: &str) -> Option<String> {
    spans_and_values(text, "2023-06-14T10:00")
        .into_iter()
        .find(|(s, _)| s == span)
        .map(|(_, v)| v)
}

/// The value of the first mention whose text holds `part`, at Wednesday 2023-06-14, 10:00.
fn value_over(text: &str, part: &str) -> Option<String> {
    spans_and_values(text, "2023-06-14T10:00")
        .into_iter()
        .find(|(s, _)| s.contains(part))
        .map(|(_, v)| v)
}

/// Each mention's text and value, with the reference date-time `at`.
fn spans_and_values(text: &str, at: &str) -> Vec<(String, String)> {
    recognized_at(text, at)
        .into_iter()
        .map(|m| {
            (
                text[m.start..m.end].to_string(),
                m.value.unwrap_or_default(),
            )
        })
        .collect()
}
