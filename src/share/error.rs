//! Why a link could not be opened ([`ShareError`]) and the message each reason shows.

use std::fmt;

use super::PREFIX;
use crate::view::VERSION;

/// Why a link could not be opened. `Display` gives the message shown to the reader.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// Nothing after the `#`.
    Empty,
    /// Not a newsmark link at all (no `nm<version>.` prefix).
    Foreign,
    /// Made by a newer newsmark, with format version `.0`.
    FutureVersion(u32),
    /// The link ends early: it was cut when copied.
    Truncated,
    /// The link is damaged (bad characters, checksum mismatch, unreadable content); the detail
    /// says where.
    Corrupt(String),
    /// The link or its content exceeds a limit; the detail says which.
    TooLarge(String),
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShareError::Empty => write!(f, "this share link is empty: it carries no article"),
            ShareError::Foreign => {
                write!(f, "this is not a newsmark share link (it should start with \"#{PREFIX}{VERSION}.\")")
            }
            ShareError::FutureVersion(v) => write!(
                f,
                "this share link was made by a newer newsmark (v{v}); this page reads links up to v{VERSION}: update newsmark to open it"
            ),
            ShareError::Truncated => {
                write!(f, "this share link is truncated: it was probably cut when it was copied; ask for the whole link")
            }
            ShareError::Corrupt(detail) => write!(f, "this share link is damaged ({detail}); ask for the link again"),
            ShareError::TooLarge(detail) => write!(f, "this share link is too large to open ({detail})"),
        }
    }
}

impl std::error::Error for ShareError {}
