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

#[test]
fn relabel_with_entity_scope_changes_every_mention() {
    let text = "Yashio is near Tokyo. Officials in Yashio said Yashio would grow.";
    let a = by_hand(
        text,
        &[
            ("Yashio", 0, "PERSON", 0),
            ("Yashio", 1, "PERSON", 0),
            ("Yashio", 2, "PERSON", 0),
            ("Tokyo", 0, "PLACE", 1),
        ],
        &["Yashio", "Tokyo"],
    );
    // One mention (today's default): the entity is listed under two labels.
    let mut one = on(Op::Relabel, text, "Yashio", 1);
    one.label = Some("PLACE".into());
    let out = apply(text, a.clone(), std::slice::from_ref(&one));
    let labels: Vec<&str> = out
        .annotations
        .entities
        .iter()
        .filter(|e| e.name == "Yashio")
        .map(|e| e.label.as_ref())
        .collect();
    assert_eq!(labels, ["PERSON", "PLACE"]);
    // Every mention: one entity, a PLACE.
    let every = Correction {
        scope: Some(Scope::Entity),
        ..one
    };
    let out = apply(text, a, &[every]);
    assert!(applied(&out.statuses), "{:?}", out.statuses);
    let yashio: Vec<&Entity> = out
        .annotations
        .entities
        .iter()
        .filter(|e| e.name == "Yashio")
        .collect();
    assert_eq!(yashio.len(), 1);
    assert_eq!(
        (yashio[0].label.as_ref(), yashio[0].mentions.len()),
        ("PLACE", 3)
    );
    assert!(out
        .annotations
        .spans
        .iter()
        .filter(|s| s.text == "Yashio")
        .all(|s| s.label == "PLACE"));
    assert_invariants(text, &out.annotations);
}

#[test]
fn relabel_with_entity_scope_joins_an_entity_of_that_label_and_name() {
    let text = "Blinken met Qin. Antony Blinken left. Blinken spoke.";
    let a = by_hand(
        text,
        &[
            ("Blinken", 0, "ORG", 0),
            ("Qin", 0, "PERSON", 1),
            ("Antony Blinken", 0, "PERSON", 2),
            ("Blinken", 2, "ORG", 0),
        ],
        &["Blinken", "Qin", "Antony Blinken"],
    );
    let mut c = on(Op::Relabel, text, "Blinken", 0);
    c.label = Some("PERSON".into());
    c.scope = Some(Scope::Entity);
    let out = apply(text, a, &[c]);
    assert!(applied(&out.statuses));
    let e = entity_of(&out.annotations, "Blinken", 0);
    assert_eq!(
        (e.name.as_str(), e.label.as_ref(), e.mentions.len()),
        ("Antony Blinken", "PERSON", 3)
    );
    assert_invariants(text, &out.annotations);
}

#[test]
fn merge_joins_two_entities_under_the_fuller_name() {
    let text = "Xi Jinping arrived. “We welcome talks,” Xi said. Later Xi left with Biden.";
    let mut a = by_hand(
        text,
        &[
            ("Xi Jinping", 0, "PERSON", 0),
            ("Xi", 1, "PERSON", 1),
            ("Xi", 2, "PERSON", 1),
            ("Biden", 0, "PERSON", 2),
        ],
        &["Xi Jinping", "Xi", "Biden"],
    );
    // A quote said by the second cluster's `Xi`.
    let (qs, qe) = at(text, "“We welcome talks,”");
    let (ss, se) = nearest_occurrence(text, "Xi", qe).unwrap();
    a.spans.push(Span {
        id: 0,
        kind: Kind::Quote,
        label: "QUOTE".into(),
        start: qs,
        end: qe,
        text: "“We welcome talks,”".into(),
        entity: None,
        value: None,
        speaker: Some(crate::Speaker {
            start: ss,
            end: se,
            text: "Xi".into(),
            entity: Some(1),
        }),
        range: None,
        speaker_name: None,
    });
    a.spans.sort_by_key(|s| (s.start, std::cmp::Reverse(s.end)));
    for (i, s) in a.spans.iter_mut().enumerate() {
        s.id = i as u32;
    }
    a.entities = crate::annotations::number(&mut a.spans, 3, |c| {
        ("PERSON".into(), ["Xi Jinping", "Xi", "Biden"][c].into())
    });
    let before = a.entities.len();
    let mut merge = on(Op::Merge, text, "Xi", 2);
    let (ws, we) = at(text, "Xi Jinping");
    merge.with = Some(Anchor {
        start: ws,
        end: we,
        text: "Xi Jinping".into(),
    });
    let out = apply(text, a.clone(), std::slice::from_ref(&merge));
    assert!(applied(&out.statuses), "{:?}", out.statuses);
    let r = &out.annotations;
    assert_eq!(r.entities.len(), before - 1);
    let xi = entity_of(r, "Xi Jinping", 0);
    assert_eq!((xi.name.as_str(), xi.mentions.len()), ("Xi Jinping", 3));
    let quote = r.spans.iter().find(|s| s.kind == Kind::Quote).unwrap();
    assert_eq!(
        r.speaker_name(quote),
        Some("Xi Jinping"),
        "the speaker follows the merge"
    );
    assert_invariants(text, r);
    // The other way round: the fuller name still wins, and the label is the `with` entity's.
    let mut back = on(Op::Merge, text, "Xi Jinping", 0);
    back.with = Some(Anchor {
        start: ss,
        end: se,
        text: "Xi".into(),
    });
    let out = apply(text, a.clone(), &[back]);
    assert_eq!(entity_of(&out.annotations, "Xi", 0).name, "Xi Jinping");
    // Merging what is one entity already, or a mark that is not there: refused, with why.
    let out = apply(text, a, &[merge.clone(), merge]);
    assert!(
        matches!(&out.statuses[1], Status::Skipped { reason } if reason.contains("already one entity")),
        "{:?}",
        out.statuses
    );
}

#[test]
fn split_takes_the_mentions_written_alike_out_of_their_entity() {
    let text = "Xi Jinping arrived. Xi said so. Later Xi left.";
    let a = by_hand(
        text,
        &[
            ("Xi Jinping", 0, "PERSON", 0),
            ("Xi", 1, "PERSON", 0),
            ("Xi", 2, "PERSON", 0),
        ],
        &["Xi Jinping"],
    );
    let out = apply(text, a.clone(), &[on(Op::Split, text, "Xi", 2)]);
    assert!(applied(&out.statuses), "{:?}", out.statuses);
    let r = &out.annotations;
    assert_eq!(r.entities.len(), 2);
    assert_eq!(entity_of(r, "Xi Jinping", 0).mentions.len(), 1);
    let xi = entity_of(r, "Xi", 0);
    assert_eq!(
        (xi.name.as_str(), xi.label.as_ref(), xi.mentions.len()),
        ("Xi", "PERSON", 2)
    );
    assert_invariants(text, r);
    // Split off the full name: what stays is named by its fullest mention.
    let out = apply(text, a.clone(), &[on(Op::Split, text, "Xi Jinping", 0)]);
    assert_eq!(entity_of(&out.annotations, "Xi", 0).name, "Xi");
    assert_eq!(
        entity_of(&out.annotations, "Xi Jinping", 0).mentions.len(),
        1
    );
    // Nothing to split from: refused.
    let lone = by_hand(
        text,
        &[("Xi", 1, "PERSON", 0), ("Xi", 2, "PERSON", 0)],
        &["Xi"],
    );
    let out = apply(text, lone, &[on(Op::Split, text, "Xi", 1)]);
    assert!(
        matches!(&out.statuses[0], Status::Skipped { reason } if reason.contains("nothing to split"))
    );
    // Split then merge back: one entity again, and the split is overridden.
    let mut merge = on(Op::Merge, text, "Xi", 1);
    merge.with = Some(Anchor {
        start: 0,
        end: 10,
        text: "Xi Jinping".into(),
    });
    let out = apply(text, a, &[on(Op::Split, text, "Xi", 2), merge]);
    assert_eq!(out.annotations.entities.len(), 1);
    assert!(
        matches!(out.statuses[0], Status::Overridden { by: 1, .. }),
        "{:?}",
        out.statuses
    );
}

#[test]
fn dates_take_only_timex3_values_for_their_label() {
    let text = "The plan runs until June 2026, officials said.";
    let (s, e) = at(text, "June 2026");
    let mut add = Correction::new(Op::Add, Kind::Date, s, e, "June 2026");
    add.label = Some("DATE".into());
    add.value = Some("banana".into());
    let out = apply(text, annotated(text), std::slice::from_ref(&add));
    assert!(
        matches!(&out.statuses[0], Status::Skipped { reason } if reason.contains("\"banana\" is not a TIMEX3 value for a DATE")),
        "{:?}",
        out.statuses
    );
    add.value = Some("2026-06".into());
    // DATE → DURATION keeping 2026-06: refused, saying what to do.
    let mut relabel = Correction::new(Op::Relabel, Kind::Date, s, e, "June 2026");
    relabel.label = Some("DURATION".into());
    let out = apply(text, annotated(text), &[add.clone(), relabel.clone()]);
    assert!(
        matches!(&out.statuses[1], Status::Skipped { reason } if reason.contains("\"2026-06\" is not a TIMEX3 value for a DURATION") && reason.contains("an empty one to clear it")),
        "{:?}",
        out.statuses
    );
    // With a value of its own, or an empty one (no value): applied.
    for (value, expected) in [("P3Y", Some("P3Y")), ("", None)] {
        let c = Correction {
            value: Some(value.into()),
            ..relabel.clone()
        };
        let out = apply(text, annotated(text), &[add.clone(), c]);
        assert!(applied(&out.statuses), "{:?}", out.statuses);
        let d = out
            .annotations
            .spans
            .iter()
            .find(|x| x.text == "June 2026")
            .unwrap();
        assert_eq!(
            (d.label.as_ref(), d.value.as_deref()),
            ("DURATION", expected)
        );
    }
    // A relabel that gives only a value keeps the date's label.
    let mut value_only = Correction::new(Op::Relabel, Kind::Date, s, e, "June 2026");
    value_only.value = Some("2026-07".into());
    let time = Correction {
        label: Some("TIME".into()),
        value: Some("2026-06-01T10:00".into()),
        ..add.clone()
    };
    let out = apply(text, annotated(text), &[time, value_only]);
    let d = out
        .annotations
        .spans
        .iter()
        .find(|x| x.text == "June 2026")
        .unwrap();
    assert_eq!(
        (d.label.as_ref(), d.value.as_deref()),
        ("TIME", Some("2026-07"))
    );
}

#[test]
fn a_speaker_the_text_does_not_name_is_kept_as_a_name() {
    let text = "“We will reopen soon,” the statement read. Kritenbrink agreed.";
    let (s, e) = at(text, "“We will reopen soon,”");
    let mut c = Correction::new(Op::Add, Kind::Quote, s, e, "“We will reopen soon,”");
    c.speaker = Some("a spokesperson".into());
    let out = apply(text, annotated(text), std::slice::from_ref(&c));
    let q = out
        .annotations
        .spans
        .iter()
        .find(|x| x.kind == Kind::Quote)
        .unwrap();
    assert_eq!(
        (q.speaker.as_ref(), q.speaker_name.as_deref()),
        (None, Some("a spokesperson"))
    );
    assert_eq!(out.annotations.speaker_name(q), Some("a spokesperson"));
    assert!(
        matches!(&out.statuses[0], Status::Applied { note: Some(n) } if n.contains("kept as the speaker's name")),
        "{:?}",
        out.statuses
    );
    assert_invariants(text, &out.annotations);
    // Named in the text: linked as before, and the kept name goes.
    let named = Correction {
        op: Op::Relabel,
        speaker: Some("Kritenbrink".into()),
        ..c.clone()
    };
    let out = apply(text, annotated(text), &[c.clone(), named]);
    let q = out
        .annotations
        .spans
        .iter()
        .find(|x| x.kind == Kind::Quote)
        .unwrap();
    assert_eq!(
        (
            q.speaker.as_ref().map(|s| s.text.as_str()),
            q.speaker_name.as_deref()
        ),
        (Some("Kritenbrink"), None)
    );
    // An empty speaker: unattributed.
    let none = Correction {
        op: Op::Relabel,
        speaker: Some(" ".into()),
        ..c.clone()
    };
    let out = apply(text, annotated(text), &[c, none]);
    let q = out
        .annotations
        .spans
        .iter()
        .find(|x| x.kind == Kind::Quote)
        .unwrap();
    assert_eq!((q.speaker.as_ref(), q.speaker_name.as_ref()), (None, None));
}

#[test]
fn a_correction_a_later_one_replaced_is_overridden() {
    let text = "Yashio is near Tokyo. Officials in Osaka agreed.";
    let a = by_hand(
        text,
        &[("Yashio", 0, "ORG", 0), ("Tokyo", 0, "PLACE", 1)],
        &["Yashio", "Tokyo"],
    );
    let relabel = |label: &str| Correction {
        label: Some(label.into()),
        ..on(Op::Relabel, text, "Yashio", 0)
    };
    let add_osaka = Correction {
        label: Some("PLACE".into()),
        ..on(Op::Add, text, "Osaka", 0)
    };
    let remove_tokyo = on(Op::Remove, text, "Tokyo", 0);
    let add_tokyo = Correction {
        label: Some("PLACE".into()),
        ..on(Op::Add, text, "Tokyo", 0)
    };
    let cs = [
        relabel("PLACE"),                 // 0: replaced by 1
        relabel("MISC"),                  // 1
        add_osaka.clone(),                // 2: removed by 3
        on(Op::Remove, text, "Osaka", 0), // 3
        remove_tokyo,                     // 4: undone by 5
        add_tokyo,                        // 5
    ];
    let out = apply(text, a, &cs);
    let kinds: Vec<String> = out
        .statuses
        .iter()
        .map(|s| match s {
            Status::Overridden { by, .. } => format!("overridden by {by}"),
            Status::Applied { .. } => "applied".into(),
            other => format!("{other:?}"),
        })
        .collect();
    assert_eq!(
        kinds,
        [
            "overridden by 1",
            "applied",
            "overridden by 3",
            "applied",
            "overridden by 5",
            "applied"
        ]
    );
    match &out.statuses[0] {
        Status::Overridden { reason, .. } => {
            assert_eq!(reason, "a later relabelling of \"Yashio\" replaced it")
        }
        s => panic!("{s:?}"),
    }
    assert_invariants(text, &out.annotations);
}

#[test]
fn statuses_say_what_happened_in_json() {
    let text = "Blinken met Qin Gang in Beijing.";
    let mut moved = Correction::new(Op::Add, Kind::Entity, 0, 7, "Beijing");
    moved.label = Some("ORG".into());
    let mut inside = Correction::new(Op::Add, Kind::Entity, 8, 10, "me");
    inside.label = Some("ORG".into());
    let out = apply(text, annotated(text), &[moved, inside]);
    let json = serde_json::to_string(&out.statuses).unwrap();
    assert_eq!(
        json,
        r#"[{"status":"moved","start":24,"end":31},{"status":"skipped","reason":"\"me\" is part of a word (\"met\"): a mark covers whole words"}]"#
    );
}

#[test]
fn added_marks_cover_whole_words_as_the_core_tokenizer_cuts_them() {
    let text = "US-China talks resumed in Yashio.";
    let add = |needle: &str| {
        let (s, e) = at(text, needle);
        Correction {
            label: Some("PLACE".into()),
            ..Correction::new(Op::Add, Kind::Entity, s, e, needle)
        }
    };
    let out = apply(text, annotated(text), &[add("US"), add("ashi")]);
    assert!(
        out.statuses[0].took_effect(),
        "US in US-China is a word: {:?}",
        out.statuses
    );
    assert!(out
        .annotations
        .spans
        .iter()
        .any(|s| s.text == "US" && s.label == "PLACE"));
    assert!(
        matches!(&out.statuses[1], Status::Skipped { reason } if reason.contains("(\"Yashio\")")),
        "{:?}",
        out.statuses
    );
    assert_invariants(text, &out.annotations);
}
