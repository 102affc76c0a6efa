//! The promises every `newsmark/1` result keeps, written once as a checker so that the property
//! tests, the odd-text table, the fuzz targets and the wasm tests all hold results to the same
//! contract (see README.md, "One result shape"):
//!
//! - every span and speaker lies within the text, `start < end`, on UTF-16 boundaries that never
//!   split a surrogate pair, and its `text` equals that slice;
//! - spans are numbered in order and sorted by start, longer first;
//! - spans of one kind never overlap, and entities and dates never overlap each other;
//! - entity spans and entity clusters point at each other consistently, and a speaker's entity
//!   exists.
//!
//! It costs O(text + spans), so it can run on every fuzz input.

use crate::annotations::{Annotations, Kind};

/// `Ok(())` when `a` keeps every promise for `text`, else the first broken one, described.
pub fn check(text: &str, a: &Annotations) -> Result<(), String> {
    let units: Vec<u16> = text.encode_utf16().collect();
    let is_low_surrogate = |i: u32| {
        units
            .get(i as usize)
            .is_some_and(|&u| (0xDC00..0xE000).contains(&u))
    };
    let slice = |start: u32, end: u32| -> Result<String, String> {
        if start >= end || end as usize > units.len() {
            return Err(format!(
                "range {start}..{end} is empty or outside the text (length {})",
                units.len()
            ));
        }
        if is_low_surrogate(start) || is_low_surrogate(end) {
            return Err(format!("range {start}..{end} splits a surrogate pair"));
        }
        Ok(String::from_utf16_lossy(
            &units[start as usize..end as usize],
        ))
    };

    if a.schema != crate::SCHEMA {
        return Err(format!("schema is {:?}", a.schema));
    }
    let mut last_end = [0u32; 3];
    let mut last_entity_or_date_end = 0u32;
    for (i, s) in a.spans.iter().enumerate() {
        let at = format!("span {i} ({:?} {} {}..{})", s.kind, s.label, s.start, s.end);
        if s.id as usize != i {
            return Err(format!("{at}: id {} is not its position", s.id));
        }
        if slice(s.start, s.end).map_err(|e| format!("{at}: {e}"))? != s.text {
            return Err(format!("{at}: text {:?} is not the slice", s.text));
        }
        if let Some(p) = i.checked_sub(1).map(|p| &a.spans[p]) {
            if (p.start, std::cmp::Reverse(p.end)) > (s.start, std::cmp::Reverse(s.end)) {
                return Err(format!("{at}: not sorted after {}..{}", p.start, p.end));
            }
        }
        let k = s.kind as usize;
        if s.start < last_end[k] {
            return Err(format!(
                "{at}: overlaps an earlier {:?} span ending at {}",
                s.kind, last_end[k]
            ));
        }
        last_end[k] = s.end;
        if s.kind != Kind::Quote {
            if s.start < last_entity_or_date_end {
                return Err(format!("{at}: an entity and a date overlap"));
            }
            last_entity_or_date_end = s.end;
        }
        if s.kind != Kind::Entity && s.entity.is_some() {
            return Err(format!("{at}: only entity spans point at an entity"));
        }
        match s.kind {
            Kind::Entity => {
                let Some(e) = s.entity.and_then(|e| a.entities.get(e as usize)) else {
                    return Err(format!("{at}: entity {:?} does not exist", s.entity));
                };
                if !e.mentions.contains(&s.id) || e.label != s.label {
                    return Err(format!(
                        "{at}: entity {} does not list it or has another label",
                        e.id
                    ));
                }
            }
            Kind::Date => {
                if !crate::labels::is_label_of(&s.label, Kind::Date) {
                    return Err(format!("{at}: not a TIMEX3 type"));
                }
            }
            Kind::Quote => {
                if let Some(sp) = &s.speaker {
                    if slice(sp.start, sp.end).map_err(|e| format!("{at}: speaker: {e}"))?
                        != sp.text
                    {
                        return Err(format!("{at}: speaker text {:?} is not the slice", sp.text));
                    }
                    if sp.entity.is_some_and(|e| e as usize >= a.entities.len()) {
                        return Err(format!(
                            "{at}: speaker entity {:?} does not exist",
                            sp.entity
                        ));
                    }
                }
            }
        }
    }
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
        });
        assert!(check(text, &bad).unwrap_err().contains("surrogate"));
    }
}
