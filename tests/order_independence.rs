//! A text's result does not depend on what was annotated before it on the same thread. Nothing
//! the core keeps between calls (the compiled grammar, the gazetteer, the model: `OnceLock`s)
//! may depend on an article; a cache kept across calls (tried in docs/performance.md, sixth
//! round) would have to pass this test.

use newsmark::{annotate, Options};

fn json(text: &str) -> String {
    let options = Options {
        reference_date: Some("2023-06-14".into()),
    };
    serde_json::to_string(&annotate(text, &options).unwrap()).unwrap()
}

/// `text` annotated on a new thread, where nothing was annotated before.
fn fresh(text: &str) -> String {
    let text = text.to_string();
    std::thread::spawn(move || json(&text)).join().unwrap()
}

fn texts() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/");
    let mut out: Vec<String> = [
        "blinken-china-trip.txt",
        "everyday.txt",
        "everyday-dates.txt",
    ]
    .iter()
    .map(|f| std::fs::read_to_string(format!("{dir}{f}")).unwrap())
    .collect();
    out.extend(
        [
            // The same words written otherwise: in capitals, in lower case, sentence-initial.
            "WASHINGTON SIGNS TRADE DEAL WITH NEW ZEALAND\nWASHINGTON 2023-06-14\nThe United States \
             and New Zealand signed a trade deal on Wednesday, officials in Washington said. \
             Smith said the deal would help farmers in Paris.",
            "how the river rose: nobody in paris expected it. the mayor of washington said paris \
             would recover, and new zealand sent help on wednesday to the united states.",
            "Apple Picks Up The Pace In India As Sales Grow Fast\nApple sold more phones in India. \
             apple pie is not apple. McDonald’s opened in Zürich — Müller’s café, U.S.-based.",
        ]
        .map(String::from),
    );
    out
}

#[test]
fn a_text_s_result_does_not_depend_on_what_came_before() {
    let texts = texts();
    let alone: Vec<String> = texts.iter().map(|t| fresh(t)).collect();
    // Every ordered pair on one thread: A, then B, compared with B annotated fresh.
    for (a, ta) in texts.iter().enumerate() {
        for (b, tb) in texts.iter().enumerate() {
            let (ta, tb) = (ta.clone(), tb.clone());
            let after = std::thread::spawn(move || {
                json(&ta);
                json(&tb)
            })
            .join()
            .unwrap();
            assert_eq!(after, alone[b], "text {b} after text {a}");
        }
    }
    // All of them in turn on this thread, twice, and after more distinct words than the cache
    // holds (it is emptied when full).
    let many: String = (0..40_000)
        .map(|k| format!("Word{k} w{k}x W{k}Y. "))
        .collect();
    json(&many);
    for _ in 0..2 {
        for (b, t) in texts.iter().enumerate() {
            assert_eq!(json(t), alone[b], "text {b} in turn");
        }
    }
}
