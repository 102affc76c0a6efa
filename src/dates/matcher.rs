//! Finds rule matches: one pass over the tokens; at each token, only the rules whose first
//! element can be that token are tried (looked up by word, or by builtin class for numbers),
//! and the longest match wins. Linear in the text: each attempt looks at a handful of tokens.

use super::grammar::{fold, Elem, Grammar};
use crate::text::{Doc, TokenKind};

/// The document's tokens as the matcher sees them: text, folded text, byte offsets.
pub struct Toks<'a> {
    pub text: Vec<&'a str>,
    pub lower: Vec<String>,
    pub start: Vec<usize>,
    pub end: Vec<usize>,
    pub kind: Vec<TokenKind>,
}

impl<'a> Toks<'a> {
    pub fn new(doc: &Doc<'a>) -> Toks<'a> {
        let n = doc.tokens.len();
        let mut t = Toks { text: Vec::with_capacity(n), lower: Vec::with_capacity(n), start: Vec::with_capacity(n), end: Vec::with_capacity(n), kind: Vec::with_capacity(n) };
        for (i, tok) in doc.tokens.iter().enumerate() {
            let s = doc.token_text(i);
            t.text.push(s);
            t.lower.push(if s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()) { s.to_string() } else { fold(s) });
            t.start.push(tok.start);
            t.end.push(tok.end);
            t.kind.push(tok.kind);
        }
        t
    }

    pub fn len(&self) -> usize {
        self.text.len()
    }

    /// Token `i` touches token `i + 1` (no space between).
    pub fn glued(&self, i: usize) -> bool {
        i + 1 < self.len() && self.end[i] == self.start[i + 1]
    }
}

/// A rule match over tokens `start..end` with its captures.
#[derive(Clone, Debug)]
pub struct Match {
    pub rule: usize,
    pub start: usize,
    pub end: usize,
    pub caps: Vec<(String, String)>,
}

pub fn find_all(g: &Grammar, toks: &Toks) -> Vec<Match> {
    let mut out = Vec::new();
    let mut i = 0;
    let mut candidates: Vec<usize> = Vec::new();
    while i < toks.len() {
        candidates.clear();
        if let Some(rs) = g.by_word.get(toks.lower[i].as_str()) {
            candidates.extend_from_slice(rs);
        }
        for (b, rs) in &g.by_builtin {
            if b.may_start(&toks.lower[i]) {
                candidates.extend_from_slice(rs);
            }
        }
        let mut best: Option<(Match, usize)> = None;
        for &r in &candidates {
            if let Some((end, reach, caps)) = match_rule(g, &g.rules[r].seq, toks, i) {
                // Longest reach wins (a lookahead counts: it makes the rule more specific).
                let better = match &best {
                    None => true,
                    Some((b, b_reach)) => reach > *b_reach || (reach == *b_reach && r < b.rule),
                };
                if better {
                    best = Some((Match { rule: r, start: i, end, caps }, reach));
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

/// (end of the span, end including lookahead, captures)
fn match_rule(g: &Grammar, seq: &[Elem], toks: &Toks, start: usize) -> Option<(usize, usize, Vec<(String, String)>)> {
    let mut i = start;
    let mut caps = Vec::new();
    let mut span_end = None;
    for e in seq {
        if i >= toks.len() {
            return None;
        }
        match e {
            Elem::Ahead(ws) => {
                if !ws.iter().any(|w| *w == toks.lower[i]) {
                    return None;
                }
                span_end.get_or_insert(i);
                i += 1;
            }
            Elem::Word(ws) => {
                if !ws.iter().any(|w| *w == toks.lower[i]) {
                    return None;
                }
                i += 1;
            }
            Elem::Table(t, cap) => {
                let v = g.lookup(*t, toks.text[i], &toks.lower[i])?;
                caps.push((cap.clone(), v.to_string()));
                i += 1;
            }
            Elem::Builtin(b, cap) => {
                let (end, v) = b.matches(toks, i)?;
                caps.push((cap.clone(), v));
                i = end;
            }
        }
    }
    Some((span_end.unwrap_or(i), i, caps))
}
