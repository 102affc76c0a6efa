//! The CLI's share and export modes: `--share` makes a link that `--open-share` opens to the same
//! result; `--format` writes each export; bad links and formats give distinct exits and messages.
#![cfg(not(target_arch = "wasm32"))]

use std::process::{Command, Output};

const ARTICLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/blinken-china-trip.txt"
);

fn annotate(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_annotate"))
        .args(args)
        .output()
        .expect("the CLI runs")
}

fn stdout(o: &Output) -> String {
    assert!(
        o.status.success(),
        "exit {:?}: {}",
        o.status.code(),
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout.clone()).unwrap()
}

#[test]
fn share_then_open_gives_the_same_result_as_annotating() {
    let link = stdout(&annotate(&[
        "--share",
        "--reference-date",
        "2023-06-14",
        ARTICLE,
    ]))
    .trim()
    .to_string();
    assert!(link.starts_with("nm1."));
    assert!(
        link.len() <= 3000,
        "the example's link is {} characters",
        link.len()
    );
    let direct = stdout(&annotate(&["--reference-date", "2023-06-14", ARTICLE]));
    let url = format!("https://newsmark.example/#{link}");
    assert_eq!(stdout(&annotate(&["--open-share", &url])), direct);
    // The json export: the same result, then the text and the view.
    let export = stdout(&annotate(&["--open-share", &link, "--format", "json"]));
    assert!(export.starts_with(&direct.trim_end()[..direct.trim_end().len() - 1]));
    let v: serde_json::Value = serde_json::from_str(&export).unwrap();
    assert_eq!(
        v["text"],
        std::fs::read_to_string(ARTICLE).unwrap().as_str()
    );
    assert_eq!(v["view"]["reference_date"], "2023-06-14");
}

#[test]
fn links_carry_the_version_and_marks_and_old_links_open_alike() {
    let link = stdout(&annotate(&[
        "--share",
        "--reference-date",
        "2023-06-14",
        ARTICLE,
    ]));
    let view = newsmark::share::decode(&link).unwrap();
    assert_eq!(view.newsmark.as_deref(), Some(newsmark::version()));
    let marks = view.marks.clone().expect("the marks' fingerprint");
    let status = newsmark::view::view_status(&view).unwrap();
    assert!(!status.newer && !status.marks_changed, "{status:?} {marks}");
    // A link made by `annotate --share` on main before issue 18 opens to the same result.
    let old = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/link-before-issue-18.txt"
    ))
    .unwrap();
    assert_eq!(
        stdout(&annotate(&["--open-share", old.trim()])),
        stdout(&annotate(&["--open-share", link.trim()]))
    );
}

#[test]
fn exports_reopen_and_quotes_come_by_speaker() {
    let export = |format: &str| {
        stdout(&annotate(&[
            "--format",
            format,
            "--reference-date",
            "2023-06-14",
            ARTICLE,
        ]))
    };
    let text = std::fs::read_to_string(ARTICLE).unwrap();
    for format in ["json", "view"] {
        let view = newsmark::share::open_file(&export(format)).unwrap();
        assert_eq!(
            (view.text.as_str(), view.reference_date.as_deref()),
            (text.as_str(), Some("2023-06-14"))
        );
    }
    let csv = export("csv");
    let mut lines = csv.split("\r\n");
    assert_eq!(
        lines.next(),
        Some("speaker,speaker_label,speaker_mention,quote,start,end")
    );
    assert!(
        csv.contains("\r\nQin Gang,PERSON,Qin,“China’s core concerns”,"),
        "{csv}"
    );
    // Speakers named as the page names them: `the department` is the U.S. State Department.
    assert!(!csv.lines().any(|l| l.starts_with("the department,")));
}

#[test]
fn every_format_is_written() {
    for (format, starts) in [
        ("html", "<!DOCTYPE html>"),
        ("json", "{\"schema\":\"newsmark/1\""),
        ("w3c", "{\"@context\""),
        ("brat", "T1\t"),
        ("displacy", "{\"text\":"),
        ("csv", "speaker,speaker_label,"),
        ("view", "{\"v\":1,\"newsmark\":"),
    ] {
        let out = stdout(&annotate(&[
            "--format",
            format,
            "--reference-date",
            "2023-06-14",
            ARTICLE,
        ]));
        assert!(
            out.starts_with(starts),
            "{format}: {}",
            &out[..out.len().min(80)]
        );
    }
}

#[test]
fn bad_links_and_formats_exit_with_their_own_codes_and_messages() {
    let cases: [(&[&str], i32, &str); 6] = [
        (
            &["--open-share", "https://example.org/#top"],
            7,
            "not a newsmark share link",
        ),
        (&["--open-share", "nm1.eJzLSM3JyVcozy"], 7, "truncated"),
        (&["--open-share", "nm3.abc"], 7, "newer newsmark (v3)"),
        (&["--open-share", ""], 7, "empty"),
        (
            &["--format", "pdf", ARTICLE],
            2,
            "unknown export format \"pdf\"",
        ),
        (&["--share", "--jsonl"], 2, "cannot be combined"),
    ];
    for (args, code, message) in cases {
        let o = annotate(args);
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(code), "{args:?}: {err}");
        assert!(err.contains(message), "{args:?}: {err}");
        assert!(o.stdout.is_empty(), "{args:?}");
    }
}
