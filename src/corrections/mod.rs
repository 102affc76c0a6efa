//! A reader's corrections to the machine's marks: remove a mark, change its label, add a mark the
//! machine missed. They are stored as edits anchored to the text (offsets plus the text they
//! cover), not as a copy of the annotations, so they survive re-annotation by a newer model and
//! travel in share links and exports; when the article text is edited they are re-anchored
//! ([`reanchor`]) or dropped with a notice.
//!
//! [`apply`] keeps every `newsmark/1` invariant: spans sorted by start (longer first) and
//! numbered in that order, offsets on UTF-16 char boundaries with `text` equal to the slice, no
//! overlap within a kind (an added span replaces the same-kind spans it overlaps, and entities and
//! dates exclude each other as in `crate::resolve`), entity clusters consistent with their
//! mentions (clusters left without mentions disappear, the rest are renumbered in order of first
//! mention, and quote speakers follow).
//!
//! - this file: what a correction is, which labels it may carry, and [`apply`];
//! - `apply`: the annotations while corrections are applied, renumbered at the end;
//! - `clusters`: which entity cluster an added or relabelled mention joins;
//! - `anchor`: where a correction lands when its offsets no longer cover its text;
//! - `reanchor`: corrections following an edit of the text.

mod anchor;
mod apply;
mod clusters;
mod reanchor;

use serde::{Deserialize, Serialize};

use crate::annotations::{Annotations, Kind};
use crate::labels::{self, is_label_of, Label};
use crate::offsets::TextIndex;

pub use reanchor::{reanchor, Reanchored};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Op {
    /// Remove the mark of `kind` at exactly `[start, end)`.
    Remove,
    /// Change the label of the mark of `kind` at `[start, end)` (and, for a date, its `value` if
    /// given; for a quote, its `speaker` if given). When the machine no longer finds that mark,
    /// it is added.
    Relabel,
    /// Add a mark; it replaces the marks of its kind that it overlaps.
    Add,
}

/// One edit, anchored to the text: `text` is what `[start, end)` (UTF-16) covered when it was
/// made.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Correction {
    pub op: Op,
    pub kind: Kind,
    pub start: u32,
    pub end: u32,
    pub text: String,
    /// The new label (`relabel`, `add`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// A date's TIMEX3 value (`add`, `relabel` of a date).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// A quote's speaker as it is written in the text (`add`, `relabel` of a quote); linked to the
    /// occurrence nearest the quote.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
}

/// A correction that could not be used, and why (for the reader).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Skipped {
    pub correction: Correction,
    pub reason: String,
}

/// Labels are free text from the reader but end up in exports (brat types, CSS-free HTML
/// attributes), so they are kept to a safe alphabet.
pub const MAX_LABEL_CHARS: usize = 32;

pub fn is_valid_label(label: &str) -> bool {
    !label.is_empty()
        && label.len() <= MAX_LABEL_CHARS
        && label
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// The result of [`apply`]: the corrected annotations and the corrections that did nothing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Applied {
    pub annotations: Annotations,
    pub skipped: Vec<Skipped>,
}

/// Applies `corrections` in order to `annotations` of `text`. A correction whose anchor text is
/// not at its offsets is moved to the nearest occurrence of its text; one that cannot be placed,
/// or removes/relabels nothing, is returned in `skipped` with the reason.
pub fn apply(text: &str, annotations: Annotations, corrections: &[Correction]) -> Applied {
    if corrections.is_empty() {
        // The common case (every keystroke on the page): nothing to index or renumber.
        return Applied {
            annotations,
            skipped: Vec::new(),
        };
    }
    let index = TextIndex::new(text);
    let mut work = apply::Work::new(annotations);
    let mut skipped = Vec::new();
    for c in corrections {
        if let Err(reason) = work.apply_one(&index, c) {
            skipped.push(Skipped {
                correction: c.clone(),
                reason,
            });
        }
    }
    Applied {
        annotations: work.finish(),
        skipped,
    }
}

/// The label `c` gives, checked: a reader's own label for an entity, one of its kind's for a date
/// or a quote (a date or a quote without one gets its kind's default).
fn checked_label(c: &Correction) -> Result<String, String> {
    let label = match (c.label.as_deref(), Label::default_of(c.kind)) {
        (Some(l), _) => l,
        (None, Some(default)) => default.name(),
        (None, None) => return Err("an entity correction needs a label".into()),
    };
    if !is_valid_label(label) {
        return Err(format!(
            "{label:?} is not a valid label (letters, digits, _ and -, at most {MAX_LABEL_CHARS})"
        ));
    }
    // Entities may carry a reader's own label (`PRODUCT`); dates and quotes only their kind's.
    if c.kind == Kind::Entity || is_label_of(label, c.kind) {
        return Ok(label.to_string());
    }
    let names = labels::names_of(c.kind);
    let allowed = match names.as_slice() {
        [one] => one.to_string(),
        many => format!("one of {}", many.join(", ")),
    };
    Err(format!(
        "a {}'s label is {allowed}, not {label:?}",
        c.kind.as_str()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{annotate, Options};

    pub(super) const TEXT: &str = "Antony Blinken met Qin Gang in Beijing on Sunday. “We agree,” Blinken said. Blinken flew home.";

    pub(super) fn annotated(text: &str) -> Annotations {
        annotate(
            text,
            &Options {
                reference_date: Some("2023-06-14".into()),
            },
        )
        .unwrap()
    }

    /// The occurrence of `needle` in `text` nearest UTF-16 offset `around`.
    pub(super) fn nearest_occurrence(text: &str, needle: &str, around: u32) -> Option<(u32, u32)> {
        anchor::nearest(&TextIndex::new(text), needle, around)
    }

    pub(super) fn at(text: &str, needle: &str) -> (u32, u32) {
        nearest_occurrence(text, needle, 0).unwrap_or_else(|| panic!("{needle:?} in the text"))
    }

    pub(super) fn correction(
        op: Op,
        kind: Kind,
        text: &str,
        needle: &str,
        label: Option<&str>,
    ) -> Correction {
        let (start, end) = at(text, needle);
        Correction {
            op,
            kind,
            start,
            end,
            text: needle.into(),
            label: label.map(Into::into),
            value: None,
            speaker: None,
        }
    }

    /// Every `newsmark/1` invariant that corrections must keep.
    pub(super) fn assert_invariants(text: &str, a: &Annotations) {
        crate::invariants::check(text, a).unwrap_or_else(|e| panic!("{e}"));
    }

    #[test]
    fn bad_corrections_are_skipped_with_reasons_and_change_nothing() {
        let a = annotated(TEXT);
        let mut inside_surrogate =
            correction(Op::Add, Kind::Entity, TEXT, "Beijing", Some("PLACE"));
        inside_surrogate.text = "Shanghai".into();
        let bad = [
            inside_surrogate,
            correction(Op::Add, Kind::Entity, TEXT, "Beijing", Some("<script>")),
            correction(Op::Add, Kind::Entity, TEXT, "Beijing", None),
            correction(Op::Add, Kind::Date, TEXT, "Beijing", Some("PERSON")),
            correction(Op::Remove, Kind::Quote, TEXT, "Beijing", None),
            Correction {
                op: Op::Add,
                kind: Kind::Entity,
                start: 5,
                end: 5,
                text: String::new(),
                label: Some("ORG".into()),
                value: None,
                speaker: None,
            },
        ];
        let out = apply(TEXT, a.clone(), &bad);
        assert_eq!(out.skipped.len(), bad.len(), "{:?}", out.skipped);
        assert_eq!(out.annotations, a);
    }

    #[test]
    fn corrections_serialize_as_the_view_api_says() {
        let c: Correction = serde_json::from_str(r#"{"op":"add","kind":"quote","label":"QUOTE","start":1,"end":5,"text":"abcd","speaker":"Kritenbrink"}"#).unwrap();
        assert_eq!(c.speaker.as_deref(), Some("Kritenbrink"));
        let json = serde_json::to_string(&Correction {
            op: Op::Remove,
            ..c
        })
        .unwrap();
        assert!(
            json.starts_with(r#"{"op":"remove","kind":"quote","start":1,"end":5,"text":"abcd""#),
            "{json}"
        );
        assert!(serde_json::from_str::<Correction>(
            r#"{"op":"paint","kind":"entity","start":1,"end":5,"text":"x"}"#
        )
        .is_err());
    }
}
