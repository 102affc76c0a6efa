//! Which way a bare `Friday` or `March` points: news writes `said Friday` for the past and
//! `will meet Friday` for the future. The nearest tense cue in the sentence decides; with none,
//! the past wins (most news reports what happened).

use super::matcher::Toks;
use std::ops::Range;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
    Unknown,
}

const FUTURE: &[&str] = &[
    "will", "shall", "'ll", "going", "plans", "plan", "planned", "scheduled", "expected", "expects", "due", "set", "upcoming",
    "next", "would", "to", "until", "hopes", "intends", "wo", "won't", "tomorrow", "coming", "begins", "starts", "opens",
];
const PAST: &[&str] = &[
    "said", "says", "told", "was", "were", "had", "did", "ago", "last", "met", "went", "came", "took", "made", "gave", "saw",
    "left", "began", "rose", "fell", "won", "lost", "held", "led", "paid", "sold", "bought", "brought", "thought", "found",
    "got", "spent", "sent", "built", "broke", "ran", "wrote", "spoke", "struck", "shot", "killed", "became", "earlier",
    "yesterday", "since", "been", "knew", "grew", "drew", "flew", "hit", "quit", "lit", "put", "cut", "fought", "caught",
    "taught", "sought", "stood", "heard", "meant", "kept", "felt", "slid", "sank", "ate", "sat", "told", "drove", "rode", "woke", "swore", "wore", "chose", "froze",
];

fn cue(word: &str) -> Option<Tense> {
    if FUTURE.contains(&word) || word.ends_with("'ll") {
        return Some(Tense::Future);
    }
    if PAST.contains(&word) || (word.len() > 4 && word.ends_with("ed") && word.bytes().all(|b| b.is_ascii_lowercase())) {
        return Some(Tense::Past);
    }
    None
}

/// Tense around tokens `span` inside `sentence` (token ranges).
pub fn around(toks: &Toks, span: Range<usize>, sentence: Range<usize>) -> Tense {
    let lo = sentence.start.max(span.start.saturating_sub(12));
    let hi = sentence.end.min(span.end + 10).min(toks.len());
    let mut best: Option<(usize, Tense)> = None;
    for i in (lo..span.start).chain(span.end..hi) {
        // `to` only counts as future right before a verb-like word (`to meet`), not `to 5%`.
        let w = toks.lower[i].as_str();
        let Some(t) = cue(w) else { continue };
        if w == "to" && !(i + 1 < toks.len() && toks.lower[i + 1].bytes().all(|b| b.is_ascii_lowercase()) && !matches!(toks.lower[i + 1].as_str(), "the" | "a" | "an" | "be")) {
            continue;
        }
        let d = if i < span.start { span.start - i } else { i - span.end + 1 };
        if best.map_or(true, |(bd, _)| d < bd) {
            best = Some((d, t));
        }
    }
    best.map_or(Tense::Unknown, |(_, t)| t)
}
