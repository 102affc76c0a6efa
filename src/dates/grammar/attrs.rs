//! Rule attributes: what the engine needs to know about a rule, written in the rule file
//! (`year [counted bare-year]: %year -> {year}`) and compiled into a typed set.
//!
//! Why attributes and not rule names: a filter that tested `rule.name == "month"` went silently
//! dead when the rule was renamed. An attribute is declared next to the rule it concerns, an
//! unknown one stops the grammar from compiling, and a unit test checks that every attribute of
//! the vocabulary is worn by some rule. The vocabulary is explained in `rules/date.txt`.

/// One attribute of the vocabulary. The filter or step that reads it says why it exists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Attr {
    /// `full-date`: year, month and day written out; may date the article in a dateline.
    FullDate,
    /// `bare-month`: a month name alone, which may be a word or a name (`may`, `June Carter`).
    BareMonth,
    /// `bare-year`: a number alone read as a year, which may be a code or a count.
    BareYear,
    /// `counted`: its number may be money or a figure (`$2023`, `20 percent`).
    Counted,
    /// `fraction`: a count of quarters may be a fraction (`a quarter of the market`).
    Fraction,
    /// `rate`: a rate word (`annually`), which may follow a quantity or name a paper.
    Rate,
    /// `adjective`: an adjective after `average` (`average daily volume`).
    Adjective,
    /// `surname`: also a surname (`Johnnie Christmas`).
    Surname,
    /// `bare-season`: a season word alone, which may name or modify (`Arab Spring`, `winter
    /// wheat`).
    BareSeason,
    /// `no-determiner`: not after a possessive or an article (`the crew's every day routines`).
    NoDeterminer,
    /// `title`: every word capitalized mid-sentence is a title (`This Week`).
    Title,
    /// `discourse-marker`: `Now,` opening a sentence moves the story on.
    DiscourseMarker,
    /// `holiday`: a holiday's name, which may modify a noun (`Christmas shopping`).
    Holiday,
    /// `figures`: a date in figures only (`1.2.2013`, `10-12-2020`), which may be a version
    /// or a code (`version 1.2.2013`).
    Figures,
    /// `alone`: a form that is a date only as a whole text, a note or a reply (`thu`, `2-15`,
    /// `on the first`); in a sentence it is a word, a score or a count. The matcher tries
    /// such a rule only there, so it never takes the place of a sentence's rule.
    Alone,
    /// `message`: a form only messages write (`mon 3pm`, `sat night`), tried only in a short
    /// text; in an article `Sat 9 am` is a line of store hours and `mon` may be French.
    Message,
    /// `no-time`: time words that name no time (`wait a minute`, `Easter egg`, `John 3:16`):
    /// matched so that no other rule takes them, then dropped.
    NoTime,
    /// `range-end`: a form that is a date only as one end of a range (`25/3 - 29/3`; `to 3/4`
    /// alone is a fraction): dropped when no other end joins it (`ranges.rs`).
    RangeEnd,
}

/// The vocabulary as the rule files write it.
pub const VOCABULARY: [(&str, Attr); 18] = [
    ("full-date", Attr::FullDate),
    ("bare-month", Attr::BareMonth),
    ("bare-year", Attr::BareYear),
    ("counted", Attr::Counted),
    ("fraction", Attr::Fraction),
    ("rate", Attr::Rate),
    ("adjective", Attr::Adjective),
    ("surname", Attr::Surname),
    ("bare-season", Attr::BareSeason),
    ("no-determiner", Attr::NoDeterminer),
    ("title", Attr::Title),
    ("discourse-marker", Attr::DiscourseMarker),
    ("holiday", Attr::Holiday),
    ("figures", Attr::Figures),
    ("alone", Attr::Alone),
    ("message", Attr::Message),
    ("no-time", Attr::NoTime),
    ("range-end", Attr::RangeEnd),
];

impl Attr {
    pub fn from_name(name: &str) -> Result<Attr, String> {
        VOCABULARY
            .iter()
            .find(|(n, _)| *n == name)
            .map(|&(_, a)| a)
            .ok_or_else(|| {
                let known: Vec<&str> = VOCABULARY.iter().map(|(n, _)| *n).collect();
                format!(
                    "unknown attribute `{name}` (known: {}; see rules/date.txt)",
                    known.join(", ")
                )
            })
    }
}

/// A set of attributes (one bit each), copied into every sequence a rule expands to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Attrs(u32);

impl Attrs {
    pub fn has(self, a: Attr) -> bool {
        self.0 & (1 << a as u32) != 0
    }

    pub fn with(self, a: Attr) -> Attrs {
        Attrs(self.0 | 1 << a as u32)
    }

    /// Every attribute in either set.
    #[cfg(test)]
    pub fn union(self, other: Attrs) -> Attrs {
        Attrs(self.0 | other.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vocabulary_names_each_attribute_once() {
        for (i, (name, a)) in VOCABULARY.iter().enumerate() {
            assert_eq!(*a as usize, i, "{name}");
            assert_eq!(Attr::from_name(name), Ok(*a));
        }
        let e = Attr::from_name("frobnicate").unwrap_err();
        assert!(
            e.contains("unknown attribute `frobnicate`") && e.contains("bare-year"),
            "{e}"
        );
        let s = Attrs::default().with(Attr::Rate);
        assert!(s.has(Attr::Rate) && !s.has(Attr::Title));
    }
}
