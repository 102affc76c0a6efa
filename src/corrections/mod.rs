//! A reader's corrections to the machine's marks: remove a mark, change its label, add a mark the
//! machine missed. They are stored as edits anchored to the text (offsets plus the text they
//! cover), not as a copy of the annotations, so they survive re-annotation by a newer model and
//! travel in share links and exports; when the article text is edited they are re-anchored
//! ([`reanchor`]) or dropped with a notice.
//!
//! [`apply`] keeps every `newsmark/1` invariant: spans sorted by start (longer first) and
//! numbered in that order, offsets on UTF-16 char boundaries with `text` equal to the slice, no
//! overlap within a kind (an added span replaces the same-kind spans it overlaps, and entities and
//! dates exclude each other as in `crate::resolve`), entity clusters consistent with their
//! mentions (clusters left without mentions disappear, the rest are renumbered in order of first
//! mention, and quote speakers follow).

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use crate::annotations::{Annotations, Entity, Kind, Span, Speaker};
use crate::labels::{self, is_label_of, Label};
use crate::offsets::{ceil_char_boundary, common_ends, floor_char_boundary, TextIndex};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Op {
    /// Remove the mark of `kind` at exactly `[start, end)`.
    Remove,
    /// Change the label of the mark of `kind` at `[start, end)` (and, for a date, its `value` if
    /// given; for a quote, its `speaker` if given). When the machine no longer finds that mark,
    /// it is added.
    Relabel,
    /// Add a mark; it replaces the marks of its kind that it overlaps.
    Add,
}

/// One edit, anchored to the text: `text` is what `[start, end)` (UTF-16) covered when it was
/// made.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Correction {
    pub op: Op,
    pub kind: Kind,
    pub start: u32,
    pub end: u32,
    pub text: String,
    /// The new label (`relabel`, `add`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// A date's TIMEX3 value (`add`, `relabel` of a date).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// A quote's speaker as it is written in the text (`add`, `relabel` of a quote); linked to the
    /// occurrence nearest the quote.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
}

/// A correction that could not be used, and why (for the reader).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Skipped {
    pub correction: Correction,
    pub reason: String,
}

/// Labels are free text from the reader but end up in exports (brat types, CSS-free HTML
/// attributes), so they are kept to a safe alphabet.
pub const MAX_LABEL_CHARS: usize = 32;

pub fn is_valid_label(label: &str) -> bool {
    !label.is_empty()
        && label.len() <= MAX_LABEL_CHARS
        && label
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// The result of [`apply`]: the corrected annotations and the corrections that did nothing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Applied {
    pub annotations: Annotations,
    pub skipped: Vec<Skipped>,
}

/// Applies `corrections` in order to `annotations` of `text`. A correction whose anchor text is
/// not at its offsets is moved to the nearest occurrence of its text; one that cannot be placed,
/// or removes/relabels nothing, is returned in `skipped` with the reason.
pub fn apply(text: &str, annotations: Annotations, corrections: &[Correction]) -> Applied {
    if corrections.is_empty() {
        // The common case (every keystroke on the page): nothing to index or renumber.
        return Applied {
            annotations,
            skipped: Vec::new(),
        };
    }
    let index = TextIndex::new(text);
    let mut work = Work::new(annotations);
    let mut skipped = Vec::new();
    for c in corrections {
        if let Err(reason) = work.apply_one(&index, c) {
            skipped.push(Skipped {
                correction: c.clone(),
                reason,
            });
        }
    }
    Applied {
        annotations: work.finish(),
        skipped,
    }
}

/// A cluster while corrections are applied; ids are indices into `Work::clusters`.
struct Cluster {
    label: String,
    name: String,
}

/// Marks that exclude each other: entities and dates (group 0), quotes (group 1).
fn group(kind: Kind) -> usize {
    match kind {
        Kind::Entity | Kind::Date => 0,
        Kind::Quote => 1,
    }
}

/// How far (bytes, each side) a correction's text or a quote's speaker is looked for around its
/// position. Whole news articles fit; a crafted link with thousands of corrections on a huge
/// text still costs at most this much per correction.
pub const SEARCH_WINDOW: usize = 64 << 10;
const SPEAKER_WINDOW: usize = 4 << 10;

/// The annotations while corrections are applied. Every lookup is logarithmic or hashed, so
/// applying k corrections costs O(k log n) on top of reading the annotations, whatever a link
/// carries.
struct Work {
    schema: String,
    reference_date: Option<String>,
    /// `entity` and `speaker.entity` are indices into `clusters`; removed spans are `None`.
    spans: Vec<Option<Span>>,
    /// Per group, span start → index into `spans`. Marks of a group never overlap, so their ends
    /// increase with their starts.
    groups: [BTreeMap<u32, usize>; 2],
    clusters: Vec<Cluster>,
    /// Clusters by name, one map for three keys (see [`Key`]): a mention's label and text; a
    /// label and a run of whole words of a cluster's name; such a run alone (for speakers).
    /// One map type rather than three keeps the wasm smaller.
    names: HashMap<String, u32>,
}

/// Keys of `Work::names`; NUL separates parts (it cannot start a label).
enum Key<'a> {
    Mention(&'a str, &'a str),
    NameWords(&'a str, &'a str),
    AnyNameWords(&'a str),
}

impl Key<'_> {
    fn string(&self) -> String {
        match self {
            Key::Mention(label, text) => format!("m\0{label}\0{text}"),
            Key::NameWords(label, run) => format!("n\0{label}\0{run}"),
            Key::AnyNameWords(run) => format!("a\0{run}"),
        }
    }
}

impl Work {
    fn new(a: Annotations) -> Work {
        let by_id: HashMap<u32, usize> = a
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id, i))
            .collect();
        let mut w = Work {
            schema: a.schema,
            reference_date: a.reference_date,
            spans: Vec::with_capacity(a.spans.len() + 16),
            groups: [BTreeMap::new(), BTreeMap::new()],
            clusters: Vec::with_capacity(a.entities.len() + 16),
            names: HashMap::new(),
        };
        for e in a.entities {
            w.add_cluster(e.label, e.name);
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

    fn add_cluster(&mut self, label: String, name: String) -> u32 {
        let id = self.clusters.len() as u32;
        for run in word_runs(&name) {
            self.names
                .entry(Key::NameWords(&label, run).string())
                .or_insert(id);
            self.names
                .entry(Key::AnyNameWords(run).string())
                .or_insert(id);
        }
        self.clusters.push(Cluster { label, name });
        id
    }

    fn insert(&mut self, s: Span) {
        if let Some(c) = s.entity.filter(|_| s.kind == Kind::Entity) {
            self.names
                .entry(Key::Mention(&s.label, &s.text).string())
                .or_insert(c);
        }
        self.groups[group(s.kind)].insert(s.start, self.spans.len());
        self.spans.push(Some(s));
    }

    fn remove(&mut self, i: usize) {
        if let Some(s) = self.spans.get_mut(i).and_then(Option::take) {
            self.groups[group(s.kind)].remove(&s.start);
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

    /// The mark of `kind` at exactly `[start, end)`.
    fn find(&self, kind: Kind, start: u32, end: u32) -> Option<usize> {
        let &i = self.groups[group(kind)].get(&start)?;
        self.spans[i]
            .as_ref()
            .filter(|s| s.kind == kind && s.end == end)
            .map(|_| i)
    }

    fn apply_one(&mut self, index: &TextIndex, c: &Correction) -> Result<(), String> {
        let (start, end) =
            anchor(index, c).ok_or_else(|| format!("{:?} is no longer in the text", c.text))?;
        match (c.op, self.find(c.kind, start, end)) {
            (Op::Remove, Some(i)) => {
                self.remove(i);
                Ok(())
            }
            (Op::Remove, None) => Err(format!(
                "there is no {} mark on {:?} to remove",
                c.kind.as_str(),
                c.text
            )),
            (Op::Relabel, Some(i)) => {
                let label = checked_label(c)?;
                let Some(mut s) = self.spans[i].take() else {
                    return Err("internal: a removed mark".into());
                };
                if c.kind == Kind::Entity && label != s.label {
                    s.entity = Some(self.cluster_for(&label, &s.text));
                }
                s.label = label;
                if c.kind == Kind::Date && c.value.is_some() {
                    s.value = c.value.clone();
                }
                if c.kind == Kind::Quote && c.speaker.is_some() {
                    s.speaker = self.speaker(index, c.speaker.as_deref(), start, end);
                }
                if let Some(e) = s.entity {
                    self.names
                        .entry(Key::Mention(&s.label, &s.text).string())
                        .or_insert(e);
                }
                self.spans[i] = Some(s);
                Ok(())
            }
            (Op::Relabel | Op::Add, _) => {
                let label = checked_label(c)?;
                let text = index
                    .slice_utf16(start, end)
                    .unwrap_or_default()
                    .to_string();
                for i in self.overlapping(group(c.kind), start, end) {
                    self.remove(i);
                }
                let entity = (c.kind == Kind::Entity).then(|| self.cluster_for(&label, &text));
                let speaker = if c.kind == Kind::Quote {
                    self.speaker(index, c.speaker.as_deref(), start, end)
                } else {
                    None
                };
                let value = if c.kind == Kind::Date {
                    c.value.clone()
                } else {
                    None
                };
                self.insert(Span {
                    id: 0,
                    kind: c.kind,
                    label,
                    start,
                    end,
                    text,
                    entity,
                    value,
                    speaker,
                });
                Ok(())
            }
        }
    }

    /// The cluster a mention `text` labelled `label` belongs to: the one of an earlier mention
    /// with this text and label, or one of that label whose name is it or contains it as whole
    /// words (`Blinken` joins `Antony Blinken`); else a new one.
    fn cluster_for(&mut self, label: &str, text: &str) -> u32 {
        let known = [Key::Mention(label, text), Key::NameWords(label, text)]
            .iter()
            .find_map(|k| self.names.get(&k.string()).copied())
            .filter(|&c| {
                self.clusters
                    .get(c as usize)
                    .is_some_and(|cl| cl.label == label)
            });
        match known {
            Some(c) => c,
            None => self.add_cluster(label.to_string(), text.to_string()),
        }
    }

    /// A quote's speaker from its written form: the occurrence nearest the quote (outside it if
    /// possible, within `SPEAKER_WINDOW`), linked to the entity mentioned there or named so.
    fn speaker(
        &self,
        index: &TextIndex,
        name: Option<&str>,
        quote_start: u32,
        quote_end: u32,
    ) -> Option<Speaker> {
        let name = name.map(str::trim).filter(|n| !n.is_empty())?;
        let text = index.text();
        let lo = floor_char_boundary(
            text,
            index
                .floor_utf16(quote_start)
                .byte
                .saturating_sub(SPEAKER_WINDOW),
        );
        let hi = ceil_char_boundary(text, index.floor_utf16(quote_end).byte + SPEAKER_WINDOW);
        let occurrences = occurrences_utf16(index, name, lo, hi);
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
        let &(start, end) = outside
            .min_by_key(distance)
            .or_else(|| occurrences.first())?;
        let entity = self
            .find(Kind::Entity, start, end)
            .and_then(|i| self.spans[i].as_ref()?.entity)
            .or_else(|| self.names.get(&Key::AnyNameWords(name).string()).copied());
        Some(Speaker {
            start,
            end,
            text: name.to_string(),
            entity,
        })
    }

    /// Sorts, renumbers spans and clusters, and drops clusters without mentions.
    fn finish(mut self) -> Annotations {
        // Each group is in start order and free of overlaps (marks go in only where nothing of
        // their group is), so merging the two gives the newsmark/1 order without a sort.
        let order = |s: &Span| (s.start, std::cmp::Reverse(s.end), s.kind);
        let mut arena = std::mem::take(&mut self.spans);
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
        // Entity spans always belong to a cluster.
        for s in spans.iter_mut().filter(|s| s.kind == Kind::Entity) {
            if s.entity.map_or(true, |c| c as usize >= self.clusters.len()) {
                s.entity = Some(self.cluster_for(&s.label, &s.text));
            }
        }
        let mut new_id: Vec<Option<u32>> = vec![None; self.clusters.len()];
        let mut entities: Vec<Entity> = Vec::new();
        for (id, s) in spans.iter_mut().enumerate() {
            s.id = id as u32;
            if s.kind != Kind::Entity {
                s.entity = None;
                continue;
            }
            let Some(c) = s.entity.map(|c| c as usize) else {
                continue;
            };
            let e = *new_id[c].get_or_insert_with(|| {
                let cl = &self.clusters[c];
                entities.push(Entity {
                    id: entities.len() as u32,
                    label: cl.label.clone(),
                    name: cl.name.clone(),
                    mentions: Vec::new(),
                });
                entities.len() as u32 - 1
            });
            entities[e as usize].mentions.push(id as u32);
            s.entity = Some(e);
        }
        for sp in spans.iter_mut().filter_map(|s| s.speaker.as_mut()) {
            sp.entity = sp
                .entity
                .and_then(|c| new_id.get(c as usize).copied().flatten());
        }
        Annotations {
            schema: self.schema,
            reference_date: self.reference_date,
            spans,
            entities,
        }
    }
}

fn checked_label(c: &Correction) -> Result<String, String> {
    let label = match (c.label.as_deref(), Label::default_of(c.kind)) {
        (Some(l), _) => l,
        (None, Some(default)) => default.name(),
        (None, None) => return Err("an entity correction needs a label".into()),
    };
    if !is_valid_label(label) {
        return Err(format!(
            "{label:?} is not a valid label (letters, digits, _ and -, at most {MAX_LABEL_CHARS})"
        ));
    }
    // Entities may carry a reader's own label (`PRODUCT`); dates and quotes only their kind's.
    if c.kind == Kind::Entity || is_label_of(label, c.kind) {
        return Ok(label.to_string());
    }
    let names = labels::names_of(c.kind);
    let allowed = match names.as_slice() {
        [one] => one.to_string(),
        many => format!("one of {}", many.join(", ")),
    };
    Err(format!(
        "a {}'s label is {allowed}, not {label:?}",
        c.kind.as_str()
    ))
}

/// Every run of whole words of `name` (`Antony`, `Blinken`, `Antony Blinken` for
/// `Antony Blinken`), for joining a short mention to its cluster. At most 8 words are indexed.
fn word_runs(name: &str) -> Vec<&str> {
    let mut words: Vec<(usize, usize)> = Vec::new();
    let mut current: Option<usize> = None;
    for (i, c) in name.char_indices().chain([(name.len(), ' ')]) {
        match (c.is_alphanumeric(), current) {
            (true, None) => current = Some(i),
            (false, Some(s)) => {
                words.push((s, i));
                current = None;
            }
            _ => {}
        }
    }
    words.truncate(8);
    let mut runs = vec![name];
    for a in 0..words.len() {
        for b in a..words.len() {
            runs.push(&name[words[a].0..words[b].1]);
        }
    }
    runs
}

/// Where correction `c` applies in the indexed text: its own offsets when they still cover its
/// text, else the occurrence of its text nearest its start; `None` if the text is empty or absent.
fn anchor(index: &TextIndex, c: &Correction) -> Option<(u32, u32)> {
    if c.text.is_empty() {
        return None;
    }
    if index.slice_utf16(c.start, c.end) == Some(c.text.as_str()) {
        return Some((c.start, c.end));
    }
    nearest_in(index, &c.text, c.start)
}

/// Occurrences of `needle` in `text[lo..hi]` (char boundaries; non-overlapping, left to right, at
/// most 1,000) as UTF-16 ranges.
fn occurrences_utf16(index: &TextIndex, needle: &str, lo: usize, hi: usize) -> Vec<(u32, u32)> {
    let needle_units = needle.encode_utf16().count() as u32;
    index.text()[lo..hi]
        .match_indices(needle)
        .take(1000)
        .filter_map(|(i, _)| index.at_byte(lo + i))
        .map(|p| (p.utf16, p.utf16 + needle_units))
        .collect()
}

/// The occurrence of `needle` nearest UTF-16 offset `around` (by bytes; the earlier one on a
/// tie), looked for within `SEARCH_WINDOW` bytes of it.
fn nearest_in(index: &TextIndex, needle: &str, around: u32) -> Option<(u32, u32)> {
    if needle.is_empty() {
        return None;
    }
    let text = index.text();
    let center = index.floor_utf16(around).byte;
    let lo = floor_char_boundary(text, center.saturating_sub(SEARCH_WINDOW));
    let hi = ceil_char_boundary(text, center.saturating_add(SEARCH_WINDOW + needle.len()));
    let mut best: Option<usize> = None;
    for (i, _) in text[lo..hi].match_indices(needle) {
        let at = lo + i;
        if best.map_or(true, |b| at.abs_diff(center) < b.abs_diff(center)) {
            best = Some(at);
        } else if at > center {
            break; // later occurrences are only farther
        }
    }
    let start = index.at_byte(best?)?.utf16;
    Some((start, start + needle.encode_utf16().count() as u32))
}

/// The occurrence of `needle` in `text` whose UTF-16 start is nearest `around`, within
/// `SEARCH_WINDOW` bytes of it.
pub fn nearest_occurrence(text: &str, needle: &str, around: u32) -> Option<(u32, u32)> {
    nearest_in(&TextIndex::new(text), needle, around)
}

/// Corrections after the text changed from `old_text` to `new_text`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reanchored {
    /// With offsets in the new text.
    pub kept: Vec<Correction>,
    /// As they were: their text no longer occurs.
    pub dropped: Vec<Correction>,
}

/// Moves each correction to the new text: a correction outside the edited stretch shifts with
/// the text around it; one inside it (or whose text no longer matches) goes to the occurrence of
/// its text nearest its shifted position; one whose text no longer occurs is dropped.
pub fn reanchor(corrections: &[Correction], old_text: &str, new_text: &str) -> Reanchored {
    let (prefix, old_suffix, new_suffix) = common_ends(old_text, new_text);
    let old = TextIndex::new(old_text);
    let new = TextIndex::new(new_text);
    let (Some(p), Some(os), Some(ns)) = (
        old.at_byte(prefix),
        old.at_byte(old_suffix),
        new.at_byte(new_suffix),
    ) else {
        return Reanchored {
            kept: vec![],
            dropped: corrections.to_vec(),
        };
    };
    let (prefix_units, old_suffix_units, new_suffix_units) = (p.utf16, os.utf16, ns.utf16);
    // A start at the very point of an insertion stays with the text after it, an end with the
    // text before it.
    let shift_start = |x: u32| -> u32 {
        if x >= old_suffix_units {
            (x - old_suffix_units).saturating_add(new_suffix_units)
        } else {
            x.min(prefix_units)
        }
    };
    let shift_end = |x: u32| -> u32 {
        if x <= prefix_units {
            x
        } else if x >= old_suffix_units {
            (x - old_suffix_units).saturating_add(new_suffix_units)
        } else {
            prefix_units
        }
    };
    let mut out = Reanchored::default();
    for c in corrections {
        let (start, end) = (shift_start(c.start), shift_end(c.end));
        let placed = if !c.text.is_empty() && new.slice_utf16(start, end) == Some(c.text.as_str()) {
            Some((start, end))
        } else {
            nearest_in(&new, &c.text, start)
        };
        match placed {
            Some((start, end)) => out.kept.push(Correction {
                start,
                end,
                ..c.clone()
            }),
            None => out.dropped.push(c.clone()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{annotate, Options};

    const TEXT: &str = "Antony Blinken met Qin Gang in Beijing on Sunday. “We agree,” Blinken said. Blinken flew home.";

    fn annotated(text: &str) -> Annotations {
        annotate(
            text,
            &Options {
                reference_date: Some("2023-06-14".into()),
            },
        )
        .unwrap()
    }

    fn at(text: &str, needle: &str) -> (u32, u32) {
        nearest_occurrence(text, needle, 0).unwrap_or_else(|| panic!("{needle:?} in the text"))
    }

    fn correction(op: Op, kind: Kind, text: &str, needle: &str, label: Option<&str>) -> Correction {
        let (start, end) = at(text, needle);
        Correction {
            op,
            kind,
            start,
            end,
            text: needle.into(),
            label: label.map(Into::into),
            value: None,
            speaker: None,
        }
    }

    /// Every `newsmark/1` invariant that corrections must keep.
    pub(crate) fn assert_invariants(text: &str, a: &Annotations) {
        crate::invariants::check(text, a).unwrap_or_else(|e| panic!("{e}"));
    }

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
    fn bad_corrections_are_skipped_with_reasons_and_change_nothing() {
        let a = annotated(TEXT);
        let mut inside_surrogate =
            correction(Op::Add, Kind::Entity, TEXT, "Beijing", Some("PLACE"));
        inside_surrogate.text = "Shanghai".into();
        let bad = [
            inside_surrogate,
            correction(Op::Add, Kind::Entity, TEXT, "Beijing", Some("<script>")),
            correction(Op::Add, Kind::Entity, TEXT, "Beijing", None),
            correction(Op::Add, Kind::Date, TEXT, "Beijing", Some("PERSON")),
            correction(Op::Remove, Kind::Quote, TEXT, "Beijing", None),
            Correction {
                op: Op::Add,
                kind: Kind::Entity,
                start: 5,
                end: 5,
                text: String::new(),
                label: Some("ORG".into()),
                value: None,
                speaker: None,
            },
        ];
        let out = apply(TEXT, a.clone(), &bad);
        assert_eq!(out.skipped.len(), bad.len(), "{:?}", out.skipped);
        assert_eq!(out.annotations, a);
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

    #[test]
    fn corrections_survive_re_annotation_of_an_edited_text() {
        let c = correction(Op::Relabel, Kind::Entity, TEXT, "Qin Gang", Some("ORG"));
        let new_text = format!("BEIJING — {TEXT} Qin Gang left.");
        let moved = reanchor(std::slice::from_ref(&c), TEXT, &new_text);
        assert!(moved.dropped.is_empty());
        let moved_c = &moved.kept[0];
        assert_eq!(
            moved_c.start,
            c.start + "BEIJING — ".encode_utf16().count() as u32
        );
        let out = apply(&new_text, annotated(&new_text), &moved.kept);
        let qins: Vec<_> = out
            .annotations
            .spans
            .iter()
            .filter(|s| s.text == "Qin Gang")
            .collect();
        assert_eq!(qins[0].label, "ORG", "{qins:?}");
        assert_invariants(&new_text, &out.annotations);
    }

    #[test]
    fn reanchor_finds_the_nearest_occurrence_or_drops() {
        let old = "Blinken here. Blinken there. Blinken everywhere.";
        let (start, end) = nearest_occurrence(old, "Blinken", 14).unwrap();
        assert_eq!(start, 14);
        let c = Correction {
            op: Op::Remove,
            kind: Kind::Entity,
            start,
            end,
            text: "Blinken".into(),
            label: None,
            value: None,
            speaker: None,
        };
        // The edit rewrites the corrected mention; the nearest remaining one (by its position
        // after the edit: 14) takes it: 26 rather than 0.
        let new = "Blinken here. Mr B there. Blinken everywhere.";
        let r = reanchor(std::slice::from_ref(&c), old, new);
        assert_eq!(r.kept.len(), 1);
        assert_eq!(r.kept[0].start, 26, "{r:?}");
        // Unchanged context shifts exactly.
        let new = "Blinken here, and there. Blinken there. Blinken everywhere.";
        assert_eq!(
            reanchor(std::slice::from_ref(&c), old, new).kept[0].start,
            25
        );
        // Gone entirely.
        let r = reanchor(std::slice::from_ref(&c), old, "Nobody here.");
        assert_eq!((r.kept.len(), r.dropped), (0, vec![c]));
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
        };
        let r = reanchor(std::slice::from_ref(&c), "Blinken", "Mr Blinken");
        assert_eq!(
            (r.kept[0].start, r.kept[0].end),
            (3, 10),
            "found again by its text"
        );
        let out = apply("Blinken", annotated("Blinken"), &[c]);
        assert!(out
            .annotations
            .spans
            .iter()
            .any(|s| (s.start, s.end, s.label.as_str()) == (0, 7, "PERSON")));
    }

    #[test]
    fn corrections_serialize_as_the_view_api_says() {
        let c: Correction = serde_json::from_str(r#"{"op":"add","kind":"quote","label":"QUOTE","start":1,"end":5,"text":"abcd","speaker":"Kritenbrink"}"#).unwrap();
        assert_eq!(c.speaker.as_deref(), Some("Kritenbrink"));
        let json = serde_json::to_string(&Correction {
            op: Op::Remove,
            ..c
        })
        .unwrap();
        assert!(
            json.starts_with(r#"{"op":"remove","kind":"quote","start":1,"end":5,"text":"abcd""#),
            "{json}"
        );
        assert!(serde_json::from_str::<Correction>(
            r#"{"op":"paint","kind":"entity","start":1,"end":5,"text":"x"}"#
        )
        .is_err());
    }
}
