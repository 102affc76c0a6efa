//! Named entities: people, organizations, places and nationalities, clustered per real-world
//! entity.
//!
//! Three stages, one module each. A trained sequence tagger (`tagger`: an averaged perceptron
//! over hashed features, BILOU tags, Viterbi decoding) finds the names sentence by sentence, with
//! features that look at the whole article (how a word is written elsewhere) so that headlines
//! in capitals and sentence-initial names are read right. Hand-written rules (`rules`) then mend
//! the mistakes a model trained on 1990s news wire makes on today's news. `coref` finally groups
//! the mentions into entities (`Blinken` with `Antony Blinken`, `PRC` with `People’s Republic of
//! China`) and gives each one label.
//!
//! The stages hand each other plain token spans typed by the model (`TaggedSpan`); only `coref`
//! turns them into the labels and byte offsets that the rest of the crate sees. The tagger's
//! scores (`tagger::Evidence`) go to `coref` beside the spans: an entity takes the type the
//! tagger saw most evidence for over all its mentions.

pub mod coref;
mod label;
mod rules;
pub mod tagger;
mod words;

pub use coref::{Cluster, Entities, Mention};
pub use label::EntityLabel;

use crate::text::Doc;
use tagger::gazetteer::Gazetteer;

/// The entities of `doc`: its names, clustered per entity (none if the model does not load).
pub fn recognize(doc: &Doc) -> Entities {
    let Some(w) = tagger::weights() else {
        return Entities::default();
    };
    let gazetteer = Gazetteer::builtin();
    let (mut spans, evidence) = tagger::tag_with_evidence(doc, w, gazetteer);
    rules::refine(doc, &mut spans, gazetteer);
    coref::cluster(doc, &spans, gazetteer, Some(&evidence))
}

#[cfg(test)]
mod tests;
