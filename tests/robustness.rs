//! Robustness of the core on any input (issue 8): property tests over arbitrary and news-like
//! strings, and a table of odd texts (scripts, marks, control characters, huge inputs) that
//! must each annotate correctly or be refused with a message, in time that grows linearly.
//!
//! The contract itself lives in `newsmark::invariants::check`, shared with the fuzz targets.
#![cfg(not(target_arch = "wasm32"))]

use std::time::{Duration, Instant};

use newsmark::{annotate, invariants, Annotations, Kind, Options};
use proptest::prelude::*;

fn opts(reference_date: Option<&str>) -> Options {
    Options {
        reference_date: reference_date.map(String::from),
    }
}

/// Annotates and checks every promise of the result shape; panics with the broken one.
fn annotate_checked(text: &str, reference_date: Option<&str>) -> Annotations {
    let a = annotate(text, &opts(reference_date))
        .unwrap_or_else(|e| panic!("refused {} bytes: {e}", text.len()));
    if let Err(broken) = invariants::check(text, &a) {
        let shown: String = text.chars().take(200).collect();
        panic!("{broken}\ntext ({} bytes) starts {shown:?}", text.len());
    }
    a
}

// ---------------------------------------------------------------------------------------------
// Property tests

/// Pieces of news-like text, with the characters the recognizers care about (quote marks,
/// apostrophes, abbreviation dots, digits with separators, capitals) and the ones that break
/// naive offset arithmetic (astral chars, combining marks, CRLF).
const FRAGMENTS: &[&str] = &[
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\t",
    ".",
    ",",
    ":",
    ";",
    "!",
    "?",
    "…",
    "-",
    "—",
    "(",
    ")",
    "“",
    "”",
    "\"",
    "'",
    "’",
    "‘",
    "«",
    "»",
    "’s",
    "'s",
    "U.S.",
    "Mr.",
    "p.m.",
    "a.m.",
    "Jan.",
    "U.",
    "S.",
    "Blinken",
    "Antony",
    "Qin",
    "Gang",
    "Beijing",
    "China",
    "Chinese",
    "State",
    "Department",
    "Kritenbrink",
    "said",
    "told",
    "added",
    "according",
    "to",
    "he",
    "she",
    "they",
    "the",
    "a",
    "We’re",
    "don't",
    "O'Brien",
    "Sunday",
    "Monday",
    "June",
    "May",
    "March",
    "18",
    "2023",
    "1990s",
    "18th",
    "3:30",
    "6/18/2023",
    "2,000",
    "last",
    "week",
    "next",
    "year",
    "ago",
    "two",
    "days",
    "this",
    "weekend",
    "earlier",
    "today",
    "yesterday",
    "😀",
    "👍🏽",
    "👩‍👩‍👧",
    "é",
    "e\u{301}",
    "中国",
    "北京",
    "بكين",
    "ירושלים",
    "\u{0}",
    "\u{7}",
    "\u{200B}",
    "\u{FEFF}",
    "\u{2028}",
    "\u{FFFD}",
    "𝔘𝔖",
    "ǅ",
    "İ",
    "ß",
];

fn news_like() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(FRAGMENTS), 0..120).prop_map(|v| v.concat())
}

fn reference_date() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        Just(None),
        (1900i32..2100, 1u32..13, 1u32..29)
            .prop_map(|(y, m, d)| Some(format!("{y:04}-{m:02}-{d:02}")))
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_strings_keep_every_promise(text in any::<String>()) {
        annotate_checked(&text, None);
    }

    #[test]
    fn news_like_strings_keep_every_promise(text in news_like(), date in reference_date()) {
        annotate_checked(&text, date.as_deref());
    }

    #[test]
    fn results_are_deterministic(text in news_like()) {
        prop_assert_eq!(annotate(&text, &opts(None)).unwrap(), annotate(&text, &opts(None)).unwrap());
    }

    /// Entity-level corrections aimed at the marks the recognizers found (so that merges, splits
    /// and relabels of whole entities really act), in any order and number, with the other ops:
    /// the result keeps every promise, and each correction has a status.
    #[test]
    fn any_sequence_of_corrections_on_real_marks_keeps_every_promise(
        text in news_like(),
        picks in prop::collection::vec((0u8..7, any::<prop::sample::Index>(), any::<prop::sample::Index>(), 0usize..6), 0..16),
    ) {
        use newsmark::corrections::{apply, Anchor, Correction, Op, Scope, Status};
        let a = annotate_checked(&text, Some("2023-06-14"));
        prop_assume!(!a.spans.is_empty());
        let labels = ["PERSON", "ORG", "PLACE", "MISC", "PRODUCT", "DATE"];
        let corrections: Vec<Correction> = picks
            .iter()
            .map(|&(op, i, j, l)| {
                let (s, w) = (&a.spans[i.index(a.spans.len())], &a.spans[j.index(a.spans.len())]);
                let mut c = Correction::new(
                    [Op::Remove, Op::Relabel, Op::Relabel, Op::Add, Op::Merge, Op::Split, Op::Merge][op as usize],
                    s.kind, s.start, s.end, s.text.clone(),
                );
                c.label = Some(labels[l].into());
                c.scope = (op == 2).then_some(Scope::Entity);
                c.with = Some(Anchor { start: w.start, end: w.end, text: w.text.clone() });
                c
            })
            .collect();
        let out = apply(&text, a.clone(), &corrections);
        if let Err(broken) = invariants::check(&text, &out.annotations) {
            panic!("{broken}\ncorrections: {corrections:?}");
        }
        prop_assert_eq!(out.statuses.len(), corrections.len());
        // Mentions of one entity share its label; no entity is left without a mention.
        for e in &out.annotations.entities {
            prop_assert!(e.mentions.iter().all(|&m| out.annotations.spans[m as usize].label == e.label));
        }
        // Applying them again to the corrected result keeps every promise too.
        let again = apply(&text, out.annotations.clone(), &corrections);
        prop_assert!(invariants::check(&text, &again.annotations).is_ok());
        let internal = out
            .statuses
            .iter()
            .any(|s| matches!(s, Status::Skipped { reason } if reason.starts_with("internal")));
        prop_assert!(!internal, "{:?}", out.statuses);
    }

    #[test]
    fn any_reference_date_string_is_accepted_or_refused_with_a_message(date in ".{0,12}") {
        match annotate("Blinken left on Sunday.", &opts(Some(&date))) {
            Ok(a) => prop_assert!(invariants::check("Blinken left on Sunday.", &a).is_ok()),
            Err(e) => prop_assert!(e.to_string().contains("YYYY-MM-DD")),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Odd texts

/// A sentence every odd text carries, so that "annotates correctly" can be checked whatever
/// surrounds it: its date must come out whole, with its value.
const PROBE: &str = "Blinken arrived on June 18, 2023.";

fn assert_probe_found(text: &str, a: &Annotations) {
    let found = a.spans.iter().any(|s| {
        s.kind == Kind::Date
            && s.text
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .contains("June 18, 2023")
            && s.value.as_deref() == Some("2023-06-18")
    });
    assert!(
        found,
        "the probe date was not found in {:?}",
        text.chars().take(120).collect::<String>()
    );
}

#[test]
fn odd_scripts_and_characters_annotate_correctly() {
    let cases: &[(&str, String)] = &[
        ("emoji", format!("😀😀 {PROBE} 👍🏽 “Great,” 🇨🇳 said Blinken.")),
        ("ZWJ sequences", format!("👩‍👩‍👧‍👦 family 👨‍💻{PROBE}🏳️‍🌈")),
        ("combining marks", format!("Jose\u{301} A\u{301}lvarez and Zo\u{308}e\u{301}\u{323}. {PROBE} e\u{301}\u{301}\u{301}\u{301}")),
        ("lone combining mark first", format!("\u{301}\u{301} {PROBE}")),
        ("CJK", format!("布林肯抵达北京。“我们来了，”他说。{PROBE}中国外交部")),
        ("Arabic and Hebrew (RTL)", format!("وصل بلينكن إلى بكين. {PROBE} \u{202B}ירושלים\u{202C} «قال»")),
        ("CRLF", format!("WASHINGTON\r\n\r\n{PROBE}\r\n“We go,” he said.\r\n")),
        ("lone CR", format!("WASHINGTON\r\r{PROBE}\r“We go,”\rhe said.\r")),
        ("tabs", format!("\t\t{}\t", PROBE.replace(' ', "\t"))),
        ("NUL and control characters", format!("\u{0}\u{1}\u{7}\u{8}\u{1B}[31m{PROBE}\u{7F}\u{85}\u{0}")),
        ("zero-width and BOM", format!("\u{FEFF}\u{200B}{PROBE}\u{200D}\u{2060}")),
        ("line and paragraph separators", format!("A\u{2028}B\u{2029}{PROBE}\u{2028}")),
        ("replacement and private use", format!("\u{FFFD}\u{E000}\u{10FFFD} {PROBE}")),
        ("mathematical letters", format!("𝐁𝐥𝐢𝐧𝐤𝐞𝐧 𝔘𝔖 {PROBE}")),
        ("unbalanced quotes", format!("“““ ” ” ‘ ’ \" ' {PROBE} “")),
    ];
    for (name, text) in cases {
        let a = std::panic::catch_unwind(|| annotate_checked(text, Some("2023-06-14")))
            .unwrap_or_else(|_| panic!("case {name} broke"));
        assert_probe_found(text, &a);
    }
}

#[test]
fn empty_and_tiny_texts() {
    for text in [
        "", " ", "\n", "“", "”", "'", "’s", ".", "U.", "\u{0}", "😀", "\u{301}",
    ] {
        let a = annotate_checked(text, None);
        assert!(a.spans.len() <= 1, "{text:?}");
    }
}

#[test]
fn a_text_over_the_limit_is_refused_with_a_message() {
    let text = "a ".repeat(newsmark::MAX_TEXT_BYTES / 2 + 1);
    let err = annotate(&text, &opts(None)).expect_err("refused");
    assert!(err.to_string().contains("too long"), "{err}");
}

/// Times `annotate` (CPU time) on `make(n)` and `make(10 * n)`; the larger may take at most
/// `GROWTH` times as long as ten of the smaller (linear is 1, quadratic would be 10). Relative,
/// never absolute: a slow or busy machine slows both. The smaller run is the best of three to damp noise, and
/// the bound is loose because the machine is shared (growths of 2–3 show up under load).
fn assert_linear(name: &str, n: usize, make: impl Fn(usize) -> String) {
    const GROWTH: f64 = 5.0;
    let time = |text: &str| {
        let t0 = CpuClock::now();
        let r = annotate(text, &opts(Some("2023-06-14")));
        let dt = t0.elapsed();
        match r {
            Ok(a) => invariants::check(text, &a).unwrap_or_else(|e| panic!("{name}: {e}")),
            Err(e) => assert!(
                !e.to_string().is_empty(),
                "{name}: refused without a message"
            ),
        }
        dt
    };
    let (small, large) = (make(n), make(10 * n));
    let t_small = (0..3)
        .map(|_| time(&small))
        .min()
        .unwrap()
        .max(Duration::from_millis(2));
    let t_large = time(&large);
    let ratio = t_large.as_secs_f64() / (10.0 * t_small.as_secs_f64());
    eprintln!(
        "{name}: {} B in {t_small:?}, {} B in {t_large:?} (growth {ratio:.2} of linear)",
        small.len(),
        large.len()
    );
    assert!(
        ratio <= GROWTH,
        "{name}: 10× the text took {:.1}× the time",
        10.0 * ratio
    );
}

/// CPU time of this thread where Linux tells it (/proc/thread-self/schedstat), else wall time:
/// other jobs on a shared machine then do not count against the growth.
struct CpuClock(Option<u64>, Instant);

impl CpuClock {
    fn cpu_ns() -> Option<u64> {
        std::fs::read_to_string("/proc/thread-self/schedstat")
            .ok()?
            .split_whitespace()
            .next()?
            .parse()
            .ok()
    }
    fn now() -> Self {
        CpuClock(Self::cpu_ns(), Instant::now())
    }
    fn elapsed(&self) -> Duration {
        match (self.0, Self::cpu_ns()) {
            (Some(a), Some(b)) => Duration::from_nanos(b.saturating_sub(a)),
            _ => self.1.elapsed(),
        }
    }
}

fn repeat_to(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes / unit.len().max(1) + 1)
}

const MB: usize = 1_000_000;

/// The odd huge texts, each made at about `n` bytes.
fn huge_cases() -> Vec<(&'static str, Box<dyn Fn(usize) -> String>)> {
    let article = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/blinken-china-trip.txt"
    ))
    .unwrap();
    vec![
        ("one word", Box::new(|n| repeat_to("Blinken", n))),
        (
            "no spaces",
            Box::new(|n| repeat_to("U.S.“Blinken”,June,18,2023.a.b.c.d’s—", n)),
        ),
        ("dotted letters", Box::new(|n| repeat_to("a.", n))),
        (
            "quote marks only (a million at 3 MB)",
            Box::new(|n| "“".repeat(n / 3)),
        ),
        ("straight quote marks only", Box::new(|n| "\"".repeat(n))),
        (
            "alternating quote marks",
            Box::new(|n| repeat_to("“a” \"b\" ‘c’ '", n)),
        ),
        (
            "quotes without spaces",
            Box::new(|n| repeat_to("“A”said“B”", n)),
        ),
        ("news", Box::new(move |n| repeat_to(&article, n))),
        (
            "many distinct names",
            Box::new(|n| {
                (0..n / 14)
                    .map(|i| format!("Name{i} Xy{} ", i % 97))
                    .collect()
            }),
        ),
        (
            "dates next to names",
            Box::new(|n| repeat_to("Sunday Blinken June 18, 2023 Qin ", n)),
        ),
        ("emoji", Box::new(|n| repeat_to("😀👩‍👩‍👧é", n))),
        (
            "one line of quotes",
            Box::new(|n| repeat_to("“We go,” Blinken said. “He said,” he said. ", n)),
        ),
        ("newlines only", Box::new(|n| "\n".repeat(n))),
        ("NUL bytes", Box::new(|n| "\u{0}".repeat(n))),
    ]
}

/// 20 KB → 200 KB in every `cargo test` (unoptimized, so small; the full size runs in
/// `make test-robustness`).
#[test]
fn huge_inputs_stay_linear_up_to_200_kb() {
    for (name, make) in huge_cases() {
        assert_linear(name, MB / 50, make);
    }
}

/// 1 MB → 10 MB: minutes unoptimized, so `make test` runs it in release
/// (`cargo test --release --test robustness -- --ignored`).
#[test]
#[ignore = "10 MB inputs: run in release by `make test-robustness`"]
fn huge_inputs_stay_linear_up_to_10_mb() {
    for (name, make) in huge_cases() {
        assert_linear(name, MB, make);
    }
}
