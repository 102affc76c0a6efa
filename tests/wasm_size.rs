//! The download stays under budget (issue 7): gzip -9 of the release wasm plus its JS glue,
//! www/pkg/newsmark_bg.wasm + newsmark.js + the snippets it imports, at most 450 KB.
//!
//! Needs the release build, so it is ignored in a plain `cargo test`; `make test` runs it right
//! after `make wasm` (`make test-size`). Size only: nothing here is timed.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Stdio};

const BUDGET_BYTES: usize = 450 * 1024;

fn gzip9_len(path: &str) -> usize {
    let bytes =
        std::fs::read(path).unwrap_or_else(|e| panic!("{path}: {e} (build it with `make wasm`)"));
    let mut gzip = Command::new("gzip")
        .args(["-9", "-c", "-n"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("gzip runs");
    let mut stdin = gzip.stdin.take().unwrap();
    let writer = std::thread::spawn(move || stdin.write_all(&bytes));
    let out = gzip.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    assert!(out.status.success());
    out.stdout.len()
}

#[test]
#[ignore = "needs the release wasm in www/pkg: run by `make test-size` after `make wasm`"]
fn wasm_and_glue_fit_the_download_budget() {
    let pkg = concat!(env!("CARGO_MANIFEST_DIR"), "/www/pkg/");
    let wasm = gzip9_len(&format!("{pkg}newsmark_bg.wasm"));
    // The glue: newsmark.js and the JS snippets it imports (src/wasm.rs's inline JS).
    let mut glue = gzip9_len(&format!("{pkg}newsmark.js"));
    if let Ok(dirs) = std::fs::read_dir(format!("{pkg}snippets")) {
        for dir in dirs.flatten() {
            for f in std::fs::read_dir(dir.path())
                .into_iter()
                .flatten()
                .flatten()
            {
                glue += gzip9_len(f.path().to_str().expect("a UTF-8 path"));
            }
        }
    }
    eprintln!(
        "gzip -9: wasm {wasm} B + glue {glue} B = {} B (budget {BUDGET_BYTES} B)",
        wasm + glue
    );
    assert!(wasm > 10_000, "{wasm} B is not a real build");
    assert!(
        wasm + glue <= BUDGET_BYTES,
        "the download is {:.1} KB gzip -9, over the 450 KB budget",
        (wasm + glue) as f64 / 1024.0
    );
}
