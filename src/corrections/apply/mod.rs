//! The annotations while corrections are applied to them, one after another, and renumbered at
//! the end; and what became of each correction.
//!
//! Marks are kept per group of kinds that exclude each other (entities and dates; quotes) in a
//! map by start: marks of a group never overlap, so finding the marks an added one overlaps is a
//! range query, and the two groups merge back into the `newsmark/1` order without a sort. Every
//! lookup is logarithmic or hashed, so applying k corrections costs O(k log n) on top of reading
//! the annotations, whatever a link carries (an entity-level correction also costs its entity's
//! mentions).
//!
//! **Overridden corrections.** Every mark remembers which correction last set each of three
//! things: its *existence* (an added mark), its *label* (with a date's value and a quote's
//! speaker) and its *cluster* (which entity it belongs to); a removal leaves a tombstone where the
//! mark was. A correction owns what it set; when later corrections
//! have taken all of it over (relabelled, removed or replaced its marks, re-added where it
//! removed one), it is overridden by the last of them.

use crate::annotations::{Annotations, Kind, Span};
use crate::maps::HashKeyed;
use crate::offsets::TextIndex;

use self::starts::Starts;
use super::anchor::{land, Landing};
use super::clusters::Clusters;
use super::{check_shape, Correction, Op, Scope};

/// The id of a mark a correction added, until the marks are numbered again.
const ADDED: u32 = u32::MAX;

/// How far (bytes, each side of the quote) a quote's speaker is looked for.
const SPEAKER_WINDOW: usize = 4 << 10;

/// Marks that exclude each other: entities and dates (group 0), quotes (group 1).
fn group(kind: Kind) -> usize {
    match kind {
        Kind::Entity | Kind::Date => 0,
        Kind::Quote => 1,
    }
}

/// What of a mark a correction sets: that it exists, its label (value, speaker), its entity.
const EXIST: usize = 0;
const LABEL: usize = 1;
const CLUSTER: usize = 2;

/// What a correction did, when it did something.
struct Done {
    landing: Landing,
    note: Option<String>,
}

pub(super) struct Work {
    schema: String,
    newsmark: String,
    model: String,
    reference_date: Option<String>,
    reference_time: Option<String>,
    reference_source: Option<String>,
    /// `entity` and `speaker.entity` are indices into `clusters`; removed spans are `None`.
    spans: Vec<Option<Span>>,
    /// Per span: the corrections that last set its existence, its label and its cluster.
    owners: Vec<[Option<u32>; 3]>,
    /// Per group, span start → index into `spans`. Marks of a group never overlap, so their ends
    /// increase with their starts.
    groups: [Starts; 2],
    /// Per group, where a correction removed a mark: start → index into `graves`, which holds
    /// (end, correction). Tombstones never overlap each other or a mark (a mark added over one
    /// clears it).
    tombstones: [Starts; 2],
    graves: Vec<(u32, u32)>,
    /// Per span, the last `seen` generation it was counted in (`members_of`'s dedup).
    seen: Vec<u32>,
    generation: u32,
    clusters: Clusters,
    /// Per cluster, its mentions' indices into `spans` (with stale entries, dropped on reading).
    members: Vec<Vec<usize>>,
    /// Per correction: how many things of marks it still owns (a tombstone counts one).
    live: Vec<u32>,
    /// Per correction: the one that last took something over from it.
    taken_by: Vec<Option<u32>>,
    /// Per correction: what it did (`Ok`) or why it did nothing.
    outcomes: Vec<Option<Result<Done, String>>>,
    /// The correction being applied.
    current: u32,
}

impl Work {
    pub fn new(a: Annotations, corrections: usize) -> Work {
        let by_id: HashKeyed<u32> = a
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id as u64, i as u32))
            .collect();
        let mut w = Work {
            schema: a.schema,
            newsmark: a.newsmark,
            model: a.model,
            reference_date: a.reference_date,
            reference_time: a.reference_time,
            reference_source: a.reference_source,
            spans: Vec::with_capacity(a.spans.len() + 16),
            owners: Vec::with_capacity(a.spans.len() + 16),
            groups: [Starts::new(), Starts::new()],
            tombstones: [Starts::new(), Starts::new()],
            graves: Vec::new(),
            seen: Vec::new(),
            generation: 0,
            clusters: Clusters::with_capacity(a.entities.len() + 16),
            members: Vec::with_capacity(a.entities.len() + 16),
            live: vec![0; corrections],
            taken_by: vec![None; corrections],
            outcomes: (0..corrections).map(|_| None).collect(),
            current: 0,
        };
        for e in a.entities {
            w.clusters.add(e.label.into_owned(), e.name);
        }
        let remap = |id: Option<u32>| id.and_then(|id| by_id.get(&(id as u64)).copied());
        for mut s in a.spans {
            s.entity = remap(s.entity);
            if let Some(sp) = s.speaker.as_mut() {
                sp.entity = remap(sp.entity);
            }
            // Input that breaks the no-overlap rule (not `annotate`'s) keeps its first mark.
            if s.start < s.end && w.overlapping(group(s.kind), s.start, s.end).is_empty() {
                w.insert(s);
            }
        }
        w
    }

    fn insert(&mut self, s: Span) -> usize {
        let i = self.spans.len();
        if let Some(c) = s.entity.filter(|_| s.kind == Kind::Entity) {
            self.clusters.note_mention(&s.label, &s.text, c);
            self.join(i, c);
        }
        self.groups[group(s.kind)].insert(s.start, i);
        self.spans.push(Some(s));
        self.owners.push([None; 3]);
        i
    }

    /// Records span `i` as a mention of cluster `c` (its `entity` is set by the caller).
    fn join(&mut self, i: usize, c: u32) {
        if self.members.len() <= c as usize {
            self.members.resize_with(c as usize + 1, Vec::new);
        }
        self.members[c as usize].push(i);
    }

    /// The mentions of cluster `c`, in no particular order.
    fn members_of(&mut self, c: u32) -> Vec<usize> {
        let Some(list) = self.members.get_mut(c as usize) else {
            return Vec::new();
        };
        let spans = &self.spans;
        self.generation += 1;
        let (seen, generation) = (&mut self.seen, self.generation);
        seen.resize(spans.len(), 0);
        // Stale entries (the span left, or was removed) and repeats (it left and came back) go;
        // no sort (each costs kilobytes of wasm).
        list.retain(|&i| {
            let live = spans[i]
                .as_ref()
                .is_some_and(|s| s.kind == Kind::Entity && s.entity == Some(c));
            let first = seen[i] != generation;
            seen[i] = generation;
            live && first
        });
        list.clone()
    }

    /// The current correction takes over `what` (EXIST, LABEL or CLUSTER) of span `i`.
    fn own(&mut self, i: usize, what: usize) {
        let k = self.current;
        let before = self.owners[i][what].replace(k);
        if before != Some(k) {
            self.live[k as usize] += 1;
            if let Some(p) = before {
                self.release(p);
            }
        }
    }

    /// Correction `p` loses one thing it owned to the current one.
    fn release(&mut self, p: u32) {
        let p = p as usize;
        self.live[p] = self.live[p].saturating_sub(1);
        self.taken_by[p] = Some(self.current);
    }

    /// Removes span `i`; what corrections owned of it goes to the current one.
    fn remove(&mut self, i: usize) {
        if let Some(s) = self.spans.get_mut(i).and_then(Option::take) {
            self.groups[group(s.kind)].remove(s.start);
            for what in [EXIST, LABEL, CLUSTER] {
                match self.owners[i][what].take() {
                    Some(p) if p == self.current => {
                        self.live[p as usize] = self.live[p as usize].saturating_sub(1)
                    }
                    Some(p) => self.release(p),
                    None => {}
                }
            }
        }
    }

    /// Indices of the marks of group `g` overlapping `[start, end)`.
    fn overlapping(&self, g: usize, start: u32, end: u32) -> Vec<usize> {
        let (mut out, mut below) = (Vec::new(), end);
        while let Some((at, i)) = self.groups[g].last_below(below) {
            match &self.spans[i] {
                Some(s) if s.end > start => out.push(i),
                _ => break,
            }
            below = at;
        }
        out
    }

    /// A mark added over `[start, end)` of group `g` clears the tombstones there: the removals
    /// that left them are taken over.
    fn clear_tombstones(&mut self, g: usize, start: u32, end: u32) {
        let (mut hit, mut below) = (Vec::new(), end);
        while let Some((at, i)) = self.tombstones[g].last_below(below) {
            let (e, k) = self.graves[i];
            if e <= start {
                break;
            }
            hit.push((at, k));
            below = at;
        }
        for (s, k) in hit {
            self.tombstones[g].remove(s);
            self.release(k);
        }
    }

    /// The mark of `kind` at exactly `[start, end)`.
    fn find(&self, kind: Kind, start: u32, end: u32) -> Option<usize> {
        let i = self.groups[group(kind)].get(start)?;
        self.spans[i]
            .as_ref()
            .filter(|s| s.kind == kind && s.end == end)
            .map(|_| i)
    }

    /// Applies correction `k`, `c`, and records what it did or why it did nothing.
    pub fn apply_one(&mut self, index: &TextIndex, k: usize, c: &Correction) {
        self.current = k as u32;
        let outcome = check_shape(c).and_then(|()| self.apply_checked(index, c));
        self.outcomes[k] = Some(outcome);
    }

    fn apply_checked(&mut self, index: &TextIndex, c: &Correction) -> Result<Done, String> {
        let landing = land(index, c.start, c.end, &c.text, |s, e| {
            self.find(c.kind, s, e).is_some()
        })
        .ok_or_else(|| format!("{:?} is no longer in the text", clip(&c.text)))?;
        let (start, end) = (landing.start, landing.end);
        let found = self.find(c.kind, start, end);
        let note = match (c.op, found) {
            (Op::Remove, Some(i)) => {
                self.remove(i);
                self.graves.push((end, self.current));
                self.tombstones[group(c.kind)].insert(start, self.graves.len() - 1);
                self.live[self.current as usize] += 1;
                None
            }
            (Op::Remove, None) => {
                return Err(format!(
                    "there is no {} mark on {:?} to remove",
                    c.kind.as_str(),
                    clip(&c.text)
                ))
            }
            (Op::Relabel, Some(i)) if c.scope == Some(Scope::Entity) => {
                self.relabel_entity(c, i)?;
                None
            }
            (Op::Relabel, Some(i)) => self.relabel(index, c, i)?,
            (Op::Relabel | Op::Add, _) => {
                if !landing.whole {
                    return Err(cuts_a_word(index, &c.text, start, end));
                }
                self.add(index, c, start, end)?
            }
            (Op::Merge, Some(i)) => {
                self.merge(index, c, i)?;
                None
            }
            (Op::Split, Some(i)) => {
                self.split(i)?;
                None
            }
            (Op::Merge | Op::Split, None) => {
                return Err(format!(
                    "there is no entity mark on {:?} to {}",
                    clip(&c.text),
                    if c.op == Op::Merge { "merge" } else { "split" }
                ))
            }
        };
        Ok(Done { landing, note })
    }
}

pub(super) fn cuts_a_word(index: &TextIndex, text: &str, start: u32, end: u32) -> String {
    let word = super::words::snap(index.text(), start, end)
        .and_then(|(s, e)| index.slice_utf16(s, e))
        .filter(|w| *w != text);
    match word {
        Some(w) => format!(
            "{:?} is part of a word ({:?}): a mark covers whole words",
            clip(text),
            clip(w)
        ),
        None => format!("{:?} cuts a word: a mark covers whole words", clip(text)),
    }
}

/// At most 60 chars of a correction's text, for a message.
fn clip(s: &str) -> String {
    super::clip(s, 60)
}

mod edit;
mod finish;
mod starts;

#[cfg(test)]
mod tests;
