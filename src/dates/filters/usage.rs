//! Date words used as other parts of speech: the adjective `everyday`, `average daily volume`,
//! the discourse marker `Now,`.

use super::Candidate;
use crate::dates::grammar::Attr;

/// `the crew's every day routines`: after a possessive or an article it is the adjective
/// `everyday`, not a recurrence.
pub fn everyday(c: &Candidate) -> bool {
    c.has(Attr::NoDeterminer)
        && matches!(
            c.prev,
            "'s" | "'" | "his" | "her" | "their" | "our" | "my" | "your" | "its" | "an" | "the"
        )
}

/// Adjectives: `average daily volume`.
pub fn average_adjective(c: &Candidate) -> bool {
    c.has(Attr::Adjective) && matches!(c.prev, "average")
}

/// Phrases of time words that name no time (`[no-time]` rules: `wait a minute`, `call it a
/// day`, `Easter egg`, `John 3:16`, `5'11"`): matched so that no rule takes their words.
pub fn no_time(c: &Candidate) -> bool {
    c.has(Attr::NoTime)
}

/// `Now, he says …`: a sentence-opening `Now,` moves the story on; it names no time.
pub fn opening_now(c: &Candidate) -> bool {
    c.has(Attr::DiscourseMarker)
        && c.toks.lw(c.m.start) == "now"
        && c.len == 1
        && c.next == ","
        && c.opens_sentence()
}
