//! brat standoff (`.ann`) and displaCy manual JSON: the formats of the annotation tools people
//! already use. Both count offsets in Unicode code points of the text (brat reads the `.txt` as a
//! Python string; displaCy's offsets are Python string indices).
//!
//! brat opens the `.txt` in text mode, which turns `\r\n` and a lone `\r` into `\n`; so the
//! `.ann` counts offsets in that text, and [`brat_text`] writes it.

use std::fmt::Write;

use serde::Serialize;

use crate::annotations::{Annotations, Kind, Span};
use crate::offsets::TextIndex;

/// Characters that end a line for brat's line-based `.ann` reader (Python's `str.splitlines`
/// set, the widest): a span across one is written as discontinuous fragments around it.
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\u{b}'
            | '\u{c}'
            | '\u{1c}'
            | '\u{1d}'
            | '\u{1e}'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// A span's fragments between line breaks, as (start, end) code points and their text.
fn fragments<'t>(index: &TextIndex<'t>, s: &Span) -> Vec<(u32, u32, &'t str)> {
    let (Some(start), Some(end)) = (index.at_utf16(s.start), index.at_utf16(s.end)) else {
        return vec![];
    };
    if start.byte >= end.byte {
        return vec![];
    }
    let text = &index.text()[start.byte..end.byte];
    let mut out = Vec::new();
    let (mut cp, mut frag_start, mut frag_byte) = (start.code_point, None::<u32>, 0usize);
    for (b, c) in text.char_indices() {
        if is_line_break(c) {
            if let Some(fs) = frag_start.take() {
                out.push((fs, cp, &text[frag_byte..b]));
            }
        } else if frag_start.is_none() {
            frag_start = Some(cp);
            frag_byte = b;
        }
        cp += 1;
    }
    if let Some(fs) = frag_start {
        out.push((fs, cp, &text[frag_byte..]));
    }
    out
}

/// Notes may not contain line breaks either.
fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| {
            if is_line_break(c) || c == '\t' {
                ' '
            } else {
                c
            }
        })
        .collect()
}

/// The `.txt` for [`brat`]: `text` with `\r\n` and lone `\r` made `\n`.
pub fn brat_text(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// Code point offset in [`brat_text`] of code point offset `cp` in the original: one less for
/// every `\r\n` before it. `crlf` holds the code point offsets of the `\r` of each `\r\n`.
fn brat_offset(crlf: &[u32], cp: u32) -> u32 {
    cp - crlf.partition_point(|&r| r < cp) as u32
}

/// The `.ann` file: `T` lines for every span (type = label), and `AnnotatorNotes` for a date's
/// value (`value: 2023-06-18`), a quote's speaker (`speaker: Kritenbrink`) and an entity's
/// cluster name when it differs from the mention (`entity: Antony Blinken`); a `Range` relation
/// from a range's start to its end (`R1⇥Range Arg1:T3 Arg2:T4`).
pub fn brat(text: &str, a: &Annotations) -> String {
    let index = TextIndex::new(text);
    let crlf: Vec<u32> = text
        .match_indices("\r\n")
        .filter_map(|(b, _)| index.at_byte(b))
        .map(|p| p.code_point)
        .collect();
    let mut out = String::new();
    let (mut t, mut note) = (0usize, 0usize);
    // The T number of each span written, by id.
    let mut t_of = vec![0usize; a.spans.len()];
    for s in &a.spans {
        let frags = fragments(&index, s);
        if frags.is_empty() {
            continue;
        }
        t += 1;
        if let Some(slot) = t_of.get_mut(s.id as usize) {
            *slot = t;
        }
        let offsets: Vec<String> = frags
            .iter()
            .map(|&(a, b, _)| format!("{} {}", brat_offset(&crlf, a), brat_offset(&crlf, b)))
            .collect();
        let texts: Vec<&str> = frags.iter().map(|f| f.2).collect();
        let _ = writeln!(
            out,
            "T{t}\t{} {}\t{}",
            one_line(&s.label),
            offsets.join(";"),
            texts.join(" ")
        );
        let remark = match s.kind {
            Kind::Date => Some(format!(
                "value: {}",
                s.value.as_deref().unwrap_or("unknown")
            )),
            Kind::Quote => Some(format!(
                "speaker: {}",
                s.speaker.as_ref().map_or("unknown", |sp| sp.text.as_str())
            )),
            Kind::Entity => s
                .entity
                .and_then(|e| a.entities.get(e as usize))
                .filter(|e| e.name != s.text)
                .map(|e| format!("entity: {}", e.name)),
        };
        if let Some(r) = remark {
            note += 1;
            let _ = writeln!(out, "#{note}\tAnnotatorNotes T{t}\t{}", one_line(&r));
        }
    }
    let t_of = |id: u32| t_of.get(id as usize).copied().filter(|&t| t > 0);
    let mut relation = 0usize;
    for r in a
        .spans
        .iter()
        .filter_map(|s| s.range.filter(|r| r.from == s.id))
    {
        if let (Some(from), Some(to)) = (t_of(r.from), t_of(r.to)) {
            relation += 1;
            let _ = writeln!(out, "R{relation}\tRange Arg1:T{from} Arg2:T{to}");
        }
    }
    out
}

/// displaCy's manual format for its entity renderer: entities and dates (quotes contain other
/// marks, which the entity renderer cannot draw, so they are left out), sorted and never
/// overlapping.
pub fn displacy(text: &str, a: &Annotations) -> String {
    #[derive(Serialize)]
    struct Ent<'a> {
        start: u32,
        end: u32,
        label: &'a str,
    }
    #[derive(Serialize)]
    struct Manual<'a> {
        text: &'a str,
        ents: Vec<Ent<'a>>,
        title: Option<&'a str>,
    }
    let index = TextIndex::new(text);
    let mut ents = Vec::new();
    let mut last_end = 0u32;
    for s in a.spans.iter().filter(|s| s.kind != Kind::Quote) {
        let (Some(start), Some(end)) = (index.at_utf16(s.start), index.at_utf16(s.end)) else {
            continue;
        };
        if start.code_point < last_end || start.code_point >= end.code_point {
            continue;
        }
        last_end = end.code_point;
        ents.push(Ent {
            start: start.code_point,
            end: end.code_point,
            label: &s.label,
        });
    }
    crate::annotations::json_text(&Manual {
        text,
        ents,
        title: None,
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::view::{annotate_view, View};

    /// Slices `text` by code points.
    pub fn cp_slice(text: &str, start: usize, end: usize) -> String {
        text.chars().skip(start).take(end - start).collect()
    }

    /// Parses `.ann` T lines back and checks every fragment against the text; returns
    /// (label, fragments' texts) per line (`R` relation lines are checked for their shape).
    pub fn check_brat(text: &str, ann: &str) -> Vec<(String, Vec<String>)> {
        let mut out = Vec::new();
        for line in ann.lines() {
            if line.starts_with('R') {
                let fields: Vec<&str> = line.split('\t').collect();
                assert_eq!(fields.len(), 2, "{line:?}");
                assert!(fields[1].starts_with("Range Arg1:T"), "{line:?}");
                continue;
            }
            let fields: Vec<&str> = line.splitn(3, '\t').collect();
            assert_eq!(fields.len(), 3, "{line:?}");
            if fields[0].starts_with('#') {
                assert!(fields[1].starts_with("AnnotatorNotes T"), "{line:?}");
                continue;
            }
            assert!(fields[0].starts_with('T'), "{line:?}");
            let (label, offsets) = fields[1].split_once(' ').expect("type and offsets");
            let mut texts = Vec::new();
            for frag in offsets.split(';') {
                let (a, b) = frag.split_once(' ').expect("start end");
                let (a, b): (usize, usize) = (a.parse().unwrap(), b.parse().unwrap());
                assert!(a < b);
                let piece = cp_slice(text, a, b);
                assert!(!piece.contains('\n'), "{line:?}");
                texts.push(piece);
            }
            assert_eq!(texts.join(" "), fields[2], "{line:?}");
            out.push((label.to_string(), texts));
        }
        out
    }

    /// Issue 19: a range is a relation from its start's `T` line to its end's.
    #[test]
    fn a_range_is_a_relation_between_its_two_ends() {
        let view = View {
            reference_date: Some("2023-06-14".into()),
            ..View::new("Blinken was away 10 - 22 August 2012 and back by May.")
        };
        let a = annotate_view(&view).unwrap().annotations;
        let ann = brat(&view.text, &a);
        check_brat(&view.text, &ann);
        let t_of = |needle: &str| {
            ann.lines()
                .find(|l| l.starts_with('T') && l.ends_with(&format!("\t{needle}")))
                .and_then(|l| l.split('\t').next())
                .unwrap_or_else(|| panic!("{needle} in {ann}"))
                .to_string()
        };
        let want = format!(
            "R1\tRange Arg1:{} Arg2:{}",
            t_of("10"),
            t_of("22 August 2012")
        );
        assert!(ann.lines().any(|l| l == want), "{ann}");
        assert_eq!(ann.matches("\tRange ").count(), 1);
    }

    #[test]
    fn brat_lines_slice_the_txt_for_the_example() {
        let view = crate::export::tests::example_view();
        let a = annotate_view(&view).unwrap().annotations;
        let ann = brat(&view.text, &a);
        let parsed = check_brat(&brat_text(&view.text), &ann);
        assert_eq!(parsed.len(), a.spans.len());
        assert!(
            ann.lines()
                .any(|l| l.contains("\tAnnotatorNotes T") && l.ends_with("value: 2023-06-18")),
            "{ann}"
        );
        assert!(
            ann.lines().any(|l| l.contains("speaker: Kritenbrink")),
            "{ann}"
        );
        assert!(parsed
            .iter()
            .any(|(l, t)| l == "PERSON" && t == &["Antony Blinken".to_string()]));
    }

    #[test]
    fn spans_across_lines_become_fragments_and_offsets_count_code_points() {
        let text =
            "😀 “First line,\r\nsecond line,” Blinken said. 中文 Qin Gang arrived in Beijing.";
        // The quote is added as a correction, so the test does not depend on the recognizer.
        let quoted = "“First line,\r\nsecond line,”";
        let correction = crate::corrections::Correction {
            op: crate::corrections::Op::Add,
            kind: Kind::Quote,
            start: 3,
            end: 3 + quoted.encode_utf16().count() as u32,
            text: quoted.into(),
            label: None,
            value: None,
            speaker: Some("Blinken".into()),
            scope: None,
            with: None,
        };
        let view = View {
            corrections: vec![correction],
            ..View::new(text)
        };
        let applied = annotate_view(&view).unwrap();
        assert!(applied.skipped.is_empty(), "{:?}", applied.skipped);
        let a = applied.annotations;
        let ann = brat(text, &a);
        let txt = brat_text(text);
        let parsed = check_brat(&txt, &ann);
        let q = parsed.iter().find(|(l, _)| l == "QUOTE").unwrap();
        assert_eq!(
            q.1,
            vec!["“First line,".to_string(), "second line,”".to_string()]
        );
        // In the .txt brat reads, `\r\n` is one `\n`: the second line starts at 15, not 16.
        assert!(ann.contains("QUOTE 2 14;15 28\t"), "{ann}");
        let blinken = parsed
            .iter()
            .find(|(_, t)| t == &["Blinken".to_string()])
            .expect("Blinken");
        assert_eq!(blinken.0, "PERSON");
    }

    #[test]
    fn displacy_offsets_are_python_string_indices() {
        let text = "😀😀 Antony Blinken met Qin Gang in Beijing on Sunday, June 18, 2023.";
        let view = View {
            reference_date: Some("2023-06-14".into()),
            ..View::new(text)
        };
        let a = annotate_view(&view).unwrap().annotations;
        let v: serde_json::Value = serde_json::from_str(&displacy(text, &a)).unwrap();
        assert_eq!(v["text"], text);
        assert!(v["title"].is_null());
        let ents = v["ents"].as_array().unwrap();
        assert!(!ents.is_empty());
        let mut last = 0;
        for e in ents {
            let (s, t) = (
                e["start"].as_u64().unwrap() as usize,
                e["end"].as_u64().unwrap() as usize,
            );
            assert!(s >= last && s < t);
            last = t;
            let span = a
                .spans
                .iter()
                .find(|x| *x.label == e["label"] && cp_slice(text, s, t) == x.text);
            assert!(span.is_some(), "{e}");
        }
        assert!(ents.iter().any(|e| cp_slice(
            text,
            e["start"].as_u64().unwrap() as usize,
            e["end"].as_u64().unwrap() as usize
        ) == "Antony Blinken"
            && e["start"] == 3));
    }
}
