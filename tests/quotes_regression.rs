//! Keeps the quote figures on the PolNeAR development set (../shared/data/polnear-dev.jsonl)
//! from falling below what the quotes issue reached. Scored as ../shared/eval/score.py does:
//! quotes match when, stripped of marks, spaces and end punctuation, they overlap by 80 % of the
//! longer one (one-to-one, largest overlaps first); a speaker is right (strict) when its span
//! overlaps the gold speaker span. Skipped, with a message, where ../shared/data is absent
//! (the corpus may not be copied into the project).

use newsmark::{annotate, Kind, Options};
use serde_json::Value;

mod dev_sets;

/// Floors: a little under the figures measured when this test was last tightened.
const MIN_QUOTE_F1: f64 = 0.978;
const MIN_SPEAKER_STRICT: f64 = 0.970;

const STRIP_MARKS: &str = "\u{201c}\u{ab}\u{201e}\u{201d}\u{bb}\"\u{2018}\u{2019}'`";

fn strip_start(c: u16) -> bool {
    char::from_u32(c as u32).is_some_and(|c| {
        STRIP_MARKS.contains(c) || matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{a0}')
    })
}

fn strip_end(c: u16) -> bool {
    strip_start(c)
        || char::from_u32(c as u32).is_some_and(|c| ".,;:!?\u{2026}\u{2014}\u{2013}-".contains(c))
}

/// score.py's `norm_span` on UTF-16 offsets.
fn norm(units: &[u16], s: usize, e: usize) -> (usize, usize) {
    let e = e.min(units.len());
    let (mut a, mut b) = (s.min(e), e);
    while a < b && strip_start(units[a]) {
        a += 1;
    }
    while b > a && strip_end(units[b - 1]) {
        b -= 1;
    }
    if b > a {
        (a, b)
    } else {
        (s, e)
    }
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

#[derive(Default)]
struct Tally {
    gold: usize,
    pred: usize,
    matched: usize,
    speakers: usize,
    strict: usize,
}

fn score_doc(doc: &Value, t: &mut Tally) {
    let text = doc["text"].as_str().unwrap();
    let units: Vec<u16> = text.encode_utf16().collect();
    let reference = doc["reference_date"].as_str().map(str::to_string);
    let a = annotate(
        text,
        &Options {
            reference_date: reference,
        },
    )
    .unwrap();
    let spans = doc["gold"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["kind"] == "quote");
    let (gold, ignore): (Vec<&Value>, Vec<&Value>) = spans.partition(|s| s["label"] != "IGNORE");
    let ignored: Vec<(usize, usize)> = ignore
        .iter()
        .map(|s| {
            (
                s["start"].as_u64().unwrap() as usize,
                s["end"].as_u64().unwrap() as usize,
            )
        })
        .collect();
    let pred: Vec<_> = a
        .spans
        .iter()
        .filter(|s| s.kind == Kind::Quote)
        .filter(|s| {
            !ignored
                .iter()
                .any(|&i| overlap((s.start as usize, s.end as usize), i) > 0)
        })
        .collect();
    t.gold += gold.len();
    t.pred += pred.len();
    let gn: Vec<_> = gold
        .iter()
        .map(|g| {
            norm(
                &units,
                g["start"].as_u64().unwrap() as usize,
                g["end"].as_u64().unwrap() as usize,
            )
        })
        .collect();
    let pn: Vec<_> = pred
        .iter()
        .map(|p| norm(&units, p.start as usize, p.end as usize))
        .collect();
    let mut cands = Vec::new();
    for (gi, g) in gn.iter().enumerate() {
        for (pi, p) in pn.iter().enumerate() {
            let o = overlap(*g, *p);
            if o > 0 && o as f64 >= 0.8 * (g.1 - g.0).max(p.1 - p.0) as f64 {
                cands.push((std::cmp::Reverse(o), gi, pi));
            }
        }
    }
    cands.sort();
    let (mut used_g, mut used_p) = (vec![false; gn.len()], vec![false; pn.len()]);
    for (_, gi, pi) in cands {
        if used_g[gi] || used_p[pi] {
            continue;
        }
        used_g[gi] = true;
        used_p[pi] = true;
        t.matched += 1;
        let gs = &gold[gi]["speaker"];
        let (Some(s), Some(e)) = (gs["start"].as_u64(), gs["end"].as_u64()) else {
            continue;
        };
        t.speakers += 1;
        if let Some(ps) = &pred[pi].speaker {
            if overlap(
                (s as usize, e as usize),
                (ps.start as usize, ps.end as usize),
            ) > 0
            {
                t.strict += 1;
            }
        }
    }
}

#[test]
fn polnear_dev_quote_f1_and_speaker_accuracy_do_not_fall() {
    let Some(docs) = dev_sets::load("polnear-dev") else {
        return;
    };
    let mut t = Tally::default();
    for doc in &docs {
        score_doc(doc, &mut t);
    }
    let p = t.matched as f64 / t.pred.max(1) as f64;
    let r = t.matched as f64 / t.gold.max(1) as f64;
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    let strict = t.strict as f64 / t.speakers.max(1) as f64;
    println!(
        "polnear-dev quotes P {:.1} R {:.1} F {:.1} speaker strict {:.1} (gold {}, pred {})",
        100.0 * p,
        100.0 * r,
        100.0 * f,
        100.0 * strict,
        t.gold,
        t.pred
    );
    assert!(
        t.gold > 400,
        "the development set looks truncated: {} gold quotes",
        t.gold
    );
    assert!(
        f >= MIN_QUOTE_F1,
        "quote F1 {f:.3} fell below {MIN_QUOTE_F1}"
    );
    assert!(
        strict >= MIN_SPEAKER_STRICT,
        "speaker accuracy (strict) {strict:.3} fell below {MIN_SPEAKER_STRICT}"
    );
}

/// `cargo test --release --test quotes_regression -- --ignored --nocapture`: how long the quote
/// recognizer takes on the development set, apart from the rest of the pipeline.
#[test]
#[ignore = "timing report, run by hand"]
fn quote_recognizer_speed_on_polnear_dev() {
    let Some(docs) = dev_sets::load("polnear-dev") else {
        return;
    };
    let texts = dev_sets::texts(&docs);
    let bytes: usize = texts.iter().map(String::len).sum();
    let (mut t_doc, mut t_ent, mut t_quotes) = (0.0, 0.0, 0.0);
    for _ in 0..5 {
        for text in &texts {
            let t = std::time::Instant::now();
            let doc = newsmark::text::Doc::new(text);
            t_doc += t.elapsed().as_secs_f64();
            let t = std::time::Instant::now();
            let ents = newsmark::entities::recognize(&doc);
            t_ent += t.elapsed().as_secs_f64();
            let t = std::time::Instant::now();
            let _ = newsmark::quotes::recognize(&doc, &ents);
            t_quotes += t.elapsed().as_secs_f64();
        }
    }
    let mb = 5.0 * bytes as f64 / 1e6;
    println!(
        "tokens+sentences {:.1} MB/s, entities {:.1} MB/s, quotes {:.1} MB/s",
        mb / t_doc,
        mb / t_ent,
        mb / t_quotes
    );
}
