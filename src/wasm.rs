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

/// Annotates `text`. `options`: `{referenceDate: "YYYY-MM-DD"}` (optional).
#[wasm_bindgen]
pub fn annotate(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    let options: JsOptions = if options.is_undefined() || options.is_null() {
        JsOptions::default()
    } else {
        serde_wasm_bindgen::from_value(options).map_err(|e| JsError::new(&format!("invalid options: {e}")))?
    };
    let result = crate::annotate(text, &crate::Options { reference_date: options.reference_date })
        .map_err(|e| JsError::new(&e.to_string()))?;
    to_js(&result)
}

/// The core's version.
#[wasm_bindgen]
pub fn version() -> String {
    crate::version().to_string()
}
