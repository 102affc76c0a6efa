//! The hashing that the tagger's features and the gazetteer's keys share: 64-bit hashes of
//! normalized characters, mixed together (maps keyed by them: `crate::maps::HashKeyed`).
//!
//! Kept apart so that the feature extractor and the gazetteer both lean on it without leaning on
//! each other. Every function here is part of the trained model's definition: a change to any of
//! them changes every feature id, and the model must then be retrained (`make test-model`).

/// Where every character hash starts.
pub const SEED: u64 = 0xcbf2_9ce4_8422_2325;

#[inline]
pub fn mix(a: u64, b: u64) -> u64 {
    let x = (a ^ b.rotate_left(29)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    x ^ (x >> 31)
}

/// One character's step of every character hash (FNV-1a over code points).
#[inline]
pub fn hash_step(h: u64, c: char) -> u64 {
    (h ^ c as u64).wrapping_mul(0x100_0000_01b3)
}

#[inline]
pub fn hash_chars(cs: impl Iterator<Item = char>) -> u64 {
    cs.fold(SEED, hash_step)
}

/// Apostrophes, quote marks and dashes in their typographic forms hash like the plain ASCII ones
/// the training corpus uses; digits all become `0`.
pub fn normalize_char(c: char) -> char {
    match c {
        '\u{2019}' | '\u{2018}' | '`' | '\u{00B4}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{00AB}' | '\u{00BB}' | '\u{201E}' => '"',
        '\u{2010}'..='\u{2015}' => '-',
        c if c.is_ascii_digit() => '0',
        c => c,
    }
}

pub fn lower_char(c: char) -> char {
    let c = normalize_char(c);
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        crate::text::case::lower(c).next().unwrap_or(c)
    }
}

/// Hash of a lower-cased, normalized token (the gazetteer keys use it).
pub fn lower_hash(token: &str) -> u64 {
    hash_chars(token.chars().map(lower_char))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typographic_apostrophes_hash_like_ascii() {
        assert_eq!(lower_hash("’s"), lower_hash("'S"));
        assert_ne!(lower_hash("us"), lower_hash("U.S."));
    }
}
