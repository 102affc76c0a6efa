//! The tagger's emission scores (per token, one score per tag), two ways: `emissions` sums the
//! rows of listed features (the training path, and the reference), `first_pass` and
//! `add_second_pass` sum them straight from the weight table without listing the features first.
//!
//! The second way exists for speed: the entity tagger is most of the pipeline's time. A token's
//! *own* features (`Analysis::own_features`: its spelling, case context, document memory,
//! gazetteer classes) are the same wherever the same word stands in the same context, so their
//! summed rows are computed once per document for each (word, context) and reused; only the
//! features that look at the neighbours are summed per token. Integer sums, so the scores are exactly those of
//! `emissions` over `Extractor::extract` (the training path), as a test checks.

use super::features::{Analysis, Extractor, Features};
use super::model::{Weights, NTAGS};
use crate::maps::HashKeyed;

const NONE: u32 = u32::MAX;
const CONTEXTS: usize = 4;

/// Scores of every tag for every token of `range`, flattened, from the listed `features`.
pub fn emissions(
    w: &Weights,
    features: &Features,
    range: std::ops::Range<usize>,
    out: &mut Vec<i32>,
) {
    out.clear();
    out.resize(range.len() * NTAGS, 0);
    for (k, i) in range.enumerate() {
        let mut acc = [0i32; NTAGS];
        for &f in features.of(i) {
            w.add_row(&mut acc, f);
        }
        out[k * NTAGS..(k + 1) * NTAGS].copy_from_slice(&acc);
    }
}

/// First-pass scores of every token (`NTAGS` per token) into `out`.
pub fn first_pass(a: &Analysis, ex: &Extractor, w: &Weights, out: &mut Vec<i32>) {
    let n = a.tokens();
    out.clear();
    out.resize(n * NTAGS, 0);
    // Summed own rows: per (type, context) without gazetteer hits, by key with them.
    let mut slot = vec![NONE; a.types() * CONTEXTS];
    // By (type, context, gazetteer tags) in one u64 (a type is below 2^30: a text has at most
    // 16 MiB), so that the map is the crate's numeric map type (`crate::maps`).
    let mut with_gaz: HashKeyed<u32> = HashKeyed::default();
    let mut sums: Vec<[i32; NTAGS]> = Vec::with_capacity(a.types() + 16);
    for r in a.sentences() {
        let (lo, hi) = (r.start, r.end);
        for i in lo..hi {
            let (ctx, g) = a.own_key(i);
            let cached = if g == 0 {
                &mut slot[a.type_of(i) as usize * CONTEXTS + ctx as usize]
            } else {
                let key = (a.type_of(i) as u64 * CONTEXTS as u64 + ctx as u64) << 32 | g as u64;
                with_gaz.entry(key).or_insert(NONE)
            };
            if *cached == NONE {
                let mut acc = [0i32; NTAGS];
                a.own_features(i, |h| w.add_row(&mut acc, ex.row(h)));
                *cached = sums.len() as u32;
                sums.push(acc);
            }
            let mut acc = sums[*cached as usize];
            a.context_features(i, lo, hi, |h| w.add_row(&mut acc, ex.row(h)));
            out[i * NTAGS..(i + 1) * NTAGS].copy_from_slice(&acc);
        }
    }
}

/// Adds the second pass's scores (how the first pass, `history`, tagged the same word
/// elsewhere) to `emit`. They depend on the token's type, case context and own first-pass tag
/// only, so they are summed once per such triple.
pub fn add_second_pass(
    a: &Analysis,
    ex: &Extractor,
    w: &Weights,
    history: &[usize],
    emit: &mut [i32],
) {
    let counts = a.tag_counts(history);
    let mut slot = vec![NONE; a.types() * CONTEXTS * NTAGS];
    let mut sums: Vec<[i32; NTAGS]> = Vec::with_capacity(a.types() + 16);
    for (i, e) in emit.chunks_exact_mut(NTAGS).enumerate().take(a.tokens()) {
        let Ok(e) = <&mut [i32; NTAGS]>::try_from(e) else {
            continue;
        };
        let own = history.get(i).copied().filter(|&t| t < NTAGS);
        let Some(own) = own else {
            a.second_pass_features(i, &counts, history, |h| w.add_row(e, ex.row(h)));
            continue;
        };
        let (ctx, _) = a.own_key(i);
        let cached = &mut slot[(a.type_of(i) as usize * CONTEXTS + ctx as usize) * NTAGS + own];
        if *cached == NONE {
            let mut acc = [0i32; NTAGS];
            a.second_pass_features(i, &counts, history, |h| w.add_row(&mut acc, ex.row(h)));
            *cached = sums.len() as u32;
            sums.push(acc);
        }
        for (x, y) in e.iter_mut().zip(&sums[*cached as usize]) {
            *x += y;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::tagger::gazetteer::Gazetteer;
    use crate::text::Doc;

    /// Texts that exercise every feature: headlines in capitals, title case, lower case only,
    /// sentence-initial words, gazetteer names of several tokens, repeated words in different
    /// contexts, quotes and odd characters.
    const TEXTS: &[&str] = &[
        "WASHINGTON SIGNS TRADE DEAL WITH NEW ZEALAND\nWASHINGTON 2023-06-14\nThe United States and New Zealand signed a trade deal on Wednesday, officials in Washington said. \"It is a good day,\" said Anna Smith of the Trade Office. Smith said the deal would help farmers. Washington state farmers were pleased; the New York Times reported it first.",
        "how the river rose: nobody in paris expected it. the mayor said paris would recover.",
        "Apple Picks Up The Pace In India As Sales Grow Fast\nApple sold more phones in India. apple pie is not apple. McDonald’s opened in Zürich — Müller’s café, U.S.-based, 3,000 staff.",
        "",
        "“",
        "Mr. O'Neill met Ms. Zhou in São Paulo. O'Neill met Zhou again. The the the. Zhou Zhou.",
    ];

    fn weights() -> Weights {
        Weights::parse(include_bytes!("../data/ner.bin")).expect("model")
    }

    #[test]
    fn summed_scores_equal_the_listed_features_scores() {
        let w = weights();
        let ex = Extractor {
            gazetteer: Gazetteer::builtin(),
            bits: w.bits,
        };
        let long = TEXTS.join("\n\n").repeat(3);
        for text in TEXTS.iter().copied().chain([long.as_str()]) {
            let doc = Doc::new(text);
            let n = doc.tokens.len();
            let a = ex.analyze(&doc);
            let (mut reference, mut fast) = (Vec::new(), Vec::new());
            emissions(&w, &ex.extract(&doc, None), 0..n, &mut reference);
            first_pass(&a, &ex, &w, &mut fast);
            assert_eq!(reference, fast, "first pass of {text:?}");
            // A made-up first pass with every tag, so every second-pass feature fires.
            let history: Vec<usize> = (0..n).map(|i| (i * 7 + i / 3) % NTAGS).collect();
            emissions(&w, &ex.extract(&doc, Some(&history)), 0..n, &mut reference);
            add_second_pass(&a, &ex, &w, &history, &mut fast);
            assert_eq!(reference, fast, "second pass of {text:?}");
        }
    }
}
