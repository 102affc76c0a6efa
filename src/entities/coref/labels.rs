//! One label per entity: a mention's label from its model type, and the cluster's vote over
//! the tagger's evidence.

use super::{Cluster, Draft};
use crate::entities::label::EntityLabel;
use crate::entities::tagger::gazetteer::Gazetteer;
use crate::entities::tagger::model::ModelType;
use crate::entities::words;

/// Model type → label; MISC names that are nationalities become NORP.
pub(super) fn label_of(kind: ModelType, text: &str, gazetteer: &Gazetteer) -> EntityLabel {
    match kind {
        ModelType::Per => EntityLabel::Person,
        ModelType::Org => EntityLabel::Org,
        ModelType::Loc => EntityLabel::Place,
        ModelType::Misc => {
            if gazetteer.is(text, "demonym") || is_group_word(text) {
                EntityLabel::Norp
            } else {
                EntityLabel::Misc
            }
        }
    }
}

/// Political and religious groups that the training corpus files under MISC (`Republicans`).
fn is_group_word(text: &str) -> bool {
    words::group_words().contains(&text)
}

/// How sure the tagger's scores make a reading: the soft maximum of the scores of one mention
/// over the four types, in the model's integer units (16 make one weight of the 25th
/// percentile; `src/bin/train_ner/weights.rs`). Wide enough that a mention read against a close
/// second counts about half for each, narrow enough that a clear reading counts as one. 300 to
/// 3000 read alike on the development sets.
const TEMPERATURE: f64 = 1000.0;

/// The tagger's type (`ModelType::index`) behind a label.
fn model_type(label: EntityLabel) -> usize {
    match label {
        EntityLabel::Person => 0,
        EntityLabel::Org => 1,
        EntityLabel::Place => 2,
        EntityLabel::Norp | EntityLabel::Misc => 3,
    }
}

/// e^-x for x ≥ 0, as (1 + x/256)^-256: close enough for weighing evidence, and it keeps the
/// floating-point `exp` out of the wasm (about 300 bytes gzip).
pub(super) fn exp_minus(x: f64) -> f64 {
    let mut p = 1.0 / (1.0 + x / 256.0);
    for _ in 0..8 {
        p *= p;
    }
    p
}

/// What a mention whose type a rule gave weighs against the tagger's evidence: the rules read
/// what the tagger does not (a facility's head word, an apposition), so they decide.
const RULED: f64 = 1e9;

/// One label per cluster. A full personal or company name settles it. Otherwise the tagger's
/// evidence over all the mentions decides: each mention it typed itself adds its probability
/// of each type (a soft maximum of the scores of reading it as each, `Evidence::of_span`), so
/// three hesitant `ORG`s lose to two clear `PLACE`s. A mention a rule typed outweighs them all
/// (a multi-word one double), as does every mention where no evidence is given. A MISC cluster
/// is NORP where most of its mentions are nationalities or groups.
// Not inlined: smaller in the wasm.
#[inline(never)]
pub(super) fn settle_labels(
    clusters: &mut [Cluster],
    drafts: &[Draft],
    assigned: &[usize],
    founded_by_full_name: &[bool],
) {
    let mut mass: Vec<[f64; 4]> = vec![[0.0; 4]; clusters.len()];
    let mut norp: Vec<i32> = vec![0; clusters.len()];
    for (d, &c) in drafts.iter().zip(assigned) {
        match d.label {
            EntityLabel::Norp => norp[c] += 1,
            EntityLabel::Misc => norp[c] -= 1,
            _ => {}
        }
        match d.scores {
            Some(s) => {
                let max = s.iter().copied().max().unwrap_or(0);
                let p = s.map(|x| exp_minus((max - x) as f64 / TEMPERATURE));
                let z: f64 = p.iter().sum();
                for (m, p) in mass[c].iter_mut().zip(p) {
                    *m += p / z;
                }
            }
            None => mass[c][model_type(d.label)] += if d.nwords >= 2 { 2.0 } else { 1.0 } * RULED,
        }
    }
    for (c, m) in mass.iter().enumerate() {
        if founded_by_full_name[c] {
            continue;
        }
        let first = clusters[c].label;
        let best = (0..4).fold(model_type(first), |b, t| if m[t] > m[b] { t } else { b });
        clusters[c].label = match ModelType::ALL[best] {
            ModelType::Per => EntityLabel::Person,
            ModelType::Org => EntityLabel::Org,
            ModelType::Loc => EntityLabel::Place,
            ModelType::Misc if norp[c] > 0 || norp[c] == 0 && first == EntityLabel::Norp => {
                EntityLabel::Norp
            }
            ModelType::Misc => EntityLabel::Misc,
        };
    }
}
