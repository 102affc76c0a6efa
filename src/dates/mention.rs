//! What the recognizer hands out: a time expression's span, its TIMEX3 type and value.
//!
//! It stands on the ground floor so that the grammar (which gives each rule its label) and the
//! public surface (`dates::DateMention`, re-exported from `dates`) share it without importing
//! each other.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateLabel {
    Date,
    Time,
    Duration,
    Set,
}

impl DateLabel {
    /// The label in the crate's vocabulary (`crate::labels`).
    pub fn label(self) -> crate::labels::Label {
        use crate::labels::Label;
        match self {
            DateLabel::Date => Label::Date,
            DateLabel::Time => Label::Time,
            DateLabel::Duration => Label::Duration,
            DateLabel::Set => Label::Set,
        }
    }

    pub fn as_str(self) -> &'static str {
        self.label().name()
    }
}

/// A time expression found in the text (byte offsets) with its TIMEX3 value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateMention {
    pub start: usize,
    pub end: usize,
    pub label: DateLabel,
    pub value: Option<String>,
    /// The other end, when it is one end of a range (`10 - 22 August 2012`).
    pub range: Option<RangeEnd>,
}

/// One end of a range: the other end's index among the mentions, and whether this one starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RangeEnd {
    pub other: usize,
    pub start: bool,
}
