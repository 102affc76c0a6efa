//! The one result shape (schema `newsmark/1`) shared by the JS API, the CLI and every export.
//!
//! Offsets here are UTF-16 code units, end exclusive, because that is what a JS string index is
//! and the page is the main consumer. Recognizers work in byte offsets; `crate::resolve` converts
//! once at the end.

use serde::ser::SerializeStruct;
use serde::{Deserialize, Serialize, Serializer};

pub const SCHEMA: &str = "newsmark/1";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Entity,
    Date,
    Quote,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Entity => "entity",
            Kind::Date => "date",
            Kind::Quote => "quote",
        }
    }
}

/// Who a quote is attributed to: the mention in the text (a name, a pronoun, a description)
/// and the entity cluster it resolves to, when there is one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    pub start: u32,
    pub end: u32,
    pub text: String,
    #[serde(default)]
    pub entity: Option<u32>,
}

/// One marked stretch of text. Kind-specific fields: `entity` (entity spans), `value` (dates,
/// a TIMEX3 value or null), `speaker` (quotes, or null).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Span {
    pub id: u32,
    pub kind: Kind,
    pub label: String,
    pub start: u32,
    pub end: u32,
    pub text: String,
    #[serde(default)]
    pub entity: Option<u32>,
    #[serde(default)]
    pub value: Option<String>,
    #[serde(default)]
    pub speaker: Option<Speaker>,
}

// Hand-written so that each kind carries exactly its own fields, with an explicit `null` where
// the schema says "null when nothing can be said" (a date's value, a quote's speaker).
impl Serialize for Span {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Span", 7)?;
        st.serialize_field("id", &self.id)?;
        st.serialize_field("kind", &self.kind)?;
        st.serialize_field("label", &self.label)?;
        st.serialize_field("start", &self.start)?;
        st.serialize_field("end", &self.end)?;
        st.serialize_field("text", &self.text)?;
        match self.kind {
            Kind::Entity => match self.entity {
                Some(e) => st.serialize_field("entity", &e)?,
                None => st.skip_field("entity")?,
            },
            Kind::Date => st.serialize_field("value", &self.value)?,
            Kind::Quote => st.serialize_field("speaker", &self.speaker)?,
        }
        st.end()
    }
}

/// A cluster of mentions of one real-world entity; `name` is the fullest form in the text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    pub id: u32,
    pub label: String,
    pub name: String,
    /// Span ids of the mentions, in text order.
    pub mentions: Vec<u32>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Annotations {
    pub schema: String,
    /// The date relative expressions were resolved against (`YYYY-MM-DD`), or null.
    pub reference_date: Option<String>,
    /// Sorted by start, longer first.
    pub spans: Vec<Span>,
    pub entities: Vec<Entity>,
}

impl Annotations {
    /// The result as compact JSON, byte for byte what `serde_json::to_string` writes (a test
    /// checks it), written straight into one string sized up front: this is what crosses the
    /// wasm boundary on every call, and serde's generic path cost twice as much.
    pub fn to_json(&self) -> String {
        let text_bytes: usize = self.spans.iter().map(|s| s.text.len()).sum();
        let mut o = String::with_capacity(
            64 + 112 * self.spans.len() + text_bytes + 48 * self.entities.len(),
        );
        o.push_str("{\"schema\":");
        json_str(&mut o, &self.schema);
        o.push_str(",\"reference_date\":");
        json_opt_str(&mut o, self.reference_date.as_deref());
        o.push_str(",\"spans\":[");
        for (k, s) in self.spans.iter().enumerate() {
            if k > 0 {
                o.push(',');
            }
            o.push_str("{\"id\":");
            json_u32(&mut o, s.id);
            o.push_str(",\"kind\":\"");
            o.push_str(s.kind.as_str());
            o.push_str("\",\"label\":");
            json_str(&mut o, &s.label);
            o.push_str(",\"start\":");
            json_u32(&mut o, s.start);
            o.push_str(",\"end\":");
            json_u32(&mut o, s.end);
            o.push_str(",\"text\":");
            json_str(&mut o, &s.text);
            match s.kind {
                Kind::Entity => {
                    if let Some(e) = s.entity {
                        o.push_str(",\"entity\":");
                        json_u32(&mut o, e);
                    }
                }
                Kind::Date => {
                    o.push_str(",\"value\":");
                    json_opt_str(&mut o, s.value.as_deref());
                }
                Kind::Quote => {
                    o.push_str(",\"speaker\":");
                    match &s.speaker {
                        None => o.push_str("null"),
                        Some(sp) => {
                            o.push_str("{\"start\":");
                            json_u32(&mut o, sp.start);
                            o.push_str(",\"end\":");
                            json_u32(&mut o, sp.end);
                            o.push_str(",\"text\":");
                            json_str(&mut o, &sp.text);
                            o.push_str(",\"entity\":");
                            match sp.entity {
                                Some(e) => json_u32(&mut o, e),
                                None => o.push_str("null"),
                            }
                            o.push('}');
                        }
                    }
                }
            }
            o.push('}');
        }
        o.push_str("],\"entities\":[");
        for (k, e) in self.entities.iter().enumerate() {
            if k > 0 {
                o.push(',');
            }
            o.push_str("{\"id\":");
            json_u32(&mut o, e.id);
            o.push_str(",\"label\":");
            json_str(&mut o, &e.label);
            o.push_str(",\"name\":");
            json_str(&mut o, &e.name);
            o.push_str(",\"mentions\":[");
            for (j, m) in e.mentions.iter().enumerate() {
                if j > 0 {
                    o.push(',');
                }
                json_u32(&mut o, *m);
            }
            o.push_str("]}");
        }
        o.push_str("]}");
        o
    }
}

fn json_u32(o: &mut String, mut n: u32) {
    let mut buf = [0u8; 10];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    // Only ASCII digits were written.
    o.push_str(std::str::from_utf8(&buf[i..]).unwrap_or("0"));
}

fn json_opt_str(o: &mut String, s: Option<&str>) {
    match s {
        Some(s) => json_str(o, s),
        None => o.push_str("null"),
    }
}

/// A JSON string literal, escaped as serde_json does: `"` and `\\`, the short forms of
/// backspace, form feed, newline, carriage return and tab, `\u00xx` for the other control
/// characters; everything else (non-ASCII included) as it is.
fn json_str(o: &mut String, s: &str) {
    o.push('"');
    let bytes = s.as_bytes();
    let mut from = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let esc = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            0x08 => "\\b",
            0x0C => "\\f",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0..=0x1F => "",
            _ => continue,
        };
        // Escaped bytes are ASCII, so `from..i` holds whole chars.
        o.push_str(&s[from..i]);
        from = i + 1;
        if esc.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            o.push_str("\\u00");
            o.push(HEX[(b >> 4) as usize] as char);
            o.push(HEX[(b & 0xF) as usize] as char);
        } else {
            o.push_str(esc);
        }
    }
    o.push_str(&s[from..]);
    o.push('"');
}

/// Numbers `spans` by position and their entities in order of first mention, dropping the
/// clusters left without mentions: the numbering every result has, whether it comes from the
/// recognizers (`crate::resolve`) or from corrections. On the way in, an entity span's `entity`
/// and a speaker's `entity` are indices below `clusters` into the caller's clusters (a speaker's
/// may be anything), and `describe(c)` gives cluster `c`'s label and name; on the way out they are
/// ids of the returned entities. Other spans lose any `entity`.
pub(crate) fn number(
    spans: &mut [Span],
    clusters: usize,
    describe: impl Fn(usize) -> (String, String),
) -> Vec<Entity> {
    let mut new_id: Vec<Option<u32>> = vec![None; clusters];
    let mut entities: Vec<Entity> = Vec::new();
    for (id, s) in spans.iter_mut().enumerate() {
        s.id = id as u32;
        if s.kind != Kind::Entity {
            s.entity = None;
            continue;
        }
        let Some(c) = s.entity.map(|c| c as usize) else {
            continue;
        };
        let e = *new_id[c].get_or_insert_with(|| {
            let (label, name) = describe(c);
            entities.push(Entity {
                id: entities.len() as u32,
                label,
                name,
                mentions: Vec::new(),
            });
            entities.len() as u32 - 1
        });
        entities[e as usize].mentions.push(id as u32);
        s.entity = Some(e);
    }
    // Speakers last: a speaker's cluster may be first mentioned after the quote.
    for sp in spans.iter_mut().filter_map(|s| s.speaker.as_mut()) {
        sp.entity = sp
            .entity
            .and_then(|c| new_id.get(c as usize).copied().flatten());
    }
    entities
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(kind: Kind) -> Span {
        Span {
            id: 0,
            kind,
            label: "X".into(),
            start: 0,
            end: 1,
            text: "a".into(),
            entity: None,
            value: None,
            speaker: None,
        }
    }

    #[test]
    fn each_kind_serializes_its_own_fields() {
        let j = |k| serde_json::to_value(span(k)).unwrap();
        assert!(j(Kind::Date).as_object().unwrap().contains_key("value"));
        assert!(j(Kind::Date)["value"].is_null());
        assert!(j(Kind::Quote).as_object().unwrap().contains_key("speaker"));
        assert!(!j(Kind::Quote).as_object().unwrap().contains_key("value"));
        assert!(!j(Kind::Entity).as_object().unwrap().contains_key("speaker"));
        assert_eq!(j(Kind::Entity)["kind"], "entity");
    }

    #[test]
    fn numbering_follows_first_mentions_and_drops_clusters_without_any() {
        let mention = |c: u32| Span {
            entity: Some(c),
            ..span(Kind::Entity)
        };
        let quote = |c: u32| Span {
            speaker: Some(Speaker {
                start: 0,
                end: 1,
                text: "a".into(),
                entity: Some(c),
            }),
            entity: Some(9),
            ..span(Kind::Quote)
        };
        // Clusters 0..4: 3 is first mentioned, then 1; 0 and 2 have no mention left.
        let mut spans = vec![mention(3), quote(1), quote(0), mention(1), mention(3)];
        let entities = number(&mut spans, 4, |c| ("PERSON".into(), format!("c{c}")));
        let names: Vec<_> = entities
            .iter()
            .map(|e| (e.name.as_str(), e.mentions.clone()))
            .collect();
        assert_eq!(names, [("c3", vec![0, 4]), ("c1", vec![3])]);
        let ids: Vec<_> = spans.iter().map(|s| (s.id, s.entity)).collect();
        assert_eq!(
            ids,
            [
                (0, Some(0)),
                (1, None),
                (2, None),
                (3, Some(1)),
                (4, Some(0))
            ]
        );
        let speakers: Vec<_> = spans[1..3]
            .iter()
            .map(|s| s.speaker.as_ref().unwrap().entity)
            .collect();
        assert_eq!(
            speakers,
            [Some(1), None],
            "a speaker follows its cluster, or loses it"
        );
    }

    #[test]
    fn to_json_writes_what_serde_json_writes() {
        let odd =
            "quote \" back \\ \u{0}\u{1}\u{8}\u{b}\u{c}\u{1f}\u{7f} \n\r\t é 😀 </script> \u{2028}";
        let quote = Span {
            speaker: Some(Speaker {
                start: 3,
                end: 4_000_000_000,
                text: odd.into(),
                entity: None,
            }),
            ..span(Kind::Quote)
        };
        let a = Annotations {
            schema: SCHEMA.into(),
            reference_date: None,
            spans: vec![
                Span {
                    text: odd.into(),
                    label: odd.into(),
                    entity: Some(7),
                    ..span(Kind::Entity)
                },
                span(Kind::Entity),
                Span {
                    value: Some("2023-06-18".into()),
                    ..span(Kind::Date)
                },
                span(Kind::Date),
                quote.clone(),
                Span {
                    speaker: quote.speaker.clone().map(|s| Speaker {
                        entity: Some(0),
                        ..s
                    }),
                    ..quote
                },
                span(Kind::Quote),
            ],
            entities: vec![
                Entity {
                    id: 0,
                    label: "PERSON".into(),
                    name: odd.into(),
                    mentions: vec![0, 10, u32::MAX],
                },
                Entity {
                    id: 1,
                    label: "ORG".into(),
                    name: String::new(),
                    mentions: vec![],
                },
            ],
        };
        assert_eq!(a.to_json(), serde_json::to_string(&a).unwrap());
        let empty = Annotations {
            reference_date: Some("2023-06-14".into()),
            spans: vec![],
            entities: vec![],
            ..a
        };
        assert_eq!(empty.to_json(), serde_json::to_string(&empty).unwrap());
        for text in [
            include_str!("../tests/fixtures/blinken-china-trip.txt"),
            "",
            "\u{0}\"Hi,\" she said.\t\u{1b}",
        ] {
            let a = crate::annotate(text, &crate::Options::default()).unwrap();
            assert_eq!(a.to_json(), serde_json::to_string(&a).unwrap());
        }
    }

    #[test]
    fn round_trips_through_json() {
        let a = Annotations {
            schema: SCHEMA.into(),
            reference_date: Some("2023-06-14".into()),
            spans: vec![Span {
                value: Some("2023-06-18".into()),
                ..span(Kind::Date)
            }],
            entities: vec![],
        };
        let back: Annotations = serde_json::from_str(&a.to_json()).unwrap();
        assert_eq!(back, a);
    }
}
