//! Errors: serde_json's message, category and column, and its syntax errors by their wording.

use serde_json::error::Category;
use std::fmt;

/// Why the JSON could not be read: serde_json's message, category and column.
#[derive(Clone, Debug, PartialEq)]
pub struct Error {
    pub(super) msg: String,
    pub(super) category: Category,
    pub(super) column: Option<usize>,
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
    pub(super) fn data(msg: String) -> Error {
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
pub(super) enum Code {
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
    pub(super) fn message(self) -> &'static str {
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
