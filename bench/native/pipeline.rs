//! Native benchmark of the core (`cargo bench --bench pipeline`, run by `make bench`; Cargo.toml's
//! `[[bench]]` table points here): latency on the example article, throughput on the generated
//! texts of 10 KB … 10 MB (bench/make-texts.mjs), and where the time goes per pipeline stage. Not
//! a test: it asserts nothing, and under `cargo test --all-targets` it only prints a line.
//!
//! Prints a table and writes JSON to `target/bench/native.json` for bench/report.mjs.
//! Environment: `BENCH_TEXTS` (default target/bench/texts).

use std::time::{Duration, Instant};

use newsmark::{annotate, dates, entities, quotes, text::Doc, Date, Options};

const REFERENCE: &str = "2023-06-14";

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

/// Runs `f` until `budget` is spent (at least `min_runs`, at most `max_runs`), returning the
/// sorted durations.
fn sample(
    min_runs: usize,
    max_runs: usize,
    budget: Duration,
    mut f: impl FnMut(),
) -> Vec<Duration> {
    let mut times = Vec::new();
    let t_all = Instant::now();
    while times.len() < max_runs && (times.len() < min_runs || t_all.elapsed() < budget) {
        let t0 = Instant::now();
        f();
        times.push(t0.elapsed());
    }
    times.sort();
    times
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --all-targets` runs this binary without it,
    // and a benchmark has nothing to test.
    if !std::env::args().any(|a| a == "--bench") {
        println!(
            "pipeline: a benchmark; run it with `cargo bench --bench pipeline` (or `make bench`)"
        );
        return;
    }
    let dir = std::env::var("BENCH_TEXTS")
        .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/target/bench/texts").into());
    let read = |name: &str| {
        std::fs::read_to_string(format!("{dir}/{name}.txt")).unwrap_or_else(|e| {
            panic!("{dir}/{name}.txt: {e} (run `node bench/make-texts.mjs` first)")
        })
    };
    let options = Options {
        reference_date: Some(REFERENCE.into()),
    };
    let reference = Date::parse_iso(REFERENCE);
    let mut json = serde_json::Map::new();

    let article = read("article");
    for _ in 0..20 {
        annotate(&article, &options).unwrap();
    }
    let t = sample(200, 2000, Duration::from_secs(2), || {
        annotate(&article, &options).unwrap();
    });
    let (median, p95) = (percentile(&t, 0.5), percentile(&t, 0.95));
    println!(
        "native, example article ({} B, {} runs): median {:.3} ms, p95 {:.3} ms",
        article.len(),
        t.len(),
        ms(median),
        ms(p95)
    );
    json.insert("article".into(), serde_json::json!({"bytes": article.len(), "runs": t.len(), "median_ms": ms(median), "p95_ms": ms(p95)}));

    println!(
        "\n{:>6} {:>10} {:>9} {:>9} | stage share: {:>6} {:>6} {:>8} {:>6} {:>8}",
        "text", "bytes", "ms", "MB/s", "tokens", "dates", "entities", "quotes", "resolve"
    );
    let mut sizes = Vec::new();
    for name in ["10k", "100k", "1m", "10m"] {
        let text = read(name);
        let runs = (3_000_000 / text.len()).clamp(1, 50);
        let t = sample(runs, runs, Duration::ZERO, || {
            annotate(&text, &options).unwrap();
        });
        let total = percentile(&t, 0.5);
        // Stage by stage, once, to say where the time goes.
        let t0 = Instant::now();
        let doc = Doc::new(&text);
        let t_doc = t0.elapsed();
        let t0 = Instant::now();
        let d = dates::recognize(&doc, reference);
        let t_dates = t0.elapsed();
        let t0 = Instant::now();
        let e = entities::recognize(&doc);
        let t_entities = t0.elapsed();
        let t0 = Instant::now();
        let q = quotes::recognize(&doc, &e);
        let t_quotes = t0.elapsed();
        std::hint::black_box((d, q));
        let stages = t_doc + t_dates + t_entities + t_quotes;
        let share = |x: Duration| 100.0 * x.as_secs_f64() / total.as_secs_f64();
        let resolve = total.saturating_sub(stages);
        let mbps = text.len() as f64 / 1e6 / total.as_secs_f64();
        println!(
            "{name:>6} {:>10} {:>9.2} {:>9.2} |              {:>5.0}% {:>5.0}% {:>7.0}% {:>5.0}% {:>7.0}%",
            text.len(),
            ms(total),
            mbps,
            share(t_doc),
            share(t_dates),
            share(t_entities),
            share(t_quotes),
            share(resolve)
        );
        sizes.push(serde_json::json!({
            "name": name, "bytes": text.len(), "runs": runs, "median_ms": ms(total), "mb_per_s": mbps,
            "stages_ms": {"tokens": ms(t_doc), "dates": ms(t_dates), "entities": ms(t_entities), "quotes": ms(t_quotes), "resolve": ms(resolve)}
        }));
    }
    json.insert("sizes".into(), sizes.into());
    let out = concat!(env!("CARGO_MANIFEST_DIR"), "/target/bench/native.json");
    std::fs::write(out, serde_json::to_string_pretty(&json).unwrap())
        .expect("target/bench is writable");
    println!("\nwritten {out}");
}
