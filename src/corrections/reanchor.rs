//! Corrections following an edit of the article's text. A correction outside the edited stretch
//! shifts with the text around it; one inside it, or whose text no longer matches or no longer
//! covers whole words (`Yashio` edited to `Yashioo`), goes to the occurrence of its text nearest
//! its shifted position that covers whole words; one whose text no longer occurs so is dropped,
//! and the page says so. A merge's second mention (`with`) moves the same way.
//!
//! The edit is read as one changed stretch between the common prefix and suffix of the two
//! texts, which costs one pass over each; several edits at once read as one stretch covering them
//! all, and the corrections inside it are found again by their text.

use serde::{Deserialize, Serialize};

use crate::offsets::{common_ends, TextIndex};

use super::anchor::nearest_whole;
use super::words::is_whole_utf16;
use super::{Anchor, Correction};

/// Corrections after the text changed from `old_text` to `new_text`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reanchored {
    /// With offsets in the new text.
    pub kept: Vec<Correction>,
    /// As they were: their text (or a merge's second mention) no longer occurs as whole words.
    pub dropped: Vec<Correction>,
}

/// Moves each correction to the new text: a correction outside the edited stretch shifts with
/// the text around it; one inside it (or whose text no longer matches there as whole words) goes
/// to the whole-words occurrence of its text nearest its shifted position; one whose text no
/// longer occurs so is dropped.
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
    let place = |start: u32, end: u32, text: &str| -> Option<(u32, u32)> {
        let (start, end) = (shift_start(start), shift_end(end));
        if !text.is_empty()
            && new.slice_utf16(start, end) == Some(text)
            && is_whole_utf16(&new, start, end)
        {
            Some((start, end))
        } else {
            nearest_whole(&new, text, start)
        }
    };
    let mut out = Reanchored::default();
    for c in corrections {
        let with = match &c.with {
            None => Some(None),
            Some(w) => place(w.start, w.end, &w.text).map(|(start, end)| {
                Some(Anchor {
                    start,
                    end,
                    text: w.text.clone(),
                })
            }),
        };
        match (place(c.start, c.end, &c.text), with) {
            (Some((start, end)), Some(with)) => out.kept.push(Correction {
                start,
                end,
                with,
                ..c.clone()
            }),
            _ => out.dropped.push(c.clone()),
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
            scope: None,
            with: None,
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
    fn an_edited_word_is_never_left_cut() {
        let old = "Officials in Yashio said. Later, Yashio agreed.";
        let c = correction(Op::Relabel, Kind::Entity, old, "Yashio", Some("PLACE"));
        assert_eq!(c.start, 13);
        // The first `Yashio` becomes `Yashioo`: the correction does not stay on `Yashio|o`, it
        // moves to the other `Yashio`, a whole word.
        let new = "Officials in Yashioo said. Later, Yashio agreed.";
        let r = reanchor(std::slice::from_ref(&c), old, new);
        assert_eq!((r.kept[0].start, r.kept[0].end), (34, 40), "{r:?}");
        // No whole `Yashio` left: dropped, not cutting `Yashioo`.
        let new = "Officials in Yashioo said. Later, they agreed.";
        let r = reanchor(std::slice::from_ref(&c), old, new);
        assert_eq!((r.kept.len(), r.dropped.len()), (0, 1), "{r:?}");
        // Applying the moved correction marks a whole word.
        let new = "Officials in Yashioo said. Later, Yashio agreed.";
        let r = reanchor(std::slice::from_ref(&c), old, new);
        let out = apply(new, annotated(new), &r.kept);
        assert!(out
            .annotations
            .spans
            .iter()
            .all(|s| s.text != "Yashio" || s.start == 34));
        assert_invariants(new, &out.annotations);
    }

    #[test]
    fn a_merge_follows_both_of_its_mentions() {
        let old = "Xi Jinping arrived. Xi spoke.";
        let mut c = correction(Op::Merge, Kind::Entity, old, "Xi", None);
        c.start = 20;
        c.end = 22;
        c.with = Some(Anchor {
            start: 0,
            end: 10,
            text: "Xi Jinping".into(),
        });
        let new = format!("BEIJING — {old}");
        let r = reanchor(std::slice::from_ref(&c), old, &new);
        let shift = "BEIJING — ".encode_utf16().count() as u32;
        let w = r.kept[0].with.as_ref().unwrap();
        assert_eq!(
            (r.kept[0].start, w.start, w.end),
            (20 + shift, shift, 10 + shift)
        );
        let r = reanchor(std::slice::from_ref(&c), old, "Xi arrived. Xi spoke.");
        assert_eq!(r.dropped.len(), 1, "its second mention is gone");
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
            scope: None,
            with: None,
        };
        let r = reanchor(std::slice::from_ref(&c), "Blinken", "Mr Blinken");
        assert_eq!(
            (r.kept[0].start, r.kept[0].end),
            (3, 10),
            "found again by its text"
        );
    }
}
