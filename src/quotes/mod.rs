//! Quotes and who said them.
//!
//! [`recognize`] runs these steps, one module each:
//! - `marks`: quote spans from their marks (curly, straight, single, guillemets, German),
//!   apostrophes told apart, quotes over several paragraphs cut into pieces;
//! - `filters`: titles and nicknames named in a sentence are no quotes (`on CNN’s “State of the
//!   Union”`, `dubbed him “…”`);
//! - `speakers` (with the verbs of `cues`): the speaker mention from attribution cues after,
//!   before or around each quote;
//! - `attribution`: the speaker each quote ends with, its own or shared with the quotes around
//!   it (pieces of one multi-paragraph quote; `“A,” she said, “B.”`; a quote standing alone
//!   continues the one just before it);
//! - `filters` again: quotes that report no one's words are dropped: short or title-case
//!   fragments with no cue right by them, quoted terms nobody is named for, single marks at the
//!   top level (headlines, terms) unless the whole text quotes with single marks, and paragraphs
//!   of transcript that never close;
//! - `pronouns`: the entity cluster a speaker mention (`he`, `the department`) stands for.
//!
//! Every step is linear in the text, whatever its marks (`tests` checks it). `''` (two straight
//! singles) is not a mark.

mod attribution;
mod cues;
mod filters;
mod marks;
mod pronouns;
mod speakers;
#[cfg(test)]
mod tests;

use crate::entities::Entities;
use crate::text::Doc;
use attribution::Attribution;

/// The mention a quote is attributed to (byte offsets) and the entity cluster it resolves to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpeakerMention {
    pub start: usize,
    pub end: usize,
    pub cluster: Option<usize>,
}

/// A quote, marks included (byte offsets).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuoteMention {
    pub start: usize,
    pub end: usize,
    pub speaker: Option<SpeakerMention>,
}

/// The quotes of `doc` with their speakers, linked to the clusters of `entities`.
pub fn recognize(doc: &Doc, entities: &Entities) -> Vec<QuoteMention> {
    let pieces = filters::without_titles(doc.text, marks::find(doc.text));
    if pieces.is_empty() {
        return Vec::new();
    }
    let who = Attribution::find(doc, &pieces);
    let reported = filters::Reported::new(doc.text, &pieces, &who);
    let quote_bytes = pieces.iter().map(|p| (p.start, p.end)).collect();
    let linker = pronouns::Linker::new(doc, entities, quote_bytes);
    let mut out = Vec::with_capacity(pieces.len());
    for (i, p) in pieces.iter().enumerate() {
        let speaker = who.speaker_bytes(doc, i);
        if reported.keeps(p, i, &who, speaker.is_some()) {
            out.push(QuoteMention {
                start: p.start,
                end: p.end,
                speaker: speaker.map(|(start, end)| SpeakerMention {
                    start,
                    end,
                    cluster: linker.cluster(doc, start, end),
                }),
            });
        }
    }
    out
}
