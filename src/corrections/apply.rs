//! The annotations while corrections are applied to them, one after another, and renumbered at
//! the end.
//!
//! Marks are kept per group of kinds that exclude each other (entities and dates; quotes) in a
//! map by start: marks of a group never overlap, so finding the marks an added one overlaps is a
//! range query, and the two groups merge back into the `newsmark/1` order without a sort. Every
//! lookup is logarithmic or hashed, so applying k corrections costs O(k log n) on top of reading
//! the annotations, whatever a link carries.

use std::collections::{BTreeMap, HashMap};

use crate::annotations::{self, Annotations, Kind, Span, Speaker};
use crate::offsets::{ceil_char_boundary, floor_char_boundary, TextIndex};

use super::anchor::{anchor, occurrences};
use super::clusters::Clusters;
use super::{checked_label, Correction, Op};

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

pub(super) struct Work {
    schema: String,
    reference_date: Option<String>,
    reference_time: Option<String>,
    reference_source: Option<String>,
    /// `entity` and `speaker.entity` are indices into `clusters`; removed spans are `None`.
    spans: Vec<Option<Span>>,
    /// Per group, span start → index into `spans`. Marks of a group never overlap, so their ends
    /// increase with their starts.
    groups: [BTreeMap<u32, usize>; 2],
    clusters: Clusters,
}

impl Work {
    pub fn new(a: Annotations) -> Work {
        let by_id: HashMap<u32, usize> = a
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id, i))
            .collect();
        let mut w = Work {
            schema: a.schema,
            reference_date: a.reference_date,
            reference_time: a.reference_time,
            reference_source: a.reference_source,
            spans: Vec::with_capacity(a.spans.len() + 16),
            groups: [BTreeMap::new(), BTreeMap::new()],
            clusters: Clusters::with_capacity(a.entities.len() + 16),
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

    fn insert(&mut self, s: Span) {
        if let Some(c) = s.entity.filter(|_| s.kind == Kind::Entity) {
            self.clusters.note_mention(&s.label, &s.text, c);
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

    /// Applies `c`, or says for the reader why it does nothing.
    pub fn apply_one(&mut self, index: &TextIndex, c: &Correction) -> Result<(), String> {
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
            (Op::Relabel, Some(i)) => self.relabel(index, c, i),
            (Op::Relabel | Op::Add, _) => self.add(index, c, start, end),
        }
    }

    /// Relabels mark `i`; a date takes `c`'s value and a quote its speaker, if `c` gives them.
    fn relabel(&mut self, index: &TextIndex, c: &Correction, i: usize) -> Result<(), String> {
        let label = checked_label(c)?;
        let Some(mut s) = self.spans[i].take() else {
            return Err("internal: a removed mark".into());
        };
        if c.kind == Kind::Entity && label != s.label {
            s.entity = Some(self.clusters.cluster_for(&label, &s.text));
        }
        s.label = label;
        if c.kind == Kind::Date && c.value.is_some() {
            s.value = c.value.clone();
        }
        if c.kind == Kind::Quote && c.speaker.is_some() {
            s.speaker = self.speaker(index, c.speaker.as_deref(), s.start, s.end);
        }
        if let Some(e) = s.entity {
            self.clusters.note_mention(&s.label, &s.text, e);
        }
        self.spans[i] = Some(s);
        Ok(())
    }

    /// Adds a mark at `[start, end)` in place of the marks of its group that it overlaps.
    fn add(
        &mut self,
        index: &TextIndex,
        c: &Correction,
        start: u32,
        end: u32,
    ) -> Result<(), String> {
        let label = checked_label(c)?;
        let text = index
            .slice_utf16(start, end)
            .unwrap_or_default()
            .to_string();
        for i in self.overlapping(group(c.kind), start, end) {
            self.remove(i);
        }
        let entity = (c.kind == Kind::Entity).then(|| self.clusters.cluster_for(&label, &text));
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
        });
        Ok(())
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
        let &(start, end) = outside
            .min_by_key(distance)
            .or_else(|| occurrences.first())?;
        let entity = self
            .find(Kind::Entity, start, end)
            .and_then(|i| self.spans[i].as_ref()?.entity)
            .or_else(|| self.clusters.named(name));
        Some(Speaker {
            start,
            end,
            text: name.to_string(),
            entity,
        })
    }

    /// The corrected annotations: spans in order and numbered, every entity span in a cluster,
    /// clusters without mentions dropped and the rest renumbered.
    pub fn finish(mut self) -> Annotations {
        let mut spans = self.spans_in_order();
        relink_ranges(&mut spans);
        for s in spans.iter_mut().filter(|s| s.kind == Kind::Entity) {
            if s.entity.map_or(true, |c| c as usize >= self.clusters.len()) {
                s.entity = Some(self.clusters.cluster_for(&s.label, &s.text));
            }
        }
        let clusters = &self.clusters;
        let entities = annotations::number(&mut spans, clusters.len(), |c| {
            let cl = clusters.get(c).expect("a cluster of this work");
            (cl.label.clone(), cl.name.clone())
        });
        Annotations {
            schema: self.schema,
            reference_date: self.reference_date,
            reference_time: self.reference_time,
            reference_source: self.reference_source,
            spans,
            entities,
        }
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

#[cfg(test)]
mod tests {
    use crate::annotations::Kind;
    use crate::corrections::tests::{
        annotated, assert_invariants, at, correction, nearest_occurrence, TEXT,
    };
    use crate::corrections::{apply, Correction, Op};

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
}
