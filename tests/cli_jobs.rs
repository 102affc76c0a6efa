//! `annotate --jsonl --jobs N` (issue 22): the same lines, failures and exit code as one thread,
//! in input order, and every result says which newsmark and model made it.
#![cfg(not(target_arch = "wasm32"))]

mod cli_common;

use std::process::Output;

use cli_common::run;
use serde_json::{json, Value};

/// 300 documents of uneven length (so threads finish out of order), three of them bad.
fn corpus() -> Vec<u8> {
    let article = include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/blinken-china-trip.txt"
    ));
    let paragraphs: Vec<&str> = article.split("\n\n").collect();
    let mut input = Vec::new();
    for i in 0..300 {
        let line = match i {
            17 => "{\"id\": 17, \"text\": 5}".to_string(),
            101 => {
                json!({"id": 101, "text": "Sunday.", "reference_date": "2023-13-01"}).to_string()
            }
            250 => "not json".to_string(),
            _ => {
                let text = if i % 10 == 0 {
                    article.to_string()
                } else {
                    paragraphs[i % paragraphs.len()].to_string()
                };
                json!({"id": format!("doc-{i}"), "text": text, "reference_date": "2023-06-14"})
                    .to_string()
            }
        };
        input.extend_from_slice(line.as_bytes());
        input.push(b'\n');
    }
    input
}

#[test]
fn jobs_give_the_one_thread_output_in_input_order() {
    let input = corpus();
    let one = run(&["--jsonl", "--jobs", "1"], &input);
    assert_eq!(one.status.code(), Some(6), "three bad lines");
    let lines: Vec<Value> = String::from_utf8(one.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 300);
    assert_eq!(lines[42]["id"], "doc-42");
    assert_eq!(lines[101]["line"], 102);
    assert!(lines[101]["error"].as_str().unwrap().contains("2023-13-01"));
    assert_eq!(lines[0]["newsmark"], env!("CARGO_PKG_VERSION"));
    assert!(lines[0]["model"].as_str().unwrap().starts_with("ner-"));
    for jobs in ["2", "3"] {
        let many = run(&["--jsonl", "--jobs", jobs], &input);
        assert_eq!(many.status.code(), Some(6));
        assert!(
            many.stdout == one.stdout,
            "--jobs {jobs} differs from --jobs 1"
        );
        let errors = |o: &Output| {
            String::from_utf8_lossy(&o.stderr)
                .lines()
                .filter(|l| l.contains("line "))
                .map(str::to_string)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            errors(&many),
            errors(&one),
            "errors reported in input order"
        );
    }
    // The default (every core) too.
    assert!(run(&["--jsonl"], &input).stdout == one.stdout);
}

#[test]
fn jobs_must_be_a_positive_number_and_only_with_jsonl() {
    for args in [
        &["--jsonl", "--jobs", "0"][..],
        &["--jsonl", "--jobs", "many"],
        &["--jsonl", "--jobs"],
        &["--jobs", "2"],
    ] {
        let o = run(args, b"");
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(
            String::from_utf8_lossy(&o.stderr).contains("--jobs"),
            "{args:?}"
        );
    }
    let o = run(
        &["--jsonl", "--jobs=2"],
        b"{\"id\":1,\"text\":\"Blinken\"}\n",
    );
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn the_version_names_the_model() {
    let o = run(&["--version"], b"");
    let v = String::from_utf8(o.stdout).unwrap();
    assert!(
        v.starts_with(concat!(
            "annotate ",
            env!("CARGO_PKG_VERSION"),
            " (model ner-"
        )),
        "{v}"
    );
}
