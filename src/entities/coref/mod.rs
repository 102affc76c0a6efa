//! Groups the tagged names of one article into entities and gives each entity one label and the
//! fullest name found in the text.
//!
//! Linear in the number of mentions (hash maps, no pairwise comparison): longer names are seen
//! first and leave their words and initials in indexes that shorter mentions look up —
//! `Blinken` and `Antony` find `Antony Blinken`, `PRC` finds `People’s Republic of China`,
//! `U.S.` finds `United States`. A word shared by two different full names is ambiguous and links
//! to neither.
//!
//! The recognizer's result types (`Entities`, `Mention`, `Cluster`) are defined here, where they
//! are built.

use super::label::EntityLabel;
use super::tagger::gazetteer::Gazetteer;
use super::tagger::{Evidence, TaggedSpan};
use crate::text::Doc;

mod index;
mod keys;
mod labels;
#[cfg(test)]
mod tests;

use index::Index;
use keys::{key, word_count};
use labels::{label_of, settle_labels};

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

/// What the recognizer finds in one document: its mentions and the entities they belong to.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Entities {
    /// In text order, non-overlapping.
    pub mentions: Vec<Mention>,
    pub clusters: Vec<Cluster>,
}

/// A mention as clustering reads it: byte offsets, its label before the cluster's vote, and its
/// number of words.
struct Draft {
    start: usize,
    end: usize,
    label: EntityLabel,
    nwords: usize,
    /// The tagger's score for reading the mention as each model type, where the type is the
    /// tagger's own (`None` where a rule gave it, or no evidence is given).
    scores: Option<[i32; 4]>,
    /// A rule, not the tagger, gave the mention its label (the tagger's evidence is given and
    /// has no score for it).
    by_rule: bool,
}

pub fn cluster(
    doc: &Doc,
    spans: &[TaggedSpan],
    gazetteer: &Gazetteer,
    evidence: Option<&Evidence>,
) -> Entities {
    let drafts = drafts(doc, spans, gazetteer, evidence);
    // Longest first, then text order.
    let mut order: Vec<usize> = (0..drafts.len()).collect();
    // (Word counts and offsets are below 2^32: texts are at most 16 MiB.)
    crate::sort::by_key(&mut order, |&i| {
        ((u32::MAX - drafts[i].nwords as u32) as u64) << 32 | drafts[i].start as u64
    });

    let mut clusters: Vec<Cluster> = Vec::new();
    let mut index = Index::default();
    let mut founded_by_full_name: Vec<bool> = Vec::new();
    let mut assigned = vec![0usize; drafts.len()];
    for &i in &order {
        let d = &drafts[i];
        let text = &doc.text[d.start..d.end];
        let k = key(text);
        let own_key = place_key(&k, text, d.label, gazetteer);
        let exact_key = own_key.as_deref().unwrap_or(&k);
        let c = match index.link(d, text, &k, exact_key, gazetteer) {
            Some(c) => c,
            None => {
                clusters.push(Cluster {
                    label: d.label,
                    name: text.to_string(),
                });
                let c = clusters.len() - 1;
                founded_by_full_name.push(index.add(c, d, text, gazetteer));
                c
            }
        };
        index.exact.entry(own_key.unwrap_or(k)).or_insert(c as u32);
        assigned[i] = c;
    }
    settle_labels(&mut clusters, &drafts, &assigned, &founded_by_full_name);

    let mentions = drafts
        .iter()
        .enumerate()
        .map(|(i, d)| Mention {
            start: d.start,
            end: d.end,
            label: clusters[assigned[i]].label,
            cluster: assigned[i],
        })
        .collect();
    Entities { mentions, clusters }
}

/// The spans that lie inside `doc`, as clustering reads them.
fn drafts(
    doc: &Doc,
    spans: &[TaggedSpan],
    gazetteer: &Gazetteer,
    evidence: Option<&Evidence>,
) -> Vec<Draft> {
    spans
        .iter()
        .filter(|s| s.first < s.last && s.last <= doc.tokens.len())
        .map(|s| {
            let text = s.text(doc);
            let scores = evidence.and_then(|e| e.of_span(s.first, s.last, s.kind));
            Draft {
                start: doc.tokens[s.first].start,
                end: doc.tokens[s.last - 1].end,
                label: label_of(s.kind, text, gazetteer),
                nwords: word_count(text),
                scores,
                by_rule: evidence.is_some() && scores.is_none(),
            }
        })
        .collect()
}

/// The key under which a mention links to the same name written alike (`k`, its comparison
/// form). A city's club and the city itself (`Nice` beat Lyon, the dateline `NICE, France`) are
/// two entities: a known place tagged once as an organization and once as a place keeps the two
/// apart. None where that key is `k` itself, which then needs no copy.
fn place_key(k: &str, text: &str, label: EntityLabel, gazetteer: &Gazetteer) -> Option<String> {
    if !(matches!(label, EntityLabel::Org | EntityLabel::Place) && gazetteer.is_place(text)) {
        return None;
    }
    let label = label.as_str();
    let mut key = String::with_capacity(k.len() + 1 + label.len());
    key.push_str(k);
    key.push('\u{0}');
    key.push_str(label);
    Some(key)
}
