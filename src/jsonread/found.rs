//! What was found where something else was expected, as serde's messages write it (`invalid
//! type: integer `5`, expected a string`), floats included.

use super::error::Error;
use super::number::Num;
use std::fmt;

/// What was found where something else was expected (serde's `Unexpected`).
pub(super) enum Found<'s> {
    Bool(bool),
    Num(Num),
    Str(&'s str),
    Null,
    Seq,
    Map,
}

impl fmt::Display for Found<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Found::Bool(b) => write!(f, "boolean `{b}`"),
            Found::Num(Num::U(n)) => write!(f, "integer `{n}`"),
            Found::Num(Num::I(n)) => write!(f, "integer `{n}`"),
            Found::Num(Num::F(x)) => write!(f, "floating point `{}`", float_text(*x)),
            Found::Str(s) => write!(f, "string {s:?}"),
            Found::Null => f.write_str("null"),
            Found::Seq => f.write_str("sequence"),
            Found::Map => f.write_str("map"),
        }
    }
}

/// A float as serde_json's messages write it (with zmij, its serializer's float writer): the
/// shortest digits that read back as `x`, in plain notation from 1e-5 to below 1e16 (`1000.0`,
/// `0.00015`), else as `1.5e+16`, `1e-7`. The digits are core's `Display`'s (a test compares
/// them on 15,000 floats, 600,000 when it was written), found by `dates::shortest` so that no
/// `Display` of a float is compiled in (size round 13); zmij is not compiled in either (they
/// differ only when two 17-digit strings both read back as `x`, where core takes the nearer and
/// zmij not always).
fn float_text(x: f64) -> String {
    let (digits, exp) = crate::dates::shortest(x.abs());
    let digits = digits.as_str();
    let n = digits.len() as i32;
    let mut out = String::from(if x.is_sign_negative() { "-" } else { "" });
    if (-5..=15).contains(&exp) {
        if n - 1 <= exp {
            out += digits;
            out.extend(std::iter::repeat_n('0', (exp + 1 - n) as usize));
            out += ".0";
        } else if exp >= 0 {
            let (a, b) = digits.split_at(exp as usize + 1);
            out += &format!("{a}.{b}");
        } else {
            out += "0.";
            out.extend(std::iter::repeat_n('0', (-exp - 1) as usize));
            out += digits;
        }
    } else {
        let (a, b) = digits.split_at(1);
        out += a;
        if !b.is_empty() {
            out += &format!(".{b}");
        }
        out += &format!("e{}{}", if exp < 0 { '-' } else { '+' }, exp.abs());
    }
    out
}

#[cold]
#[inline(never)]
pub(super) fn invalid_type(found: Found, expected: &str) -> Error {
    Error::data(format!("invalid type: {found}, expected {expected}"))
}

#[cfg(test)]
mod tests {
    use super::float_text;

    // zmij is a dev-dependency of the native build only.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn floats_are_written_as_serde_json_writes_them() {
        let mut xs = vec![
            0.0,
            -0.0,
            1.0,
            1.5,
            -2.5e3,
            1e15,
            1e16,
            1.5e16,
            123456789012345.6,
            1e-5,
            1e-6,
        ];
        xs.extend([
            1.5e-7,
            4.294967e301,
            1.8446744073709552e19,
            f64::MAX,
            f64::MIN_POSITIVE,
            5e-324,
        ]);
        // A spread of magnitudes and digit counts.
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..4_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let x = f64::from_bits(seed);
            if x.is_finite() {
                xs.push(x);
            }
            let e = (seed % 60) as i32 - 30;
            xs.push((seed >> 40) as f64 * 10f64.powi(e));
        }
        let mut ties = 0;
        for x in xs {
            let (ours, theirs) = (float_text(x), zmij::Buffer::new().format(x).to_string());
            if ours != theirs {
                // Two 17-digit strings both read back as `x`: core takes the nearer, zmij not always.
                assert_eq!(ours.len(), theirs.len(), "{x:e}");
                assert_eq!(ours.parse::<f64>(), Ok(x), "{x:e}");
                assert_eq!(theirs.parse::<f64>(), Ok(x), "{x:e}");
                ties += 1;
            }
        }
        assert!(ties < 200, "{ties} ties");
    }
}
