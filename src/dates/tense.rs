//! Which way a bare `Friday` or `March` points: news writes `said Friday` for the past and
//! `will meet Friday` for the future. The nearest tense cue before the expression in its
//! sentence decides (else the nearest after it); with none, the past wins, as most news reports
//! what happened.

use super::filters::names::HOLIDAY_TIME_WORDS;
use super::grammar::Grammar;
use super::tokens::Toks;
use crate::text::WordHasher;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::ops::Range;
use std::sync::OnceLock;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
    Unknown,
}

const FUTURE: &[&str] = &[
    "will",
    "shall",
    "'ll",
    "going",
    "plans",
    "plan",
    "scheduled",
    "expected",
    "expects",
    "due",
    "upcoming",
    "would",
    "hopes",
    "intends",
    "wo",
    "won't",
    "tomorrow",
    "coming",
    "begins",
    "starts",
    "opens",
    "await",
    "awaits",
    "expect",
    "planning",
    "aims",
    "intend",
    "hope",
    // Round 11: a modal of what is to come (`should be known by Friday`); `should have` is
    // past (see `cue`). Round 13: so is `must` (`Entries must be in by Friday.`).
    "should",
    "must",
    "payable",
    "effective",
    "expire",
    "expires",
    "slated",
    "postponed",
    "delayed",
    "adjourned",
    // The present of a scheduled event: `the board meets Friday`, `she visits Paris Monday`.
    "meets",
    "visits",
    "arrives",
    "leaves",
    "resumes",
    "travels",
    "returns",
    "heads",
    "hosts",
    "convenes",
    "departs",
    // Round 10: releases (`New video drops Friday`, `The show airs Sunday`).
    "airs",
    "premieres",
    "drops",
    "launches",
    // Round 11: `The law takes effect Jan. 1`, `He takes office in January`, `goes on trial
    // Monday` (not `ends`: `The sale ends in half an hour` is a length).
    "takes",
    "goes",
];
/// The present of a scheduled event that is also a noun or an adjective: `Arsenal host Chelsea
/// on Saturday`, `Doors open at 6.30pm`, `Early voting runs until Saturday` (`runs` only before
/// `until`, `through`, `from`: `two home runs on Saturday` is done). Round 13: a notice's present
/// (`Tickets go on sale at 9am on Friday.`, `Lessons restart on Monday.`, `The museum reopens on
/// Saturday.`; not `close`: `Stores close on Memorial Day` is what they do every year).
const PRESENT: &[&str] = &[
    "host",
    "face",
    "faces",
    "play",
    "plays",
    "open",
    "runs",
    "kicks",
    "closes",
    "go",
    "begin",
    "start",
    "finish",
    "finishes",
    "arrive",
    "return",
    "continue",
    "continues",
    "reopen",
    "reopens",
    "restart",
    "restarts",
    "resume",
];
/// Round 14: what closes on a deadline (`Nominations close at 5pm on Friday.`, `Entries close
/// Monday`); not `close` alone (`Stores close on Memorial Day`, `Polls close at 9 a.m.`).
const DEADLINES: &[&str] = &[
    "nominations",
    "applications",
    "entries",
    "submissions",
    "bids",
    "registrations",
    "enrolments",
    "enrollments",
    "tenders",
    "bookings",
    "pre-orders",
    "preorders",
];
/// Round 14: a noun of an event on a schedule right before a weekday in a one-line notice
/// (`Quiz night Tuesday 8pm.`, `Bin collection Thursday.`): the notice looks ahead, as a
/// news fragment (`The summit in Geneva on Monday.`, `Officials in Friday talks.`) does not.
const SCHEDULED: &[&str] = &[
    "night",
    "collection",
    "meeting",
    "practice",
    "service",
    "party",
    "sale",
    "market",
    "club",
    "training",
    "evening",
    "session",
    "class",
    "classes",
    "rehearsal",
    "drinks",
    "social",
    "fair",
    "disco",
    "lunch",
    "dinner",
    "breakfast",
    "brunch",
    "bingo",
    "quiz",
    "karaoke",
    "workshop",
    "assembly",
    "surgery",
    "clinic",
    "viewing",
    "fete",
    "barbecue",
    "bbq",
    "coffee",
    "storytime",
    "yoga",
    "choir",
    "meetup",
    "tournament",
    "match",
    "parade",
];
/// The longest one-line notice [`SCHEDULED`] reads.
const NOTICE_MAX_TOKENS: usize = 16;
/// `is to resume`, `set to leave`, `ready to go`: the infinitive points ahead.
const BEFORE_TO: &[&str] = &[
    "is",
    "are",
    "set",
    "scheduled",
    "expected",
    "due",
    "plans",
    "planned",
    "going",
    "likely",
    "ready",
    "poised",
    "about",
    // `moved to Tuesday`: a new date for what is still to come.
    "moved",
    "pushed",
    "rescheduled",
];
const PAST: &[&str] = &[
    "said",
    "told",
    "was",
    "were",
    "had",
    "did",
    "ago",
    "met",
    "went",
    "came",
    "took",
    "made",
    "gave",
    "saw",
    "left",
    "began",
    "rose",
    "fell",
    "won",
    "lost",
    "held",
    "led",
    "paid",
    "sold",
    "bought",
    "brought",
    "thought",
    "found",
    "got",
    "spent",
    "sent",
    "built",
    "broke",
    "ran",
    "wrote",
    "spoke",
    "struck",
    "shot",
    "killed",
    "became",
    "earlier",
    "yesterday",
    "since",
    "knew",
    "grew",
    "drew",
    "flew",
    "quit",
    "lit",
    "fought",
    "caught",
    "taught",
    "sought",
    "stood",
    "heard",
    "meant",
    "kept",
    "felt",
    "slid",
    "sank",
    "ate",
    "sat",
    "drove",
    "rode",
    "woke",
    "swore",
    "wore",
    "chose",
    "froze",
    "headed",
    "hit",
    "put",
    "cut",
    "shut",
    "spread",
    "cost",
    // Round 13: participles of the past (`Last dose taken on Sunday evening`; after `will be`
    // or `has been` the auxiliary decides, see `cue`).
    "taken",
    "seen",
    "written",
    "eaten",
    "broken",
    "stolen",
    "shown",
    "begun",
    "chosen",
    "spoken",
    "driven",
    "fallen",
    "forgotten",
];
/// Participles that say what comes with a thing (`camping included`, `no booking needed`).
const COMES_WITH: &[&str] = &[
    "included", "needed", "required", "provided", "supplied", "attached", "enclosed",
];

/// Round 17: verbs that open an instruction (`Submit by Friday.`, `Hand it in by Monday.`,
/// `Return the forms by the 30th.`): an imperative asks for what is still to come, when no
/// other cue in the clause says otherwise. Only as the
/// first word of a sentence, a line or what follows a colon, and before a word an instruction
/// goes on with ([`AFTER_IMPERATIVE`]), so the nouns `Return of the King`, `Book club`, `Call
/// of Duty` stay nouns.
const IMPERATIVES: &[&str] = &[
    "submit", "send", "return", "pick", "drop", "hand", "bring", "book", "call", "pay", "collect",
    "register", "apply", "sign", "join", "come", "check", "renew", "complete", "reply", "rsvp",
    "vote", "order", "get", "enter", "watch", "tune", "arrive", "meet", "cancel", "fill",
];
/// Words an instruction goes on with after its verb (`Submit by`, `Pick up the keys`, `Hand it
/// in`); `remember` and `don't` go on with anything.
const AFTER_IMPERATIVE: &[&str] = &[
    "the", "a", "your", "it", "them", "us", "me", "this", "all", "in", "by", "before", "up", "off",
    "back", "out", "early", "at",
];

/// Round 17: a state a one-line notice reports, not a deed (`Shop closed on Sunday.`, `Class
/// cancelled Thursday.`, `Pool shut for cleaning on Friday.`).
const NOTICE_STATES: &[&str] = &[
    "closed",
    "shut",
    "locked",
    "suspended",
    "paused",
    "frozen",
    "cancelled",
    "canceled",
];

/// Words before a past participle that make it passive or perfect (`will be named`).
const AUXILIARIES: &[&str] = &[
    "be", "been", "being", "is", "are", "will", "would", "to", "have", "has", "'ll", "could",
    "can", "may", "might", "must", "should", "we're", "i'm", "you're", "they're",
];

/// Words before an `-ed` word that make it an adjective (`a still unnamed date`).
const BEFORE_ADJECTIVE: &[&str] = &[
    "a", "an", "the", "its", "his", "her", "their", "our", "still", "newly", "very", "most",
    "more", "less", "un", "well",
];

/// Bits of [`cue_words`].
const IN_FUTURE: u32 = 1;
const IN_PAST: u32 = 2;

/// [`FUTURE`] and [`PAST`] in one map, word → `IN_*` bits: `cue` asks about every word of
/// the clause around each expression, and one lookup costs less than scanning both lists.
fn cue_words() -> &'static HashMap<&'static str, u32, BuildHasherDefault<WordHasher>> {
    static WORDS: OnceLock<HashMap<&'static str, u32, BuildHasherDefault<WordHasher>>> =
        OnceLock::new();
    WORDS.get_or_init(|| {
        let mut m = HashMap::default();
        for (list, bit) in [(FUTURE, IN_FUTURE), (PAST, IN_PAST)] {
            for &w in list {
                *m.entry(w).or_insert(0) |= bit;
            }
        }
        m
    })
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
    if PRESENT.contains(&w) {
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
    let says_what_comes = w.ends_with("ed")
        && COMES_WITH.contains(&w)
        && toks
            .lw_get(i + 1)
            .map_or(true, |n| !n.chars().any(char::is_alphanumeric));
    if says_what_comes || w == "estimated" {
        return None;
    }
    let regular_past = w.len() > 4
        && w.ends_with("ed")
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && !name
        && !(i >= 1 && BEFORE_ADJECTIVE.contains(&toks.lw(i - 1)));
    if listed & IN_PAST != 0 || regular_past {
        let after_auxiliary = (i.saturating_sub(2)..i).any(|j| AUXILIARIES.contains(&toks.lw(j)));
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

/// Tense around the tokens `span`; `note`: the whole text is made of time expressions (see
/// [`is_note`]) or is a message ([`is_message`]), which speak of what is ahead when no cue says otherwise. The flag is set when
/// the future comes from that (a note, or the expression alone), not from a cue: then even
/// the month or the weekday just gone is the next one (`beginning of January` in February).
pub fn around(toks: &Toks, span: Range<usize>, note: bool) -> (Tense, bool) {
    // `Wednesday's ruling`: a possessive names something that already exists; in a message it
    // may be ahead (`Your boarding pass for Monday's flight is ready.`): the cues decide.
    if !note && toks.lw_get(span.end).is_some_and(|w| w == "'s") {
        return (Tense::Past, false);
    }
    // Round 17: a one-line notice opening on its day before the event of that day (`Valentine's
    // Day set menu`, `Bonfire Night fireworks`, `Friday quiz night`) announces it, unless a
    // verb after says it is done (`Monday service resumed.`).
    if span.start == 0
        && toks.len() <= NOTICE_MAX_TOKENS
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
        Some((i, _)) if PRESENT.contains(&toks.lw(i)) => cues
            .find(|&(j, _)| !PRESENT.contains(&toks.lw(j)))
            .or(nearest),
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
        lo == 0
            && toks.len() <= NOTICE_MAX_TOKENS
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
    if let Some((i, t)) = nearest {
        return if notice(i) {
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

/// A one-line notice's event right before the expression, with nothing of another sentence
/// before it (see [`SCHEDULED`]).
fn scheduled(toks: &Toks, start: usize, lo: usize) -> bool {
    lo == 0
        && start >= 1
        && toks.len() <= NOTICE_MAX_TOKENS
        && SCHEDULED.contains(&toks.lw(start - 1))
}

/// Round 17: a one-line notice that opens on a present participle or an event in `-ing`, with
/// no tense cue (`Leaving Sunday morning.`, `Heading home Friday.`, `Swimming Tuesday 6pm.`):
/// a plan, as a line of news opening so (`Speaking on Friday, he said`) has its cue after.
fn plan_line(toks: &Toks, start: usize, lo: usize) -> bool {
    let first = toks.lw(0);
    lo == 0
        && start >= 1
        && toks.len() <= NOTICE_MAX_TOKENS
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
const MESSAGE_MAX_TOKENS: usize = 40;

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
const NOTE_WORDS: &str = "on at in by from for until till the @ untill til to through thru and \
    or but between a an of before after later than early late hours morning afternoon evening \
    night starting beginning end start middle mid around about this next day days week weeks \
    month months year years";

/// A note is short: longer texts are never one, which also keeps the checks below from
/// scanning a long article once per expression.
const NOTE_MAX_TOKENS: usize = 32;

/// Whether every token of the text is `inside` an expression, one of the first `words` of
/// [`NOTE_WORDS`], punctuation, or (`numbers`) a number in figures or words.
#[inline(never)]
fn made_of(toks: &Toks, inside: &dyn Fn(usize) -> bool, words: usize, numbers: bool) -> bool {
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
                        || super::classes::ordinal_value(w).is_some()
                        || super::classes::word_value(w).is_some())
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Every word of the lists is found, and points its way: `will Friday`, `said Friday`.
    #[test]
    fn every_cue_word_points_its_way() {
        for (list, tense) in [(FUTURE, Tense::Future), (PAST, Tense::Past)] {
            for w in list {
                let doc = crate::text::Doc::new(w);
                let toks = Toks::new(&doc);
                if toks.len() == 1 {
                    assert_eq!(cue(&toks, 0), Some(tense), "{w}");
                }
            }
        }
        let doc = crate::text::Doc::new("ordinary");
        assert_eq!(cue(&Toks::new(&doc), 0), None);
    }

    /// Round 11: a cue word used as a noun says nothing (`the rescue plan`, `another cut`),
    /// and `should` looks ahead (at 2023-06-14, a Wednesday) unless it has `have`.
    #[test]
    fn a_cue_word_used_as_a_noun_says_no_tense() {
        use crate::dates::tests::values;
        let one = |text: &str| values(text)[0].1.clone();
        assert_eq!(
            one("Congress approved the rescue plan in August."),
            "2022-08"
        );
        assert_eq!(one("The peace plan was signed in March."), "2023-03");
        assert_eq!(
            one("Traders expect another cut in interest rates before Christmas."),
            "2023-12-25"
        );
        assert_eq!(one("The company plans a sale in August."), "2023-08");
        assert_eq!(
            one("The flight recorder should be read by Friday."),
            "2023-06-16"
        );
        assert_eq!(one("Results should come in August."), "2023-08");
        assert_eq!(one("It should have been finished by Friday."), "2023-06-09");
    }

    /// Round 8: a forecast for a day looks ahead (at 2023-06-14, a Wednesday), unless it was
    /// told in the past.
    #[test]
    fn a_forecast_for_a_day_looks_ahead() {
        use crate::dates::tests::values;
        let one = |text: &str| values(text)[0].1.clone();
        assert_eq!(one("Heavy rain is forecast for Monday."), "2023-06-19");
        assert_eq!(one("Storms are predicted for Saturday."), "2023-06-17");
        assert_eq!(
            one("Snow was forecast for Monday but never came."),
            "2023-06-12"
        );
    }

    /// Round 7: the present of a scheduled event with a verb that is also a noun or an
    /// adjective points ahead (at 2023-06-14, a Wednesday); the noun, the adjective after `be`,
    /// a name and the past do not.
    #[test]
    fn the_present_of_a_schedule_points_ahead() {
        use crate::dates::tests::values;
        let one = |text: &str| values(text)[0].1.clone();
        assert_eq!(
            one("Rovers host United on Saturday at 3pm."),
            "2023-06-17T15:00"
        );
        assert_eq!(
            one("The two sides face each other on Monday."),
            "2023-06-19"
        );
        assert_eq!(one("Gates open at 7pm on Friday."), "2023-06-16T19:00");
        assert_eq!(one("The exhibition runs until Sunday."), "2023-06-18");
        assert_eq!(
            one("The pharmacy is open Monday to Saturday."),
            "2023-06-19"
        );
        // Nouns, adjectives, names and the past keep the past.
        assert_eq!(one("The host city was chosen on Monday."), "2023-06-12");
        assert_eq!(one("He hit two home runs on Monday."), "2023-06-12");
        // After a past verb in the clause they are nouns or adjectives.
        assert_eq!(one("Shoppers wore face masks on Monday."), "2023-06-12");
        assert_eq!(
            one("The city played host to the summit on Monday."),
            "2023-06-12"
        );
        assert_eq!(one("Staff kept the doors open on Monday."), "2023-06-12");
        // A line's first word in `-ed` is a verb, not a name: web page chrome.
        assert_eq!(one("Updated Friday 10:41"), "2023-06-09T10:41");
        assert_eq!(one("Leeds United host Burnley on Saturday."), "2023-06-17");
        assert_eq!(one("By Jane Doe | Posted Monday"), "2023-06-12");
        assert_eq!(one("The store was open Monday."), "2023-06-12");
        assert_eq!(
            one("She finished third at the Irish Open in May."),
            "2023-05"
        );
        assert_eq!(one("The pharmacy was open on Monday."), "2023-06-12");
        // A notice in a message: the state is ahead; a sentence of news keeps the past.
        assert_eq!(one("Office closed 24/12 - 2/1"), "2023-12-24");
        assert_eq!(one("shop shut fri"), "2023-06-16");
        assert_eq!(one("The office closed Friday."), "2023-06-09");
        assert_eq!(one("we were closed fri"), "2023-06-09");
    }
}
