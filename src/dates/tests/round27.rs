//! Round 27: everyday dates by a fourteenth author (all at Wednesday 2023-06-14, 10:00).

use super::*;

/// A day of the month in words in a message, after `on`, `by`, `till` or its weekday, is a
/// day; an ordinal that counts (`the fourth floor`, `the third and final day`) is not.
#[test]
fn round_27_day_of_the_month_in_words() {
    for (text, part, want) in [
        ("bins go out on the nineteenth", "nineteenth", "2023-06-19"),
        (
            "rent's due by the twenty-eighth!",
            "twenty-eighth",
            "2023-06-28",
        ),
        (
            "can you lend me the van on the twenty first",
            "twenty first",
            "2023-06-21",
        ),
        ("the farrier comes monday the third", "third", "2023-07-03"),
    ] {
        assert_eq!(value_over(text, part).as_deref(), Some(want), "{text}");
    }
    for (text, part) in [
        ("we're on the fourth floor, buzz twice", "fourth"),
        ("we won on the third and final day", "third"),
        ("she was the first to arrive", "first"),
    ] {
        assert_eq!(value_over(text, part), None, "{text}");
    }
}
