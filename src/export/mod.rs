//! Exports of an annotated view, so the result opens where people already work: a standalone
//! HTML page to read or print, the `newsmark/1` JSON (with the text and the view, so it reopens),
//! W3C Web Annotation JSON-LD, brat standoff, displaCy's manual format, quotes by speaker as CSV,
//! and the view file itself. The page, the wasm API and the CLI all call [`export`], so every
//! face of newsmark produces the same files.
//!
//! Offsets: `newsmark/1` JSON keeps UTF-16 code units; W3C, brat and displaCy count Unicode code
//! points (what their specifications and Python string indices use); see `crate::offsets`.

mod csv;
mod html;
mod standoff;
mod w3c;

use std::fmt;

use crate::annotations::Annotations;
use crate::view::{marks_of, View, Written};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// One standalone HTML file: inline CSS, no script, legend and side lists.
    Html,
    /// The `newsmark/1` result, corrections applied, plus the `text` and the `view` (the view
    /// file's content): `openViewFile` reopens it.
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
    /// Quotes by speaker, CSV: `speaker,speaker_label,speaker_mention,quote,start,end`.
    Csv,
    /// The view file: the view as a link carries it (`{"v":1,"newsmark",…,"text",…}`), stamped
    /// with this newsmark's version and the marks' fingerprint.
    View,
}

pub const FORMAT_NAMES: &str = "html, json, w3c, brat, brat-txt, displacy, csv, view";

impl Format {
    pub const ALL: [Format; 8] = [
        Format::Html,
        Format::Json,
        Format::W3c,
        Format::Brat,
        Format::BratText,
        Format::Displacy,
        Format::Csv,
        Format::View,
    ];

    pub fn parse(name: &str) -> Result<Format, UnknownFormat> {
        Ok(match name.trim().to_ascii_lowercase().as_str() {
            "html" => Format::Html,
            "json" => Format::Json,
            "w3c" | "jsonld" | "json-ld" => Format::W3c,
            "brat" | "ann" => Format::Brat,
            "brat-txt" | "txt" => Format::BratText,
            "displacy" | "spacy" => Format::Displacy,
            "csv" => Format::Csv,
            "view" => Format::View,
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
            Format::Csv => "csv",
            Format::View => "view",
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
            Format::Csv => "csv",
            Format::View => "json",
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
        Format::Json => json(view, annotations),
        Format::W3c => w3c::render(&view.text, annotations),
        Format::Brat => standoff::brat(&view.text, annotations),
        Format::BratText => standoff::brat_text(&view.text),
        Format::Displacy => standoff::displacy(&view.text, annotations),
        Format::Csv => csv::quotes(view, annotations),
        Format::View => {
            let marks = marks_of(annotations);
            crate::annotations::json_text(&Written::stamped(view, Some(&marks), true))
        }
    }
}

/// The JSON export: the `newsmark/1` result, then `"text"` and `"view"` (the view as a view file
/// has it, stamped, text included: what `share::open_file` reads back).
fn json(view: &View, annotations: &Annotations) -> String {
    let mut out = annotations.to_json();
    let marks = marks_of(annotations);
    out.pop(); // the closing brace
    out.push_str(",\"text\":");
    out.push_str(&crate::annotations::json_text(&view.text));
    out.push_str(",\"view\":");
    let written = Written::stamped(view, Some(&marks), true);
    out.push_str(&crate::annotations::json_text(&written));
    out.push('}');
    out
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
    fn the_json_export_is_the_corrected_result_with_its_text_and_view() {
        let mut view = example_view();
        let (start, end) = (45, 59);
        assert_eq!(&view.text[start..end], "Antony Blinken");
        view.corrections.push(crate::corrections::Correction {
            label: Some("ORG".into()),
            ..crate::corrections::Correction::new(
                crate::corrections::Op::Relabel,
                crate::Kind::Entity,
                start as u32,
                end as u32,
                "Antony Blinken",
            )
        });
        view.hidden = vec!["NORP".into()];
        let a = crate::view::annotate_view(&view).unwrap().annotations;
        let json = export(&view, &a, Format::Json);
        assert!(
            json.starts_with("{\"schema\":\"newsmark/1\""),
            "newsmark/1 first"
        );
        let back: Annotations = serde_json::from_str(&json).unwrap();
        assert_eq!(back, a);
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v["text"], view.text.as_str());
        assert_eq!(v["view"]["v"], 1);
        assert_eq!(v["view"]["newsmark"], crate::version());
        assert_eq!(v["view"]["marks"], crate::view::marks_of(&a).as_str());
        assert_eq!(v["view"]["reference_date"], "2023-06-14");
        assert_eq!(v["view"]["hidden"][0], "NORP");
        assert_eq!(v["view"]["corrections"][0]["label"], "ORG");
        assert_eq!(
            v["view"]["text"],
            view.text.as_str(),
            "the view as a view file has it"
        );
        // It reopens, corrections and all.
        let reopened = crate::share::open_file(&json).unwrap();
        assert_eq!(reopened.text, view.text);
        assert_eq!(reopened.corrections, view.corrections);
        assert_eq!(reopened.hidden, view.hidden);
        assert_eq!(reopened.reference_date, view.reference_date);
        // So does the view file.
        let file = export(&view, &a, Format::View);
        assert!(
            file.starts_with("{\"v\":1,\"newsmark\":"),
            "{}",
            &file[..40]
        );
        let reopened = crate::share::open_file(&file).unwrap();
        assert_eq!(
            (reopened.text, reopened.corrections),
            (view.text.clone(), view.corrections.clone())
        );
    }
}
