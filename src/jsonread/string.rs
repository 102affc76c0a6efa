//! Strings: their escapes and surrogate pairs read (or only checked) as serde_json reads them,
//! plain runs copied at once.

use super::error::Code;
use super::reader::Reader;
use super::R;

impl Reader<'_> {
    /// Four hex digits of a `\u` escape.
    pub(super) fn hex4(&mut self) -> R<u16> {
        match self.s.get(self.i..self.i + 4) {
            Some(h) => {
                self.i += 4;
                let mut n = 0u16;
                for &c in h {
                    let d = match c {
                        b'0'..=b'9' => c - b'0',
                        b'a'..=b'f' => c - b'a' + 10,
                        b'A'..=b'F' => c - b'A' + 10,
                        _ => return Err(self.error(Code::Escape)),
                    };
                    n = n << 4 | d as u16;
                }
                Ok(n)
            }
            None => {
                self.i = self.s.len();
                Err(self.error(Code::EofString))
            }
        }
    }

    /// The rest of a string whose opening quote is taken, unescaped (`out`) or only checked.
    pub(super) fn string_body(&mut self, mut out: Option<&mut Vec<u8>>) -> R<()> {
        loop {
            // A run of plain bytes, copied at once.
            let start = self.i;
            while let Some(&c) = self.s.get(self.i) {
                if c == b'"' || c == b'\\' || c < 0x20 {
                    break;
                }
                self.i += 1;
            }
            if let Some(out) = out.as_deref_mut() {
                out.extend_from_slice(&self.s[start..self.i]);
            }
            let Some(c) = self.peek() else {
                return Err(self.error(Code::EofString));
            };
            self.i += 1;
            match c {
                b'"' => return Ok(()),
                b'\\' => self.escape(out.as_deref_mut())?,
                _ => {
                    if out.is_none() {
                        self.i -= 1;
                    }
                    return Err(self.error(Code::Control));
                }
            }
        }
    }

    pub(super) fn escape(&mut self, out: Option<&mut Vec<u8>>) -> R<()> {
        let Some(c) = self.next() else {
            return Err(self.error(Code::EofString));
        };
        let plain = match c {
            b'"' | b'\\' | b'/' => c,
            b'b' => 8,
            b'f' => 12,
            b'n' => b'\n',
            b'r' => b'\r',
            b't' => b'\t',
            b'u' => {
                let n = self.hex4()?;
                let Some(out) = out else {
                    return Ok(());
                };
                let code = match n {
                    0xDC00..=0xDFFF => return Err(self.error(Code::LoneSurrogate)),
                    0xD800..=0xDBFF => {
                        for want in [b'\\', b'u'] {
                            match self.next() {
                                None => return Err(self.error(Code::EofString)),
                                Some(b) if b != want => {
                                    return Err(self.error(Code::EndOfHexEscape))
                                }
                                Some(_) => {}
                            }
                        }
                        let n2 = self.hex4()?;
                        if !(0xDC00..=0xDFFF).contains(&n2) {
                            return Err(self.error(Code::LoneSurrogate));
                        }
                        (((n - 0xD800) as u32) << 10 | (n2 - 0xDC00) as u32) + 0x1_0000
                    }
                    n => n as u32,
                };
                let ch = char::from_u32(code).unwrap_or('\u{FFFD}');
                out.extend_from_slice(ch.encode_utf8(&mut [0; 4]).as_bytes());
                return Ok(());
            }
            _ => return Err(self.error(Code::Escape)),
        };
        if let Some(out) = out {
            out.push(plain);
        }
        Ok(())
    }

    /// A string whose opening quote is next, as UTF-8.
    pub(super) fn string_text(&mut self) -> R<String> {
        self.i += 1;
        let mut bytes = Vec::new();
        self.string_body(Some(&mut bytes))?;
        String::from_utf8(bytes).map_err(|e| {
            let bad = e.as_bytes().len() - e.utf8_error().valid_up_to();
            let mut err = self.error(Code::CodePoint);
            err.column = Some(self.column_at(self.i).saturating_sub(bad));
            err
        })
    }
}
