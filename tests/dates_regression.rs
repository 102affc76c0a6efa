//! Keeps the date recognizer's figures from falling below what was reached (minus a little
//! slack): TempEval-3 on ../shared/data/te3-dev.jsonl, gum-open's dates, and duckling-en's
//! everyday date cases. The corpus is not in the repository (licence):
//! without it the test says so and passes. Scoring re-implements ../shared/eval/score.py for
//! dates: one-to-one greedy matching by overlap, strict = exact span, value = gold `values`.

use newsmark::{annotate, Kind, Options};
use serde_json::Value;

mod dev_sets;

/// Figures reached (percent), minus about half a point (issue 19 round 6: strict 90.0, relaxed
/// 95.2, value 83.4, type 96.1).
const MIN_STRICT_F: f64 = 89.5;
const MIN_RELAXED_F: f64 = 94.7;
const MIN_VALUE_F: f64 = 82.9;
const MIN_TYPE_ACC: f64 = 95.6;

/// gum-open's dates (../shared/data/gum-open.jsonl: academic, biographies, court, travel,
/// interviews …; the entity model trains on part of it, the date rules on none), reached
/// 2026-12-06 (relaxed 88.8, strict 78.3, value 74.5), minus about half a point.
const MIN_GUM_OPEN: [f64; 3] = [88.3, 77.8, 74.0];

/// Duckling's date cases (../shared/data/duckling-en.jsonl, scored as ../shared/eval/cases.py
/// does, without the reference time): pass rates reached for the cases with a date that need no
/// time of day (82.9 %, 612 of 738, issue 19 round 5: lunisolar festivals, holidays in relative years) and for the
/// cases with none (100 %), minus a case. 83.9 % (619 of 738) after rounds 15-16 (clock times
/// composed with other words; tickets, headers and logs): floor 83.7.
const MIN_DUCKLING_DATE_ONLY: f64 = 83.7;
const MIN_DUCKLING_NO_DATE: f64 = 100.0;

#[derive(Default, Debug)]
struct Counts {
    gold: usize,
    pred: usize,
    strict: usize,
    matched: usize,
    value_ok: usize,
    type_ok: usize,
}

fn f1(tp: usize, n_pred: usize, n_gold: usize) -> f64 {
    if tp == 0 {
        return 0.0;
    }
    let (p, r) = (tp as f64 / n_pred as f64, tp as f64 / n_gold as f64);
    100.0 * 2.0 * p * r / (p + r)
}

fn overlap(a: (u64, u64), b: (u64, u64)) -> u64 {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

fn score_doc(doc: &Value, c: &mut Counts) {
    let text = doc["text"].as_str().unwrap_or("");
    let reference = doc["reference_date"].as_str().map(str::to_string);
    let a = annotate(
        text,
        &Options {
            reference_date: reference,
        },
    )
    .expect("annotate");
    let spans = doc["gold"].as_array().cloned().unwrap_or_default();
    let dates: Vec<&Value> = spans.iter().filter(|s| s["kind"] == "date").collect();
    let span = |s: &Value| {
        (
            s["start"].as_u64().unwrap_or(0),
            s["end"].as_u64().unwrap_or(0),
        )
    };
    let ignore: Vec<(u64, u64)> = dates
        .iter()
        .filter(|s| matches!(s["label"].as_str(), Some("IGNORE" | "MISC")))
        .map(|s| span(s))
        .collect();
    let gold: Vec<&Value> = dates
        .into_iter()
        .filter(|s| !matches!(s["label"].as_str(), Some("IGNORE" | "MISC")))
        .collect();
    let mut pred: Vec<(u64, u64, String, Option<String>)> = Vec::new();
    for s in a.spans.iter().filter(|s| s.kind == Kind::Date) {
        let p = (s.start as u64, s.end as u64);
        if ignore.iter().any(|&i| overlap(p, i) > 0)
            || pred.iter().any(|q| (q.0, q.1) == p && q.2 == s.label)
        {
            continue;
        }
        pred.push((p.0, p.1, s.label.to_string(), s.value.clone()));
    }
    c.gold += gold.len();
    c.pred += pred.len();
    c.strict += gold
        .iter()
        .filter(|g| pred.iter().any(|p| (p.0, p.1) == span(g)))
        .count();
    let mut cands: Vec<(u64, usize, usize)> = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        for (pi, p) in pred.iter().enumerate() {
            let o = overlap(span(g), (p.0, p.1));
            if o > 0 {
                cands.push((o, gi, pi));
            }
        }
    }
    cands.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let (mut used_g, mut used_p) = (vec![false; gold.len()], vec![false; pred.len()]);
    for (_, gi, pi) in cands {
        if used_g[gi] || used_p[pi] {
            continue;
        }
        used_g[gi] = true;
        used_p[pi] = true;
        c.matched += 1;
        let values: Vec<&str> = gold[gi]["values"]
            .as_array()
            .map(|v| v.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        c.value_ok += pred[pi].3.as_deref().is_some_and(|v| values.contains(&v)) as usize;
        c.type_ok += (gold[gi]["label"].as_str() == Some(pred[pi].2.as_str())) as usize;
    }
}

/// The figures of the dates in `docs`: (strict F, relaxed F, value F, type accuracy), percent.
fn figures(docs: &[Value]) -> (f64, f64, f64, f64, Counts) {
    let mut c = Counts::default();
    for doc in docs {
        score_doc(doc, &mut c);
    }
    let strict = f1(c.strict, c.pred, c.gold);
    let relaxed = f1(c.matched, c.pred, c.gold);
    let value = relaxed * c.value_ok as f64 / c.matched.max(1) as f64;
    let type_acc = 100.0 * c.type_ok as f64 / c.matched.max(1) as f64;
    (strict, relaxed, value, type_acc, c)
}

#[test]
fn te3_dev_figures_do_not_fall() {
    let Some(docs) = dev_sets::load("te3-dev") else {
        return;
    };
    let (strict, relaxed, value, type_acc, c) = figures(&docs);
    println!("te3-dev dates: strict F {strict:.1} relaxed F {relaxed:.1} value F {value:.1} type acc {type_acc:.1} ({c:?})");
    assert!(c.gold > 1000, "te3-dev looks truncated: {c:?}");
    assert!(
        strict >= MIN_STRICT_F,
        "strict F {strict:.2} < {MIN_STRICT_F}"
    );
    assert!(
        relaxed >= MIN_RELAXED_F,
        "relaxed F {relaxed:.2} < {MIN_RELAXED_F}"
    );
    assert!(value >= MIN_VALUE_F, "value F {value:.2} < {MIN_VALUE_F}");
    assert!(
        type_acc >= MIN_TYPE_ACC,
        "type accuracy {type_acc:.2} < {MIN_TYPE_ACC}"
    );
}

#[test]
fn gum_open_date_figures_do_not_fall() {
    let Some(docs) = dev_sets::load("gum-open") else {
        return;
    };
    let (strict, relaxed, value, _, c) = figures(&docs);
    println!(
        "gum-open dates: relaxed F {relaxed:.1} strict F {strict:.1} value F {value:.1} ({c:?})"
    );
    assert!(c.gold > 700, "gum-open looks truncated: {c:?}");
    let [min_relaxed, min_strict, min_value] = MIN_GUM_OPEN;
    assert!(
        relaxed >= min_relaxed,
        "relaxed F {relaxed:.2} < {min_relaxed}"
    );
    assert!(strict >= min_strict, "strict F {strict:.2} < {min_strict}");
    assert!(value >= min_value, "value F {value:.2} < {min_value}");
}

/// The components of a TIMEX3 value as cases.py reads them: year, month, day, hour, minute
/// (`None` when missing or written with `X`); a BC year is negative.
fn components(value: &str) -> [Option<i64>; 5] {
    let mut out = [None; 5];
    let (date, time) = value.split_once('T').unwrap_or((value, ""));
    let (sign, date) = match date.strip_prefix("BC").or_else(|| date.strip_prefix('-')) {
        Some(d) => (-1, d),
        None => (1, date),
    };
    let num = |s: &str| s.parse::<i64>().ok().filter(|_| !s.contains('X'));
    let mut parts = date.split('-');
    if let Some(y) = parts.next().filter(|y| y.len() == 4) {
        out[0] = num(y).map(|y| sign * y);
        for (i, p) in parts.take(2).enumerate() {
            out[1 + i] = num(p).filter(|_| p.len() == 2);
        }
    }
    for (i, p) in time.split(':').take(2).enumerate() {
        out[3 + i] = num(p).filter(|_| p.len() == 2);
    }
    out
}

/// Pass rates of date cases as ../shared/eval/cases.py scores them: (passed, total) of the
/// cases with a date that need no time of day, and of the cases with none. `with_time`: the
/// reference's time of day is sent too (`cases.py --with-time`), and every date case counts.
fn case_rates(cases: &[Value], with_time: bool) -> ((usize, usize), (usize, usize)) {
    const FIELDS: [&str; 5] = ["year", "month", "day", "hour", "minute"];
    let (mut date, mut none) = ((0, 0), (0, 0));
    for c in cases {
        let time = c["reference_time"].as_str().filter(|_| with_time);
        let reference =
            newsmark::reference_with_time(c["reference_date"].as_str(), time).expect("reference");
        let a = annotate(
            c["text"].as_str().unwrap_or(""),
            &Options {
                reference_date: reference,
            },
        )
        .expect("annotate");
        let dates: Vec<_> = a.spans.iter().filter(|s| s.kind == Kind::Date).collect();
        if c["negative"].as_bool() == Some(true) {
            none.1 += 1;
            none.0 += dates.is_empty() as usize;
            continue;
        }
        if !with_time && c["needs_reference_time"].as_bool() == Some(true) {
            continue;
        }
        date.1 += 1;
        let passes = c["expected"].as_array().into_iter().flatten().all(|e| {
            let (s, en) = (
                e["start"].as_u64().unwrap_or(0),
                e["end"].as_u64().unwrap_or(0),
            );
            dates.iter().any(|d| {
                let got = components(d.value.as_deref().unwrap_or(""));
                (d.start as u64) < en
                    && s < d.end as u64
                    && FIELDS
                        .iter()
                        .enumerate()
                        .all(|(i, f)| e["certain"].get(f).is_none_or(|v| v.as_i64() == got[i]))
            })
        });
        date.0 += passes as usize;
    }
    (date, none)
}

fn pct((ok, n): (usize, usize)) -> f64 {
    100.0 * ok as f64 / n.max(1) as f64
}

#[test]
fn duckling_cases_do_not_fall() {
    let Some(cases) = dev_sets::load("duckling-en") else {
        return;
    };
    let (date_only, none) = case_rates(&cases, false);
    let (d, n) = (pct(date_only), pct(none));
    println!(
        "duckling-en: date cases needing no time of day {d:.1} % ({date_only:?}), no-date {n:.1} %"
    );
    assert!(
        d >= MIN_DUCKLING_DATE_ONLY,
        "date cases {d:.2} < {MIN_DUCKLING_DATE_ONLY}"
    );
    assert!(
        n >= MIN_DUCKLING_NO_DATE,
        "no-date cases {n:.2} < {MIN_DUCKLING_NO_DATE}"
    );
}

/// Our own everyday cases (tests/fixtures/everyday-dates.txt, written for newsmark: messages,
/// reminders, emails, notes, with traps in the texts that have no date), read with the
/// reference's time of day: pass rates reached (percent) of the cases with a date and of those
/// with none (round 6: 99.5 %, 216 of 217; 98.3 %, 172 of 175), minus a case. After rounds
/// 15-16 (2026-12-07): 468 of 468 and 420 of 422, floors 99.7 and 99.2. After round 17: 484 of
/// 484 and 423 of 425, floors 99.7 and 99.3. After round 18: 493 of 493 and 429 of 431, the
/// same floors. After round 20: 502 of 502 and 431 of 433, the same floors. After rounds 21-23
/// (eleventh session): 523 of 523 and 433 of 435, floors 99.8 and 99.3 (one more miss passes).
/// After rounds 24-26 (twelfth session): 544 of 544 and 435 of 437, the same floors.
/// After round 27 and round 26's list weekdays (thirteenth session): 556 of 556 and 436 of 438,
/// the same floors.
const MIN_EVERYDAY_DATE: f64 = 99.8;
const MIN_EVERYDAY_NO_DATE: f64 = 99.3;

#[test]
fn everyday_cases_do_not_fall() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/everyday-dates.jsonl"
    );
    let cases: Vec<Value> = std::fs::read_to_string(path)
        .expect("the everyday cases")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("a case"))
        .collect();
    assert!(cases.len() > 360, "the everyday cases look truncated");
    let (date, none) = case_rates(&cases, true);
    let (d, n) = (pct(date), pct(none));
    println!("everyday: date cases {d:.1} % ({date:?}), no-date {n:.1} % ({none:?})");
    assert!(
        d >= MIN_EVERYDAY_DATE,
        "date cases {d:.2} < {MIN_EVERYDAY_DATE}"
    );
    assert!(
        n >= MIN_EVERYDAY_NO_DATE,
        "no-date cases {n:.2} < {MIN_EVERYDAY_NO_DATE}"
    );
}
