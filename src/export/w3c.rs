//! W3C Web Annotation Data Model (JSON-LD): an `AnnotationCollection` whose first page holds one
//! `Annotation` per span. Each target carries a `TextQuoteSelector` (exact text with up to
//! `CONTEXT` code points of prefix and suffix) and a `TextPositionSelector` in Unicode code
//! points, as the model requires (not the UTF-16 units of `newsmark/1`).
//!
//! Bodies: the label as a `tagging` body; a date's value and a quote's speaker as `describing`
//! bodies; an entity's cluster name as an `identifying` body. The text has no URL of its own, so
//! its source is `urn:newsmark:text:<fingerprint>`.

use serde_json::{json, Value};

use crate::annotations::{Annotations, Kind};
use crate::units::TextIndex;

/// Code points of context on each side of `exact`.
pub const CONTEXT: usize = 32;

pub fn render(text: &str, a: &Annotations) -> String {
    let index = TextIndex::new(text);
    let fp = super::fingerprint(text);
    let source = format!("urn:newsmark:text:{fp}");
    let mut items = Vec::new();
    for s in &a.spans {
        let (Some(start), Some(end)) = (index.at_utf16(s.start), index.at_utf16(s.end)) else { continue };
        if start.byte >= end.byte {
            continue;
        }
        let prefix_from = text[..start.byte].char_indices().rev().nth(CONTEXT - 1).map_or(0, |(i, _)| i);
        let suffix_to = text[end.byte..].char_indices().nth(CONTEXT).map_or(text.len(), |(i, _)| end.byte + i);
        let mut body = vec![json!({"type": "TextualBody", "purpose": "tagging", "value": s.label})];
        match s.kind {
            Kind::Date => {
                if let Some(v) = &s.value {
                    body.push(json!({"type": "TextualBody", "purpose": "describing", "value": v, "format": "text/plain"}));
                }
            }
            Kind::Quote => {
                if let Some(sp) = &s.speaker {
                    body.push(json!({"type": "TextualBody", "purpose": "describing", "value": format!("speaker: {}", sp.text)}));
                }
            }
            Kind::Entity => {
                if let Some(e) = s.entity.and_then(|e| a.entities.get(e as usize)) {
                    body.push(json!({"type": "TextualBody", "purpose": "identifying", "value": e.name}));
                }
            }
        }
        items.push(json!({
            "id": format!("urn:newsmark:{fp}:span:{}", s.id),
            "type": "Annotation",
            "motivation": if s.kind == Kind::Quote { "highlighting" } else { "tagging" },
            "body": body,
            "target": {
                "source": source,
                "selector": [
                    {"type": "TextQuoteSelector", "exact": s.text,
                     "prefix": &text[prefix_from..start.byte], "suffix": &text[end.byte..suffix_to]},
                    {"type": "TextPositionSelector", "start": start.code_point, "end": end.code_point}
                ]
            }
        }));
    }
    let collection: Value = json!({
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": format!("urn:newsmark:{fp}:annotations"),
        "type": "AnnotationCollection",
        "label": "newsmark annotations",
        "generator": {"type": "Software", "name": format!("newsmark {}", crate::version())},
        "total": items.len(),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items}
    });
    serde_json::to_string_pretty(&collection).expect("JSON values serialize")
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::export::standoff::tests::cp_slice;
    use crate::share::{annotate_view, View};

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
            let quote = sel.iter().find(|s| s["type"] == "TextQuoteSelector").unwrap();
            let pos = sel.iter().find(|s| s["type"] == "TextPositionSelector").unwrap();
            let (s, e) = (pos["start"].as_u64().unwrap() as usize, pos["end"].as_u64().unwrap() as usize);
            let exact = quote["exact"].as_str().unwrap();
            assert_eq!(cp_slice(text, s, e), exact);
            let prefix = quote["prefix"].as_str().unwrap();
            let suffix = quote["suffix"].as_str().unwrap();
            assert_eq!(cp_slice(text, s - prefix.chars().count(), s), prefix);
            assert_eq!(cp_slice(text, e, e + suffix.chars().count()), suffix);
            assert_eq!(prefix.chars().count(), s.min(CONTEXT));
            assert_eq!(suffix.chars().count(), (chars.len() - e).min(CONTEXT));
            assert!(item["body"].as_array().unwrap().iter().any(|b| b["purpose"] == "tagging"));
        }
        items.len()
    }

    #[test]
    fn selectors_slice_the_example_by_code_points() {
        let view = crate::export::tests::example_view();
        let a = annotate_view(&view).unwrap().annotations;
        assert_eq!(check_w3c(&view.text, &render(&view.text, &a)), a.spans.len());
    }

    #[test]
    fn positions_are_code_points_not_utf16_units() {
        let text = "👍🏽👍🏽 Antony Blinken flew to Beijing on Sunday. Qin Gang 中文 met him.";
        let view = View { reference_date: Some("2023-06-14".into()), ..View::new(text) };
        let a = annotate_view(&view).unwrap().annotations;
        let out = render(text, &a);
        assert!(check_w3c(text, &out) > 0);
        let blinken = a.spans.iter().find(|s| s.text == "Antony Blinken").expect("found");
        assert_eq!(blinken.start, 9, "UTF-16");
        assert!(out.contains("\"start\": 5"), "code points: {out}");
    }
}
