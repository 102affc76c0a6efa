//! Any bytes → (lossy) text and a reference date → `annotate` must not panic, hang or break a
//! promise of the result shape (`newsmark::invariants::check`).
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsmark::{annotate, invariants, Options};

fuzz_target!(|data: &[u8]| {
    // The first byte picks the reference date: none, a fixed one, or garbage to be refused.
    let (choice, rest) = data.split_first().map_or((0, data), |(c, r)| (*c, r));
    let reference_date = match choice % 4 {
        0 => None,
        1 => Some("2023-06-14".to_string()),
        2 => Some("0001-01-01".to_string()),
        _ => Some(String::from_utf8_lossy(&rest[..rest.len().min(10)]).into_owned()),
    };
    let text = String::from_utf8_lossy(rest);
    match annotate(&text, &Options { reference_date }) {
        Ok(a) => {
            if let Err(broken) = invariants::check(&text, &a) {
                panic!("{broken}");
            }
            let _ = a.to_json();
        }
        Err(e) => assert!(!e.to_string().is_empty()),
    }
});
