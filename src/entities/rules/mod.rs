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
mod headlines;
mod joins;
mod labels;
mod noise;
mod people;
mod spans;
mod splits;
mod sports;
mod titles;

use super::tagger::gazetteer::Gazetteer;
use super::tagger::model::ModelType;
use super::tagger::TaggedSpan;
use crate::text::Doc;

/// Corrects the tagger's `spans` of `doc`, rule by rule in this order: each rule reads what the
/// rules above it left.
pub fn refine(doc: &Doc, spans: &mut Vec<TaggedSpan>, gazetteer: &Gazetteer) {
    boundaries::split_at_name_breakers(doc, spans, gazetteer);
    boundaries::trim_to_words(doc, spans);
    boundaries::balance_brackets(doc, spans);
    boundaries::drop_lowercase_tails(doc, spans);
    boundaries::drop_leading_months(doc, spans);
    boundaries::drop_determiners_and_captions(doc, spans, gazetteer);
    joins::join_split_known_places(doc, spans, gazetteer);
    joins::extend_hyphenated_names(doc, spans);
    titles::strip_titles(doc, spans, gazetteer);
    splits::split_hyphenated_places(doc, spans, gazetteer);
    joins::join_names_with_of(doc, spans, gazetteer);
    splits::split_organizations_of_places(doc, spans, gazetteer);
    titles::drop_titles_with_of(doc, spans, gazetteer);
    joins::join_organizations_with_for(doc, spans, gazetteer);
    boundaries::trim_edge_words(doc, spans, gazetteer);
    joins::join_nationality_to_organizations(doc, spans, gazetteer);
    splits::split_trailing_people_and_roles(doc, spans, gazetteer);
    titles::drop_title_remnants(doc, spans, gazetteer);
    labels::facilities_are_places(doc, spans);
    labels::media_are_organizations(doc, spans);
    labels::web_addresses_are_organizations(doc, spans);
    labels::misc_names_by_form(doc, spans, gazetteer);
    // Both rules below read only organizations: without any, the article need not be measured.
    let sports_report = spans.iter().any(|s| s.kind == ModelType::Org)
        && sports::sports_density(doc) >= sports::SPORTS_REPORT_DENSITY;
    sports::cities_are_places_outside_sports(doc, spans, gazetteer, sports_report);
    sports::given_names_are_people_outside_sports(doc, spans, gazetteer, sports_report);
    people::people_listed_with_people(doc, spans, gazetteer);
    headlines::datelines_are_places(doc, spans, gazetteer);
    people::leaders_before_administrations(doc, spans, gazetteer);
    people::people_described_in_apposition(doc, spans, gazetteer);
    noise::drop_function_words(doc, spans);
    noise::drop_section_headings(doc, spans);
    acronyms::acronyms_of_spelled_out_names(doc, spans);
    headlines::dotted_country_forms(doc, spans, gazetteer);
    headlines::capitals_named_in_the_body(doc, spans, gazetteer);
}
