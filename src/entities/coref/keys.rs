//! The comparison forms of a name that shorter mentions find it by: its key, initials and short
//! forms.

use crate::entities::tagger::gazetteer::Gazetteer;
use crate::entities::words;

/// Comparison form: no dots, typographic apostrophes plain, lower case.
pub(super) fn key(text: &str) -> String {
    if text.is_ascii() {
        // The same, byte by byte: an ASCII letter lowers to one ASCII letter.
        let mut k = String::with_capacity(text.len());
        k.extend(
            text.bytes()
                .filter(|&b| b != b'.')
                .map(|b| b.to_ascii_lowercase() as char),
        );
        return k;
    }
    text.chars()
        .filter(|c| *c != '.')
        .map(|c| if c == '\u{2019}' { '\'' } else { c })
        .flat_map(crate::text::case::lower)
        .collect()
}

pub(super) fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect()
}

/// Initials of the capitalized words: `People’s Republic of China` → `prc`.
pub(super) fn initials(text: &str) -> Option<String> {
    let ws = words(text);
    if ws.len() < 2 {
        return None;
    }
    let s: String = ws
        .iter()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .flat_map(crate::text::case::lower)
        .collect();
    (s.chars().count() >= 2).then_some(s)
}

pub(super) fn looks_like_acronym(text: &str) -> bool {
    let mut n = 0;
    for c in text.chars().filter(|c| *c != '.') {
        n += 1;
        if n > 6 || !c.is_uppercase() {
            return false;
        }
    }
    n >= 2
}

/// The number of [`words`], counted without collecting them.
pub(super) fn word_count(text: &str) -> usize {
    text.split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .count()
}

/// The short forms of a company name that ends in corporate words: the name without them
/// (`Magna International Inc` → `magna`), and the last word of a two-word remainder
/// (`LM Ericsson AB` → `lm ericsson`, `ericsson`). None for other names.
pub(super) fn company_short_forms(text: &str) -> Vec<String> {
    let ws = words(text);
    let mut n = ws.len();
    while n > 1 && words::corporate_endings().contains(&key(ws[n - 1]).trim_end_matches(',')) {
        n -= 1;
    }
    let corporate_only = n == 1 && words::corporate_endings().contains(&key(ws[0]).as_str());
    if n == ws.len()
        || corporate_only
        || ws[..n]
            .iter()
            .any(|w| !w.chars().next().is_some_and(char::is_uppercase))
    {
        return Vec::new();
    }
    let mut forms = vec![key(&ws[..n].join(" "))];
    if n == 2 {
        forms.push(key(ws[1]));
    }
    forms
}

/// The short form of an institution named `Head of Name`, where the head is an organization
/// word and the name no known place: `Church of Scientology` → `scientology`, `Federation of
/// Korean Industries` → `korean industries`; `University of Texas`, `Bank of England` have none
/// (`Texas` alone is the state), and nor has a university or college, whose name after `of` is
/// its town, known or not (`University of Tromsø … a university in Tromsø`).
pub(super) fn institution_short_form(text: &str, gazetteer: &Gazetteer) -> Option<String> {
    let ws = words(text);
    let of = ws.iter().position(|w| *w == "of")?;
    let mut rest = &ws[of + 1..];
    if rest.first().is_some_and(|w| w.eq_ignore_ascii_case("the")) {
        rest = &rest[1..];
    }
    let capitalized = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    let name = rest.join(" ");
    (of >= 1
        && gazetteer.is(ws[of - 1], "org_word")
        && !matches!(ws[of - 1], "University" | "College")
        && !rest.is_empty()
        && rest.len() <= 3
        && rest.iter().all(capitalized)
        && !gazetteer.is_place(&name)
        && !gazetteer.is(&name, "demonym"))
    .then(|| key(&name))
}

/// `Amazon.com` → `amazon`: a site's name without its domain, the way the article names the firm
/// again.
pub(super) fn web_short_form(text: &str) -> Option<String> {
    let (name, domain) = text.split_once('.')?;
    let web = domain.split('.').all(|d| words::web_domains().contains(&d));
    (web && !name.is_empty() && !name.contains(char::is_whitespace)).then(|| key(name))
}
