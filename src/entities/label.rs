//! The labels of the entities that the recognizer reports (`Mention::label`, `Cluster::label`).
//!
//! The tagger knows four types (`tagger::model::ModelType`); coreference maps them to these
//! labels, splitting the tagger's MISC into nationalities and groups (NORP) and the rest (MISC).

use crate::labels::Label;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityLabel {
    Person,
    Org,
    Place,
    Norp,
    Misc,
}

impl EntityLabel {
    /// The label in the crate's vocabulary (`crate::labels`).
    pub fn label(self) -> Label {
        match self {
            EntityLabel::Person => Label::Person,
            EntityLabel::Org => Label::Org,
            EntityLabel::Place => Label::Place,
            EntityLabel::Norp => Label::Norp,
            EntityLabel::Misc => Label::Misc,
        }
    }

    pub fn as_str(self) -> &'static str {
        self.label().name()
    }
}
