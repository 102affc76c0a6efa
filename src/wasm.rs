//! The JavaScript boundary: the only module that knows about wasm-bindgen.
//!
//! `annotate(text, options?)` returns the `newsmark/1` object as plain JS objects and arrays;
//! every failure becomes a JS `Error` with a readable message, never a raw panic.

use serde::Deserialize;
use wasm_bindgen::prelude::*;

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct JsOptions {
    #[serde(default)]
    reference_date: Option<String>,
}

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

fn to_js<T: serde::Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("could not convert the result: {e}")))
}

/// A result as JS objects by way of its JSON text: one string crosses the boundary and the
/// engine's `JSON.parse` builds the objects, several times faster on long texts than setting
/// every field across the boundary (the objects are the same: strings, numbers, null, arrays).
fn annotations_to_js(value: &crate::Annotations) -> Result<JsValue, JsError> {
    js_sys::JSON::parse(&value.to_json()).map_err(|_| JsError::new("could not convert the result"))
}

/// Annotates `text`. `options`: `{referenceDate: "YYYY-MM-DD"}` (optional).
#[wasm_bindgen]
pub fn annotate(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    let options: JsOptions = if options.is_undefined() || options.is_null() {
        JsOptions::default()
    } else {
        serde_wasm_bindgen::from_value(options)
            .map_err(|e| JsError::new(&format!("invalid options: {e}")))?
    };
    let result = crate::annotate(
        text,
        &crate::Options {
            reference_date: options.reference_date,
        },
    )
    .map_err(|e| JsError::new(&e.to_string()))?;
    annotations_to_js(&result)
}

/// The label vocabulary, in display order: `[{name, kind, colour, description, light, dark}]`
/// (see `crate::labels`; `light` and `dark` are `#rrggbb`). The page builds its legend, menus and
/// palette from it.
#[wasm_bindgen]
pub fn labels() -> Result<JsValue, JsError> {
    let infos: Vec<&crate::labels::LabelInfo> =
        crate::labels::LABELS.iter().map(|(_, i)| i).collect();
    to_js(&infos)
}

/// The core's version.
#[wasm_bindgen]
pub fn version() -> String {
    crate::version().to_string()
}

/// The entity model this build carries (`ner-` and a fingerprint), as in every result's `model`.
#[wasm_bindgen(js_name = modelVersion)]
pub fn model_version() -> String {
    crate::model_version().to_string()
}

// ---- Shared views: share links, corrections, exports (see docs/VIEW-API.md) ----

fn view_from_js(view: JsValue) -> Result<crate::view::View, JsError> {
    let view: crate::view::View = serde_wasm_bindgen::from_value(view)
        .map_err(|e| JsError::new(&format!("invalid view: {e}")))?;
    if let Some(limit) = crate::view::exceeded_limit(&view) {
        return Err(JsError::new(&format!("this view is too large ({limit})")));
    }
    Ok(view)
}

/// The `newsmark/1` result for `view` (`{text, reference_date, hidden, corrections}`): its text
/// annotated, then its corrections applied; plus `corrections` (what became of each, in order:
/// `{status: "applied" | "moved" | "skipped" | "overridden", …}`) and `marks` (the fingerprint
/// links carry).
#[wasm_bindgen(js_name = annotateView)]
pub fn annotate_view(view: JsValue) -> Result<JsValue, JsError> {
    let view = view_from_js(view)?;
    let applied = crate::view::annotate_view(&view).map_err(|e| JsError::new(&e.to_string()))?;
    js_sys::JSON::parse(&crate::view::result_json(&view, &applied))
        .map_err(|_| JsError::new("could not convert the result"))
}

/// The URL fragment payload for `view` (without `#`): `nm1.` + base64url(deflate(JSON)), with
/// this newsmark's version and the fingerprint of the view's marks (free right after
/// `annotateView` of the same view).
#[wasm_bindgen(js_name = encodeShare)]
pub fn encode_share(view: JsValue) -> Result<String, JsError> {
    let mut view = view_from_js(view)?;
    // A view that cannot be annotated (a bad reference date) is still encoded: its link is
    // refused when opened, with the reason.
    view.marks = crate::view::marks(&view).ok();
    Ok(crate::share::encode(&view))
}

/// The view in a share link (the fragment, with or without `#`, or a whole URL). Throws an
/// `Error` whose message says what is wrong: empty, not a newsmark link, truncated, damaged,
/// made by a newer newsmark, too large.
#[wasm_bindgen(js_name = decodeShare)]
pub fn decode_share(fragment: &str) -> Result<JsValue, JsError> {
    let view = crate::share::decode(fragment).map_err(|e| JsError::new(&e.to_string()))?;
    to_js(&view)
}

/// `{kept, dropped}`: `corrections` moved from `oldText` to `newText`; those whose text no
/// longer occurs are dropped.
#[wasm_bindgen(js_name = reanchorCorrections)]
pub fn reanchor_corrections(
    corrections: JsValue,
    old_text: &str,
    new_text: &str,
) -> Result<JsValue, JsError> {
    let corrections: Vec<crate::corrections::Correction> =
        serde_wasm_bindgen::from_value(corrections)
            .map_err(|e| JsError::new(&format!("invalid corrections: {e}")))?;
    to_js(&crate::corrections::reanchor(
        &corrections,
        old_text,
        new_text,
    ))
}

/// The view exported as `format`: "html" | "json" | "w3c" | "brat" (the .ann) | "brat-txt" |
/// "displacy" | "csv" (quotes by speaker) | "view" (the view file).
#[wasm_bindgen(js_name = exportView)]
pub fn export_view(view: JsValue, format: &str) -> Result<String, JsError> {
    let format = crate::export::Format::parse(format).map_err(|e| JsError::new(&e.to_string()))?;
    let view = view_from_js(view)?;
    let applied = crate::view::annotate_view(&view).map_err(|e| JsError::new(&e.to_string()))?;
    Ok(crate::export::export(&view, &applied.annotations, format))
}

/// Would `correction` be refused on `view` (after the view's own corrections)? `null` when it
/// would be applied, else a sentence saying why.
#[wasm_bindgen(js_name = checkCorrection)]
pub fn check_correction(view: JsValue, correction: JsValue) -> Result<JsValue, JsError> {
    let view = view_from_js(view)?;
    // Read as a list of one: the list's reader exists already (reanchorCorrections), and
    // another would cost kilobytes of wasm.
    let list: Vec<crate::corrections::Correction> =
        serde_wasm_bindgen::from_value(js_sys::Array::of1(&correction).into())
            .map_err(|e| JsError::new(&format!("invalid correction: {e}")))?;
    let correction = list
        .first()
        .ok_or_else(|| JsError::new("invalid correction"))?;
    crate::view::check_correction(&view, correction)
        .map(null_or_string)
        .map_err(|e| JsError::new(&e.to_string()))
}

/// `null` (not `undefined`, which an `Option<String>` would give) or the string.
fn null_or_string(s: Option<String>) -> JsValue {
    s.map_or(JsValue::NULL, |s| JsValue::from_str(&s))
}

/// `null` when `value` is a TIMEX3 value for a date labelled `label`, else why not.
#[wasm_bindgen(js_name = checkTimex)]
pub fn check_timex(label: &str, value: &str) -> JsValue {
    null_or_string(crate::corrections::check_timex(label, value))
}

/// A plain JS object of `fields` (built directly: a serializer per type costs kilobytes of wasm).
fn object(fields: &[(&str, JsValue)]) -> JsValue {
    let o = js_sys::Object::new();
    for (k, v) in fields {
        let _ = js_sys::Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o.into()
}

/// A selection of `text` (UTF-16 `start`, `end`) widened to whole words as the core tokenizer
/// cuts them: `{start, end}`, or `null` when it holds no word.
#[wasm_bindgen(js_name = snapSelection)]
pub fn snap_selection(text: &str, start: u32, end: u32) -> Result<JsValue, JsError> {
    match crate::corrections::snap_selection(text, start, end) {
        Some((start, end)) => Ok(object(&[("start", start.into()), ("end", end.into())])),
        None => Ok(JsValue::NULL),
    }
}

/// `{newer, marksChanged, madeBy, current}`: whether `view` (from `decodeShare` or
/// `openViewFile`) was made by a newer newsmark, and whether its marks differ from today's.
#[wasm_bindgen(js_name = viewStatus)]
pub fn view_status(view: JsValue) -> Result<JsValue, JsError> {
    let view = view_from_js(view)?;
    let s = crate::view::view_status(&view).map_err(|e| JsError::new(&e.to_string()))?;
    Ok(object(&[
        ("newer", s.newer.into()),
        ("marksChanged", s.marks_changed.into()),
        (
            "madeBy",
            s.made_by.map_or(JsValue::NULL, |v| v.as_str().into()),
        ),
        ("current", s.current.as_str().into()),
    ]))
}

/// The view in a view file or a JSON export (the file's text), checked as a link is. Throws an
/// `Error` that says what is wrong with the file.
#[wasm_bindgen(js_name = openViewFile)]
pub fn open_view_file(text: &str) -> Result<JsValue, JsError> {
    let view = crate::share::open_file(text).map_err(|e| JsError::new(&e.to_string()))?;
    to_js(&view)
}

/// Fragments longer than this are not offered as links; offer a file export instead.
#[wasm_bindgen(js_name = shareLinkMax)]
pub fn share_link_max() -> usize {
    crate::share::SHARE_LINK_MAX
}
