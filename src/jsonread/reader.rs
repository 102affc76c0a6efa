//! The reader: a byte slice and a place in it; serde_json's rules for where an error is (its
//! column) and the few steps every value uses (white space, the rest of a keyword, the whole
//! input as one value).

use super::error::{Code, Error};
use super::R;
use serde_json::error::Category;

/// The reader: a byte slice and a place in it, with serde_json's rules for where an error is.
pub(super) struct Reader<'a> {
    pub(super) s: &'a [u8],
    pub(super) i: usize,
}

impl<'a> Reader<'a> {
    pub(super) fn new(s: &'a [u8]) -> Reader<'a> {
        Reader { s, i: 0 }
    }

    pub(super) fn column_at(&self, i: usize) -> usize {
        let i = i.min(self.s.len());
        i - self.s[..i]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |p| p + 1)
    }
    /// An error at the byte just read.
    #[cold]
    #[inline(never)]
    pub(super) fn error(&self, code: Code) -> Error {
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
    pub(super) fn peek_error(&self, code: Code) -> Error {
        let mut e = self.error(code);
        e.column = Some(self.column_at(self.i + 1));
        e
    }
    /// A data error takes the place the reader has reached.
    #[cold]
    #[inline(never)]
    pub(super) fn fix(&self, mut e: Error) -> Error {
        if e.column.is_none() {
            e.column = Some(self.column_at(self.i));
        }
        e
    }

    pub(super) fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }
    pub(super) fn peek0(&self) -> u8 {
        self.peek().unwrap_or(0)
    }
    pub(super) fn next(&mut self) -> Option<u8> {
        let b = self.peek();
        if b.is_some() {
            self.i += 1;
        }
        b
    }
    /// The next byte that is not white space, not taken.
    pub(super) fn ws(&mut self) -> Option<u8> {
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = self.peek() {
            self.i += 1;
        }
        self.peek()
    }

    pub(super) fn ident(&mut self, rest: &[u8]) -> R<()> {
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
    pub(super) fn whole(s: &'a [u8], read: &mut dyn FnMut(&mut Reader<'a>) -> R<()>) -> R<()> {
        let mut r = Reader::new(s);
        read(&mut r)?;
        match r.ws() {
            Some(_) => Err(r.peek_error(Code::TrailingChars)),
            None => Ok(()),
        }
    }
}
