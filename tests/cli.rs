//! The command line on bad input (issue 8): invalid UTF-8, unreadable files, bad dates, malformed
//! JSON lines and broken share links each give a clear message on stderr and their own non-zero
//! exit code, and `--jsonl` never silently drops a line.
#![cfg(not(target_arch = "wasm32"))]

mod cli_common;

use std::path::PathBuf;
use std::process::Output;

use cli_common::{run, stderr};
use serde_json::Value;

const USAGE: i32 = 2;
const UNREADABLE: i32 = 3;
const NOT_UTF8: i32 = 4;
const REFUSED: i32 = 5;
const BAD_LINES: i32 = 6;
const BAD_LINK: i32 = 7;

fn assert_fails(o: &Output, code: i32, message: &str) {
    assert_eq!(o.status.code(), Some(code), "stderr: {}", stderr(o));
    assert!(
        stderr(o).contains(message),
        "expected {message:?} in stderr: {}",
        stderr(o)
    );
    assert!(stderr(o).starts_with("annotate: "), "{}", stderr(o));
}

fn temp_file(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("newsmark-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn exit_codes_are_distinct() {
    let codes = [USAGE, UNREADABLE, NOT_UTF8, REFUSED, BAD_LINES, BAD_LINK];
    let set: std::collections::HashSet<_> = codes.iter().collect();
    assert_eq!(set.len(), codes.len());
    assert!(
        !codes.contains(&0) && !codes.contains(&1) && !codes.contains(&101),
        "0 is success, 1 and 101 are Rust's own failures"
    );
}

#[test]
fn a_good_document_succeeds() {
    let o = run(
        &["--reference-date", "2023-06-14"],
        "Blinken left on Sunday.".as_bytes(),
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["schema"], "newsmark/1");
}

#[test]
fn invalid_utf8_is_refused_with_the_offset() {
    let o = run(&[], b"Blinken \xff\xfe left");
    assert_fails(&o, NOT_UTF8, "not valid UTF-8 (first bad byte at offset 8)");
    let path = temp_file("latin1.txt", b"Caf\xe9 Blinken");
    let o = run(&[path.to_str().unwrap()], b"");
    assert_fails(&o, NOT_UTF8, "offset 3");
}

#[test]
fn unreadable_files_name_the_problem() {
    let o = run(&["/nonexistent/newsmark/article.txt"], b"");
    assert_fails(
        &o,
        UNREADABLE,
        "cannot read /nonexistent/newsmark/article.txt",
    );
    let dir = std::env::temp_dir();
    let o = run(&[dir.to_str().unwrap()], b"");
    assert_eq!(
        o.status.code(),
        Some(UNREADABLE),
        "a directory: {}",
        stderr(&o)
    );
    assert!(stderr(&o).contains("cannot read"), "{}", stderr(&o));
}

#[test]
fn bad_dates_and_arguments_are_usage_errors() {
    for date in [
        "2023-13-40",
        "2023-02-30",
        "yesterday",
        "",
        "20230614",
        "2023-6-14x",
    ] {
        let o = run(&["--reference-date", date], b"Sunday");
        assert_fails(&o, USAGE, "YYYY-MM-DD");
    }
    assert_fails(&run(&["--reference-date"], b""), USAGE, "needs a value");
    assert_fails(
        &run(&["--frobnicate"], b""),
        USAGE,
        "unknown option --frobnicate",
    );
    assert_fails(&run(&["a.txt", "b.txt"], b""), USAGE, "only one FILE");
}

#[test]
fn an_oversized_text_is_refused() {
    let big = vec![b'a'; newsmark::MAX_TEXT_BYTES + 1];
    let o = run(&[], &big);
    assert_fails(&o, REFUSED, "too long");
}

#[test]
fn jsonl_answers_every_line_in_order_and_says_which_failed() {
    let mut input: Vec<u8> = Vec::new();
    input.extend_from_slice(
        br#"{"id": "ok-1", "text": "Blinken left on Sunday.", "reference_date": "2023-06-14"}"#,
    );
    input.extend_from_slice(b"\n{\"id\": \"truncated\", \"text\": \"Blinken \n");
    input.extend_from_slice(b"{\"id\": \"no-text\"}\n");
    input.extend_from_slice(b"\xff\xfe not utf-8\n");
    input.extend_from_slice(br#"{"id": 7, "text": "Sunday", "reference_date": "2023-02-30"}"#);
    input.extend_from_slice(b"\n[1, 2]\n");
    input.extend_from_slice(b"   \n");
    input.extend_from_slice(br#"{"id": "ok-2", "text": "\u0000 \ud83d\ude00 Qin said."}"#);
    input.extend_from_slice(b"\r\n");
    input.extend_from_slice(br#"{"id": "last-no-newline", "text": "Beijing"}"#);
    let o = run(&["--jsonl"], &input);
    assert_eq!(o.status.code(), Some(BAD_LINES), "{}", stderr(&o));
    let lines: Vec<Value> = String::from_utf8(o.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let ids: Vec<Value> = lines.iter().map(|l| l["id"].clone()).collect();
    assert_eq!(
        ids,
        [
            Value::from("ok-1"),
            Value::Null, // truncated JSON: its id cannot be read, its line number is given
            Value::from("no-text"),
            Value::Null,
            Value::from(7),
            Value::Null,
            Value::from("ok-2"),
            Value::from("last-no-newline")
        ],
        "one output line per non-blank input line, in order"
    );
    let failed: Vec<usize> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.get("error").is_some())
        .map(|(i, _)| i)
        .collect();
    assert_eq!(failed, [1, 2, 3, 4, 5]);
    for l in &lines {
        assert!(
            l.get("error").is_some() != l.get("schema").is_some(),
            "either a result or an error: {l}"
        );
    }
    let err = stderr(&o);
    for needle in [
        "line 2",
        "line 3",
        "line 4 is not valid UTF-8",
        "line 5",
        "2023-02-30",
        "line 6",
        "5 line(s) failed",
    ] {
        assert!(
            err.contains(needle),
            "{needle:?} missing from stderr: {err}"
        );
    }
    assert!(
        lines[4]["error"].as_str().unwrap().contains("YYYY-MM-DD"),
        "{}",
        lines[4]
    );
    let numbered: Vec<u64> = failed
        .iter()
        .map(|&i| lines[i]["line"].as_u64().unwrap())
        .collect();
    assert_eq!(
        numbered,
        [2, 3, 4, 5, 6],
        "error objects carry their input line number"
    );
}

#[test]
fn jsonl_with_only_good_lines_succeeds() {
    let o = run(
        &["--jsonl", "--reference-date", "2023-06-14"],
        b"{\"id\":1,\"text\":\"Sunday\"}\n{\"id\":2,\"text\":\"\"}\n",
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(String::from_utf8(o.stdout).unwrap().lines().count(), 2);
}

#[test]
fn broken_share_links_are_refused_with_a_message() {
    for link in [
        "",
        "nm1.",
        "nm1.!!!!",
        "nm1.AAAA",
        "nm9.AAAA",
        "https://example.org/#nm1.%%%",
        "not a link at all",
        &"A".repeat(100_000),
    ] {
        let o = run(&["--open-share", link], b"");
        assert_eq!(
            o.status.code(),
            Some(BAD_LINK),
            "{link:.40}: {}",
            stderr(&o)
        );
        assert!(
            stderr(&o).trim().len() > "annotate: ".len(),
            "{link:.40}: empty message"
        );
    }
}

/// A reference date-time (issue 19): `--reference-date` takes a time of day, `--jsonl` lines a
/// `reference_time`, the result says which reference was used, and a bad time is a clear error.
#[test]
fn a_reference_time_resolves_clock_relative_times_and_is_reported() {
    let o = run(
        &["--reference-date", "2023-06-14T09:30"],
        b"He left two hours ago.",
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["reference_date"], "2023-06-14");
    assert_eq!(v["reference_time"], "09:30");
    assert_eq!(v["reference_source"], "caller");
    assert_eq!(v["spans"][0]["value"], "2023-06-14T07:30");

    let input = br#"{"id": 1, "text": "Back in 20 minutes.", "reference_date": "2013-02-12", "reference_time": "2013-02-12T04:30:00"}
{"id": 2, "text": "Back in 20 minutes.", "reference_date": "2013-02-12", "reference_time": "23:50"}
{"id": 3, "text": "Back in 20 minutes.", "reference_time": "23:50"}
{"id": 4, "text": "Back in 20 minutes.", "reference_date": "2013-02-12", "reference_time": "25:00"}
"#;
    let o = run(&["--jsonl"], input);
    assert_eq!(o.status.code(), Some(BAD_LINES), "{}", stderr(&o));
    let lines: Vec<Value> = String::from_utf8(o.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines[0]["reference_time"], "04:30:00");
    assert_eq!(lines[1]["reference_time"], "23:50");
    for bad in &lines[2..] {
        assert!(
            bad["error"].as_str().unwrap().contains("reference time"),
            "{bad}"
        );
    }
    let o = run(&["--reference-date", "2023-06-14T9:30"], b"x");
    assert_fails(&o, USAGE, "YYYY-MM-DDTHH:MM");
}
