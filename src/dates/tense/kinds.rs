//! Kinds of text that change which way a bare date points: a one-line notice or plan, a short
//! message, a note made only of times. News reports what happened; these plan ahead.

use super::words::SCHEDULED;
use crate::dates::grammar::Grammar;
use crate::dates::tokens::Toks;
use std::ops::Range;

/// The longest one-line notice [`SCHEDULED`] reads.
const NOTICE_MAX_TOKENS: usize = 16;

/// The text is one short line and the clause around the expression starts it (`lo`, the
/// clause's first token, is 0): what a notice, a plan or an announcement looks like.
pub(super) fn notice_line(toks: &Toks, lo: usize) -> bool {
    lo == 0 && toks.len() <= NOTICE_MAX_TOKENS
}

/// A one-line notice's event right before the expression, with nothing of another sentence
/// before it (see [`SCHEDULED`]).
pub(super) fn scheduled(toks: &Toks, start: usize, lo: usize) -> bool {
    notice_line(toks, lo) && start >= 1 && SCHEDULED.contains(&toks.lw(start - 1))
}

/// Round 17: a one-line notice that opens on a present participle or an event in `-ing`, with
/// no tense cue (`Leaving Sunday morning.`, `Heading home Friday.`, `Swimming Tuesday 6pm.`):
/// a plan, as a line of news opening so (`Speaking on Friday, he said`) has its cue after.
pub(super) fn plan_line(toks: &Toks, start: usize, lo: usize) -> bool {
    let first = toks.lw(0);
    notice_line(toks, lo)
        && start >= 1
        && first.len() > 5
        && first.ends_with("ing")
        && first.bytes().all(|b| b.is_ascii_alphabetic())
        && !matches!(
            first,
            "during" | "nothing" | "something" | "everything" | "anything" | "morning" | "evening"
        )
}

/// A message is short: a chat line, a reminder, a note of a few sentences. News reports what
/// happened, so an article's bare `Friday` with no cue is the last one; a message plans, so its
/// `see you Friday`, `Dec 24th @ 7`, `the 14th at 9:30` are the next ones.
pub(super) const MESSAGE_MAX_TOKENS: usize = 40;

/// The whole text is a message: short (see [`MESSAGE_MAX_TOKENS`]), and either not ended by a
/// full stop as a sentence of news is (`Pay day is the 25th`, `lunch on wed?`) or in the first
/// or second person (`See you on Monday.`: the words of tables.txt's `[person]`). No cue there
/// points ahead.
#[inline(never)]
pub fn is_message(g: &Grammar, toks: &Toks) -> bool {
    let n = toks.len();
    let person = g.table("person");
    // `Let's` is two tokens, `let` and `'s`: the table holds the word whole.
    let word = |i: usize| match toks.lw_get(i + 1) {
        Some("'s") => [toks.lw(i), "'s"].concat(),
        _ => toks.lw(i).to_string(),
    };
    n > 0
        && n <= MESSAGE_MAX_TOKENS
        && (toks.lw(n - 1) != "."
            || person.is_some_and(|t| (0..n).any(|i| g.lookup(t, "", &word(i)).is_some())))
}

/// Words a note may hold between its time expressions: prepositions, joiners, the ends of a
/// range, calendar units and the words of a part of a day (`from 8:15 - 10:45 on Friday`,
/// `21st Nov for 12 days`, `tuesday early in the morning`, `later than 8:15 but before 10:45`).
/// The first ten may stand around a single expression alone (`on 2/15.`).
pub(super) const NOTE_WORDS: &str =
    "on at in by from for until till the @ untill til to through thru and \
    or but between a an of before after later than early late hours morning afternoon evening \
    night starting beginning end start middle mid around about this next day days week weeks \
    month months year years";

/// A note is short: longer texts are never one, which also keeps the checks below from
/// scanning a long article once per expression.
pub(super) const NOTE_MAX_TOKENS: usize = 32;

/// Whether every token of the text is `inside` an expression, one of the first `words` of
/// [`NOTE_WORDS`], punctuation, or (`numbers`) a number in figures or words.
#[inline(never)]
pub(super) fn made_of(
    toks: &Toks,
    inside: &dyn Fn(usize) -> bool,
    words: usize,
    numbers: bool,
) -> bool {
    toks.len() <= NOTE_MAX_TOKENS
        && (0..toks.len()).all(|i| {
            let w = toks.lw(i);
            inside(i)
                || NOTE_WORDS
                    .split_ascii_whitespace()
                    .take(words)
                    .any(|n| n == w)
                || !w.chars().any(char::is_alphanumeric)
                || numbers
                    && (w.as_bytes()[0].is_ascii_digit()
                        || crate::dates::classes::ordinal_value(w).is_some()
                        || crate::dates::classes::word_value(w).is_some())
        })
}

/// A note: a text made of nothing but time expressions (`covered`: each token lies in some
/// candidate expression), numbers, the words of [`NOTE_WORDS`] and punctuation, with at least
/// one expression (`August 27th - 29th`, `21st Nov for 12 days`, `third day of october`).
/// Like a single expression standing alone, it speaks of what is ahead: nobody writes a
/// schedule's line about the past without a verb.
pub fn is_note(toks: &Toks, covered: &[bool]) -> bool {
    covered.contains(&true) && made_of(toks, &|i| covered[i], usize::MAX, true)
}

/// An expression that stands alone, with nothing around it but a preposition and punctuation
/// (a note, a schedule's line, a reply: `next Tuesday`, `on 2/15.`), speaks of what is ahead,
/// as people write such notes; anywhere else, no cue says nothing. Rules marked `[alone]` are
/// kept only there (`thu`, `2-15`, `March` as a whole text).
pub fn stands_alone(toks: &Toks, span: Range<usize>) -> bool {
    made_of(toks, &|i| span.contains(&i), 10, false)
}
