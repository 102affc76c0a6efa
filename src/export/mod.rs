//! Exports of an annotated view, so the result opens where people already work: a standalone
//! HTML page to read or print, the `newsmark/1` JSON, W3C Web Annotation JSON-LD, brat standoff
//! and displaCy's manual format. The page, the wasm API and the CLI all call [`export`], so every
//! face of newsmark produces the same files.
//!
//! Offsets: `newsmark/1` JSON keeps UTF-16 code units; W3C, brat and displaCy count Unicode code
//! points (what their specifications and Python string indices use); see `crate::offsets`.

mod html;
mod standoff;
mod w3c;

use std::fmt;

use crate::annotations::Annotations;
use crate::view::View;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// One standalone HTML file: inline CSS, no script, legend and side lists.
    Html,
    /// The `newsmark/1` result, corrections applied.
    Json,
    /// W3C Web Annotation (JSON-LD): an `AnnotationCollection`, one annotation per span.
    W3c,
    /// brat standoff: the `.ann` file (the `.txt` is the view's text, unchanged).
    Brat,
    /// displaCy manual JSON: `{"text","ents":[{"start","end","label"}],"title":null}`.
    Displacy,
    /// The `.txt` that goes beside the brat `.ann`: the text with its line ends made `\n`, as
    /// brat reads it.
    BratText,
}

pub const FORMAT_NAMES: &str = "html, json, w3c, brat, brat-txt, displacy";

impl Format {
    pub const ALL: [Format; 6] = [
        Format::Html,
        Format::Json,
        Format::W3c,
        Format::Brat,
        Format::BratText,
        Format::Displacy,
    ];

    pub fn parse(name: &str) -> Result<Format, UnknownFormat> {
        Ok(match name.trim().to_ascii_lowercase().as_str() {
            "html" => Format::Html,
            "json" => Format::Json,
            "w3c" | "jsonld" | "json-ld" => Format::W3c,
            "brat" | "ann" => Format::Brat,
            "brat-txt" | "txt" => Format::BratText,
            "displacy" | "spacy" => Format::Displacy,
            _ => return Err(UnknownFormat(name.chars().take(40).collect())),
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Format::Html => "html",
            Format::Json => "json",
            Format::W3c => "w3c",
            Format::Brat => "brat",
            Format::BratText => "brat-txt",
            Format::Displacy => "displacy",
        }
    }

    /// The usual file name extension of the export.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Html => "html",
            Format::Json => "json",
            Format::W3c => "jsonld",
            Format::Brat => "ann",
            Format::BratText => "txt",
            Format::Displacy => "json",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownFormat(pub String);

impl fmt::Display for UnknownFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown export format {:?} (one of {FORMAT_NAMES})",
            self.0
        )
    }
}

impl std::error::Error for UnknownFormat {}

/// `annotations` (already corrected, of `view.text`) in `format`. The HTML export leaves out the
/// view's hidden labels; the data exports carry every span.
pub fn export(view: &View, annotations: &Annotations, format: Format) -> String {
    match format {
        Format::Html => html::render(view, annotations),
        Format::Json => annotations.to_json(),
        Format::W3c => w3c::render(&view.text, annotations),
        Format::Brat => standoff::brat(&view.text, annotations),
        Format::BratText => standoff::brat_text(&view.text),
        Format::Displacy => standoff::displacy(&view.text, annotations),
    }
}

/// FNV-1a: a stable short fingerprint of the text for identifiers (not a security hash).
pub(crate) fn fingerprint(text: &str) -> String {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in text.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    format!("{h:016x}")
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub fn example_view() -> View {
        View {
            text: include_str!("../../tests/fixtures/blinken-china-trip.txt").to_string(),
            reference_date: Some("2023-06-14".into()),
            ..View::default()
        }
    }

    #[test]
    fn format_names_parse_and_unknown_ones_are_errors() {
        for f in Format::ALL {
            assert_eq!(Format::parse(f.name()), Ok(f));
        }
        assert_eq!(Format::parse(" HTML "), Ok(Format::Html));
        let err = Format::parse("pdf").unwrap_err();
        assert!(err.to_string().contains("\"pdf\"") && err.to_string().contains("brat"));
    }

    #[test]
    fn the_json_export_is_the_corrected_result() {
        let view = example_view();
        let a = crate::view::annotate_view(&view).unwrap().annotations;
        let back: Annotations = serde_json::from_str(&export(&view, &a, Format::Json)).unwrap();
        assert_eq!(back, a);
    }
}
