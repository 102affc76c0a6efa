//! The promises every `newsmark/1` result keeps, written once as a checker so that the property
//! tests, the odd-text table, the fuzz targets and the wasm tests all hold results to the same
//! contract (see README.md, "One result shape"):
//!
//! - every span and speaker lies within the text, `start < end`, on UTF-16 boundaries that never
//!   split a surrogate pair, and its `text` equals that slice;
//! - spans are numbered in order and sorted by start, longer first;
//! - spans of one kind never overlap, and entities and dates never overlap each other;
//! - entity spans and entity clusters point at each other consistently, and a speaker's entity
//!   exists;
//! - a date span that ends a range (`range: {from, to}`) is one of its two ends, the other end
//!   is a date span after (or before) it that carries the same link, and no other span has one.
//! - a `speaker_name` (a speaker a reader named who is not in the text) is on a quote without a
//!   speaker mention, and is not blank.
//!
//! It costs O(text + spans), so it can run on every fuzz input.

use crate::annotations::{Annotations, Kind, Span};

/// `Ok(())` when `a` keeps every promise for `text`, else the first broken one, described.
pub fn check(text: &str, a: &Annotations) -> Result<(), String> {
    if a.schema != crate::SCHEMA {
        return Err(format!("schema is {:?}", a.schema));
    }
    let units = Utf16(text.encode_utf16().collect());
    let mut ends = Ends::default();
    for (i, s) in a.spans.iter().enumerate() {
        check_span(&units, a, i, s, &mut ends).map_err(|e| {
            format!(
                "span {i} ({:?} {} {}..{}): {e}",
                s.kind, s.label, s.start, s.end
            )
        })?;
    }
    check_entities(a)
}

/// The text as UTF-16 code units, as the offsets count.
struct Utf16(Vec<u16>);

impl Utf16 {
    fn is_low_surrogate(&self, i: u32) -> bool {
        self.0
            .get(i as usize)
            .is_some_and(|&u| (0xDC00..0xE000).contains(&u))
    }

    /// The text of `start..end`, if it is a non-empty range within the text that splits no
    /// surrogate pair.
    fn slice(&self, start: u32, end: u32) -> Result<String, String> {
        if start >= end || end as usize > self.0.len() {
            return Err(format!(
                "range {start}..{end} is empty or outside the text (length {})",
                self.0.len()
            ));
        }
        if self.is_low_surrogate(start) || self.is_low_surrogate(end) {
            return Err(format!("range {start}..{end} splits a surrogate pair"));
        }
        Ok(String::from_utf16_lossy(
            &self.0[start as usize..end as usize],
        ))
    }
}

/// Where the spans seen so far end: per kind, and entities and dates together.
#[derive(Default)]
struct Ends {
    of_kind: [u32; 3],
    entity_or_date: u32,
}

/// Span `i`: its place (id, slice, order, overlaps), then what its kind promises.
fn check_span(
    units: &Utf16,
    a: &Annotations,
    i: usize,
    s: &Span,
    ends: &mut Ends,
) -> Result<(), String> {
    if s.id as usize != i {
        return Err(format!("id {} is not its position", s.id));
    }
    if units.slice(s.start, s.end)? != s.text {
        return Err(format!("text {:?} is not the slice", s.text));
    }
    if let Some(p) = i.checked_sub(1).map(|p| &a.spans[p]) {
        if (p.start, std::cmp::Reverse(p.end)) > (s.start, std::cmp::Reverse(s.end)) {
            return Err(format!("not sorted after {}..{}", p.start, p.end));
        }
    }
    let k = s.kind as usize;
    if s.start < ends.of_kind[k] {
        return Err(format!(
            "overlaps an earlier {:?} span ending at {}",
            s.kind, ends.of_kind[k]
        ));
    }
    ends.of_kind[k] = s.end;
    if s.kind != Kind::Quote {
        if s.start < ends.entity_or_date {
            return Err("an entity and a date overlap".into());
        }
        ends.entity_or_date = s.end;
    }
    if s.kind != Kind::Entity && s.entity.is_some() {
        return Err("only entity spans point at an entity".into());
    }
    if let Some(name) = &s.speaker_name {
        if s.kind != Kind::Quote || s.speaker.is_some() || name.trim().is_empty() {
            return Err(
                "a speaker_name is only on a quote without a speaker mention, and not blank".into(),
            );
        }
    }
    if s.kind != Kind::Date && s.range.is_some() {
        return Err("only date spans end a range".into());
    }
    check_kind(units, a, s)?;
    check_range(a, s)
}

/// A range's two ends are date spans, the start before the end, that carry the same link.
fn check_range(a: &Annotations, s: &Span) -> Result<(), String> {
    let Some(r) = s.range else {
        return Ok(());
    };
    if r.from >= r.to || (s.id != r.from && s.id != r.to) {
        return Err(format!(
            "range {}..{} does not run from one end to the other, or not through it",
            r.from, r.to
        ));
    }
    let other = if s.id == r.from { r.to } else { r.from };
    match a.spans.get(other as usize) {
        Some(o) if o.kind == Kind::Date && o.range == Some(r) => Ok(()),
        _ => Err(format!(
            "the other end {other} of its range is no date span with the same link"
        )),
    }
}

/// An entity span's entity lists it under its label; a date has a TIMEX3 type; a quote's
/// speaker is a slice of the text and its entity exists.
fn check_kind(units: &Utf16, a: &Annotations, s: &Span) -> Result<(), String> {
    match s.kind {
        Kind::Entity => {
            let Some(e) = s.entity.and_then(|e| a.entities.get(e as usize)) else {
                return Err(format!("entity {:?} does not exist", s.entity));
            };
            if !e.mentions.contains(&s.id) || e.label != s.label {
                return Err(format!(
                    "entity {} does not list it or has another label",
                    e.id
                ));
            }
        }
        Kind::Date => {
            if !crate::labels::is_label_of(&s.label, Kind::Date) {
                return Err("not a TIMEX3 type".into());
            }
        }
        Kind::Quote => {
            if let Some(sp) = &s.speaker {
                if units
                    .slice(sp.start, sp.end)
                    .map_err(|e| format!("speaker: {e}"))?
                    != sp.text
                {
                    return Err(format!("speaker text {:?} is not the slice", sp.text));
                }
                if sp.entity.is_some_and(|e| e as usize >= a.entities.len()) {
                    return Err(format!("speaker entity {:?} does not exist", sp.entity));
                }
            }
        }
    }
    Ok(())
}

/// Entities are numbered in order, each with mentions in text order that point back at it.
fn check_entities(a: &Annotations) -> Result<(), String> {
    for (i, e) in a.entities.iter().enumerate() {
        if e.id as usize != i || e.mentions.is_empty() {
            return Err(format!("entity {i}: id {} or no mentions", e.id));
        }
        if !e.mentions.windows(2).all(|w| w[0] < w[1]) {
            return Err(format!("entity {i}: mentions not in text order"));
        }
        for &m in &e.mentions {
            let ok = a
                .spans
                .get(m as usize)
                .is_some_and(|s| s.kind == Kind::Entity && s.entity == Some(e.id));
            if !ok {
                return Err(format!(
                    "entity {i}: mention {m} is not one of its entity spans"
                ));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{annotate, Options};

    #[test]
    fn accepts_a_real_result_and_rejects_a_broken_one() {
        let text = "😀 Blinken met Qin Gang in Beijing on Sunday, June 18, 2023. “We agree,” Blinken said.";
        let mut a = annotate(
            text,
            &Options {
                reference_date: Some("2023-06-14".into()),
            },
        )
        .unwrap();
        assert_eq!(check(text, &a), Ok(()));
        a.spans[0].start += 1;
        assert!(check(text, &a).is_err());
    }

    #[test]
    fn a_span_inside_a_surrogate_pair_is_rejected() {
        let text = "😀a";
        let a = annotate("", &Options::default()).unwrap();
        let mut bad = a.clone();
        bad.spans.push(crate::Span {
            id: 0,
            kind: Kind::Date,
            label: "DATE".into(),
            start: 1,
            end: 3,
            text: "\u{FFFD}a".into(),
            entity: None,
            value: None,
            speaker: None,
            range: None,
            speaker_name: None,
        });
        assert!(check(text, &bad).unwrap_err().contains("surrogate"));
    }

    #[test]
    fn a_range_links_two_date_spans_both_ways() {
        let text = "It ran 10 - 22 August 2012, they said.";
        let a = annotate(
            text,
            &Options {
                reference_date: Some("2023-06-14".into()),
            },
        )
        .unwrap();
        let ends: Vec<_> = a.spans.iter().filter(|s| s.range.is_some()).collect();
        assert_eq!(ends.len(), 2, "{:?}", a.spans);
        check(text, &a).unwrap();
        let mut bad = a.clone();
        let i = ends[1].id as usize;
        bad.spans[i].range = None;
        assert!(check(text, &bad).unwrap_err().contains("other end"));
        let mut bad = a.clone();
        let r = bad.spans[i].range.as_mut().unwrap();
        std::mem::swap(&mut r.from, &mut r.to);
        assert!(check(text, &bad).is_err());
    }
}
