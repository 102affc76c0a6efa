//! Entity clusters while corrections are applied, and how a mention finds its cluster: by an
//! earlier mention with the same text and label, or by whole words of a cluster's name (`Blinken`
//! joins `Antony Blinken`); a quote's speaker by such words alone, whatever the label.
//!
//! Every lookup is one hash probe, so a link with thousands of corrections stays linear. The
//! three kinds of keys share one map of the crate's type for strings (`crate::maps::WordKeyed`)
//! rather than three maps: one map type keeps the wasm smaller.
//!
//! A merged cluster forwards to the one it joined, so keys that still name it lead there.

use std::cell::Cell;

use crate::maps::WordKeyed;

/// A cluster while corrections are applied; ids are indices into `Clusters`.
pub(super) struct Cluster {
    pub label: String,
    pub name: String,
}

pub(super) struct Clusters {
    list: Vec<Cluster>,
    /// Per cluster, the cluster it was merged into (itself when it was not); paths are
    /// compressed as they are followed, as in a union-find.
    forward: Vec<Cell<u32>>,
    /// Cluster ids by [`Key`].
    names: WordKeyed<u32>,
}

/// Keys of `Clusters::names`; NUL separates parts (it cannot start a label).
enum Key<'a> {
    /// A mention's label and text.
    Mention(&'a str, &'a str),
    /// A label and a run of whole words of a cluster's name.
    NameWords(&'a str, &'a str),
    /// A run of whole words of a cluster's name, any label (for speakers).
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

impl Clusters {
    pub fn with_capacity(n: usize) -> Clusters {
        Clusters {
            list: Vec::with_capacity(n),
            forward: Vec::with_capacity(n),
            names: WordKeyed::default(),
        }
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }

    pub fn get(&self, id: usize) -> Option<&Cluster> {
        self.list.get(id)
    }

    /// A new cluster; the first cluster named with a run of words keeps it.
    pub fn add(&mut self, label: String, name: String) -> u32 {
        let id = self.list.len() as u32;
        self.index_name(&label, &name, id);
        self.list.push(Cluster { label, name });
        self.forward.push(Cell::new(id));
        id
    }

    fn index_name(&mut self, label: &str, name: &str, id: u32) {
        for run in word_runs(name) {
            self.names
                .entry(Key::NameWords(label, run).string())
                .or_insert(id);
            self.names
                .entry(Key::AnyNameWords(run).string())
                .or_insert(id);
        }
    }

    /// The cluster `id` is now: itself, or the one it was merged into.
    pub fn resolve(&self, id: u32) -> u32 {
        let next = |c: u32| self.forward.get(c as usize).map_or(c, Cell::get);
        let mut root = id;
        while next(root) != root {
            root = next(root);
        }
        let mut at = id;
        while at != root {
            let up = next(at);
            self.forward[at as usize].set(root);
            at = up;
        }
        root
    }

    /// Cluster `from` merged into `into` (whose label stays), named by the fuller of their names.
    pub fn merge(&mut self, from: u32, into: u32) {
        let (from, into) = (self.resolve(from), self.resolve(into));
        if from == into {
            return;
        }
        let name = &self.list[from as usize].name;
        if name.chars().count() > self.list[into as usize].name.chars().count() {
            let name = name.clone();
            self.rename(into, name);
        }
        self.forward[from as usize].set(into);
    }

    pub fn rename(&mut self, id: u32, name: String) {
        let label = self.list[id as usize].label.clone();
        self.index_name(&label, &name, id);
        self.list[id as usize].name = name;
    }

    pub fn relabel(&mut self, id: u32, label: String) {
        let name = self.list[id as usize].name.clone();
        self.index_name(&label, &name, id);
        self.list[id as usize].label = label;
    }

    /// A new cluster for mentions split off another: it takes over their text as a mention key.
    pub fn split_off(&mut self, label: &str, text: &str) -> u32 {
        let id = self.add(label.to_string(), text.to_string());
        self.names.insert(Key::Mention(label, text).string(), id);
        id
    }

    /// The cluster, other than `not`, that a mention `text` labelled `label` would join: one of
    /// an earlier mention with this text and label, or one of that label named with its words.
    pub fn existing(&self, label: &str, text: &str, not: u32) -> Option<u32> {
        [Key::Mention(label, text), Key::NameWords(label, text)]
            .iter()
            .filter_map(|k| self.names.get(&k.string()))
            .map(|&c| self.resolve(c))
            .find(|&c| c != not && self.get(c as usize).is_some_and(|cl| cl.label == label))
    }

    /// Remembers that a mention `text` labelled `label` belongs to cluster `id` (the first such
    /// mention counts).
    pub fn note_mention(&mut self, label: &str, text: &str, id: u32) {
        let key = Key::Mention(label, text).string();
        // A key of a cluster merged away, or relabelled since, goes to this one.
        let stale = self.names.get(&key).is_some_and(|&c| {
            let c = self.resolve(c);
            self.get(c as usize).is_none_or(|cl| cl.label != label)
        });
        if stale {
            self.names.insert(key, id);
        } else {
            self.names.entry(key).or_insert(id);
        }
    }

    /// The cluster a mention `text` labelled `label` belongs to: the one of an earlier mention
    /// with this text and label, or one of that label whose name is it or contains it as whole
    /// words (`Blinken` joins `Antony Blinken`); else a new one.
    pub fn cluster_for(&mut self, label: &str, text: &str) -> u32 {
        let known = [Key::Mention(label, text), Key::NameWords(label, text)]
            .iter()
            .find_map(|k| self.names.get(&k.string()).copied())
            .map(|c| self.resolve(c))
            .filter(|&c| self.get(c as usize).is_some_and(|cl| cl.label == label));
        match known {
            Some(c) => c,
            None => self.add(label.to_string(), text.to_string()),
        }
    }

    /// The cluster whose name is `words` or contains them as whole words, whatever its label:
    /// who a quote's speaker, written so, is.
    pub fn named(&self, words: &str) -> Option<u32> {
        self.names
            .get(&Key::AnyNameWords(words).string())
            .map(|&c| self.resolve(c))
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_are_whole_words_of_the_name() {
        assert_eq!(
            word_runs("Antony J. Blinken"),
            [
                "Antony J. Blinken",
                "Antony",
                "Antony J",
                "Antony J. Blinken",
                "J",
                "J. Blinken",
                "Blinken"
            ]
        );
        assert_eq!(word_runs(" "), [" "]);
    }

    #[test]
    fn a_mention_joins_the_cluster_of_its_label_that_it_names() {
        let mut c = Clusters::with_capacity(4);
        let blinken = c.add("PERSON".into(), "Antony Blinken".into());
        assert_eq!(c.cluster_for("PERSON", "Blinken"), blinken);
        // Another label: a cluster of its own, which the same text and label then find.
        let org = c.cluster_for("ORG", "Blinken");
        assert_ne!(org, blinken);
        assert_eq!(c.cluster_for("ORG", "Blinken"), org);
        // A speaker is found by name words whatever the label; the first cluster keeps them.
        assert_eq!(c.named("Blinken"), Some(blinken));
        assert_eq!(c.named("Qin"), None);
        c.note_mention("PLACE", "Beijing", org);
        assert_eq!(
            c.cluster_for("PLACE", "Beijing"),
            2,
            "not ORG's: labels differ"
        );
        assert_eq!(c.len(), 3);
    }

    #[test]
    fn merged_clusters_forward_to_the_one_they_joined() {
        let mut c = Clusters::with_capacity(4);
        let xi = c.add("PERSON".into(), "Xi".into());
        let full = c.add("PERSON".into(), "Xi Jinping".into());
        c.merge(xi, full);
        assert_eq!(c.resolve(xi), full);
        assert_eq!(c.get(full as usize).unwrap().name, "Xi Jinping");
        assert_eq!(
            c.cluster_for("PERSON", "Xi"),
            full,
            "keys of the merged one lead on"
        );
        // The fuller name wins whichever way the merge goes.
        let jinping = c.add("PERSON".into(), "President Xi Jinping".into());
        c.merge(jinping, full);
        assert_eq!(c.get(full as usize).unwrap().name, "President Xi Jinping");
        assert_eq!(c.resolve(xi), full);
        // A split-off cluster takes over its mention text.
        let split = c.split_off("PERSON", "Xi");
        assert_eq!(c.cluster_for("PERSON", "Xi"), split);
        assert_eq!(c.existing("PERSON", "Xi Jinping", split), Some(full));
    }
}
