//! The last pipeline stage: turns the recognizers' findings into one consistent `Annotations`.
//!
//! - Overlaps between kinds: a date wins over an entity it overlaps (`June` the month is not a
//!   person); quotes may contain anything. Within a kind, the longer span wins.
//! - Entity clusters that lost all their mentions are dropped and the rest renumbered.
//! - Byte offsets become UTF-16 offsets; spans are sorted by start, longer first, and numbered.

use crate::annotations::{Annotations, Entity, Kind, Span, Speaker, SCHEMA};
use crate::dates::{calendar::Date, DateMention};
use crate::entities::Entities;
use crate::labels::Label;
use crate::offsets::TextIndex;
use crate::quotes::QuoteMention;
use crate::text::Doc;

/// A span before numbering, in byte offsets.
struct Draft {
    kind: Kind,
    label: &'static str,
    start: usize,
    end: usize,
    /// Index into `Entities::clusters` for entities; date value; quote speaker.
    cluster: Option<usize>,
    value: Option<String>,
    speaker: Option<crate::quotes::SpeakerMention>,
}

pub fn assemble(
    doc: &Doc,
    reference: Option<Date>,
    dates: Vec<DateMention>,
    entities: Entities,
    quotes: Vec<QuoteMention>,
) -> Annotations {
    let text = doc.text;
    let valid = |s: usize, e: usize| {
        s < e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e)
    };

    let mut drafts: Vec<Draft> =
        Vec::with_capacity(dates.len() + entities.mentions.len() + quotes.len());
    drafts.extend(
        dates
            .into_iter()
            .filter(|d| valid(d.start, d.end))
            .map(|d| Draft {
                kind: Kind::Date,
                label: d.label.as_str(),
                start: d.start,
                end: d.end,
                cluster: None,
                value: d.value,
                speaker: None,
            }),
    );
    let date_ranges = SortedRanges::new(drafts.iter().map(|d| (d.start, d.end)).collect());
    drafts.extend(
        entities
            .mentions
            .iter()
            .filter(|m| valid(m.start, m.end) && m.cluster < entities.clusters.len())
            .filter(|m| !date_ranges.overlaps(m.start, m.end))
            .map(|m| Draft {
                kind: Kind::Entity,
                label: m.label.as_str(),
                start: m.start,
                end: m.end,
                cluster: Some(m.cluster),
                value: None,
                speaker: None,
            }),
    );
    drafts.extend(
        quotes
            .into_iter()
            .filter(|q| valid(q.start, q.end))
            .map(|q| Draft {
                kind: Kind::Quote,
                label: Label::Quote.name(),
                start: q.start,
                end: q.end,
                cluster: None,
                value: None,
                speaker: q.speaker.filter(|s| valid(s.start, s.end)),
            }),
    );

    drafts.sort_by(|a, b| {
        a.start
            .cmp(&b.start)
            .then(b.end.cmp(&a.end))
            .then(a.kind.cmp(&b.kind))
    });
    drop_same_kind_overlaps(&mut drafts);

    // Renumber the clusters that still have mentions, in order of first mention.
    let mut cluster_id: Vec<Option<u32>> = vec![None; entities.clusters.len()];
    let mut out_entities: Vec<Entity> = Vec::new();
    let index = TextIndex::new(text);
    let mut spans = Vec::with_capacity(drafts.len());
    for (id, d) in drafts.into_iter().enumerate() {
        let id = id as u32;
        let entity = d.cluster.map(|c| {
            *cluster_id[c].get_or_insert_with(|| {
                let cl = &entities.clusters[c];
                out_entities.push(Entity {
                    id: out_entities.len() as u32,
                    label: cl.label.as_str().to_string(),
                    name: cl.name.clone(),
                    mentions: Vec::new(),
                });
                out_entities.len() as u32 - 1
            })
        });
        if let Some(e) = entity {
            out_entities[e as usize].mentions.push(id);
        }
        let speaker = d.speaker.map(|s| Speaker {
            start: index.utf16_at_byte(s.start),
            end: index.utf16_at_byte(s.end),
            text: text[s.start..s.end].to_string(),
            entity: s.cluster.map(|c| c as u32), // cluster index for now; mapped below
        });
        spans.push(Span {
            id,
            kind: d.kind,
            label: d.label.to_string(),
            start: index.utf16_at_byte(d.start),
            end: index.utf16_at_byte(d.end),
            text: text[d.start..d.end].to_string(),
            entity,
            value: d.value,
            speaker,
        });
    }
    // Cluster ids are final only now (a speaker's cluster may be first mentioned after the quote).
    for s in spans.iter_mut().filter_map(|s| s.speaker.as_mut()) {
        s.entity = s
            .entity
            .and_then(|c| cluster_id.get(c as usize).copied().flatten());
    }

    Annotations {
        schema: SCHEMA.to_string(),
        reference_date: reference.map(|d| d.to_string()),
        spans,
        entities: out_entities,
    }
}

/// Ranges sorted by start with the running maximum of their ends: whether `start..end` overlaps
/// any of them is a binary search, so checking every entity against every date stays linear.
struct SortedRanges {
    starts: Vec<usize>,
    max_end: Vec<usize>,
}

impl SortedRanges {
    fn new(mut ranges: Vec<(usize, usize)>) -> Self {
        ranges.sort_unstable();
        let mut max = 0;
        let max_end = ranges.iter().map(|&(_, e)| {
            max = max.max(e);
            max
        });
        SortedRanges {
            max_end: max_end.collect(),
            starts: ranges.iter().map(|r| r.0).collect(),
        }
    }

    fn overlaps(&self, start: usize, end: usize) -> bool {
        let before_end = self.starts.partition_point(|&s| s < end);
        before_end > 0 && self.max_end[before_end - 1] > start
    }
}

/// Keeps, within each kind, the first of any overlapping spans in (start, longer-first) order.
fn drop_same_kind_overlaps(drafts: &mut Vec<Draft>) {
    let mut last_end = [0usize; 3];
    drafts.retain(|d| {
        let k = d.kind as usize;
        if d.start < last_end[k] {
            return false;
        }
        last_end[k] = d.end;
        true
    });
}

#[cfg(test)]
mod tests {
    use super::SortedRanges;
    use crate::{annotate, Kind, Options};

    #[test]
    fn sorted_ranges_find_every_overlap_and_only_those() {
        let set = SortedRanges::new(vec![(20, 30), (0, 5), (6, 50), (60, 61)]);
        for (s, e, want) in [
            (5, 6, false),
            (4, 5, true),
            (51, 60, false),
            (55, 61, true),
            (30, 40, true),
            (61, 70, false),
            (0, 1, true),
        ] {
            assert_eq!(set.overlaps(s, e), want, "{s}..{e}");
        }
        assert!(!SortedRanges::new(vec![]).overlaps(0, 10));
    }

    #[test]
    fn spans_are_sorted_in_bounds_and_slice_to_their_text() {
        let text = "😀 Blinken met Qin Gang in Beijing on Sunday, June 18, 2023. “We agree,” Blinken said.";
        let a = annotate(
            text,
            &Options {
                reference_date: Some("2023-06-14".into()),
            },
        )
        .unwrap();
        let units: Vec<u16> = text.encode_utf16().collect();
        let mut prev = (0, 0);
        for s in &a.spans {
            assert!((s.start, std::cmp::Reverse(s.end)) >= (prev.0, std::cmp::Reverse(prev.1)));
            prev = (s.start, s.end);
            assert_eq!(
                String::from_utf16(&units[s.start as usize..s.end as usize]).unwrap(),
                s.text
            );
        }
        for e in &a.entities {
            for &m in &e.mentions {
                assert_eq!(a.spans[m as usize].entity, Some(e.id));
            }
        }
        assert!(a
            .spans
            .iter()
            .any(|s| s.kind == Kind::Date && s.value.as_deref() == Some("2023-06-18")));
    }
}
