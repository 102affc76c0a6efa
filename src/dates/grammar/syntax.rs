//! The rule files' syntax: tables (`[month]` then `05: May`), named sub-patterns (`@one =
//! a|an|one`), rule lines (`name [LABEL attribute …]: elements -> value`), and the pattern
//! language of elements, groups and optional parts, expanded into plain sequences.
//!
//! Why expand: every rule becomes up front the plain sequences its optional parts and
//! alternatives allow, so the matcher walks tokens with no backtracking. The expansion is
//! capped, so that a typo cannot explode it.

use super::attrs::{Attr, Attrs};
use crate::dates::classes::Builtin;
use crate::dates::mention::DateLabel;
use crate::dates::tokens::fold;
use crate::maps::Indexed;

/// Rule words to what they start or continue: looked up once per token.
pub type WordMap<V> = Indexed<V>;

/// A rule element's words. The grammar is compiled once and kept for the process (a
/// `OnceLock`), so its word lists are too, leaked: expanding a rule into its sequences then
/// copies a pointer, not the strings (an `Arc` did as well, for +870 B of wasm).
pub type Words = &'static [String];

/// A capture's name, leaked as the words are.
pub type Cap = &'static str;

fn words(body: &str) -> Words {
    body.split('|').map(fold).collect::<Vec<_>>().leak()
}

/// A table, by its place in the grammar's tables: resolved from its name once, at compile time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TableId(pub(super) u16);

impl TableId {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// A normalization table: lowercase word → (value, how its token must be written: [`Case`]).
#[derive(Debug, Default)]
pub struct Table {
    pub name: String,
    pub words: WordMap<(String, Case)>,
    /// Marked `typos`: its long words misspelt are read as them ([`Respell`]).
    pub typos: bool,
}

/// How a table's word wants its token written, as the table writes it: in lower case, any case
/// (`june`); with a capital initial, capitalized (`May`, not the modal `may`); in capitals (two
/// letters or more), in capitals only (`NYE`, `EOM`: `Nye` is a surname).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Case {
    Any,
    Capital,
    Capitals,
}

impl Case {
    /// The case a table's word asks for, from how it is written.
    fn of(w: &str) -> Case {
        let mut letters = w.chars().filter(|c| c.is_alphabetic()).peekable();
        if !w.chars().next().is_some_and(char::is_uppercase) {
            Case::Any
        } else if letters.clone().count() > 1 && letters.all(char::is_uppercase) {
            Case::Capitals
        } else {
            Case::Capital
        }
    }

    /// Whether a token's text is written as this case asks.
    pub fn fits(self, text: &str) -> bool {
        match self {
            Case::Any => true,
            Case::Capital => text.chars().next().is_some_and(char::is_uppercase),
            Case::Capitals => !text.chars().any(char::is_lowercase),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Elem {
    /// One token, any of these lowercase words.
    Word(Words),
    /// Lookahead (`>word`): the next token must be one of these, but stays out of the span.
    Ahead(Words),
    /// Negative lookahead (`!word`): the next token must not be one of these (the end is fine).
    NotAhead(Words),
    /// One token found in a table, captured under the name.
    Table(TableId, Cap),
    /// `%table~`: as `Table`, but a word the table wants capitalized (`May`, `March`) may be
    /// written in lower case when a number stands beside it or `of` before it (`may 5`, `5 may
    /// 2013`, `the first of march`), where it cannot be the verb.
    TableNear(TableId, Cap),
    /// Lookbehind (`<word|word`, first element only): the token before the span must be one of
    /// these, and stays out of it (`<on 2/15`).
    Behind(Words),
    /// A class recognized in code (may span several tokens), captured under the name.
    Builtin(Builtin, Cap),
}

/// The plain sequences a rule's pattern allows, capture names made unique in each.
pub fn sequences(
    pattern: &str,
    tables: &[Table],
    patterns: &WordMap<String>,
) -> Result<Vec<Vec<Elem>>, String> {
    let mut lexer = Lexer {
        items: lex(pattern),
        pos: 0,
        tables,
        patterns,
    };
    let alts = lexer.parse_seq(0)?;
    if lexer.pos != lexer.items.len() {
        return Err("unbalanced )".into());
    }
    let mut seqs: Vec<Vec<Elem>> = alts.iter().flat_map(|a| expand(a)).collect();
    seqs.retain(|s| !s.is_empty());
    if seqs.iter().any(|s| {
        s.iter().skip(1).any(|e| matches!(e, Elem::Behind(_)))
            || s.len() < 2 && matches!(s[0], Elem::Behind(_))
    }) {
        return Err("a lookbehind `<word` stands first, before what it looks behind".into());
    }
    seqs.iter_mut().for_each(|s| rename_repeats(s));
    Ok(seqs)
}

pub fn parse_tables(src: &str) -> Result<Vec<Table>, String> {
    let mut tables: Vec<Table> = Vec::new();
    for (n, line) in src.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some((name, attr)) = line.strip_prefix('[').and_then(|l| l.split_once(']')) {
            let typos = match attr.trim() {
                "" => false,
                "typos" => true,
                a => {
                    return Err(format!(
                        "tables.txt:{}: unknown table attribute `{a}`",
                        n + 1
                    ))
                }
            };
            tables.push(Table {
                name: name.to_string(),
                typos,
                ..Table::default()
            });
            continue;
        }
        let (value, words) = line
            .split_once(':')
            .ok_or_else(|| format!("tables.txt:{}: expected `value: words`", n + 1))?;
        let table = tables
            .last_mut()
            .ok_or_else(|| format!("tables.txt:{}: entry before any [table]", n + 1))?;
        for w in words.split(',').map(str::trim).filter(|w| !w.is_empty()) {
            let case = Case::of(w);
            table
                .words
                .or_insert_with(&fold(w), || (value.trim().to_string(), case));
        }
    }
    Ok(tables)
}

/// The misspellings of the words of tables marked `typos` (`[weekday] typos`): their long
/// lowercase words (six letters or more) with one letter dropped or two swapped, never the first
/// letter nor a dropped last one (`wednsday`, `thrusday`, `febuary`, `Wendesday`; not `Sunda`,
/// `Frida`); words of nine letters or more, two such slips (`wendsday`, `wensday`). The tokens
/// are respelt before matching, so the rules' index does not grow with them.
#[derive(Debug, Default)]
pub struct Respell {
    /// Grouped by first letter.
    words: Vec<String>,
    /// The range of `words` starting with each letter `c`, at `c - b'a'` (empty if none).
    by_first: [(u32, u32); 26],
}

impl Respell {
    pub fn new(tables: &[Table]) -> Respell {
        let mut r = Respell::default();
        for t in tables.iter().filter(|t| t.typos) {
            for (w, (_, case)) in t.words.iter() {
                if *case == Case::Any && w.len() >= 6 && w.bytes().all(|b| b.is_ascii_lowercase()) {
                    r.words.push(w.clone());
                }
            }
        }
        // Grouped by first letter (the crate's one sort: a sort of strings costs 1 KB of wasm).
        crate::sort::by_key(&mut r.words, |w| u64::from(w.as_bytes()[0]));
        for (i, w) in r.words.iter().enumerate() {
            let slot = &mut r.by_first[(w.as_bytes()[0] - b'a') as usize];
            if slot.0 == slot.1 {
                *slot = (i as u32, i as u32);
            }
            slot.1 = i as u32 + 1;
        }
        r
    }

    /// The word a folded token misspells, if it is a misspelling (not the word itself).
    #[inline]
    pub fn word(&self, w: &str) -> Option<&str> {
        let b = w.as_bytes();
        if !(5..=9).contains(&b.len()) || !b[0].is_ascii_lowercase() {
            return None;
        }
        let (from, to) = self.by_first[(b[0] - b'a') as usize];
        if from == to {
            return None;
        }
        self.misspelt(b, &self.words[from as usize..to as usize])
    }

    /// The word of `words` (which share `b`'s first letter) that `b` misspells. A misspelling
    /// of two words takes the first in alphabetical order, whatever the tables' layout.
    #[inline(never)]
    fn misspelt<'a>(&self, b: &[u8], words: &'a [String]) -> Option<&'a str> {
        words
            .iter()
            .filter(|x| {
                let x = x.as_bytes();
                // Two slips at most shift `b`'s second letter by two: `x`'s second to fourth.
                (b.len()..=b.len() + 2).contains(&x.len())
                    && x[1..4].contains(&b[1])
                    && x != b
                    && slipped(&b[1..], &x[1..], 1 + (x.len() >= 9) as u32)
            })
            .min()
            .map(String::as_str)
    }
}

/// Whether `t` is `w` with at most `slips` letters dropped (not the last) or pairs swapped.
fn slipped(t: &[u8], w: &[u8], slips: u32) -> bool {
    let i = t.iter().zip(w).take_while(|(a, b)| a == b).count();
    if i == t.len() && i == w.len() {
        return true;
    }
    if slips == 0 || i + 1 >= w.len() {
        return false;
    }
    slipped(&t[i..], &w[i + 1..], slips - 1)
        || i + 1 < t.len()
            && t[i] == w[i + 1]
            && t[i + 1] == w[i]
            && slipped(&t[i + 2..], &w[i + 2..], slips - 1)
}

pub fn parse_patterns(src: &str) -> Result<WordMap<String>, String> {
    let mut defs = WordMap::default();
    for (n, line) in src.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (name, body) = line
            .split_once('=')
            .ok_or_else(|| format!("patterns.txt:{}: expected `@name = …`", n + 1))?;
        let name = name
            .trim()
            .strip_prefix('@')
            .ok_or_else(|| format!("patterns.txt:{}: names start with @", n + 1))?;
        defs.insert(name, body.trim().to_string());
    }
    Ok(defs)
}

/// Pattern syntax tree before expansion.
#[derive(Clone, Debug)]
enum Node {
    Elem(Elem),
    /// Alternatives; `optional` adds the empty one.
    Group(Vec<Vec<Node>>, bool),
}

struct Lexer<'g> {
    items: Vec<String>,
    pos: usize,
    tables: &'g [Table],
    patterns: &'g WordMap<String>,
}

impl Lexer<'_> {
    fn parse_seq(&mut self, depth: usize) -> Result<Vec<Vec<Node>>, String> {
        if depth > 8 {
            return Err("sub-patterns nested too deep".into());
        }
        let mut alts = vec![Vec::new()];
        while self.pos < self.items.len() {
            let item = self.items[self.pos].clone();
            self.pos += 1;
            match item.as_str() {
                "|" => alts.push(Vec::new()),
                ")" | ")?" => {
                    self.pos -= 1;
                    return Ok(alts);
                }
                "(" => {
                    let inner = self.parse_seq(depth + 1)?;
                    let close = self.items.get(self.pos).cloned().ok_or("unclosed (")?;
                    self.pos += 1;
                    alts.last_mut()
                        .unwrap()
                        .push(Node::Group(inner, close == ")?"));
                }
                _ => {
                    let (body, optional) = match item.strip_suffix('?') {
                        Some(b) if !b.is_empty() => (b.to_string(), true),
                        _ => (item.clone(), false),
                    };
                    let node = if let Some(name) = body.strip_prefix('@') {
                        let def = self
                            .patterns
                            .get(name)
                            .ok_or_else(|| format!("unknown sub-pattern @{name}"))?;
                        let mut sub = Lexer {
                            items: lex(def),
                            pos: 0,
                            tables: self.tables,
                            patterns: self.patterns,
                        };
                        Node::Group(sub.parse_seq(depth + 1)?, optional)
                    } else {
                        let elem = self.elem(&body)?;
                        if optional {
                            Node::Group(vec![vec![Node::Elem(elem)]], true)
                        } else {
                            Node::Elem(elem)
                        }
                    };
                    alts.last_mut().unwrap().push(node);
                }
            }
        }
        Ok(alts)
    }

    fn elem(&self, body: &str) -> Result<Elem, String> {
        if let Some(class) = body.strip_prefix('%').filter(|c| !c.is_empty()) {
            let (class, near) = match class.strip_suffix('~') {
                Some(c) => (c, true),
                None => (class, false),
            };
            let (class, cap) = class.split_once('=').unwrap_or((class, class));
            if let Some(b) = Builtin::from_name(class) {
                return Ok(Elem::Builtin(b, cap.to_string().leak()));
            }
            let t = self
                .tables
                .iter()
                .position(|t| t.name == class)
                .ok_or_else(|| format!("unknown class %{class}"))?;
            let t = TableId(t as u16);
            return Ok(if near {
                Elem::TableNear(t, cap.to_string().leak())
            } else {
                Elem::Table(t, cap.to_string().leak())
            });
        }
        if let Some(behind) = body.strip_prefix('<').filter(|a| !a.is_empty()) {
            return Ok(Elem::Behind(words(behind)));
        }
        if let Some(not) = body.strip_prefix('!').filter(|a| !a.is_empty()) {
            return Ok(Elem::NotAhead(words(not)));
        }
        if let Some(ahead) = body.strip_prefix('>').filter(|a| !a.is_empty()) {
            return Ok(Elem::Ahead(words(ahead)));
        }
        Ok(Elem::Word(words(body)))
    }
}

fn lex(s: &str) -> Vec<String> {
    s.split_whitespace().map(str::to_string).collect()
}

/// All plain sequences a node list allows (capped, to keep a typo from exploding).
fn expand(nodes: &[Node]) -> Vec<Vec<Elem>> {
    let mut out: Vec<Vec<Elem>> = vec![Vec::new()];
    for node in nodes {
        let mut next = Vec::new();
        match node {
            Node::Elem(e) => {
                for mut s in out {
                    s.push(e.clone());
                    next.push(s);
                }
            }
            Node::Group(alts, optional) => {
                let mut choices: Vec<Vec<Elem>> = alts.iter().flat_map(|a| expand(a)).collect();
                if *optional {
                    choices.push(Vec::new());
                }
                for s in &out {
                    for c in &choices {
                        // Sized once: a clone of `s` then extended grew again for every choice.
                        let mut t = Vec::with_capacity(s.len() + c.len());
                        t.extend_from_slice(s);
                        t.extend_from_slice(c);
                        next.push(t);
                    }
                }
            }
        }
        out = next;
        out.truncate(4096);
    }
    out
}

/// Makes capture names unique within a sequence: the second `%number` is `number2`. A
/// sequence has a few captures, so they are counted in a list, not a map of owned names.
fn rename_repeats(seq: &mut [Elem]) {
    let mut seen: Vec<(Cap, u32)> = Vec::new();
    for e in seq.iter_mut() {
        if let Elem::Table(_, cap) | Elem::TableNear(_, cap) | Elem::Builtin(_, cap) = e {
            let n = match seen.iter_mut().find(|(c, _)| c == cap) {
                Some((_, n)) => {
                    *n += 1;
                    *n
                }
                None => {
                    seen.push((*cap, 1));
                    1
                }
            };
            if n > 1 {
                *cap = format!("{cap}{n}").leak();
            }
        }
    }
}

pub fn parse_label(s: &str) -> Option<DateLabel> {
    Some(match s {
        "DATE" => DateLabel::Date,
        "TIME" => DateLabel::Time,
        "DURATION" => DateLabel::Duration,
        "SET" => DateLabel::Set,
        _ => return None,
    })
}

/// One rule line: `name [LABEL attribute …]?: elements -> value`.
pub struct RuleLine<'a> {
    pub name: &'a str,
    pub label: Option<DateLabel>,
    pub attrs: Attrs,
    pub pattern: &'a str,
    pub value: &'a str,
}

pub fn split_rule_line(line: &str) -> Result<RuleLine<'_>, String> {
    let shape = || "expected `name [LABEL attribute …]: elements -> value`".to_string();
    let (head, rest) = line.split_once(':').ok_or_else(shape)?;
    let (pattern, value) = rest.rsplit_once("->").ok_or_else(shape)?;
    let (name, bracket) = match head.split_once('[') {
        Some((n, b)) => (n.trim(), b.trim().strip_suffix(']').ok_or_else(shape)?),
        None => (head.trim(), ""),
    };
    // In the brackets, a word in capitals is the label, the others are attributes.
    let (mut label, mut attrs) = (None, Attrs::default());
    for word in bracket.split_whitespace() {
        if word.bytes().all(|b| b.is_ascii_uppercase()) {
            let l = parse_label(word).ok_or_else(|| format!("unknown label [{word}]"))?;
            if label.replace(l).is_some() {
                return Err("two labels".into());
            }
        } else {
            attrs = attrs.with(Attr::from_name(word)?);
        }
    }
    Ok(RuleLine {
        name,
        label,
        attrs,
        pattern: pattern.trim(),
        value: value.trim(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn optional_parts_and_groups_expand() {
        let tables = parse_tables("[t]\n1: x\n").unwrap();
        let patterns = parse_patterns("@ab = a | b c").unwrap();
        let mut l = Lexer {
            items: lex("the? @ab ( d | e )? %t"),
            pos: 0,
            tables: &tables,
            patterns: &patterns,
        };
        let alts = l.parse_seq(0).unwrap();
        let seqs: Vec<_> = alts.iter().flat_map(|a| expand(a)).collect();
        assert_eq!(seqs.len(), 2 * 2 * 3);
    }

    #[test]
    fn bad_rules_are_reported() {
        assert!(split_rule_line("no arrow here").is_err());
        assert!(split_rule_line("x [WHAT]: a -> b").is_err());
        let e = split_rule_line("x [frobnicate]: a -> b").err().unwrap();
        assert!(e.starts_with("unknown attribute `frobnicate`"), "{e}");
        let r = split_rule_line("x [SET counted]: every day -> P1D").unwrap();
        assert!(r.attrs.has(Attr::Counted) && r.label == Some(DateLabel::Set));
        let r = split_rule_line("x [SET]: every day -> P1D").unwrap();
        assert_eq!(
            (r.name, r.label, r.pattern, r.value),
            ("x", Some(DateLabel::Set), "every day", "P1D")
        );
    }
}
