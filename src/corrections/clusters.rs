//! Entity clusters while corrections are applied, and how a mention finds its cluster: by an
//! earlier mention with the same text and label, or by whole words of a cluster's name (`Blinken`
//! joins `Antony Blinken`); a quote's speaker by such words alone, whatever the label.
//!
//! Every lookup is one hash probe, so a link with thousands of corrections stays linear. The
//! three kinds of keys share one `HashMap<String, u32>` rather than three maps: one map type keeps
//! the wasm smaller.

use std::collections::HashMap;

/// A cluster while corrections are applied; ids are indices into `Clusters`.
pub(super) struct Cluster {
    pub label: String,
    pub name: String,
}

pub(super) struct Clusters {
    list: Vec<Cluster>,
    /// Cluster ids by [`Key`].
    names: HashMap<String, u32>,
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
            names: HashMap::new(),
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
        for run in word_runs(&name) {
            self.names
                .entry(Key::NameWords(&label, run).string())
                .or_insert(id);
            self.names
                .entry(Key::AnyNameWords(run).string())
                .or_insert(id);
        }
        self.list.push(Cluster { label, name });
        id
    }

    /// Remembers that a mention `text` labelled `label` belongs to cluster `id` (the first such
    /// mention counts).
    pub fn note_mention(&mut self, label: &str, text: &str, id: u32) {
        self.names
            .entry(Key::Mention(label, text).string())
            .or_insert(id);
    }

    /// The cluster a mention `text` labelled `label` belongs to: the one of an earlier mention
    /// with this text and label, or one of that label whose name is it or contains it as whole
    /// words (`Blinken` joins `Antony Blinken`); else a new one.
    pub fn cluster_for(&mut self, label: &str, text: &str) -> u32 {
        let known = [Key::Mention(label, text), Key::NameWords(label, text)]
            .iter()
            .find_map(|k| self.names.get(&k.string()).copied())
            .filter(|&c| self.get(c as usize).is_some_and(|cl| cl.label == label));
        match known {
            Some(c) => c,
            None => self.add(label.to_string(), text.to_string()),
        }
    }

    /// The cluster whose name is `words` or contains them as whole words, whatever its label:
    /// who a quote's speaker, written so, is.
    pub fn named(&self, words: &str) -> Option<u32> {
        self.names.get(&Key::AnyNameWords(words).string()).copied()
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
}
