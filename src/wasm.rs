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
    /// `HH:MM` or `HH:MM:SS` on `referenceDate` (which may instead carry it, `YYYY-MM-DDTHH:MM`).
    #[serde(default)]
    reference_time: Option<String>,
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

/// Annotates `text`. `options` (optional): `{referenceDate: "YYYY-MM-DD", referenceTime:
/// "HH:MM"}`; `referenceDate` may also carry the time (`"2023-06-14T09:30"`), and
/// `referenceTime` needs a date. A malformed one is an `Error` that says what is wrong.
#[wasm_bindgen]
pub fn annotate(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    let options: JsOptions = if options.is_undefined() || options.is_null() {
        JsOptions::default()
    } else {
        serde_wasm_bindgen::from_value(options)
            .map_err(|e| JsError::new(&format!("invalid options: {e}")))?
    };
    let reference_date = crate::reference_with_time(
        options.reference_date.as_deref(),
        options.reference_time.as_deref(),
    )
    .map_err(|e| JsError::new(&e.to_string()))?;
    let result = crate::annotate(text, &crate::Options { reference_date })
        .map_err(|e| JsError::new(&e.to_string()))?;
    annotations_to_js(&result)
}

/// The label vocabulary, in display order: `[{name, kind, colour, description}]` (see
/// `crate::labels`). The page builds its legend, menus and colours from it.
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

// ---- Shared views: share links, corrections, exports (see VIEW-API.md) ----

fn view_from_js(view: JsValue) -> Result<crate::view::View, JsError> {
    let view: crate::view::View = serde_wasm_bindgen::from_value(view)
        .map_err(|e| JsError::new(&format!("invalid view: {e}")))?;
    if let Some(limit) = crate::view::exceeded_limit(&view) {
        return Err(JsError::new(&format!("this view is too large ({limit})")));
    }
    Ok(view)
}

/// The `newsmark/1` result for `view` (`{text, reference_date, hidden, corrections}`): its text
/// annotated, then its corrections applied.
#[wasm_bindgen(js_name = annotateView)]
pub fn annotate_view(view: JsValue) -> Result<JsValue, JsError> {
    let view = view_from_js(view)?;
    let applied = crate::view::annotate_view(&view).map_err(|e| JsError::new(&e.to_string()))?;
    annotations_to_js(&applied.annotations)
}

/// The URL fragment payload for `view` (without `#`): `nm1.` + base64url(deflate(JSON)).
#[wasm_bindgen(js_name = encodeShare)]
pub fn encode_share(view: JsValue) -> Result<String, JsError> {
    Ok(crate::share::encode(&view_from_js(view)?))
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

/// The view exported as `format`: "html" | "json" | "w3c" | "brat" (the .ann) | "displacy".
#[wasm_bindgen(js_name = exportView)]
pub fn export_view(view: JsValue, format: &str) -> Result<String, JsError> {
    let format = crate::export::Format::parse(format).map_err(|e| JsError::new(&e.to_string()))?;
    let view = view_from_js(view)?;
    let applied = crate::view::annotate_view(&view).map_err(|e| JsError::new(&e.to_string()))?;
    Ok(crate::export::export(&view, &applied.annotations, format))
}

/// Fragments longer than this are not offered as links; offer a file export instead.
#[wasm_bindgen(js_name = shareLinkMax)]
pub fn share_link_max() -> usize {
    crate::share::SHARE_LINK_MAX
}
