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
    let v = newsmark::wasm::annotate(text, opts).unwrap_or_else(|_| panic!("annotate failed on {text:?}"));
    serde_wasm_bindgen::from_value(v).expect("a newsmark/1 object")
}

#[wasm_bindgen_test]
fn offsets_are_js_string_indices_with_emoji_and_accents() {
    let text = "😀 Café owner José Álvarez met Antony Blinken in Beijing on Sunday, June 18, 2023. 👍🏽";
    let a = annotate(text, options("2023-06-14"));
    let js = JsString::from(text);
    assert!(!a.spans.is_empty());
    for s in &a.spans {
        let slice: String = js.substring(s.start, s.end).into();
        assert_eq!(slice, s.text, "span {s:?}");
    }
    let date = a.spans.iter().find(|s| s.text == "Sunday, June 18, 2023").expect("the date is found");
    assert_eq!(date.value.as_deref(), Some("2023-06-18"));
    assert_eq!(date.start, text.encode_utf16().count() as u32 - text[text.find("Sunday").unwrap()..].encode_utf16().count() as u32);
}

#[wasm_bindgen_test]
fn bad_reference_date_is_a_js_error_with_a_message() {
    let err = newsmark::wasm::annotate("Sunday", options("2023-13-40")).err().expect("an error");
    let err: JsValue = err.into();
    let msg = Reflect::get(&err, &"message".into()).unwrap().as_string().unwrap();
    assert!(msg.contains("2023-13-40"), "{msg}");
    assert!(err.is_instance_of::<js_sys::Error>());
}

#[wasm_bindgen_test]
fn options_may_be_omitted() {
    let a = annotate("Blinken will travel to China.", JsValue::UNDEFINED);
    assert_eq!(a.schema, "newsmark/1");
    assert_eq!(a.reference_date, None);
    assert!(!newsmark::wasm::version().is_empty());
}
