//! The JavaScript boundary: the only module that knows about wasm-bindgen.
//!
//! `annotate(text, options?)` returns the `newsmark/1` object as plain JS objects and arrays;
//! every failure becomes a JS `Error` with a readable message, never a raw panic.

use crate::jsonread::{self, JsOptions};
use js_sys::JsString;
use wasm_bindgen::prelude::*;

// Small blocks come from a region that empties at the end of every call (`crate::arena`).
#[global_allocator]
static ALLOCATOR: crate::arena::Arena = crate::arena::Arena::new(std::alloc::System);

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = console, js_name = error)]
    fn console_error(message: &str);
}

// A panic's message and place go to the console (the trap that follows carries the stack).
// console_error_panic_hook did the same and appended a stack of its own, for 0.5 KB more of
// the gzipped download.
#[wasm_bindgen(start)]
fn start() {
    std::panic::set_hook(Box::new(|info| console_error(&info.to_string())));
}

// Values cross the boundary as JSON text through serde_json, which the exports and links need
// anyway: serde-wasm-bindgen's own (de)serializers cost about 10 KB of the gzipped download.
fn to_js<T: serde::Serialize>(value: &T) -> Result<JsValue, JsError> {
    js_sys::JSON::parse(&crate::annotations::json_text(value))
        .map_err(|_| JsError::new("could not convert the result"))
}

/// `value` read by `read` from its JSON text; the error says what is wrong with it (without a
/// place: the JSON is not text the caller wrote).
fn from_js<T>(value: &JsValue, read: fn(&[u8]) -> Result<T, jsonread::Error>) -> Result<T, String> {
    let json = to_json(value).ok_or("it is not plain data (JSON cannot hold it)")?;
    read(json.as_bytes()).map_err(|e| e.to_string())
}

// The result of `annotate` built in JS from numbers and the caller's own string: the span texts
// are slices of `text` (a JS string, and the result's offsets are its UTF-16 indices), so neither
// they nor any JSON cross the boundary. On the 216 CoNLL dev articles the JSON was 3.7 times the
// text, and writing, decoding and parsing it was about 9 % of Node's time. The objects are those
// JSON.parse made of `to_json` (same properties in the same order, same values; the wasm tests
// compare them). The layout is `layout`'s.
#[wasm_bindgen(inline_js = r#"
export function to_json(value) {
  // Lone surrogates become U+FFFD, as when a string crosses to Rust (serde_json refuses them).
  let json;
  try {
    json = JSON.stringify(value === undefined ? null : value, (_, x) => typeof x !== "string" ? x
      : typeof x.toWellFormed === "function" ? x.toWellFormed() : x.replace(/\p{Cs}/gu, "\uFFFD"));
  } catch {
    return undefined;
  }
  return json;
}
export function well_formed(text) {
  return typeof text.isWellFormed === "function" ? text.isWellFormed() : !/\p{Cs}/u.test(text);
}
export function build(text, n, strs, reference_date, reference_time, reference_source, newsmark, model) {
  let k = 0, at = 0;
  const take = (len) => strs.slice(at, (at += len));
  const labels = new Array(n[k++]);
  for (let i = 0; i < labels.length; i++) labels[i] = take(n[k++]);
  const nspans = n[k++], nentities = n[k++], sliced = n[k++] === 1;
  const spans = new Array(nspans);
  for (let id = 0; id < nspans; id++) {
    const kind = n[k++], label = labels[n[k++]], start = n[k++], end = n[k++];
    const t = sliced ? text.slice(start, end) : take(n[k++]);
    if (kind === 0) {
      const e = n[k++];
      spans[id] = e < 0 ? { id, kind: "entity", label, start, end, text: t } : { id, kind: "entity", label, start, end, text: t, entity: e };
    } else if (kind === 1) {
      const len = n[k++], value = len < 0 ? null : take(len), from = n[k++];
      spans[id] = from < 0 ? { id, kind: "date", label, start, end, text: t, value } : { id, kind: "date", label, start, end, text: t, value, range: { from, to: n[k++] } };
    } else {
      const a = n[k++];
      let speaker = null;
      if (a >= 0) {
        const b = n[k++], e = n[k++];
        speaker = { start: a, end: b, text: sliced ? text.slice(a, b) : take(n[k++]), entity: e < 0 ? null : e };
      }
      spans[id] = { id, kind: "quote", label, start, end, text: t, speaker };
    }
  }
  const entities = new Array(nentities);
  for (let id = 0; id < nentities; id++) {
    const label = labels[n[k++]], name = take(n[k++]), count = n[k++];
    const mentions = new Array(count);
    for (let j = 0; j < count; j++) mentions[j] = n[k++];
    entities[id] = { id, label, name, mentions };
  }
  return { schema: "newsmark/1", newsmark, model, reference_date: reference_date ?? null, reference_time: reference_time ?? null, reference_source: reference_source ?? null, spans, entities };
}
"#)]
extern "C" {
    /// `JSON.stringify(value)`, its strings made well formed; `None` when JSON cannot hold it.
    fn to_json(value: &JsValue) -> Option<String>;
    /// Whether `text` holds no lone surrogate (the core reads it as it is).
    fn well_formed(text: &JsString) -> bool;
    fn build(
        text: &JsString,
        numbers: &[i32],
        strings: &str,
        reference_date: Option<String>,
        reference_time: Option<String>,
        reference_source: Option<String>,
        newsmark: &str,
        model: &str,
    ) -> JsValue;
}

/// Lays `a` out for `build`: numbers, and one string of the labels, values and names, whose
/// lengths in UTF-16 units are among the numbers. Span and speaker texts are sliced from the
/// caller's string unless `sliced` is false, when they go in the string too.
fn layout(a: &crate::Annotations, sliced: bool) -> (Vec<i32>, String) {
    fn utf16_len(s: &str) -> i32 {
        if s.is_ascii() {
            s.len() as i32
        } else {
            s.chars().map(char::len_utf16).sum::<usize>() as i32
        }
    }
    // A result uses a handful of labels: each label's index among them.
    fn label<'a>(l: &'a str, labels: &mut Vec<&'a str>) -> i32 {
        match labels.iter().position(|x| *x == l) {
            Some(i) => i as i32,
            None => {
                labels.push(l);
                labels.len() as i32 - 1
            }
        }
    }
    let mut labels: Vec<&str> = Vec::new();
    let mut body: Vec<i32> = Vec::with_capacity(8 * a.spans.len() + 6 * a.entities.len() + 8);
    let mut body_strs = String::new();
    body.extend([a.spans.len() as i32, a.entities.len() as i32, sliced as i32]);
    for s in &a.spans {
        let kind = match s.kind {
            crate::Kind::Entity => 0,
            crate::Kind::Date => 1,
            crate::Kind::Quote => 2,
        };
        body.extend([
            kind,
            label(&s.label, &mut labels),
            s.start as i32,
            s.end as i32,
        ]);
        if !sliced {
            body.push(utf16_len(&s.text));
            body_strs.push_str(&s.text);
        }
        match s.kind {
            crate::Kind::Entity => body.push(s.entity.map_or(-1, |e| e as i32)),
            crate::Kind::Date => {
                match &s.value {
                    Some(v) => {
                        body.push(utf16_len(v));
                        body_strs.push_str(v);
                    }
                    None => body.push(-1),
                }
                match s.range {
                    Some(r) => body.extend([r.from as i32, r.to as i32]),
                    None => body.push(-1),
                }
            }
            crate::Kind::Quote => match &s.speaker {
                Some(sp) => {
                    body.extend([
                        sp.start as i32,
                        sp.end as i32,
                        sp.entity.map_or(-1, |e| e as i32),
                    ]);
                    if !sliced {
                        body.push(utf16_len(&sp.text));
                        body_strs.push_str(&sp.text);
                    }
                }
                None => body.push(-1),
            },
        }
    }
    for e in &a.entities {
        body.extend([
            label(&e.label, &mut labels),
            utf16_len(&e.name),
            e.mentions.len() as i32,
        ]);
        body_strs.push_str(&e.name);
        body.extend(e.mentions.iter().map(|&m| m as i32));
    }
    let mut numbers = Vec::with_capacity(body.len() + 1 + labels.len());
    let mut strings = String::with_capacity(body_strs.len() + 64);
    numbers.push(labels.len() as i32);
    for l in &labels {
        numbers.push(utf16_len(l));
        strings.push_str(l);
    }
    numbers.extend_from_slice(&body);
    strings.push_str(&body_strs);
    (numbers, strings)
}

/// `{referenceDate, referenceTime}` read straight off a plain object when each is a string, null
/// or absent (what every caller passes; the serde route cost about 1 % of a call on an article),
/// anything else through serde, which says what is wrong with it.
fn js_options(options: JsValue) -> Result<JsOptions, JsError> {
    if options.is_undefined() || options.is_null() {
        return Ok(JsOptions::default());
    }
    if options.is_object()
        && !js_sys::Array::is_array(&options)
        && !options.is_instance_of::<js_sys::Map>()
    {
        // `Some(None)`: absent or null; `None`: not a string (serde says why).
        let field = |name: &str| match js_sys::Reflect::get(&options, &JsValue::from_str(name)) {
            Ok(v) if v.is_undefined() || v.is_null() => Some(None),
            Ok(v) => v.as_string().map(Some),
            Err(_) => None,
        };
        if let (Some(reference_date), Some(reference_time)) =
            (field("referenceDate"), field("referenceTime"))
        {
            return Ok(JsOptions {
                reference_date,
                reference_time,
            });
        }
    }
    from_js(&options, jsonread::js_options)
        .map_err(|e| JsError::new(&format!("invalid options: {e}")))
}

/// Annotates `text`. `options` (optional): `{referenceDate: "YYYY-MM-DD", referenceTime:
/// "HH:MM"}`; `referenceDate` may also carry the time (`"2023-06-14T09:30"`), and
/// `referenceTime` needs a date. A malformed one is an `Error` that says what is wrong.
#[wasm_bindgen]
pub fn annotate(text: &JsString, options: JsValue) -> Result<JsValue, JsError> {
    let result = annotate_js(text, options);
    // Whatever the call made is freed; a region still holding blocks is left to them.
    ALLOCATOR.settle();
    result
}

fn annotate_js(text: &JsString, options: JsValue) -> Result<JsValue, JsError> {
    let options = js_options(options)?;
    let reference_date = crate::reference_with_time(
        options.reference_date.as_deref(),
        options.reference_time.as_deref(),
    )
    .map_err(|e| JsError::new(&e.to_string()))?;
    let core_text = String::from(text);
    // A lone surrogate in `text` reaches the core as U+FFFD (one UTF-16 unit too, so offsets
    // agree), and span texts are the core's: then they cross as strings. Otherwise `build`
    // slices them from `text`, and the core need not copy them.
    let sliced = well_formed(text);
    let texts = if sliced {
        crate::SpanTexts::Empty
    } else {
        crate::SpanTexts::Copied
    };
    let result = crate::annotate_with(&core_text, &crate::Options { reference_date }, texts)
        .map_err(|e| JsError::new(&e.to_string()))?;
    let (numbers, strings) = layout(&result, sliced);
    Ok(build(
        text,
        &numbers,
        &strings,
        result.reference_date,
        result.reference_time,
        result.reference_source,
        &result.newsmark,
        &result.model,
    ))
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
    let view: crate::view::View =
        from_js(&view, jsonread::view).map_err(|e| JsError::new(&format!("invalid view: {e}")))?;
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
        from_js(&corrections, jsonread::corrections)
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
    let list: Vec<crate::corrections::Correction> = from_js(
        &js_sys::Array::of1(&correction).into(),
        jsonread::corrections,
    )
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
