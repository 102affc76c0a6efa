//! Which speaker each quote piece gets: the one its own cue names (`speakers`), or one shared
//! with the pieces around it. News rarely repeats a cue for every quote, so the sharing rules
//! carry as much as the cues:
//! - `called it “dangerous” and “ideological”`: a quote joined to the one before it shares its cue;
//! - `“A,” she said, “B.”`: the mention between two quotes is the speaker of both;
//! - pieces of one multi-paragraph quote share a speaker;
//! - `“A” and “B,” he said`: an earlier quote of a sentence takes a later one's speaker;
//! - a quote standing alone continues a colon introduction before it, or the speaker of the quote
//!   just before it; inside a sentence with no cue, it is guessed to be the subject's (`weak`).
//!
//! The rules run in that order, each over all pieces, so each sees what the earlier ones settled.

use super::marks::Piece;
use super::speakers::{Found, Speakers, TokRange};
use crate::text::Doc;

pub(super) struct Attribution {
    /// The cue each piece has itself (or shares with the quote it is joined to), and whether it
    /// sits right by the quote (`…,” he said`, `He said: “…`).
    pub direct: Vec<Option<(Found, bool)>>,
    /// The speaker each piece ends with, in token indices.
    pub found: Vec<Option<Found>>,
    /// Whether that speaker is only a guess: the subject of a sentence with no cue.
    pub weak: Vec<bool>,
}

impl Attribution {
    pub fn find(doc: &Doc, pieces: &[Piece]) -> Attribution {
        let ranges: Vec<TokRange> = pieces
            .iter()
            .map(|p| TokRange {
                a: doc.token_at_or_after(p.start),
                b: doc.token_at_or_after(p.end),
            })
            .collect();
        let sp = Speakers::new(doc);
        let mut direct = own_cues(doc, &sp, &ranges);
        share_cues_of_joined_quotes(doc, &ranges, &mut direct);
        let mut found: Vec<Option<Found>> = direct.iter().map(|d| d.map(|(f, _)| f)).collect();
        share_the_mention_between_quotes(doc, &ranges, &mut found);
        share_along_chains(pieces, &mut found);
        take_the_next_speaker_in_the_sentence(doc, &ranges, &mut found);
        let weak = attribute_quotes_standing_alone(doc, &sp, &ranges, &mut found);
        Attribution {
            direct,
            found,
            weak,
        }
    }

    /// The byte range of piece `i`'s speaker mention.
    pub fn speaker_bytes(&self, doc: &Doc, i: usize) -> Option<(usize, usize)> {
        let f = self.found[i]?;
        Some((
            doc.tokens.get(f.start)?.start,
            doc.tokens.get(f.end.checked_sub(1)?)?.end,
        ))
    }
}

/// Each piece's own cue, looked for no further than the quotes on either side.
fn own_cues(doc: &Doc, sp: &Speakers, ranges: &[TokRange]) -> Vec<Option<(Found, bool)>> {
    let n = doc.tokens.len();
    (0..ranges.len())
        .map(|i| {
            let prev_end = if i > 0 { ranges[i - 1].b } else { 0 };
            let next_start = ranges.get(i + 1).map_or(n, |r| r.a);
            if ranges[i].a >= ranges[i].b {
                return None;
            }
            sp.from_cues(ranges[i], prev_end, next_start)
        })
        .collect()
}

/// `called it “dangerous” and “ideological”`: a quote joined to the one before it by `and`,
/// `or`, `but` or a comma, in the same sentence, shares its cue.
fn share_cues_of_joined_quotes(
    doc: &Doc,
    ranges: &[TokRange],
    direct: &mut [Option<(Found, bool)>],
) {
    for i in 1..ranges.len() {
        let (prev, cur) = (ranges[i - 1], ranges[i]);
        if direct[i].is_none()
            && direct[i - 1].is_some()
            && cur.a > prev.b
            && cur.a - prev.b <= 6
            && same_sentence(doc, prev.b, cur.a)
        {
            let between = (prev.b..cur.a).map(|k| doc.token_text(k));
            if between
                .clone()
                .any(|w| matches!(w, "and" | "or" | "," | "but"))
                && !between.clone().any(|w| matches!(w, "." | ";" | ":"))
            {
                direct[i] = direct[i - 1];
            }
        }
    }
}

/// `“A,” she said, “B.”`: the mention between the two quotes is the speaker of both.
fn share_the_mention_between_quotes(doc: &Doc, ranges: &[TokRange], found: &mut [Option<Found>]) {
    for i in 1..ranges.len() {
        if let Some(f) = found[i - 1] {
            if f.start >= ranges[i - 1].b
                && f.end <= ranges[i].a
                && same_sentence(doc, ranges[i - 1].b, ranges[i].a)
            {
                found[i] = Some(f);
            }
        }
    }
}

/// Pieces of one multi-paragraph quote share the speaker of its first attributed piece.
fn share_along_chains(pieces: &[Piece], found: &mut [Option<Found>]) {
    let mut chain_speaker: Vec<Option<Found>> = vec![None; pieces.len()];
    for (i, p) in pieces.iter().enumerate() {
        if chain_speaker[p.chain].is_none() {
            chain_speaker[p.chain] = found[i];
        }
    }
    for (i, p) in pieces.iter().enumerate() {
        if found[i].is_none() {
            found[i] = chain_speaker[p.chain];
        }
    }
}

/// `“A” and “B,” he said`: an earlier quote of the same sentence takes the later one's speaker.
fn take_the_next_speaker_in_the_sentence(
    doc: &Doc,
    ranges: &[TokRange],
    found: &mut [Option<Found>],
) {
    for i in (0..ranges.len().saturating_sub(1)).rev() {
        if found[i].is_none()
            && found[i + 1].is_some()
            && same_sentence(doc, ranges[i].b.saturating_sub(1), ranges[i + 1].a)
        {
            found[i] = found[i + 1];
        }
    }
}

/// A quote standing alone continues a cue closing the sentence before, or else the quote
/// before it if that one is near; a quote inside a sentence with no cue at all is guessed to be
/// its subject's. Returns which speakers are such guesses.
fn attribute_quotes_standing_alone(
    doc: &Doc,
    sp: &Speakers,
    ranges: &[TokRange],
    found: &mut [Option<Found>],
) -> Vec<bool> {
    let mut weak = vec![false; ranges.len()];
    for i in 0..ranges.len() {
        if found[i].is_some() || ranges[i].a >= doc.tokens.len() {
            continue;
        }
        let prev_end = if i > 0 { ranges[i - 1].b } else { 0 };
        found[i] = sp.from_previous_sentence(ranges[i].a, prev_end);
        if found[i].is_none() {
            found[i] = sp.subject_of_sentence(ranges[i].a, prev_end);
            weak[i] = found[i].is_some();
        }
        if found[i].is_none()
            && i > 0
            && found[i - 1].is_some()
            && near(doc, ranges[i - 1].b.saturating_sub(1), ranges[i].a)
        {
            found[i] = found[i - 1];
        }
    }
    weak
}

fn same_sentence(doc: &Doc, a: usize, b: usize) -> bool {
    a < doc.tokens.len()
        && b < doc.tokens.len()
        && doc.sentence_of_token(a) == doc.sentence_of_token(b)
}

/// The quote at token `b` follows the one ending at token `a` closely: same paragraph, or the
/// next one.
fn near(doc: &Doc, a: usize, b: usize) -> bool {
    if a >= doc.tokens.len() || b >= doc.tokens.len() {
        return false;
    }
    let (sa, sb) = (doc.sentence_of_token(a), doc.sentence_of_token(b));
    let (pa, pb) = (doc.sentences[sa].paragraph, doc.sentences[sb].paragraph);
    pb <= pa + 1 && sb <= sa + 3
}
