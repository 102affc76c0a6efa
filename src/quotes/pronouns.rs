//! Linking a speaker mention to the entity cluster it stands for.
//!
//! - a name (`Kritenbrink`, `Mr. Obama`): the entity mention it overlaps;
//! - `he`, `she`: the most recent PERSON mentioned before it outside quotes (names inside a
//!   quote are rarely what a narrator's pronoun points to);
//! - a description (`the department`, `the ministry`): the most recent ORG whose name holds
//!   the head word; a role (`the secretary`, `the senator`): the most recent PERSON whose
//!   mention is preceded by that word (`Secretary Blinken`).
//!
//! Every search looks back over a bounded number of mentions, so the pass stays linear.

use crate::entities::{EntityLabel, Entities};
use crate::text::Doc;

/// Mentions looked back over for an antecedent.
const LOOKBACK: usize = 80;

pub struct Linker<'e> {
    entities: &'e Entities,
    /// Sorted, non-overlapping quote spans (bytes): mentions inside them are skipped for pronouns.
    quotes: Vec<(usize, usize)>,
}

impl<'e> Linker<'e> {
    pub fn new(entities: &'e Entities, quotes: Vec<(usize, usize)>) -> Self {
        Linker { entities, quotes }
    }

    fn inside_quote(&self, start: usize) -> bool {
        let i = self.quotes.partition_point(|q| q.1 <= start);
        self.quotes.get(i).is_some_and(|q| q.0 <= start)
    }

    /// Mentions starting before `byte`, latest first, at most `LOOKBACK` of them.
    fn before(&self, byte: usize) -> impl Iterator<Item = &'e crate::entities::Mention> {
        let ms = &self.entities.mentions;
        let i = ms.partition_point(|m| m.start < byte);
        ms[i.saturating_sub(LOOKBACK)..i].iter().rev()
    }

    pub fn cluster(&self, doc: &Doc, start: usize, end: usize) -> Option<usize> {
        let text = doc.text.get(start..end)?;
        let ms = &self.entities.mentions;
        // A mention inside the speaker span: the last PERSON/ORG one (`Rep. Jim Jordan`).
        // (Not for `Smith’s spokesman`: the name there is someone else.)
        let i = ms.partition_point(|m| m.end <= start);
        let inside: Vec<_> = ms[i..].iter().take_while(|m| m.start < end).collect();
        let possessive = text.contains("’s ") || text.contains("'s ");
        if let Some(m) = inside.iter().rev().find(|m| matches!(m.label, EntityLabel::Person | EntityLabel::Org)).or(inside.last()).filter(|_| !possessive) {
            return Some(m.cluster);
        }
        let lower = text.to_lowercase();
        let words: Vec<&str> = lower.split_whitespace().collect();
        let head = *words.last()?;
        match head {
            "he" | "she" | "him" | "her" => {
                return self.before(start).find(|m| m.label == EntityLabel::Person && !self.inside_quote(m.start)).map(|m| m.cluster)
            }
            "it" | "they" | "we" => return None,
            _ => {}
        }
        if words.len() == 1 && text.chars().next().is_some_and(char::is_uppercase) {
            // A name the recognizer missed: a cluster whose name ends with it (`Smith`).
            return self.entities.clusters.iter().position(|c| c.label == EntityLabel::Person && c.name.split_whitespace().last() == Some(text));
        }
        let head_title = title_case(head);
        if let Some(m) = self.before(start).find(|m| {
            m.label == EntityLabel::Org && self.entities.clusters.get(m.cluster).is_some_and(|c| c.name.split_whitespace().any(|w| w == head_title))
        }) {
            return Some(m.cluster);
        }
        // A role: `the secretary` → the last person introduced with that title.
        self.before(start)
            .filter(|m| m.label == EntityLabel::Person)
            .find(|m| {
                let from = m.start.saturating_sub(40);
                let from = (from..m.start).find(|&k| doc.text.is_char_boundary(k)).unwrap_or(m.start);
                doc.text[from..m.start].to_lowercase().split(|c: char| !c.is_alphanumeric()).any(|w| w == head)
            })
            .map(|m| m.cluster)
    }
}

fn title_case(w: &str) -> String {
    let mut cs = w.chars();
    match cs.next() {
        Some(c) => c.to_uppercase().chain(cs).collect(),
        None => String::new(),
    }
}
