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

/// A float as serde_json's messages write it: with zmij, its own float writer (the shortest
/// digits that read back as `x`; plain from 1e-5 to below 1e16, `1000.0`, `0.00015`, else
/// `1.5e+16`, `1e-7`).
fn float_text(x: f64) -> String {
    zmij::Buffer::new().format(x).to_string()
}

#[cold]
#[inline(never)]
pub(super) fn invalid_type(found: Found, expected: &str) -> Error {
    Error::data(format!("invalid type: {found}, expected {expected}"))
}

#[cfg(test)]
mod tests {
    use super::float_text;

    /// The message names the float as serde_json's own message names it.
    #[test]
    fn floats_are_written_as_serde_json_writes_them() {
        for text in [
            "1000.0",
            "-2500.0",
            "0.00015",
            "1.5e16",
            "1.5e-7",
            "123456789012345.6",
        ] {
            let theirs = serde_json::from_str::<String>(text)
                .unwrap_err()
                .to_string();
            let x: f64 = text.parse().unwrap();
            let ours = format!("invalid type: floating point `{}`", float_text(x));
            assert!(theirs.starts_with(&ours), "{theirs} / {ours}");
        }
    }
}
