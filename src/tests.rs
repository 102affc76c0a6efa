//! Tests of the crate's top-level error messages.

use crate::Error;

/// The text-too-long message gives the size in megabytes to one decimal, half up.
#[test]
fn the_size_in_a_too_long_message_is_in_tenths_of_a_megabyte() {
    let message = |bytes: usize| {
        Error::TextTooLong {
            bytes,
            max: 2_000_000,
        }
        .to_string()
    };
    for (bytes, size) in [
        (0, "0.0"),
        (2_049_999, "2.0"),
        (2_050_000, "2.1"),
        (12_345_678, "12.3"),
        (99_960_000, "100.0"),
    ] {
        assert_eq!(
            message(bytes),
            format!("the text is too long to annotate ({size} MB; the limit is 2 MB)")
        );
    }
}
