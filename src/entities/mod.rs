//! Named entities: people, organizations, places and nationalities, clustered per real-world
//! entity.
//!
//! FIRST VERSION (placeholder to be replaced by the trained model of the entities issue): runs of
//! capitalized words that do not start a sentence, labelled by a few cue words.

use crate::text::{Doc, TokenKind};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityLabel {
    Person,
    Org,
    Place,
    Norp,
    Misc,
}

impl EntityLabel {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityLabel::Person => "PERSON",
            EntityLabel::Org => "ORG",
            EntityLabel::Place => "PLACE",
            EntityLabel::Norp => "NORP",
            EntityLabel::Misc => "MISC",
        }
    }
}

/// One mention in the text (byte offsets), belonging to `clusters[cluster]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub label: EntityLabel,
    pub cluster: usize,
}

/// All mentions of one entity; `name` is its fullest form in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cluster {
    pub label: EntityLabel,
    pub name: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Entities {
    /// In text order, non-overlapping.
    pub mentions: Vec<Mention>,
    pub clusters: Vec<Cluster>,
}

const PLACES: &[&str] = &["China", "Beijing", "Washington", "U.S.", "United States", "Taiwan", "Bali", "East Asia"];
const ORG_WORDS: &[&str] = &["Department", "Council", "Ministry", "Party", "Agency", "Commission"];
const NOT_NAMES: &[&str] = &["The", "A", "An", "He", "She", "It", "They", "We", "In", "On", "At", "But", "And", "His", "Her", "PRC"];

pub fn recognize(doc: &Doc) -> Entities {
    let mut out = Entities::default();
    let n = doc.tokens.len();
    let is_cap = |i: usize| doc.tokens[i].kind == TokenKind::Word && doc.token_text(i).chars().next().is_some_and(char::is_uppercase);
    let mut i = 0;
    while i < n {
        if !is_cap(i) || NOT_NAMES.contains(&doc.token_text(i)) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < n && is_cap(j) {
            j += 1;
        }
        let (start, end) = (doc.tokens[i].start, doc.tokens[j - 1].end);
        let name = &doc.text[start..end];
        let label = if PLACES.contains(&name) {
            EntityLabel::Place
        } else if ORG_WORDS.contains(&doc.token_text(j - 1)) {
            EntityLabel::Org
        } else if name.ends_with("ese") || name.ends_with("an") && j - i == 1 && name.len() > 6 {
            EntityLabel::Norp
        } else {
            EntityLabel::Person
        };
        let cluster = match out.clusters.iter().position(|c| c.name == name || (label == EntityLabel::Person && c.name.ends_with(name))) {
            Some(c) => c,
            None => {
                out.clusters.push(Cluster { label, name: name.to_string() });
                out.clusters.len() - 1
            }
        };
        let label = out.clusters[cluster].label;
        out.mentions.push(Mention { start, end, label, cluster });
        i = j;
    }
    out
}
