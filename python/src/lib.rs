//! `newsmark._native`: the core behind the Python package. Python calls `annotate` and
//! `annotate_many`; both give the `newsmark/1` result as plain dicts and lists, exactly the JSON
//! the CLI prints (UTF-16 offsets, the `newsmark` and `model` fields included).
//!
//! The texts are copied out of Python with the GIL held, then annotated with the GIL released
//! (`Python::detach`), `annotate_many` on up to `jobs` threads (`newsmark::batch`, results in
//! input order); only the conversion of the results to Python objects holds the GIL again.

use newsmark::Options;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};
use pyo3::IntoPyObjectExt;
use serde_json::Value;

/// `obj` as a Rust string, or a `TypeError` naming `what` and the type given.
fn text_of(obj: &Bound<'_, PyAny>, what: &str) -> PyResult<String> {
    if obj.is_instance_of::<PyString>() {
        return obj.extract::<String>();
    }
    Err(PyTypeError::new_err(format!(
        "{what} must be a str, not {}",
        type_name(obj)
    )))
}

fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type()
        .getattr("__name__")
        .and_then(|n| n.extract::<String>())
        .unwrap_or_else(|_| "object".into())
}

/// A reference date: None, or a str (`YYYY-MM-DD`, or with its time of day `YYYY-MM-DDTHH:MM`;
/// checked by the core).
fn date_of(obj: Option<&Bound<'_, PyAny>>, what: &str) -> PyResult<Option<String>> {
    match obj {
        None => Ok(None),
        Some(o) if o.is_none() => Ok(None),
        Some(o) if o.is_instance_of::<PyString>() => Ok(Some(o.extract::<String>()?)),
        Some(o) => Err(PyTypeError::new_err(format!(
            "{what} must be a str (YYYY-MM-DD) or None, not {}",
            type_name(o)
        ))),
    }
}

fn to_py<'py>(py: Python<'py>, v: &Value) -> PyResult<Bound<'py, PyAny>> {
    match v {
        Value::Null => Ok(py.None().into_bound(py)),
        Value::Bool(b) => b.into_bound_py_any(py),
        Value::Number(n) => match n.as_i64() {
            Some(i) => i.into_bound_py_any(py),
            None => n.as_f64().unwrap_or(f64::NAN).into_bound_py_any(py),
        },
        Value::String(s) => s.into_bound_py_any(py),
        Value::Array(items) => {
            let list = PyList::empty(py);
            for item in items {
                list.append(to_py(py, item)?)?;
            }
            Ok(list.into_any())
        }
        Value::Object(map) => {
            let dict = PyDict::new(py);
            for (k, item) in map {
                dict.set_item(k, to_py(py, item)?)?;
            }
            Ok(dict.into_any())
        }
    }
}

fn to_value(a: &newsmark::Annotations) -> Value {
    serde_json::to_value(a).expect("annotations always serialize")
}

/// Sets each document's reference date from `reference_date`: None, one str for all, or a
/// sequence with one (str or None) per document.
fn set_reference_dates(
    docs: &mut [(String, Options)],
    reference_date: Option<&Bound<'_, PyAny>>,
) -> PyResult<()> {
    match reference_date {
        Some(r) if !r.is_none() && !r.is_instance_of::<PyString>() => {
            let dates: Vec<Bound<'_, PyAny>> = r
                .try_iter()
                .map_err(|_| {
                    PyTypeError::new_err(format!(
                        "reference_date must be a str, None or a list of them, not {}",
                        type_name(r)
                    ))
                })?
                .collect::<PyResult<_>>()?;
            if dates.len() != docs.len() {
                return Err(PyValueError::new_err(format!(
                    "reference_date has {} dates for {} texts: give one for all, or one per text",
                    dates.len(),
                    docs.len()
                )));
            }
            for (i, (d, doc)) in dates.iter().zip(docs.iter_mut()).enumerate() {
                doc.1.reference_date = date_of(Some(d), &format!("reference_date[{i}]"))?;
            }
        }
        r => {
            let date = date_of(r, "reference_date")?;
            for doc in docs.iter_mut() {
                doc.1.reference_date = date.clone();
            }
        }
    }
    Ok(())
}

/// annotate(text, reference_date=None) -> dict
///
/// The newsmark/1 result of `text` (offsets in UTF-16 code units, as everywhere; see
/// newsmark.to_python_offsets). `reference_date` is `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` with
/// the time of day that `in ten minutes` resolves against. ValueError for a malformed reference
/// date or a text over 16 MB, TypeError for a text or date that is not a str.
#[pyfunction]
#[pyo3(signature = (text, reference_date = None))]
fn annotate<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    reference_date: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let text = text_of(text, "text")?;
    let options = Options {
        reference_date: date_of(reference_date, "reference_date")?,
    };
    let result = py.detach(move || newsmark::annotate(&text, &options).map(|a| to_value(&a)));
    match result {
        Ok(v) => to_py(py, &v),
        Err(e) => Err(PyValueError::new_err(e.to_string())),
    }
}

/// annotate_many(texts, reference_date=None, *, jobs=None, errors="raise") -> list[dict]
///
/// Every text annotated, on `jobs` threads (default: every core) with the GIL released; results
/// in input order. `reference_date`: one for all, or a list with one per text. `errors="raise"`
/// raises the first failure (ValueError "texts[i]: …"); `errors="return"` puts
/// `{"error": message}` in its place and goes on.
#[pyfunction]
#[pyo3(signature = (texts, reference_date = None, *, jobs = None, errors = "raise"))]
fn annotate_many<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    reference_date: Option<&Bound<'py, PyAny>>,
    jobs: Option<usize>,
    errors: &str,
) -> PyResult<Bound<'py, PyList>> {
    let return_errors = match errors {
        "raise" => false,
        "return" => true,
        other => {
            return Err(PyValueError::new_err(format!(
                "errors must be \"raise\" or \"return\", not {other:?}"
            )))
        }
    };
    if jobs == Some(0) {
        return Err(PyValueError::new_err(
            "jobs must be 1 or more (or None: every core)",
        ));
    }
    if texts.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(
            "texts must be a sequence of str, not a str (use annotate for one text)",
        ));
    }
    let mut docs: Vec<(String, Options)> = Vec::new();
    for (i, t) in texts.try_iter()?.enumerate() {
        docs.push((text_of(&t?, &format!("texts[{i}]"))?, Options::default()));
    }
    set_reference_dates(&mut docs, reference_date)?;
    let results: Vec<Result<Value, String>> = py.detach(move || {
        newsmark::batch::map_in_order(&docs, jobs.unwrap_or(0), |(text, options)| {
            newsmark::annotate(text, options)
                .map(|a| to_value(&a))
                .map_err(|e| e.to_string())
        })
    });
    let out = PyList::empty(py);
    for (i, r) in results.iter().enumerate() {
        match r {
            Ok(v) => out.append(to_py(py, v)?)?,
            Err(e) if return_errors => {
                let d = PyDict::new(py);
                d.set_item("error", e)?;
                out.append(d)?;
            }
            Err(e) => return Err(PyValueError::new_err(format!("texts[{i}]: {e}"))),
        }
    }
    Ok(out)
}

/// Calls macro `$m` with the names of `Table`'s columns, in order (one list for every place
/// that goes over all of them).
macro_rules! table_columns {
    ($m:ident) => {
        $m!(
            doc,
            span_id,
            kind,
            label,
            start,
            end,
            char_start,
            char_end,
            text,
            value,
            entity,
            entity_name,
            speaker,
            speaker_start,
            speaker_end,
            speaker_entity,
            speaker_name,
            reference_date,
            error
        )
    };
}

/// The spans of many documents as columns, one row per span: what `annotate_table` returns and
/// `newsmark.corpus` writes to Parquet. A document that fails gives one row of kind "error".
#[derive(Default)]
struct Table {
    doc: Vec<u32>,
    span_id: Vec<Option<u32>>,
    kind: Vec<&'static str>,
    label: Vec<Option<String>>,
    start: Vec<Option<u32>>,
    end: Vec<Option<u32>>,
    char_start: Vec<Option<u32>>,
    char_end: Vec<Option<u32>>,
    text: Vec<Option<String>>,
    value: Vec<Option<String>>,
    entity: Vec<Option<u32>>,
    entity_name: Vec<Option<String>>,
    speaker: Vec<Option<String>>,
    speaker_start: Vec<Option<u32>>,
    speaker_end: Vec<Option<u32>>,
    speaker_entity: Vec<Option<u32>>,
    speaker_name: Vec<Option<String>>,
    reference_date: Vec<Option<String>>,
    error: Vec<Option<String>>,
}

/// Python string indices (code points) of UTF-16 offsets in one text: they differ by the number
/// of characters outside the Basic Multilingual Plane before the offset.
struct CodePoints(Vec<u32>);

impl CodePoints {
    fn new(text: &str) -> CodePoints {
        let mut astral = Vec::new();
        let mut u = 0u32;
        for c in text.chars() {
            if c.len_utf16() == 2 {
                astral.push(u);
            }
            u += c.len_utf16() as u32;
        }
        CodePoints(astral)
    }

    fn of(&self, u: u32) -> u32 {
        u - self.0.partition_point(|&a| a < u) as u32
    }
}

impl Table {
    fn push_error(&mut self, doc: u32, reference_date: Option<String>, error: String) {
        self.doc.push(doc);
        self.kind.push("error");
        self.reference_date.push(reference_date);
        self.error.push(Some(error));
        for col in [
            &mut self.span_id,
            &mut self.start,
            &mut self.end,
            &mut self.char_start,
            &mut self.char_end,
            &mut self.entity,
            &mut self.speaker_start,
            &mut self.speaker_end,
            &mut self.speaker_entity,
        ] {
            col.push(None);
        }
        for col in [
            &mut self.label,
            &mut self.text,
            &mut self.value,
            &mut self.entity_name,
            &mut self.speaker,
            &mut self.speaker_name,
        ] {
            col.push(None);
        }
    }

    fn push_spans(&mut self, doc: u32, text: &str, a: &newsmark::Annotations) {
        let cp = CodePoints::new(text);
        let name = |e: Option<u32>| {
            e.and_then(|e| a.entities.get(e as usize))
                .map(|e| e.name.clone())
        };
        for s in &a.spans {
            self.doc.push(doc);
            self.span_id.push(Some(s.id));
            self.kind.push(s.kind.as_str());
            self.label.push(Some(s.label.to_string()));
            self.start.push(Some(s.start));
            self.end.push(Some(s.end));
            self.char_start.push(Some(cp.of(s.start)));
            self.char_end.push(Some(cp.of(s.end)));
            self.text.push(Some(s.text.clone()));
            self.value.push(s.value.clone());
            let entity = s.entity.filter(|_| s.kind == newsmark::Kind::Entity);
            self.entity.push(entity);
            self.entity_name.push(name(entity));
            let sp = s.speaker.as_ref();
            self.speaker.push(sp.map(|sp| sp.text.clone()));
            self.speaker_start.push(sp.map(|sp| sp.start));
            self.speaker_end.push(sp.map(|sp| sp.end));
            self.speaker_entity.push(sp.and_then(|sp| sp.entity));
            self.speaker_name.push(name(sp.and_then(|sp| sp.entity)));
            self.reference_date.push(a.reference_date.clone());
            self.error.push(None);
        }
    }

    fn append(&mut self, mut other: Table) {
        macro_rules! cols {
            ($($c:ident),*) => { $( self.$c.append(&mut other.$c); )* };
        }
        table_columns!(cols);
    }

    fn into_py<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        let rows = self.doc.len();
        macro_rules! cols {
            ($($c:ident),*) => { $( d.set_item(stringify!($c), self.$c)?; )* };
        }
        table_columns!(cols);
        d.set_item("newsmark", vec![newsmark::version(); rows])?;
        d.set_item("model", vec![newsmark::model_version(); rows])?;
        Ok(d)
    }
}

/// annotate_table(texts, reference_date=None, *, jobs=None) -> dict[str, list]
///
/// The spans of every text as columns of equal length, one row per span (for
/// pandas.DataFrame or pyarrow.table): doc (the text's index in `texts`), span_id, kind, label,
/// start, end (UTF-16), char_start, char_end (Python indices), text, value (dates), entity and
/// entity_name (entity spans: the cluster), speaker, speaker_start, speaker_end, speaker_entity,
/// speaker_name (quotes), reference_date, error, newsmark, model. A text that fails (a bad
/// reference date, not a str, too long) gives one row of kind "error" with the message in
/// `error`, instead of raising: corpora have holes.
#[pyfunction]
#[pyo3(signature = (texts, reference_date = None, *, jobs = None))]
fn annotate_table<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    reference_date: Option<&Bound<'py, PyAny>>,
    jobs: Option<usize>,
) -> PyResult<Bound<'py, PyDict>> {
    if jobs == Some(0) {
        return Err(PyValueError::new_err(
            "jobs must be 1 or more (or None: every core)",
        ));
    }
    if texts.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(
            "texts must be a sequence of str, not a str",
        ));
    }
    let mut docs: Vec<(String, Options)> = Vec::new();
    let mut not_text: Vec<Option<String>> = Vec::new();
    for (i, t) in texts.try_iter()?.enumerate() {
        let t = t?;
        match text_of(&t, &format!("texts[{i}]")) {
            Ok(s) => {
                docs.push((s, Options::default()));
                not_text.push(None);
            }
            Err(_) => {
                docs.push((String::new(), Options::default()));
                not_text.push(Some(format!("the text is not a str ({})", type_name(&t))));
            }
        }
    }
    set_reference_dates(&mut docs, reference_date)?;
    let table = py.detach(move || {
        let idx: Vec<usize> = (0..docs.len()).collect();
        // Each thread makes the rows of its documents; they are joined in input order.
        let parts = newsmark::batch::map_in_order(&idx, jobs.unwrap_or(0), |&i| {
            let (text, options) = &docs[i];
            let mut t = Table::default();
            match (&not_text[i], newsmark::annotate(text, options)) {
                (Some(e), _) => t.push_error(i as u32, options.reference_date.clone(), e.clone()),
                (None, Ok(a)) => t.push_spans(i as u32, text, &a),
                (None, Err(e)) => {
                    t.push_error(i as u32, options.reference_date.clone(), e.to_string())
                }
            }
            t
        });
        let mut all = Table::default();
        for p in parts {
            all.append(p);
        }
        all
    });
    table.into_py(py)
}

/// The version of the newsmark core (what results carry in "newsmark").
#[pyfunction]
fn version() -> &'static str {
    newsmark::version()
}

/// The entity model this build carries (what results carry in "model").
#[pyfunction]
fn model_version() -> &'static str {
    newsmark::model_version()
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(annotate, m)?)?;
    m.add_function(wrap_pyfunction!(annotate_many, m)?)?;
    m.add_function(wrap_pyfunction!(annotate_table, m)?)?;
    m.add_function(wrap_pyfunction!(version, m)?)?;
    m.add_function(wrap_pyfunction!(model_version, m)?)?;
    m.add("MAX_TEXT_BYTES", newsmark::MAX_TEXT_BYTES)?;
    Ok(())
}
