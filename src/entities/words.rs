//! The word lists that the rules and coreference consult, kept as data: one file per list in
//! `words/`, one word or phrase a line, with `#` comments that say what the list is for, why it
//! holds what it holds, and which code reads it.
//!
//! Lists are data so that a reviewer can change a list without reading Rust, and read each list's
//! reasons beside its words. Words are matched as written unless the file says otherwise (the
//! lists in lower case say how their reader compares). Each file is compiled in
//! (`include_str!`) and parsed once, on first use, into a slice: the lists are short, and
//! `contains` over a few dozen words costs no more than the constants these files replace.

use std::sync::OnceLock;

/// A list's words, with a gate that rules most other words out before the list is scanned: the
/// rules ask lists at every token and span, and nearly every word asked is in none of them.
pub struct WordList {
    words: Vec<&'static str>,
    /// Bit `n` (31 for 31 bytes and more) of entry `b & 31` is set when a word of `n` bytes
    /// opens with a byte `b`. ASCII letters of either case share an entry, so the gate holds for
    /// `eq_ignore_ascii_case` too.
    gate: [u32; 32],
}

/// `word`'s place in a gate: its first byte's entry and its length's bit.
fn gate_key(word: &str) -> Option<(usize, u32)> {
    let &b = word.as_bytes().first()?;
    Some((usize::from(b & 31), 1 << word.len().min(31)))
}

impl WordList {
    /// Whether `word` may be in the list (never false for a listed word, in any ASCII case).
    #[inline]
    fn may_hold(&self, word: &str) -> bool {
        gate_key(word).is_some_and(|(k, bit)| self.gate[k] & bit != 0)
    }

    /// Whether `word` is listed, as written. (Out of line: one copy for the fifty callers.)
    #[inline(never)]
    pub fn contains(&self, word: &&str) -> bool {
        self.may_hold(word) && self.words.contains(word)
    }

    /// Whether `word` is listed, in any ASCII case.
    #[inline(never)]
    pub fn contains_ignoring_ascii_case(&self, word: &str) -> bool {
        self.may_hold(word) && self.words.iter().any(|w| w.eq_ignore_ascii_case(word))
    }
}

impl std::ops::Deref for WordList {
    type Target = [&'static str];

    fn deref(&self) -> &[&'static str] {
        &self.words
    }
}

impl<'a> IntoIterator for &'a WordList {
    type Item = &'a &'static str;
    type IntoIter = std::slice::Iter<'a, &'static str>;

    fn into_iter(self) -> Self::IntoIter {
        self.words.iter()
    }
}

/// The entries of a list file: its lines, trimmed, without blank lines and `#` comments.
fn parse(text: &'static str) -> WordList {
    let words: Vec<&'static str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    let mut gate = [0; 32];
    for (k, bit) in words.iter().filter_map(|w| gate_key(w)) {
        gate[k] |= bit;
    }
    WordList { words, gate }
}

/// A list from its cell, parsed from its text on first use: one copy of the parsing for every
/// list, not one inlined into each list's function (each copy cost about 0.6 KB of the wasm).
#[inline(never)]
fn load(cell: &'static OnceLock<WordList>, text: &'static str) -> &'static WordList {
    cell.get_or_init(|| parse(text))
}

/// One function per list file, parsing it on first use.
macro_rules! word_lists {
    ($($(#[$doc:meta])* $name:ident => $file:literal;)*) => {
        $(
            $(#[$doc])*
            #[doc = concat!("\n\nFrom `words/", $file, "`.")]
            pub fn $name() -> &'static WordList {
                static LIST: OnceLock<WordList> = OnceLock::new();
                load(&LIST, crate::text::strip::data_file!(concat!("words/", $file)))
            }
        )*

        /// Every list: its file name, its words and its text.
        #[cfg(test)]
        const ALL: &[(&str, fn() -> &'static WordList, &str)] =
            &[$(($file, $name, include_str!(concat!("words/", $file)))),*];
    };
}

word_lists! {
    /// Lower-case words that never stand inside a name.
    name_breakers => "name_breakers.txt";
    /// Lower-case words of three letters or more that stand inside names (`and`, `van`).
    name_particles => "name_particles.txt";
    /// Verbs a title-case headline writes after its subject (`Signs`, `Faces`).
    headline_verbs => "headline_verbs.txt";
    /// Month names, full and abbreviated, in lower case.
    months => "months.txt";
    /// Places whose name begins with `The` (`The Hague`).
    names_with_the => "names_with_the.txt";
    /// Prepositions and conjunctions that a line break or a headline capitalizes onto a name.
    edge_words => "edge_words.txt";
    /// Greetings and salutations (`Hello`, `Hi`, `Dear`), in lower case.
    greetings => "greetings.txt";
    /// Organizations that a nationality before them names (`Navy`).
    national_bodies => "national_bodies.txt";
    /// Titles that the gazetteer's `person_title` list lacks.
    titles_not_in_the_gazetteer => "titles_not_in_the_gazetteer.txt";
    /// Words that qualify a title without being one (`Shadow`, `Vice`).
    title_qualifiers => "title_qualifiers.txt";
    /// Roles glued after an organization or a place (`CEO`).
    trailing_roles => "trailing_roles.txt";
    /// Head words of named facilities (`Airport`, `Museum`).
    facility_heads => "facility_heads.txt";
    /// Words that open the name of a natural place (`River`, `Lake`, `Mount`).
    place_openers => "place_openers.txt";
    /// Facility heads that are also surnames (`Hall`).
    facility_heads_also_surnames => "facility_heads_also_surnames.txt";
    /// Last words of companies' names: labels, studios, carmakers (`Records`, `Pictures`).
    company_heads => "company_heads.txt";
    /// First words of organizations' names: broadcasters, studios, clubs (`Radio`, `Real`).
    org_openers => "org_openers.txt";
    /// Words before a company someone runs (`chief executive of`), in lower case.
    executive_cues => "executive_cues.txt";
    /// Last words of military units, bands and orchestras (`Division`, `Orchestra`).
    group_heads => "group_heads.txt";
    /// Nouns that name the group after them (`band`).
    group_nouns => "group_nouns.txt";
    /// Words that make a `… Center` an institute, not a building (`Research`).
    center_institutes => "center_institutes.txt";
    /// Last words of newspapers, agencies and broadcasters (`Times`).
    media_heads => "media_heads.txt";
    /// Domains that close a web address written as a name (`com`, `co`, `uk`).
    web_domains => "web_domains.txt";
    /// Words after a leader's name that make it a modifier (`administration`).
    led_by => "led_by.txt";
    /// Nouns that describe a person and nothing else (`woman`, `nurse`).
    person_nouns => "person_nouns.txt";
    /// Words that show a sports report, in lower case.
    sports_words => "sports_words.txt";
    /// Words capitalized only by a sentence or quote start, in lower case.
    function_words => "function_words.txt";
    /// Acronyms of roles and common things, never a name (`CEO`).
    common_acronyms => "common_acronyms.txt";
    /// Words that close a company's full name (`inc`, `spa`), in lower case.
    corporate_endings => "corporate_endings.txt";
    /// Political and religious groups, reported as NORP (`Republicans`).
    group_words => "group_words.txt";
    /// Nouns that give the kind of a name defined as one (`PLACE village`, `ORG company`).
    class_nouns => "class_nouns.txt";
    /// Words before a name that give its kind (`PLACE village of`, `ORG studied at`).
    name_cues => "name_cues.txt";
    /// One-word parliaments and armed forces (`Bundestag`, `Luftwaffe`).
    assemblies_and_forces => "assemblies_and_forces.txt";
    /// Epithets after a ruler's name and `the` (`Great`, `Pious`).
    epithets => "epithets.txt";
    /// Words after a name that give its kind (`PERSON was born`, `ORG was formed`).
    name_followers => "name_followers.txt";
    /// Words after a road's number that show it is one (`motorway`, `northbound`).
    road_words => "road_words.txt";
    /// Heads that also pair inside one name (`Post and Telecommunications`).
    shared_heads => "shared_heads.txt";
    /// Last words of a unit named by its number (`Squadron`, `Battalion`).
    unit_words => "unit_words.txt";
    /// First words of a fire service's companies (`Engine`, `Ladder`).
    crew_words => "crew_words.txt";
    /// Last words of clubs named after their town (`Rovers`, `United`).
    club_endings => "club_endings.txt";
    /// Last words of clubs named after their town that end places too (`Town`, `City`).
    club_endings_also_places => "club_endings_also_places.txt";
    /// Words of a player's career (`footballer`, `debut`), in lower case.
    career_words => "career_words.txt";
}

/// The three-letter abbreviations among `months` (`jan` … `dec`, with `may`), as a dateline
/// writes them.
pub fn month_abbreviations() -> &'static [&'static str] {
    static LIST: OnceLock<Vec<&'static str>> = OnceLock::new();
    LIST.get_or_init(|| months().iter().copied().filter(|m| m.len() == 3).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_is_explained_and_well_formed() {
        for (file, list, text) in ALL {
            assert!(
                text.starts_with("# "),
                "{file} opens without saying what it is for"
            );
            let words = list();
            assert!(!words.is_empty(), "{file}");
            let mut seen = std::collections::HashSet::new();
            for w in words {
                assert!(seen.insert(*w), "{file}: {w} twice");
                assert!(!w.contains('#') && w.trim() == *w, "{file}: {w:?}");
            }
        }
    }

    #[test]
    fn every_listed_word_is_found_through_the_gate_in_any_case() {
        // The gate must never rule out a listed word: as written, and for the callers that
        // compare without case, in lower case, upper case and title case.
        for (file, list, _) in ALL {
            let words = list();
            for w in words.iter() {
                assert!(words.contains(w), "{file}: {w}");
                let title: String = w
                    .chars()
                    .enumerate()
                    .map(|(k, c)| if k == 0 { c.to_ascii_uppercase() } else { c })
                    .collect();
                for form in [w.to_ascii_lowercase(), w.to_ascii_uppercase(), title] {
                    assert!(words.contains_ignoring_ascii_case(&form), "{file}: {form}");
                }
            }
            assert!(!words.contains(&"Xq-not-a-listed-word"), "{file}");
            assert!(!words.contains_ignoring_ascii_case(""), "{file}");
        }
    }

    #[test]
    fn the_dateline_months_are_the_twelve_abbreviations() {
        let mut abbreviations = month_abbreviations().to_vec();
        abbreviations.sort_unstable();
        assert_eq!(
            abbreviations,
            ["apr", "aug", "dec", "feb", "jan", "jul", "jun", "mar", "may", "nov", "oct", "sep"]
        );
    }
}
