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

use std::collections::BTreeMap;

use crate::annotations::{self, Annotations, Kind, Span, Speaker};
use crate::maps::HashKeyed;
use crate::offsets::{ceil_char_boundary, floor_char_boundary, TextIndex};

use super::anchor::{land, occurrences, Landing};
use super::clusters::Clusters;
use super::{check_shape, checked_label, timex, Correction, Op, Scope, Status, MAX_SPEAKER_CHARS};

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
    groups: [BTreeMap<u32, usize>; 2],
    /// Per group, where a correction removed a mark: start → index into `graves`, which holds
    /// (end, correction). Tombstones never overlap each other or a mark (a mark added over one
    /// clears it). (The same map type as `groups`: another would cost kilobytes of wasm.)
    tombstones: [BTreeMap<u32, usize>; 2],
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
            groups: [BTreeMap::new(), BTreeMap::new()],
            tombstones: [BTreeMap::new(), BTreeMap::new()],
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
            self.groups[group(s.kind)].remove(&s.start);
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
        let mut out = Vec::new();
        for (_, &i) in self.groups[g].range(..end).rev() {
            match &self.spans[i] {
                Some(s) if s.end > start => out.push(i),
                _ => break,
            }
        }
        out
    }

    /// A mark added over `[start, end)` of group `g` clears the tombstones there: the removals
    /// that left them are taken over.
    fn clear_tombstones(&mut self, g: usize, start: u32, end: u32) {
        let graves = &self.graves;
        let hit: Vec<(u32, u32)> = self.tombstones[g]
            .range(..end)
            .rev()
            .map(|(&s, &i)| (s, graves[i]))
            .take_while(|&(_, (e, _))| e > start)
            .map(|(s, (_, k))| (s, k))
            .collect();
        for (s, k) in hit {
            self.tombstones[g].remove(&s);
            self.release(k);
        }
    }

    /// The mark of `kind` at exactly `[start, end)`.
    fn find(&self, kind: Kind, start: u32, end: u32) -> Option<usize> {
        let &i = self.groups[group(kind)].get(&start)?;
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

    /// Relabels mark `i`; a date takes `c`'s value and a quote its speaker, if `c` gives them.
    fn relabel(
        &mut self,
        index: &TextIndex,
        c: &Correction,
        i: usize,
    ) -> Result<Option<String>, String> {
        let old = self.spans[i].as_ref().ok_or("internal: a removed mark")?;
        // Without a label, a date or a quote keeps its own (an entity needs one: check_shape).
        let label = if c.label.is_none() && c.kind != Kind::Entity {
            old.label.clone()
        } else {
            checked_label(c)?.into()
        };
        let value = if c.kind == Kind::Date {
            let value = date_value(c, old.value.as_deref(), &label)?;
            Some(value)
        } else {
            None
        };
        let speaker = if c.kind == Kind::Quote && c.speaker.is_some() {
            Some(self.speaker(index, c.speaker.as_deref(), old.start, old.end))
        } else {
            None
        };
        let mut s = self.spans[i].take().ok_or("internal: a removed mark")?;
        let mut note = None;
        if c.kind == Kind::Entity && label != s.label {
            let cluster = self.clusters.cluster_for(&label, &s.text);
            s.entity = Some(cluster);
            self.join(i, cluster);
            self.own(i, CLUSTER);
        }
        s.label = label;
        if let Some(value) = value {
            s.value = value;
        }
        if let Some((speaker, name)) = speaker {
            note = name.as_ref().map(|n| kept_as_name(n));
            s.speaker = speaker;
            s.speaker_name = name;
        }
        if let Some(e) = s.entity {
            self.clusters.note_mention(&s.label, &s.text, e);
        }
        self.spans[i] = Some(s);
        self.own(i, LABEL);
        Ok(note)
    }

    /// Relabels every mention of mark `i`'s entity. If an entity of the new label already goes by
    /// its name (or holds it as whole words), the mentions join that one.
    fn relabel_entity(&mut self, c: &Correction, i: usize) -> Result<(), String> {
        let label = checked_label(c)?;
        let s = self.spans[i].as_ref().ok_or("internal: a removed mark")?;
        let from = self
            .clusters
            .resolve(s.entity.ok_or("internal: a mention without entity")?);
        let name = self
            .clusters
            .get(from as usize)
            .map(|cl| cl.name.clone())
            .unwrap_or_default();
        let into = self.clusters.existing(&label, &name, from);
        let mentions = self.members_of(from);
        match into {
            Some(into) => {
                self.clusters.merge(from, into);
                for &m in &mentions {
                    self.set_cluster(m, into, Some(&label));
                    self.own(m, CLUSTER);
                    self.own(m, LABEL);
                }
            }
            None => {
                self.clusters.relabel(from, label.clone());
                for &m in &mentions {
                    if let Some(s) = self.spans[m].as_mut() {
                        s.label = label.clone().into();
                        let text = s.text.clone();
                        self.clusters.note_mention(&label, &text, from);
                    }
                    self.own(m, LABEL);
                }
            }
        }
        Ok(())
    }

    /// Span `m` joins cluster `c` (taking `label` if given).
    fn set_cluster(&mut self, m: usize, c: u32, label: Option<&str>) {
        let Some(s) = self.spans[m].as_mut() else {
            return;
        };
        s.entity = Some(c);
        if let Some(label) = label {
            s.label = label.to_string().into();
        }
        let (label, text) = (s.label.clone(), s.text.clone());
        self.clusters.note_mention(&label, &text, c);
        self.join(m, c);
    }

    /// Mark `i`'s entity joins the entity of the mention `c.with`: its label and the fuller of
    /// the two names win.
    fn merge(&mut self, index: &TextIndex, c: &Correction, i: usize) -> Result<(), String> {
        let with = c
            .with
            .as_ref()
            .ok_or("a merge needs the mention to merge with")?;
        let other = land(index, with.start, with.end, &with.text, |s, e| {
            self.find(Kind::Entity, s, e).is_some()
        })
        .and_then(|l| self.find(Kind::Entity, l.start, l.end))
        .ok_or_else(|| {
            format!(
                "there is no entity mark on {:?} to merge with",
                clip(&with.text)
            )
        })?;
        let cluster_of = |w: &Work, i: usize| {
            w.spans[i]
                .as_ref()
                .and_then(|s| s.entity)
                .map(|e| w.clusters.resolve(e))
        };
        let (Some(from), Some(into)) = (cluster_of(self, i), cluster_of(self, other)) else {
            return Err("internal: a mention without entity".into());
        };
        if from == into {
            return Err(format!(
                "{:?} and {:?} are already one entity",
                clip(&c.text),
                clip(&with.text)
            ));
        }
        let label = self.clusters.get(into as usize).map(|cl| cl.label.clone());
        let mentions = self.members_of(from);
        self.clusters.merge(from, into);
        for &m in &mentions {
            let relabelled = self.spans[m].as_ref().map(|s| &*s.label) != label.as_deref();
            self.set_cluster(m, into, label.as_deref());
            self.own(m, CLUSTER);
            if relabelled {
                self.own(m, LABEL);
            }
        }
        Ok(())
    }

    /// Mark `i`, and the other mentions of its entity written exactly as it is, leave that
    /// entity for one of their own.
    fn split(&mut self, i: usize) -> Result<(), String> {
        let s = self.spans[i].as_ref().ok_or("internal: a removed mark")?;
        let (text, label) = (s.text.clone(), s.label.clone());
        let from = self
            .clusters
            .resolve(s.entity.ok_or("internal: a mention without entity")?);
        let mentions = self.members_of(from);
        let (leaving, staying): (Vec<usize>, Vec<usize>) = mentions
            .into_iter()
            .partition(|&m| self.spans[m].as_ref().is_some_and(|s| s.text == text));
        if staying.is_empty() {
            return Err(format!(
                "every mention of this entity reads {:?}: there is nothing to split it from",
                clip(&text)
            ));
        }
        let new = self.clusters.split_off(&label, &text);
        for &m in &leaving {
            self.set_cluster(m, new, None);
            self.own(m, CLUSTER);
        }
        // The entity left behind is named by its fullest remaining mention.
        if self
            .clusters
            .get(from as usize)
            .is_some_and(|cl| cl.name == text)
        {
            let fullest = staying
                .iter()
                .filter_map(|&m| self.spans[m].as_ref())
                .map(|s| s.text.clone())
                .max_by_key(|t| t.chars().count());
            if let Some(name) = fullest {
                self.clusters.rename(from, name);
            }
        }
        Ok(())
    }

    /// Adds a mark at `[start, end)` in place of the marks of its group that it overlaps.
    fn add(
        &mut self,
        index: &TextIndex,
        c: &Correction,
        start: u32,
        end: u32,
    ) -> Result<Option<String>, String> {
        let label = checked_label(c)?;
        let text = index
            .slice_utf16(start, end)
            .filter(|t| !t.is_empty())
            .ok_or("an empty or invalid range")?
            .to_string();
        let value = if c.kind == Kind::Date {
            date_value(c, None, &label)?
        } else {
            None
        };
        let (speaker, speaker_name) = if c.kind == Kind::Quote {
            self.speaker(index, c.speaker.as_deref(), start, end)
        } else {
            (None, None)
        };
        let g = group(c.kind);
        for i in self.overlapping(g, start, end) {
            self.remove(i);
        }
        self.clear_tombstones(g, start, end);
        let entity = (c.kind == Kind::Entity).then(|| self.clusters.cluster_for(&label, &text));
        let note = speaker_name.as_deref().map(kept_as_name);
        let i = self.insert(Span {
            // No id of the annotations it came to: a range cannot name it.
            id: ADDED,
            kind: c.kind,
            label: label.into(),
            start,
            end,
            text,
            entity,
            value,
            speaker,
            range: None,
            speaker_name,
        });
        self.own(i, EXIST);
        self.own(i, LABEL);
        if entity.is_some() {
            self.own(i, CLUSTER);
        }
        Ok(note)
    }

    /// A quote's speaker from its written form: the occurrence nearest the quote (outside it if
    /// possible, within `SPEAKER_WINDOW`), linked to the entity mentioned there or named so. A
    /// name the text does not hold there comes back as the second value, to keep as the quote's
    /// `speaker_name`; an empty name is no speaker.
    fn speaker(
        &self,
        index: &TextIndex,
        name: Option<&str>,
        quote_start: u32,
        quote_end: u32,
    ) -> (Option<Speaker>, Option<String>) {
        let Some(name) = name.map(str::trim).filter(|n| !n.is_empty()) else {
            return (None, None);
        };
        let text = index.text();
        let lo = floor_char_boundary(
            text,
            index
                .floor_utf16(quote_start)
                .byte
                .saturating_sub(SPEAKER_WINDOW),
        );
        let hi = ceil_char_boundary(text, index.floor_utf16(quote_end).byte + SPEAKER_WINDOW);
        let occurrences = occurrences(index, name, lo, hi);
        let outside = occurrences
            .iter()
            .filter(|&&(s, e)| e <= quote_start || s >= quote_end);
        let distance = |&&(s, e): &&(u32, u32)| {
            if e <= quote_start {
                quote_start - e
            } else {
                s.saturating_sub(quote_end)
            }
        };
        let Some(&(start, end)) = outside.min_by_key(distance).or_else(|| occurrences.first())
        else {
            let name: String = name.chars().take(MAX_SPEAKER_CHARS).collect();
            return (None, Some(name));
        };
        let entity = self
            .find(Kind::Entity, start, end)
            .and_then(|i| self.spans[i].as_ref()?.entity)
            .or_else(|| self.clusters.named(name));
        let speaker = Speaker {
            start,
            end,
            text: name.to_string(),
            entity,
        };
        (Some(speaker), None)
    }

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
        let [g0, g1] =
            std::mem::take(&mut self.groups).map(|g| g.into_values().collect::<Vec<usize>>());
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

/// The value a date gets from correction `c` (`old`: the mark's, when relabelled), checked
/// against its `label`: the value `c` gives, none if it gives an empty one, else `old`.
fn date_value(c: &Correction, old: Option<&str>, label: &str) -> Result<Option<String>, String> {
    let (value, kept) = match c.value.as_deref() {
        Some(v) if v.trim().is_empty() => (None, false),
        Some(v) => (Some(v), false),
        None => (old, true),
    };
    match value.map(|v| (v, timex::check(label, v))) {
        Some((_, Some(why))) if kept => Err(format!(
            "{why}: give the {label} a value of its own, or an empty one to clear it"
        )),
        Some((_, Some(why))) => Err(why),
        _ => Ok(value.map(str::to_string)),
    }
}

fn kept_as_name(name: &str) -> String {
    format!(
        "{:?} is not in the text near the quote: kept as the speaker's name",
        clip(name)
    )
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

#[cfg(test)]
mod tests;
