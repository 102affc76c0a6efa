//! What the features read of one token's text: its hashes (word, lower-cased, shape, affixes)
//! and its case, in one pass over its characters.

use super::super::hash::{hash_step, lower_char, normalize_char, SEED};

/// Case and letter class of a token: `Xx` (Washington), `X.X.` (U.S.), `x-x`, `d` (2023), `XxXx`
/// (McDonald); runs of one class collapse to one symbol.
#[cfg(test)]
pub(super) fn shape(word: &str) -> String {
    let mut s = String::with_capacity(8);
    let mut last = '\0';
    for c in word.chars() {
        let k = shape_class(c);
        if k != last {
            s.push(k);
            last = k;
        }
    }
    s
}

#[cfg_attr(test, derive(Debug, PartialEq))]
pub(super) struct TokenInfo {
    pub(super) word: u64,
    pub(super) lower: u64,
    pub(super) shape: u64,
    pub(super) prefixes: [u64; 4],
    pub(super) suffixes: [u64; 4],
    pub(super) affix_count: usize,
    /// 0 lower, 1 capitalized, 2 all caps, 3 no letters.
    pub(super) case: u8,
}

pub(super) const BOS: u64 = 0x5151_5151;
pub(super) const EOS: u64 = 0x7373_7373;

/// What the features read of a token's text, in one pass over its characters: each
/// character is normalized, lower-cased and classed once (ASCII without the Unicode tables),
/// where hashing the word, its lower-cased form and its shape one after another read the text
/// three times (`info_as_defined`, the definition a test holds this to).
pub(super) fn info(text: &str) -> TokenInfo {
    let mut buf = [' '; 24];
    let mut n = 0;
    let (mut up, mut total) = (0, 0);
    let (mut word, mut lower, mut shape) = (SEED, SEED, SEED ^ 0x5A);
    let (mut last, mut first_upper) = ('\0', false);
    for c in text.chars() {
        // The character as `normalize_char`, `lower_char` and `shape_class` give it.
        let (norm, low, class, alphabetic, upper) = if c.is_ascii() {
            let upper = c.is_ascii_uppercase();
            let norm = match c {
                '0'..='9' => '0',
                '`' => '\'',
                c => c,
            };
            let class = if upper {
                'X'
            } else if c.is_ascii_lowercase() {
                'x'
            } else if c.is_ascii_digit() {
                'd'
            } else {
                norm
            };
            (
                norm,
                norm.to_ascii_lowercase(),
                class,
                c.is_ascii_alphabetic(),
                upper,
            )
        } else {
            let upper = c.is_uppercase();
            (
                normalize_char(c),
                lower_char(c),
                shape_class(c),
                c.is_alphabetic(),
                upper,
            )
        };
        if n == 0 {
            first_upper = upper;
        }
        if n < buf.len() {
            buf[n] = low;
        }
        n += 1;
        if alphabetic {
            total += 1;
            up += upper as usize;
        }
        word = hash_step(word, norm);
        lower = hash_step(lower, low);
        if class != last {
            shape = hash_step(shape, class);
            last = class;
        }
    }
    let kept = n.min(buf.len());
    let chars = &buf[..kept];
    let mut prefixes = [0u64; 4];
    let mut suffixes = [0u64; 4];
    let affix_count = kept.saturating_sub(1).min(4);
    let (mut p, mut s) = (SEED, SEED ^ 0xFF);
    for k in 0..affix_count {
        p = hash_step(p, chars[k]);
        s = hash_step(s, chars[kept - 1 - k]);
        prefixes[k] = p;
        suffixes[k] = s;
    }
    let case = if total == 0 {
        3
    } else if up == total {
        2
    } else if first_upper || up > 0 {
        1
    } else {
        0
    };
    TokenInfo {
        word,
        lower,
        shape,
        prefixes,
        suffixes,
        affix_count,
        case,
    }
}

pub(super) fn shape_class(c: char) -> char {
    if c.is_uppercase() {
        'X'
    } else if c.is_lowercase() {
        'x'
    } else if c.is_numeric() {
        'd'
    } else {
        normalize_char(c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::tagger::hash::{hash_chars, lower_hash};

    /// `info` as the features were first defined: the word, its lower-cased form and its shape
    /// each hashed in a pass of its own (and the affixes from a lower-cased copy).
    fn info_as_defined(text: &str) -> TokenInfo {
        let mut buf = [' '; 24];
        let mut n = 0;
        let (mut up, mut total) = (0, 0);
        for c in text.chars() {
            if n < buf.len() {
                buf[n] = lower_char(c);
            }
            n += 1;
            if c.is_alphabetic() {
                total += 1;
                up += c.is_uppercase() as usize;
            }
        }
        let lower = lower_hash(text);
        let kept = n.min(buf.len());
        let chars = &buf[..kept];
        let mut prefixes = [0u64; 4];
        let mut suffixes = [0u64; 4];
        let affix_count = kept.saturating_sub(1).min(4);
        let (mut p, mut s) = (SEED, SEED ^ 0xFF);
        for k in 0..affix_count {
            p = (p ^ chars[k] as u64).wrapping_mul(0x100_0000_01b3);
            s = (s ^ chars[kept - 1 - k] as u64).wrapping_mul(0x100_0000_01b3);
            prefixes[k] = p;
            suffixes[k] = s;
        }
        let first_upper = text.chars().next().is_some_and(char::is_uppercase);
        let case = if total == 0 {
            3
        } else if up == total {
            2
        } else if first_upper || up > 0 {
            1
        } else {
            0
        };
        let word = hash_chars(text.chars().map(normalize_char));
        TokenInfo {
            word,
            lower,
            shape: shape_hash_as_defined(text),
            prefixes,
            suffixes,
            affix_count,
            case,
        }
    }

    fn shape_hash_as_defined(word: &str) -> u64 {
        let mut h = SEED ^ 0x5A;
        let mut last = '\0';
        for c in word.chars() {
            let k = shape_class(c);
            if k != last {
                h = (h ^ k as u64).wrapping_mul(0x100_0000_01b3);
                last = k;
            }
        }
        h
    }

    #[test]
    fn one_pass_reads_a_token_as_the_features_define_it() {
        // ASCII of every class, digits, typographic marks, letters without an ASCII form,
        // capitals that lower-case to more than one character, no letters at all, and words
        // longer than the 24 characters the affixes read.
        let words = [
            "",
            "a",
            "I",
            "Washington",
            "U.S.",
            "McDonald's",
            "McDonald\u{2019}s",
            "2023",
            "3,000",
            "x-ray",
            "`quoted'",
            "\u{201C}",
            "\u{2014}",
            "\u{2013}12",
            "Z\u{FC}rich",
            "M\u{DC}LLER",
            "\u{C9}cole",
            "S\u{E3}o",
            "\u{130}stanbul",
            "\u{1E9E}",
            "\u{3A3}\u{3A3}",
            "\u{6771}\u{4EAC}",
            "\u{661}\u{662}",
            "\u{2167}",
            "caf\u{E9}\u{301}",
            "\u{B4}s",
            "supercalifragilisticexpialidocious",
            "ANTIDISESTABLISHMENTARIANISM-ERA",
            "_",
            "@#$",
            "\u{24B6}bc",
            "\u{1C5}emal",
            "\u{1F600}",
        ];
        for w in words {
            assert_eq!(info(w), info_as_defined(w), "{w:?}");
        }
    }

    #[test]
    fn shapes_collapse_runs() {
        assert_eq!(shape("Washington"), "Xx");
        assert_eq!(shape("U.S."), "X.X.");
        assert_eq!(shape("McDonald"), "XxXx");
        assert_eq!(shape("2023"), "d");
    }
}
