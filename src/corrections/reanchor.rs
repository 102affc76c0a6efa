//! Corrections following an edit of the article's text. A correction outside the edited stretch
//! shifts with the text around it; one inside it, or whose text no longer matches, goes to the
//! occurrence of its text nearest its shifted position; one whose text no longer occurs is
//! dropped, and the page says so.
//!
//! The edit is read as one changed stretch between the common prefix and suffix of the two
//! texts, which costs one pass over each; several edits at once read as one stretch covering them
//! all, and the corrections inside it are found again by their text.

use serde::{Deserialize, Serialize};

use crate::offsets::{common_ends, TextIndex};

use super::anchor::nearest;
use super::Correction;

/// Corrections after the text changed from `old_text` to `new_text`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reanchored {
    /// With offsets in the new text.
    pub kept: Vec<Correction>,
    /// As they were: their text no longer occurs.
    pub dropped: Vec<Correction>,
}

/// Moves each correction to the new text: a correction outside the edited stretch shifts with
/// the text around it; one inside it (or whose text no longer matches) goes to the occurrence of
/// its text nearest its shifted position; one whose text no longer occurs is dropped.
pub fn reanchor(corrections: &[Correction], old_text: &str, new_text: &str) -> Reanchored {
    let (prefix, old_suffix, new_suffix) = common_ends(old_text, new_text);
    let old = TextIndex::new(old_text);
    let new = TextIndex::new(new_text);
    let (Some(p), Some(os), Some(ns)) = (
        old.at_byte(prefix),
        old.at_byte(old_suffix),
        new.at_byte(new_suffix),
    ) else {
        return Reanchored {
            kept: vec![],
            dropped: corrections.to_vec(),
        };
    };
    let (prefix_units, old_suffix_units, new_suffix_units) = (p.utf16, os.utf16, ns.utf16);
    // A start at the very point of an insertion stays with the text after it, an end with the
    // text before it.
    let shift_start = |x: u32| -> u32 {
        if x >= old_suffix_units {
            (x - old_suffix_units).saturating_add(new_suffix_units)
        } else {
            x.min(prefix_units)
        }
    };
    let shift_end = |x: u32| -> u32 {
        if x <= prefix_units {
            x
        } else if x >= old_suffix_units {
            (x - old_suffix_units).saturating_add(new_suffix_units)
        } else {
            prefix_units
        }
    };
    let mut out = Reanchored::default();
    for c in corrections {
        let (start, end) = (shift_start(c.start), shift_end(c.end));
        let placed = if !c.text.is_empty() && new.slice_utf16(start, end) == Some(c.text.as_str()) {
            Some((start, end))
        } else {
            nearest(&new, &c.text, start)
        };
        match placed {
            Some((start, end)) => out.kept.push(Correction {
                start,
                end,
                ..c.clone()
            }),
            None => out.dropped.push(c.clone()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotations::Kind;
    use crate::corrections::tests::{
        annotated, assert_invariants, correction, nearest_occurrence, TEXT,
    };
    use crate::corrections::{apply, Op};

    #[test]
    fn corrections_survive_re_annotation_of_an_edited_text() {
        let c = correction(Op::Relabel, Kind::Entity, TEXT, "Qin Gang", Some("ORG"));
        let new_text = format!("BEIJING — {TEXT} Qin Gang left.");
        let moved = reanchor(std::slice::from_ref(&c), TEXT, &new_text);
        assert!(moved.dropped.is_empty());
        let moved_c = &moved.kept[0];
        assert_eq!(
            moved_c.start,
            c.start + "BEIJING — ".encode_utf16().count() as u32
        );
        let out = apply(&new_text, annotated(&new_text), &moved.kept);
        let qins: Vec<_> = out
            .annotations
            .spans
            .iter()
            .filter(|s| s.text == "Qin Gang")
            .collect();
        assert_eq!(qins[0].label, "ORG", "{qins:?}");
        assert_invariants(&new_text, &out.annotations);
    }

    #[test]
    fn reanchor_finds_the_nearest_occurrence_or_drops() {
        let old = "Blinken here. Blinken there. Blinken everywhere.";
        let (start, end) = nearest_occurrence(old, "Blinken", 14).unwrap();
        assert_eq!(start, 14);
        let c = Correction {
            op: Op::Remove,
            kind: Kind::Entity,
            start,
            end,
            text: "Blinken".into(),
            label: None,
            value: None,
            speaker: None,
        };
        // The edit rewrites the corrected mention; the nearest remaining one (by its position
        // after the edit: 14) takes it: 26 rather than 0.
        let new = "Blinken here. Mr B there. Blinken everywhere.";
        let r = reanchor(std::slice::from_ref(&c), old, new);
        assert_eq!(r.kept.len(), 1);
        assert_eq!(r.kept[0].start, 26, "{r:?}");
        // Unchanged context shifts exactly.
        let new = "Blinken here, and there. Blinken there. Blinken everywhere.";
        assert_eq!(
            reanchor(std::slice::from_ref(&c), old, new).kept[0].start,
            25
        );
        // Gone entirely.
        let r = reanchor(std::slice::from_ref(&c), old, "Nobody here.");
        assert_eq!((r.kept.len(), r.dropped), (0, vec![c]));
    }

    #[test]
    fn absurd_offsets_are_found_again_by_their_text() {
        let c = Correction {
            op: Op::Add,
            kind: Kind::Entity,
            start: u32::MAX - 1,
            end: u32::MAX,
            text: "Blinken".into(),
            label: Some("PERSON".into()),
            value: None,
            speaker: None,
        };
        let r = reanchor(std::slice::from_ref(&c), "Blinken", "Mr Blinken");
        assert_eq!(
            (r.kept[0].start, r.kept[0].end),
            (3, 10),
            "found again by its text"
        );
    }
}
