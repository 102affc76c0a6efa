//! Rulers and saints as history writes them: a regnal number (`Mehmed II`, `Leopold V`,
//! `Rainier III`), an epithet (`Louis the Pious`, `Ivan the Terrible`) or a realm after `of`
//! (`Eleanor of Aquitaine`). The tagger, trained on news wire, reads the number or the epithet
//! as an organization of its own, or the name with its realm as one, and misses names it never
//! saw; the form of the name says it is a person.

use super::spans::{add_spans, capitalized_word, title_case};
use crate::entities::tagger::gazetteer::Gazetteer;
use crate::entities::tagger::model::ModelType;
use crate::entities::tagger::TaggedSpan;
use crate::entities::words;
use crate::text::Doc;

/// Gazetteer classes of a word that make it no ruler's given name.
const NOT_A_RULER: &[&str] = &[
    "org",
    "country",
    "city",
    "region",
    "person_title",
    "org_word",
];

/// Ranks of the nobility that are also given names (`Duke of Orleans`, `Earl of Clare`): a
/// title of a realm, no person's name.
const NOBLE_TITLES: &[&str] = &[
    "Duke", "Earl", "Count", "Baron", "Lord", "Prince", "Marquis",
];

/// `II`, `VIII`, `XIV`: a Roman numeral a ruler may bear (I to XXXIX).
fn regnal_number(word: &str) -> bool {
    const ALL: &[&str] = &["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];
    let units = word.trim_start_matches('X');
    word.len() - units.len() <= 3 && (units.is_empty() && !word.is_empty() || ALL.contains(&units))
}

/// `Mehmed II`, `Louis the Pious`, `Eleanor of Aquitaine` → one PERSON.
///
/// - A title-case word and a regnal number make one person where the number shows a name: the
///   word is a known given name or the tagger's person, a title stands before it (`King`,
///   `Prince`), the tagger read the number as a name of its own, or `of` and a capital follow
///   (`Sviatoslav I of Kiev`). `I` counts only before `of`, a comma or a stop (`Peter I went`
///   is no ruler), and never after a word the gazetteer places elsewhere (`Vatican II`) or
///   inside another kind's name (`World War II`).
/// - A title-case word, `the` and an epithet (`words/epithets.txt`) ending the name make one
///   person.
/// - A name of a given name, `of` and one or two capitalized words, read as an organization or
///   a place, is a person (`Isabella of Castile`; not `Bank of England`, `King of Spain`,
///   `Duke of Orleans`, nor a MISC title, `"Lawrence of Arabia"`).
#[inline(never)]
pub(super) fn rulers_by_numeral_and_epithet(
    doc: &Doc,
    spans: &mut Vec<TaggedSpan>,
    gazetteer: &Gazetteer,
) {
    let n = doc.tokens.len();
    let text = |i: usize| if i < n { doc.token_text(i) } else { "" };
    let covering =
        |spans: &[TaggedSpan], i: usize| spans.iter().position(|s| s.first <= i && i < s.last);
    let mut found = Vec::new();
    let bytes = doc.text.as_bytes();
    for i in 1..n {
        // One byte rules out nearly every token: the rule runs at each.
        if !matches!(bytes[doc.tokens[i].start], b'I' | b'V' | b'X' | b't')
            || bytes[doc.tokens[i - 1].start].is_ascii_lowercase()
        {
            continue;
        }
        let word = text(i);
        let numeral = regnal_number(word);
        let epithet = word == "the"
            && i + 1 < n
            && bytes[doc.tokens[i + 1].start].is_ascii_uppercase()
            && words::epithets().contains(&text(i + 1))
            && !(i + 2 < n && capitalized_word(doc, i + 2));
        if !numeral && !epithet {
            continue;
        }
        // `I` is a pronoun unless `of`, a comma or a stop follows (checked before the
        // gazetteer: quotes are full of `I`).
        let of = numeral && text(i + 1) == "of" && i + 2 < n && capitalized_word(doc, i + 2);
        if word == "I" && !(of || matches!(text(i + 1), "," | "." | "")) {
            continue;
        }
        let name = text(i - 1);
        if !title_case(name) || name.len() < 3 || gazetteer.is_any(name, NOT_A_RULER) {
            continue;
        }
        let last = if epithet { i + 2 } else { i + 1 };
        let before = covering(spans, i - 1).map(|k| spans[k]);
        // A nationality-like reading of one word gives way (`Louis` MISC); a longer one is
        // another kind's name (`World War II`).
        let other_kind =
            |s: TaggedSpan| s.kind == ModelType::Misc && (s.last > i || s.last - s.first > 1);
        // A name with `of` before the number is a title's or a work's (`History of Peter`).
        let with_of = |s: TaggedSpan| (s.first..s.last).any(|k| text(k) == "of");
        if before.is_some_and(|s| other_kind(s) || with_of(s) || s.last > last) {
            continue;
        }
        let first = before.map_or(i - 1, |s| s.first);
        if numeral {
            let shown = gazetteer.is(name, "first_name")
                || before.is_some_and(|s| s.kind == ModelType::Per)
                || first > 0 && gazetteer.is(text(first - 1), "person_title")
                || covering(spans, i).is_some_and(|k| spans[k].first == i)
                || of;
            if !shown {
                continue;
            }
        }
        found.push(TaggedSpan {
            first,
            last,
            kind: ModelType::Per,
        });
    }
    for s in spans
        .iter_mut()
        .filter(|s| matches!(s.kind, ModelType::Org | ModelType::Loc))
    {
        if s.last - s.first >= 3
            && s.last - s.first <= 4
            && text(s.first + 1) == "of"
            && gazetteer.is(text(s.first), "first_name")
            && !gazetteer.is_any(text(s.first), NOT_A_RULER)
            && !NOBLE_TITLES.contains(&text(s.first))
            && (s.first + 2..s.last).all(|i| capitalized_word(doc, i))
        {
            s.kind = ModelType::Per;
        }
    }
    if !found.is_empty() {
        spans.retain(|s| !found.iter().any(|f| s.first < f.last && f.first < s.last));
        add_spans(spans, found);
    }
}

#[cfg(test)]
mod tests {
    use crate::entities::tests::{has, names};

    #[test]
    fn a_ruler_with_a_regnal_number_is_one_person() {
        for (t, ruler) in [
            ("Mehmed II captured the city in 1453.", "Mehmed II"),
            ("The king was held by Leopold V at Dürnstein.", "Leopold V"),
            ("Sviatoslav I of Kiev raided the Volga.", "Sviatoslav I"),
            ("Prince Rainier III married in 1956.", "Rainier III"),
        ] {
            assert!(has(t, ruler, "PERSON"), "{t}: {:?}", names(t));
        }
        // A council or a war with a number is no person.
        for t in [
            "The reforms of Vatican II were debated.",
            "He served in the navy in World War II and wrote about it.",
            "Patients with Type II diabetes were enrolled.",
        ] {
            assert!(
                !names(t).iter().any(|(_, l)| *l == "PERSON"),
                "{t}: {:?}",
                names(t)
            );
        }
    }

    #[test]
    fn a_ruler_with_an_epithet_or_a_realm_is_one_person() {
        for (t, ruler) in [
            (
                "The empire passed to Louis the Pious in 814.",
                "Louis the Pious",
            ),
            ("Frederick the Great invaded Saxony.", "Frederick the Great"),
            ("Ivan the Terrible took the city.", "Ivan the Terrible"),
            (
                "She was the mother of Philip of Rouvres and his sister.",
                "Philip of Rouvres",
            ),
            (
                "Isabella of Castile funded the voyage.",
                "Isabella of Castile",
            ),
        ] {
            assert!(has(t, ruler, "PERSON"), "{t}: {:?}", names(t));
        }
        // The realm named again alone is the realm, not the ruler's surname.
        let t = "Isabella of Castile funded the voyage. Castile later united with Aragon.";
        assert!(!has(t, "Castile", "PERSON"), "{:?}", names(t));
        // A bank or a title of a realm stays what it was.
        assert!(!has("He met the King of Spain.", "King of Spain", "PERSON"));
        assert!(!has(
            "Troops under Duke of Alba fled.",
            "Duke of Alba",
            "PERSON"
        ));
        assert!(!has(
            "Louis crossed the Black Sea.",
            "Louis the Black",
            "PERSON"
        ));
    }
}
