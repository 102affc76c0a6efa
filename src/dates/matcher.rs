//! Finds rule matches: one pass over the tokens; at each token, only the rules whose first
//! element can be that token are tried (looked up by word, or by builtin class for numbers),
//! and the longest match wins. Linear in the text: each attempt looks at a handful of tokens.

use super::classes::Builtin;
use super::grammar::{fold, Elem, Grammar};
use crate::text::Doc;

/// The document's tokens as the matcher sees them: text, folded text (in one buffer, so a
/// document costs a few allocations, not one per token), byte offsets, and which builtin
/// classes may start at each token (computed once, see [`Builtin::may_start`]).
pub struct Toks<'a> {
    pub text: Vec<&'a str>,
    folded: String,
    folded_at: Vec<(u32, u32)>,
    pub start: Vec<usize>,
    pub end: Vec<usize>,
    /// Bit `b as u8` set when builtin `b` may start at the token.
    pub starts: Vec<u16>,
}

impl<'a> Toks<'a> {
    pub fn new(doc: &Doc<'a>) -> Toks<'a> {
        Toks::first(doc, doc.tokens.len())
    }

    /// The first `n` tokens of `doc` only.
    pub fn first(doc: &Doc<'a>, n: usize) -> Toks<'a> {
        let n = n.min(doc.tokens.len());
        let mut t = Toks {
            text: Vec::with_capacity(n),
            folded: String::with_capacity(doc.text.len()),
            folded_at: Vec::with_capacity(n),
            start: Vec::with_capacity(n),
            end: Vec::with_capacity(n),
            starts: Vec::with_capacity(n),
        };
        for (i, tok) in doc.tokens[..n].iter().enumerate() {
            let s = doc.token_text(i);
            let from = t.folded.len() as u32;
            if s.is_ascii() {
                t.folded
                    .extend(s.bytes().map(|b| b.to_ascii_lowercase() as char));
            } else {
                t.folded.push_str(&fold(s));
            }
            t.folded_at.push((from, t.folded.len() as u32));
            let lower = &t.folded[from as usize..];
            t.starts.push(Builtin::starts_at(lower));
            t.text.push(s);
            t.start.push(tok.start);
            t.end.push(tok.end);
        }
        t
    }

    pub fn len(&self) -> usize {
        self.text.len()
    }

    /// Folded text of token `i` (lowercase, straight apostrophes). Panics past the end.
    pub fn lw(&self, i: usize) -> &str {
        let (a, b) = self.folded_at[i];
        &self.folded[a as usize..b as usize]
    }

    pub fn lw_get(&self, i: usize) -> Option<&str> {
        (i < self.len()).then(|| self.lw(i))
    }

    /// Token `i` touches token `i + 1` (no space between).
    pub fn glued(&self, i: usize) -> bool {
        i + 1 < self.len() && self.end[i] == self.start[i + 1]
    }
}

/// Captured values by name, in pattern order.
pub type Captures = Vec<(String, String)>;

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
    while i < toks.len() {
        candidates.clear();
        if let Some(f) = g.by_word.get(toks.lw(i)) {
            candidates.extend_from_slice(&f.any_next);
            if let Some(rs) = toks.lw_get(i + 1).and_then(|next| f.by_next.get(next)) {
                candidates.extend_from_slice(rs);
            }
        }
        for (b, rs) in &g.by_builtin {
            // `starts` holds `may_start` of every builtin, worked out once per token.
            if toks.starts[i] & (1 << *b as u16) != 0 {
                candidates.extend_from_slice(rs);
            }
        }
        let mut best: Option<(Match, usize)> = None;
        // A builtin that opens many rules (40 start with a clock time) is matched here once.
        let mut opening: Opening = Default::default();
        for &r in &candidates {
            if let Some((end, reach, caps)) = match_rule(g, &g.rules[r].seq, toks, i, &mut opening)
            {
                // Longest reach wins (a lookahead counts: it makes the rule more specific).
                let better = match &best {
                    None => true,
                    Some((b, b_reach)) => reach > *b_reach || (reach == *b_reach && r < b.rule),
                };
                if better {
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

/// What `Builtin::matches` gave at the start token, per builtin (`None`: not tried yet).
type Opening = [Option<Option<(usize, String)>>; Builtin::ALL.len()];

/// (end of the span, end including lookahead, captures). `opening` remembers the builtin
/// matches at `start` across the rules tried there.
fn match_rule(
    g: &Grammar,
    seq: &[Elem],
    toks: &Toks,
    start: usize,
    opening: &mut Opening,
) -> Option<(usize, usize, Captures)> {
    let mut i = start;
    let mut caps = Vec::new();
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
            return None;
        }
        match e {
            Elem::NotAhead(_) => {}
            Elem::Ahead(ws) => {
                if !ws.iter().any(|w| *w == toks.lw(i)) {
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
            Elem::Table(t, cap) => {
                let v = g.lookup(*t, toks.text[i], toks.lw(i))?;
                caps.push((cap.clone(), v.to_string()));
                i += 1;
            }
            Elem::Builtin(b, cap) => {
                let (end, v) = if i == start {
                    opening[*b as usize]
                        .get_or_insert_with(|| b.matches(toks, i))
                        .clone()?
                } else {
                    b.matches(toks, i)?
                };
                caps.push((cap.clone(), v));
                i = end;
            }
        }
    }
    Some((span_end.unwrap_or(i), i, caps))
}
