//! The labels of the entities that the recognizer reports (`Mention::label`, `Cluster::label`).
//!
//! The tagger knows four types (`tagger::model::ModelType`); coreference maps them to these
//! labels, splitting the tagger's MISC into nationalities and groups (NORP) and the rest (MISC).

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityLabel {
    Person,
    Org,
    Place,
    Norp,
    Misc,
}

impl EntityLabel {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityLabel::Person => "PERSON",
            EntityLabel::Org => "ORG",
            EntityLabel::Place => "PLACE",
            EntityLabel::Norp => "NORP",
            EntityLabel::Misc => "MISC",
        }
    }
}
