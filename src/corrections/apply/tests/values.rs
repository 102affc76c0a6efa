//! Tests of what a correction carries (a date's value, a quote's speaker), of corrections that
//! later ones replace, of the statuses' JSON and of where an added mark's ends fall.

use super::*;

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
