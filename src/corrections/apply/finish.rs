//! The end of applying corrections: marks back in `newsmark/1` order and renumbered, range
//! links and speakers moved with them, and what became of each correction.

use crate::annotations::{self, Annotations, Kind, Span};
use crate::maps::HashKeyed;

use super::super::{Correction, Op, Status};
use super::{clip, Work, ADDED};

impl Work {
    /// The corrected annotations (spans in order and numbered, every entity span in a cluster,
    /// clusters without mentions dropped and the rest renumbered) and what became of each of
    /// `corrections`.
    pub fn finish(mut self, corrections: &[Correction]) -> (Annotations, Vec<Status>) {
        let statuses = self.statuses(corrections);
        // A speaker mention that is an entity mark speaks for that mark's entity now (after
        // merges and splits); any other follows its entity into a merge.
        let speaker_entities: Vec<(usize, Option<u32>)> = self
            .spans
            .iter()
            .enumerate()
            .filter_map(|(i, s)| Some((i, s.as_ref()?.speaker.as_ref()?)))
            .map(|(i, sp)| {
                let mark = self
                    .find(Kind::Entity, sp.start, sp.end)
                    .and_then(|m| self.spans[m].as_ref()?.entity);
                (i, mark.or(sp.entity).map(|e| self.clusters.resolve(e)))
            })
            .collect();
        for (i, e) in speaker_entities {
            if let Some(sp) = self.spans[i].as_mut().and_then(|s| s.speaker.as_mut()) {
                sp.entity = e;
            }
        }
        let mut spans = self.spans_in_order();
        relink_ranges(&mut spans);
        for s in spans.iter_mut().filter(|s| s.kind == Kind::Entity) {
            match s.entity {
                Some(c) if (c as usize) < self.clusters.len() => {
                    s.entity = Some(self.clusters.resolve(c));
                }
                _ => s.entity = Some(self.clusters.cluster_for(&s.label, &s.text)),
            }
        }
        let clusters = &self.clusters;
        let entities = annotations::number(&mut spans, clusters.len(), |c| {
            let cl = clusters.get(c).expect("a cluster of this work");
            (cl.label.clone().into(), cl.name.clone())
        });
        let a = Annotations {
            schema: self.schema,
            newsmark: self.newsmark,
            model: self.model,
            reference_date: self.reference_date,
            reference_time: self.reference_time,
            reference_source: self.reference_source,
            spans,
            entities,
        };
        (a, statuses)
    }

    fn statuses(&mut self, corrections: &[Correction]) -> Vec<Status> {
        let outcomes = std::mem::take(&mut self.outcomes);
        outcomes
            .into_iter()
            .enumerate()
            .map(|(k, outcome)| match outcome {
                None => Status::Skipped {
                    reason: "internal: not applied".into(),
                },
                Some(Err(reason)) => Status::Skipped { reason },
                Some(Ok(done)) => match self.taken_by[k] {
                    Some(by) if self.live[k] == 0 => Status::Overridden {
                        by: by as usize,
                        reason: overridden_by(&corrections[by as usize]),
                    },
                    _ if done.landing.moved => Status::Moved {
                        start: done.landing.start,
                        end: done.landing.end,
                        note: done.note,
                    },
                    _ => Status::Applied { note: done.note },
                },
            })
            .collect()
    }

    /// The marks left, in the `newsmark/1` order: each group is in start order and free of
    /// overlaps (marks go in only where nothing of their group is), so merging the two gives the
    /// order without a sort.
    fn spans_in_order(&mut self) -> Vec<Span> {
        let order = |s: &Span| (s.start, std::cmp::Reverse(s.end), s.kind);
        let arena = &mut self.spans;
        let [g0, g1] = [self.groups[0].values(), self.groups[1].values()];
        let (mut i, mut j) = (0, 0);
        let mut spans: Vec<Span> = Vec::with_capacity(g0.len() + g1.len());
        while i < g0.len() || j < g1.len() {
            let take_first = match (g0.get(i), g1.get(j)) {
                (Some(&a), Some(&b)) => match (&arena[a], &arena[b]) {
                    (Some(x), Some(y)) => order(x) <= order(y),
                    (None, _) => true,
                    (_, None) => false,
                },
                (a, _) => a.is_some(),
            };
            let idx = if take_first {
                i += 1;
                g0[i - 1]
            } else {
                j += 1;
                g1[j - 1]
            };
            spans.extend(arena[idx].take());
        }
        spans
    }
}

/// Range links moved from the ids the annotations came with to the marks' new places (the ids
/// `annotations::number` is about to give): a link survives when both its ends are still date
/// marks that carry it, and is dropped from both otherwise (an end removed or made another kind).
fn relink_ranges(spans: &mut [Span]) {
    let place: HashKeyed<u32> = spans
        .iter()
        .enumerate()
        .filter(|(_, s)| s.id != ADDED && s.kind == Kind::Date)
        .map(|(i, s)| (s.id as u64, i as u32))
        .collect();
    let moved: Vec<Option<crate::annotations::DateRange>> = spans
        .iter()
        .map(|s| {
            let r = s.range.filter(|_| s.kind == Kind::Date && s.id != ADDED)?;
            let (from, to) = (*place.get(&(r.from as u64))?, *place.get(&(r.to as u64))?);
            let both = [from, to]
                .iter()
                .all(|&i| spans[i as usize].range == Some(r));
            both.then_some(crate::annotations::DateRange { from, to })
        })
        .collect();
    for (s, r) in spans.iter_mut().zip(moved) {
        s.range = r;
    }
}

fn overridden_by(later: &Correction) -> String {
    let what = match later.op {
        Op::Remove => "a later removal",
        Op::Relabel => "a later relabelling",
        Op::Add => "a later mark",
        Op::Merge => "a later merge",
        Op::Split => "a later split",
    };
    format!("{what} of {:?} replaced it", clip(&later.text))
}
