//! newsmark: named entities, dates and times (TIMEX3) and quotes with their speakers, found in
//! news text by a pipeline that runs the same natively and in WebAssembly.
//!
//! ```text
//! text ─► text::Doc (tokens, sentences, paragraphs)
//!      ─► recognizers, independent of each other: dates, entities, quotes
//!      ─► resolve (overlaps, clusters, speakers, UTF-16 offsets) ─► Annotations
//! ```
//!
//! ```
//! let a = newsmark::annotate("Blinken will travel to China on Sunday.",
//!     &newsmark::Options { reference_date: Some("2023-06-14".into()) }).unwrap();
//! assert!(a.spans.iter().any(|s| s.text == "Sunday"));
//! ```

pub mod annotations;
#[cfg(any(test, target_arch = "wasm32"))]
mod arena;
pub mod batch;
pub mod corrections;
pub mod dates;
pub mod entities;
pub mod export;
pub mod invariants;
pub mod jsonread;
pub mod labels;
mod maps;
mod offsets;
// Unpacking is for the wasm, packing for build.rs (which includes the file) and the tests.
#[allow(dead_code)]
mod packed;
pub mod quotes;
mod resolve;
pub mod share;
mod sort;
#[cfg(test)]
mod test_support;
#[cfg(test)]
mod tests;
pub mod text;
pub mod view;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

use std::fmt;

pub use annotations::{Annotations, Entity, Kind, Span, Speaker, SCHEMA};
pub use dates::calendar::Date;

/// Texts longer than this (in bytes of UTF-8) are refused rather than risk exhausting memory in
/// a browser tab. 16 MiB holds several books; a news article is a few KB.
pub const MAX_TEXT_BYTES: usize = 16 << 20;

#[derive(Clone, Debug, Default)]
pub struct Options {
    /// `YYYY-MM-DD`, or with its time of day `YYYY-MM-DDTHH:MM` (`…:SS`); relative dates
    /// (`yesterday`, `Sunday`, with a time `in ten minutes`) are resolved against it. When absent,
    /// a dateline, byline or web timestamp near the top of the text is used, else they keep `X`s.
    pub reference_date: Option<String>,
}

/// A caller's reference date and its optional time of day, given apart (`--jsonl` lines'
/// `reference_date` and `reference_time`, the page's `referenceDate` and `referenceTime`) as
/// one [`Options::reference_date`] string. `time` is `HH:MM`, `HH:MM:SS`, or a whole date-time
/// (`2013-02-12T04:30:00`, whose date must then agree with `date`, or stands for it).
pub fn reference_with_time(
    date: Option<&str>,
    time: Option<&str>,
) -> Result<Option<String>, Error> {
    let date = date.map(str::trim).filter(|s| !s.is_empty());
    let Some(time) = time.map(str::trim).filter(|s| !s.is_empty()) else {
        return Ok(date.map(str::to_string));
    };
    let bad_time = || Error::InvalidReferenceTime(time.to_string());
    if let Some((d, t)) = dates::parse_reference(time) {
        let t = t.ok_or_else(bad_time)?;
        return match date.map(dates::parse_reference) {
            None => Ok(Some(format!("{d}T{t}"))),
            Some(Some((given, None))) if given == d => Ok(Some(format!("{d}T{t}"))),
            Some(Some((given, _))) if given != d => Err(bad_time()),
            _ => Err(Error::InvalidReferenceDate(
                date.unwrap_or_default().to_string(),
            )),
        };
    }
    let t = dates::TimeOfDay::parse(time).ok_or_else(bad_time)?;
    match date.map(dates::parse_reference) {
        None => Err(bad_time()),
        Some(Some((d, None))) => Ok(Some(format!("{d}T{t}"))),
        Some(Some(_)) => Err(bad_time()),
        Some(None) => Err(Error::InvalidReferenceDate(
            date.unwrap_or_default().to_string(),
        )),
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Error {
    InvalidReferenceDate(String),
    /// A reference time that is not `HH:MM` or `HH:MM:SS`, is given without a date, or whose
    /// date disagrees with the reference date.
    InvalidReferenceTime(String),
    TextTooLong {
        bytes: usize,
        max: usize,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InvalidReferenceDate(s) => {
                write!(
                    f,
                    "reference date {s:?} is not a valid calendar date in the form YYYY-MM-DD \
                     (or a date and time, YYYY-MM-DDTHH:MM)"
                )
            }
            Error::InvalidReferenceTime(s) => write!(
                f,
                "reference time {s:?} is not a time HH:MM or HH:MM:SS on the reference date \
                 (a reference time needs a reference date)"
            ),
            Error::TextTooLong { bytes, max } => {
                let tenths = megabytes_tenths(*bytes);
                write!(
                    f,
                    "the text is too long to annotate ({}.{} MB; the limit is {} MB)",
                    tenths / 10,
                    tenths % 10,
                    max / 1_000_000
                )
            }
        }
    }
}

impl std::error::Error for Error {}

/// `bytes / 1e6` in tenths, half up, in integers (no float formatter in the wasm: size round 13).
fn megabytes_tenths(bytes: usize) -> usize {
    bytes / 100_000 + usize::from(bytes % 100_000 >= 50_000)
}

/// Annotates `text`. Never panics; fails only on a malformed reference date or an oversized text.
pub fn annotate(text: &str, options: &Options) -> Result<Annotations, Error> {
    annotate_with(text, options, SpanTexts::Copied)
}

/// Whether the result's spans carry their texts (`Span::text`, `Speaker::text`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum SpanTexts {
    Copied,
    /// Left empty: the JS API slices them from the caller's own string, and a `String` per
    /// span made only to be dropped was about 1 % of a call there.
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    Empty,
}

/// `annotate`, with or without the spans' texts.
pub(crate) fn annotate_with(
    text: &str,
    options: &Options,
    texts: SpanTexts,
) -> Result<Annotations, Error> {
    if text.len() > MAX_TEXT_BYTES {
        return Err(Error::TextTooLong {
            bytes: text.len(),
            max: MAX_TEXT_BYTES,
        });
    }
    let given = match options
        .reference_date
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        Some(s) => {
            let (date, time) = dates::parse_reference(s)
                .ok_or_else(|| Error::InvalidReferenceDate(s.to_string()))?;
            Some(dates::Reference {
                date,
                time,
                source: dates::Source::Caller,
            })
        }
        None => None,
    };
    let doc = text::Doc::new(text);
    let reference = given.or_else(|| dates::find_reference(&doc));
    let found_dates = dates::recognize_at(&doc, reference);
    let found_entities = entities::recognize(&doc);
    let found_quotes = quotes::recognize(&doc, &found_entities);
    Ok(resolve::assemble(
        &doc,
        reference,
        found_dates,
        found_entities,
        found_quotes,
        texts,
    ))
}

/// The crate version, as shown by the page and `annotate --version`, and written in every
/// result (`newsmark`).
pub fn version() -> &'static str {
    env!("CARGO_PKG_VERSION")
}

/// Which entity model this build carries: `ner-` and 12 hex digits fingerprinting
/// `src/entities/data/` (the model and the gazetteer; see `build.rs`). Written in every result
/// (`model`), so results made with different models can be told apart at the same version.
pub fn model_version() -> &'static str {
    env!("NEWSMARK_MODEL")
}
