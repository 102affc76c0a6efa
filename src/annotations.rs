//! The one result shape (schema `newsmark/1`) shared by the JS API, the CLI and every export.
//!
//! Offsets here are UTF-16 code units, end exclusive, because that is what a JS string index is
//! and the page is the main consumer. Recognizers work in byte offsets; `crate::resolve` converts
//! once at the end.

use std::borrow::Cow;

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

/// The two ends of a range of dates or times (`10 - 22 August 2012`), by their span ids: both end
/// spans carry the same link; a span is the start when its id is `from`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DateRange {
    pub from: u32,
    pub to: u32,
}

/// One marked stretch of text. Kind-specific fields: `entity` (entity spans), `value` (dates,
/// a TIMEX3 value or null) and `range` (dates that end a range, else absent), `speaker` (quotes,
/// or null) and `speaker_name` (quotes whose speaker a reader named but the text does not: written
/// only then).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Span {
    pub id: u32,
    pub kind: Kind,
    /// Its label: borrowed from the vocabulary (`crate::labels`) as the recognizers give it, owned
    /// for a reader's own (`PRODUCT`) or one read back from JSON.
    pub label: Cow<'static, str>,
    pub start: u32,
    pub end: u32,
    pub text: String,
    #[serde(default)]
    pub entity: Option<u32>,
    #[serde(default)]
    pub value: Option<String>,
    #[serde(default)]
    pub speaker: Option<Speaker>,
    #[serde(default)]
    pub range: Option<DateRange>,
    /// A quote's speaker named by a reader's correction but not found in the text (`a
    /// spokesperson`); `speaker` is then null. Never set by the recognizers.
    #[serde(default)]
    pub speaker_name: Option<String>,
}

// Hand-written so that each kind carries exactly its own fields, with an explicit `null` where
// the schema says "null when nothing can be said" (a date's value, a quote's speaker).
impl Serialize for Span {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Span", 8)?;
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
            Kind::Date => {
                st.serialize_field("value", &self.value)?;
                match &self.range {
                    Some(r) => st.serialize_field("range", r)?,
                    None => st.skip_field("range")?,
                }
            }
            Kind::Quote => {
                st.serialize_field("speaker", &self.speaker)?;
                match &self.speaker_name {
                    Some(name) => st.serialize_field("speaker_name", name)?,
                    None => st.skip_field("speaker_name")?,
                }
            }
        }
        st.end()
    }
}

/// A cluster of mentions of one real-world entity; `name` is the fullest form in the text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    pub id: u32,
    /// As a span's label: borrowed from the vocabulary, or owned.
    pub label: Cow<'static, str>,
    pub name: String,
    /// Span ids of the mentions, in text order.
    pub mentions: Vec<u32>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Annotations {
    pub schema: String,
    /// The newsmark version that made the result (`crate::version()`), so a stored result says
    /// what produced it. Empty when read from a result that predates the field.
    #[serde(default)]
    pub newsmark: String,
    /// The entity model it ran with (`crate::model_version()`): `ner-` and a fingerprint of
    /// `src/entities/data/`. Empty when read from a result that predates the field.
    #[serde(default)]
    pub model: String,
    /// The date relative expressions were resolved against (`YYYY-MM-DD`), or null.
    pub reference_date: Option<String>,
    /// Its time of day (`HH:MM` or `HH:MM:SS`), when the caller or a web timestamp gave one;
    /// else null.
    #[serde(default)]
    pub reference_time: Option<String>,
    /// Where the reference came from: `"caller"`, `"dateline"` (a dateline or a date alone near
    /// the top), `"timestamp"` (a web page's `Published …`, `Updated …`); null without one.
    #[serde(default)]
    pub reference_source: Option<String>,
    /// Sorted by start, longer first.
    pub spans: Vec<Span>,
    pub entities: Vec<Entity>,
}

/// serde_json's compact text of `value`. Writing to a string fails only for a map whose keys
/// are not strings, which none of our types has; the panic does not print serde_json's error,
/// so that its messages stay out of the wasm.
pub(crate) fn json_text<T: serde::Serialize + ?Sized>(value: &T) -> String {
    match serde_json::to_string(value) {
        Ok(json) => json,
        Err(_) => unreachable!("our types always serialize"),
    }
}

impl Annotations {
    /// The result as compact JSON. (A hand-written writer was 1 % faster on the page's worker,
    /// but it was a third copy of the schema beside `Serialize` and the JS builder in
    /// `wasm.rs`, and it fell behind the first field added after it; not worth it.)
    pub fn to_json(&self) -> String {
        json_text(self)
    }

    /// Who said `quote`, as the page names them: the name of the entity its speaker mention
    /// resolves to (`Shakeel Mohamed` for `he`), else the mention as written, else the name a
    /// reader gave (`speaker_name`); `None` when unattributed.
    pub fn speaker_name<'a>(&'a self, quote: &'a Span) -> Option<&'a str> {
        match &quote.speaker {
            Some(sp) => Some(
                sp.entity
                    .and_then(|e| self.entities.get(e as usize))
                    .map_or(sp.text.as_str(), |e| e.name.as_str()),
            ),
            None => quote.speaker_name.as_deref(),
        }
    }
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
    describe: impl Fn(usize) -> (Cow<'static, str>, String),
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
            range: None,
            speaker_name: None,
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
        // `speaker_name`: only on a quote a reader attributed to someone the text does not name.
        assert!(!j(Kind::Quote)
            .as_object()
            .unwrap()
            .contains_key("speaker_name"));
        let named = Span {
            speaker_name: Some("a spokesperson".into()),
            ..span(Kind::Quote)
        };
        let v = serde_json::to_value(&named).unwrap();
        assert_eq!(
            (&v["speaker"], &v["speaker_name"]),
            (&serde_json::Value::Null, &"a spokesperson".into())
        );
        let back: Span = serde_json::from_value(v).unwrap();
        assert_eq!(back, named);
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
    fn round_trips_through_json() {
        let a = Annotations {
            schema: SCHEMA.into(),
            newsmark: crate::version().into(),
            model: crate::model_version().into(),
            reference_date: Some("2023-06-14".into()),
            reference_time: None,
            reference_source: Some("caller".into()),
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
