//! Checks shared by the Node and the Chrome runs of the exported wasm API.

use js_sys::{JsString, Reflect};
use newsmark::Annotations;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

fn options(reference_date: &str) -> JsValue {
    let o = js_sys::Object::new();
    Reflect::set(&o, &"referenceDate".into(), &reference_date.into()).unwrap();
    o.into()
}

fn annotate(text: &str, opts: JsValue) -> Annotations {
    let v = newsmark::wasm::annotate(&JsString::from(text), opts)
        .unwrap_or_else(|_| panic!("annotate failed on {text:?}"));
    serde_wasm_bindgen::from_value(v).expect("a newsmark/1 object")
}

#[wasm_bindgen_test]
fn offsets_are_js_string_indices_with_emoji_and_accents() {
    let text =
        "😀 Café owner José Álvarez met Antony Blinken in Beijing on Sunday, June 18, 2023. 👍🏽";
    let a = annotate(text, options("2023-06-14"));
    let js = JsString::from(text);
    assert!(!a.spans.is_empty());
    for s in &a.spans {
        let slice: String = js.substring(s.start, s.end).into();
        assert_eq!(slice, s.text, "span {s:?}");
    }
    let date = a
        .spans
        .iter()
        .find(|s| s.text == "Sunday, June 18, 2023")
        .expect("the date is found");
    assert_eq!(date.value.as_deref(), Some("2023-06-18"));
    assert_eq!(
        date.start,
        text.encode_utf16().count() as u32
            - text[text.find("Sunday").unwrap()..].encode_utf16().count() as u32
    );
}

#[wasm_bindgen_test]
fn bad_reference_date_is_a_js_error_with_a_message() {
    let err = newsmark::wasm::annotate(&JsString::from("Sunday"), options("2023-13-40"))
        .err()
        .expect("an error");
    let err: JsValue = err.into();
    let msg = Reflect::get(&err, &"message".into())
        .unwrap()
        .as_string()
        .unwrap();
    assert!(msg.contains("2023-13-40"), "{msg}");
    assert!(err.is_instance_of::<js_sys::Error>());
}

/// Issue 19: a reference time, in `referenceTime` or in `referenceDate` itself, resolves
/// clock-relative times and is said in the result; a bad one is an `Error` with a message.
#[wasm_bindgen_test]
fn a_reference_time_is_taken_apart_or_with_the_date() {
    let text = "The bus leaves in ten minutes.";
    let o = js_sys::Object::new();
    Reflect::set(&o, &"referenceDate".into(), &"2023-06-14".into()).unwrap();
    Reflect::set(&o, &"referenceTime".into(), &"09:30".into()).unwrap();
    for opts in [o.into(), options("2023-06-14T09:30")] {
        let a = annotate(text, opts);
        assert_eq!(a.reference_time.as_deref(), Some("09:30"));
        assert_eq!(a.reference_source.as_deref(), Some("caller"));
        let soon = a.spans.iter().find(|s| s.text == "ten minutes").unwrap();
        assert_eq!(soon.value.as_deref(), Some("2023-06-14T09:40"));
    }
    let o = js_sys::Object::new();
    Reflect::set(&o, &"referenceTime".into(), &"09:30".into()).unwrap();
    let err: JsValue = newsmark::wasm::annotate(&JsString::from(text), o.into())
        .err()
        .unwrap()
        .into();
    let msg = Reflect::get(&err, &"message".into())
        .unwrap()
        .as_string()
        .unwrap();
    assert!(msg.contains("reference time"), "{msg}");
}

/// `annotate` builds its objects in JS from the caller's string: they must be exactly what
/// JSON.parse made of the result's JSON (same properties, same order, same values).
#[wasm_bindgen_test]
fn annotate_objects_are_the_results_json() {
    let article = include_str!("../fixtures/blinken-china-trip.txt");
    let texts = [
        article.to_string(),
        String::new(),
        "“We agree,” Blinken said on Sunday. \"No,\" said a spokesman.\n\tQin\u{0}\u{1b} é 😀 \u{2028}"
            .to_string(),
        "😀 Café owner José Álvarez met Antony Blinken in Beijing on Sunday, June 18, 2023. 👍🏽"
            .to_string(),
        // Issue 19: ranges (`range: {from, to}`), a reference time, a web timestamp.
        "Talks ran 10 - 22 August 2012 in Geneva; the bus leaves in ten minutes, 3:30-4:30pm."
            .to_string(),
        "Published 28 July 2026, 08:52 BST\nThe vote is due in two hours, between 1985 and 1987."
            .to_string(),
    ];
    for (text, reference) in texts.iter().flat_map(|t| {
        [
            (t, None),
            (t, Some("2023-06-14")),
            (t, Some("2023-06-14T09:30")),
        ]
    }) {
        let opts = reference.map_or(JsValue::UNDEFINED, options);
        let v = newsmark::wasm::annotate(&JsString::from(text.as_str()), opts).unwrap();
        let want = newsmark::annotate(
            text,
            &newsmark::Options {
                reference_date: reference.map(Into::into),
            },
        )
        .unwrap()
        .to_json();
        let got: String = js_sys::JSON::stringify(&v).unwrap().into();
        assert!(got == want, "{:?}…: {got}", &text[..text.len().min(40)]);
    }
    // A lone surrogate reaches the core as U+FFFD: the span texts are the core's.
    let mut units: Vec<u16> = "“It is ".encode_utf16().collect();
    units.push(0xD800);
    units.extend("fine,” Blinken said.".encode_utf16());
    let js = JsString::from_char_code(&units);
    let v = newsmark::wasm::annotate(&js, JsValue::UNDEFINED).unwrap();
    let lossy = String::from_utf16_lossy(&units);
    let want = newsmark::annotate(&lossy, &newsmark::Options::default())
        .unwrap()
        .to_json();
    assert!(want.contains('\u{FFFD}'), "{want}");
    let got: String = js_sys::JSON::stringify(&v).unwrap().into();
    assert!(got == want, "{got}");
}

#[wasm_bindgen_test]
fn options_are_read_as_before() {
    let text = "Blinken will travel to China on Sunday.";
    let sunday = |a: &Annotations| {
        a.spans
            .iter()
            .find(|s| s.text == "Sunday")
            .and_then(|s| s.value.clone())
    };
    let null_date = js_sys::Object::new();
    Reflect::set(&null_date, &"referenceDate".into(), &JsValue::NULL).unwrap();
    assert_eq!(
        sunday(&annotate(text, null_date.into())),
        Some("XXXX-WXX-7".into())
    );
    assert_eq!(
        sunday(&annotate(text, js_sys::Object::new().into())),
        Some("XXXX-WXX-7".into())
    );
    assert_eq!(
        sunday(&annotate(text, options("2023-06-14"))),
        Some("2023-06-18".into())
    );
    let map = js_sys::Map::new();
    map.set(&"referenceDate".into(), &"2023-06-14".into());
    // A Map's entries are not an object's properties.
    assert_eq!(
        sunday(&annotate(text, map.into())),
        Some("XXXX-WXX-7".into())
    );
    let number = js_sys::Object::new();
    Reflect::set(&number, &"referenceDate".into(), &JsValue::from(7)).unwrap();
    let number_time = js_sys::Object::new();
    Reflect::set(&number_time, &"referenceDate".into(), &"2023-06-14".into()).unwrap();
    Reflect::set(&number_time, &"referenceTime".into(), &JsValue::from(9)).unwrap();
    for bad in [
        number.into(),
        number_time.into(),
        JsValue::from(3),
        JsValue::from_str("2023-06-14"),
    ] {
        let err: JsValue = newsmark::wasm::annotate(&JsString::from(text), bad)
            .err()
            .expect("an error")
            .into();
        let msg = Reflect::get(&err, &"message".into())
            .unwrap()
            .as_string()
            .unwrap();
        assert!(msg.starts_with("invalid options"), "{msg}");
    }
}

#[wasm_bindgen_test]
fn options_may_be_omitted() {
    let a = annotate("Blinken will travel to China.", JsValue::UNDEFINED);
    assert_eq!(a.schema, "newsmark/1");
    assert_eq!(a.reference_date, None);
    assert!(!newsmark::wasm::version().is_empty());
}

// ---- Shared views (share links, corrections, exports) ----

fn js_view(text: &str) -> JsValue {
    let v = newsmark::view::View {
        text: text.to_string(),
        reference_date: Some("2023-06-14".into()),
        hidden: vec!["NORP".into()],
        corrections: vec![newsmark::corrections::Correction {
            op: newsmark::corrections::Op::Add,
            kind: newsmark::Kind::Entity,
            start: 3,
            end: 10,
            text: "Blinken".into(),
            label: Some("ORG".into()),
            value: None,
            speaker: None,
            scope: None,
            with: None,
        }],
        ..Default::default()
    };
    serde::Serialize::serialize(&v, &serde_wasm_bindgen::Serializer::json_compatible()).unwrap()
}

fn error_message(err: wasm_bindgen::JsError) -> String {
    let err: JsValue = err.into();
    assert!(err.is_instance_of::<js_sys::Error>());
    Reflect::get(&err, &"message".into())
        .unwrap()
        .as_string()
        .unwrap()
}

#[wasm_bindgen_test]
fn share_links_round_trip_through_js() {
    let text = "😀 Blinken met Qin Gang in Beijing. 中文 שלום\r\nend\0";
    let link = newsmark::wasm::encode_share(js_view(text)).expect("encodes");
    assert!(link.starts_with("nm1."), "{link}");
    let back =
        newsmark::wasm::decode_share(&format!("https://example.org/#{link}")).expect("decodes");
    let back: newsmark::view::View = serde_wasm_bindgen::from_value(back).unwrap();
    let mut original: newsmark::view::View = serde_wasm_bindgen::from_value(js_view(text)).unwrap();
    // The link says which newsmark wrote it, and the marks it showed.
    assert_eq!(back.newsmark.as_deref(), Some(newsmark::version()));
    assert!(back.marks.is_some());
    original.newsmark = back.newsmark.clone();
    original.marks = back.marks.clone();
    assert_eq!(back, original);
    // The corrected view: Blinken relabelled ORG at UTF-16 offsets 3..10.
    let a: Annotations =
        serde_wasm_bindgen::from_value(newsmark::wasm::annotate_view(js_view(text)).unwrap())
            .unwrap();
    let b = a
        .spans
        .iter()
        .find(|s| s.start == 3 && s.end == 10)
        .expect("the corrected mark");
    assert_eq!((b.text.as_str(), b.label.as_ref()), ("Blinken", "ORG"));
    assert!(newsmark::wasm::share_link_max() >= 3000);
}

#[wasm_bindgen_test]
fn bad_share_links_throw_errors_that_say_why() {
    let link = newsmark::wasm::encode_share(js_view("Blinken met Qin Gang in Beijing on Sunday."))
        .unwrap();
    let cases = [
        ("".to_string(), "empty"),
        ("#top".to_string(), "not a newsmark"),
        (link.replacen("nm1.", "nm2.", 1), "newer newsmark (v2)"),
        (link[..link.len() / 2].to_string(), "truncated"),
        (format!("{}*{}", &link[..10], &link[10..]), "damaged"),
    ];
    for (fragment, expected) in cases {
        let msg = error_message(
            newsmark::wasm::decode_share(&fragment)
                .err()
                .expect("an error"),
        );
        assert!(msg.contains(expected), "{fragment:?}: {msg}");
    }
}

#[wasm_bindgen_test]
fn exports_and_reanchoring_work_through_js() {
    let html =
        newsmark::wasm::export_view(js_view("😀 Blinken <img src=x onerror=alert(1)>"), "html")
            .unwrap();
    assert!(!html.contains("<script") && !html.contains("<img"));
    let ann = newsmark::wasm::export_view(js_view("😀 Blinken met Qin Gang."), "brat").unwrap();
    assert!(ann.contains("ORG 2 9\tBlinken"), "{ann}");
    let msg = error_message(
        newsmark::wasm::export_view(js_view("x"), "pdf")
            .err()
            .unwrap(),
    );
    assert!(msg.contains("pdf"), "{msg}");
    let txt = newsmark::wasm::export_view(js_view("a\r\nb"), "brat-txt").unwrap();
    assert_eq!(txt, "a\nb");
    // A view over the limits is refused with a message, not processed.
    let many_hidden = js_view("x");
    let hidden = js_sys::Array::new();
    for i in 0..100 {
        hidden.push(&format!("L{i}").into());
    }
    Reflect::set(&many_hidden, &"hidden".into(), &hidden).unwrap();
    let msg = error_message(newsmark::wasm::annotate_view(many_hidden).err().unwrap());
    assert!(
        msg.contains("too large") && msg.contains("100 hidden labels"),
        "{msg}"
    );
    let corrections = Reflect::get(&js_view("x"), &"corrections".into()).unwrap();
    let moved = newsmark::wasm::reanchor_corrections(corrections, "😀 Blinken", "Hello 😀 Blinken")
        .unwrap();
    let kept = Reflect::get(&moved, &"kept".into()).unwrap();
    let first = Reflect::get(&kept, &0.into()).unwrap();
    assert_eq!(
        Reflect::get(&first, &"start".into()).unwrap().as_f64(),
        Some(9.0)
    );
}

/// A JS string may hold lone surrogates (a string cut inside an emoji, text from a broken
/// source). Crossing into wasm, each becomes U+FFFD — one UTF-16 unit, like the surrogate it
/// replaces — so every offset still indexes the original JS string.
#[wasm_bindgen_test]
fn lone_surrogates_from_js_keep_offsets_aligned() {
    let lone_high = JsString::from_char_code1(0xD83D);
    let lone_low = JsString::from_char_code1(0xDE00);
    let js = JsString::from("Blinken ")
        .concat(&lone_high)
        .concat(&JsString::from(" met Qin "))
        .concat(&lone_low)
        .concat(&lone_high)
        .concat(&JsString::from(
            " on Sunday, June 18, 2023. “Yes,” he said ☃",
        ))
        .concat(&lone_low);
    assert!(!js.is_valid_utf16());
    let text: String = js.as_string().expect("a string crosses into wasm");
    assert_eq!(
        text.encode_utf16().count() as u32,
        js.length(),
        "same length in UTF-16 units"
    );
    assert_eq!(text.matches('\u{FFFD}').count(), 4);

    let a = annotate(&text, options("2023-06-14"));
    newsmark::invariants::check(&text, &a).unwrap();
    let date = a
        .spans
        .iter()
        .find(|s| s.text.contains("June 18, 2023"))
        .expect("the date is found");
    assert_eq!(date.start as i32, js.index_of(&date.text, 0));
    for s in a.spans.iter().filter(|s| !s.text.contains('\u{FFFD}')) {
        let slice: String = js.substring(s.start, s.end).into();
        assert_eq!(slice, s.text, "span {s:?} indexes the JS string");
    }
}

#[wasm_bindgen_test]
fn results_are_the_objects_a_field_by_field_conversion_makes() {
    // annotate() hands its result over as JSON text parsed by the engine; the objects must be
    // exactly those serde-wasm-bindgen would build field by field (nulls, numbers, key order).
    let text = "“We will not wait,” said Anna Smith, the mayor of Springfield, on Monday. She met John Doe 😀 in Paris last week.";
    let v = newsmark::wasm::annotate(&JsString::from(text), options("2023-06-14"))
        .unwrap_or_else(|_| panic!("annotate failed"));
    let native = newsmark::annotate(
        text,
        &newsmark::Options {
            reference_date: Some("2023-06-14".into()),
        },
    )
    .unwrap();
    let direct =
        serde::Serialize::serialize(&native, &serde_wasm_bindgen::Serializer::json_compatible())
            .unwrap();
    let s = |v: &JsValue| String::from(js_sys::JSON::stringify(v).unwrap());
    assert!(
        native.spans.iter().any(|s| s.kind == newsmark::Kind::Quote)
            && native.spans.iter().any(|s| s.kind == newsmark::Kind::Date)
    );
    assert_eq!(s(&v), s(&direct));
}

/// The wasm's allocator hands a call's freed memory to the next call (`src/arena.rs`), and a
/// long text's blocks go past its region to the system allocator: a result must not depend on
/// what was annotated before it, nor on where its memory came from.
#[wasm_bindgen_test]
fn results_do_not_depend_on_earlier_calls() {
    let article = include_str!("../fixtures/blinken-china-trip.txt");
    let texts = [
        article.to_string(),
        "Hello.".to_string(),
        "“We will not wait,” said Anna Smith in Paris on Monday.".to_string(),
        article.repeat(80),
        "WASHINGTON 2023-06-14\nSmith met Jones at the United Nations last week.".to_string(),
    ];
    let json = |t: &str| {
        let v = newsmark::wasm::annotate(&JsString::from(t), options("2023-06-14")).unwrap();
        String::from(js_sys::JSON::stringify(&v).unwrap())
    };
    let first: Vec<String> = texts.iter().map(|t| json(t)).collect();
    for i in (0..texts.len()).rev().chain(0..texts.len()) {
        assert_eq!(json(&texts[i]), first[i], "text {i}");
    }
}

#[wasm_bindgen_test]
fn the_label_vocabulary_reaches_js_in_display_order() {
    let labels: Vec<serde_json::Value> =
        serde_wasm_bindgen::from_value(newsmark::wasm::labels().unwrap()).unwrap();
    let names: Vec<&str> = labels.iter().map(|l| l["name"].as_str().unwrap()).collect();
    assert_eq!(names[..3], ["PERSON", "ORG", "PLACE"]);
    assert!(names.contains(&"QUOTE"));
    let duration = &labels[names.iter().position(|n| *n == "DURATION").unwrap()];
    assert_eq!(duration["kind"], "date");
    assert!(!duration["colour"].as_str().unwrap().is_empty());
}

// ---- Issue 18: statuses, checks, snapping, version, files ----

fn js<T: serde::Serialize>(v: &T) -> JsValue {
    serde::Serialize::serialize(v, &serde_wasm_bindgen::Serializer::json_compatible()).unwrap()
}

fn json_of(v: &JsValue) -> serde_json::Value {
    serde_json::from_str(&String::from(js_sys::JSON::stringify(v).unwrap())).unwrap()
}

fn view_with(text: &str, corrections: Vec<newsmark::corrections::Correction>) -> JsValue {
    js(&newsmark::view::View {
        reference_date: Some("2023-06-14".into()),
        corrections,
        ..newsmark::view::View::new(text)
    })
}

fn on(
    text: &str,
    op: newsmark::corrections::Op,
    kind: newsmark::Kind,
    needle: &str,
) -> newsmark::corrections::Correction {
    let byte = text.find(needle).unwrap();
    let start = text[..byte].encode_utf16().count() as u32;
    newsmark::corrections::Correction::new(
        op,
        kind,
        start,
        start + needle.encode_utf16().count() as u32,
        needle,
    )
}

#[wasm_bindgen_test]
fn annotate_view_says_what_became_of_each_correction() {
    use newsmark::corrections::Op;
    let text = "😀 Officials in Yashio met on Sunday. Yashio agreed.";
    let mut first = on(text, Op::Relabel, newsmark::Kind::Entity, "Yashio");
    first.label = Some("PLACE".into());
    let mut second = first.clone();
    second.label = Some("MISC".into());
    second.scope = Some(newsmark::corrections::Scope::Entity);
    let mut banana = on(text, Op::Add, newsmark::Kind::Date, "Sunday");
    banana.value = Some("banana".into());
    let result = json_of(
        &newsmark::wasm::annotate_view(view_with(text, vec![first, second, banana])).unwrap(),
    );
    assert_eq!(result["schema"], "newsmark/1");
    let statuses: Vec<&str> = result["corrections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["overridden", "applied", "skipped"]);
    assert!(result["corrections"][2]["reason"]
        .as_str()
        .unwrap()
        .contains("\"banana\""));
    assert_eq!(result["marks"].as_str().unwrap().len(), 8);
    // Every mention of Yashio is MISC: one entity.
    let yashio: Vec<&serde_json::Value> = result["entities"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["name"] == "Yashio")
        .collect();
    assert_eq!(
        (yashio.len(), yashio[0]["label"].as_str()),
        (1, Some("MISC"))
    );
}

#[wasm_bindgen_test]
fn checks_and_snapping_reach_js_with_null_for_fine() {
    use newsmark::corrections::Op;
    let text = "Officials in Yashio met on Sunday. Talks on US-China trade.";
    assert!(newsmark::wasm::check_timex("DATE", "2023-W24-WE").is_null());
    assert!(newsmark::wasm::check_timex("DURATION", "2026-06")
        .as_string()
        .unwrap()
        .contains("DURATION"));
    let mut cut = on(text, Op::Add, newsmark::Kind::Entity, "ashi");
    cut.label = Some("PLACE".into());
    let why = newsmark::wasm::check_correction(view_with(text, vec![]), js(&cut)).unwrap();
    assert!(why
        .as_string()
        .unwrap()
        .contains("part of a word (\"Yashio\")"));
    let mut us = on(text, Op::Add, newsmark::Kind::Entity, "US");
    us.label = Some("PLACE".into());
    assert!(
        newsmark::wasm::check_correction(view_with(text, vec![]), js(&us))
            .unwrap()
            .is_null()
    );
    let snapped = json_of(&newsmark::wasm::snap_selection(text, 14, 17).unwrap());
    assert_eq!(
        snapped,
        serde_json::json!({"start": 13, "end": 19}),
        "ash → Yashio"
    );
    assert!(
        newsmark::wasm::snap_selection(text, 19, 20)
            .unwrap()
            .is_null(),
        "a space"
    );
}

#[wasm_bindgen_test]
fn links_and_files_carry_the_version_and_reopen() {
    let text = "😀 Blinken met Qin Gang in Beijing on Sunday.";
    let view = view_with(text, vec![]);
    let result = json_of(&newsmark::wasm::annotate_view(view.clone()).unwrap());
    let link = newsmark::wasm::encode_share(view.clone()).unwrap();
    let back = newsmark::wasm::decode_share(&link).unwrap();
    let back_json = json_of(&back);
    assert_eq!(back_json["newsmark"], newsmark::version());
    assert_eq!(
        back_json["marks"], result["marks"],
        "the marks annotateView reported"
    );
    let status = json_of(&newsmark::wasm::view_status(back).unwrap());
    assert_eq!(status["newer"], false);
    assert_eq!(status["marksChanged"], false);
    assert_eq!(status["current"], newsmark::version());
    // The json export and the view file reopen; a plain result says how to get one that does.
    for format in ["json", "view"] {
        let file = newsmark::wasm::export_view(view.clone(), format).unwrap();
        let opened = json_of(&newsmark::wasm::open_view_file(&file).unwrap());
        assert_eq!(opened["text"], text, "{format}");
    }
    let plain = String::from(
        js_sys::JSON::stringify(
            &newsmark::wasm::annotate(&JsString::from(text), JsValue::UNDEFINED).unwrap(),
        )
        .unwrap(),
    );
    let msg = error_message(newsmark::wasm::open_view_file(&plain).err().unwrap());
    assert!(msg.contains("annotate --format json"), "{msg}");
    let csv = newsmark::wasm::export_view(view, "csv").unwrap();
    assert!(csv.starts_with("speaker,speaker_label,speaker_mention,quote,start,end\r\n"));
    // The vocabulary's colours, both schemes.
    let labels = json_of(&newsmark::wasm::labels().unwrap());
    assert_eq!(labels[1]["name"], "ORG");
    assert_eq!(
        (labels[1]["light"].as_str(), labels[1]["dark"].as_str()),
        (Some("#0072b2"), Some("#3a9ad9"))
    );
}

/// The wasm keeps the tagger's weights as codes and decodes them with SIMD (natively they are
/// decoded up front): every row must add exactly the weights stored for it.
#[wasm_bindgen_test]
fn every_row_of_the_weight_table_adds_its_stored_weights() {
    use newsmark::entities::tagger::model::rows_add_their_stored_weights;
    let bytes = include_bytes!("../../src/entities/data/ner.bin");
    assert_eq!(rows_add_their_stored_weights(bytes), Ok(()));
}
