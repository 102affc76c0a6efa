//! Quotes and who said them.
//!
//! FIRST VERSION (placeholder to be replaced by the quotes issue): curly double quotes, with a
//! speaker from an entity mention right after (`…,” Kritenbrink said`).

use crate::entities::Entities;
use crate::text::Doc;

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

pub fn recognize(doc: &Doc, entities: &Entities) -> Vec<QuoteMention> {
    let text = doc.text;
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(open) = text[from..].find('“').map(|p| p + from) {
        let Some(close) = text[open..].find('”').map(|p| p + open + '”'.len_utf8()) else { break };
        let speaker = entities
            .mentions
            .iter()
            .find(|m| m.start >= close && m.start <= close + 4)
            .map(|m| SpeakerMention { start: m.start, end: m.end, cluster: Some(m.cluster) });
        out.push(QuoteMention { start: open, end: close, speaker });
        from = close;
    }
    out
}
