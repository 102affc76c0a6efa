use super::keys::{company_short_forms, institution_short_form, web_short_form};
use super::labels::{exp_minus, settle_labels};
use super::*;
use crate::entities::recognize;
use crate::entities::tagger::model::ModelType::{self, Loc, Org, Per};
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
        by_rule: false,
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
    // A university or college is named after its town, known or not: `Tromsø` alone after
    // `University of Tromsø` is the town.
    assert_eq!(short("University of Harlowby"), None);
    assert_eq!(short("College of Brennick"), None);
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
        cluster_of("Blinken").is_some() && cluster_of("Blinken") == cluster_of("Antony Blinken"),
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
    let t = "The Church of Scientology sued the group. Scientology denied the claims, and critics \
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
