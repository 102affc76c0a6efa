//! Attribution verbs (`said`, `told`, `tweeted`, …), kept as data in `data/cues.txt` so that a
//! reader can see and extend the list without reading code.

use std::sync::OnceLock;

use crate::maps::StrKeyed;

const CUES: &str = crate::text::strip::data_file!("data/cues.txt");

/// A set (its values unused), in the crate's map type for words (`crate::maps`).
fn cue_set() -> &'static StrKeyed<'static, u32> {
    static SET: OnceLock<StrKeyed<'static, u32>> = OnceLock::new();
    SET.get_or_init(|| {
        CUES.lines()
            .filter(|l| !l.starts_with('#'))
            .flat_map(str::split_whitespace)
            .map(|w| (w, 0))
            .collect()
    })
}

/// True for any form of an attribution verb (`said`, `says`, `telling`), matched in lower case.
pub fn is_cue_verb(word: &str) -> bool {
    let set = cue_set();
    set.contains_key(word)
        || (word.bytes().any(|b| b.is_ascii_uppercase())
            && set.contains_key(word.to_ascii_lowercase().as_str()))
}

/// Verbs that attribute only with a preposition or object nearby (`pointed out`, `put it`,
/// `read`) or that are mostly something else: they count only right next to a quote.
pub fn is_weak_cue(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "point"
            | "points"
            | "pointed"
            | "pointing"
            | "put"
            | "puts"
            | "putting"
            | "read"
            | "reads"
            | "reading"
            | "offer"
            | "offers"
            | "offered"
            | "offering"
            | "order"
            | "orders"
            | "ordered"
            | "ordering"
            | "continue"
            | "continues"
            | "continued"
            | "continuing"
            | "report"
            | "reports"
            | "reported"
            | "reporting"
            | "state"
            | "states"
            | "charge"
            | "charges"
            | "charged"
            | "believe"
            | "believes"
            | "believed"
            | "think"
            | "thinks"
            | "thought"
            | "feel"
            | "feels"
            | "felt"
            | "sing"
            | "sings"
            | "sang"
            | "post"
            | "posts"
            | "posted"
            | "question"
            | "questions"
            | "counter"
            | "counters"
            | "label"
            | "labels"
            | "brand"
            | "brands"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_form_is_a_cue_and_ordinary_words_are_not() {
        for w in [
            "said",
            "says",
            "told",
            "added",
            "asked",
            "wrote",
            "tweeted",
            "argued",
            "noted",
            "insisted",
            "explained",
            "warned",
            "Said",
        ] {
            assert!(is_cue_verb(w), "{w}");
        }
        for w in ["the", "house", "president", "went", "#", ""] {
            assert!(!is_cue_verb(w), "{w}");
        }
    }
}
