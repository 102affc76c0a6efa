//! The words that say which way a date points: tense cues (`will`, `said`), the present's weak
//! cues, deadlines, a notice's events, instructions, and the words around them that make a cue
//! a noun or an adjective. [`cue_words`] puts the future and past lists in one map.

use crate::text::WordHasher;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

pub(super) const FUTURE: &[&str] = &[
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
    // Round 19: a prediction in the present (`Forecasters predict rain for the weekend`).
    "predict",
    "predicts",
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
pub(super) const PRESENT: &[&str] = &[
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
    // Round 24: the plural present of a scheduled event in news (`The two leaders meet Monday
    // in Rome`, `The Games end Sunday`, `Delegates head home Friday`); weak like the rest, so a
    // cue before it wins (`did not meet Monday`); a noun (`the end`, `head of state`) and an
    // infinitive (`struggled to meet orders into the autumn`) are no cue (see `cue`).
    "meet",
    "end",
    "head",
    "travel",
    "convene",
];
/// Round 14: what closes on a deadline (`Nominations close at 5pm on Friday.`, `Entries close
/// Monday`); not `close` alone (`Stores close on Memorial Day`, `Polls close at 9 a.m.`).
pub(super) const DEADLINES: &[&str] = &[
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
pub(super) const SCHEDULED: &[&str] = &[
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
/// `is to resume`, `set to leave`, `ready to go`: the infinitive points ahead.
pub(super) const BEFORE_TO: &[&str] = &[
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
pub(super) const PAST: &[&str] = &[
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
pub(super) const COMES_WITH: &[&str] = &[
    "included", "needed", "required", "provided", "supplied", "attached", "enclosed",
    // Round 26: `Helpers wanted Saturday`.
    "wanted",
];

/// Round 17: verbs that open an instruction (`Submit by Friday.`, `Hand it in by Monday.`,
/// `Return the forms by the 30th.`): an imperative asks for what is still to come, when no
/// other cue in the clause says otherwise. Only as the
/// first word of a sentence, a line or what follows a colon, and before a word an instruction
/// goes on with ([`AFTER_IMPERATIVE`]), so the nouns `Return of the King`, `Book club`, `Call
/// of Duty` stay nouns.
pub(super) const IMPERATIVES: &[&str] = &[
    "submit", "send", "return", "pick", "drop", "hand", "bring", "book", "call", "pay", "collect",
    "register", "apply", "sign", "join", "come", "check", "renew", "complete", "reply", "rsvp",
    "vote", "order", "get", "enter", "watch", "tune", "arrive", "meet", "cancel", "fill",
];
/// Words an instruction goes on with after its verb (`Submit by`, `Pick up the keys`, `Hand it
/// in`); `remember` and `don't` go on with anything.
pub(super) const AFTER_IMPERATIVE: &[&str] = &[
    "the", "a", "your", "it", "them", "us", "me", "this", "all", "in", "by", "before", "up", "off",
    "back", "out", "early", "at",
];

/// Round 17: a state a one-line notice reports, not a deed (`Shop closed on Sunday.`, `Class
/// cancelled Thursday.`, `Pool shut for cleaning on Friday.`).
pub(super) const NOTICE_STATES: &[&str] = &[
    "closed",
    "shut",
    "locked",
    "suspended",
    "paused",
    "frozen",
    "cancelled",
    "canceled",
    // Round 20: `Power cut Friday`, `Water off Thursday`: an outage announced.
    "cut",
    // Round 25: `Trams reduced Sunday`, `Buses diverted 2 Jan`: a service announced.
    "reduced",
    "diverted",
    "disrupted",
    "restricted",
];

/// Round 20: a result or a record of a day gone, after the day's possessive (`Saturday's 2-0
/// win`, `Monday's quiz results`) or before `from` or `of` and the day (`Meeting notes from
/// Tuesday`, `Recap of Monday's session`). Words in one string cost the download less than a
/// slice of strings.
pub(super) const RECORDS: &str = "win defeat loss draw victory thriller comeback result results \
    recap highlights report notes minutes photos pics slides recording video footage handout \
    leftovers";

/// Round 20: a subject or an auxiliary before a booking makes it done (`we booked Monday`).
pub(super) const SUBJECTS: &str = "i we they he she you was were had have has";

/// Round 20: an evening's event (`Party Friday 8-11`): its bare hours are in the evening.
pub const EVENINGS: &str =
    "party dinner gig drinks quiz disco karaoke concert ceilidh supper bbq barbecue do social \
    choir rehearsal fireworks bonfire bingo";

/// Round 25: a feeling about what is ahead (`so excited for Saturday night`): no past verb.
pub(super) const FEELINGS: &str = "excited thrilled psyched stoked pumped";

/// Round 22: words before `ends` that make it a noun (`loose ends`, `both ends`), not a present
/// verb that points ahead (`Early voting ends Saturday`).
pub(super) const ENDS_AS_NOUN: &str = "both loose the its their two odds dead split";

/// Round 22: the superlatives without `-est` before a count and `in` (`her first album in seven
/// years`), and the words in `-est` that are none (`interest in`, `protest in`).
pub(super) const SUPERLATIVES: &str = "first worst most least";
pub(super) const NOT_SUPERLATIVES: &str =
    "interest request contest protest harvest forest invest suggest arrest";

/// Whether `w` is one of the words of `list` (words split by spaces).
#[inline(never)]
pub fn listed(list: &str, w: &str) -> bool {
    !w.is_empty() && list.split_ascii_whitespace().any(|x| x == w)
}

/// Words before a past participle that make it passive or perfect (`will be named`).
pub(super) const AUXILIARIES: &[&str] = &[
    "be", "been", "being", "is", "are", "will", "would", "to", "have", "has", "'ll", "could",
    "can", "may", "might", "must", "should", "we're", "i'm", "you're", "they're",
];

/// Words before an `-ed` word that make it an adjective (`a still unnamed date`).
pub(super) const BEFORE_ADJECTIVE: &[&str] = &[
    "a", "an", "the", "its", "his", "her", "their", "our", "still", "newly", "very", "most",
    "more", "less", "un", "well",
];

/// Bits of [`cue_words`].
pub(super) const IN_FUTURE: u32 = 1;
pub(super) const IN_PAST: u32 = 2;
/// Round 24: a word of [`PRESENT`], asked of every word of a clause, in the same lookup.
pub(super) const IN_PRESENT: u32 = 4;

/// Whether `w` is a word of [`PRESENT`].
pub(super) fn is_present(w: &str) -> bool {
    cue_words().get(w).is_some_and(|b| b & IN_PRESENT != 0)
}

/// [`FUTURE`], [`PAST`] and [`PRESENT`] in one map, word → `IN_*` bits: `cue` asks about every word of
/// the clause around each expression, and one lookup costs less than scanning both lists.
pub(super) fn cue_words() -> &'static HashMap<&'static str, u32, BuildHasherDefault<WordHasher>> {
    static WORDS: OnceLock<HashMap<&'static str, u32, BuildHasherDefault<WordHasher>>> =
        OnceLock::new();
    WORDS.get_or_init(|| {
        let mut m = HashMap::default();
        for (list, bit) in [(FUTURE, IN_FUTURE), (PAST, IN_PAST), (PRESENT, IN_PRESENT)] {
            for &w in list {
                *m.entry(w).or_insert(0) |= bit;
            }
        }
        m
    })
}
