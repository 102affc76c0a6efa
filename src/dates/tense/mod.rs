//! Which way a bare `Friday` or `March` points: news writes `said Friday` for the past and
//! `will meet Friday` for the future. The nearest tense cue before the expression in its
//! sentence decides (else the nearest after it); with none, the past wins, as most news reports
//! what happened.

use super::filters::names::HOLIDAY_TIME_WORDS;
use super::tokens::Toks;
use std::ops::Range;

mod kinds;
#[cfg(test)]
mod tests;
mod words;

use kinds::*;
pub use kinds::{is_message, is_note, stands_alone};
use words::*;
pub use words::{listed, EVENINGS};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
    Unknown,
}

/// Words before a cue word that make it a noun: `a cut in rates`, `the cost`, `another hit`.
const DETERMINERS: &[&str] = &["another", "any", "no", "further", "each", "every", "this"];

/// Round 11: a cue word used as a noun says no tense. A listed past form after a determiner
/// (`expect another cut in rates before Christmas`, `the cost`) names a thing; so does `plan`
/// after one or before a preposition or a verb (`approved the rescue plan in August`, `the
/// plan was`), where the verb goes on with its object (`plans to`, `we plan a sale`);
/// `should have` looks back.
fn is_noun(toks: &Toks, i: usize, w: &str, listed: u32) -> bool {
    // Asked only of the few words it decides: `cue` calls this for every word.
    let after_determiner = || {
        let prev = if i >= 1 { toks.lw(i - 1) } else { "" };
        BEFORE_ADJECTIVE.contains(&prev) || DETERMINERS.contains(&prev)
    };
    match w {
        "plan" | "plans" => {
            after_determiner()
                || matches!(
                    toks.lw_get(i + 1),
                    Some(
                        "in" | "on"
                            | "for"
                            | "of"
                            | "at"
                            | "was"
                            | "is"
                            | "were"
                            | "are"
                            | "would"
                            | "that"
                            | "which"
                            | ","
                            | "."
                            | ";"
                    )
                )
        }
        "should" | "must" => toks.lw_get(i + 1) == Some("have"),
        // Round 19: a present verb after a preposition is a noun (`a rise in visits over the
        // weekend`, `the number of returns`), and so is one after a compound adjective
        // (`heat-related visits`).
        _ if listed == IN_FUTURE && w.ends_with('s') && i >= 1 => {
            let prev = toks.lw(i - 1);
            matches!(prev, "in" | "of" | "into" | "about" | "without")
                || i >= 2 && toks.lw(i - 2) == "-" && toks.glued(i - 2)
        }
        _ => listed == IN_PAST && after_determiner(),
    }
}

/// Round 17: the verb of an instruction opening its sentence (see [`IMPERATIVES`]).
fn imperative(toks: &Toks, i: usize, w: &str) -> bool {
    let opens = i == 0
        || matches!(
            toks.lw(i - 1),
            "." | "!" | "?" | ":" | ";" | "(" | "-" | "\u{2013}" | "\u{2014}" | "please" | "pls"
        );
    let next = toks.lw_get(i + 1).unwrap_or("");
    opens
        && match w {
            "remember" | "don't" | "dont" => true,
            "do" => matches!(next, "n't" | "not"),
            _ => IMPERATIVES.contains(&w) && AFTER_IMPERATIVE.contains(&next),
        }
}

fn cue(toks: &Toks, i: usize) -> Option<Tense> {
    let w = toks.lw(i);
    let listed = cue_words().get(w).copied().unwrap_or(0);
    if is_noun(toks, i, w, listed) {
        return None;
    }
    // Round 18: `Sat & Sun 8am-2pm`, `Sat/Sun`: the weekday in a list of days, no verb.
    let sunday = |j: usize| matches!(toks.lw_get(j), Some("sun" | "sunday"));
    // Round 27: and the day that ends a message's plan (`drinks weds, dinner sat?`), which
    // read the first day back; not the verb after its subject (`where we sat`). Nor before
    // figures (`Sat 9 Jan`, `sat 10am`): the past read a listing's January back to 2021.
    let subject = || i > 0 && matches!(toks.lw(i - 1), "i" | "we" | "he" | "she" | "they");
    let figures = |n: &str| n.starts_with(|c: char| c.is_ascii_digit());
    if w == "sat"
        && (matches!(toks.lw_get(i + 1), Some("&" | "/" | "-" | "\u{2013}"))
            || matches!(toks.lw_get(i + 1), None | Some("?")) && i > 0 && !subject()
            || toks.lw_get(i + 1).is_some_and(figures) && !subject()
            || toks.lw_get(i + 1) == Some("and") && sunday(i + 2))
    {
        return None;
    }
    // Round 22: the present of what closes a scheduled event points ahead (`Early voting ends
    // Saturday`, `The tour ends in Madrid on Sunday`, `The season ends in May`), but not before
    // a length (`The sale ends in half an hour` stays a length, round 11) nor as a noun (`both
    // ends`, `the ends of the earth`).
    if w == "ends" && i >= 1 {
        let prev = toks.lw(i - 1);
        let next = toks.lw_get(i + 1).unwrap_or("");
        // A capital after `in` is a place or a month; a lower-case word, a length
        // (`in two weeks`, `in three-quarters of an hour`) or a thing.
        let length = next == "in"
            && toks
                .text
                .get(i + 2)
                .is_some_and(|t| !t.starts_with(|c: char| c.is_ascii_uppercase()));
        let noun = next == "of" || words::listed(ENDS_AS_NOUN, prev);
        return (!length && !noun).then_some(Tense::Future);
    }
    if listed & IN_FUTURE != 0 || w.ends_with("'ll") {
        // `had been due to close Friday`: a plan seen from the past is past.
        let pluperfect = !matches!(w, "will" | "shall" | "wo" | "won't")
            && !w.ends_with("'ll")
            && (i.saturating_sub(4)..i).any(|j| toks.lw(j) == "had");
        return Some(if pluperfect {
            Tense::Past
        } else {
            Tense::Future
        });
    }
    if listed & IN_PRESENT != 0 {
        // `the host nation`, `the store was open Sunday`, `kept open`, `two runs`, a name
        // (`the Lakeside Open in January`).
        let prev = if i >= 1 { toks.lw(i - 1) } else { "" };
        // A capital opening the text is no name (`Open for inspection Saturday 11:00.`).
        let not_verb = toks.text[i].starts_with(|c: char| c.is_ascii_uppercase()) && i > 0
            || BEFORE_ADJECTIVE.contains(&prev)
            || matches!(
                prev,
                "is" | "are"
                    | "was"
                    | "were"
                    | "be"
                    | "been"
                    | "remain"
                    | "remains"
                    | "remained"
                    | "stay"
                    | "stays"
                    | "stayed"
                    | "kept"
                    | "left"
                    | "this"
                    | "that"
                    | "my"
                    | "your"
            )
            || prev.bytes().next().is_some_and(|b| b.is_ascii_digit())
            // Round 24: news's plural present is no noun before `of` nor an infinitive.
            || matches!(w, "meet" | "end" | "head" | "travel" | "convene")
                && (prev == "to" || toks.lw_get(i + 1) == Some("of"))
            || w == "runs"
                && !matches!(
                    toks.lw_get(i + 1),
                    Some("until" | "through" | "till" | "thru" | "from")
                );
        return (!not_verb).then_some(Tense::Future);
    }
    if w == "close" && i >= 1 && DEADLINES.contains(&toks.lw(i - 1)) {
        return Some(Tense::Future);
    }
    if w == "to" && i >= 1 && BEFORE_TO.contains(&toks.lw(i - 1)) {
        let pluperfect = (i.saturating_sub(4)..i).any(|j| toks.lw(j) == "had");
        return Some(if pluperfect {
            Tense::Past
        } else {
            Tense::Future
        });
    }
    // `Friday, the two are to travel`: the cue stands before its infinitive.
    if matches!(w, "is" | "are") && toks.lw_get(i + 1) == Some("to") {
        return Some(Tense::Future);
    }
    // `set for Friday` is planned; `the record set on Aug. 6` is done (`set to` is the
    // infinitive's business). So is a booking (`booked for Wednesday`, `booked on Monday`).
    if matches!(
        w,
        "set" | "booked" | "reserved" | "pencilled" | "penciled" | "confirmed"
    ) {
        return match toks.lw_get(i + 1) {
            Some("for") => Some(Tense::Future),
            Some("to") => None,
            _ => Some(Tense::Past),
        };
    }
    // `Rain is forecast for Wednesday`, `growth projected for 2027`: a prediction looks ahead,
    // unless told in the past (`was forecast for Monday`, `had been predicted for`).
    if matches!(w, "forecast" | "predicted" | "projected") && toks.lw_get(i + 1) == Some("for") {
        let told_before =
            (i.saturating_sub(3)..i).any(|j| matches!(toks.lw(j), "had" | "was" | "were"));
        return Some(if told_before {
            Tense::Past
        } else {
            Tense::Future
        });
    }
    // Round 19: the modal `may` or `might` before its verb looks ahead (`the gains may not
    // last through the summer`), not `may have`; written in lower case, it is no month.
    if matches!(toks.text[i], "may" | "might") {
        let next = toks.text.get(i + 1).copied().unwrap_or("");
        return (next != "have"
            && next.bytes().all(|b| b.is_ascii_lowercase())
            && !next.is_empty())
        .then_some(Tense::Future);
    }
    // `as early as Tuesday`, `as soon as Friday`
    if matches!(w, "early" | "soon") && i >= 1 && toks.lw(i - 1) == "as" {
        return Some(Tense::Future);
    }
    // A capital after a lower-case word or a comma makes a name of it (`Rovers host United on
    // Saturday`, `On Wednesday, Tariq and his sister`); a line's first word keeps its verb
    // (`Updated Friday 10:41`, `Jane Doe Updated Friday`).
    let name = toks.text[i].starts_with(|c: char| c.is_ascii_uppercase())
        && i >= 1
        && (toks.text[i - 1].starts_with(|c: char| c.is_ascii_lowercase())
            || toks.lw(i - 1) == ","
            || w == "united");
    // Round 13: a participle that says what comes with a thing, with nothing after it, has no
    // tense (`camping included`, `no booking needed.`, `agenda attached`), nor has a guess
    // (`Estimated delivery: Dec 29`).
    let says_what_comes = w.ends_with("ed") && COMES_WITH.contains(&w);
    // Round 26: a call for help before its weekday (`Helpers wanted Saturday`, `Volunteers
    // needed for Sunday`) asks for what comes, whatever follows (`…, set up from 8am`), unless
    // a subject or an auxiliary tells it (`He wanted Saturday off`).
    if says_what_comes {
        let next = toks.lw_get(i + 1).unwrap_or("");
        let subject = i >= 1 && words::listed(SUBJECTS, toks.lw(i - 1));
        if !subject
            && (weekday_word(next)
                || matches!(next, "for" | "on" | "this")
                    && toks.lw_get(i + 2).is_some_and(weekday_word))
        {
            return Some(Tense::Future);
        }
        if !subject && !next.chars().any(char::is_alphanumeric) {
            return None;
        }
    }
    // Round 25: a feeling about what comes (`excited for Saturday`) has no tense either.
    if w == "estimated" || w.ends_with("ed") && words::listed(FEELINGS, w) {
        return None;
    }
    let regular_past = w.len() > 4
        && w.ends_with("ed")
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && !name
        && !(i >= 1 && BEFORE_ADJECTIVE.contains(&toks.lw(i - 1)));
    if listed & IN_PAST != 0 || regular_past {
        // Round 26: `to` two words back is an infinitive's, not this verb's (`Notice to vacate
        // received 3 Nov`); `to be received` has its auxiliary right before.
        let after_auxiliary = (i.saturating_sub(2)..i)
            .any(|j| AUXILIARIES.contains(&toks.lw(j)) && !(j + 2 == i && toks.lw(j) == "to"));
        let participle = regular_past
            || !matches!(
                w,
                "said"
                    | "told"
                    | "was"
                    | "were"
                    | "had"
                    | "did"
                    | "ago"
                    | "earlier"
                    | "yesterday"
                    | "since"
            );
        if participle && after_auxiliary {
            return (i.saturating_sub(2)..i)
                .rev()
                .find_map(|j| cue(toks, j).filter(|_| toks.lw(j) != toks.lw(i)));
        }
        return Some(Tense::Past);
    }
    None
}

/// Round 25: a folded word that is a weekday written out or cut short to three letters or more
/// (`fri`, `thurs.`, `weds`); the clocks ask it too (`Tues 7.30`).
pub(crate) fn weekday_word(w: &str) -> bool {
    let d = w.trim_end_matches('.');
    d == "weds"
        || d.len() > 2
            && "monday tuesday wednesday thursday friday saturday sunday"
                .split(' ')
                .any(|n| n.starts_with(d))
}

/// Round 20: a day's result (`Saturday's 2-0 win`, `Monday's quiz results`) or a record from
/// it (`Meeting notes from Tuesday`, `Recap of Friday's talk`) looks back, even in a message; a
/// booking right before its day with no subject (`Haircut booked Sat 10am`, `Table reserved
/// Friday 7pm`) is an appointment ahead (`we booked Monday` is done).
#[inline(never)]
fn read_from_its_noun(toks: &Toks, span: &Range<usize>) -> Option<(Tense, bool)> {
    let after = |k: usize| toks.lw_get(span.end + k).unwrap_or("");
    let before = |k: usize| {
        span.start
            .checked_sub(k)
            .and_then(|i| toks.lw_get(i))
            .unwrap_or("")
    };
    let result = after(0) == "'s"
        && (after(1).bytes().next().is_some_and(|b| b.is_ascii_digit())
            || (1..4).any(|k| listed(RECORDS, after(k))));
    if result || matches!(before(1), "from" | "of") && listed(RECORDS, before(2)) {
        return Some((Tense::Past, false));
    }
    if matches!(before(1), "booked" | "reserved") && !listed(SUBJECTS, before(2)) {
        return Some((Tense::Future, true));
    }
    None
}

/// Tense around the tokens `span`; `note`: the whole text is made of time expressions (see
/// [`is_note`]) or is a message ([`is_message`]), which speak of what is ahead when no cue says otherwise. The flag is set when
/// the future comes from that (a note, or the expression alone), not from a cue: then even
/// the month or the weekday just gone is the next one (`beginning of January` in February).
pub fn around(toks: &Toks, span: Range<usize>, note: bool) -> (Tense, bool) {
    if let Some(read) = read_from_its_noun(toks, &span) {
        return read;
    }
    // Round 22: a count after a first or a superlative and `in` is how long it has been (`her
    // first album in seven years arrives Friday`, `the highest in a decade`), whatever the
    // verb says: no tense, so `in` and the count stay a length.
    if span.start >= 2 && toks.lw(span.start - 1) == "in" {
        let before = toks.lw(span.start - 2);
        // A count, not a month or a weekday (`the first in May`).
        let counted = !toks.text[span.start].starts_with(|c: char| c.is_ascii_uppercase());
        let superlative = |w: &str| {
            listed(SUPERLATIVES, w)
                || w.len() > 4 && w.ends_with("est") && !listed(NOT_SUPERLATIVES, w)
        };
        // Right before `in` (`first in`, `the first time in`) or one noun earlier (`the
        // biggest crowd in`).
        let superlative = before == "time"
            || superlative(before)
            || span.start >= 3
                && before.bytes().all(|b| b.is_ascii_lowercase())
                && superlative(toks.lw(span.start - 3));
        if counted && superlative {
            return (Tense::Unknown, false);
        }
    }
    // `Wednesday's ruling`: a possessive names something that already exists; in a message it
    // may be ahead (`Your boarding pass for Monday's flight is ready.`): the cues decide.
    if !note && toks.lw_get(span.end) == Some("'s") {
        return (Tense::Past, false);
    }
    // Round 17: a one-line notice opening on its day before the event of that day (`Valentine's
    // Day set menu`, `Bonfire Night fireworks`, `Friday quiz night`) announces it, unless a
    // verb after says it is done (`Monday service resumed.`).
    if notice_line(toks, span.start)
        && toks
            .lw_get(span.end)
            .is_some_and(|w| SCHEDULED.contains(&w) || HOLIDAY_TIME_WORDS.contains(&w))
        && !(span.end + 1..toks.len()).any(|i| cue(toks, i) == Some(Tense::Past))
    {
        return (Tense::Future, true);
    }
    // The clause: back to the previous full stop (not an initial's dot, which the sentence
    // splitter may have taken for one), at most ten tokens.
    let mut lo = span.start;
    while lo > 0
        && span.start - lo < 10
        && !matches!(
            toks.lw(lo - 1),
            "." | "!" | "?" | ";" | "\"" | "\u{201c}" | "\u{201d}"
        )
    {
        lo -= 1;
    }
    let mut hi = span.end;
    while hi < toks.len()
        && hi - span.end < 6
        && !matches!(
            toks.lw(hi),
            "." | "!" | "?" | ";" | "\"" | "\u{201c}" | "\u{201d}"
        )
    {
        hi += 1;
    }
    // `The vote is Thursday`, `The election is in May`, `Kickoff is 8pm Saturday`: the present
    // of `be` right before the time (a preposition between) states what is set, not what was.
    let mut at = span.start;
    if at > lo && matches!(toks.lw(at - 1), "in" | "on" | "at" | "for") {
        at -= 1;
    }
    // `The clinic is open Monday`: the same with the state between; round 17: and a
    // preposition of a stretch of time (`The clinic is closed from Christmas`, `The pool is
    // shut until Friday`, `The team is away on Saturday`).
    let state_at = |at: usize| {
        at > lo + 1
            && matches!(
                toks.lw(at - 1),
                "open" | "closed" | "shut" | "free" | "away" | "back" | "available"
            )
            && matches!(toks.lw(at - 2), "is" | "are")
    };
    if at == span.start
        && at > lo + 2
        && matches!(
            toks.lw(at - 1),
            "from" | "until" | "till" | "through" | "over"
        )
        && state_at(at - 1)
    {
        at -= 1;
    }
    if state_at(at) {
        at -= 1;
    }
    if at > lo && matches!(toks.lw(at - 1), "is" | "are") {
        return (Tense::Future, false);
    }
    // A word of [`PRESENT`] is a weak cue: another cue before it in the clause wins, for the
    // word may be a noun after a verb (`wore face masks on Monday`, `played host on Friday`).
    let mut cues = (lo..span.start)
        .rev()
        .filter_map(|i| cue(toks, i).map(|t| (i, t)));
    let nearest = cues.next();
    let nearest = match nearest {
        Some((i, _)) if is_present(toks.lw(i)) => {
            cues.find(|&(j, _)| !is_present(toks.lw(j))).or(nearest)
        }
        _ => nearest,
    };
    // A notice: `Office closed 24/12 - 2/1`, `shop shut fri`, `Thread locked until Jan 5th`,
    // `Monday 4th January – school closed`: in a note or a message a state is no past (`we
    // were closed` is).
    // Round 17: so in a one-line notice ending with a full stop (`Shop closed on Sunday.`,
    // `Class cancelled Thursday.`), not a sentence with its subject (`We closed on Monday`,
    // `The store closed on Friday`).
    // A plural before the state is its subject (`Stores closed on Labor Day.`, `Polls closed at
    // 1800 GMT`): news, done.
    let one_line = |i: usize| {
        let before = if i >= 1 { toks.lw(i - 1) } else { "" };
        notice_line(toks, lo)
            && !matches!(
                toks.lw(0),
                "the" | "a" | "an" | "we" | "i" | "they" | "he" | "she" | "it" | "you" | "this"
            )
            && !(before.ends_with('s') && !before.ends_with("ss"))
    };
    let notice = |i: usize| {
        (note || one_line(i))
            && NOTICE_STATES.contains(&toks.lw(i))
            && !matches!(
                toks.lw(i.saturating_sub(1)),
                "was" | "were" | "had" | "been" | "got"
            )
    };
    // A scheduled present in a note or a message (`meet 1/8 at 2pm`, `Sale ends 3/1`) says
    // no more than the message does: what is ahead, even the date just gone. Round 27: so does
    // a message's own future (`we'll catch up on 2/14`, `I will pay you back Feb 3`): news
    // keeps a month's grace (`will be sentenced on Feb 14`, written late), a message none.
    if let Some((i, t)) = nearest {
        let planned =
            |w: &str| is_present(w) || matches!(w, "will" | "shall") || w.ends_with("'ll");
        return if notice(i) || note && t == Tense::Future && planned(toks.lw(i)) {
            (Tense::Future, true)
        } else {
            (t, false)
        };
    }
    match (span.end..hi).find_map(|i| cue(toks, i).map(|t| (i, t))) {
        Some((i, _)) if notice(i) => (Tense::Future, true),
        Some((_, t)) => (t, false),
        None if note
            || scheduled(toks, span.start, lo)
            || plan_line(toks, span.start, lo)
            || (lo..span.start).any(|j| imperative(toks, j, toks.lw(j)))
            || stands_alone(toks, span) =>
        {
            (Tense::Future, true)
        }
        None => (Tense::Unknown, false),
    }
}
