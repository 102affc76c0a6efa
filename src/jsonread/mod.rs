//! A small JSON reader for the few types a reader hands us: views (share links, view files, the
//! JS API), their corrections, a file's export wrapper and the JS API's options
//! ([`types`]).
//!
//! serde's derived deserializers and serde_json's generic reader were the largest block of
//! generic code in the wasm (docs/performance.md, "Download budget"). This reader does what they
//! did, step by step as serde_json 1.0 does it: the same values, the same first error, the same
//! message word for word (`missing field `text``, `invalid type: integer `5`, expected a
//! string`, …), its category (a syntax error, the end of the text, or data of the wrong shape) and
//! the column serde_json gave (share links show it: "at character N of its JSON"). The tests
//! compare the two on thousands of broken inputs (`tests.rs`). The derives stay on the types
//! (the CLI and the tests read them through serde); they cost nothing where nothing calls them.

mod types;

#[cfg(test)]
mod tests;

pub use types::{corrections, export_view, js_options, version, view, JsOptions};

use serde_json::error::Category;
use std::fmt;

/// Why the JSON could not be read: serde_json's message, category and column.
#[derive(Clone, Debug, PartialEq)]
pub struct Error {
    msg: String,
    category: Category,
    column: Option<usize>,
}

impl Error {
    /// serde_json's column: bytes from the start of the line to where the error was found.
    pub fn column(&self) -> usize {
        self.column.unwrap_or(0)
    }
    pub fn classify(&self) -> Category {
        self.category
    }
    pub fn is_data(&self) -> bool {
        self.category == Category::Data
    }
    /// A data error (serde's wording); it takes its place where serde_json would give it one.
    #[cold]
    #[inline(never)]
    fn data(msg: String) -> Error {
        Error {
            msg,
            category: Category::Data,
            column: None,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.msg)
    }
}

/// serde_json's syntax errors, by its wording.
#[derive(Clone, Copy)]
enum Code {
    EofList,
    EofObject,
    EofString,
    EofValue,
    Colon,
    ListCommaOrEnd,
    ObjectCommaOrEnd,
    Ident,
    Value,
    Escape,
    Number,
    OutOfRange,
    CodePoint,
    Control,
    KeyString,
    LoneSurrogate,
    TrailingComma,
    TrailingChars,
    EndOfHexEscape,
}

impl Code {
    fn message(self) -> &'static str {
        match self {
            Code::EofList => "EOF while parsing a list",
            Code::EofObject => "EOF while parsing an object",
            Code::EofString => "EOF while parsing a string",
            Code::EofValue => "EOF while parsing a value",
            Code::Colon => "expected `:`",
            Code::ListCommaOrEnd => "expected `,` or `]`",
            Code::ObjectCommaOrEnd => "expected `,` or `}`",
            Code::Ident => "expected ident",
            Code::Value => "expected value",
            Code::Escape => "invalid escape",
            Code::Number => "invalid number",
            Code::OutOfRange => "number out of range",
            Code::CodePoint => "invalid unicode code point",
            Code::Control => "control character (\\u0000-\\u001F) found while parsing a string",
            Code::KeyString => "key must be a string",
            Code::LoneSurrogate => "lone leading surrogate in hex escape",
            Code::TrailingComma => "trailing comma",
            Code::TrailingChars => "trailing characters",
            Code::EndOfHexEscape => "unexpected end of hex escape",
        }
    }
}

type R<T> = Result<T, Error>;

/// A number as serde_json parses it.
#[derive(Clone, Copy)]
enum Num {
    U(u64),
    I(i64),
    F(f64),
}

/// What was found where something else was expected (serde's `Unexpected`).
enum Found<'s> {
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
/// `0.00015`), else as `1.5e+16`, `1e-7`. Built from core's `Display`, which the wasm carries
/// anyway, so zmij is not compiled in (a test compares the two: they differ only when two
/// 17-digit strings both read back as `x`, where core takes the nearer and zmij not always).
fn float_text(x: f64) -> String {
    let plain = format!("{}", x.abs());
    let (int, frac) = plain.split_once('.').unwrap_or((&plain, ""));
    let (digits, exp) = if int != "0" {
        (format!("{int}{frac}"), int.len() as i32 - 1)
    } else {
        let zeros = frac.len() - frac.trim_start_matches('0').len();
        (frac[zeros..].to_string(), -(zeros as i32) - 1)
    };
    let digits = match digits.trim_end_matches('0') {
        "" => "0",
        d => d,
    };
    let exp = if digits == "0" { 0 } else { exp };
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
fn invalid_type(found: Found, expected: &str) -> Error {
    Error::data(format!("invalid type: {found}, expected {expected}"))
}

/// The reader: a byte slice and a place in it, with serde_json's rules for where an error is.
pub(crate) struct Reader<'a> {
    s: &'a [u8],
    i: usize,
}

impl<'a> Reader<'a> {
    fn new(s: &'a [u8]) -> Reader<'a> {
        Reader { s, i: 0 }
    }

    fn column_at(&self, i: usize) -> usize {
        let i = i.min(self.s.len());
        i - self.s[..i]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |p| p + 1)
    }
    /// An error at the byte just read.
    #[cold]
    #[inline(never)]
    fn error(&self, code: Code) -> Error {
        Error {
            msg: code.message().to_string(),
            category: match code {
                Code::EofList | Code::EofObject | Code::EofString | Code::EofValue => Category::Eof,
                _ => Category::Syntax,
            },
            column: Some(self.column_at(self.i)),
        }
    }
    /// An error at the byte about to be read.
    #[cold]
    #[inline(never)]
    fn peek_error(&self, code: Code) -> Error {
        let mut e = self.error(code);
        e.column = Some(self.column_at(self.i + 1));
        e
    }
    /// A data error takes the place the reader has reached.
    #[cold]
    #[inline(never)]
    fn fix(&self, mut e: Error) -> Error {
        if e.column.is_none() {
            e.column = Some(self.column_at(self.i));
        }
        e
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }
    fn peek0(&self) -> u8 {
        self.peek().unwrap_or(0)
    }
    fn next(&mut self) -> Option<u8> {
        let b = self.peek();
        if b.is_some() {
            self.i += 1;
        }
        b
    }
    /// The next byte that is not white space, not taken.
    fn ws(&mut self) -> Option<u8> {
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = self.peek() {
            self.i += 1;
        }
        self.peek()
    }

    fn ident(&mut self, rest: &[u8]) -> R<()> {
        for &want in rest {
            match self.next() {
                None => return Err(self.error(Code::EofValue)),
                Some(b) if b != want => return Err(self.error(Code::Ident)),
                Some(_) => {}
            }
        }
        Ok(())
    }

    /// The whole input is one value (`read` reads it), with white space after it at most.
    #[inline(never)]
    fn whole(s: &'a [u8], read: &mut dyn FnMut(&mut Reader<'a>) -> R<()>) -> R<()> {
        let mut r = Reader::new(s);
        read(&mut r)?;
        match r.ws() {
            Some(_) => Err(r.peek_error(Code::TrailingChars)),
            None => Ok(()),
        }
    }

    // ---- numbers ----

    /// The digits of a number (its sign taken), checked as serde_json checks them; whether it
    /// has a fraction or an exponent. `ignore`: serde_json's rules for a value it skips, which
    /// say "invalid number" where the parser says the text ended.
    fn number_syntax(&mut self, ignore: bool) -> R<bool> {
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
    fn nonzero_fraction(&self) -> bool {
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
    fn number(&mut self) -> R<Num> {
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

    // ---- strings ----

    /// Four hex digits of a `\u` escape.
    fn hex4(&mut self) -> R<u16> {
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
    fn string_body(&mut self, mut out: Option<&mut Vec<u8>>) -> R<()> {
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

    fn escape(&mut self, out: Option<&mut Vec<u8>>) -> R<()> {
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
    fn string_text(&mut self) -> R<String> {
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

    // ---- values ----

    /// What is there instead of the value `expected` (serde_json's `peek_invalid_type`).
    #[cold]
    #[inline(never)]
    fn invalid(&mut self, expected: &str) -> Error {
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
    fn string(&mut self) -> R<String> {
        match self.ws() {
            None => Err(self.peek_error(Code::EofValue)),
            Some(b'"') => self.string_text(),
            Some(_) => Err(self.invalid("a string")),
        }
    }

    /// Whether the value is `null` (then taken): an `Option`'s `None`.
    #[inline(never)]
    fn null(&mut self) -> R<bool> {
        if self.ws() == Some(b'n') {
            self.i += 1;
            self.ident(b"ull")?;
            return Ok(true);
        }
        Ok(false)
    }

    /// A string or `null`.
    fn option_string(&mut self) -> R<Option<String>> {
        Ok(if self.null()? {
            None
        } else {
            Some(self.string()?)
        })
    }

    /// An unsigned integer of at most `max` (`expected`: "u32" or "u64").
    #[inline(never)]
    fn unsigned(&mut self, max: u64, expected: &str) -> R<u64> {
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

    /// A list: `item` reads each element; then serde_json's check of its end.
    #[inline(never)]
    fn list(&mut self, item: &mut dyn FnMut(&mut Self) -> R<()>) -> R<()> {
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
    fn next_element(&mut self, first: &mut bool) -> R<bool> {
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

    fn end_list(&mut self) -> R<()> {
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

    fn end_map(&mut self) -> R<()> {
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

    fn colon(&mut self) -> R<()> {
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
    fn next_key(&mut self, first: &mut bool) -> R<Option<std::borrow::Cow<'a, str>>> {
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
    fn structure(
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

    /// A unit variant of an enum, by name (`"add"`, or `{"add": null}` as serde reads it too):
    /// its index in `names`.
    #[inline(never)]
    fn variant(&mut self, names: &[&str]) -> R<usize> {
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

    /// Skips one value, checking its syntax as serde_json does for a field it ignores.
    fn skip(&mut self) -> R<()> {
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
