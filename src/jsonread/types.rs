//! The types read from a reader's JSON, field by field as their serde derives read them (same
//! field names, defaults and order of checks; the derives in `view.rs` and `corrections/` are
//! the reference the tests compare with).

use super::error::Error;
use super::reader::Reader;
use super::R;
use crate::annotations::Kind;
use crate::corrections::{Anchor, Correction, Op, Scope};
use crate::view::View;

/// The JS API's options (`{referenceDate, referenceTime}`), when they are not plain strings.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct JsOptions {
    pub reference_date: Option<String>,
    /// `HH:MM` or `HH:MM:SS` on `referenceDate` (which may instead carry it).
    pub reference_time: Option<String>,
}

const VIEW: &[&str] = &[
    "text",
    "reference_date",
    "hidden",
    "corrections",
    "newsmark",
    "marks",
];
const CORRECTION: &[&str] = &[
    "op", "kind", "start", "end", "text", "label", "value", "speaker", "scope", "with",
];
const ANCHOR: &[&str] = &["start", "end", "text"];
const OPS: &[&str] = &["remove", "relabel", "add", "merge", "split"];
const KINDS: &[&str] = &["entity", "date", "quote"];

/// A view (a share link's, a view file's, the JS API's).
pub fn view(json: &[u8]) -> R<View> {
    let mut v = View::default();
    Reader::whole(json, &mut |r| read_view(r, &mut v))?;
    Ok(v)
}

/// A list of corrections (the JS API's).
pub fn corrections(json: &[u8]) -> R<Vec<Correction>> {
    let mut list = Vec::new();
    Reader::whole(json, &mut |r| read_corrections(r, &mut list))?;
    Ok(list)
}

/// A view's format version `v` (serde's `struct Versioned { v: u64 }`).
pub fn version(json: &[u8]) -> R<u64> {
    let mut v = 0;
    Reader::whole(json, &mut |r| {
        r.structure("Versioned", &["v"], 0, &mut |_, r| {
            v = r.unsigned(u64::MAX, "u64")?;
            Ok(())
        })
    })?;
    Ok(v)
}

/// The JSON text of an export's `view` field, if it has one that is not `null`.
pub fn export_view(json: &str) -> R<Option<&str>> {
    let mut view = None;
    Reader::whole(json.as_bytes(), &mut |r| {
        r.structure("Export", &["view"], 1, &mut |_, r| {
            view = None;
            if !r.null()? {
                r.ws();
                let start = r.i;
                r.skip()?;
                view = Some(&json[start..r.i]);
            }
            Ok(())
        })
    })?;
    Ok(view)
}

/// The JS API's options.
pub fn js_options(json: &[u8]) -> R<JsOptions> {
    let mut o = JsOptions::default();
    Reader::whole(json, &mut |r| {
        let fields = &["referenceDate", "referenceTime"];
        r.structure("JsOptions", fields, 0b11, &mut |k, r| {
            let s = r.option_string()?;
            if k == 0 {
                o.reference_date = s;
            } else {
                o.reference_time = s;
            }
            Ok(())
        })
    })?;
    Ok(o)
}

fn read_view(r: &mut Reader, v: &mut View) -> R<()> {
    r.structure("View", VIEW, !1, &mut |k, r| {
        match k {
            0 => v.text = r.string()?,
            1 => v.reference_date = r.option_string()?,
            2 => {
                v.hidden.clear();
                r.list(&mut |r| {
                    v.hidden.push(r.string()?);
                    Ok(())
                })?
            }
            3 => {
                v.corrections.clear();
                read_corrections(r, &mut v.corrections)?
            }
            4 => v.newsmark = r.option_string()?,
            _ => v.marks = r.option_string()?,
        }
        Ok(())
    })
}

fn read_corrections(r: &mut Reader, list: &mut Vec<Correction>) -> R<()> {
    r.list(&mut |r| {
        list.push(read_correction(r)?);
        Ok(())
    })
}

fn read_correction(r: &mut Reader) -> R<Correction> {
    let mut c = Correction::new(Op::Remove, Kind::Entity, 0, 0, "");
    r.structure("Correction", CORRECTION, !0b11111, &mut |k, r| {
        match k {
            0 => c.op = [Op::Remove, Op::Relabel, Op::Add, Op::Merge, Op::Split][r.variant(OPS)?],
            1 => c.kind = [Kind::Entity, Kind::Date, Kind::Quote][r.variant(KINDS)?],
            2 => c.start = r.unsigned(u32::MAX as u64, "u32")? as u32,
            3 => c.end = r.unsigned(u32::MAX as u64, "u32")? as u32,
            4 => c.text = r.string()?,
            5 => c.label = r.option_string()?,
            6 => c.value = r.option_string()?,
            7 => c.speaker = r.option_string()?,
            // serde's `try_from = "String"`: the string is read, then refused (its error takes
            // the place of the correction's end, as serde_json gives it).
            8 => {
                c.scope = match r.null()? {
                    true => None,
                    false => Some(Scope::try_from(r.string()?).map_err(Error::data)?),
                }
            }
            _ => {
                c.with = match r.null()? {
                    true => None,
                    false => Some(read_anchor(r)?),
                }
            }
        }
        Ok(())
    })?;
    Ok(c)
}

fn read_anchor(r: &mut Reader) -> R<Anchor> {
    let mut a = Anchor {
        start: 0,
        end: 0,
        text: String::new(),
    };
    r.structure("Anchor", ANCHOR, 0, &mut |k, r| {
        match k {
            0 => a.start = r.unsigned(u32::MAX as u64, "u32")? as u32,
            1 => a.end = r.unsigned(u32::MAX as u64, "u32")? as u32,
            _ => a.text = r.string()?,
        }
        Ok(())
    })?;
    Ok(a)
}
