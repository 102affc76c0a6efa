//! The index of keys that clusters founded so far leave for shorter mentions to find them by.

use super::keys::{
    company_short_forms, initials, institution_short_form, key, looks_like_acronym, web_short_form,
    words,
};
use super::Draft;
use crate::entities::label::EntityLabel;
use crate::entities::tagger::gazetteer::Gazetteer;
use crate::maps::WordKeyed;

/// A key that two clusters claim: it links to neither.
const AMBIGUOUS: u32 = u32::MAX;

/// A kind of key to the cluster that claimed it (the crate's map type for strings,
/// `crate::maps`; cluster indices are below 2^32, texts being at most 16 MiB).
type Keys = WordKeyed<u32>;

/// What the clusters founded so far leave for later, shorter mentions to find them by: per kind
/// of key, the cluster that claimed it (`AMBIGUOUS` where two did).
#[derive(Default)]
pub(super) struct Index {
    pub(super) exact: Keys,
    /// Multi-word person names: their endings (`Kyi`, `Suu Kyi`) and given names.
    surnames: Keys,
    given: Keys,
    acronyms: Keys,
    companies: Keys,
}

impl Index {
    /// The cluster that mention `d` (`text`, comparison form `k`) belongs to, if one is founded.
    pub(super) fn link(
        &self,
        d: &Draft,
        text: &str,
        k: &str,
        exact_key: &str,
        gazetteer: &Gazetteer,
    ) -> Option<usize> {
        self.exact.get(exact_key).map(|&c| c as usize).or_else(|| {
            if d.label == EntityLabel::Norp
                || d.label == EntityLabel::Misc && !looks_like_acronym(text)
            {
                return None;
            }
            // `Warhol` after `Andy Warhol`, `Suu Kyi` after `Aung San Suu Kyi`, whatever the
            // tagger thought: the full name in the same article settles it. Not a place a rule
            // read as one (`Lincoln is a city in Nebraska … named after Abraham Lincoln`): towns
            // are named after people, and the article names both.
            let ruled_place = d.by_rule && d.label == EntityLabel::Place;
            if let Some(c) = found(&self.surnames, k).filter(|_| !ruled_place) {
                return Some(c);
            }
            // `Pirelli` after `Pirelli SpA`: the company, even where the tagger read a surname.
            if let Some(c) = found(&self.companies, k) {
                return Some(c);
            }
            if d.nwords == 1 {
                let by_given = found(&self.given, k)
                    .filter(|_| d.label == EntityLabel::Person || gazetteer.is(text, "first_name"));
                if let Some(c) = by_given {
                    return Some(c);
                }
            }
            looks_like_acronym(text)
                .then(|| found(&self.acronyms, k))
                .flatten()
        })
    }

    /// Leaves the keys of cluster `c`, founded by mention `d` (`text`), for shorter mentions to
    /// find. Returns whether the name settles the cluster's label: a full personal name, or a
    /// company's full name.
    pub(super) fn add(&mut self, c: usize, d: &Draft, text: &str, gazetteer: &Gazetteer) -> bool {
        let short_forms = if d.label == EntityLabel::Org {
            let mut forms = company_short_forms(text);
            forms.extend(institution_short_form(text, gazetteer));
            forms.extend(web_short_form(text));
            forms
        } else {
            Vec::new()
        };
        let full_name = d.label == EntityLabel::Person && d.nwords >= 2 || !short_forms.is_empty();
        for f in short_forms {
            claim(&mut self.companies, f, c);
        }
        if d.label == EntityLabel::Person && d.nwords >= 2 {
            let mut ws = words(text);
            // A ruler's realm or epithet is no surname: `Castile` after `Isabella of Castile`
            // is the kingdom, `Great` after `Peter the Great` no one.
            if let Some(k) = ws.iter().position(|&w| w == "of" || w == "the") {
                ws.truncate(k);
            }
            for (n, w) in ws.iter().enumerate() {
                if n > 0 {
                    // Every proper ending of the name: `Kyi`, `Suu Kyi`.
                    claim(&mut self.surnames, key(&ws[n..].join(" ")), c);
                }
                if n + 1 < ws.len() && w.chars().count() > 2 {
                    claim(&mut self.given, key(w), c);
                }
            }
        }
        if matches!(d.label, EntityLabel::Org | EntityLabel::Place) {
            if let Some(a) = initials(text) {
                claim(&mut self.acronyms, a, c);
            }
        }
        full_name
    }
}

/// Key `k` now leads to cluster `c`, or to none where another cluster claimed it first.
fn claim(map: &mut Keys, k: String, c: usize) {
    let e = map.entry(k).or_insert(c as u32);
    if *e != c as u32 {
        *e = AMBIGUOUS;
    }
}

/// The cluster that key `k` leads to, unless it is ambiguous.
fn found(map: &Keys, k: &str) -> Option<usize> {
    map.get(k)
        .copied()
        .filter(|&c| c != AMBIGUOUS)
        .map(|c| c as usize)
}
