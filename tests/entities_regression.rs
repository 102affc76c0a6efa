//! Keeps the entity recognizer's F1 on CoNLL-2003 dev (../shared/data/conll-dev.jsonl) from
//! falling below what the trained model reached, scored like ../shared/eval/score.py: exact span
//! and label over PERSON, ORG, PLACE; predictions overlapping a gold MISC region are not counted.
//! Skipped, with a message, where ../shared/data is absent (the corpus is never committed).

use std::collections::HashSet;

use newsmark::{annotate, Kind, Options};
use serde_json::Value;

/// Measured 91.7 when this floor was set; a little slack for deliberate trade-offs elsewhere.
const CONLL_DEV_F1_FLOOR: f64 = 91.0;

#[test]
fn conll_dev_entity_f1_stays_above_the_floor() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/conll-dev.jsonl");
    let Ok(data) = std::fs::read_to_string(path) else {
        eprintln!("entities_regression: skipped, {path} not found");
        return;
    };
    let core = ["PERSON", "ORG", "PLACE"];
    let (mut tp, mut n_pred, mut n_gold) = (0usize, 0usize, 0usize);
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let doc: Value = serde_json::from_str(line).expect("jsonl line");
        let text = doc["text"].as_str().expect("text");
        let mut gold = HashSet::new();
        let mut misc = Vec::new();
        for g in doc["gold"].as_array().expect("gold") {
            if g["kind"] != "entity" {
                continue;
            }
            let (s, e, l) = (g["start"].as_u64().unwrap() as u32, g["end"].as_u64().unwrap() as u32, g["label"].as_str().unwrap());
            if core.contains(&l) {
                gold.insert((s, e, l.to_string()));
            } else {
                misc.push((s, e));
            }
        }
        let a = annotate(text, &Options::default()).expect("annotate");
        let pred: HashSet<(u32, u32, String)> = a
            .spans
            .iter()
            .filter(|s| s.kind == Kind::Entity && core.contains(&s.label.as_str()))
            .filter(|s| !misc.iter().any(|&(ms, me)| s.start < me && ms < s.end))
            .map(|s| (s.start, s.end, s.label.clone()))
            .collect();
        tp += gold.intersection(&pred).count();
        n_pred += pred.len();
        n_gold += gold.len();
    }
    let f1 = 200.0 * tp as f64 / (n_pred + n_gold) as f64;
    eprintln!("conll-dev entity F1 {f1:.2} (gold {n_gold}, predicted {n_pred})");
    assert!(f1 >= CONLL_DEV_F1_FLOOR, "conll-dev entity F1 {f1:.2} fell below {CONLL_DEV_F1_FLOOR}");
}
