//! What a name does says what it is. Only a person is born, marries, dies, retires or is
//! elected; a band or a society is formed and disbands. Encyclopedias write such sentences of
//! names the tagger never saw (`Okafor was elected to the Senate`, `Kraftwerk was formed in
//! Düsseldorf`) and read as organizations or places, or, opening the sentence, as no name.

use super::spans::{add_spans, capitalized_word};
use crate::entities::tagger::gazetteer::{Gazetteer, PLACE_CLASSES};
use crate::entities::tagger::model::ModelType;
use crate::entities::tagger::TaggedSpan;
use crate::entities::words;
use crate::text::Doc;
use std::sync::OnceLock;

/// Words before a name that make it the object of a noun or a preposition, not the subject of
/// the verb after it.
const OBJECT_OF: &[&str] = &["of", "for", "to", "with", "by", "from", "at", "in", "on"];

/// The kind the words after byte `end` give (`words/name_followers.txt`), if the text there
/// goes on with one of them as whole words, and whether the phrase speaks only of a name the
/// tagger found (`tagged`: `Tech shares fell`, `Witnesses testified` open with no name).
fn follower_kind(doc: &Doc, end: usize) -> Option<(ModelType, bool)> {
    // The phrases by the byte they open with: most names are followed by something else, and
    // one byte rules that out; the rest try only the few phrases that open so.
    type Phrase = (ModelType, bool, bool, &'static str);
    static FOLLOWERS: OnceLock<Vec<Vec<Phrase>>> = OnceLock::new();
    // A phrase opens with a space or a comma (`Ticketmaster, owned by Live Nation,`).
    let rest = &doc.text[end..];
    // `Raythorn’s chief executive`: a phrase written with `'s` follows a possessive of
    // either apostrophe.
    let (rest, possessive) = match rest.strip_prefix("’s").or_else(|| rest.strip_prefix("'s")) {
        Some(r) => (r, true),
        None => (
            rest.strip_prefix(' ')
                .or_else(|| rest.starts_with(',').then_some(rest))?,
            false,
        ),
    };
    let by_first = FOLLOWERS.get_or_init(|| {
        let mut by_first = vec![Vec::new(); 256];
        for l in words::name_followers() {
            let (tagged, l) = l.strip_prefix("tagged ").map_or((false, *l), |r| (true, r));
            let Some((kind, w)) = l.split_once(' ') else {
                continue;
            };
            let kind = match kind {
                "PERSON" => ModelType::Per,
                "PLACE" => ModelType::Loc,
                _ => ModelType::Org,
            };
            let (possessive, w) = w.strip_prefix("'s").map_or((false, w), |r| (true, r));
            by_first[w.as_bytes()[0] as usize].push((kind, tagged, possessive, w));
        }
        by_first
    });
    by_first[*rest.as_bytes().first()? as usize]
        .iter()
        .find(|&&(_, _, p, w)| {
            p == possessive
                && rest.starts_with(w)
                && !rest[w.len()..].starts_with(|c: char| c.is_alphanumeric())
        })
        .map(|&(kind, tagged, _, _)| (kind, tagged))
}

/// The byte where the words after tokens `..last` start to speak of the name: past a bracket
/// that follows it (`Tagore (1861–1941) was born …`).
fn name_end(doc: &Doc, last: usize) -> usize {
    let n = doc.tokens.len();
    if last < n && doc.token_text(last) == "(" {
        if let Some(close) = (last + 1..n.min(last + 16)).find(|&k| doc.token_text(k) == ")") {
            return doc.tokens[close].end;
        }
    }
    // A one-word name keeps its possessive (`Lord's`), which a phrase reads (`'s shares`).
    if last >= 2 && matches!(doc.token_text(last - 1), "’s" | "'s") {
        return doc.tokens[last - 2].end;
    }
    doc.tokens[last - 1].end
}

/// `Okafor was elected`, `Rabindranath Tagore was born` → PERSON; `Kraftwerk was formed`,
/// `Hüsker Dü disbanded`, `Anthropic, founded by …` → ORG: a name before the words that only a person or a group does
/// (`words/name_followers.txt`) takes their kind, and a name of one to three capitalized words
/// the tagger missed opening a sentence so is added. A known place or organization keeps its
/// kind (`Paris was born` stays a place, the rare person so named notwithstanding), and so does
/// a name ending in an organization's or a place's word (`Democratic Party was elected`), a
/// nationality, a name after `of` or a preposition, which is not the verb's subject (`Mary
/// Okoro of DAB was elected`), and an acronym, for a person; an unknown name the tagger called
/// MISC takes the kind.
#[inline(never)]
pub(super) fn names_before_their_verbs(
    doc: &Doc,
    spans: &mut Vec<TaggedSpan>,
    gazetteer: &Gazetteer,
) {
    let fits = |first: usize, last: usize, kind: ModelType| {
        let name = &doc.text[doc.tokens[first].start..doc.tokens[last - 1].end];
        let head = doc.token_text(last - 1);
        // The subject is a noun before the name (`Maria Lindqvist of PDP was elected`), and an
        // acronym is no one's name.
        let object = first > 0 && OBJECT_OF.contains(&doc.token_text(first - 1));
        let acronym = name.len() > 1 && name.chars().all(|c| c.is_ascii_uppercase());
        // A place's noun after it names it whatever comes before (`in the Mitte district`), and
        // a known place may be one (`Kosovo province`); not an organization (`Labour Party
        // district`), nor an attitude (`pro-Beijing district councillors`).
        if kind == ModelType::Loc {
            return !name.contains('-')
                && !gazetteer.is(head, "org_word")
                && !gazetteer.is(name, "org");
        }
        !object
            && !(acronym && kind == ModelType::Per)
            && !gazetteer.is_any(name, PLACE_CLASSES)
            && !gazetteer.is_any(head, &["org_word", "place_word"])
            && (kind == ModelType::Org || !gazetteer.is(name, "org"))
    };
    let mut added = Vec::new();
    for sentence in &doc.sentences {
        let (start, end) = (sentence.tokens.start, sentence.tokens.end);
        let first = if start < end && doc.token_text(start) == "The" {
            start + 1
        } else {
            start
        };
        let mut last = first;
        while last < end.min(first + 3) && capitalized_word(doc, last) {
            last += 1;
        }
        if last == first {
            continue;
        }
        // The words after first (one byte rules out most), then the spans: a name the tagger
        // found there is read below.
        if let Some((kind, false)) = follower_kind(doc, name_end(doc, last)) {
            let function_word =
                words::function_words().contains_ignoring_ascii_case(doc.token_text(first));
            let tagged = spans.iter().any(|s| s.first < last && first < s.last);
            if !function_word && !tagged && fits(first, last, kind) {
                added.push(TaggedSpan { first, last, kind });
            }
        }
    }
    // The names a phrase typed, with their kind: the same name elsewhere in the article is the
    // same company or person (`Raythorn makes radar …` above `Raythorn's shares fell`), where
    // the tagger's reading of the other mention would tie the cluster's vote.
    let mut typed: Vec<(&str, ModelType)> = Vec::new();
    for s in spans.iter_mut() {
        if let Some((kind, tagged)) = follower_kind(doc, name_end(doc, s.last)) {
            let nationality = s.kind == ModelType::Misc && gazetteer.is(s.text(doc), "demonym");
            // A cup has team-mates too (`his Davis Cup team-mate`): a name of two words or
            // more the tagger read as an event keeps it before a team's or a company's words.
            let event = s.kind == ModelType::Misc
                && tagged
                && kind == ModelType::Org
                && s.last > s.first + 1;
            if !nationality && !event && fits(s.first, s.last, kind) {
                s.kind = kind;
                typed.push((s.text(doc), kind));
            }
        }
    }
    typed.extend(added.iter().map(|s| (s.text(doc), s.kind)));
    if !typed.is_empty() {
        for s in spans.iter_mut() {
            if let Some(&(_, kind)) = typed.iter().find(|&&(t, _)| t == s.text(doc)) {
                s.kind = kind;
            }
        }
    }
    add_spans(spans, added);
}

#[cfg(test)]
mod tests {
    use crate::entities::tests::{has, names};

    #[test]
    fn a_name_that_is_born_or_elected_is_a_person() {
        for (t, person) in [
            (
                "In 2011 Adebayo was elected to the Senate for Kano.",
                "Adebayo",
            ),
            (
                "Rabindranath Tagore was born in Calcutta in 1861.",
                "Rabindranath Tagore",
            ),
            (
                "Two years later Ekwueme married the daughter of a judge.",
                "Ekwueme",
            ),
        ] {
            assert!(has(t, person, "PERSON"), "{t}: {:?}", names(t));
        }
        // A party is elected too, and so is the member of a party named after it.
        let t = "The Liberal Democratic Party was elected in 2009.";
        assert!(
            !names(t).iter().any(|(_, l)| *l == "PERSON"),
            "{:?}",
            names(t)
        );
        let t = "Mary Okoro of the NDP was elected in 2009.";
        assert!(!has(t, "NDP", "PERSON"), "{:?}", names(t));
    }

    #[test]
    fn a_name_that_is_formed_or_disbands_is_a_group() {
        for (t, group) in [
            ("Kraftwerk was formed in Düsseldorf in 1970.", "Kraftwerk"),
            ("Massive Attack were formed in Bristol.", "Massive Attack"),
            ("After the tour, Hüsker Dü disbanded for good.", "Hüsker Dü"),
        ] {
            assert!(has(t, group, "ORG"), "{t}: {:?}", names(t));
        }
    }
    #[test]
    fn a_name_whose_shares_fall_is_a_company_and_one_who_testifies_a_person() {
        for (t, name, label) in [
            (
                "Brindlecast shares jumped in early trading.",
                "Brindlecast",
                "ORG",
            ),
            (
                "The retailer Zumora filed for bankruptcy on Monday.",
                "Zumora",
                "ORG",
            ),
            (
                "Ortiz tested positive for the virus on Friday.",
                "Ortiz",
                "PERSON",
            ),
        ] {
            assert!(has(t, name, label), "{t}: {:?}", names(t));
        }
        // A common word opens such sentences too: the phrase names no one the tagger missed.
        for t in [
            "Tech shares fell on Monday.",
            "Hundreds tested positive.",
            "Witnesses testified for hours.",
        ] {
            assert!(names(t).is_empty(), "{t}: {:?}", names(t));
        }
    }

    #[test]
    fn a_name_owned_or_founded_by_someone_is_a_company() {
        for (t, name) in [
            (
                "Lumivia, founded by two former engineers, raised $40 million.",
                "Lumivia",
            ),
            (
                "Veltrio, owned by a Swiss family, closed two plants.",
                "Veltrio",
            ),
            ("Ostrik, owned by two brothers, sold its stake.", "Ostrik"),
        ] {
            assert!(has(t, name, "ORG"), "{t}: {:?}", names(t));
        }
    }

    #[test]
    fn a_name_with_a_chief_executive_or_shares_is_a_company_throughout() {
        let t = "Corvell makes radar for the navy. Corvell's chief executive, Dana Price, said \
                 the firm would hire 900 engineers.";
        let companies = names(t)
            .into_iter()
            .filter(|(n, l)| n == "Corvell" && *l == "ORG")
            .count();
        assert_eq!(companies, 2, "{:?}", names(t));
        let t = "Investors cheered as Quillon's shares rose by a third.";
        assert!(has(t, "Quillon", "ORG"), "{:?}", names(t));
    }

    #[test]
    fn a_team_with_team_mates_or_an_engine_is_a_team() {
        for (t, team) in [
            (
                "Kovacs finished ahead of his Ferrari team-mate in Monza.",
                "Ferrari",
            ),
            ("The Mercedes engine failed after ten laps.", "Mercedes"),
        ] {
            assert!(has(t, team, "ORG"), "{t}: {:?}", names(t));
        }
        // A cup's players are team-mates too, and the cup stays an event.
        let t = "Both Davis Cup team-mates won their singles.";
        assert!(has(t, "Davis Cup", "MISC"), "{:?}", names(t));
    }

    #[test]
    fn a_name_before_a_places_noun_is_a_place() {
        let t = "Many artists moved to the Schillerkiez quarter of Neukölln in the 2000s.";
        assert!(has(t, "Schillerkiez", "PLACE"), "{:?}", names(t));
        // An attitude is no place.
        let t = "Two pro-Beijing district councillors lost their seats.";
        assert!(
            !names(t).iter().any(|(_, l)| *l == "PLACE"),
            "{:?}",
            names(t)
        );
    }
}
