//! The canonical example article (tests/fixtures/blinken-china-trip.*), annotated at reference
//! date 2023-06-14 and compared with its hand-made gold annotations.

use newsmark::{annotate, Annotations, Kind, Options};
use serde_json::Value;

fn fixture() -> (String, Value) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/");
    let text = std::fs::read_to_string(format!("{dir}blinken-china-trip.txt")).unwrap();
    let gold = serde_json::from_str(
        &std::fs::read_to_string(format!("{dir}blinken-china-trip.gold.json")).unwrap(),
    )
    .unwrap();
    (text, gold)
}

fn run() -> (Annotations, Value) {
    let (text, gold) = fixture();
    let a = annotate(
        &text,
        &Options {
            reference_date: Some("2023-06-14".into()),
        },
    )
    .unwrap();
    (a, gold)
}

fn gold_spans<'a>(gold: &'a Value, kind: &'a str) -> impl Iterator<Item = &'a Value> + 'a {
    gold["spans"]
        .as_array()
        .unwrap()
        .iter()
        .filter(move |s| s["kind"] == kind)
}

#[test]
fn entities_reach_f_090_on_person_org_place() {
    let (a, gold) = run();
    let core = ["PERSON", "ORG", "PLACE"];
    let g: std::collections::HashSet<(u64, u64, String)> = gold_spans(&gold, "entity")
        .filter(|s| core.contains(&s["label"].as_str().unwrap()))
        .map(|s| {
            (
                s["start"].as_u64().unwrap(),
                s["end"].as_u64().unwrap(),
                s["label"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let p: std::collections::HashSet<(u64, u64, String)> = a
        .spans
        .iter()
        .filter(|s| s.kind == Kind::Entity && core.contains(&&*s.label))
        .map(|s| (s.start as u64, s.end as u64, s.label.to_string()))
        .collect();
    let tp = g.intersection(&p).count() as f64;
    let f = 2.0 * tp / (g.len() + p.len()) as f64;
    let missed: Vec<_> = g.difference(&p).collect();
    let wrong: Vec<_> = p.difference(&g).collect();
    assert!(
        f >= 0.90,
        "entity F {f:.3}\nmissed {missed:?}\nwrong {wrong:?}"
    );
}

#[test]
fn at_least_11_of_13_dates_have_the_right_value() {
    let (a, gold) = run();
    let mut right = Vec::new();
    let mut wrong = Vec::new();
    for g in gold_spans(&gold, "date") {
        let (gs, ge) = (
            g["start"].as_u64().unwrap() as u32,
            g["end"].as_u64().unwrap() as u32,
        );
        let values: Vec<&str> = g["values"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(Value::as_str)
            .collect();
        let found = a
            .spans
            .iter()
            .find(|s| s.kind == Kind::Date && s.start < ge && gs < s.end);
        match found.and_then(|s| s.value.as_deref()) {
            Some(v) if values.contains(&v) => right.push(g["text"].as_str().unwrap()),
            other => wrong.push((g["text"].as_str().unwrap(), other.map(str::to_string))),
        }
    }
    assert_eq!(right.len() + wrong.len(), 13);
    assert!(
        right.len() >= 11,
        "only {} right; wrong: {wrong:?}",
        right.len()
    );
}

/// Holds with any entity recognizer: every quote is found and its speaker mention is one that
/// names (or describes) the right speaker (`Qin`, `the department`, `Kritenbrink`).
#[test]
fn all_7_quotes_found_with_a_speaker_mention_of_the_right_speaker() {
    let (a, gold) = run();
    let gold_quotes: Vec<&Value> = gold_spans(&gold, "quote").collect();
    assert_eq!(gold_quotes.len(), 7);
    assert_eq!(a.spans.iter().filter(|s| s.kind == Kind::Quote).count(), 7);
    for g in gold_quotes {
        let (gs, ge) = (
            g["start"].as_u64().unwrap() as u32,
            g["end"].as_u64().unwrap() as u32,
        );
        let q = a
            .spans
            .iter()
            .find(|s| s.kind == Kind::Quote && s.start == gs && s.end == ge)
            .unwrap_or_else(|| panic!("quote not found: {}", g["text"]));
        let speaker = q
            .speaker
            .as_ref()
            .unwrap_or_else(|| panic!("no speaker for {}", g["text"]));
        let head = speaker.text.split(' ').next_back().unwrap().to_lowercase();
        let want = g["speaker"].as_str().unwrap().to_lowercase();
        assert!(
            want.split(' ').any(|w| w == head),
            "quote {} attributed to {:?}, want {want}",
            g["text"],
            speaker.text
        );
    }
}

#[test]
fn all_7_quotes_found_with_the_right_speaker() {
    let (a, gold) = run();
    let gold_quotes: Vec<&Value> = gold_spans(&gold, "quote").collect();
    assert_eq!(gold_quotes.len(), 7);
    for g in gold_quotes {
        let (gs, ge) = (
            g["start"].as_u64().unwrap() as u32,
            g["end"].as_u64().unwrap() as u32,
        );
        let q = a
            .spans
            .iter()
            .find(|s| s.kind == Kind::Quote && s.start.max(gs) + 2 < s.end.min(ge))
            .unwrap_or_else(|| panic!("quote not found: {}", g["text"]));
        let speaker = q
            .speaker
            .as_ref()
            .unwrap_or_else(|| panic!("no speaker for {}", g["text"]));
        let cluster = speaker
            .entity
            .map(|e| a.entities[e as usize].name.as_str())
            .unwrap_or(&speaker.text);
        let want = g["speaker"].as_str().unwrap();
        assert!(
            cluster == want || want.split(' ').any(|w| cluster.contains(w) && w.len() > 3),
            "quote {} attributed to {:?} ({cluster}), want {want}",
            g["text"],
            speaker.text
        );
    }
}
