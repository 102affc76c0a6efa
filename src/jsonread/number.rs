//! Numbers: their syntax checked as serde_json checks it (for a value read and for one skipped),
//! and their value as serde_json keeps it (an integer when it fits, else a float).

use super::error::Code;
use super::reader::Reader;
use super::R;

/// A number as serde_json parses it.
#[derive(Clone, Copy)]
pub(super) enum Num {
    U(u64),
    I(i64),
    F(f64),
}

impl Reader<'_> {
    /// The digits of a number (its sign taken), checked as serde_json checks them; whether it
    /// has a fraction or an exponent. `ignore`: serde_json's rules for a value it skips, which
    /// say "invalid number" where the parser says the text ended.
    pub(super) fn number_syntax(&mut self, ignore: bool) -> R<bool> {
        match self.next() {
            None if !ignore => return Err(self.error(Code::EofValue)),
            Some(b'0') => {
                if let Some(b'0'..=b'9') = self.peek() {
                    return Err(self.peek_error(Code::Number));
                }
            }
            Some(b'1'..=b'9') => {
                while let Some(b'0'..=b'9') = self.peek() {
                    self.i += 1;
                }
            }
            _ => return Err(self.error(Code::Number)),
        }
        let mut float = false;
        if self.peek0() == b'.' {
            self.i += 1;
            float = true;
            let first = self.i;
            while let Some(b'0'..=b'9') = self.peek() {
                self.i += 1;
            }
            if self.i == first {
                return Err(match self.peek() {
                    None if !ignore => self.peek_error(Code::EofValue),
                    _ => self.peek_error(Code::Number),
                });
            }
        }
        if let b'e' | b'E' = self.peek0() {
            self.i += 1;
            float = true;
            let positive = match self.peek0() {
                b'+' | b'-' => {
                    self.i += 1;
                    self.s[self.i - 1] == b'+'
                }
                _ => true,
            };
            let mut exp: i32 = match self.next() {
                None if !ignore => return Err(self.error(Code::EofValue)),
                Some(d @ b'0'..=b'9') => (d - b'0') as i32,
                _ => return Err(self.error(Code::Number)),
            };
            while let Some(d @ b'0'..=b'9') = self.peek() {
                // serde_json stops at the digit that makes the exponent overflow an i32, when
                // the number is then too large for a float.
                match exp
                    .checked_mul(10)
                    .and_then(|e| e.checked_add((d - b'0') as i32))
                {
                    Some(e) => exp = e,
                    None if !ignore && positive && self.nonzero_fraction() => {
                        return Err(self.peek_error(Code::OutOfRange))
                    }
                    None => exp = i32::MAX,
                }
                self.i += 1;
            }
        }
        Ok(float)
    }

    /// Whether the digits of the number before its `e` (just read) have one that is not 0.
    pub(super) fn nonzero_fraction(&self) -> bool {
        let e = self.s[..self.i]
            .iter()
            .rposition(|&b| b == b'e' || b == b'E');
        let digits = &self.s[..e.unwrap_or(0)];
        let start = digits
            .iter()
            .rposition(|b| !(b.is_ascii_digit() || *b == b'.'))
            .map_or(0, |p| p + 1);
        digits[start..].iter().any(|b| (b'1'..=b'9').contains(b))
    }

    /// A number whose first byte (`-` or a digit) is next: an integer when it fits, as
    /// serde_json keeps it, else a float.
    pub(super) fn number(&mut self) -> R<Num> {
        let start = self.i;
        let positive = self.peek() != Some(b'-');
        if !positive {
            self.i += 1;
        }
        let float = self.number_syntax(false)?;
        let text = std::str::from_utf8(&self.s[start..self.i]).unwrap_or("");
        if !float {
            let mut n: u64 = 0;
            let fits = text.trim_start_matches('-').bytes().all(|d| {
                match n
                    .checked_mul(10)
                    .and_then(|n| n.checked_add((d - b'0') as u64))
                {
                    Some(m) => {
                        n = m;
                        true
                    }
                    None => false,
                }
            });
            if fits {
                return Ok(if positive {
                    Num::U(n)
                } else {
                    match (n as i64).wrapping_neg() {
                        neg if neg >= 0 => Num::F(-(n as f64)),
                        neg => Num::I(neg),
                    }
                });
            }
        }
        match crate::dates::parse_f64(text) {
            Some(x) if x.is_finite() => Ok(Num::F(x)),
            _ => Err(self.error(Code::OutOfRange)),
        }
    }
}
