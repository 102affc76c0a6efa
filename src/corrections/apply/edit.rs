//! Corrections that change marks: relabel one mark or a whole entity, merge and split
//! entities, add a mark (with a date's value or a quote's speaker).

use crate::annotations::{Kind, Span, Speaker};
use crate::offsets::{ceil_char_boundary, floor_char_boundary, TextIndex};

use super::super::anchor::{land, occurrences};
use super::super::{checked_label, timex, Correction, MAX_SPEAKER_CHARS};
use super::{clip, group, Work, ADDED, CLUSTER, EXIST, LABEL, SPEAKER_WINDOW};

impl Work {
    /// Relabels mark `i`; a date takes `c`'s value and a quote its speaker, if `c` gives them.
    pub(super) fn relabel(
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
    pub(super) fn relabel_entity(&mut self, c: &Correction, i: usize) -> Result<(), String> {
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
    pub(super) fn merge(
        &mut self,
        index: &TextIndex,
        c: &Correction,
        i: usize,
    ) -> Result<(), String> {
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
    pub(super) fn split(&mut self, i: usize) -> Result<(), String> {
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
    pub(super) fn add(
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
