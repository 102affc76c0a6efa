//! The walk through lists and structs (an object by field names, or a list of its fields in
//! order, as serde reads a struct), with serde_json's checks of commas, colons and ends.

use super::error::{Code, Error};
use super::reader::Reader;
use super::R;

impl<'a> Reader<'a> {
    /// A list: `item` reads each element; then serde_json's check of its end.
    #[inline(never)]
    pub(super) fn list(&mut self, item: &mut dyn FnMut(&mut Self) -> R<()>) -> R<()> {
        let value = match self.ws() {
            None => return Err(self.peek_error(Code::EofValue)),
            Some(b'[') => {
                self.i += 1;
                let read = (|| {
                    let mut first = true;
                    while self.next_element(&mut first)? {
                        item(self)?;
                    }
                    Ok(())
                })();
                let end = self.end_list();
                read.and(end)
            }
            Some(_) => Err(self.invalid("a sequence")),
        };
        value.map_err(|e| self.fix(e))
    }

    /// Whether another element follows in a list (serde_json's `has_next_element`).
    pub(super) fn next_element(&mut self, first: &mut bool) -> R<bool> {
        let Some(peek) = self.ws() else {
            return Err(self.peek_error(Code::EofList));
        };
        if peek == b']' {
            Ok(false)
        } else if *first {
            *first = false;
            Ok(true)
        } else if peek == b',' {
            self.i += 1;
            match self.ws() {
                Some(b']') => Err(self.peek_error(Code::TrailingComma)),
                Some(_) => Ok(true),
                None => Err(self.peek_error(Code::EofValue)),
            }
        } else {
            Err(self.peek_error(Code::ListCommaOrEnd))
        }
    }

    pub(super) fn end_list(&mut self) -> R<()> {
        match self.ws() {
            Some(b']') => {
                self.i += 1;
                Ok(())
            }
            Some(b',') => {
                self.i += 1;
                match self.ws() {
                    Some(b']') => Err(self.peek_error(Code::TrailingComma)),
                    _ => Err(self.peek_error(Code::TrailingChars)),
                }
            }
            Some(_) => Err(self.peek_error(Code::TrailingChars)),
            None => Err(self.peek_error(Code::EofList)),
        }
    }

    pub(super) fn end_map(&mut self) -> R<()> {
        match self.ws() {
            Some(b'}') => {
                self.i += 1;
                Ok(())
            }
            Some(b',') => Err(self.peek_error(Code::TrailingComma)),
            Some(_) => Err(self.peek_error(Code::TrailingChars)),
            None => Err(self.peek_error(Code::EofObject)),
        }
    }

    pub(super) fn colon(&mut self) -> R<()> {
        match self.ws() {
            Some(b':') => {
                self.i += 1;
                Ok(())
            }
            Some(_) => Err(self.peek_error(Code::Colon)),
            None => Err(self.peek_error(Code::EofObject)),
        }
    }

    /// The key of the next field of an object, if another follows (`first`: none read yet).
    pub(super) fn next_key(&mut self, first: &mut bool) -> R<Option<std::borrow::Cow<'a, str>>> {
        let Some(peek) = self.ws() else {
            return Err(self.peek_error(Code::EofObject));
        };
        if peek == b'}' {
            return Ok(None);
        }
        if *first {
            *first = false;
            if peek != b'"' {
                return Err(self.peek_error(Code::KeyString));
            }
        } else if peek == b',' {
            self.i += 1;
            match self.ws() {
                Some(b'"') => {}
                Some(b'}') => return Err(self.peek_error(Code::TrailingComma)),
                Some(_) => return Err(self.peek_error(Code::KeyString)),
                None => return Err(self.peek_error(Code::EofValue)),
            }
        } else {
            return Err(self.peek_error(Code::ObjectCommaOrEnd));
        }
        // A key without escapes is read in place (every key of a view is).
        let s: &'a [u8] = self.s;
        let body = &s[self.i + 1..];
        if let Some(n) = body
            .iter()
            .position(|&c| c == b'"' || c == b'\\' || c < 0x20)
        {
            if let (b'"', Ok(key)) = (body[n], std::str::from_utf8(&body[..n])) {
                self.i += n + 2;
                return Ok(Some(key.into()));
            }
        }
        self.string_text().map(|k| Some(k.into()))
    }

    /// A struct of `fields` (its name `name` for messages): an object by field names or, as
    /// serde reads a struct too, a list of its fields in order. `field(k, reader)` reads field
    /// `k`'s value. `defaults`: the fields that may be left out (bit k for field k). Then the
    /// first required field missing, in `fields` order, is the error.
    #[inline(never)]
    pub(super) fn structure(
        &mut self,
        name: &str,
        fields: &[&str],
        defaults: u32,
        field: &mut dyn FnMut(usize, &mut Self) -> R<()>,
    ) -> R<()> {
        let value = match self.ws() {
            None => return Err(self.peek_error(Code::EofValue)),
            Some(b'{') => {
                self.i += 1;
                let read = (|| {
                    let mut seen = 0u32;
                    let mut first = true;
                    while let Some(key) = self.next_key(&mut first)? {
                        match fields.iter().position(|f| *f == key) {
                            Some(k) => {
                                if seen & 1 << k != 0 {
                                    return Err(Error::data(format!(
                                        "duplicate field `{}`",
                                        fields[k]
                                    )));
                                }
                                seen |= 1 << k;
                                self.colon()?;
                                field(k, self)?;
                            }
                            None => {
                                self.colon()?;
                                self.skip()?;
                            }
                        }
                    }
                    match (0..fields.len()).find(|&k| (seen | defaults) & 1 << k == 0) {
                        Some(k) => Err(Error::data(format!("missing field `{}`", fields[k]))),
                        None => Ok(()),
                    }
                })();
                let end = self.end_map();
                read.and(end)
            }
            Some(b'[') => {
                self.i += 1;
                let read = (|| {
                    let mut first = true;
                    let mut ended = false;
                    for k in 0..fields.len() {
                        ended = ended || !self.next_element(&mut first)?;
                        if !ended {
                            field(k, self)?;
                        } else if defaults & 1 << k == 0 {
                            let n = fields.len();
                            let s = if n == 1 { "" } else { "s" };
                            return Err(Error::data(format!(
                                "invalid length {k}, expected struct {name} with {n} element{s}"
                            )));
                        }
                    }
                    Ok(())
                })();
                let end = self.end_list();
                read.and(end)
            }
            Some(_) => Err(self.invalid(&format!("struct {name}"))),
        };
        value.map_err(|e| self.fix(e))
    }
}
