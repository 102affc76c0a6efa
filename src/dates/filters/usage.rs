//! Date words used as other parts of speech: the adjective `everyday`, `average daily volume`,
//! the discourse marker `Now,`.

use super::Candidate;
use crate::dates::grammar::Attr;

/// `people's every day lives`: after a possessive or an article it is the adjective
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

/// Idioms that measure no time: `wait a minute`, `give me a second`, `hang on a sec`, `let's
/// call it a day` (but `wait a day` is a day).
pub fn idiom(c: &Candidate) -> bool {
    let toks = c.toks;
    let unit = toks.lw(c.m.end - 1);
    let one = matches!(toks.lw(c.m.start), "a" | "one");
    let before = |back: usize| c.m.start.checked_sub(back).map_or("", |i| toks.lw(i));
    let moment = matches!(unit, "minute" | "min" | "second" | "sec" | "moment")
        && (matches!(before(1), "wait" | "gimme" | "just")
            || before(1) == "on" && matches!(before(2), "hang" | "hold")
            || before(1) == "me" && matches!(before(2), "give" | "allow" | "spare"));
    let day = unit == "day" && before(1) == "it" && before(2) == "call";
    one && c.len == 2 && (moment || day)
}

/// `Now, he says …`: a sentence-opening `Now,` moves the story on; it names no time.
pub fn opening_now(c: &Candidate) -> bool {
    c.has(Attr::DiscourseMarker)
        && c.toks.lw(c.m.start) == "now"
        && c.len == 1
        && c.next == ","
        && c.opens_sentence()
}
