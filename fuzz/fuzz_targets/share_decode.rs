//! A share link or a view file from a stranger → `newsmark::share::decode` (or `open_file`) must
//! refuse it with a message or give a view; a view must then annotate (corrections applied,
//! entity-level ones included) keeping every promise of the result shape, say what became of each
//! correction, and export in every format, the HTML with no live markup, the JSON export and the
//! view file reopening to the same view.
//!
//! The first byte picks how the rest is read: as the link text itself (even: so the prefix,
//! base64url and length checks get fuzzed), or as the JSON inside a well-formed `nm1.` link (1
//! mod 4; 3 mod 8 behind a URL: zlib + base64url done here, so the fuzzer reaches the view parser
//! and the corrections), or as a view file or JSON export (7 mod 8: `open_file`).
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsmark::corrections::snap_selection;
use newsmark::export::{export, Format};
use newsmark::invariants;
use newsmark::share::{base64url, decode, encode, open_file};
use newsmark::view::{annotate_view, check_correction, view_status, View};

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else { return };
    let opened = if mode % 8 == 7 {
        open_file(&String::from_utf8_lossy(rest)).map_err(|e| e.to_string())
    } else {
        let link = if mode % 2 == 0 {
            String::from_utf8_lossy(rest).into_owned()
        } else {
            let packed = miniz_oxide::deflate::compress_to_vec_zlib(rest, 1);
            let mut s = String::from(if mode % 4 == 1 { "nm1." } else { "https://example.org/newsmark/#nm1." });
            base64url::encode_into(&packed, &mut s);
            s
        };
        decode(&link).map_err(|e| e.to_string())
    };
    let view = match opened {
        Ok(v) => v,
        Err(e) => {
            assert!(!e.is_empty());
            return;
        }
    };
    // What opens re-encodes to the same view, stamped by this newsmark.
    let stamped = View { newsmark: Some(newsmark::version().into()), ..view.clone() };
    assert_eq!(decode(&encode(&view)).as_ref(), Ok(&stamped));
    let applied = match annotate_view(&view) {
        Ok(a) => a,
        Err(e) => {
            assert!(!e.to_string().is_empty());
            return;
        }
    };
    if let Err(broken) = invariants::check(&view.text, &applied.annotations) {
        panic!("after corrections: {broken}");
    }
    assert_eq!(applied.statuses.len(), view.corrections.len());
    for c in view.corrections.iter().take(2) {
        let _ = check_correction(&view, c);
        let _ = snap_selection(&view.text, c.start, c.end);
    }
    let _ = view_status(&view);
    for format in Format::ALL {
        let out = export(&view, &applied.annotations, format);
        match format {
            Format::Html => {
                let lower = out.to_ascii_lowercase();
                assert!(!lower.contains("<script") && !lower.contains("<img") && !lower.contains("<svg") && !lower.contains("<iframe"), "live markup in the HTML export");
            }
            Format::Json | Format::View => {
                let back = open_file(&out).expect("an export reopens");
                assert_eq!((&back.text, &back.corrections), (&view.text, &view.corrections));
            }
            Format::Csv => assert!(!out.split(['\n', ',']).any(|c| c.starts_with(['=', '+', '-', '@']))),
            _ => {}
        }
    }
});
