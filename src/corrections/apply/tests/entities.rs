//! Tests of entity-level corrections: relabelling every mention, merging and splitting entities.

use super::*;

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
