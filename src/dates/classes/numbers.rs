//! Numbers in digits and in words, ordinals and spoken years (`%number`, `%hourw`, `twenty
//! nineteen`).

use super::super::tokens::Toks;
use super::super::value::{val, Val};
use super::*;

pub(super) const UNITS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
pub(super) const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];
pub(super) const ORDINALS: [&str; 20] = [
    "zeroth",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
];
pub(super) const TENS_ORDINALS: [&str; 8] = [
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
];

pub(super) fn word_number(w: &str) -> Option<u64> {
    if let Some(n) = UNITS.iter().position(|&u| u == w) {
        return Some(n as u64);
    }
    if w == "dozen" {
        return Some(12);
    }
    TENS.iter()
        .position(|&u| u == w)
        .map(|n| 20 + 10 * n as u64)
}

/// Any number or ordinal word (one `match`, which compiles to a length switch).
pub(super) fn is_number_word(w: &str) -> bool {
    matches!(
        w,
        "zero"
            | "one"
            | "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "eleven"
            | "twelve"
            | "thirteen"
            | "fourteen"
            | "fifteen"
            | "sixteen"
            | "seventeen"
            | "eighteen"
            | "nineteen"
            | "twenty"
            | "thirty"
            | "forty"
            | "fifty"
            | "sixty"
            | "seventy"
            | "eighty"
            | "ninety"
            | "dozen"
            | "first"
            | "second"
            | "third"
            | "fourth"
            | "fifth"
            | "sixth"
            | "seventh"
            | "eighth"
            | "ninth"
            | "tenth"
            | "eleventh"
            | "twelfth"
            | "thirteenth"
            | "fourteenth"
            | "fifteenth"
            | "sixteenth"
            | "seventeenth"
            | "eighteenth"
            | "nineteenth"
            | "twentieth"
            | "thirtieth"
            | "fortieth"
            | "fiftieth"
            | "sixtieth"
            | "seventieth"
            | "eightieth"
            | "ninetieth"
    )
}

/// The number a word says (`eight` → 8), for the steps after the rules.
pub fn word_value(w: &str) -> Option<u64> {
    word_number(w)
}

/// The number an ordinal word says (`twentieth` → 20).
pub fn ordinal_value(w: &str) -> Option<u64> {
    ordinal_word(w)
}

pub(super) fn ordinal_word(w: &str) -> Option<u64> {
    if let Some(n) = ORDINALS.iter().position(|&u| u == w) {
        return Some(n as u64);
    }
    TENS_ORDINALS
        .iter()
        .position(|&u| u == w)
        .map(|n| 20 + 10 * n as u64)
}

/// Years said in words, as in broadcast transcripts: `nineteen ninety-six`, `eighteen twelve`,
/// `two thousand`, `two thousand and one`.
pub(super) fn spoken_year(toks: &Toks, i: usize) -> Option<(usize, Val)> {
    let first = toks.lw_get(i)?;
    let word = |j: usize| toks.lw_get(j).unwrap_or("");
    if first == "two" && word(i + 1) == "thousand" {
        let mut j = i + 2;
        if word(j) == "and" {
            j += 1;
        }
        return Some(
            match word_number(word(j)).filter(|n| (1..=19).contains(n)) {
                Some(n) => (j + 1, Val::uint(2000 + n, 0)),
                None => (i + 2, Val::from("2000")),
            },
        );
    }
    let century = match first {
        "nineteen" => 1900,
        "eighteen" => 1800,
        _ => return None,
    };
    let second = word_number(word(i + 1)).filter(|n| (10..=99).contains(n))?;
    if second >= 20 && word(i + 2) == "-" {
        if let Some(u) = word_number(word(i + 3)).filter(|u| (1..=9).contains(u)) {
            return Some((i + 4, Val::uint(century + second + u, 0)));
        }
    }
    if second >= 20 && second % 10 == 0 {
        if let Some(u) = word_number(word(i + 2)).filter(|u| (1..=9).contains(u)) {
            return Some((i + 3, Val::uint(century + second + u, 0)));
        }
    }
    Some((i + 2, Val::uint(century + second, 0)))
}

/// `twenty-first`, `twenty first`, `third` → (end, n).
pub(super) fn ordinal_words(toks: &Toks, i: usize) -> Option<(usize, u64)> {
    let t = toks.lw_get(i)?;
    if let Some(n) = ordinal_word(t) {
        return Some((i + 1, n));
    }
    let tens = TENS.iter().position(|&u| u == t)? as u64 * 10 + 20;
    let mut j = i + 1;
    if toks.lw_get(j).is_some_and(|h| h == "-") {
        j += 1;
    }
    let unit = ordinal_word(toks.lw_get(j)?).filter(|&u| (1..=9).contains(&u))?;
    Some((j + 1, tens + unit))
}

/// A count in digits or words. Digits may carry thousands commas or one decimal point.
pub(super) fn number(toks: &Toks, i: usize) -> Option<(usize, Val)> {
    let t = toks.lw_get(i)?;
    if t.as_bytes().first()?.is_ascii_digit() {
        // `2018 day`, `the 1988 quarter`: a plain four-digit number in the range of years is a
        // year, not a count.
        if t.len() == 4
            && is_digits(t)
            && t.parse::<u32>().is_ok_and(|y| (1800..=2100).contains(&y))
        {
            return None;
        }
        let mut digits = Val::new();
        t.split(',').for_each(|p| digits.push_str(p));
        let plain = digits.as_str();
        let ok = plain.bytes().all(|b| b.is_ascii_digit() || b == b'.')
            && plain.matches('.').count() <= 1
            && !plain.ends_with('.');
        if ok
            && is_digits(plain)
            && toks
                .lw_get(i + 1)
                .is_some_and(|f| f == "1/2" || f == "\u{bd}")
        {
            return Some((i + 2, val!("{plain}.5")));
        }
        // Round 15: `2 and a half`, `2 and an half`.
        if ok && is_digits(plain) && and_a_half(toks, i + 1) {
            return Some((i + 4, val!("{plain}.5")));
        }
        return ok.then(|| (i + 1, Val::from(plain.trim_end_matches(".0"))));
    }
    if t == "a" && toks.lw_get(i + 1) == Some("dozen") {
        return Some((i + 2, val!("12")));
    }
    // Words: [units|tens [-]unit] [hundred [and]? rest] [thousand …]
    let mut total: u64 = 0;
    let mut current: u64 = 0;
    let mut j = i;
    let mut any = false;
    let mut end = i;
    // `a hundred`, `a thousand` are one of them, and go on (`a hundred and fifty`).
    if t == "a" && matches!(toks.lw_get(i + 1), Some("hundred" | "thousand")) {
        (current, any, j) = (1, true, i + 1);
    }
    while let Some(w) = toks.lw_get(j) {
        if let Some(n) = word_number(w) {
            let fits = current % 100 == 0 || (current % 100 >= 20 && current % 10 == 0 && n < 10);
            if !fits {
                break; // `two three` is not a number
            }
            current = current.saturating_add(n);
            any = true;
            j += 1;
            end = j;
            // `twenty-four`
            if n >= 20
                && n % 10 == 0
                && toks.lw_get(j).is_some_and(|h| h == "-")
                && toks
                    .lw_get(j + 1)
                    .and_then(word_number)
                    .is_some_and(|u| (1..=9).contains(&u))
            {
                current = current.saturating_add(word_number(toks.lw(j + 1)).unwrap_or(0));
                j += 2;
                end = j;
            }
        } else if any && w == "hundred" {
            current = current.max(1).saturating_mul(100);
            j += 1;
            end = j;
        } else if any && (w == "thousand" || w == "million") {
            total = total.saturating_add(current.max(1).saturating_mul(if w == "thousand" {
                1000
            } else {
                1_000_000
            }));
            current = 0;
            j += 1;
            end = j;
        } else if any
            && w == "and"
            && toks.lw_get(j + 1).and_then(word_number).is_some()
            && current >= 100
        {
            j += 1;
        } else {
            break;
        }
    }
    let n = total.saturating_add(current);
    // `two and a half`
    if any && and_a_half(toks, end) {
        return Some((end + 3, val!("{n}.5")));
    }
    any.then(|| (end, Val::uint(n, 0)))
}

/// `and a half` (or `and an half`) at token `i`.
pub(super) fn and_a_half(toks: &Toks, i: usize) -> bool {
    toks.lw_get(i) == Some("and")
        && matches!(toks.lw_get(i + 1), Some("a" | "an"))
        && toks.lw_get(i + 2) == Some("half")
}
