//! Scores a model on held-out articles: precision, recall and F1 by type.

use newsmark::entities::tagger::gazetteer::Gazetteer;
use newsmark::entities::tagger::model::{Weights, TYPES};
use newsmark::entities::tagger::tag_document;
use newsmark::text::Doc;

use crate::corpus::Article;

pub fn evaluate(arts: &[Article], model: &Weights, gaz: &Gazetteer) -> f64 {
    let (mut tp, mut np, mut ng) = ([0usize; 4], [0usize; 4], [0usize; 4]);
    for a in arts {
        let doc = Doc::new(&a.text);
        let spans = tag_document(&doc, model, gaz);
        let pred: std::collections::HashSet<(usize, usize, usize)> = spans
            .iter()
            .map(|s| {
                (
                    doc.tokens[s.first].start,
                    doc.tokens[s.last - 1].end,
                    s.kind.index(),
                )
            })
            .collect();
        for &(s, e, t) in &a.names {
            ng[t] += 1;
            tp[t] += pred.contains(&(s, e, t)) as usize;
        }
        for &(_, _, t) in &pred {
            np[t] += 1;
        }
    }
    let f = |tp: usize, np: usize, ng: usize| {
        let (p, r) = (tp as f64 / np.max(1) as f64, tp as f64 / ng.max(1) as f64);
        (
            p * 100.0,
            r * 100.0,
            if p + r > 0.0 {
                200.0 * p * r / (p + r)
            } else {
                0.0
            },
        )
    };
    for t in 0..4 {
        let (p, r, f1) = f(tp[t], np[t], ng[t]);
        eprintln!(
            "  {:5} P {p:5.1} R {r:5.1} F {f1:5.1}  ({} gold)",
            TYPES[t], ng[t]
        );
    }
    let (p, r, f1) = f(
        tp[..3].iter().sum(),
        np[..3].iter().sum(),
        ng[..3].iter().sum(),
    );
    eprintln!("  PER+ORG+LOC P {p:5.1} R {r:5.1} F {f1:5.1}");
    f1
}
