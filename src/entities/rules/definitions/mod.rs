//! What the sentence says a name is. An encyclopedia opens its articles by defining their
//! subject (`Oberwil is a village in …`, `Halvorsen Marine is a Norwegian shipbuilding
//! company`), and its prose names places and organizations after words that give their kind
//! away (`the village of Thornton`, `studied at Yale`). The tagger, trained on news wire, reads
//! many such names as people, or misses a one-word name opening the sentence; these rules take
//! the sentence's word for it. The type a rule gives counts as certain in the cluster's vote, so
//! the name's other mentions in the article follow.

mod class;
mod cues;
#[cfg(test)]
mod tests;

use crate::entities::tagger::model::ModelType;

pub(super) use class::names_defined_by_their_class;
pub(super) use cues::names_after_cues;

/// An entry of a list that writes each word after its kind (`PLACE village`): the kind and the
/// word.
fn kind_and_entry(line: &'static str) -> (ModelType, &'static str) {
    match line.split_once(' ') {
        Some(("ORG", rest)) => (ModelType::Org, rest),
        Some(("PERSON", rest)) => (ModelType::Per, rest),
        Some((_, rest)) => (ModelType::Loc, rest),
        None => (ModelType::Loc, line),
    }
}
