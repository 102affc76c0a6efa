//! The last pipeline stage: turns the recognizers' findings into one consistent `Annotations`.
//!
//! - Overlaps between kinds: a date wins over an entity it overlaps (`June` the month is not a
//!   person); quotes may contain anything. Within a kind, the longer span wins.
//! - Byte offsets become UTF-16 offsets, once, here ([`TextIndex`]); spans are sorted by start,
//!   longer first, and numbered; entity clusters that lost all their mentions are dropped and
//!   the rest renumbered (`annotations::number`, shared with corrections).

use crate::annotations::{self, Annotations, DateRange, Kind, Span, Speaker, SCHEMA};
use crate::dates::{DateMention, RangeEnd, Reference};
use crate::entities::Entities;
use crate::labels::Label;
use crate::offsets::TextIndex;
use crate::quotes::{QuoteMention, SpeakerMention};
use crate::text::Doc;
use crate::SpanTexts;

/// A span before numbering, in byte offsets.
struct Draft {
    kind: Kind,
    label: &'static str,
    start: usize,
    end: usize,
    /// An entity's index into `Entities::clusters`.
    cluster: Option<usize>,
    /// A date's TIMEX3 value.
    value: Option<String>,
    /// A quote's speaker.
    speaker: Option<SpeakerMention>,
    /// A date's index among the recognizer's dates, and the other end of its range.
    date: Option<(usize, Option<RangeEnd>)>,
}

pub fn assemble(
    doc: &Doc,
    reference: Option<Reference>,
    dates: Vec<DateMention>,
    entities: Entities,
    quotes: Vec<QuoteMention>,
    texts: SpanTexts,
) -> Annotations {
    let text = doc.text;
    let mut drafts: Vec<Draft> =
        Vec::with_capacity(dates.len() + entities.mentions.len() + quotes.len());
    // Dates first: an entity that overlaps one is dropped.
    drafts.extend(date_drafts(text, dates));
    let date_ranges = SortedRanges::new(drafts.iter().map(|d| (d.start, d.end)).collect());
    drafts.extend(entity_drafts(text, &entities).filter(|d| !date_ranges.overlaps(d.start, d.end)));
    drafts.extend(quote_drafts(text, quotes));
    resolve_overlaps(&mut drafts);

    let index = TextIndex::new(text);
    let dates_kept: Vec<(usize, Option<RangeEnd>)> = drafts.iter().filter_map(|d| d.date).collect();
    let mut spans: Vec<Span> = drafts
        .into_iter()
        .map(|d| d.into_span(&index, texts))
        .collect();
    let clusters = &entities.clusters;
    let out_entities = annotations::number(&mut spans, clusters.len(), |c| {
        (clusters[c].label.as_str().into(), clusters[c].name.clone())
    });
    link_ranges(&mut spans, &dates_kept);
    Annotations {
        schema: SCHEMA.to_string(),
        newsmark: crate::version().to_string(),
        model: crate::model_version().to_string(),
        reference_date: reference.map(|r| r.date.to_string()),
        reference_time: reference.and_then(|r| r.time).map(|t| t.to_string()),
        reference_source: reference.map(|r| r.source.as_str().to_string()),
        spans,
        entities: out_entities,
    }
}

/// Whether `start..end` is a non-empty range of whole chars of `text`.
fn valid(text: &str, start: usize, end: usize) -> bool {
    start < end && end <= text.len() && text.is_char_boundary(start) && text.is_char_boundary(end)
}

/// The range links of the date spans, as ids: `kept` holds, for the date spans in order, their
/// index among the recognizer's dates and the other end. A link whose other end was dropped (an
/// overlap) is dropped with it.
fn link_ranges(spans: &mut [Span], kept: &[(usize, Option<RangeEnd>)]) {
    let ids: Vec<u32> = spans
        .iter()
        .filter(|s| s.kind == Kind::Date)
        .map(|s| s.id)
        .collect();
    let id_of = |date: usize| kept.iter().position(|k| k.0 == date).map(|p| ids[p]);
    let mut links: Vec<(u32, DateRange)> = Vec::new();
    for (p, &(_, end)) in kept.iter().enumerate() {
        let Some(end) = end else { continue };
        let Some(other) = id_of(end.other) else {
            continue;
        };
        let (from, to) = if end.start {
            (ids[p], other)
        } else {
            (other, ids[p])
        };
        links.push((ids[p], DateRange { from, to }));
    }
    for (id, r) in links {
        spans[id as usize].range = Some(r);
    }
}

fn date_drafts(text: &str, dates: Vec<DateMention>) -> impl Iterator<Item = Draft> + '_ {
    dates
        .into_iter()
        .enumerate()
        .filter(|(_, d)| valid(text, d.start, d.end))
        .map(|(i, d)| Draft {
            kind: Kind::Date,
            label: d.label.as_str(),
            start: d.start,
            end: d.end,
            cluster: None,
            value: d.value,
            speaker: None,
            date: Some((i, d.range)),
        })
}

fn entity_drafts<'e>(text: &'e str, entities: &'e Entities) -> impl Iterator<Item = Draft> + 'e {
    entities
        .mentions
        .iter()
        .filter(|m| valid(text, m.start, m.end) && m.cluster < entities.clusters.len())
        .map(|m| Draft {
            kind: Kind::Entity,
            label: m.label.as_str(),
            start: m.start,
            end: m.end,
            cluster: Some(m.cluster),
            value: None,
            speaker: None,
            date: None,
        })
}

fn quote_drafts(text: &str, quotes: Vec<QuoteMention>) -> impl Iterator<Item = Draft> + '_ {
    quotes
        .into_iter()
        .filter(|q| valid(text, q.start, q.end))
        .map(|q| Draft {
            kind: Kind::Quote,
            label: Label::Quote.name(),
            start: q.start,
            end: q.end,
            cluster: None,
            value: None,
            speaker: q.speaker.filter(|s| valid(text, s.start, s.end)),
            date: None,
        })
}

/// Sorts the drafts by start, longer first, and keeps, within each kind, the first of any
/// overlapping ones.
fn resolve_overlaps(drafts: &mut Vec<Draft>) {
    // Offsets are below 2^25 (texts are at most 16 MiB): start, end reversed, kind.
    crate::sort::by_key(drafts, |d| {
        (d.start as u64) << 34 | ((u32::MAX - d.end as u32) as u64) << 2 | d.kind as u64
    });
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

impl Draft {
    /// The span, in UTF-16 offsets; its id and its entity's (a cluster index until then) are
    /// given by `annotations::number`. Its text and its speaker's are left empty with
    /// `SpanTexts::Empty`.
    fn into_span(self, index: &TextIndex, texts: SpanTexts) -> Span {
        let text = index.text();
        let copy = |start: usize, end: usize| match texts {
            SpanTexts::Copied => text[start..end].to_string(),
            SpanTexts::Empty => String::new(),
        };
        let speaker = self.speaker.map(|s| Speaker {
            start: index.utf16_at_byte(s.start),
            end: index.utf16_at_byte(s.end),
            text: copy(s.start, s.end),
            entity: s.cluster.map(|c| c as u32),
        });
        Span {
            id: 0,
            kind: self.kind,
            label: self.label.into(),
            start: index.utf16_at_byte(self.start),
            end: index.utf16_at_byte(self.end),
            text: copy(self.start, self.end),
            entity: self.cluster.map(|c| c as u32),
            value: self.value,
            speaker,
            range: None,
            speaker_name: None,
        }
    }
}

/// Ranges sorted by start with the running maximum of their ends: whether `start..end` overlaps
/// any of them is a binary search, so checking every entity against every date stays linear.
struct SortedRanges {
    starts: Vec<usize>,
    max_end: Vec<usize>,
}

impl SortedRanges {
    fn new(ranges: Vec<(usize, usize)>) -> Self {
        // Sorted as the crate's one sort's pairs (offsets are below 2^32).
        let mut pairs: Vec<(u64, u32)> = ranges
            .iter()
            .map(|&(s, e)| ((s as u64) << 32 | e as u64, 0))
            .collect();
        crate::sort::pairs(&mut pairs);
        let mut max = 0;
        let max_end = pairs.iter().map(|&(k, _)| {
            max = max.max(k as u32 as usize);
            max
        });
        SortedRanges {
            max_end: max_end.collect(),
            starts: pairs.iter().map(|&(k, _)| (k >> 32) as usize).collect(),
        }
    }

    fn overlaps(&self, start: usize, end: usize) -> bool {
        let before_end = self.starts.partition_point(|&s| s < end);
        before_end > 0 && self.max_end[before_end - 1] > start
    }
}

#[cfg(test)]
mod tests {
    use super::SortedRanges;
    use crate::{annotate, Kind, Options};

    #[test]
    fn without_span_texts_the_result_is_the_same_but_for_them() {
        let text = "“We will meet again,” said Antony Blinken in Beijing on Sunday, June 18, 2023.";
        let o = Options {
            reference_date: Some("2023-06-14".into()),
        };
        let full = annotate(text, &o).unwrap();
        let mut bare = crate::annotate_with(text, &o, crate::SpanTexts::Empty).unwrap();
        assert!(bare.spans.iter().any(|s| s.speaker.is_some()), "{bare:?}");
        assert!(bare
            .spans
            .iter()
            .all(|s| s.text.is_empty() && s.speaker.as_ref().is_none_or(|sp| sp.text.is_empty())));
        for (b, f) in bare.spans.iter_mut().zip(&full.spans) {
            b.text.clone_from(&f.text);
            if let (Some(bs), Some(fs)) = (&mut b.speaker, &f.speaker) {
                bs.text.clone_from(&fs.text);
            }
        }
        assert_eq!(bare, full);
    }

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
