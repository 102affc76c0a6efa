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
    let v = newsmark::wasm::annotate(text, opts)
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
    let err = newsmark::wasm::annotate("Sunday", options("2023-13-40"))
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
    let err: JsValue = newsmark::wasm::annotate(text, o.into())
        .err()
        .unwrap()
        .into();
    let msg = Reflect::get(&err, &"message".into())
        .unwrap()
        .as_string()
        .unwrap();
    assert!(msg.contains("reference time"), "{msg}");
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
        }],
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
    let original: newsmark::view::View = serde_wasm_bindgen::from_value(js_view(text)).unwrap();
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
    assert_eq!((b.text.as_str(), b.label.as_str()), ("Blinken", "ORG"));
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
    let v = newsmark::wasm::annotate(text, options("2023-06-14"))
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
