//! The values a type asks for by name: a string, `null`, an unsigned integer, a unit variant;
//! and what serde's message says was found instead.

use super::error::{Code, Error};
use super::found::{invalid_type, Found};
use super::number::Num;
use super::reader::Reader;
use super::R;

impl Reader<'_> {
    /// What is there instead of the value `expected` (serde_json's `peek_invalid_type`).
    #[cold]
    #[inline(never)]
    pub(super) fn invalid(&mut self, expected: &str) -> Error {
        let found = match self.peek0() {
            b'n' => {
                self.i += 1;
                if let Err(e) = self.ident(b"ull") {
                    return e;
                }
                invalid_type(Found::Null, expected)
            }
            b't' => {
                self.i += 1;
                if let Err(e) = self.ident(b"rue") {
                    return e;
                }
                invalid_type(Found::Bool(true), expected)
            }
            b'f' => {
                self.i += 1;
                if let Err(e) = self.ident(b"alse") {
                    return e;
                }
                invalid_type(Found::Bool(false), expected)
            }
            b'-' | b'0'..=b'9' => match self.number() {
                Ok(n) => invalid_type(Found::Num(n), expected),
                Err(e) => return e,
            },
            b'"' => match self.string_text() {
                Ok(s) => invalid_type(Found::Str(&s), expected),
                Err(e) => return e,
            },
            b'[' => invalid_type(Found::Seq, expected),
            b'{' => invalid_type(Found::Map, expected),
            _ => self.peek_error(Code::Value),
        };
        self.fix(found)
    }

    /// A string value.
    #[inline(never)]
    pub(super) fn string(&mut self) -> R<String> {
        match self.ws() {
            None => Err(self.peek_error(Code::EofValue)),
            Some(b'"') => self.string_text(),
            Some(_) => Err(self.invalid("a string")),
        }
    }

    /// Whether the value is `null` (then taken): an `Option`'s `None`.
    #[inline(never)]
    pub(super) fn null(&mut self) -> R<bool> {
        if self.ws() == Some(b'n') {
            self.i += 1;
            self.ident(b"ull")?;
            return Ok(true);
        }
        Ok(false)
    }

    /// A string or `null`.
    pub(super) fn option_string(&mut self) -> R<Option<String>> {
        Ok(if self.null()? {
            None
        } else {
            Some(self.string()?)
        })
    }

    /// An unsigned integer of at most `max` (`expected`: "u32" or "u64").
    #[inline(never)]
    pub(super) fn unsigned(&mut self, max: u64, expected: &str) -> R<u64> {
        let value = match self.ws() {
            None => return Err(self.peek_error(Code::EofValue)),
            Some(b'-' | b'0'..=b'9') => match self.number()? {
                Num::U(n) if n <= max => Ok(n),
                Num::I(n) if n >= 0 && n as u64 <= max => Ok(n as u64),
                n @ (Num::U(_) | Num::I(_)) => Err(Error::data(format!(
                    "invalid value: {}, expected {expected}",
                    Found::Num(n)
                ))),
                n => Err(invalid_type(Found::Num(n), expected)),
            },
            Some(_) => Err(self.invalid(expected)),
        };
        value.map_err(|e| self.fix(e))
    }

    /// A unit variant of an enum, by name (`"add"`, or `{"add": null}` as serde reads it too):
    /// its index in `names`.
    #[inline(never)]
    pub(super) fn variant(&mut self, names: &[&str]) -> R<usize> {
        let find = |s: String| match names.iter().position(|n| *n == s) {
            Some(k) => Ok(k),
            None => {
                let list: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
                Err(Error::data(format!(
                    "unknown variant `{s}`, expected one of {}",
                    list.join(", ")
                )))
            }
        };
        match self.ws() {
            Some(b'"') => {
                let s = self.string()?;
                find(s).map_err(|e| self.fix(e))
            }
            Some(b'{') => {
                self.i += 1;
                match self.ws() {
                    Some(b'"') => {}
                    Some(b'}') => return Err(self.peek_error(Code::Value)),
                    Some(_) => return Err(self.peek_error(Code::KeyString)),
                    None => return Err(self.peek_error(Code::EofObject)),
                }
                let k = self.string_text().and_then(find).map_err(|e| self.fix(e))?;
                self.colon()?;
                // The variant's value: unit, so `null`.
                let unit = match self.ws() {
                    None => return Err(self.peek_error(Code::EofValue)),
                    Some(b'n') => {
                        self.i += 1;
                        self.ident(b"ull")
                    }
                    Some(_) => Err(self.invalid("unit")),
                };
                unit.map_err(|e| self.fix(e))?;
                match self.ws() {
                    Some(b'}') => {
                        self.i += 1;
                        Ok(k)
                    }
                    Some(_) => Err(self.error(Code::Value)),
                    None => Err(self.error(Code::EofObject)),
                }
            }
            Some(_) => Err(self.peek_error(Code::Value)),
            None => Err(self.peek_error(Code::EofValue)),
        }
    }
}
