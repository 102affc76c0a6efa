//! The one label vocabulary: every label newsmark emits, with its kind, its name in the
//! `newsmark/1` JSON and the colour slot the page and the exports draw it in.
//!
//! Recognizers, corrections, the invariants, the exports and the page (through `labels()` in
//! `wasm.rs`) all read this table, so a new label is one line here, colours included: each label
//! carries its colour for light and dark backgrounds (`light`, `dark`), which the page sets as its
//! palette and the HTML export writes into its stylesheet, so both draw a label alike. Names are
//! never spelled elsewhere in the core. A reader's correction may still introduce an entity label of its own (`PRODUCT`); such
//! labels are outside the vocabulary and drawn in the `other` slot.

use crate::annotations::Kind;
use serde::Serialize;

/// A label newsmark emits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Label {
    Person,
    Org,
    Place,
    Norp,
    Misc,
    Date,
    Time,
    Duration,
    Set,
    Quote,
}

/// What the page and the exports know of a label.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct LabelInfo {
    /// The label's name in the JSON (`"PERSON"`).
    pub name: &'static str,
    pub kind: Kind,
    /// The palette slot it is drawn in: an Okabe–Ito colour name (colour-blind safe) or
    /// `grey` / `neutral`; the page's stylesheet defines each slot for light and dark schemes.
    pub colour: &'static str,
    /// A few words for the legend's tooltip and the correction menu.
    pub description: &'static str,
    /// The slot's colour on a light background, `#rrggbb`: what the page's palette and the
    /// HTML export draw the label in.
    pub light: &'static str,
    /// The same on a dark background (`prefers-color-scheme: dark`), `#rrggbb`.
    pub dark: &'static str,
}

/// The colours of a label outside the vocabulary (a reader's own, `PRODUCT`): the grey slot.
pub const OTHER_LIGHT: &str = "#999999";
pub const OTHER_DARK: &str = "#999999";

/// Every label, in display order (legend, menus, side lists): entities, dates, quotes.
pub const LABELS: [(Label, LabelInfo); 10] = [
    (
        Label::Person,
        info(
            "PERSON",
            Kind::Entity,
            "orange",
            "a person",
            ("#e69f00", "#e69f00"),
        ),
    ),
    (
        Label::Org,
        info(
            "ORG",
            Kind::Entity,
            "blue",
            "an organization",
            ("#0072b2", "#3a9ad9"),
        ),
    ),
    (
        Label::Place,
        info(
            "PLACE",
            Kind::Entity,
            "bluish-green",
            "a place",
            ("#009e73", "#009e73"),
        ),
    ),
    (
        Label::Norp,
        info(
            "NORP",
            Kind::Entity,
            "reddish-purple",
            "a nationality, religious or political group",
            ("#cc79a7", "#cc79a7"),
        ),
    ),
    (
        Label::Misc,
        info(
            "MISC",
            Kind::Entity,
            "grey",
            "another name (an event, a work, a product)",
            ("#999999", "#999999"),
        ),
    ),
    (
        Label::Date,
        info(
            "DATE",
            Kind::Date,
            "yellow",
            "a calendar date",
            ("#f0e442", "#f0e442"),
        ),
    ),
    (
        Label::Time,
        info(
            "TIME",
            Kind::Date,
            "vermillion",
            "a time of day",
            ("#d55e00", "#d55e00"),
        ),
    ),
    (
        Label::Duration,
        info(
            "DURATION",
            Kind::Date,
            "sky-blue",
            "a length of time",
            ("#56b4e9", "#56b4e9"),
        ),
    ),
    (
        Label::Set,
        info(
            "SET",
            Kind::Date,
            "dark-yellow",
            "a repeated time",
            ("#b8a000", "#d9c73a"),
        ),
    ),
    (
        Label::Quote,
        info(
            "QUOTE",
            Kind::Quote,
            "neutral",
            "a quote",
            ("#6b6b6b", "#a0a0a0"),
        ),
    ),
];

/// `(light, dark)`: a slot's colour per scheme.
type Colours = (&'static str, &'static str);

const fn info(
    name: &'static str,
    kind: Kind,
    colour: &'static str,
    description: &'static str,
    (light, dark): Colours,
) -> LabelInfo {
    LabelInfo {
        name,
        kind,
        colour,
        description,
        light,
        dark,
    }
}

impl Label {
    pub fn info(self) -> &'static LabelInfo {
        &LABELS[self as usize].1
    }

    /// The label's name in the JSON: `Label::Person.name() == "PERSON"`.
    pub fn name(self) -> &'static str {
        self.info().name
    }

    pub fn kind(self) -> Kind {
        self.info().kind
    }

    /// The label called `name`, if newsmark emits one by that name.
    pub fn parse(name: &str) -> Option<Label> {
        LABELS.iter().find(|(_, i)| i.name == name).map(|(l, _)| *l)
    }

    /// The labels of `kind`, in display order.
    pub fn of_kind(kind: Kind) -> impl Iterator<Item = Label> {
        LABELS
            .iter()
            .filter(move |(_, i)| i.kind == kind)
            .map(|(l, _)| *l)
    }

    /// The label a mark of `kind` gets when nothing more is said: a date is a DATE, a quote a
    /// QUOTE; entities have no default.
    pub fn default_of(kind: Kind) -> Option<Label> {
        match kind {
            Kind::Entity => None,
            Kind::Date => Some(Label::Date),
            Kind::Quote => Some(Label::Quote),
        }
    }
}

/// Whether `name` is a label of `kind` in the vocabulary.
pub fn is_label_of(name: &str, kind: Kind) -> bool {
    Label::parse(name).is_some_and(|l| l.kind() == kind)
}

/// Where a label named `name` comes in display order; labels outside the vocabulary (a
/// reader's own) come after all of them.
pub fn display_rank(name: &str) -> usize {
    Label::parse(name).map_or(LABELS.len(), |l| l as usize)
}

/// The names of the labels of `kind`, in display order (`DATE, TIME, DURATION, SET`).
pub fn names_of(kind: Kind) -> Vec<&'static str> {
    Label::of_kind(kind).map(Label::name).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_indexed_by_the_enum() {
        for (i, (label, info)) in LABELS.iter().enumerate() {
            assert_eq!(*label as usize, i, "{} is out of place", info.name);
            assert_eq!(Label::parse(info.name), Some(*label));
        }
    }

    #[test]
    fn names_are_unique_and_json_safe() {
        let mut names: Vec<_> = LABELS.iter().map(|(_, i)| i.name).collect();
        assert!(names.iter().all(|n| crate::corrections::is_valid_label(n)));
        names.sort();
        names.dedup();
        assert_eq!(names.len(), LABELS.len());
    }

    #[test]
    fn every_label_has_a_hex_colour_per_scheme() {
        let hex = |c: &str| {
            c.len() == 7 && c.starts_with('#') && c[1..].bytes().all(|b| b.is_ascii_hexdigit())
        };
        for (_, i) in &LABELS {
            assert!(
                hex(i.light) && hex(i.dark),
                "{}: {} {}",
                i.name,
                i.light,
                i.dark
            );
        }
        assert!(hex(OTHER_LIGHT) && hex(OTHER_DARK));
        // The page's palette as it was when the colours moved here (issue 18).
        assert_eq!(Label::Org.info().dark, "#3a9ad9");
        assert_eq!(Label::Quote.info().light, "#6b6b6b");
    }

    #[test]
    fn kinds_group_the_labels() {
        assert_eq!(names_of(Kind::Date), ["DATE", "TIME", "DURATION", "SET"]);
        assert_eq!(names_of(Kind::Quote), ["QUOTE"]);
        assert!(is_label_of("NORP", Kind::Entity));
        assert!(!is_label_of("NORP", Kind::Date));
        assert!(!is_label_of("PRODUCT", Kind::Entity));
    }
}
