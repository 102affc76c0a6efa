//! A name after words that give its kind away (`the village of Thornton`, `studied at Yale`),
//! and parliaments and armed forces named in their own language.

use super::class::{class_of_plural, is_class_noun};
use super::kind_and_entry;
use crate::entities::rules::spans::{add_spans, capitalized_word, tagged_tokens};
use crate::entities::tagger::gazetteer::Gazetteer;
use crate::entities::tagger::model::ModelType;
use crate::entities::tagger::TaggedSpan;
use crate::entities::words::{self, WordList};
use crate::text::{Doc, TokenKind};
use std::sync::OnceLock;

/// Whether `word` is in `words/assemblies_and_forces.txt`: a capitalized word only (the question
/// comes at every span and capitalized word, the list's names are all capitalized).
fn assembly_or_force(word: &str) -> bool {
    word.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
        && words::assemblies_and_forces().contains(&word)
}

/// The kind a list's class gives to the names it introduces, if `before` ends so: `towns like`,
/// `companies such as`, `bands including`, `such bands as` (a plural class noun of
/// `words/class_nouns.txt`, in lower case). The names the cue marks and those joined to them
/// by `and` or commas take the class's kind (`names_after_cues`).
#[inline(never)]
fn listing_kind(before: &[u8]) -> Option<ModelType> {
    let (rest, such) = if let Some(r) = before.strip_suffix(b" such as") {
        (r, false)
    } else if let Some(r) = before.strip_suffix(b" as") {
        (r, true)
    } else if let Some(r) = before
        .strip_suffix(b" including")
        .or_else(|| before.strip_suffix(b" like"))
    {
        (r, false)
    } else {
        return None;
    };
    let space = rest.iter().rposition(|&b| b == b' ');
    let noun = &rest[space.map_or(0, |k| k + 1)..];
    let rest = &rest[..space.unwrap_or(0)];
    if such && !(rest.ends_with(b" such") || rest == b"such") {
        return None;
    }
    class_of_plural(std::str::from_utf8(noun).ok()?)
}

/// `a public university in Tromsø`, `the airport in Surcin`, `a village in Franconia`: the
/// name after a class noun of `words/class_nouns.txt` and `in` (a `the` between skipped) is
/// where that thing is, a place, where the tagger read the university's own name again. Not a
/// club's (`managed the club in Johnson's absence`). Read for the tagger's names only.
fn place_after_class_noun(doc: &Doc, first: usize) -> Option<ModelType> {
    let mut k = first;
    if k > 0 && doc.token_text(k - 1) == "the" {
        k -= 1;
    }
    (k >= 2
        && doc.token_text(k - 1) == "in"
        && doc.token_text(k - 2) != "club"
        && is_class_noun(doc.token_text(k - 2)))
    .then_some(ModelType::Loc)
}

/// The kind the cue before byte `at` gives (`words/name_cues.txt`), if the text before it ends in
/// one as whole words, in lower case as listed (a capital makes it part of a name: `"City of
/// Festivals"`), a `the` after the cue skipped.
#[inline(never)]
fn cue_kind(doc: &Doc, at: usize) -> Option<ModelType> {
    let mut before = doc.text[..at].trim_end().as_bytes();
    if before.len() >= 4 && before[before.len() - 4..].eq_ignore_ascii_case(b" the") {
        before = before[..before.len() - 4].trim_ascii_end();
    }
    // The cues by their last byte, in the list's order: a lookup tries only those that can end
    // here (it runs at every capitalized word and every span).
    static CUES: OnceLock<Vec<Vec<(ModelType, &'static str)>>> = OnceLock::new();
    let by_last = CUES.get_or_init(|| {
        let mut by_last = vec![Vec::new(); 256];
        for line in words::name_cues() {
            let (kind, cue) = kind_and_entry(line);
            if let Some(&b) = cue.as_bytes().last() {
                by_last[b as usize].push((kind, cue));
            }
        }
        by_last
    });
    let last = *before.last()?;
    if matches!(last, b's' | b'g' | b'e') {
        if let Some(kind) = listing_kind(before) {
            return Some(kind);
        }
    }
    by_last[last as usize]
        .iter()
        .find(|&&(_, c)| {
            let c = c.as_bytes();
            // The byte before the last first: a call to compare the rest costs more in wasm.
            before.len() >= c.len()
                && (c.len() < 2 || before[before.len() - 2] == c[c.len() - 2])
                && &before[before.len() - c.len()..] == c
                && (before.len() == c.len()
                    || !before[before.len() - c.len() - 1].is_ascii_alphanumeric())
        })
        .map(|&(kind, _)| kind)
}

/// `played for Croatia`, `captained England` → PLACE: a country after an organization's cue
/// stands for its national team or its state, a place as CoNLL marks it (round 25). The home
/// nations field teams of their own; the gazetteer lists them as regions (or not at all), with
/// the counties and states whose clubs are organizations (`played for Queensland`).
fn country_for_its_team(kind: ModelType, name: &str, gazetteer: &Gazetteer) -> ModelType {
    const HOME_NATIONS: [&str; 4] = ["England", "Scotland", "Wales", "Northern Ireland"];
    if kind == ModelType::Org && (gazetteer.is(name, "country") || HOME_NATIONS.contains(&name)) {
        ModelType::Loc
    } else {
        kind
    }
}

/// `studied at Yale`, `bought by Heineken`, `rode for Movistar` → ORG; `the village of
/// Thornton`, `bishop of Durham`, `flows into the Danube` → PLACE (`words/name_cues.txt`): the words before a name give its kind where
/// the tagger read a surname or a club. A possessive after the name keeps it (`bought by
/// Heineken's rival`), and so do a nationality before its noun (`joined the Russian army`) and
/// a person the tagger read in full, given name first, after an organization's cue (`joined
/// Mickey Rivers`).
///
/// A name joined to a cued one by `and` or `or` is of its kind too (`the hamlets of Little
/// Haddon and Ashby Green`, `studied at Yale and Cornell`), and so is each name of a list
/// joined by commas (`It borders Arlow, Tensk and Vory`), and capitalized words the tagger
/// left after a cue are a name of its kind (`flows into the Humber`).
///
/// `the Bundestag`, `the Knesset`, `the Luftwaffe` → ORG: parliaments and armed forces named in
/// their own language (`words/assemblies_and_forces.txt`), which the tagger, trained on English
/// news wire, misses or reads as places. A word alone or tagged alone is the body; inside a
/// longer name it is left to that name. Read here, in the same passes, because each rule costs
/// code in the wasm.
pub(crate) fn names_after_cues(doc: &Doc, spans: &mut Vec<TaggedSpan>, gazetteer: &Gazetteer) {
    // Names the tagger missed after a cue: up to four capitalized words, not a month (`born in
    // May`) nor a function word.
    let tagged = tagged_tokens(doc, spans);
    let mut added = Vec::new();
    let mut i = 0;
    while i < doc.tokens.len() {
        let mut j = i;
        while j < doc.tokens.len() && j - i < 4 && !tagged[j] && capitalized_word(doc, j) {
            j += 1;
        }
        let word = doc.token_text(i);
        let common = |list: &WordList| list.contains_ignoring_ascii_case(word);
        let kind = if !tagged[i]
            && word.starts_with(|c: char| c.is_uppercase())
            && assembly_or_force(word)
        {
            j = i + 1;
            Some(ModelType::Org)
        } else if j > i {
            // The cue first: rarer than a function word, and cheaper to rule out.
            // A title after a kinship noun opens the name the tagger found after it (`his son
            // Prince Charles`).
            cue_kind(doc, doc.tokens[i].start).filter(|&k| {
                !common(words::function_words())
                    && !common(words::months())
                    && !(k == ModelType::Per && gazetteer.is(word, "person_title"))
            })
        } else {
            None
        };
        match kind {
            Some(kind) => {
                let text = &doc.text[doc.tokens[i].start..doc.tokens[j - 1].end];
                added.push(TaggedSpan {
                    first: i,
                    last: j,
                    kind: country_for_its_team(kind, text, gazetteer),
                });
                i = j;
            }
            None => i += 1,
        }
    }
    add_spans(spans, added);
    let mut cued_kind: Option<(usize, ModelType)> = None;
    for s in spans.iter_mut() {
        let possessive = s.last < doc.tokens.len() && matches!(doc.token_text(s.last), "’s" | "'s");
        // The cue names what follows, not a name inside it: a nationality before its noun
        // (`joined the Russian army`, `south of the Swedish coast`), or, for an organization's
        // cue, a person named in full (`joined Mickey Rivers in the outfield`).
        let modifier = s.kind == ModelType::Misc
            && s.last < doc.tokens.len()
            && doc.tokens[s.last].kind == TokenKind::Word
            && doc.token_text(s.last).chars().all(|c| c.is_lowercase())
            && !words::function_words().contains(&doc.token_text(s.last));
        let full_name = s.kind == ModelType::Per
            && s.last - s.first == 2
            && gazetteer.is(doc.token_text(s.first), "first_name")
            && !gazetteer.is(s.text(doc), "org");
        // A party's name in its own language may run over two words (`Fine Gael`).
        let body = s.last <= s.first + 3 && assembly_or_force(s.text(doc));
        // `the towns of Brienz, Meiringen and Interlaken`: after a comma, only a name that
        // goes on into the list (`Born in Lyon, Fontaine studied` keeps its person).
        let listed = s.last + 1 < doc.tokens.len()
            && matches!(doc.token_text(s.last), "," | "and" | "or")
            && capitalized_word(doc, s.last + 1);
        let kind = cue_kind(doc, doc.tokens[s.first].start)
            .or_else(|| {
                cued_kind
                    .filter(|&(end, _)| {
                        s.first == end + 1
                            && (matches!(doc.token_text(end), "and" | "or")
                                || doc.token_text(end) == "," && listed)
                    })
                    .map(|(_, kind)| kind)
            })
            .or_else(|| place_after_class_noun(doc, s.first));
        cued_kind = None;
        if let Some(kind) =
            kind.filter(|&k| !possessive && !modifier && !(full_name && k == ModelType::Org))
        {
            s.kind = country_for_its_team(kind, s.text(doc), gazetteer);
            cued_kind = Some((s.last, kind));
        } else if body {
            s.kind = ModelType::Org;
        }
    }
}
