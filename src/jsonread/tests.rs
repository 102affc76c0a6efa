//! The reader against serde_json and the types' derives, on valid views and on thousands of
//! broken ones (every cut, every byte left out, stray bytes everywhere, every field given every
//! kind of wrong value): the same value, or the same message, category and column.

use super::*;
use crate::corrections::Correction;
use crate::view::View;
use serde::Deserialize;
use serde_json::error::Category;

#[derive(Deserialize, Debug, PartialEq)]
struct Versioned {
    v: u64,
}

#[derive(Deserialize, Debug, PartialEq, Default)]
#[serde(rename_all = "camelCase")]
struct JsOptions {
    #[serde(default)]
    reference_date: Option<String>,
    #[serde(default)]
    reference_time: Option<String>,
}

#[derive(Deserialize)]
struct Export<'a> {
    #[serde(borrow, default)]
    view: Option<&'a serde_json::value::RawValue>,
}

/// serde_json's error as (message without its place, category, column).
fn theirs(e: serde_json::Error) -> (String, Category, usize) {
    let s = e.to_string();
    let msg = match s.rfind(" at line ") {
        Some(at) => s[..at].to_string(),
        None => s,
    };
    (msg, e.classify(), e.column())
}

fn ours(e: Error) -> (String, Category, usize) {
    (e.to_string(), e.classify(), e.column())
}

fn check<T: PartialEq + std::fmt::Debug>(
    input: &[u8],
    what: &str,
    a: Result<T, Error>,
    b: Result<T, serde_json::Error>,
) -> bool {
    let a = a.map_err(ours);
    let b = b.map_err(theirs);
    if a != b && !same_float(&a, &b) {
        eprintln!(
            "{what} of {:?}:\n  ours   {a:?}\n  serde  {b:?}",
            String::from_utf8_lossy(input)
        );
        return false;
    }
    true
}

/// The one difference allowed: a float where something else was expected is printed from its
/// correctly rounded value; serde_json's faster parse can miss it by an ulp or so when the
/// number has more than 17 digits or an exponent beyond ±22.
fn same_float<T>(
    a: &Result<T, (String, Category, usize)>,
    b: &Result<T, (String, Category, usize)>,
) -> bool {
    let (Err(a), Err(b)) = (a, b) else {
        return false;
    };
    let float = |m: &str| -> Option<(f64, String)> {
        let rest = m.split_once("floating point `")?.1;
        let (x, tail) = rest.split_once('`')?;
        Some((x.parse().ok()?, tail.to_string()))
    };
    match (float(&a.0), float(&b.0)) {
        (Some((x, s)), Some((y, t))) => {
            s == t && a.1 == b.1 && a.2 == b.2 && ((x - y) / y).abs() < 1e-14
        }
        _ => false,
    }
}

/// Every reader against serde on `input`; false (and a report) on a difference.
fn agree(input: &[u8]) -> bool {
    let mut ok = check(
        input,
        "view",
        view(input),
        serde_json::from_slice::<View>(input),
    );
    ok &= check(
        input,
        "version",
        version(input),
        serde_json::from_slice::<Versioned>(input).map(|v| v.v),
    );
    ok &= check(
        input,
        "corrections",
        corrections(input),
        serde_json::from_slice::<Vec<Correction>>(input),
    );
    ok &= check(
        input,
        "options",
        js_options(input).map(|o| (o.reference_date, o.reference_time)),
        serde_json::from_slice::<JsOptions>(input).map(|o| (o.reference_date, o.reference_time)),
    );
    if let Ok(text) = std::str::from_utf8(input) {
        ok &= check(
            input,
            "export",
            export_view(text).map(|v| v.map(str::to_string)),
            serde_json::from_str::<Export>(text).map(|e| e.view.map(|v| v.get().to_string())),
        );
    }
    ok
}

const SEEDS: &[&str] = &[
    r#"{"v":1,"text":"Blinken met Wang in Beijing.","reference_date":"2023-06-18","hidden":["NORP","DATE"],"corrections":[{"op":"relabel","kind":"entity","start":0,"end":7,"text":"Blinken","label":"PERSON","scope":"entity"},{"op":"merge","kind":"entity","start":12,"end":16,"text":"Wang","with":{"start":0,"end":7,"text":"Blinken"}}],"newsmark":"0.1.0","marks":"abc123"}"#,
    r#"{"text":"a\"b\\c\/d\b\f\n\r\t\u00e9\ud83d\ude00 é","corrections":[{"op":"add","kind":"date","start":1,"end":5,"text":"abcd","value":"2023","speaker":null,"label":null}],"reference_date":null}"#,
    "[\"text\", null, [\"X\"], [[\"remove\", \"quote\", 1, 2, \"ab\"]], \"0.1\"]",
    r#"{"view": {"v": 1, "text": "x"}, "schema": "newsmark/1", "referenceDate": "2023-01-02", "referenceTime": "09:30"}"#,
    " [ {\"op\" : {\"split\": null}, \"kind\":{\"quote\":null},\"start\":4294967295,\"end\":0,\"text\":\"\",\"x\":[1,-2.5e3,{\"a\":[true,false,null]}]} ] ",
    "{\"v\": 18446744073709551615, \"text\": \"\\u0041\", \"extra\": {\"deep\": [[[]], {}]}}\n",
];

const VALUES: &[&str] = &[
    "null",
    "true",
    "false",
    "0",
    "-1",
    "-0",
    "1.5",
    "2e3",
    "-1e2",
    "4294967296",
    "18446744073709551616",
    "-9223372036854775809",
    "1e400",
    "\"x\"",
    "\"entity\"",
    "\"add\"",
    "[]",
    "[\"a\"]",
    "{}",
    "{\"start\":1,\"end\":2,\"text\":\"t\"}",
    "\"\\ud800\"",
    "01",
    "1.",
    "-",
    "nul",
    "{\"add\":null}",
    "{\"nope\":null}",
    "{\"add\":1}",
    "\"all\"",
];

#[test]
fn the_seeds_read_as_serde_reads_them() {
    for seed in SEEDS {
        assert!(agree(seed.as_bytes()));
    }
    assert!(view(SEEDS[0].as_bytes()).is_ok());
}

#[test]
fn every_cut_and_every_stray_byte_is_refused_as_serde_refuses_it() {
    let stray: &[u8] = b"\"\\,:{}[]0-.eE nt\x01\xff\xc3";
    let mut bad = 0;
    for seed in SEEDS {
        let b = seed.as_bytes();
        for i in 0..=b.len() {
            bad += !agree(&b[..i]) as usize;
            if i < b.len() {
                let mut cut = b.to_vec();
                cut.remove(i);
                bad += !agree(&cut) as usize;
            }
            for &x in stray {
                let mut more = b.to_vec();
                more.insert(i, x);
                bad += !agree(&more) as usize;
                if i < b.len() {
                    let mut other = b.to_vec();
                    other[i] = x;
                    bad += !agree(&other) as usize;
                }
            }
        }
    }
    assert_eq!(bad, 0);
}

#[test]
fn every_field_with_every_kind_of_value_reads_as_serde_reads_it() {
    let fields = [
        "text",
        "reference_date",
        "hidden",
        "corrections",
        "newsmark",
        "marks",
        "v",
        "referenceDate",
        "view",
    ];
    let cfields = [
        "op", "kind", "start", "end", "text", "label", "value", "speaker", "scope", "with",
    ];
    let mut bad = 0;
    for value in VALUES {
        for f in fields {
            for json in [
                format!("{{\"text\":\"t\",\"{f}\":{value}}}"),
                format!("{{\"{f}\":{value} }}"),
                format!("{{\"{f}\":{value},\"{f}\":{value}}}"),
            ] {
                bad += !agree(json.as_bytes()) as usize;
            }
        }
        for f in cfields {
            let json = format!(
                "{{\"text\":\"t\",\"corrections\":[{{\"op\":\"add\",\"kind\":\"date\",\"start\":1,\"end\":2,\"text\":\"x\",\"{f}\":{value}}}\n]}}"
            );
            bad += !agree(json.as_bytes()) as usize;
            let json = format!("[{{\"{f}\":{value},\"op\":\"add\"}}]");
            bad += !agree(json.as_bytes()) as usize;
        }
        bad += !agree(value.as_bytes()) as usize;
        bad += !agree(format!("[{value}]").as_bytes()) as usize;
        bad += !agree(format!("[\"t\",{value}]").as_bytes()) as usize;
    }
    assert_eq!(bad, 0);
}
