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
    assert_eq!(
        stdout(&annotate(&["--open-share", &link, "--format", "json"])),
        direct
    );
}

#[test]
fn every_format_is_written() {
    for (format, starts) in [
        ("html", "<!DOCTYPE html>"),
        ("json", "{\"schema\":\"newsmark/1\""),
        ("w3c", "{\"@context\""),
        ("brat", "T1\t"),
        ("displacy", "{\"text\":"),
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
