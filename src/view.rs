//! A view: an article as one reader sees it and passes it on — its text, the reference date, the
//! labels toggled off and the reader's corrections. Share links (`crate::share`), the page
//! (`crate::wasm`), the CLI and every export carry this one value.
//!
//! A view never holds annotations: [`annotate_view`] recomputes them from the text and applies the
//! corrections on top, so a view made with an older model opens with the newer model's marks and
//! the reader's edits still in place. Views come from strangers, so their size is bounded here,
//! once, for every way in ([`exceeded_limit`]).

use serde::ser::SerializeStruct;
use serde::{Deserialize, Serialize, Serializer};

use crate::corrections::{self, Applied, Correction};

/// The format version of a view's JSON (its `v` field, and the `1` of a share link's `nm1.`
/// prefix): the version this build writes, and the newest it reads.
pub const VERSION: u32 = 1;

/// At most this many corrections and hidden labels in a view.
pub const MAX_CORRECTIONS: usize = 10_000;
pub const MAX_HIDDEN_LABELS: usize = 64;

/// What a share link (or a view file) carries: everything needed to show an article exactly as
/// its sender saw it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct View {
    pub text: String,
    /// `YYYY-MM-DD` or, with a time of day, `YYYY-MM-DDTHH:MM`; null to let the annotator find
    /// a dateline or web timestamp.
    #[serde(default)]
    pub reference_date: Option<String>,
    /// Labels the reader toggled off, by name (`NORP`, `DATE`, …).
    #[serde(default)]
    pub hidden: Vec<String>,
    /// The reader's edits, applied in order.
    #[serde(default)]
    pub corrections: Vec<Correction>,
}

// Hand-written so the version field `v` is always written first and always the current one;
// reading ignores it (a share link's decoder checks it before the view is parsed).
impl Serialize for View {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("View", 5)?;
        st.serialize_field("v", &VERSION)?;
        st.serialize_field("text", &self.text)?;
        st.serialize_field("reference_date", &self.reference_date)?;
        st.serialize_field("hidden", &self.hidden)?;
        st.serialize_field("corrections", &self.corrections)?;
        st.end()
    }
}

impl View {
    pub fn new(text: impl Into<String>) -> View {
        View {
            text: text.into(),
            ..View::default()
        }
    }
}

/// The view's annotations as its sender saw them: `view.text` annotated at its reference date,
/// then its corrections applied (those that could not be applied are in `skipped`).
pub fn annotate_view(view: &View) -> Result<Applied, crate::Error> {
    let annotations = crate::annotate(
        &view.text,
        &crate::Options {
            reference_date: view.reference_date.clone(),
        },
    )?;
    Ok(corrections::apply(
        &view.text,
        annotations,
        &view.corrections,
    ))
}

/// Which limit `view` exceeds, if any, said for a person (`"12001 corrections; the limit is
/// 10000"`). Share links and views from the page are both checked with it.
pub fn exceeded_limit(view: &View) -> Option<String> {
    if view.text.len() > crate::MAX_TEXT_BYTES {
        return Some(format!(
            "its text is {} MB; the limit is {} MB",
            view.text.len().div_ceil(1_000_000),
            crate::MAX_TEXT_BYTES / 1_000_000
        ));
    }
    if view.corrections.len() > MAX_CORRECTIONS {
        return Some(format!(
            "{} corrections; the limit is {MAX_CORRECTIONS}",
            view.corrections.len()
        ));
    }
    if view.hidden.len() > MAX_HIDDEN_LABELS {
        return Some(format!(
            "{} hidden labels; the limit is {MAX_HIDDEN_LABELS}",
            view.hidden.len()
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corrections::Op;
    use crate::Kind;

    #[test]
    fn the_version_is_written_first_and_not_read_back() {
        let json = serde_json::to_string(&View::new("Blinken")).unwrap();
        assert!(json.starts_with(r#"{"v":1,"text":"Blinken""#), "{json}");
        let back: View = serde_json::from_str(&json).unwrap();
        assert_eq!(back, View::new("Blinken"));
    }

    #[test]
    fn a_view_annotates_then_applies_its_corrections() {
        let view = View {
            reference_date: Some("2023-06-14".into()),
            corrections: vec![Correction {
                op: Op::Add,
                kind: Kind::Entity,
                start: 0,
                end: 7,
                text: "Blinken".into(),
                label: Some("MISC".into()),
                value: None,
                speaker: None,
            }],
            ..View::new("Blinken will fly to Beijing on Sunday.")
        };
        let applied = annotate_view(&view).unwrap();
        assert!(applied.skipped.is_empty(), "{:?}", applied.skipped);
        let spans = &applied.annotations.spans;
        assert!(spans
            .iter()
            .any(|s| s.text == "Blinken" && s.label == "MISC"));
        assert!(spans
            .iter()
            .any(|s| s.value.as_deref() == Some("2023-06-18")));
    }

    #[test]
    fn limits_say_which_one_is_exceeded() {
        assert_eq!(exceeded_limit(&View::new("Blinken")), None);
        let many_hidden = View {
            hidden: vec!["DATE".into(); MAX_HIDDEN_LABELS + 1],
            ..View::default()
        };
        assert_eq!(
            exceeded_limit(&many_hidden).as_deref(),
            Some("65 hidden labels; the limit is 64")
        );
    }
}
