//! W3C Web Annotation Data Model (JSON-LD): an `AnnotationCollection` whose first page holds one
//! `Annotation` per span. Each target carries a `TextQuoteSelector` (exact text with up to
//! `CONTEXT` code points of prefix and suffix) and a `TextPositionSelector` in Unicode code
//! points, as the model requires (not the UTF-16 units of `newsmark/1`).
//!
//! Bodies: the label as a `tagging` body; a date's value and a quote's speaker as `describing`
//! bodies; an entity's cluster name as an `identifying` body; the end of a range as a
//! `describing` body (`range start`, `range end`) and a `linking` body with the other end's
//! annotation id. The text has no URL of its own, so
//! its source is `urn:newsmark:text:<fingerprint>`.

use serde::Serialize;

use crate::annotations::{Annotations, Kind};
use crate::offsets::TextIndex;

/// Code points of context on each side of `exact`.
pub const CONTEXT: usize = 32;

// The JSON-LD shapes, as plain structs (cheaper in the wasm than building `serde_json::Value`s).

#[derive(Serialize)]
struct Collection<'a> {
    #[serde(rename = "@context")]
    context: &'static str,
    id: String,
    #[serde(rename = "type")]
    kind: &'static str,
    label: &'static str,
    generator: Generator,
    total: usize,
    first: Page<'a>,
}

#[derive(Serialize)]
struct Generator {
    #[serde(rename = "type")]
    kind: &'static str,
    name: String,
}

#[derive(Serialize)]
struct Page<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(rename = "startIndex")]
    start_index: usize,
    items: Vec<Annotation<'a>>,
}

#[derive(Serialize)]
struct Annotation<'a> {
    id: String,
    #[serde(rename = "type")]
    kind: &'static str,
    motivation: &'static str,
    body: Vec<Body<'a>>,
    target: Target<'a>,
}

#[derive(Serialize)]
struct Body<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    purpose: &'static str,
    value: std::borrow::Cow<'a, str>,
}

#[derive(Serialize)]
struct Target<'a> {
    source: &'a str,
    selector: (QuoteSelector<'a>, PositionSelector),
}

#[derive(Serialize)]
struct QuoteSelector<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    exact: &'a str,
    prefix: &'a str,
    suffix: &'a str,
}

#[derive(Serialize)]
struct PositionSelector {
    #[serde(rename = "type")]
    kind: &'static str,
    start: u32,
    end: u32,
}

fn body<'a>(purpose: &'static str, value: impl Into<std::borrow::Cow<'a, str>>) -> Body<'a> {
    Body {
        kind: "TextualBody",
        purpose,
        value: value.into(),
    }
}

pub fn render(text: &str, a: &Annotations) -> String {
    let index = TextIndex::new(text);
    let fp = super::fingerprint(text);
    let source = format!("urn:newsmark:text:{fp}");
    let mut items = Vec::new();
    for s in &a.spans {
        let (Some(start), Some(end)) = (index.at_utf16(s.start), index.at_utf16(s.end)) else {
            continue;
        };
        if start.byte >= end.byte {
            continue;
        }
        let prefix_from = text[..start.byte]
            .char_indices()
            .rev()
            .nth(CONTEXT - 1)
            .map_or(0, |(i, _)| i);
        let suffix_to = text[end.byte..]
            .char_indices()
            .nth(CONTEXT)
            .map_or(text.len(), |(i, _)| end.byte + i);
        let mut bodies = vec![body("tagging", &*s.label)];
        match s.kind {
            Kind::Date => {
                bodies.extend(s.value.as_deref().map(|v| body("describing", v)));
                // A range's ends link to each other: a `linking` body names the other end's
                // annotation, a `describing` one says which end this is.
                if let Some(r) = s.range {
                    let (role, other) = if r.from == s.id {
                        ("range start", r.to)
                    } else {
                        ("range end", r.from)
                    };
                    bodies.push(body("describing", role));
                    bodies.push(body("linking", format!("urn:newsmark:{fp}:span:{other}")));
                }
            }
            Kind::Quote => bodies.extend(
                s.speaker
                    .as_ref()
                    .map(|sp| body("describing", format!("speaker: {}", sp.text))),
            ),
            Kind::Entity => bodies.extend(
                s.entity
                    .and_then(|e| a.entities.get(e as usize))
                    .map(|e| body("identifying", e.name.as_str())),
            ),
        }
        items.push(Annotation {
            id: format!("urn:newsmark:{fp}:span:{}", s.id),
            kind: "Annotation",
            motivation: if s.kind == Kind::Quote {
                "highlighting"
            } else {
                "tagging"
            },
            body: bodies,
            target: Target {
                source: &source,
                selector: (
                    QuoteSelector {
                        kind: "TextQuoteSelector",
                        exact: &text[start.byte..end.byte],
                        prefix: &text[prefix_from..start.byte],
                        suffix: &text[end.byte..suffix_to],
                    },
                    PositionSelector {
                        kind: "TextPositionSelector",
                        start: start.code_point,
                        end: end.code_point,
                    },
                ),
            },
        });
    }
    let collection = Collection {
        context: "http://www.w3.org/ns/anno.jsonld",
        id: format!("urn:newsmark:{fp}:annotations"),
        kind: "AnnotationCollection",
        label: "newsmark annotations",
        generator: Generator {
            kind: "Software",
            name: format!("newsmark {}", crate::version()),
        },
        total: items.len(),
        first: Page {
            kind: "AnnotationPage",
            start_index: 0,
            items,
        },
    };
    crate::annotations::json_text(&collection)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::export::standoff::tests::cp_slice;
    use crate::view::{annotate_view, View};
    use serde_json::Value;

    /// Every annotation's selectors agree with the text; returns the number of annotations.
    pub fn check_w3c(text: &str, jsonld: &str) -> usize {
        let v: Value = serde_json::from_str(jsonld).unwrap();
        assert_eq!(v["@context"], "http://www.w3.org/ns/anno.jsonld");
        let items = v["first"]["items"].as_array().unwrap();
        assert_eq!(v["total"].as_u64().unwrap() as usize, items.len());
        let chars: Vec<char> = text.chars().collect();
        for item in items {
            assert_eq!(item["type"], "Annotation");
            let sel = item["target"]["selector"].as_array().unwrap();
            let quote = sel
                .iter()
                .find(|s| s["type"] == "TextQuoteSelector")
                .unwrap();
            let pos = sel
                .iter()
                .find(|s| s["type"] == "TextPositionSelector")
                .unwrap();
            let (s, e) = (
                pos["start"].as_u64().unwrap() as usize,
                pos["end"].as_u64().unwrap() as usize,
            );
            let exact = quote["exact"].as_str().unwrap();
            assert_eq!(cp_slice(text, s, e), exact);
            let prefix = quote["prefix"].as_str().unwrap();
            let suffix = quote["suffix"].as_str().unwrap();
            assert_eq!(cp_slice(text, s - prefix.chars().count(), s), prefix);
            assert_eq!(cp_slice(text, e, e + suffix.chars().count()), suffix);
            assert_eq!(prefix.chars().count(), s.min(CONTEXT));
            assert_eq!(suffix.chars().count(), (chars.len() - e).min(CONTEXT));
            assert!(item["body"]
                .as_array()
                .unwrap()
                .iter()
                .any(|b| b["purpose"] == "tagging"));
        }
        items.len()
    }

    #[test]
    fn selectors_slice_the_example_by_code_points() {
        let view = crate::export::tests::example_view();
        let a = annotate_view(&view).unwrap().annotations;
        assert_eq!(
            check_w3c(&view.text, &render(&view.text, &a)),
            a.spans.len()
        );
    }

    /// Issue 19: a range's two annotations link to each other and say which end they are.
    #[test]
    fn the_ends_of_a_range_link_to_each_other() {
        let view = View {
            reference_date: Some("2023-06-14".into()),
            ..View::new("The fair ran 10 - 22 August 2012 in town.")
        };
        let a = annotate_view(&view).unwrap().annotations;
        let json = render(&view.text, &a);
        assert_eq!(check_w3c(&view.text, &json), a.spans.len());
        let v: Value = serde_json::from_str(&json).unwrap();
        let items = v["first"]["items"].as_array().unwrap();
        let bodies = |i: usize| items[i]["body"].as_array().unwrap().clone();
        let link = |i: usize| {
            bodies(i)
                .iter()
                .find(|b| b["purpose"] == "linking")
                .map(|b| b["value"].as_str().unwrap().to_string())
        };
        assert_eq!(link(0).as_deref(), items[1]["id"].as_str());
        assert_eq!(link(1).as_deref(), items[0]["id"].as_str());
        assert!(bodies(0).iter().any(|b| b["value"] == "range start"));
        assert!(bodies(1).iter().any(|b| b["value"] == "range end"));
    }

    #[test]
    fn positions_are_code_points_not_utf16_units() {
        let text = "👍🏽👍🏽 Antony Blinken flew to Beijing on Sunday. Qin Gang 中文 met him.";
        let view = View {
            reference_date: Some("2023-06-14".into()),
            ..View::new(text)
        };
        let a = annotate_view(&view).unwrap().annotations;
        let out = render(text, &a);
        assert!(check_w3c(text, &out) > 0);
        let blinken = a
            .spans
            .iter()
            .find(|s| s.text == "Antony Blinken")
            .expect("found");
        assert_eq!(blinken.start, 9, "UTF-16");
        assert!(out.contains("\"start\":5,"), "code points: {out}");
    }
}
