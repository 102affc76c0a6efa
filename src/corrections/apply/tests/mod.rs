//! Tests of `apply`: each correction kind, its statuses, and what a reader sees after it.

use crate::annotations::Kind;
use crate::corrections::tests::{
    annotated, assert_invariants, at, correction, nearest_occurrence, TEXT,
};
use crate::corrections::{apply, Anchor, Correction, Op, Scope, Status};
use crate::{Annotations, Entity, Span};

#[test]
fn remove_takes_out_one_mark_and_empty_clusters() {
    let a = annotated(TEXT);
    // Whatever the recognizer finds: remove every mention of the first entity.
    let first = a
        .spans
        .iter()
        .find(|s| s.kind == Kind::Entity)
        .expect("an entity is found");
    let cluster = &a.entities[first.entity.unwrap() as usize];
    let removals: Vec<Correction> = cluster
        .mentions
        .iter()
        .map(|&m| &a.spans[m as usize])
        .map(|s| Correction {
            op: Op::Remove,
            kind: Kind::Entity,
            start: s.start,
            end: s.end,
            text: s.text.clone(),
            label: None,
            value: None,
            speaker: None,
            scope: None,
            with: None,
        })
        .collect();
    let out = apply(TEXT, a.clone(), &removals);
    assert!(out.skipped.is_empty());
    assert_eq!(out.annotations.spans.len(), a.spans.len() - removals.len());
    assert_eq!(out.annotations.entities.len(), a.entities.len() - 1);
    assert!(!out
        .annotations
        .entities
        .iter()
        .any(|e| e.name == cluster.name && e.label == cluster.label));
    assert_invariants(TEXT, &out.annotations);
    // Removing it again: nothing left to remove, reported.
    let again = apply(TEXT, out.annotations.clone(), &removals[..1]);
    assert_eq!(again.skipped.len(), 1);
    assert_eq!(again.annotations, out.annotations);
}

#[test]
fn relabel_moves_a_mention_to_a_cluster_of_its_new_label() {
    let a = annotated(TEXT);
    let out = apply(
        TEXT,
        a,
        &[correction(
            Op::Relabel,
            Kind::Entity,
            TEXT,
            "Beijing",
            Some("ORG"),
        )],
    );
    assert!(out.skipped.is_empty(), "{:?}", out.skipped);
    let s = out
        .annotations
        .spans
        .iter()
        .find(|s| s.text == "Beijing")
        .unwrap();
    assert_eq!(s.label, "ORG");
    assert_eq!(
        out.annotations.entities[s.entity.unwrap() as usize].label,
        "ORG"
    );
    assert_invariants(TEXT, &out.annotations);
}

#[test]
fn add_replaces_overlapping_marks_of_its_kind_and_joins_clusters() {
    let a = annotated(TEXT);
    let out = apply(
        TEXT,
        a,
        &[
            correction(Op::Add, Kind::Entity, TEXT, "Qin", Some("PERSON")),
            correction(Op::Add, Kind::Entity, TEXT, "Blinken met", Some("ORG")),
        ],
    );
    assert!(out.skipped.is_empty(), "{:?}", out.skipped);
    let spans = &out.annotations.spans;
    assert!(spans.iter().any(|s| s.text == "Qin" && s.label == "PERSON"));
    assert!(
        !spans.iter().any(|s| s.text == "Qin Gang"),
        "the longer mark it overlaps is replaced"
    );
    assert!(!spans.iter().any(|s| s.text == "Antony Blinken"));
    assert_invariants(TEXT, &out.annotations);
    // A later mention of an existing name joins its cluster.
    let text = "Antony Blinken arrived. Later Blinken spoke.";
    let a = annotated(text);
    let (start, end) = nearest_occurrence(text, "Blinken", 30).unwrap();
    let c = Correction {
        op: Op::Add,
        kind: Kind::Entity,
        start,
        end,
        text: "Blinken".into(),
        label: Some("PERSON".into()),
        value: None,
        speaker: None,
        scope: None,
        with: None,
    };
    let out = apply(
        text,
        a,
        &[
            Correction {
                op: Op::Remove,
                ..c.clone()
            },
            c,
        ],
    );
    let blinken = out
        .annotations
        .entities
        .iter()
        .find(|e| e.name == "Antony Blinken")
        .expect("the cluster");
    assert_eq!(blinken.mentions.len(), 2, "{:?}", out.annotations);
    assert_invariants(text, &out.annotations);
}

#[test]
fn added_dates_keep_their_value_and_quotes_their_speaker() {
    let text = "Officials said the meeting is on Tuesday. Some wanted it sooner, Kritenbrink said.";
    let a = annotated(text);
    let mut date = correction(Op::Add, Kind::Date, text, "the meeting", Some("DATE"));
    date.value = Some("2023-06-20".into());
    let mut quote = correction(Op::Add, Kind::Quote, text, "Some wanted it sooner", None);
    quote.speaker = Some("Kritenbrink".into());
    let out = apply(text, a, &[date, quote]);
    assert!(out.skipped.is_empty(), "{:?}", out.skipped);
    let d = out
        .annotations
        .spans
        .iter()
        .find(|s| s.text == "the meeting")
        .unwrap();
    assert_eq!(d.value.as_deref(), Some("2023-06-20"));
    let q = out
        .annotations
        .spans
        .iter()
        .find(|s| s.kind == Kind::Quote)
        .unwrap();
    assert_eq!(q.label, "QUOTE");
    assert_eq!(
        q.speaker.as_ref().map(|s| s.text.as_str()),
        Some("Kritenbrink")
    );
    assert_invariants(text, &out.annotations);
}

#[test]
fn relabel_edits_a_date_value_and_a_quote_speaker() {
    let text = "Officials met on Tuesday. Some wanted it sooner, Kritenbrink said. Blinken agreed.";
    // Whatever the machine found, add the marks first, then edit them with relabel.
    let mut date = correction(Op::Add, Kind::Date, text, "Tuesday", Some("DATE"));
    date.value = Some("2023-06-20".into());
    let mut quote = correction(Op::Add, Kind::Quote, text, "Some wanted it sooner", None);
    quote.speaker = Some("Kritenbrink".into());
    let mut new_value = correction(Op::Relabel, Kind::Date, text, "Tuesday", Some("DATE"));
    new_value.value = Some("2023-06-13".into());
    let mut new_speaker = correction(
        Op::Relabel,
        Kind::Quote,
        text,
        "Some wanted it sooner",
        None,
    );
    new_speaker.speaker = Some("Blinken".into());
    let out = apply(
        text,
        annotated(text),
        &[date, quote, new_value, new_speaker],
    );
    assert!(out.skipped.is_empty(), "{:?}", out.skipped);
    let d = out
        .annotations
        .spans
        .iter()
        .find(|s| s.text == "Tuesday")
        .unwrap();
    assert_eq!(
        (d.label.as_ref(), d.value.as_deref()),
        ("DATE", Some("2023-06-13"))
    );
    let q = out
        .annotations
        .spans
        .iter()
        .find(|s| s.kind == Kind::Quote)
        .unwrap();
    let sp = q.speaker.as_ref().unwrap();
    assert_eq!(sp.text, "Blinken");
    assert_eq!((sp.start, sp.end), at(text, "Blinken"));
    assert_invariants(text, &out.annotations);
}

#[test]
fn offsets_that_split_a_surrogate_pair_are_re_anchored_or_skipped() {
    let text = "😀 Blinken 😀 Blinken";
    let a = annotated(text);
    let c = Correction {
        op: Op::Add,
        kind: Kind::Entity,
        start: 1,
        end: 8,
        text: "Blinken".into(),
        label: Some("PERSON".into()),
        value: None,
        speaker: None,
        scope: None,
        with: None,
    };
    let out = apply(text, a, &[c]);
    assert!(out.skipped.is_empty());
    assert!(out
        .annotations
        .spans
        .iter()
        .any(|s| s.start == 3 && s.end == 10 && s.label == "PERSON"));
    assert_invariants(text, &out.annotations);
}

/// Corrections whose offsets are all wrong (each must be searched for) and that add quotes
/// with speakers: each costs a bounded window, so ten times the text and the corrections
/// take about ten times as long (quadratic work would take a hundred times).
fn corrections_for(n: u32) -> Vec<Correction> {
    (0..n)
        .map(|i| Correction {
            op: if i % 2 == 0 { Op::Add } else { Op::Remove },
            kind: if i % 3 == 0 {
                Kind::Quote
            } else {
                Kind::Entity
            },
            start: i * 125 + 1,
            end: i * 125 + 8,
            text: if i % 3 == 0 {
                "“We agree,”".into()
            } else {
                "Qin Gang".into()
            },
            label: Some(if i % 3 == 0 { "QUOTE" } else { "ORG" }.into()),
            value: None,
            speaker: Some("Kritenbrink".into()),
            scope: None,
            with: None,
        })
        .collect()
}

#[test]
fn many_corrections_on_a_long_text_cost_no_more_than_a_window_each() {
    let sentence = "Blinken met Qin Gang in Beijing. “We agree,” Kritenbrink said. ";
    let make = |n: usize| sentence.repeat(n);
    crate::test_support::assert_linear("corrections", 400, make, |text| {
        let a = annotated(text);
        let n = (text.len() / sentence.len()) as u32 / 2;
        let out = apply(text, a, &corrections_for(n));
        assert_invariants(text, &out.annotations);
        assert!(out
            .annotations
            .spans
            .iter()
            .any(|s| s.kind == Kind::Entity && s.label == "ORG" && s.text == "Qin Gang"));
    });
}

#[test]
fn absurd_offsets_from_outside_neither_panic_nor_apply_wrongly() {
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
    let out = apply("Blinken", annotated("Blinken"), &[c]);
    assert!(out
        .annotations
        .spans
        .iter()
        .any(|s| (s.start, s.end, s.label.as_ref()) == (0, 7, "PERSON")));
}

/// Issue 19: corrections renumber the marks; a range's link follows its two ends, and is
/// dropped from both when one end goes.
#[test]
fn range_links_survive_renumbering_or_go_with_an_end() {
    let text = "Talks ran 10 - 22 August 2012 in Geneva with Blinken.";
    let a = annotated(text);
    let linked = |a: &crate::Annotations| {
        a.spans
            .iter()
            .filter_map(|s| s.range.map(|r| (s.text.clone(), r)))
            .collect::<Vec<_>>()
    };
    assert_eq!(linked(&a).len(), 2, "{:?}", a.spans);
    // An entity added before the range moves both ends; the link follows.
    let add_before = correction(Op::Add, Kind::Entity, text, "Talks", Some("ORG"));
    let out = apply(text, a.clone(), &[add_before]);
    assert_invariants(text, &out.annotations);
    let l = linked(&out.annotations);
    assert_eq!(l.len(), 2);
    assert_eq!(out.annotations.spans[l[0].1.from as usize].text, "10");
    assert_eq!(
        out.annotations.spans[l[0].1.to as usize].text,
        "22 August 2012"
    );
    // A relabelled end keeps it.
    let relabel = correction(Op::Relabel, Kind::Date, text, "10", Some("DATE"));
    let out = apply(text, a.clone(), &[relabel]);
    assert_eq!(linked(&out.annotations).len(), 2);
    // One end removed, or replaced by an added mark: the other end loses the link.
    let remove = correction(Op::Remove, Kind::Date, text, "10", None);
    let out = apply(text, a.clone(), &[remove]);
    assert_invariants(text, &out.annotations);
    assert!(linked(&out.annotations).is_empty());
    let replace = correction(Op::Add, Kind::Date, text, "22 August", Some("DATE"));
    let out = apply(text, a, &[replace]);
    assert_invariants(text, &out.annotations);
    assert!(linked(&out.annotations).is_empty());
}

/// Annotations made by hand, so a test does not depend on what the recognizers find: each
/// mark is (needle, which occurrence, label, cluster); clusters are named by `names`.
fn by_hand(text: &str, marks: &[(&str, usize, &str, u32)], names: &[&str]) -> Annotations {
    let mut spans: Vec<Span> = marks
        .iter()
        .map(|&(needle, nth, label, cluster)| {
            let byte = text.match_indices(needle).nth(nth).expect("the needle").0;
            let start = text[..byte].encode_utf16().count() as u32;
            Span {
                id: 0,
                kind: Kind::Entity,
                label: label.to_string().into(),
                start,
                end: start + needle.encode_utf16().count() as u32,
                text: needle.into(),
                entity: Some(cluster),
                value: None,
                speaker: None,
                range: None,
                speaker_name: None,
            }
        })
        .collect();
    spans.sort_by_key(|s| s.start);
    let labels: Vec<std::borrow::Cow<'static, str>> = (0..names.len())
        .map(|c| {
            spans
                .iter()
                .find(|s| s.entity == Some(c as u32))
                .unwrap()
                .label
                .clone()
        })
        .collect();
    let entities = crate::annotations::number(&mut spans, names.len(), |c| {
        (labels[c].clone(), names[c].to_string())
    });
    let a = Annotations {
        schema: crate::SCHEMA.into(),
        newsmark: crate::version().into(),
        model: crate::model_version().into(),
        reference_date: None,
        reference_time: None,
        reference_source: None,
        spans,
        entities,
    };
    assert_invariants(text, &a);
    a
}

/// A correction on the `nth` occurrence of `needle`.
fn on(op: Op, text: &str, needle: &str, nth: usize) -> Correction {
    let byte = text.match_indices(needle).nth(nth).expect("the needle").0;
    let start = text[..byte].encode_utf16().count() as u32;
    Correction::new(
        op,
        Kind::Entity,
        start,
        start + needle.encode_utf16().count() as u32,
        needle,
    )
}

fn entity_of<'a>(a: &'a Annotations, text: &str, nth: usize) -> &'a Entity {
    let s = a
        .spans
        .iter()
        .filter(|s| s.text == text)
        .nth(nth)
        .expect("the mention");
    &a.entities[s.entity.unwrap() as usize]
}

fn applied(statuses: &[Status]) -> bool {
    statuses.iter().all(Status::took_effect)
}

mod entities;
mod values;
