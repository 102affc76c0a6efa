//! A share link from a stranger → `newsmark::share::decode` must refuse it with a message or give
//! a view; a view must then annotate (corrections applied) keeping every promise of the result
//! shape, and export in every format, the HTML with no live markup.
//!
//! The first byte picks how the rest is read: as the link text itself (so the prefix, base64url
//! and length checks get fuzzed), or as the JSON inside a well-formed `nm1.` link (zlib +
//! base64url done here, so the fuzzer reaches the view parser and the corrections).
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsmark::export::{export, Format};
use newsmark::share::{base64url, decode, encode};
use newsmark::view::annotate_view;
use newsmark::invariants;

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else { return };
    let link = if mode % 2 == 0 {
        String::from_utf8_lossy(rest).into_owned()
    } else {
        let packed = miniz_oxide::deflate::compress_to_vec_zlib(rest, 1);
        let mut s = String::from(if mode % 4 == 1 { "nm1." } else { "https://example.org/newsmark/#nm1." });
        base64url::encode_into(&packed, &mut s);
        s
    };
    let view = match decode(&link) {
        Ok(v) => v,
        Err(e) => {
            assert!(!e.to_string().is_empty());
            return;
        }
    };
    // What decodes re-encodes to the same view.
    assert_eq!(decode(&encode(&view)).as_ref(), Ok(&view));
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
    for format in [Format::Html, Format::Json, Format::W3c, Format::Brat, Format::Displacy] {
        let out = export(&view, &applied.annotations, format);
        if format == Format::Html {
            let lower = out.to_ascii_lowercase();
            assert!(!lower.contains("<script") && !lower.contains("<img") && !lower.contains("<svg") && !lower.contains("<iframe"), "live markup in the HTML export");
        }
    }
});
