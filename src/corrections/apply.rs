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

use std::collections::{BTreeMap, HashMap};

use crate::annotations::{self, Annotations, Kind, Span, Speaker};
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
        let by_id: HashMap<u32, usize> = a
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id, i))
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
            w.clusters.add(e.label, e.name);
        }
        let remap = |id: Option<u32>| id.and_then(|id| by_id.get(&id)).map(|&i| i as u32);
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
            checked_label(c)?
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
                        s.label = label.clone();
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
            s.label = label.to_string();
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
            let relabelled = self.spans[m].as_ref().map(|s| &s.label) != label.as_ref();
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
            label,
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
            (cl.label.clone(), cl.name.clone())
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
    let place: HashMap<u32, usize> = spans
        .iter()
        .enumerate()
        .filter(|(_, s)| s.id != ADDED && s.kind == Kind::Date)
        .map(|(i, s)| (s.id, i))
        .collect();
    let moved: Vec<Option<crate::annotations::DateRange>> = spans
        .iter()
        .map(|s| {
            let r = s.range.filter(|_| s.kind == Kind::Date && s.id != ADDED)?;
            let (from, to) = (*place.get(&r.from)?, *place.get(&r.to)?);
            let both = [from, to].iter().all(|&i| spans[i].range == Some(r));
            both.then_some(crate::annotations::DateRange {
                from: from as u32,
                to: to as u32,
            })
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
mod tests {
    use crate::annotations::Kind;
    use crate::corrections::tests::{
        annotated, assert_invariants, at, correction, nearest_occurrence, TEXT,
    };
    use crate::corrections::{apply, Anchor, Correction, Op, Scope, Status};
    use crate::{Annotations, Entity, Span};

    #[test]
    fn remove_takes_out_one_mark_and_empty_clusters() {
        let a = annotated(TEXT);
        // Whatever the recognizer finds: remove every mention of the first entity.
        let first = a
            .spans
            .iter()
            .find(|s| s.kind == Kind::Entity)
            .expect("an entity is found");
        let cluster = &a.entities[first.entity.unwrap() as usize];
        let removals: Vec<Correction> = cluster
            .mentions
            .iter()
            .map(|&m| &a.spans[m as usize])
            .map(|s| Correction {
                op: Op::Remove,
                kind: Kind::Entity,
                start: s.start,
                end: s.end,
                text: s.text.clone(),
                label: None,
                value: None,
                speaker: None,
                scope: None,
                with: None,
            })
            .collect();
        let out = apply(TEXT, a.clone(), &removals);
        assert!(out.skipped.is_empty());
        assert_eq!(out.annotations.spans.len(), a.spans.len() - removals.len());
        assert_eq!(out.annotations.entities.len(), a.entities.len() - 1);
        assert!(!out
            .annotations
            .entities
            .iter()
            .any(|e| e.name == cluster.name && e.label == cluster.label));
        assert_invariants(TEXT, &out.annotations);
        // Removing it again: nothing left to remove, reported.
        let again = apply(TEXT, out.annotations.clone(), &removals[..1]);
        assert_eq!(again.skipped.len(), 1);
        assert_eq!(again.annotations, out.annotations);
    }

    #[test]
    fn relabel_moves_a_mention_to_a_cluster_of_its_new_label() {
        let a = annotated(TEXT);
        let out = apply(
            TEXT,
            a,
            &[correction(
                Op::Relabel,
                Kind::Entity,
                TEXT,
                "Beijing",
                Some("ORG"),
            )],
        );
        assert!(out.skipped.is_empty(), "{:?}", out.skipped);
        let s = out
            .annotations
            .spans
            .iter()
            .find(|s| s.text == "Beijing")
            .unwrap();
        assert_eq!(s.label, "ORG");
        assert_eq!(
            out.annotations.entities[s.entity.unwrap() as usize].label,
            "ORG"
        );
        assert_invariants(TEXT, &out.annotations);
    }

    #[test]
    fn add_replaces_overlapping_marks_of_its_kind_and_joins_clusters() {
        let a = annotated(TEXT);
        let out = apply(
            TEXT,
            a,
            &[
                correction(Op::Add, Kind::Entity, TEXT, "Qin", Some("PERSON")),
                correction(Op::Add, Kind::Entity, TEXT, "Blinken met", Some("ORG")),
            ],
        );
        assert!(out.skipped.is_empty(), "{:?}", out.skipped);
        let spans = &out.annotations.spans;
        assert!(spans.iter().any(|s| s.text == "Qin" && s.label == "PERSON"));
        assert!(
            !spans.iter().any(|s| s.text == "Qin Gang"),
            "the longer mark it overlaps is replaced"
        );
        assert!(!spans.iter().any(|s| s.text == "Antony Blinken"));
        assert_invariants(TEXT, &out.annotations);
        // A later mention of an existing name joins its cluster.
        let text = "Antony Blinken arrived. Later Blinken spoke.";
        let a = annotated(text);
        let (start, end) = nearest_occurrence(text, "Blinken", 30).unwrap();
        let c = Correction {
            op: Op::Add,
            kind: Kind::Entity,
            start,
            end,
            text: "Blinken".into(),
            label: Some("PERSON".into()),
            value: None,
            speaker: None,
            scope: None,
            with: None,
        };
        let out = apply(
            text,
            a,
            &[
                Correction {
                    op: Op::Remove,
                    ..c.clone()
                },
                c,
            ],
        );
        let blinken = out
            .annotations
            .entities
            .iter()
            .find(|e| e.name == "Antony Blinken")
            .expect("the cluster");
        assert_eq!(blinken.mentions.len(), 2, "{:?}", out.annotations);
        assert_invariants(text, &out.annotations);
    }

    #[test]
    fn added_dates_keep_their_value_and_quotes_their_speaker() {
        let text =
            "Officials said the meeting is on Tuesday. Some wanted it sooner, Kritenbrink said.";
        let a = annotated(text);
        let mut date = correction(Op::Add, Kind::Date, text, "the meeting", Some("DATE"));
        date.value = Some("2023-06-20".into());
        let mut quote = correction(Op::Add, Kind::Quote, text, "Some wanted it sooner", None);
        quote.speaker = Some("Kritenbrink".into());
        let out = apply(text, a, &[date, quote]);
        assert!(out.skipped.is_empty(), "{:?}", out.skipped);
        let d = out
            .annotations
            .spans
            .iter()
            .find(|s| s.text == "the meeting")
            .unwrap();
        assert_eq!(d.value.as_deref(), Some("2023-06-20"));
        let q = out
            .annotations
            .spans
            .iter()
            .find(|s| s.kind == Kind::Quote)
            .unwrap();
        assert_eq!(q.label, "QUOTE");
        assert_eq!(
            q.speaker.as_ref().map(|s| s.text.as_str()),
            Some("Kritenbrink")
        );
        assert_invariants(text, &out.annotations);
    }

    #[test]
    fn relabel_edits_a_date_value_and_a_quote_speaker() {
        let text =
            "Officials met on Tuesday. Some wanted it sooner, Kritenbrink said. Blinken agreed.";
        // Whatever the machine found, add the marks first, then edit them with relabel.
        let mut date = correction(Op::Add, Kind::Date, text, "Tuesday", Some("DATE"));
        date.value = Some("2023-06-20".into());
        let mut quote = correction(Op::Add, Kind::Quote, text, "Some wanted it sooner", None);
        quote.speaker = Some("Kritenbrink".into());
        let mut new_value = correction(Op::Relabel, Kind::Date, text, "Tuesday", Some("DATE"));
        new_value.value = Some("2023-06-13".into());
        let mut new_speaker = correction(
            Op::Relabel,
            Kind::Quote,
            text,
            "Some wanted it sooner",
            None,
        );
        new_speaker.speaker = Some("Blinken".into());
        let out = apply(
            text,
            annotated(text),
            &[date, quote, new_value, new_speaker],
        );
        assert!(out.skipped.is_empty(), "{:?}", out.skipped);
        let d = out
            .annotations
            .spans
            .iter()
            .find(|s| s.text == "Tuesday")
            .unwrap();
        assert_eq!(
            (d.label.as_str(), d.value.as_deref()),
            ("DATE", Some("2023-06-13"))
        );
        let q = out
            .annotations
            .spans
            .iter()
            .find(|s| s.kind == Kind::Quote)
            .unwrap();
        let sp = q.speaker.as_ref().unwrap();
        assert_eq!(sp.text, "Blinken");
        assert_eq!((sp.start, sp.end), at(text, "Blinken"));
        assert_invariants(text, &out.annotations);
    }

    #[test]
    fn offsets_that_split_a_surrogate_pair_are_re_anchored_or_skipped() {
        let text = "😀 Blinken 😀 Blinken";
        let a = annotated(text);
        let c = Correction {
            op: Op::Add,
            kind: Kind::Entity,
            start: 1,
            end: 8,
            text: "Blinken".into(),
            label: Some("PERSON".into()),
            value: None,
            speaker: None,
            scope: None,
            with: None,
        };
        let out = apply(text, a, &[c]);
        assert!(out.skipped.is_empty());
        assert!(out
            .annotations
            .spans
            .iter()
            .any(|s| s.start == 3 && s.end == 10 && s.label == "PERSON"));
        assert_invariants(text, &out.annotations);
    }

    /// Corrections whose offsets are all wrong (each must be searched for) and that add quotes
    /// with speakers: each costs a bounded window, so ten times the text and the corrections
    /// take about ten times as long (quadratic work would take a hundred times).
    fn corrections_for(n: u32) -> Vec<Correction> {
        (0..n)
            .map(|i| Correction {
                op: if i % 2 == 0 { Op::Add } else { Op::Remove },
                kind: if i % 3 == 0 {
                    Kind::Quote
                } else {
                    Kind::Entity
                },
                start: i * 125 + 1,
                end: i * 125 + 8,
                text: if i % 3 == 0 {
                    "“We agree,”".into()
                } else {
                    "Qin Gang".into()
                },
                label: Some(if i % 3 == 0 { "QUOTE" } else { "ORG" }.into()),
                value: None,
                speaker: Some("Kritenbrink".into()),
                scope: None,
                with: None,
            })
            .collect()
    }

    #[test]
    fn many_corrections_on_a_long_text_cost_no_more_than_a_window_each() {
        let sentence = "Blinken met Qin Gang in Beijing. “We agree,” Kritenbrink said. ";
        let make = |n: usize| sentence.repeat(n);
        crate::test_support::assert_linear("corrections", 400, make, |text| {
            let a = annotated(text);
            let n = (text.len() / sentence.len()) as u32 / 2;
            let out = apply(text, a, &corrections_for(n));
            assert_invariants(text, &out.annotations);
            assert!(out
                .annotations
                .spans
                .iter()
                .any(|s| s.kind == Kind::Entity && s.label == "ORG" && s.text == "Qin Gang"));
        });
    }

    #[test]
    fn absurd_offsets_from_outside_neither_panic_nor_apply_wrongly() {
        let c = Correction {
            op: Op::Add,
            kind: Kind::Entity,
            start: u32::MAX - 1,
            end: u32::MAX,
            text: "Blinken".into(),
            label: Some("PERSON".into()),
            value: None,
            speaker: None,
            scope: None,
            with: None,
        };
        let out = apply("Blinken", annotated("Blinken"), &[c]);
        assert!(out
            .annotations
            .spans
            .iter()
            .any(|s| (s.start, s.end, s.label.as_str()) == (0, 7, "PERSON")));
    }

    /// Issue 19: corrections renumber the marks; a range's link follows its two ends, and is
    /// dropped from both when one end goes.
    #[test]
    fn range_links_survive_renumbering_or_go_with_an_end() {
        let text = "Talks ran 10 - 22 August 2012 in Geneva with Blinken.";
        let a = annotated(text);
        let linked = |a: &crate::Annotations| {
            a.spans
                .iter()
                .filter_map(|s| s.range.map(|r| (s.text.clone(), r)))
                .collect::<Vec<_>>()
        };
        assert_eq!(linked(&a).len(), 2, "{:?}", a.spans);
        // An entity added before the range moves both ends; the link follows.
        let add_before = correction(Op::Add, Kind::Entity, text, "Talks", Some("ORG"));
        let out = apply(text, a.clone(), &[add_before]);
        assert_invariants(text, &out.annotations);
        let l = linked(&out.annotations);
        assert_eq!(l.len(), 2);
        assert_eq!(out.annotations.spans[l[0].1.from as usize].text, "10");
        assert_eq!(
            out.annotations.spans[l[0].1.to as usize].text,
            "22 August 2012"
        );
        // A relabelled end keeps it.
        let relabel = correction(Op::Relabel, Kind::Date, text, "10", Some("DATE"));
        let out = apply(text, a.clone(), &[relabel]);
        assert_eq!(linked(&out.annotations).len(), 2);
        // One end removed, or replaced by an added mark: the other end loses the link.
        let remove = correction(Op::Remove, Kind::Date, text, "10", None);
        let out = apply(text, a.clone(), &[remove]);
        assert_invariants(text, &out.annotations);
        assert!(linked(&out.annotations).is_empty());
        let replace = correction(Op::Add, Kind::Date, text, "22 August", Some("DATE"));
        let out = apply(text, a, &[replace]);
        assert_invariants(text, &out.annotations);
        assert!(linked(&out.annotations).is_empty());
    }

    /// Annotations made by hand, so a test does not depend on what the recognizers find: each
    /// mark is (needle, which occurrence, label, cluster); clusters are named by `names`.
    fn by_hand(text: &str, marks: &[(&str, usize, &str, u32)], names: &[&str]) -> Annotations {
        let mut spans: Vec<Span> = marks
            .iter()
            .map(|&(needle, nth, label, cluster)| {
                let byte = text.match_indices(needle).nth(nth).expect("the needle").0;
                let start = text[..byte].encode_utf16().count() as u32;
                Span {
                    id: 0,
                    kind: Kind::Entity,
                    label: label.into(),
                    start,
                    end: start + needle.encode_utf16().count() as u32,
                    text: needle.into(),
                    entity: Some(cluster),
                    value: None,
                    speaker: None,
                    range: None,
                    speaker_name: None,
                }
            })
            .collect();
        spans.sort_by_key(|s| s.start);
        let labels: Vec<String> = (0..names.len())
            .map(|c| {
                spans
                    .iter()
                    .find(|s| s.entity == Some(c as u32))
                    .unwrap()
                    .label
                    .clone()
            })
            .collect();
        let entities = crate::annotations::number(&mut spans, names.len(), |c| {
            (labels[c].clone(), names[c].to_string())
        });
        let a = Annotations {
            schema: crate::SCHEMA.into(),
            newsmark: crate::version().into(),
            model: crate::model_version().into(),
            reference_date: None,
            reference_time: None,
            reference_source: None,
            spans,
            entities,
        };
        assert_invariants(text, &a);
        a
    }

    /// A correction on the `nth` occurrence of `needle`.
    fn on(op: Op, text: &str, needle: &str, nth: usize) -> Correction {
        let byte = text.match_indices(needle).nth(nth).expect("the needle").0;
        let start = text[..byte].encode_utf16().count() as u32;
        Correction::new(
            op,
            Kind::Entity,
            start,
            start + needle.encode_utf16().count() as u32,
            needle,
        )
    }

    fn entity_of<'a>(a: &'a Annotations, text: &str, nth: usize) -> &'a Entity {
        let s = a
            .spans
            .iter()
            .filter(|s| s.text == text)
            .nth(nth)
            .expect("the mention");
        &a.entities[s.entity.unwrap() as usize]
    }

    fn applied(statuses: &[Status]) -> bool {
        statuses.iter().all(Status::took_effect)
    }

    #[test]
    fn relabel_with_entity_scope_changes_every_mention() {
        let text = "Yashio is near Tokyo. Officials in Yashio said Yashio would grow.";
        let a = by_hand(
            text,
            &[
                ("Yashio", 0, "PERSON", 0),
                ("Yashio", 1, "PERSON", 0),
                ("Yashio", 2, "PERSON", 0),
                ("Tokyo", 0, "PLACE", 1),
            ],
            &["Yashio", "Tokyo"],
        );
        // One mention (today's default): the entity is listed under two labels.
        let mut one = on(Op::Relabel, text, "Yashio", 1);
        one.label = Some("PLACE".into());
        let out = apply(text, a.clone(), std::slice::from_ref(&one));
        let labels: Vec<&str> = out
            .annotations
            .entities
            .iter()
            .filter(|e| e.name == "Yashio")
            .map(|e| e.label.as_str())
            .collect();
        assert_eq!(labels, ["PERSON", "PLACE"]);
        // Every mention: one entity, a PLACE.
        let every = Correction {
            scope: Some(Scope::Entity),
            ..one
        };
        let out = apply(text, a, &[every]);
        assert!(applied(&out.statuses), "{:?}", out.statuses);
        let yashio: Vec<&Entity> = out
            .annotations
            .entities
            .iter()
            .filter(|e| e.name == "Yashio")
            .collect();
        assert_eq!(yashio.len(), 1);
        assert_eq!(
            (yashio[0].label.as_str(), yashio[0].mentions.len()),
            ("PLACE", 3)
        );
        assert!(out
            .annotations
            .spans
            .iter()
            .filter(|s| s.text == "Yashio")
            .all(|s| s.label == "PLACE"));
        assert_invariants(text, &out.annotations);
    }

    #[test]
    fn relabel_with_entity_scope_joins_an_entity_of_that_label_and_name() {
        let text = "Blinken met Qin. Antony Blinken left. Blinken spoke.";
        let a = by_hand(
            text,
            &[
                ("Blinken", 0, "ORG", 0),
                ("Qin", 0, "PERSON", 1),
                ("Antony Blinken", 0, "PERSON", 2),
                ("Blinken", 2, "ORG", 0),
            ],
            &["Blinken", "Qin", "Antony Blinken"],
        );
        let mut c = on(Op::Relabel, text, "Blinken", 0);
        c.label = Some("PERSON".into());
        c.scope = Some(Scope::Entity);
        let out = apply(text, a, &[c]);
        assert!(applied(&out.statuses));
        let e = entity_of(&out.annotations, "Blinken", 0);
        assert_eq!(
            (e.name.as_str(), e.label.as_str(), e.mentions.len()),
            ("Antony Blinken", "PERSON", 3)
        );
        assert_invariants(text, &out.annotations);
    }

    #[test]
    fn merge_joins_two_entities_under_the_fuller_name() {
        let text = "Xi Jinping arrived. “We welcome talks,” Xi said. Later Xi left with Biden.";
        let mut a = by_hand(
            text,
            &[
                ("Xi Jinping", 0, "PERSON", 0),
                ("Xi", 1, "PERSON", 1),
                ("Xi", 2, "PERSON", 1),
                ("Biden", 0, "PERSON", 2),
            ],
            &["Xi Jinping", "Xi", "Biden"],
        );
        // A quote said by the second cluster's `Xi`.
        let (qs, qe) = at(text, "“We welcome talks,”");
        let (ss, se) = nearest_occurrence(text, "Xi", qe).unwrap();
        a.spans.push(Span {
            id: 0,
            kind: Kind::Quote,
            label: "QUOTE".into(),
            start: qs,
            end: qe,
            text: "“We welcome talks,”".into(),
            entity: None,
            value: None,
            speaker: Some(crate::Speaker {
                start: ss,
                end: se,
                text: "Xi".into(),
                entity: Some(1),
            }),
            range: None,
            speaker_name: None,
        });
        a.spans.sort_by_key(|s| (s.start, std::cmp::Reverse(s.end)));
        for (i, s) in a.spans.iter_mut().enumerate() {
            s.id = i as u32;
        }
        a.entities = crate::annotations::number(&mut a.spans, 3, |c| {
            ("PERSON".into(), ["Xi Jinping", "Xi", "Biden"][c].into())
        });
        let before = a.entities.len();
        let mut merge = on(Op::Merge, text, "Xi", 2);
        let (ws, we) = at(text, "Xi Jinping");
        merge.with = Some(Anchor {
            start: ws,
            end: we,
            text: "Xi Jinping".into(),
        });
        let out = apply(text, a.clone(), std::slice::from_ref(&merge));
        assert!(applied(&out.statuses), "{:?}", out.statuses);
        let r = &out.annotations;
        assert_eq!(r.entities.len(), before - 1);
        let xi = entity_of(r, "Xi Jinping", 0);
        assert_eq!((xi.name.as_str(), xi.mentions.len()), ("Xi Jinping", 3));
        let quote = r.spans.iter().find(|s| s.kind == Kind::Quote).unwrap();
        assert_eq!(
            r.speaker_name(quote),
            Some("Xi Jinping"),
            "the speaker follows the merge"
        );
        assert_invariants(text, r);
        // The other way round: the fuller name still wins, and the label is the `with` entity's.
        let mut back = on(Op::Merge, text, "Xi Jinping", 0);
        back.with = Some(Anchor {
            start: ss,
            end: se,
            text: "Xi".into(),
        });
        let out = apply(text, a.clone(), &[back]);
        assert_eq!(entity_of(&out.annotations, "Xi", 0).name, "Xi Jinping");
        // Merging what is one entity already, or a mark that is not there: refused, with why.
        let out = apply(text, a, &[merge.clone(), merge]);
        assert!(
            matches!(&out.statuses[1], Status::Skipped { reason } if reason.contains("already one entity")),
            "{:?}",
            out.statuses
        );
    }

    #[test]
    fn split_takes_the_mentions_written_alike_out_of_their_entity() {
        let text = "Xi Jinping arrived. Xi said so. Later Xi left.";
        let a = by_hand(
            text,
            &[
                ("Xi Jinping", 0, "PERSON", 0),
                ("Xi", 1, "PERSON", 0),
                ("Xi", 2, "PERSON", 0),
            ],
            &["Xi Jinping"],
        );
        let out = apply(text, a.clone(), &[on(Op::Split, text, "Xi", 2)]);
        assert!(applied(&out.statuses), "{:?}", out.statuses);
        let r = &out.annotations;
        assert_eq!(r.entities.len(), 2);
        assert_eq!(entity_of(r, "Xi Jinping", 0).mentions.len(), 1);
        let xi = entity_of(r, "Xi", 0);
        assert_eq!(
            (xi.name.as_str(), xi.label.as_str(), xi.mentions.len()),
            ("Xi", "PERSON", 2)
        );
        assert_invariants(text, r);
        // Split off the full name: what stays is named by its fullest mention.
        let out = apply(text, a.clone(), &[on(Op::Split, text, "Xi Jinping", 0)]);
        assert_eq!(entity_of(&out.annotations, "Xi", 0).name, "Xi");
        assert_eq!(
            entity_of(&out.annotations, "Xi Jinping", 0).mentions.len(),
            1
        );
        // Nothing to split from: refused.
        let lone = by_hand(
            text,
            &[("Xi", 1, "PERSON", 0), ("Xi", 2, "PERSON", 0)],
            &["Xi"],
        );
        let out = apply(text, lone, &[on(Op::Split, text, "Xi", 1)]);
        assert!(
            matches!(&out.statuses[0], Status::Skipped { reason } if reason.contains("nothing to split"))
        );
        // Split then merge back: one entity again, and the split is overridden.
        let mut merge = on(Op::Merge, text, "Xi", 1);
        merge.with = Some(Anchor {
            start: 0,
            end: 10,
            text: "Xi Jinping".into(),
        });
        let out = apply(text, a, &[on(Op::Split, text, "Xi", 2), merge]);
        assert_eq!(out.annotations.entities.len(), 1);
        assert!(
            matches!(out.statuses[0], Status::Overridden { by: 1, .. }),
            "{:?}",
            out.statuses
        );
    }

    #[test]
    fn dates_take_only_timex3_values_for_their_label() {
        let text = "The plan runs until June 2026, officials said.";
        let (s, e) = at(text, "June 2026");
        let mut add = Correction::new(Op::Add, Kind::Date, s, e, "June 2026");
        add.label = Some("DATE".into());
        add.value = Some("banana".into());
        let out = apply(text, annotated(text), std::slice::from_ref(&add));
        assert!(
            matches!(&out.statuses[0], Status::Skipped { reason } if reason.contains("\"banana\" is not a TIMEX3 value for a DATE")),
            "{:?}",
            out.statuses
        );
        add.value = Some("2026-06".into());
        // DATE → DURATION keeping 2026-06: refused, saying what to do.
        let mut relabel = Correction::new(Op::Relabel, Kind::Date, s, e, "June 2026");
        relabel.label = Some("DURATION".into());
        let out = apply(text, annotated(text), &[add.clone(), relabel.clone()]);
        assert!(
            matches!(&out.statuses[1], Status::Skipped { reason } if reason.contains("\"2026-06\" is not a TIMEX3 value for a DURATION") && reason.contains("an empty one to clear it")),
            "{:?}",
            out.statuses
        );
        // With a value of its own, or an empty one (no value): applied.
        for (value, expected) in [("P3Y", Some("P3Y")), ("", None)] {
            let c = Correction {
                value: Some(value.into()),
                ..relabel.clone()
            };
            let out = apply(text, annotated(text), &[add.clone(), c]);
            assert!(applied(&out.statuses), "{:?}", out.statuses);
            let d = out
                .annotations
                .spans
                .iter()
                .find(|x| x.text == "June 2026")
                .unwrap();
            assert_eq!(
                (d.label.as_str(), d.value.as_deref()),
                ("DURATION", expected)
            );
        }
        // A relabel that gives only a value keeps the date's label.
        let mut value_only = Correction::new(Op::Relabel, Kind::Date, s, e, "June 2026");
        value_only.value = Some("2026-07".into());
        let time = Correction {
            label: Some("TIME".into()),
            value: Some("2026-06-01T10:00".into()),
            ..add.clone()
        };
        let out = apply(text, annotated(text), &[time, value_only]);
        let d = out
            .annotations
            .spans
            .iter()
            .find(|x| x.text == "June 2026")
            .unwrap();
        assert_eq!(
            (d.label.as_str(), d.value.as_deref()),
            ("TIME", Some("2026-07"))
        );
    }

    #[test]
    fn a_speaker_the_text_does_not_name_is_kept_as_a_name() {
        let text = "“We will reopen soon,” the statement read. Kritenbrink agreed.";
        let (s, e) = at(text, "“We will reopen soon,”");
        let mut c = Correction::new(Op::Add, Kind::Quote, s, e, "“We will reopen soon,”");
        c.speaker = Some("a spokesperson".into());
        let out = apply(text, annotated(text), std::slice::from_ref(&c));
        let q = out
            .annotations
            .spans
            .iter()
            .find(|x| x.kind == Kind::Quote)
            .unwrap();
        assert_eq!(
            (q.speaker.as_ref(), q.speaker_name.as_deref()),
            (None, Some("a spokesperson"))
        );
        assert_eq!(out.annotations.speaker_name(q), Some("a spokesperson"));
        assert!(
            matches!(&out.statuses[0], Status::Applied { note: Some(n) } if n.contains("kept as the speaker's name")),
            "{:?}",
            out.statuses
        );
        assert_invariants(text, &out.annotations);
        // Named in the text: linked as before, and the kept name goes.
        let named = Correction {
            op: Op::Relabel,
            speaker: Some("Kritenbrink".into()),
            ..c.clone()
        };
        let out = apply(text, annotated(text), &[c.clone(), named]);
        let q = out
            .annotations
            .spans
            .iter()
            .find(|x| x.kind == Kind::Quote)
            .unwrap();
        assert_eq!(
            (
                q.speaker.as_ref().map(|s| s.text.as_str()),
                q.speaker_name.as_deref()
            ),
            (Some("Kritenbrink"), None)
        );
        // An empty speaker: unattributed.
        let none = Correction {
            op: Op::Relabel,
            speaker: Some(" ".into()),
            ..c.clone()
        };
        let out = apply(text, annotated(text), &[c, none]);
        let q = out
            .annotations
            .spans
            .iter()
            .find(|x| x.kind == Kind::Quote)
            .unwrap();
        assert_eq!((q.speaker.as_ref(), q.speaker_name.as_ref()), (None, None));
    }

    #[test]
    fn a_correction_a_later_one_replaced_is_overridden() {
        let text = "Yashio is near Tokyo. Officials in Osaka agreed.";
        let a = by_hand(
            text,
            &[("Yashio", 0, "ORG", 0), ("Tokyo", 0, "PLACE", 1)],
            &["Yashio", "Tokyo"],
        );
        let relabel = |label: &str| Correction {
            label: Some(label.into()),
            ..on(Op::Relabel, text, "Yashio", 0)
        };
        let add_osaka = Correction {
            label: Some("PLACE".into()),
            ..on(Op::Add, text, "Osaka", 0)
        };
        let remove_tokyo = on(Op::Remove, text, "Tokyo", 0);
        let add_tokyo = Correction {
            label: Some("PLACE".into()),
            ..on(Op::Add, text, "Tokyo", 0)
        };
        let cs = [
            relabel("PLACE"),                 // 0: replaced by 1
            relabel("MISC"),                  // 1
            add_osaka.clone(),                // 2: removed by 3
            on(Op::Remove, text, "Osaka", 0), // 3
            remove_tokyo,                     // 4: undone by 5
            add_tokyo,                        // 5
        ];
        let out = apply(text, a, &cs);
        let kinds: Vec<String> = out
            .statuses
            .iter()
            .map(|s| match s {
                Status::Overridden { by, .. } => format!("overridden by {by}"),
                Status::Applied { .. } => "applied".into(),
                other => format!("{other:?}"),
            })
            .collect();
        assert_eq!(
            kinds,
            [
                "overridden by 1",
                "applied",
                "overridden by 3",
                "applied",
                "overridden by 5",
                "applied"
            ]
        );
        match &out.statuses[0] {
            Status::Overridden { reason, .. } => {
                assert_eq!(reason, "a later relabelling of \"Yashio\" replaced it")
            }
            s => panic!("{s:?}"),
        }
        assert_invariants(text, &out.annotations);
    }

    #[test]
    fn statuses_say_what_happened_in_json() {
        let text = "Blinken met Qin Gang in Beijing.";
        let mut moved = Correction::new(Op::Add, Kind::Entity, 0, 7, "Beijing");
        moved.label = Some("ORG".into());
        let mut inside = Correction::new(Op::Add, Kind::Entity, 8, 10, "me");
        inside.label = Some("ORG".into());
        let out = apply(text, annotated(text), &[moved, inside]);
        let json = serde_json::to_string(&out.statuses).unwrap();
        assert_eq!(
            json,
            r#"[{"status":"moved","start":24,"end":31},{"status":"skipped","reason":"\"me\" is part of a word (\"met\"): a mark covers whole words"}]"#
        );
    }

    #[test]
    fn added_marks_cover_whole_words_as_the_core_tokenizer_cuts_them() {
        let text = "US-China talks resumed in Yashio.";
        let add = |needle: &str| {
            let (s, e) = at(text, needle);
            Correction {
                label: Some("PLACE".into()),
                ..Correction::new(Op::Add, Kind::Entity, s, e, needle)
            }
        };
        let out = apply(text, annotated(text), &[add("US"), add("ashi")]);
        assert!(
            out.statuses[0].took_effect(),
            "US in US-China is a word: {:?}",
            out.statuses
        );
        assert!(out
            .annotations
            .spans
            .iter()
            .any(|s| s.text == "US" && s.label == "PLACE"));
        assert!(
            matches!(&out.statuses[1], Status::Skipped { reason } if reason.contains("(\"Yashio\")")),
            "{:?}",
            out.statuses
        );
        assert_invariants(text, &out.annotations);
    }
}
