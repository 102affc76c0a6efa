//! Finds rule matches: one pass over the tokens; at each token, only the rules whose first
//! element can be that token are tried (looked up by word, or by builtin class for numbers),
//! and the longest match wins. Linear in the text: each attempt looks at a handful of tokens.

use super::classes::Builtin;
use super::grammar::{Attr, Case, Elem, Firsts, Grammar, TableId};
use super::tense::{is_message, stands_alone};
use super::tokens::Toks;
use super::value::Val;

/// Captured values in pattern order (the rule's template knows which is which).
pub type Captures = Vec<String>;

/// A rule match over tokens `start..end` with its captures.
#[derive(Clone, Debug)]
pub struct Match {
    pub rule: usize,
    pub start: usize,
    pub end: usize,
    pub caps: Captures,
}

pub fn find_all(g: &Grammar, toks: &Toks) -> Vec<Match> {
    let mut out = Vec::new();
    let mut i = 0;
    let mut candidates: Vec<usize> = Vec::new();
    let mut caps: Vec<Cap> = Vec::new();
    let mut memo = Memo::default();
    let mut entries = Entries::default();
    // Bit `b as u8` set when builtin `b` may start at the token (most tokens start none).
    let message = is_message(g, toks);
    let starts: Vec<u32> = (0..toks.len())
        .map(|i| Builtin::starts_at(toks.lw(i)))
        .collect();
    while i < toks.len() {
        candidates.clear();
        memo.clear();
        entries.0.clear();
        if let Some(f) = g.by_word.get(toks.lw(i)) {
            add_firsts(f, toks, i + 1, &mut memo, &mut candidates);
        }
        // A builtin that opens many rules (60 start with a clock time) is matched here once,
        // and only the rules that go on with the token after its match are tried. (Most tokens
        // start none: they skip the loop.)
        let builtins = if starts[i] == 0 {
            &[][..]
        } else {
            &g.by_builtin[..]
        };
        for (b, f) in builtins {
            // `starts` holds `may_start` of every builtin, worked out once per token.
            if starts[i] & (1 << *b as u32) == 0 {
                continue;
            }
            let Some(end) = memo.end(toks, *b, i) else {
                continue;
            };
            add_firsts(f, toks, end, &mut memo, &mut candidates);
        }
        if candidates.is_empty() {
            i += 1;
            continue;
        }
        let mut best: Option<(Match, usize)> = None;
        for &r in &candidates {
            caps.clear();
            if let Some((end, reach)) = match_rule(
                g,
                &g.rules[r].seq,
                toks,
                i,
                &mut memo,
                &mut entries,
                &mut caps,
            )
            // `[alone]`: a date only as the whole text; elsewhere it must not take
            // the place of a shorter rule's match (`may 5 2015` in a sentence).
            .filter(|&(end, _)| !g.rules[r].attrs.has(Attr::Alone) || stands_alone(toks, i..end))
            // `[message]`: only in a short text.
            .filter(|_| message || !g.rules[r].attrs.has(Attr::Message))
            {
                // Longest reach wins (a lookahead counts: it makes the rule more specific).
                let better = match &best {
                    None => true,
                    Some((b, b_reach)) => reach > *b_reach || (reach == *b_reach && r < b.rule),
                };
                if better {
                    // Captures become strings only for the best match so far: most rules tried
                    // fail, and allocating for each was most of the matcher's time in wasm.
                    let caps = caps.drain(..).map(|c| c.into_string(&memo)).collect();
                    best = Some((
                        Match {
                            rule: r,
                            start: i,
                            end,
                            caps,
                        },
                        reach,
                    ));
                }
            }
        }
        match best {
            Some((m, _)) => {
                i = m.end;
                out.push(m);
            }
            None => i += 1,
        }
    }
    out
}

/// The rules of `f` worth trying when its first element ended at token `next`: those that go
/// on with any token, with `next`'s word, or with a builtin class that matches at `next`.
fn add_firsts(f: &Firsts, toks: &Toks, next: usize, memo: &mut Memo, out: &mut Vec<usize>) {
    out.extend_from_slice(&f.any_next);
    if let Some(rs) = toks.lw_get(next).and_then(|w| f.by_next.get(w)) {
        out.extend_from_slice(rs);
    }
    for (b, rs) in &f.by_builtin_next {
        if memo.end(toks, *b, next).is_some() {
            out.extend_from_slice(rs);
        }
    }
}

/// What `Builtin::matches` gave at the current start token and after it, by (token, builtin):
/// the rules tried at one token ask the same few questions many times.
#[derive(Default)]
struct Memo(Vec<(usize, Builtin, Found)>);

/// `Builtin::matches`'s answer: where the match ends, its value.
type Found = Option<(usize, Val)>;

impl Memo {
    fn clear(&mut self) {
        self.0.clear();
    }

    /// Index of builtin `b`'s match at token `at`, worked out on first asking.
    fn find(&mut self, toks: &Toks, b: Builtin, at: usize) -> usize {
        match self.0.iter().position(|(i, x, _)| *i == at && *x == b) {
            Some(k) => k,
            None => {
                self.0.push((at, b, b.matches(toks, at)));
                self.0.len() - 1
            }
        }
    }

    /// Where builtin `b`'s match at token `at` ends, if it matches.
    fn end(&mut self, toks: &Toks, b: Builtin, at: usize) -> Option<usize> {
        let k = self.find(toks, b, at);
        self.0[k].2.as_ref().map(|(end, _)| *end)
    }
}

/// The table entries looked up at the current start token and after it, by (token, table):
/// the rules tried at one token look the same word up in the same table many times.
#[derive(Default)]
struct Entries<'g>(Vec<(usize, TableId, Option<&'g Entry>)>);

/// A table's value for a word, and the case the word wants.
type Entry = (String, Case);

impl<'g> Entries<'g> {
    /// Table `t`'s entry for token `at`'s word (value, case wanted).
    fn get(&mut self, g: &'g Grammar, toks: &Toks, t: TableId, at: usize) -> Option<&'g Entry> {
        if let Some((_, _, e)) = self.0.iter().find(|(i, x, _)| *i == at && *x == t) {
            return *e;
        }
        let e = g.entry(t, toks.lw(at));
        self.0.push((at, t, e));
        e
    }
}

/// A capture while a rule is being tried, made a `String` only if the rule wins.
enum Cap<'g> {
    /// A table's value.
    Value(&'g str),
    /// What a builtin gave (in `Memo`, at this index).
    Builtin(usize),
}

impl Cap<'_> {
    fn into_string(self, memo: &Memo) -> String {
        match self {
            Cap::Value(v) => v.to_string(),
            Cap::Builtin(k) => memo.0[k]
                .2
                .as_ref()
                .map(|(_, v)| v.to_string())
                .unwrap_or_default(),
        }
    }
}

/// (end of the span, end including lookahead), the captures pushed to `caps`. `memo`
/// remembers the builtin matches across the rules tried at `start`.
fn match_rule<'g>(
    g: &'g Grammar,
    seq: &[Elem],
    toks: &Toks,
    start: usize,
    memo: &mut Memo,
    entries: &mut Entries<'g>,
    caps: &mut Vec<Cap<'g>>,
) -> Option<(usize, usize)> {
    let mut i = start;
    let mut span_end = None;
    for e in seq {
        if let Elem::NotAhead(ws) = e {
            if toks.lw_get(i).is_some_and(|t| ws.iter().any(|w| w == t)) {
                return None;
            }
            span_end.get_or_insert(i);
            continue;
        }
        if i >= toks.len() {
            // `>$`: the end of the text may follow.
            if matches!(e, Elem::Ahead(ws) if ws.iter().any(|w| w == "$")) {
                span_end.get_or_insert(i);
                continue;
            }
            return None;
        }
        match e {
            Elem::NotAhead(_) => {}
            Elem::Behind(ws) => {
                // `<^`: or the start of the text. A label's colon stands between the word and
                // what it labels (`Due date:17/07`, `Delivery date: 30/12`).
                // `as+of`: two words, the first before the second (`as of 8/28`).
                let mut j = i;
                let mut before = if i == 0 { "^" } else { toks.lw(i - 1) };
                if before == ":" && i >= 2 && !ws.iter().any(|w| w == ":") {
                    before = toks.lw(i - 2);
                    j = i - 1;
                }
                let hit = |w: &String| match w.split_once('+') {
                    Some((a, b)) => b == before && j >= 2 && toks.lw(j - 2) == a,
                    None => *w == before,
                };
                if !ws.iter().any(hit) {
                    return None;
                }
            }
            Elem::Ahead(ws) => {
                // An emoji or another sign past the punctuation blocks ends a message as `$`
                // does (`drinks at 6 🍻`); dashes, quotes and `…` do not.
                let w = toks.lw(i);
                let sign = w
                    .chars()
                    .next()
                    .is_some_and(|c| c >= '\u{2100}' && !c.is_alphanumeric());
                if !ws.iter().any(|x| *x == w || sign && x == "$") {
                    return None;
                }
                span_end.get_or_insert(i);
                i += 1;
            }
            Elem::Word(ws) => {
                if !ws.iter().any(|w| *w == toks.lw(i)) {
                    return None;
                }
                i += 1;
            }
            // As `Grammar::lookup` and `lookup_cased`, the entry looked up once per token.
            Elem::Table(t, _) => {
                let (value, case) = entries.get(g, toks, *t, i)?;
                if !case.fits(toks.text[i]) {
                    return None;
                }
                caps.push(Cap::Value(value.as_str()));
                i += 1;
            }
            Elem::TableNear(t, _) => {
                let (value, case) = entries.get(g, toks, *t, i)?;
                let number = |j: usize| {
                    toks.lw_get(j)
                        .is_some_and(|w| w.as_bytes().first().is_some_and(u8::is_ascii_digit))
                };
                let near = || {
                    number(i + 1)
                        || (i > 0 && (number(i - 1) || toks.lw(i - 1) == "of"))
                        || (i > 1 && matches!(toks.lw(i - 1), "-" | "/") && number(i - 2))
                };
                if !case.fits(toks.text[i]) && (*case == Case::Capitals || !near()) {
                    return None;
                }
                caps.push(Cap::Value(value.as_str()));
                i += 1;
            }
            Elem::Builtin(b, _) => {
                let k = memo.find(toks, *b, i);
                let end = memo.0[k].2.as_ref()?.0;
                caps.push(Cap::Builtin(k));
                i = end;
            }
        }
    }
    Some((span_end.unwrap_or(i), i))
}
