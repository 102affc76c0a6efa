//! Linking a speaker mention to the entity cluster it stands for.
//!
//! - a name (`Kritenbrink`, `Mr. Obama`): the entity mention it overlaps, or, where the
//!   recognizer missed it, the person cluster with that surname (or family name first: `Qin`);
//! - `he`, `she`: the first PERSON named in its sentence before it, else in the sentences before
//!   (the subject, in news, far more often than the last name mentioned), outside quotes (names
//!   inside a quote are rarely what a narrator's pronoun points to), skipping clusters whose
//!   honorific (`Mr.`, `Ms.`) says the other gender;
//! - a description (`the department`, `the ministry`): the most recent ORG whose name holds
//!   the head word; a role (`the secretary`, `the senator`): the most recent PERSON whose
//!   mention is preceded by that word (`Secretary Blinken`).
//!
//! Every search looks back over a bounded number of mentions, so the pass stays linear.

use crate::entities::{Entities, EntityLabel};
use crate::offsets::ceil_char_boundary;
use crate::text::Doc;

/// Mentions looked back over for an antecedent.
const LOOKBACK: usize = 80;

/// Sentences looked back over for the subject a pronoun stands for.
const SENTENCES_BACK: usize = 4;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Gender {
    Unknown,
    Male,
    Female,
}

pub struct Linker<'e> {
    entities: &'e Entities,
    /// Sorted, non-overlapping quote spans (bytes): mentions inside them are skipped for pronouns.
    quotes: Vec<(usize, usize)>,
    /// Per cluster, from the honorifics its mentions carry (`Mr.`, `Ms.`, `Mrs.`).
    gender: Vec<Gender>,
}

impl<'e> Linker<'e> {
    pub fn new(doc: &Doc, entities: &'e Entities, quotes: Vec<(usize, usize)>) -> Self {
        let mut gender = vec![Gender::Unknown; entities.clusters.len()];
        for m in &entities.mentions {
            let from = ceil_char_boundary(doc.text, m.start.saturating_sub(6));
            let before = doc.text.get(from..m.start).unwrap_or("");
            let g = if before.ends_with("Mr. ") || before.ends_with("Mr ") {
                Gender::Male
            } else if before.ends_with("Ms. ")
                || before.ends_with("Mrs. ")
                || before.ends_with("Ms ")
                || before.ends_with("Mrs ")
            {
                Gender::Female
            } else {
                continue;
            };
            if let Some(slot) = gender.get_mut(m.cluster) {
                *slot = g;
            }
        }
        Linker {
            entities,
            quotes,
            gender,
        }
    }

    fn compatible(&self, cluster: usize, pronoun: &str) -> bool {
        match self.gender.get(cluster).copied().unwrap_or(Gender::Unknown) {
            Gender::Unknown => true,
            Gender::Male => matches!(pronoun, "he" | "him"),
            Gender::Female => matches!(pronoun, "she" | "her"),
        }
    }

    /// `he`, `she`: the first person named (outside quotes) in the pronoun's sentence before
    /// it, else in the sentences before — the subject, in news, far more often than the last
    /// name mentioned (`Smith, who met Jones on Monday, said … “…,” he said`).
    fn person_for_pronoun(&self, doc: &Doc, at: usize, pronoun: &str) -> Option<usize> {
        let ms = &self.entities.mentions;
        let tok = doc
            .token_at_or_after(at)
            .min(doc.tokens.len().saturating_sub(1));
        let sentence = doc.sentence_of_token(tok);
        for s in (sentence.saturating_sub(SENTENCES_BACK)..=sentence).rev() {
            let Some(sent) = doc.sentences.get(s) else {
                continue;
            };
            let end = if s == sentence { at } else { sent.end };
            let i = ms.partition_point(|m| m.start < sent.start);
            let found = ms[i..]
                .iter()
                .take_while(|m| m.start < end)
                .take(LOOKBACK)
                .find(|m| {
                    m.label == EntityLabel::Person
                        && !self.inside_quote(m.start)
                        && self.compatible(m.cluster, pronoun)
                });
            if let Some(m) = found {
                return Some(m.cluster);
            }
        }
        self.before(at)
            .find(|m| {
                m.label == EntityLabel::Person
                    && !self.inside_quote(m.start)
                    && self.compatible(m.cluster, pronoun)
            })
            .map(|m| m.cluster)
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
        if let Some(m) = inside
            .iter()
            .rev()
            .find(|m| matches!(m.label, EntityLabel::Person | EntityLabel::Org))
            .or(inside.last())
            .filter(|_| !possessive)
        {
            return Some(m.cluster);
        }
        let lower = crate::text::case::lower_str(text);
        let words: Vec<&str> = lower.split_whitespace().collect();
        let head = *words.last()?;
        match head {
            "he" | "she" | "him" | "her" => return self.person_for_pronoun(doc, start, head),
            "it" | "they" | "we" => return None,
            _ => {}
        }
        if words.len() <= 2 && text.chars().next().is_some_and(char::is_uppercase) {
            // A name the recognizer missed here: the most recent person mentioned with that
            // surname (`Smith`) or family name first (`Qin` of `Qin Gang`), else any such cluster.
            let last = text
                .split_whitespace()
                .last()
                .unwrap_or(text)
                .trim_end_matches('.');
            let named = |c: usize| {
                self.entities.clusters.get(c).is_some_and(|cl| {
                    cl.label == EntityLabel::Person && {
                        let mut ws = cl.name.split_whitespace();
                        ws.next() == Some(last) || ws.next_back() == Some(last)
                    }
                })
            };
            let person = self
                .before(start)
                .map(|m| m.cluster)
                .find(|&c| named(c))
                .or_else(|| (0..self.entities.clusters.len()).find(|&c| named(c)));
            if person.is_some() {
                return person;
            }
            // Else a description capitalized by its place (`The department said: …`), read below.
        }
        let head_title = title_case(head);
        if let Some(m) = self.before(start).find(|m| {
            m.label == EntityLabel::Org
                && self
                    .entities
                    .clusters
                    .get(m.cluster)
                    .is_some_and(|c| c.name.split_whitespace().any(|w| w == head_title))
        }) {
            return Some(m.cluster);
        }
        // A role: `the secretary` → the last person introduced with that title.
        self.before(start)
            .filter(|m| m.label == EntityLabel::Person)
            .find(|m| {
                let from = ceil_char_boundary(doc.text, m.start.saturating_sub(40));
                crate::text::case::lower_str(&doc.text[from..m.start])
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| w == head)
            })
            .map(|m| m.cluster)
    }
}

fn title_case(w: &str) -> String {
    let mut cs = w.chars();
    let mut out = String::with_capacity(w.len() + 2);
    if let Some(c) = cs.next() {
        // `c.to_uppercase()`, without its table in the wasm (see `text::case`).
        crate::text::case::push_upper(c, &mut out);
        out.push_str(cs.as_str());
    }
    out
}
