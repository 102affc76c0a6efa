//! Skipping a value (a field the type does not know, an export's view), its syntax checked as
//! serde_json checks a value it ignores.

use super::error::Code;
use super::reader::Reader;
use super::R;

impl Reader<'_> {
    /// Skips one value, checking its syntax as serde_json does for a field it ignores.
    pub(super) fn skip(&mut self) -> R<()> {
        // The open lists (`[`) and objects (`{`) around the value being skipped.
        let mut open: Vec<u8> = Vec::new();
        loop {
            let Some(peek) = self.ws() else {
                return Err(self.peek_error(Code::EofValue));
            };
            let mut frame = None;
            match peek {
                b'n' => {
                    self.i += 1;
                    self.ident(b"ull")?;
                }
                b't' => {
                    self.i += 1;
                    self.ident(b"rue")?;
                }
                b'f' => {
                    self.i += 1;
                    self.ident(b"alse")?;
                }
                b'-' => {
                    self.i += 1;
                    self.number_syntax(true)?;
                }
                b'0'..=b'9' => {
                    self.number_syntax(true)?;
                }
                b'"' => {
                    self.i += 1;
                    self.string_body(None)?;
                }
                b'[' | b'{' => {
                    self.i += 1;
                    frame = Some(peek);
                }
                _ => return Err(self.peek_error(Code::Value)),
            }
            let (mut accept_comma, mut frame) = match frame {
                Some(f) => (false, f),
                None => match open.pop() {
                    Some(f) => (true, f),
                    None => return Ok(()),
                },
            };
            loop {
                match self.ws() {
                    Some(b',') if accept_comma => {
                        self.i += 1;
                        break;
                    }
                    Some(b']') if frame == b'[' => {}
                    Some(b'}') if frame == b'{' => {}
                    Some(_) => {
                        if accept_comma {
                            return Err(self.peek_error(if frame == b'[' {
                                Code::ListCommaOrEnd
                            } else {
                                Code::ObjectCommaOrEnd
                            }));
                        }
                        break;
                    }
                    None => {
                        return Err(self.peek_error(if frame == b'[' {
                            Code::EofList
                        } else {
                            Code::EofObject
                        }));
                    }
                }
                self.i += 1;
                frame = match open.pop() {
                    Some(f) => f,
                    None => return Ok(()),
                };
                accept_comma = true;
            }
            if frame == b'{' {
                match self.ws() {
                    Some(b'"') => self.i += 1,
                    Some(_) => return Err(self.peek_error(Code::KeyString)),
                    None => return Err(self.peek_error(Code::EofObject)),
                }
                self.string_body(None)?;
                match self.ws() {
                    Some(b':') => self.i += 1,
                    Some(_) => return Err(self.peek_error(Code::Colon)),
                    None => return Err(self.peek_error(Code::EofObject)),
                }
            }
            open.push(frame);
        }
    }
}
