//! Groups the tagged names of one article into entities and gives each entity one label and the
//! fullest name found in the text.
//!
//! Linear in the number of mentions (hash maps, no pairwise comparison): longer names are seen
//! first and leave their words and initials in indexes that shorter mentions look up —
//! `Blinken` and `Antony` find `Antony Blinken`, `PRC` finds `People’s Republic of China`,
//! `U.S.` finds `United States`. A word shared by two different full names is ambiguous and links
//! to neither.
//!
//! The recognizer's result types (`Entities`, `Mention`, `Cluster`) are defined here, where they
//! are built.

use super::label::EntityLabel;
use super::tagger::gazetteer::Gazetteer;
use super::tagger::model::ModelType;
use super::tagger::{Evidence, TaggedSpan};
use super::words;
use crate::maps::WordKeyed;
use crate::text::Doc;

/// One mention in the text (byte offsets), belonging to `clusters[cluster]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub label: EntityLabel,
    pub cluster: usize,
}

/// All mentions of one entity; `name` is its fullest form in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cluster {
    pub label: EntityLabel,
    pub name: String,
}

/// What the recognizer finds in one document: its mentions and the entities they belong to.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Entities {
    /// In text order, non-overlapping.
    pub mentions: Vec<Mention>,
    pub clusters: Vec<Cluster>,
}

/// Model type → label; MISC names that are nationalities become NORP.
fn label_of(kind: ModelType, text: &str, gazetteer: &Gazetteer) -> EntityLabel {
    match kind {
        ModelType::Per => EntityLabel::Person,
        ModelType::Org => EntityLabel::Org,
        ModelType::Loc => EntityLabel::Place,
        ModelType::Misc => {
            if gazetteer.is(text, "demonym") || is_group_word(text) {
                EntityLabel::Norp
            } else {
                EntityLabel::Misc
            }
        }
    }
}

/// Political and religious groups that the training corpus files under MISC (`Republicans`).
fn is_group_word(text: &str) -> bool {
    words::group_words().contains(&text)
}

/// Comparison form: no dots, typographic apostrophes plain, lower case.
fn key(text: &str) -> String {
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
        .flat_map(char::to_lowercase)
        .collect()
}

fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect()
}

/// Initials of the capitalized words: `People’s Republic of China` → `prc`.
fn initials(text: &str) -> Option<String> {
    let ws = words(text);
    if ws.len() < 2 {
        return None;
    }
    let s: String = ws
        .iter()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .flat_map(char::to_lowercase)
        .collect();
    (s.chars().count() >= 2).then_some(s)
}

fn looks_like_acronym(text: &str) -> bool {
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
fn word_count(text: &str) -> usize {
    text.split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .count()
}

/// The short forms of a company name that ends in corporate words: the name without them
/// (`Magna International Inc` → `magna`), and the last word of a two-word remainder
/// (`LM Ericsson AB` → `lm ericsson`, `ericsson`). None for other names.
fn company_short_forms(text: &str) -> Vec<String> {
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
/// (`Texas` alone is the state).
fn institution_short_form(text: &str, gazetteer: &Gazetteer) -> Option<String> {
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
        && !rest.is_empty()
        && rest.len() <= 3
        && rest.iter().all(capitalized)
        && !gazetteer.is_place(&name)
        && !gazetteer.is(&name, "demonym"))
    .then(|| key(&name))
}

/// `Amazon.com` → `amazon`: a site's name without its domain, the way the article names the firm
/// again.
fn web_short_form(text: &str) -> Option<String> {
    let (name, domain) = text.split_once('.')?;
    let web = domain.split('.').all(|d| words::web_domains().contains(&d));
    (web && !name.is_empty() && !name.contains(char::is_whitespace)).then(|| key(name))
}

/// A key that two clusters claim: it links to neither.
const AMBIGUOUS: u32 = u32::MAX;

/// A mention as clustering reads it: byte offsets, its label before the cluster's vote, and its
/// number of words.
struct Draft {
    start: usize,
    end: usize,
    label: EntityLabel,
    nwords: usize,
    /// The tagger's score for reading the mention as each model type, where the type is the
    /// tagger's own (`None` where a rule gave it, or no evidence is given).
    scores: Option<[i32; 4]>,
}

pub fn cluster(
    doc: &Doc,
    spans: &[TaggedSpan],
    gazetteer: &Gazetteer,
    evidence: Option<&Evidence>,
) -> Entities {
    let drafts = drafts(doc, spans, gazetteer, evidence);
    // Longest first, then text order.
    let mut order: Vec<usize> = (0..drafts.len()).collect();
    // (Word counts and offsets are below 2^32: texts are at most 16 MiB.)
    crate::sort::by_key(&mut order, |&i| {
        ((u32::MAX - drafts[i].nwords as u32) as u64) << 32 | drafts[i].start as u64
    });

    let mut clusters: Vec<Cluster> = Vec::new();
    let mut index = Index::default();
    let mut founded_by_full_name: Vec<bool> = Vec::new();
    let mut assigned = vec![0usize; drafts.len()];
    for &i in &order {
        let d = &drafts[i];
        let text = &doc.text[d.start..d.end];
        let k = key(text);
        let own_key = place_key(&k, text, d.label, gazetteer);
        let exact_key = own_key.as_deref().unwrap_or(&k);
        let c = match index.link(d, text, &k, exact_key, gazetteer) {
            Some(c) => c,
            None => {
                clusters.push(Cluster {
                    label: d.label,
                    name: text.to_string(),
                });
                let c = clusters.len() - 1;
                founded_by_full_name.push(index.add(c, d, text, gazetteer));
                c
            }
        };
        index.exact.entry(own_key.unwrap_or(k)).or_insert(c as u32);
        assigned[i] = c;
    }
    settle_labels(&mut clusters, &drafts, &assigned, &founded_by_full_name);

    let mentions = drafts
        .iter()
        .enumerate()
        .map(|(i, d)| Mention {
            start: d.start,
            end: d.end,
            label: clusters[assigned[i]].label,
            cluster: assigned[i],
        })
        .collect();
    Entities { mentions, clusters }
}

/// The spans that lie inside `doc`, as clustering reads them.
fn drafts(
    doc: &Doc,
    spans: &[TaggedSpan],
    gazetteer: &Gazetteer,
    evidence: Option<&Evidence>,
) -> Vec<Draft> {
    spans
        .iter()
        .filter(|s| s.first < s.last && s.last <= doc.tokens.len())
        .map(|s| {
            let text = s.text(doc);
            Draft {
                start: doc.tokens[s.first].start,
                end: doc.tokens[s.last - 1].end,
                label: label_of(s.kind, text, gazetteer),
                nwords: word_count(text),
                scores: evidence.and_then(|e| e.of_span(s.first, s.last, s.kind)),
            }
        })
        .collect()
}

/// The key under which a mention links to the same name written alike (`k`, its comparison
/// form). A city's club and the city itself (`Nice` beat Lyon, the dateline `NICE, France`) are
/// two entities: a known place tagged once as an organization and once as a place keeps the two
/// apart. None where that key is `k` itself, which then needs no copy.
fn place_key(k: &str, text: &str, label: EntityLabel, gazetteer: &Gazetteer) -> Option<String> {
    if !(matches!(label, EntityLabel::Org | EntityLabel::Place) && gazetteer.is_place(text)) {
        return None;
    }
    let label = label.as_str();
    let mut key = String::with_capacity(k.len() + 1 + label.len());
    key.push_str(k);
    key.push('\u{0}');
    key.push_str(label);
    Some(key)
}

/// A kind of key to the cluster that claimed it (the crate's map type for strings,
/// `crate::maps`; cluster indices are below 2^32, texts being at most 16 MiB).
type Keys = WordKeyed<u32>;

/// What the clusters founded so far leave for later, shorter mentions to find them by: per kind
/// of key, the cluster that claimed it (`AMBIGUOUS` where two did).
#[derive(Default)]
struct Index {
    exact: Keys,
    /// Multi-word person names: their endings (`Kyi`, `Suu Kyi`) and given names.
    surnames: Keys,
    given: Keys,
    acronyms: Keys,
    companies: Keys,
}

impl Index {
    /// The cluster that mention `d` (`text`, comparison form `k`) belongs to, if one is founded.
    fn link(
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
            // tagger thought: the full name in the same article settles it.
            if let Some(c) = found(&self.surnames, k) {
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
    fn add(&mut self, c: usize, d: &Draft, text: &str, gazetteer: &Gazetteer) -> bool {
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

/// How sure the tagger's scores make a reading: the soft maximum of the scores of one mention
/// over the four types, in the model's integer units (16 make one weight of the 25th
/// percentile; `src/bin/train_ner.rs`). Wide enough that a mention read against a close second
/// counts about half for each, narrow enough that a clear reading counts as one. 300 to 3000
/// read alike on the development sets.
const TEMPERATURE: f64 = 1000.0;

/// The tagger's type (`ModelType::index`) behind a label.
fn model_type(label: EntityLabel) -> usize {
    match label {
        EntityLabel::Person => 0,
        EntityLabel::Org => 1,
        EntityLabel::Place => 2,
        EntityLabel::Norp | EntityLabel::Misc => 3,
    }
}

/// e^-x for x ≥ 0, as (1 + x/256)^-256: close enough for weighing evidence, and it keeps the
/// floating-point `exp` out of the wasm (about 300 bytes gzip).
fn exp_minus(x: f64) -> f64 {
    let mut p = 1.0 / (1.0 + x / 256.0);
    for _ in 0..8 {
        p *= p;
    }
    p
}

/// What a mention whose type a rule gave weighs against the tagger's evidence: the rules read
/// what the tagger does not (a facility's head word, an apposition), so they decide.
const RULED: f64 = 1e9;

/// One label per cluster. A full personal or company name settles it. Otherwise the tagger's
/// evidence over all the mentions decides: each mention it typed itself adds its probability
/// of each type (a soft maximum of the scores of reading it as each, `Evidence::of_span`), so
/// three hesitant `ORG`s lose to two clear `PLACE`s. A mention a rule typed outweighs them all
/// (a multi-word one double), as does every mention where no evidence is given. A MISC cluster
/// is NORP where most of its mentions are nationalities or groups.
// Not inlined: smaller in the wasm.
#[inline(never)]
fn settle_labels(
    clusters: &mut [Cluster],
    drafts: &[Draft],
    assigned: &[usize],
    founded_by_full_name: &[bool],
) {
    let mut mass: Vec<[f64; 4]> = vec![[0.0; 4]; clusters.len()];
    let mut norp: Vec<i32> = vec![0; clusters.len()];
    for (d, &c) in drafts.iter().zip(assigned) {
        match d.label {
            EntityLabel::Norp => norp[c] += 1,
            EntityLabel::Misc => norp[c] -= 1,
            _ => {}
        }
        match d.scores {
            Some(s) => {
                let max = s.iter().copied().max().unwrap_or(0);
                let p = s.map(|x| exp_minus((max - x) as f64 / TEMPERATURE));
                let z: f64 = p.iter().sum();
                for (m, p) in mass[c].iter_mut().zip(p) {
                    *m += p / z;
                }
            }
            None => mass[c][model_type(d.label)] += if d.nwords >= 2 { 2.0 } else { 1.0 } * RULED,
        }
    }
    for (c, m) in mass.iter().enumerate() {
        if founded_by_full_name[c] {
            continue;
        }
        let first = clusters[c].label;
        let best = (0..4).fold(model_type(first), |b, t| if m[t] > m[b] { t } else { b });
        clusters[c].label = match ModelType::ALL[best] {
            ModelType::Per => EntityLabel::Person,
            ModelType::Org => EntityLabel::Org,
            ModelType::Loc => EntityLabel::Place,
            ModelType::Misc if norp[c] > 0 || norp[c] == 0 && first == EntityLabel::Norp => {
                EntityLabel::Norp
            }
            ModelType::Misc => EntityLabel::Misc,
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::recognize;
    use crate::entities::tagger::model::ModelType::{Loc, Org, Per};
    use crate::entities::tests::{has, names};

    /// A draft of `nwords` words typed `kind`, with the tagger's scores where it typed it itself.
    fn draft(kind: ModelType, nwords: usize, scores: Option<[i32; 4]>) -> Draft {
        let label = match kind {
            ModelType::Per => EntityLabel::Person,
            ModelType::Org => EntityLabel::Org,
            ModelType::Loc => EntityLabel::Place,
            ModelType::Misc => EntityLabel::Misc,
        };
        Draft {
            start: 0,
            end: 0,
            label,
            nwords,
            scores,
        }
    }

    fn settled(first: EntityLabel, drafts: &[Draft], full_name: bool) -> EntityLabel {
        let mut clusters = vec![Cluster {
            label: first,
            name: String::new(),
        }];
        settle_labels(&mut clusters, drafts, &vec![0; drafts.len()], &[full_name]);
        clusters[0].label
    }

    #[test]
    fn the_weights_of_evidence_fall_off_as_e_to_the_minus_x() {
        for x in [0.0, 0.1, 0.5, 1.0, 2.0, 5.0] {
            assert!((exp_minus(x) - (-x).exp()).abs() < 0.01, "{x}");
        }
        assert!(exp_minus(1e6) >= 0.0 && exp_minus(1e6) < 1e-9);
    }

    #[test]
    fn an_entity_takes_the_label_the_tagger_saw_most_evidence_for() {
        // Three hesitant ORG readings (ORG a little above PLACE) and two clear PLACE ones: the
        // votes said ORG, the evidence says PLACE.
        let hesitant = || draft(Org, 1, Some([-4000, 120, 0, -3000]));
        let clear = || draft(Loc, 1, Some([-4000, -2500, 3000, -3000]));
        let drafts = [hesitant(), clear(), hesitant(), clear(), hesitant()];
        assert_eq!(
            settled(EntityLabel::Org, &drafts, false),
            EntityLabel::Place
        );
        // Clear readings each way: the majority stands.
        let org = || draft(Org, 1, Some([-4000, 3000, -2500, -3000]));
        let drafts = [org(), clear(), org()];
        assert_eq!(settled(EntityLabel::Org, &drafts, false), EntityLabel::Org);
    }

    #[test]
    fn a_type_a_rule_gave_or_a_full_name_outweighs_the_evidence() {
        let clear = || draft(Loc, 1, Some([-4000, -2500, 3000, -3000]));
        // A name a rule made an organization (`Saudi Gazette`, a paper), then three clear
        // PLACE readings of it.
        let drafts = [draft(Org, 3, None), clear(), clear(), clear()];
        assert_eq!(settled(EntityLabel::Org, &drafts, false), EntityLabel::Org);
        // A person's full name settles the entity, whatever its surname alone read like.
        let drafts = [draft(Per, 2, Some([3000, 0, 0, 0])), clear(), clear()];
        assert_eq!(
            settled(EntityLabel::Person, &drafts, true),
            EntityLabel::Person
        );
    }

    #[test]
    fn a_site_is_named_again_without_its_domain() {
        assert_eq!(web_short_form("Amazon.com").as_deref(), Some("amazon"));
        assert_eq!(web_short_form("BBC.co.uk").as_deref(), Some("bbc"));
        assert_eq!(web_short_form("U.S."), None);
        assert_eq!(web_short_form("St. Louis"), None);
    }

    #[test]
    fn short_forms_of_institutions_named_with_of() {
        let g = Gazetteer::builtin();
        let short = |t: &str| institution_short_form(t, g);
        assert_eq!(
            short("Church of Scientology").as_deref(),
            Some("scientology")
        );
        assert_eq!(
            short("Federation of Korean Industries").as_deref(),
            Some("korean industries")
        );
        // A place after `of` stands alone as the place; a title with `of` is no institution.
        assert_eq!(short("University of Texas"), None);
        assert_eq!(short("Bank of England"), None);
        assert_eq!(short("Secretary of State"), None);
    }

    #[test]
    fn short_forms_of_company_names() {
        assert_eq!(company_short_forms("Magna International Inc"), ["magna"]);
        assert_eq!(
            company_short_forms("LM Ericsson AB"),
            ["lm ericsson", "ericsson"]
        );
        assert_eq!(company_short_forms("Pirelli SpA"), ["pirelli"]);
        // Not a company's full name, or nothing left but corporate words.
        assert!(company_short_forms("Bank of England").is_empty());
        assert!(company_short_forms("International Group").is_empty());
    }

    #[test]
    fn surnames_and_acronyms_join_their_full_names() {
        let t = "Secretary of State Antony Blinken arrived in the People’s Republic of China on Sunday. Blinken told the PRC that the United States wants calm. The U.S. envoy left.";
        let doc = Doc::new(t);
        let e = recognize(&doc);
        let cluster_of = |name: &str| {
            e.mentions
                .iter()
                .find(|m| &t[m.start..m.end] == name)
                .map(|m| m.cluster)
        };
        assert!(
            cluster_of("Blinken").is_some()
                && cluster_of("Blinken") == cluster_of("Antony Blinken"),
            "{e:?}"
        );
        assert_eq!(
            e.clusters[cluster_of("Blinken").unwrap()].name,
            "Antony Blinken"
        );
        assert!(
            cluster_of("PRC").is_some()
                && cluster_of("PRC") == cluster_of("People’s Republic of China"),
            "{e:?}"
        );
        assert!(
            cluster_of("U.S.").is_some() && cluster_of("U.S.") == cluster_of("United States"),
            "{e:?}"
        );
    }

    #[test]
    fn a_city_and_its_club_are_two_entities() {
        let g = Gazetteer::builtin();
        let doc = Doc::new("NICE 2024-05-02\nNice beat Lyon 2-0 on Saturday.");
        let nices: Vec<usize> = (0..doc.tokens.len())
            .filter(|&i| doc.token_text(i).eq_ignore_ascii_case("nice"))
            .collect();
        let spans = vec![
            TaggedSpan {
                first: nices[0],
                last: nices[0] + 1,
                kind: Loc,
            },
            TaggedSpan {
                first: nices[1],
                last: nices[1] + 1,
                kind: Org,
            },
        ];
        let e = cluster(&doc, &spans, g, None);
        let labels: Vec<&str> = e.mentions.iter().map(|m| m.label.as_str()).collect();
        assert_eq!(labels, ["PLACE", "ORG"]);
        assert_ne!(e.mentions[0].cluster, e.mentions[1].cluster);
    }

    #[test]
    fn a_company_named_again_by_its_short_form_stays_the_company() {
        let t = "Car parts maker Tamberlin International Inc agreed to buy a rival. Tamberlin said the deal would close in May, and Tamberlin shares rose. Analyst Maria Lopez praised Tamberlin.";
        let doc = Doc::new(t);
        let e = recognize(&doc);
        let short: Vec<&Mention> = e
            .mentions
            .iter()
            .filter(|m| &t[m.start..m.end] == "Tamberlin")
            .collect();
        assert_eq!(short.len(), 3, "{:?}", names(t));
        for m in short {
            assert_eq!(m.label, EntityLabel::Org, "{:?}", names(t));
            assert_eq!(e.clusters[m.cluster].name, "Tamberlin International Inc");
        }
        assert!(has(t, "Maria Lopez", "PERSON"), "{:?}", names(t));
    }

    #[test]
    fn an_institution_named_again_without_its_head_is_the_institution() {
        let t =
            "The Church of Scientology sued the group. Scientology denied the claims, and critics \
                 of Scientology marched.";
        let doc = Doc::new(t);
        let e = recognize(&doc);
        let church = e
            .mentions
            .iter()
            .find(|m| &t[m.start..m.end] == "Church of Scientology")
            .expect("the church");
        let short: Vec<_> = e
            .mentions
            .iter()
            .filter(|m| &t[m.start..m.end] == "Scientology")
            .collect();
        assert_eq!(short.len(), 2, "{:?}", names(t));
        for m in short {
            assert_eq!(m.cluster, church.cluster, "{:?}", names(t));
            assert_eq!(m.label.as_str(), "ORG");
        }
    }
}
