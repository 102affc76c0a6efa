//! Native benchmark of the core (`cargo bench --bench pipeline`, run by `make bench`; Cargo.toml's
//! `[[bench]]` table points here). Not a test: it asserts nothing, and under
//! `cargo test --all-targets` it only prints a line.
//!
//! Real text first (issue 21): the example article (tests/fixtures), the 216 CoNLL-2003 dev
//! articles one by one and the same joined into one text, read from `$BENCH_SHARED/data`
//! (default `../shared`, never committed); without them, pieces of the generated 100 KB text
//! stand in, labelled "generated". Then the generated texts of 10 KB … 10 MB (bench/make-texts.mjs)
//! for growth. Each real-text suite is timed whole (`annotate` + the result's JSON, as the CLI and
//! the wasm do) in rounds that interleave the suites, and stage by stage: tokens, dates, tagger,
//! entity rules + clusters, quotes, resolve, JSON.
//!
//! Prints tables and writes JSON to `target/bench/native.json` for bench/report.mjs.
//!
//! Before/after in one run: `BENCH_BEFORE=path/to/other/pipeline-binary` (a build of this same
//! file against another revision: `bench/before.sh`) runs both builds as child processes,
//! alternately, round after round, on the same texts, and reports after/before ratios.
//!
//! Modes (after `--bench`): `--child SUITE PASSES` prints the median ns of one pass over SUITE
//! (used by the before/after comparison); `--profile SUITE PASSES` just runs PASSES passes (for
//! `perf record` or `valgrind --tool=callgrind`).
//! Environment: `BENCH_TEXTS` (default target/bench/texts), `BENCH_SHARED` (default ../shared),
//! `BENCH_ROUNDS` (default 15).

use std::sync::OnceLock;
use std::time::{Duration, Instant};

use newsmark::entities::tagger;
use newsmark::entities::tagger::gazetteer::Gazetteer;
use newsmark::{annotate, dates, entities, quotes, text::Doc, Date, Options};

const REFERENCE: &str = "2023-06-14";

/// This thread's CPU time on Linux (`clock_gettime(CLOCK_THREAD_CPUTIME_ID)`), else the wall
/// clock: on a machine shared with other jobs the wall clock also counts the time spent waiting
/// for a core, and moved 2x between identical passes at load average 10 on 2 cores.
fn now() -> Duration {
    #[cfg(all(target_os = "linux", target_pointer_width = "64"))]
    {
        #[repr(C)]
        struct Timespec {
            sec: i64,
            nsec: i64,
        }
        extern "C" {
            fn clock_gettime(clock: i32, ts: *mut Timespec) -> i32;
        }
        const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
        let mut ts = Timespec { sec: 0, nsec: 0 };
        // SAFETY: clock_gettime writes one timespec (two 64-bit fields on 64-bit Linux) to a
        // valid pointer and touches nothing else.
        if unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut ts) } == 0 {
            return Duration::new(ts.sec as u64, ts.nsec as u32);
        }
    }
    static START: OnceLock<Instant> = OnceLock::new();
    START.get_or_init(Instant::now).elapsed()
}

/// Which clock `now` reads.
fn clock_name() -> &'static str {
    if cfg!(all(target_os = "linux", target_pointer_width = "64")) {
        "the thread's CPU time"
    } else {
        "wall"
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

fn median(mut xs: Vec<Duration>) -> Duration {
    xs.sort();
    percentile(&xs, 0.5)
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
        let t0 = now();
        f();
        times.push(now() - t0);
    }
    times.sort();
    times
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// A suite: texts annotated one by one, one pass = all of them.
struct Suite {
    name: &'static str,
    /// "real" (news articles) or "generated" (the labelled fallback).
    source: &'static str,
    texts: Vec<String>,
}

impl Suite {
    fn bytes(&self) -> usize {
        self.texts.iter().map(String::len).sum()
    }
}

fn options() -> Options {
    Options {
        reference_date: Some(REFERENCE.into()),
    }
}

/// One pass: every text annotated and its result written as JSON (what the CLI and the wasm do).
fn pass(suite: &Suite, options: &Options) -> usize {
    let mut n = 0;
    for t in &suite.texts {
        n += annotate(t, options).unwrap().to_json().len();
    }
    n
}

const STAGES: [&str; 7] = [
    "tokens",
    "dates",
    "tagger",
    "entity rules + clusters",
    "quotes",
    "resolve + rest",
    "JSON",
];

/// One pass stage by stage: the time of each of `STAGES` over all the texts, a stage at a time
/// (so that each reading of the clock spans many articles; each stage's tables stay warm, which
/// flatters every stage a little). The entity rules and clusters are the entity recognizer's
/// time less the tagger's; "resolve + rest" is `annotate` over all the texts less the
/// recognizers: resolve, and what running the stages article by article costs in caches (the
/// stages' tables evict each other), which is most of it on the dev articles one by one.
fn staged_pass(suite: &Suite, options: &Options) -> [Duration; 7] {
    let reference = Date::parse_iso(REFERENCE);
    let w = tagger::weights().expect("the model loads");
    let gazetteer = Gazetteer::builtin();
    let t0 = now();
    let docs: Vec<Doc> = suite.texts.iter().map(|t| Doc::new(t)).collect();
    let t_doc = now() - t0;
    let t0 = now();
    for d in &docs {
        std::hint::black_box(dates::recognize(d, reference));
    }
    let t_dates = now() - t0;
    let t0 = now();
    for d in &docs {
        std::hint::black_box(tagger::tag_document(d, w, gazetteer));
    }
    let t_tagger = now() - t0;
    let t0 = now();
    let found: Vec<_> = docs.iter().map(entities::recognize).collect();
    let t_entities = now() - t0;
    let t0 = now();
    for (d, e) in docs.iter().zip(&found) {
        std::hint::black_box(quotes::recognize(d, e));
    }
    let t_quotes = now() - t0;
    let t0 = now();
    let results: Vec<_> = suite
        .texts
        .iter()
        .map(|t| annotate(t, options).unwrap())
        .collect();
    let t_all = now() - t0;
    let t0 = now();
    for a in &results {
        std::hint::black_box(a.to_json());
    }
    let t_json = now() - t0;
    let recognizers = t_doc + t_dates + t_entities + t_quotes;
    [
        t_doc,
        t_dates,
        t_tagger,
        t_entities.saturating_sub(t_tagger),
        t_quotes,
        t_all.saturating_sub(recognizers),
        t_json,
    ]
}

fn texts_dir() -> String {
    std::env::var("BENCH_TEXTS")
        .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/target/bench/texts").into())
}

fn shared_dir() -> String {
    std::env::var("BENCH_SHARED")
        .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../shared").into())
}

fn read_generated(name: &str) -> Option<String> {
    std::fs::read_to_string(format!("{}/{name}.txt", texts_dir())).ok()
}

/// The example article, the dev articles one by one and joined (real text when ../shared has
/// them, else pieces of the generated 100 KB text, labelled so).
fn suites() -> Vec<Suite> {
    let article = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/blinken-china-trip.txt"
    ))
    .expect("the example article");
    let shared = shared_dir();
    let dev: Option<Vec<String>> =
        std::fs::read_to_string(format!("{shared}/data/conll-dev.jsonl"))
            .ok()
            .map(|s| {
                s.lines()
                    .filter(|l| !l.trim().is_empty())
                    .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
                    .filter_map(|v| v["text"].as_str().map(str::to_string))
                    .collect()
            });
    let (source, dev) = match dev {
        Some(d) if !d.is_empty() => ("real", d),
        _ => {
            let g = read_generated("100k").unwrap_or_else(|| article.repeat(30));
            // Paragraph pairs of about the dev articles' size (1.25 KB).
            let mut pieces = Vec::new();
            let mut cur = String::new();
            for p in g.split("\n\n") {
                if !cur.is_empty() {
                    cur.push_str("\n\n");
                }
                cur.push_str(p);
                if cur.len() >= 1250 {
                    pieces.push(std::mem::take(&mut cur));
                }
            }
            ("generated", pieces)
        }
    };
    let joined = dev.join("\n\n");
    vec![
        Suite {
            name: "article",
            source: "real",
            texts: vec![article],
        },
        Suite {
            name: "dev-articles",
            source,
            texts: dev,
        },
        Suite {
            name: "dev-joined",
            source,
            texts: vec![joined],
        },
    ]
}

fn suite_named(name: &str) -> Suite {
    suites()
        .into_iter()
        .find(|s| s.name == name)
        .unwrap_or_else(|| panic!("no suite {name}: article, dev-articles, dev-joined"))
}

/// `--child SUITE PASSES`: warms up, then prints the median ns of one pass.
fn child(name: &str, passes: usize) {
    let suite = suite_named(name);
    let o = options();
    pass(&suite, &o);
    let times = (0..passes)
        .map(|_| {
            let t0 = now();
            std::hint::black_box(pass(&suite, &o));
            now() - t0
        })
        .collect();
    println!("{}", median(times).as_nanos());
}

/// Both builds as children, alternately, `rounds` times per suite: the medians and after/before.
fn before_after(before: &str, rounds: usize) -> serde_json::Value {
    let me = std::env::current_exe().expect("own path");
    let run = |exe: &std::path::Path, suite: &str, passes: usize| -> f64 {
        // The other build was compiled elsewhere: it reads the texts this one reads.
        let out = std::process::Command::new(exe)
            .args(["--bench", "--child", suite, &passes.to_string()])
            .env("BENCH_TEXTS", texts_dir())
            .env("BENCH_SHARED", shared_dir())
            .output()
            .expect("the benchmark binary runs");
        assert!(
            out.status.success(),
            "{}: {}",
            exe.display(),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout)
            .trim()
            .parse::<f64>()
            .unwrap()
            / 1e6
    };
    println!("\nbefore/after, child processes alternating, {rounds} rounds, median ms per pass:");
    println!(
        "{:>13} {:>10} {:>10} {:>12}",
        "suite", "before", "after", "after/before"
    );
    let mut rows = Vec::new();
    for s in suites() {
        let passes = (3_000_000 / s.bytes().max(1)).clamp(3, 200);
        let (mut b, mut a) = (Vec::new(), Vec::new());
        for r in 0..rounds {
            if r % 2 == 0 {
                b.push(run(before.as_ref(), s.name, passes));
                a.push(run(&me, s.name, passes));
            } else {
                a.push(run(&me, s.name, passes));
                b.push(run(before.as_ref(), s.name, passes));
            }
        }
        let med = |mut v: Vec<f64>| {
            v.sort_by(f64::total_cmp);
            v[v.len() / 2]
        };
        let (mb, ma) = (med(b), med(a));
        println!(
            "{:>13} {:>10.3} {:>10.3} {:>11.2}×",
            s.name,
            mb,
            ma,
            ma / mb
        );
        rows.push(serde_json::json!({"name": s.name, "source": s.source, "bytes": s.bytes(), "before_ms": mb, "after_ms": ma,
            "before_mb_per_s": s.bytes() as f64 / 1e3 / mb, "after_mb_per_s": s.bytes() as f64 / 1e3 / ma}));
    }
    rows.into()
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --all-targets` runs this binary without it,
    // and a benchmark has nothing to test.
    let args: Vec<String> = std::env::args().collect();
    if !args.iter().any(|a| a == "--bench") {
        println!(
            "pipeline: a benchmark; run it with `cargo bench --bench pipeline` (or `make bench`)"
        );
        return;
    }
    let arg = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .map(|i| (args[i + 1].clone(), args[i + 2].parse::<usize>().unwrap()))
    };
    if let Some((suite, passes)) = arg("--child") {
        return child(&suite, passes);
    }
    if let Some((suite, passes)) = arg("--profile") {
        let s = suite_named(&suite);
        let o = options();
        let mut n = 0;
        for _ in 0..passes {
            n += pass(&s, &o);
        }
        println!("{passes} passes over {suite}: {n} bytes of JSON");
        return;
    }
    let rounds: usize = std::env::var("BENCH_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(15);
    let options = options();
    let mut json = serde_json::Map::new();
    json.insert(
        "load".into(),
        std::fs::read_to_string("/proc/loadavg")
            .ok()
            .and_then(|l| l.split(' ').next().and_then(|x| x.parse::<f64>().ok()))
            .into(),
    );

    // Real text: the three suites in interleaved rounds, whole and stage by stage.
    let suites = suites();
    for s in &suites {
        pass(s, &options); // warm up (tables built on first use)
    }
    let mut whole = vec![Vec::new(); suites.len()];
    let mut staged = vec![Vec::new(); suites.len()];
    for r in 0..rounds {
        for k in 0..suites.len() {
            let k = (k + r) % suites.len();
            let s = &suites[k];
            // Enough passes per round that a round of the article takes a few ms.
            let passes = (200_000 / s.bytes().max(1)).max(1);
            let t0 = now();
            for _ in 0..passes {
                std::hint::black_box(pass(s, &options));
            }
            whole[k].push((now() - t0) / passes as u32);
            let mut acc = [Duration::ZERO; 7];
            for _ in 0..passes {
                for (a, x) in acc.iter_mut().zip(staged_pass(s, &options)) {
                    *a += x;
                }
            }
            staged[k].push(acc.map(|x| x / passes as u32));
        }
    }
    println!(
        "native, real text ({rounds} interleaved rounds; one pass = annotate + JSON of every text; clock: {})\n",
        clock_name()
    );
    json.insert("clock".into(), clock_name().into());
    println!(
        "{:>13} {:>9} {:>6} {:>9} {:>8} | {}",
        "suite",
        "bytes",
        "texts",
        "ms/pass",
        "MB/s",
        STAGES.join(" | ")
    );
    let mut rows = Vec::new();
    for (k, s) in suites.iter().enumerate() {
        let total = median(whole[k].clone());
        let stages: Vec<Duration> = (0..7)
            .map(|j| median(staged[k].iter().map(|a| a[j]).collect()))
            .collect();
        let mbps = s.bytes() as f64 / 1e6 / total.as_secs_f64();
        let stage_sum: Duration = stages.iter().sum();
        println!(
            "{:>13} {:>9} {:>6} {:>9.3} {:>8.2} | {}",
            s.name,
            s.bytes(),
            s.texts.len(),
            ms(total),
            mbps,
            stages
                .iter()
                .map(|x| format!("{:.0}%", 100.0 * x.as_secs_f64() / stage_sum.as_secs_f64()))
                .collect::<Vec<_>>()
                .join(" | ")
        );
        let stages_ms: serde_json::Map<String, serde_json::Value> = STAGES
            .iter()
            .zip(&stages)
            .map(|(n, x)| (n.to_string(), ms(*x).into()))
            .collect();
        rows.push(serde_json::json!({
            "name": s.name, "source": s.source, "bytes": s.bytes(), "texts": s.texts.len(),
            "rounds": rounds, "median_ms": ms(total), "mb_per_s": mbps, "stages_ms": stages_ms, "stage_order": STAGES
        }));
    }
    json.insert("suites".into(), rows.into());
    let article = &suites[0].texts[0];
    let t = sample(200, 2000, Duration::from_secs(2), || {
        annotate(article, &options).unwrap();
    });
    let (med, p95) = (percentile(&t, 0.5), percentile(&t, 0.95));
    println!(
        "\nexample article ({} B, {} runs, annotate only): median {:.3} ms, p95 {:.3} ms",
        article.len(),
        t.len(),
        ms(med),
        ms(p95)
    );
    json.insert("article".into(), serde_json::json!({"bytes": article.len(), "runs": t.len(), "median_ms": ms(med), "p95_ms": ms(p95)}));

    // Generated texts, for growth from 10 KB to 10 MB (labelled: they flatter newsmark).
    println!("\ngenerated texts (bench/make-texts.mjs), annotate only:");
    println!("{:>6} {:>10} {:>9} {:>9}", "text", "bytes", "ms", "MB/s");
    let mut sizes = Vec::new();
    for name in ["10k", "100k", "1m", "10m"] {
        let Some(text) = read_generated(name) else {
            println!("{name:>6}: missing (run `node bench/make-texts.mjs`)");
            continue;
        };
        let runs = (3_000_000 / text.len()).clamp(3, 50);
        let t = sample(runs, runs, Duration::ZERO, || {
            annotate(&text, &options).unwrap();
        });
        let total = percentile(&t, 0.5);
        let mbps = text.len() as f64 / 1e6 / total.as_secs_f64();
        println!(
            "{name:>6} {:>10} {:>9.2} {:>9.2}",
            text.len(),
            ms(total),
            mbps
        );
        sizes.push(serde_json::json!({"name": name, "bytes": text.len(), "runs": runs, "median_ms": ms(total), "mb_per_s": mbps}));
    }
    json.insert("sizes".into(), sizes.into());

    if let Ok(before) = std::env::var("BENCH_BEFORE") {
        json.insert("before_after".into(), before_after(&before, rounds.min(11)));
    }
    let out = concat!(env!("CARGO_MANIFEST_DIR"), "/target/bench/native.json");
    let _ = std::fs::create_dir_all(concat!(env!("CARGO_MANIFEST_DIR"), "/target/bench"));
    std::fs::write(out, serde_json::to_string_pretty(&json).unwrap())
        .expect("target/bench is writable");
    println!("\nwritten {out}");
}
