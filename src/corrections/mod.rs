//! A reader's corrections to the machine's marks: remove a mark, change its label, add a mark the
//! machine missed, and at the level of an entity: relabel every mention, merge two entities, split
//! one. They are stored as edits anchored to the text (offsets plus the text they cover), not as a
//! copy of the annotations, so they survive re-annotation by a newer model and travel in share
//! links and exports; when the article text is edited they are re-anchored ([`reanchor`]) or
//! dropped with a notice.
//!
//! [`apply`] keeps every `newsmark/1` invariant: spans sorted by start (longer first) and
//! numbered in that order, offsets on UTF-16 char boundaries with `text` equal to the slice, no
//! overlap within a kind (an added span replaces the same-kind spans it overlaps, and entities and
//! dates exclude each other as in `crate::resolve`), entity clusters consistent with their
//! mentions (clusters left without mentions disappear, the rest are renumbered in order of first
//! mention, and quote speakers follow). It also says what became of each correction
//! ([`Status`]): applied, moved (its text was found at other offsets), skipped (with the reason)
//! or overridden (a later correction replaced its effect).
//!
//! - this file: what a correction is, which labels and values it may carry, and [`apply`];
//! - `apply`: the annotations while corrections are applied, renumbered at the end;
//! - `clusters`: which entity cluster an added or relabelled mention joins; merges and splits;
//! - `anchor`: where a correction lands when its offsets no longer cover its text;
//! - `reanchor`: corrections following an edit of the text;
//! - `timex`: TIMEX3 values per date label;
//! - `words`: token boundaries, so marks cover whole words.

mod anchor;
mod apply;
mod clusters;
mod reanchor;
mod timex;
mod words;

use serde::{Deserialize, Serialize};

use crate::annotations::{Annotations, Kind};
use crate::labels::{self, is_label_of, Label};
use crate::offsets::TextIndex;

pub use reanchor::{reanchor, Reanchored};
pub use timex::check as check_timex;
pub use words::snap as snap_selection;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Op {
    /// Remove the mark of `kind` at exactly `[start, end)`.
    Remove,
    /// Change the label of the mark of `kind` at `[start, end)` (and, for a date, its `value` if
    /// given; for a quote, its `speaker` if given). When the machine no longer finds that mark,
    /// it is added. With `scope: "entity"`, every mention of that mark's entity.
    Relabel,
    /// Add a mark; it replaces the marks of its kind that it overlaps.
    Add,
    /// The entity of the mention at `[start, end)` joins the entity of the mention `with`.
    Merge,
    /// The mention at `[start, end)`, and the other mentions of its entity written exactly as it
    /// is, leave that entity and make one of their own.
    Split,
}

/// What a `relabel` of an entity acts on. (Read through a string: an enum's own reader costs
/// kilobytes of wasm per deserializer.)
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase", try_from = "String")]
pub enum Scope {
    /// That mention alone (the default).
    #[default]
    Mention,
    /// Every mention of its entity.
    Entity,
}

impl TryFrom<String> for Scope {
    type Error = String;
    fn try_from(s: String) -> Result<Scope, String> {
        match s.as_str() {
            "mention" => Ok(Scope::Mention),
            "entity" => Ok(Scope::Entity),
            _ => Err(format!(
                "unknown scope {:?} (\"mention\" or \"entity\")",
                clip(&s, 40)
            )),
        }
    }
}

/// At most `n` chars of a reader's string, for a message.
pub(crate) fn clip(s: &str, n: usize) -> String {
    match s.char_indices().nth(n) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

/// A second place in the text, anchored like a correction: a `merge`'s other mention.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Anchor {
    pub start: u32,
    pub end: u32,
    pub text: String,
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
    /// A date's TIMEX3 value (`add`, `relabel` of a date); an empty one clears the value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// A quote's speaker as it is written in the text (`add`, `relabel` of a quote); linked to the
    /// occurrence nearest the quote. A speaker the text does not name is kept as the quote's
    /// `speaker_name`; an empty one leaves the quote unattributed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    /// `relabel` of an entity: that mention (the default) or every mention of its entity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<Scope>,
    /// `merge`: the mention whose entity the first one's joins.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub with: Option<Anchor>,
}

impl Correction {
    /// A correction with no label, value, speaker, scope or second mention.
    pub fn new(op: Op, kind: Kind, start: u32, end: u32, text: impl Into<String>) -> Correction {
        Correction {
            op,
            kind,
            start,
            end,
            text: text.into(),
            label: None,
            value: None,
            speaker: None,
            scope: None,
            with: None,
        }
    }
}

/// A correction that could not be used, and why (for the reader).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Skipped {
    pub correction: Correction,
    pub reason: String,
}

/// What became of one correction, in the JSON of `annotateView`'s `corrections` field:
/// `{"status": "applied"}`, `{"status": "moved", "start": 30, "end": 36}`,
/// `{"status": "skipped", "reason": "…"}`, `{"status": "overridden", "by": 4, "reason": "…"}`;
/// `applied` and `moved` may carry a `note` the reader should see.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "status", rename_all = "lowercase")]
pub enum Status {
    /// Done, at its own offsets.
    Applied {
        #[serde(skip_serializing_if = "Option::is_none")]
        note: Option<String>,
    },
    /// Done where its text was found, `[start, end)` (UTF-16), not at its own offsets.
    Moved {
        start: u32,
        end: u32,
        #[serde(skip_serializing_if = "Option::is_none")]
        note: Option<String>,
    },
    /// Not done; why.
    Skipped { reason: String },
    /// Done, but correction `by` (an index into the same list) later replaced all it did.
    Overridden { by: usize, reason: String },
}

impl Status {
    /// Whether the correction's effect shows in the result.
    pub fn took_effect(&self) -> bool {
        matches!(self, Status::Applied { .. } | Status::Moved { .. })
    }
}

/// Labels are free text from the reader but end up in exports (brat types, CSS-free HTML
/// attributes), so they are kept to a safe alphabet.
pub const MAX_LABEL_CHARS: usize = 32;

/// A speaker's name kept for a quote (`speaker_name`) has at most this many chars.
pub const MAX_SPEAKER_CHARS: usize = 200;

pub fn is_valid_label(label: &str) -> bool {
    !label.is_empty()
        && label.len() <= MAX_LABEL_CHARS
        && label
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// The result of [`apply`]: the corrected annotations, what became of each correction (in
/// order), and the corrections that did nothing (the `skipped` of `statuses`, for notes).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Applied {
    pub annotations: Annotations,
    pub statuses: Vec<Status>,
    pub skipped: Vec<Skipped>,
}

/// Applies `corrections` in order to `annotations` of `text`. A correction whose anchor text is
/// not at its offsets is moved to the nearest occurrence of its text as whole words; one that
/// cannot be placed, or removes/relabels nothing, is skipped with the reason; one whose effect a
/// later correction replaced is overridden.
pub fn apply(text: &str, annotations: Annotations, corrections: &[Correction]) -> Applied {
    if corrections.is_empty() {
        // The common case (every keystroke on the page): nothing to index or renumber.
        return Applied {
            annotations,
            statuses: Vec::new(),
            skipped: Vec::new(),
        };
    }
    let index = TextIndex::new(text);
    let mut work = apply::Work::new(annotations, corrections.len());
    for (k, c) in corrections.iter().enumerate() {
        work.apply_one(&index, k, c);
    }
    let (annotations, statuses) = work.finish(corrections);
    let skipped = corrections
        .iter()
        .zip(&statuses)
        .filter_map(|(c, s)| match s {
            Status::Skipped { reason } => Some(Skipped {
                correction: c.clone(),
                reason: reason.clone(),
            }),
            _ => None,
        })
        .collect();
    Applied {
        annotations,
        statuses,
        skipped,
    }
}

/// Whether UTF-16 range `[start, end)` of `text` covers whole words as the core tokenizer cuts
/// them (no end inside a word, a number or an abbreviation): where a corrected mark may lie.
pub fn is_whole_words(text: &str, start: u32, end: u32) -> bool {
    words::is_whole_utf16(&TextIndex::new(text), start, end)
}

/// Why a mark at UTF-16 `[start, end)` of `text` may not be added: it cuts a word (`"ashi" is
/// part of a word ("Yashio")…`).
pub fn cuts_a_word(text: &str, start: u32, end: u32) -> String {
    let index = TextIndex::new(text);
    let covered = index.slice_utf16(start, end).unwrap_or("");
    apply::cuts_a_word(&index, covered, start, end)
}

/// What can be said of `c` without the text: its op, kind, scope and second mention agree, its
/// label suits its kind, a date's value is TIMEX3 for its label, a speaker's name is not too long.
pub fn check_shape(c: &Correction) -> Result<(), String> {
    let entity_only = |what: &str| -> Result<(), String> {
        if c.kind == Kind::Entity {
            Ok(())
        } else {
            Err(format!(
                "only entities can be {what}, not a {}",
                c.kind.as_str()
            ))
        }
    };
    match c.op {
        Op::Merge => {
            entity_only("merged")?;
            if c.with.is_none() {
                return Err("a merge needs the mention to merge with (\"with\")".into());
            }
        }
        Op::Split => entity_only("split")?,
        Op::Add => {
            checked_label(c)?;
        }
        Op::Relabel if c.label.is_some() || c.kind == Kind::Entity => {
            checked_label(c)?;
        }
        Op::Relabel | Op::Remove => {}
    }
    if c.scope == Some(Scope::Entity) && !(c.op == Op::Relabel && c.kind == Kind::Entity) {
        return Err("scope \"entity\" is for relabelling an entity".into());
    }
    if c.kind == Kind::Date {
        // A relabel without a label keeps the mark's: its value is checked against that one.
        let label = c.label.as_deref().or((c.op == Op::Add).then_some("DATE"));
        if let (Some(label), Some(value)) = (label, c.value.as_deref()) {
            if !value.is_empty() {
                if let Some(why) = timex::check(label, value) {
                    return Err(why);
                }
            }
        }
    }
    if let Some(name) = c.speaker.as_deref() {
        if name.trim().chars().count() > MAX_SPEAKER_CHARS {
            return Err(format!(
                "a speaker's name has at most {MAX_SPEAKER_CHARS} characters"
            ));
        }
    }
    Ok(())
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
            scope: None,
            with: None,
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
                scope: None,
                with: None,
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
        // The entity-level ops, as the view API writes them.
        let merge = r#"{"op":"merge","kind":"entity","start":9,"end":11,"text":"Xi","with":{"start":0,"end":10,"text":"Xi Jinping"}}"#;
        let c: Correction = serde_json::from_str(merge).unwrap();
        assert_eq!(
            (c.op, c.with.as_ref().map(|w| w.end)),
            (Op::Merge, Some(10))
        );
        assert_eq!(serde_json::to_string(&c).unwrap(), merge);
        let every = r#"{"op":"relabel","kind":"entity","start":0,"end":6,"text":"Yashio","label":"PLACE","scope":"entity"}"#;
        let c: Correction = serde_json::from_str(every).unwrap();
        assert_eq!(c.scope, Some(Scope::Entity));
        assert_eq!(serde_json::to_string(&c).unwrap(), every);
        let err = serde_json::from_str::<Correction>(&every.replace("\"entity\"}", "\"all\"}"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("unknown scope \"all\""), "{err}");
    }
}
