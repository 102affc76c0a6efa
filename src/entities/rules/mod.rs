//! Rules that correct the tagger's spans before coreference: where names start and end, which
//! spans are one name or two, what kind of name each is, and names the tagger missed or made up.
//!
//! The tagger is a statistical model trained on 1990s news wire (CoNLL-2003); each rule mends one
//! kind of mistake it makes on today's news, often where the annotation guidelines differ from
//! that corpus, and says why in its own comment. The rules of one family share a module with
//! their tests; `refine` runs them all in one fixed order, which matters: each rule reads what
//! the rules before it left.

mod acronyms;
mod boundaries;
mod coordination;
mod definitions;
mod followers;
mod given_places;
mod headlines;
mod joins;
mod labels;
mod noise;
mod people;
mod repeats;
mod roads;
mod rulers;
mod spans;
mod splits;
mod sports;
mod titles;

use super::tagger::gazetteer::Gazetteer;
use super::tagger::model::ModelType;
use super::tagger::TaggedSpan;
use crate::text::Doc;

/// Runs a rule; with the `dev-tools` feature, not if `NEWSMARK_SKIP_RULES` names it (to measure
/// what each rule is worth).
macro_rules! rule {
    ($family:ident :: $name:ident ( $($arg:expr),* )) => {
        if !skipped(stringify!($name)) {
            $family::$name($($arg),*);
        }
    };
}

#[cfg(all(feature = "dev-tools", not(target_arch = "wasm32")))]
fn skipped(name: &str) -> bool {
    static SKIP: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    SKIP.get_or_init(|| {
        std::env::var("NEWSMARK_SKIP_RULES")
            .unwrap_or_default()
            .split(',')
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect()
    })
    .iter()
    .any(|s| s == name)
}

#[cfg(not(all(feature = "dev-tools", not(target_arch = "wasm32"))))]
#[inline(always)]
fn skipped(_: &str) -> bool {
    false
}

/// Corrects the tagger's `spans` of `doc`, rule by rule in this order: each rule reads what the
/// rules above it left.
pub fn refine(doc: &Doc, spans: &mut Vec<TaggedSpan>, gazetteer: &Gazetteer) {
    rule!(boundaries::split_at_name_breakers(doc, spans, gazetteer));
    rule!(splits::split_at_lowercase_words(doc, spans, gazetteer));
    rule!(coordination::split_coordinated_names(doc, spans, gazetteer));
    rule!(splits::split_organizations_at_commas(doc, spans));
    rule!(boundaries::trim_to_words(doc, spans));
    rule!(boundaries::balance_brackets(doc, spans));
    rule!(boundaries::drop_determiners_and_captions(
        doc, spans, gazetteer
    ));
    rule!(joins::extend_hyphenated_names(doc, spans));
    rule!(joins::extend_names_over_leading_hyphens(
        doc, spans, gazetteer
    ));
    rule!(joins::join_saints_possessives(doc, spans));
    rule!(joins::join_saints_to_places(doc, spans));
    rule!(titles::strip_titles(doc, spans, gazetteer));
    rule!(splits::split_hyphenated_places(doc, spans, gazetteer));
    rule!(joins::join_names_with_of(doc, spans, gazetteer));
    rule!(splits::split_organizations_of_places(doc, spans, gazetteer));
    rule!(splits::split_places_within_places(doc, spans));
    rule!(titles::drop_titles_with_of(doc, spans, gazetteer));
    rule!(joins::join_organizations_with_for(doc, spans, gazetteer));
    rule!(boundaries::trim_edge_words(doc, spans, gazetteer));
    rule!(joins::join_nationality_to_organizations(
        doc, spans, gazetteer
    ));
    rule!(splits::split_trailing_people_and_roles(
        doc, spans, gazetteer
    ));
    rule!(titles::drop_title_remnants(doc, spans, gazetteer));
    rule!(labels::companies_after_executives(doc, spans));
    rule!(labels::facilities_are_places(doc, spans, gazetteer));
    rule!(labels::media_are_organizations(doc, spans));
    rule!(labels::web_addresses_are_organizations(doc, spans));
    rule!(labels::misc_names_by_form(doc, spans, gazetteer));
    rule!(labels::groups_are_organizations(doc, spans));
    rule!(labels::units_by_number(doc, spans));
    rule!(sports::clubs_named_after_cities(doc, spans, gazetteer));
    rule!(sports::makes_in_race_results(doc, spans));
    // Whether the article is a sports report depends only on its text: asked at most once,
    // here or by the rules on lists and pairs of places below, whichever asks first.
    let sports = std::cell::OnceCell::new();
    // Both rules below read only organizations: without any, the article need not be measured.
    let sports_report = spans.iter().any(|s| s.kind == ModelType::Org)
        && *sports.get_or_init(|| sports::is_sports_report(doc));
    rule!(sports::cities_are_places_outside_sports(
        doc,
        spans,
        gazetteer,
        sports_report
    ));
    rule!(sports::given_names_are_people_outside_sports(
        doc,
        spans,
        gazetteer,
        sports_report
    ));
    rule!(sports::clubs_by_their_last_word(
        doc, spans, gazetteer, &sports
    ));
    rule!(given_places::people_with_place_given_names(
        doc, spans, gazetteer
    ));
    rule!(people::people_listed_with_people(doc, spans, gazetteer));
    rule!(people::places_listed_with_places(
        doc, spans, gazetteer, &sports
    ));
    rule!(people::places_paired_with_regions(
        doc, spans, gazetteer, &sports
    ));
    rule!(rulers::rulers_by_numeral_and_epithet(doc, spans, gazetteer));
    rule!(headlines::datelines_are_places(doc, spans, gazetteer));
    rule!(people::leaders_before_administrations(
        doc, spans, gazetteer
    ));
    rule!(people::people_described_in_apposition(
        doc, spans, gazetteer
    ));
    rule!(definitions::names_defined_by_their_class(doc, spans));
    rule!(definitions::names_after_cues(doc, spans, gazetteer));
    rule!(followers::names_before_their_verbs(doc, spans, gazetteer));
    rule!(repeats::names_found_elsewhere(doc, spans));
    rule!(noise::drop_function_words(doc, spans));
    rule!(noise::drop_handles_and_hashtags(doc, spans));
    rule!(noise::drop_lone_labels_before_numbers(
        doc, spans, gazetteer
    ));
    rule!(acronyms::acronyms_of_spelled_out_names(doc, spans));
    rule!(headlines::dotted_country_forms(doc, spans, gazetteer));
    rule!(roads::road_numbers_are_places(doc, spans));
    rule!(headlines::headline_verbs_end_names(doc, spans));
}
