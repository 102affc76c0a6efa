//! Tests of the crate's top-level error messages.

use crate::Error;

/// The text-too-long message gives the size in megabytes to one decimal exactly as
/// `format!("{:.1}", bytes as f64 / 1e6)` writes it (the float's exact value, a tie to even):
/// every size near a tenth's edge up to 64 MB, a spread of sizes up to `usize::MAX`, and zero.
#[test]
fn the_size_in_a_too_long_message_is_rounded_as_the_formatter_rounds_it() {
    let message = |bytes: usize| {
        Error::TextTooLong {
            bytes,
            max: 2_000_000,
        }
        .to_string()
    };
    let expected = |bytes: usize| {
        format!(
            "the text is too long to annotate ({:.1} MB; the limit is 2 MB)",
            bytes as f64 / 1e6
        )
    };
    let mut sizes: Vec<usize> = vec![0, 1, 49_999, 50_000, 50_001, 999_999, usize::MAX];
    for tenth in 0..640usize {
        let edge = tenth * 100_000 + 50_000;
        sizes.extend(edge - 2..=edge + 2);
    }
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..100_000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        sizes.push((x >> (x % 64)) as usize);
    }
    for bytes in sizes {
        assert_eq!(message(bytes), expected(bytes), "{bytes}");
    }
}
