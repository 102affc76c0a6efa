//! Finds rule matches: one pass over the tokens; at each token, only the rules whose first
//! element can be that token are tried (looked up by word, or by builtin class for numbers),
//! and the longest match wins. Linear in the text: each attempt looks at a handful of tokens.

use super::classes::Builtin;
use super::grammar::{Attr, Elem, Grammar};
use super::tense::stands_alone;
use super::tokens::Toks;

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
    // Bit `b as u8` set when builtin `b` may start at the token (most tokens start none).
    let starts: Vec<u32> = (0..toks.len())
        .map(|i| Builtin::starts_at(toks.lw(i)))
        .collect();
    while i < toks.len() {
        candidates.clear();
        if let Some(f) = g.by_word.get(toks.lw(i)) {
            candidates.extend_from_slice(&f.any_next);
            if let Some(rs) = toks.lw_get(i + 1).and_then(|next| f.by_next.get(next)) {
                candidates.extend_from_slice(rs);
            }
        }
        // A builtin that opens many rules (60 start with a clock time) is matched here once,
        // and only the rules that go on with the token after its match are tried.
        let mut opening: Opening = Default::default();
        for (b, f) in &g.by_builtin {
            // `starts` holds `may_start` of every builtin, worked out once per token.
            if starts[i] & (1 << *b as u32) == 0 {
                continue;
            }
            let Some((end, _)) = opening[*b as usize].get_or_insert_with(|| b.matches(toks, i))
            else {
                continue;
            };
            candidates.extend_from_slice(&f.any_next);
            if let Some(rs) = toks.lw_get(*end).and_then(|next| f.by_next.get(next)) {
                candidates.extend_from_slice(rs);
            }
        }
        if candidates.is_empty() {
            i += 1;
            continue;
        }
        let mut best: Option<(Match, usize)> = None;
        for &r in &candidates {
            caps.clear();
            if let Some((end, reach)) =
                match_rule(g, &g.rules[r].seq, toks, i, &mut opening, &mut caps)
                    // `[alone]`: a date only as the whole text; elsewhere it must not take
                    // the place of a shorter rule's match (`may 5 2015` in a sentence).
                    .filter(|&(end, _)| {
                        !g.rules[r].attrs.has(Attr::Alone) || stands_alone(toks, i..end)
                    })
            {
                // Longest reach wins (a lookahead counts: it makes the rule more specific).
                let better = match &best {
                    None => true,
                    Some((b, b_reach)) => reach > *b_reach || (reach == *b_reach && r < b.rule),
                };
                if better {
                    // Captures become strings only for the best match so far: most rules tried
                    // fail, and allocating for each was most of the matcher's time in wasm.
                    let caps = caps.drain(..).map(|c| c.into_string(&opening)).collect();
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

/// A capture while a rule is being tried, made a `String` only if the rule wins.
enum Cap<'g> {
    /// A table's value.
    Value(&'g str),
    /// What the builtin at the start token gave (in `Opening`).
    Opening(usize),
    /// What a builtin further on gave.
    Owned(String),
}

impl Cap<'_> {
    fn into_string(self, opening: &Opening) -> String {
        match self {
            Cap::Value(v) => v.to_string(),
            Cap::Opening(b) => opening[b]
                .as_ref()
                .and_then(Option::as_ref)
                .map(|(_, v)| v.clone())
                .unwrap_or_default(),
            Cap::Owned(v) => v,
        }
    }
}

/// (end of the span, end including lookahead), the captures pushed to `caps`. `opening`
/// remembers the builtin matches at `start` across the rules tried there.
fn match_rule<'g>(
    g: &'g Grammar,
    seq: &[Elem],
    toks: &Toks,
    start: usize,
    opening: &mut Opening,
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
                if i == 0 || !ws.iter().any(|w| *w == toks.lw(i - 1)) {
                    return None;
                }
            }
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
            Elem::Table(t, _) => {
                caps.push(Cap::Value(g.lookup(*t, toks.text[i], toks.lw(i))?));
                i += 1;
            }
            Elem::TableNear(t, _) => {
                let number = |j: usize| {
                    toks.lw_get(j)
                        .is_some_and(|w| w.as_bytes().first().is_some_and(u8::is_ascii_digit))
                };
                let near = number(i + 1)
                    || (i > 0 && (number(i - 1) || toks.lw(i - 1) == "of"))
                    || (i > 1 && matches!(toks.lw(i - 1), "-" | "/") && number(i - 2));
                let v = g.lookup_cased(*t, toks.text[i], toks.lw(i), near)?;
                caps.push(Cap::Value(v));
                i += 1;
            }
            Elem::Builtin(b, _) => {
                if i == start {
                    let end = opening[*b as usize]
                        .get_or_insert_with(|| b.matches(toks, i))
                        .as_ref()?
                        .0;
                    caps.push(Cap::Opening(*b as usize));
                    i = end;
                } else {
                    let (end, v) = b.matches(toks, i)?;
                    caps.push(Cap::Owned(v));
                    i = end;
                }
            }
        }
    }
    Some((span_end.unwrap_or(i), i))
}
