//! Opening a view file or a JSON export ([`open_file`]): the view it holds, checked as a
//! link's is, or a [`FileError`] saying why not.

use std::fmt;

use super::{not_a_view, parse_view, ShareError};
use crate::jsonread;
use crate::view::{View, VERSION};

/// (text, view and marks) of a long one.
pub const MAX_FILE_BYTES: usize = 64 << 20;

/// Why a view file or a JSON export could not be opened: the same reasons as a link's, said of
/// a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileError(pub ShareError);

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            ShareError::Empty => write!(f, "this file is empty"),
            ShareError::Foreign => write!(
                f,
                "this file is neither a newsmark view file nor a newsmark JSON export"
            ),
            ShareError::FutureVersion(v) => write!(
                f,
                "this file was made by a newer newsmark (v{v}); this page reads files up to v{VERSION}: update newsmark to open it"
            ),
            ShareError::Truncated => write!(f, "this file ends early: it was probably cut; save it again"),
            ShareError::Corrupt(detail) => write!(f, "this file is damaged ({detail})"),
            ShareError::TooLarge(detail) => write!(f, "this file is too large to open ({detail})"),
        }
    }
}

impl std::error::Error for FileError {}

/// Opens a view file (`{"v":1,"text":…,…}`, as `exportView(view, "view")` writes it) or a JSON
/// export (`newsmark/1` plus `"text"` and `"view"`, the view with its text): the view it holds,
/// checked as a link's is.
/// A `newsmark/1` result without its text (plain `annotate` output) is refused with a message
/// that says how to get a file that reopens.
pub fn open_file(json: &str) -> Result<View, FileError> {
    open_file_inner(json).map_err(FileError)
}

fn open_file_inner(json: &str) -> Result<View, ShareError> {
    if json.trim().is_empty() {
        return Err(ShareError::Empty);
    }
    if json.len() > MAX_FILE_BYTES {
        return Err(ShareError::TooLarge(format!(
            "{} MB; the limit is {} MB",
            json.len().div_ceil(1_000_000),
            MAX_FILE_BYTES / 1_000_000
        )));
    }
    let json = json.trim_start();
    // A `newsmark/1` result (an export, or plain `annotate` output) starts with its schema; its
    // view, if any, is a view as a link carries it. (Few types of its own: each deserializer
    // costs kilobytes of wasm.)
    if !json.starts_with("{\"schema\":") {
        if !json.starts_with('{') {
            return Err(ShareError::Foreign);
        }
        return parse_view(json.as_bytes()).map_err(|e| match e {
            ShareError::Corrupt(d) if d.contains("no valid format version") => ShareError::Foreign,
            e => e,
        });
    }
    // Only the view's place is read here; the view itself is read as a link's is.
    match jsonread::export_view(json).map_err(|e| not_a_view(&e))? {
        Some(view) => parse_view(view.as_bytes()),
        None => Err(ShareError::Corrupt(
            "it is a newsmark/1 result without its text; export the JSON from the page or with `annotate --format json` to get one that reopens".into(),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_that_cannot_be_opened_say_why() {
        let msg = |json: &str| open_file(json).unwrap_err().to_string();
        assert_eq!(msg("  "), "this file is empty");
        assert_eq!(
            msg("[1,2]"),
            "this file is neither a newsmark view file nor a newsmark JSON export"
        );
        assert_eq!(
            msg(r#"{"hello":"world"}"#),
            "this file is neither a newsmark view file nor a newsmark JSON export"
        );
        assert!(msg(r#"{"v":2,"text":"x"}"#).contains("made by a newer newsmark (v2)"));
        assert!(msg(r#"{"schema":"newsmark/1","text":"x","view":{"v":3}}"#)
            .contains("newer newsmark (v3)"));
        assert!(msg(r#"{"v":1,"text":"x""#).contains("ends early"));
        assert!(msg(r#"{"v":1,"text":"x",}"#).contains("is not valid JSON"));
        assert!(msg(r#"{"v":1,"text":"x","reference_date":"June"}"#)
            .contains("reference date \"June\""));
        assert!(msg(r#"{"v":1,"text":"x","corrections":[{"op":"paint"}]}"#)
            .contains("shape of a newsmark view"));
        // Plain `annotate` output: no text to reopen, and says how to get a file that reopens.
        let plain = crate::annotate("Blinken met Qin Gang.", &crate::Options::default())
            .unwrap()
            .to_json();
        assert!(
            msg(&plain).contains("annotate --format json"),
            "{}",
            msg(&plain)
        );
        // A view file as the page wrote it before issue 18 (no version): opens.
        let view = open_file(
            r#"{"v":1,"text":"Blinken","reference_date":null,"hidden":["NORP"],"corrections":[]}"#,
        )
        .unwrap();
        assert_eq!((view.text.as_str(), view.hidden.len()), ("Blinken", 1));
        assert!(msg(&format!(
            "{{\"v\":1,\"text\":\"{}\"}}",
            "x".repeat(MAX_FILE_BYTES)
        ))
        .contains("too large"));
    }
}
