//! The rules compiled: the rule files in `rules/` (tables, named sub-patterns, rules per label)
//! become plain token sequences, each with its attributes and compiled value template, indexed
//! by what their first token can be. [`syntax`] reads the files, [`attrs`] is the attribute
//! vocabulary.
//!
//! Why token sequences and not regexes: rules fire only where a trigger token stands (a month
//! name, a weekday, a number, `last`, …), and every rule is expanded up front into the plain
//! sequences its optional parts and alternatives allow, so matching is a short walk over tokens
//! with no backtracking and no pass of dozens of patterns over the whole text. The engine knows
//! nothing of English: words live in the data files.

mod attrs;
mod syntax;

pub use attrs::{Attr, Attrs};
pub use syntax::{split_rule_line, Case, Elem, Respell, Table, TableId, WordMap};

use super::classes::Builtin;
use super::mention::DateLabel;
use super::template::{CaptureName, Template, Written};
use syntax::{parse_patterns, parse_tables, sequences};

use crate::text::strip::{data_file, rule_file};
use std::ops::Range;

const TABLES: &str = data_file!("../rules/tables.txt");
const PATTERNS: &str = data_file!("../rules/patterns.txt");
/// The rule files as the engine reads them: stripped of comments, examples and the rules'
/// names (which only tests and messages read, from the files as written: 1.4 KB of the wasm).
pub const RULE_FILES: [(&str, &str, DateLabel); 4] = [
    ("date.txt", rule_file!("../rules/date.txt"), DateLabel::Date),
    ("time.txt", rule_file!("../rules/time.txt"), DateLabel::Time),
    (
        "duration.txt",
        rule_file!("../rules/duration.txt"),
        DateLabel::Duration,
    ),
    ("set.txt", rule_file!("../rules/set.txt"), DateLabel::Set),
];
/// The rule files as written, with their `// EXAMPLE` lines (the unit tests read these).
#[cfg(test)]
pub const RULE_SOURCES: [(&str, &str, DateLabel); 4] = [
    (
        "date.txt",
        include_str!("../rules/date.txt"),
        DateLabel::Date,
    ),
    (
        "time.txt",
        include_str!("../rules/time.txt"),
        DateLabel::Time,
    ),
    (
        "duration.txt",
        include_str!("../rules/duration.txt"),
        DateLabel::Duration,
    ),
    ("set.txt", include_str!("../rules/set.txt"), DateLabel::Set),
];

/// One plain sequence of a rule line (a line with optional parts gives several).
#[derive(Debug)]
pub struct Rule {
    /// The rule's name in its file: for tests and debugging only, never for behaviour.
    #[cfg_attr(not(test), allow(dead_code))]
    pub name: String,
    pub label: DateLabel,
    /// What the engine needs to know about the rule, written in the rule file.
    pub attrs: Attrs,
    pub seq: Vec<Elem>,
    /// The value template, compiled for this sequence's captures.
    pub template: Template,
}

/// The rules that start with one word, split by their second element: a second word keys a
/// map (so at `the`, only the rules going on with the next token's word are tried), a second
/// builtin class groups the rules that need it (tried only where it matches, worked out once).
#[derive(Debug, Default)]
pub struct Firsts {
    pub any_next: Vec<usize>,
    pub by_next: WordMap<Vec<usize>>,
    /// Rules whose second element is a builtin class, by class: `the %day of %month` and a
    /// dozen more are tried at `the` only when a day follows.
    pub by_builtin_next: Vec<(Builtin, Vec<usize>)>,
}

impl Firsts {
    /// Adds `rules`, a run of consecutive rules that share their first two elements, so that
    /// a run is indexed once (a line's optional parts expand to a dozen sequences, about eight
    /// a head, and the index is what the grammar's one-time compile spent most on).
    /// `advances`: the first element takes its token (a lookahead does not), so the second
    /// element stands where the matcher looks it up.
    fn add(
        &mut self,
        rules: Range<usize>,
        second: Option<&Elem>,
        advances: bool,
        tables: &[Table],
    ) {
        // Rules come in ascending order, so a list already holding one holds it last.
        let push = |v: &mut Vec<usize>| {
            for rule in rules.clone() {
                if v.last().is_none_or(|&l| l < rule) {
                    v.push(rule)
                }
            }
        };
        match second {
            Some(Elem::Word(ws)) => ws
                .iter()
                .for_each(|w| push(self.by_next.or_insert_with(w, Vec::new))),
            Some(Elem::Table(t, _) | Elem::TableNear(t, _)) => tables[t.index()]
                .words
                .keys()
                .for_each(|w| push(self.by_next.or_insert_with(w, Vec::new))),
            Some(Elem::Builtin(b, _)) if advances => {
                match self.by_builtin_next.iter_mut().find(|(x, _)| x == b) {
                    Some((_, rs)) => push(rs),
                    None => self.by_builtin_next.push((*b, rules.collect())),
                }
            }
            _ => push(&mut self.any_next),
        }
    }
}

#[derive(Debug, Default)]
pub struct Grammar {
    pub tables: Vec<Table>,
    pub rules: Vec<Rule>,
    /// Lowercase first word → rules (expanded sequences) that may start there.
    pub by_word: WordMap<Firsts>,
    /// Rules starting with a builtin class, tried at every token that class may start at, split
    /// as `by_word` by what follows the first element when it is a word (`%clock p.m.`).
    pub by_builtin: Vec<(Builtin, Firsts)>,
    /// Misspelt words of the tables marked `typos`, read as the words they stand for.
    pub respell: Respell,
}

impl Grammar {
    /// Table `t`'s entry for a folded word: its value and the case it wants.
    #[inline]
    pub fn entry(&self, t: TableId, lower: &str) -> Option<&(String, Case)> {
        self.tables[t.index()].words.get(lower)
    }

    /// Value of `word` (a token's text) in table `t`, honouring capitalization.
    #[inline]
    pub fn lookup(&self, t: TableId, text: &str, lower: &str) -> Option<&str> {
        self.lookup_cased(t, text, lower, false)
    }

    /// As [`Grammar::lookup`]; with `any_case`, a word the table wants capitalized matches in
    /// lower case too (one it writes in capitals still wants them).
    #[inline]
    pub fn lookup_cased(
        &self,
        t: TableId,
        text: &str,
        lower: &str,
        any_case: bool,
    ) -> Option<&str> {
        let (value, case) = self.tables[t.index()].words.get(lower)?;
        if (!any_case || *case == Case::Capitals) && !case.fits(text) {
            return None;
        }
        Some(value)
    }

    /// The table of this name (the steps after the rules read the parts of a day there).
    pub fn table(&self, name: &str) -> Option<TableId> {
        self.table_id(name)
    }

    /// The table of this name (tests; rules name tables in their files).
    pub fn table_id(&self, name: &str) -> Option<TableId> {
        self.tables
            .iter()
            .position(|t| t.name == name)
            .map(|i| TableId(i as u16))
    }
}

pub fn compile() -> Result<Grammar, String> {
    compile_from(TABLES, PATTERNS, &RULE_FILES)
}

/// Compiles tables, sub-patterns and rule files given as text (the unit tests give their own).
pub fn compile_from(
    tables: &str,
    patterns: &str,
    files: &[(&str, &str, DateLabel)],
) -> Result<Grammar, String> {
    let patterns = parse_patterns(patterns)?;
    let mut g = Grammar {
        tables: parse_tables(tables)?,
        ..Grammar::default()
    };
    for &(file, src, default_label) in files {
        for (n, line) in src.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') || line.starts_with("//") {
                continue;
            }
            let at = |e: String| format!("{file}:{}: {e}", n + 1);
            let rules = compile_rule(line, default_label, &g.tables, &patterns).map_err(at)?;
            g.rules.extend(rules);
        }
    }
    index(&mut g);
    g.respell = Respell::new(&g.tables);
    Ok(g)
}

/// One rule line compiled into the plain sequences it allows, each with its template.
fn compile_rule(
    line: &str,
    default_label: DateLabel,
    tables: &[Table],
    patterns: &WordMap<String>,
) -> Result<Vec<Rule>, String> {
    let r = split_rule_line(line)?;
    let mut rules = Vec::new();
    let written = Written::parse(r.value);
    for seq in sequences(r.pattern, tables, patterns)? {
        let captures: Vec<CaptureName> = seq
            .iter()
            .filter_map(|e| match e {
                Elem::Table(_, cap) | Elem::TableNear(_, cap) => Some((*cap, None)),
                Elem::Builtin(b, cap) => Some((*cap, Some(*b))),
                _ => None,
            })
            .collect();
        let template = written.as_ref().map_err(String::clone)?.bind(&captures)?;
        // The dateline reader takes a full date's value as it is, with no anchor to resolve.
        if r.attrs.has(Attr::FullDate) && !template.is_plain() {
            return Err(
                "a [full-date] value is written from its captures, with no resolver".into(),
            );
        }
        rules.push(Rule {
            name: r.name.to_string(),
            label: r.label.unwrap_or(default_label),
            attrs: r.attrs,
            seq,
            template,
        });
    }
    Ok(rules)
}

/// Where a rule starts: a lookbehind checks the token before the match, so the rule starts at
/// what follows it.
fn start(rule: &Rule) -> &[Elem] {
    match &rule.seq[0] {
        Elem::Behind(_) => &rule.seq[1..],
        _ => &rule.seq[..],
    }
}

/// A rule's first two elements, which are all the index reads of it.
fn head(rule: &Rule) -> &[Elem] {
    let seq = start(rule);
    &seq[..seq.len().min(2)]
}

/// The runs of consecutive rules that share their first two elements (a line's optional parts
/// expand to sequences with the same head), each indexed once.
fn runs_by_head(rules: &[Rule]) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut from = 0;
    std::iter::from_fn(move || {
        let first = rules.get(from)?;
        let to = from
            + rules[from..]
                .iter()
                .take_while(|r| head(r) == head(first))
                .count();
        let run = from..to;
        from = to;
        Some(run)
    })
}

fn index(g: &mut Grammar) {
    (g.by_word, g.by_builtin) = index_runs(g, runs_by_head(&g.rules));
}

/// The index of `g`'s rules, added a run at a time: every rule of a run has the run's first
/// rule's head.
fn index_runs(
    g: &Grammar,
    runs: impl Iterator<Item = Range<usize>>,
) -> (WordMap<Firsts>, Vec<(Builtin, Firsts)>) {
    let mut by_word: WordMap<Firsts> = WordMap::default();
    let mut by_builtin: Vec<(Builtin, Firsts)> = Vec::new();
    for run in runs {
        let seq = start(&g.rules[run.start]);
        let second = seq.get(1);
        match &seq[0] {
            Elem::Word(ws) | Elem::Ahead(ws) => {
                let advances = matches!(seq[0], Elem::Word(_));
                for w in ws.iter() {
                    by_word.or_insert_with(w, Firsts::default).add(
                        run.clone(),
                        second,
                        advances,
                        &g.tables,
                    );
                }
            }
            Elem::Table(t, _) | Elem::TableNear(t, _) => {
                for w in g.tables[t.index()].words.keys() {
                    by_word.or_insert_with(w, Firsts::default).add(
                        run.clone(),
                        second,
                        true,
                        &g.tables,
                    );
                }
            }
            Elem::NotAhead(_) | Elem::Behind(_) => {}
            Elem::Builtin(b, _) => {
                let at = match by_builtin.iter().position(|(x, _)| x == b) {
                    Some(at) => at,
                    None => {
                        by_builtin.push((*b, Firsts::default()));
                        by_builtin.len() - 1
                    }
                };
                // The matcher looks the second element up at the token after the builtin's
                // match, however many tokens it took.
                by_builtin[at].1.add(run, second, true, &g.tables);
            }
        }
    }
    (by_word, by_builtin)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_files_compile() {
        let g = compile().unwrap();
        assert!(g.rules.len() > 100, "{}", g.rules.len());
        assert!(g.by_word.contains_key("yesterday"));
        assert_eq!(
            g.lookup(g.table_id("month").unwrap(), "May", "may"),
            Some("05")
        );
        assert_eq!(g.lookup(g.table_id("month").unwrap(), "may", "may"), None);
    }

    /// The index as it was first written, one rule at a time: the runs must give the same.
    fn index_rule_by_rule(g: &Grammar) -> (WordMap<Firsts>, Vec<(Builtin, Firsts)>) {
        index_runs(g, (0..g.rules.len()).map(|i| i..i + 1))
    }

    fn same_firsts(a: &Firsts, b: &Firsts, at: &str) {
        assert_eq!(a.any_next, b.any_next, "{at}");
        assert_eq!(a.by_builtin_next, b.by_builtin_next, "{at}");
        let keys = |f: &Firsts| f.by_next.keys().cloned().collect::<Vec<_>>();
        assert_eq!(keys(a), keys(b), "{at}");
        for k in a.by_next.keys() {
            assert_eq!(a.by_next.get(k), b.by_next.get(k), "{at} then {k}");
        }
    }

    /// The rules a word or a class may start are indexed a run of rules at a time (the rules
    /// one line expands to share their first elements): every word of every rule file finds
    /// the same rules, in the same order, as when they were indexed one by one.
    #[test]
    fn indexing_by_runs_finds_what_indexing_rule_by_rule_found() {
        let g = compile().unwrap();
        let (by_word, by_builtin) = index_rule_by_rule(&g);
        let keys = |m: &WordMap<Firsts>| m.keys().cloned().collect::<Vec<_>>();
        assert_eq!(keys(&g.by_word), keys(&by_word));
        for w in by_word.keys() {
            same_firsts(g.by_word.get(w).unwrap(), by_word.get(w).unwrap(), w);
        }
        assert_eq!(g.by_builtin.len(), by_builtin.len());
        for ((b, f), (c, e)) in g.by_builtin.iter().zip(&by_builtin) {
            assert_eq!(b, c);
            same_firsts(f, e, &format!("{b:?}"));
        }
    }

    /// A filter whose attribute no rule wears anymore is dead: say so.
    #[test]
    fn every_attribute_is_worn_by_some_rule() {
        let g = compile().unwrap();
        let worn = g
            .rules
            .iter()
            .fold(Attrs::default(), |all, r| all.union(r.attrs));
        for (name, a) in attrs::VOCABULARY {
            assert!(worn.has(a), "no rule has the attribute [{name}]");
        }
    }

    /// Names identify rules in tests and messages: one name, one line.
    #[test]
    fn rule_names_are_unique() {
        let g = compile_from(TABLES, PATTERNS, &RULE_SOURCES).unwrap();
        let mut seen = std::collections::HashSet::new();
        // The sequences of one line stand together, under the line's name.
        for (i, r) in g.rules.iter().enumerate() {
            if i == 0 || g.rules[i - 1].name != r.name {
                assert!(seen.insert(r.name.as_str()), "two rules named {}", r.name);
            }
        }
    }

    #[test]
    fn an_unknown_attribute_stops_the_grammar_with_its_line() {
        let files = [(
            "x.txt",
            "# header\nyear [frobnicate]: %year -> {year}\n",
            DateLabel::Date,
        )];
        let e = compile_from("", "", &files).err().unwrap();
        assert!(
            e.starts_with("x.txt:2: unknown attribute `frobnicate` (known: full-date,"),
            "{e}"
        );
        let files = [(
            "x.txt",
            "y [full-date]: %year -> {ref:Y:0}",
            DateLabel::Date,
        )];
        let e = compile_from("", "", &files).err().unwrap();
        assert!(e.contains("[full-date]"), "{e}");
    }
}
