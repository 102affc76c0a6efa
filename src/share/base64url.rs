//! base64url without padding (RFC 4648 §5): the URL- and filename-safe alphabet, so a fragment
//! needs no percent-encoding. Small enough not to be worth a dependency.

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

#[derive(Debug, PartialEq, Eq)]
pub enum Error {
    /// A character outside the alphabet, at this byte position of the input.
    BadChar { at: usize, ch: char },
    /// A length no encoder produces (one character left over): the text was cut.
    Truncated,
}

pub fn encode_into(bytes: &[u8], out: &mut String) {
    let sym = |v: u32, shift: u32| ALPHABET[((v >> shift) & 63) as usize] as char;
    let mut chunks = bytes.chunks_exact(3);
    for c in &mut chunks {
        let v = (c[0] as u32) << 16 | (c[1] as u32) << 8 | c[2] as u32;
        out.extend([sym(v, 18), sym(v, 12), sym(v, 6), sym(v, 0)]);
    }
    match *chunks.remainder() {
        [a] => {
            let v = (a as u32) << 16;
            out.extend([sym(v, 18), sym(v, 12)]);
        }
        [a, b] => {
            let v = (a as u32) << 16 | (b as u32) << 8;
            out.extend([sym(v, 18), sym(v, 12), sym(v, 6)]);
        }
        _ => {}
    }
}

pub fn encode(bytes: &[u8]) -> String {
    let mut s = String::with_capacity(bytes.len() * 4 / 3 + 3);
    encode_into(bytes, &mut s);
    s
}

fn value(b: u8) -> Option<u32> {
    Some(match b {
        b'A'..=b'Z' => b - b'A',
        b'a'..=b'z' => b - b'a' + 26,
        b'0'..=b'9' => b - b'0' + 52,
        b'-' => 62,
        b'_' => 63,
        _ => return None,
    } as u32)
}

/// Decodes, tolerating trailing `=` padding and the standard alphabet's `+` and `/` (some
/// tools convert), but nothing else.
pub fn decode(text: &str) -> Result<Vec<u8>, Error> {
    let text = text.trim_end_matches('=');
    let mut out = Vec::with_capacity(text.len() * 3 / 4 + 1);
    let (mut acc, mut bits) = (0u32, 0u32);
    for (at, b) in text.bytes().enumerate() {
        let v = match b {
            b'+' => 62,
            b'/' => 63,
            _ => value(b).ok_or_else(|| Error::BadChar {
                at,
                ch: text[at..].chars().next().unwrap_or('?'),
            })?,
        };
        acc = (acc << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    if text.len() % 4 == 1 {
        return Err(Error::Truncated);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_vectors_round_trip() {
        for (raw, enc) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("\u{ff}\u{fe}", "w7_Dvg"),
        ] {
            assert_eq!(encode(raw.as_bytes()), enc);
            assert_eq!(decode(enc).unwrap(), raw.as_bytes());
        }
    }

    #[test]
    fn bad_characters_and_impossible_lengths_are_errors() {
        assert_eq!(decode("Zm9v!"), Err(Error::BadChar { at: 4, ch: '!' }));
        assert_eq!(decode("Zm9vé"), Err(Error::BadChar { at: 4, ch: 'é' }));
        assert_eq!(decode("Zm9vY"), Err(Error::Truncated));
    }
}
