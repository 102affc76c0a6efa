//! Date words that are names or parts of names: `Theresa May`, `June Carter`, `Orion 1980`,
//! `LA Weekly`, `Johnnie Christmas`, `Arab Spring`, the show `"This Week"`.

use super::{is_sentence_start, Candidate};
use crate::dates::grammar::Attr;
use crate::dates::tense::stands_alone;

/// Words before a bare month that show it is the month (`in May`, `last March`).
const MONTH_CONTEXT: &[&str] = &[
    "in",
    "since",
    "until",
    "till",
    "by",
    "of",
    "early",
    "late",
    "mid",
    "-",
    "last",
    "next",
    "this",
    "from",
    "through",
    "during",
    "before",
    "after",
    "to",
    "and",
    "or",
    "between",
    "each",
    "every",
    "that",
    "throughout",
    "end",
    "beginning",
    "start",
    "middle",
    "on",
    "for",
    "past",
    "coming",
    "a",
    "an",
    "the",
    "mid-",
];

/// Words that may follow a time expression without it modifying them.
const FUNCTION_WORDS: &[&str] = &[
    "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "with", "by", "after",
    "before", "until", "when", "while", "as", "than", "that", "this", "the", "a", "an", "is",
    "was", "were", "are", "will", "would", "has", "had", "have", "be", "it", "he", "she", "they",
    "we", "i", "you", "there", "its", "his", "her", "their", "our", "so", "if", "because", "since",
];

/// Heads of event names that a year may follow as the event's date (`World Cup 2018`).
const EVENTS: &[&str] = &[
    "cup",
    "expo",
    "games",
    "olympics",
    "championship",
    "championships",
    "festival",
    "fest",
    "conference",
    "summit",
    "election",
    "elections",
    "awards",
    "fair",
    "marathon",
    "census",
    "budget",
    "tour",
    "open",
    "congress",
    "forum",
    "biennale",
];

/// Bare month names that are also words or names.
pub fn bare_month(c: &Candidate) -> bool {
    // A month as the whole text is the month (`March`, a note or a reply).
    if !(c.has(Attr::BareMonth) && c.len == 1) || stands_alone(c.toks, c.m.start..c.m.end) {
        return false;
    }
    let (toks, m, prev, next) = (c.toks, c.m, c.prev, c.next);
    let w = toks.lw(m.start);
    // A month cut short in capitals is as often an acronym (`24.9% APR`, `the DEC board`).
    let text = toks.text[m.start];
    let acronym = text.len() == 3 && text.bytes().all(|b| b.is_ascii_uppercase());
    let ambiguous = matches!(
        w,
        "may" | "march" | "june" | "august" | "april" | "jan" | "jun" | "mar" | "sept" | "oct"
    ) || acronym;
    let named = c.next_text.chars().next().is_some_and(char::is_uppercase) && !c.is_date_word(next);
    let after_name = c.prev_capitalized_word && !is_sentence_start(toks, m.start - 1);
    named
        || after_name
        || (ambiguous
            && !MONTH_CONTEXT.contains(&prev)
            && !(next.starts_with(|c: char| c.is_ascii_digit())
                && !(acronym && next.contains(['.', '%']))))
}

/// `may` the modal ending a day and month written small (`Candidates aged 18-25 may apply`,
/// `Children under 5 may attend`): the verb after it (tables.txt `[mayverb]`) says so.
pub fn modal_may(c: &Candidate) -> bool {
    c.toks.text[c.m.end - 1] == "may" && c.in_table("mayverb", c.next)
}

/// `Orion 1980`: a year right after a name is part of the name; after an event's name (`World
/// Cup 2018`, `Comic Fest 2017`) it is the event's date.
pub fn year_in_name(c: &Candidate) -> bool {
    let (toks, m) = (c.toks, c.m);
    c.has(Attr::BareYear)
        && c.prev_capitalized_word
        && c.prev_text.len() > 1
        && !is_sentence_start(toks, m.start - 1)
        && !(m.start.saturating_sub(4)..m.start)
            .rev()
            .take_while(|&i| toks.text[i].chars().next().is_some_and(char::is_uppercase))
            .any(|i| EVENTS.contains(&toks.lw(i)))
}

/// Names: `LA Weekly`, `Daily Mail` in mid-sentence, `Johnnie Christmas`.
pub fn capitalized_name(c: &Candidate) -> bool {
    // `On Christmas,`: a capital that opens the sentence names nothing.
    let after_name = c.prev_capitalized_word && !is_sentence_start(c.toks, c.m.start - 1);
    c.len == 1
        && c.capitalized()
        && !c.opens_sentence()
        && (c.has(Attr::Rate) || (c.has(Attr::Surname) && after_name))
}

/// A bare season that names something (`Arab Spring`, `"Spring of Life"`) or modifies a noun
/// (`winter wheat`, `summer camp`) is no date.
pub fn bare_season(c: &Candidate) -> bool {
    if !c.has(Attr::BareSeason) {
        return false;
    }
    // `the Fall of Rome`: the season's word itself is capitalized mid-sentence.
    let at = c.m.end - 1;
    let named = c.toks.text[at].starts_with(char::is_uppercase) && !is_sentence_start(c.toks, at);
    let modifies = c.next_text.chars().next().is_some_and(|c| c.is_lowercase())
        && !FUNCTION_WORDS.contains(&c.next)
        && !matches!(c.next, "months" | "weeks" | "days" | "season");
    named || modifies
}

/// Time words a holiday's name may stand before and still name the day (`Easter weekend`).
pub(crate) const HOLIDAY_TIME_WORDS: &[&str] = &[
    "weekend",
    "week",
    "holiday",
    "holidays",
    "season",
    "morning",
    "afternoon",
    "evening",
    "night",
    "eve",
    "day",
    "period",
    "break",
    // An event of the day (`Halloween party at Jess's`, `xmas eve drinks?`).
    "party",
    "dinner",
    "lunch",
    "brunch",
    "drinks",
    // Round 17: more events of the day (`Independence Day fireworks`, `St Patrick's Day
    // parade`, `Valentine's Day set menu`, `Canada Day long weekend`, `Cinco de Mayo
    // specials`), not what is sold or counted around it (`Christmas shopping`, `sales`).
    "fireworks",
    "parade",
    "set",
    "menu",
    "specials",
    "special",
    "service",
    "concert",
    "picnic",
    "barbecue",
    "bbq",
    "buffet",
    "supper",
    "disco",
    "opening",
    "hours",
    "closure",
    "long",
    "bank",
];

/// Verbs a holiday's name is the subject of (`Easter falls early`, `Ramadan began`): no noun.
const HOLIDAY_VERBS: &[&str] = &[
    "falls", "fell", "lands", "landed", "comes", "came", "begins", "began", "starts", "started",
    "ends", "ended",
];

/// A holiday's name that modifies a noun after an article or opening a sentence (`Christmas
/// shopping rose`, `the Chinese New Year fireworks`) names no day; after a verb it does
/// (`she was seen Thanksgiving Day waving from a raft`), and so does one with its year
/// (`Easter 2027 falls on March 28`).
pub fn holiday_modifier(c: &Candidate) -> bool {
    let determined = matches!(
        c.prev,
        "the"
            | "a"
            | "an"
            | "his"
            | "her"
            | "their"
            | "its"
            | "our"
            | "my"
            | "your"
            | "'s"
            | "this"
            | "that"
    );
    let capitalized_name = |i: usize| {
        c.toks.text.get(i).is_some_and(|w| {
            w.chars().next().is_some_and(char::is_uppercase) && !c.is_date_word(c.toks.lw(i))
        })
    };
    // `Street Music, Chinese New Year, Puppet Shows`: one event among others, by name.
    let listed = c.prev == ","
        && c.next == ","
        && c.m.start >= 2
        && capitalized_name(c.m.start - 2)
        && capitalized_name(c.m.end + 1);
    let with_year = c.toks.lw(c.m.end - 1).bytes().all(|b| b.is_ascii_digit());
    // `Christmas Eve carol service, 4pm`, `Easter Sunday services at 6am`: an event with its
    // clock time is on that day.
    let timed = || {
        (c.m.end..(c.m.end + 5).min(c.toks.len())).any(|i| {
            let w = c.toks.lw(i);
            w.starts_with(|ch: char| ch.is_ascii_digit())
                && (w.ends_with("am") || w.ends_with("pm") || w.contains(':'))
                || matches!(w, "am" | "pm" | "a.m." | "p.m.")
        })
    };
    // Round 20: a note opening on a holiday named as a day (`New Year's Day swim`, `Boxing Day
    // walk`, `Easter Monday egg hunt`) gives its event's day; a season's name does not
    // (`Christmas shopping rose`).
    let a_day = !determined
        && c.opens_sentence()
        && matches!(c.toks.lw(c.m.end - 1), "day" | "eve" | "monday" | "night");
    c.has(Attr::Holiday)
        && !with_year
        && !a_day
        && !HOLIDAY_VERBS.contains(&c.next)
        && (listed
            || (determined || c.opens_sentence())
                && c.next_text.chars().next().is_some_and(char::is_lowercase)
                && !FUNCTION_WORDS.contains(&c.next)
                && !HOLIDAY_TIME_WORDS.contains(&c.next)
                && !c.is_date_word(c.next))
        && !timed()
}

/// Titles and names: the show `This Week`, the paper `the Sunday Times`.
pub fn title(c: &Candidate) -> bool {
    let (toks, m) = (c.toks, c.m);
    let all_capitals = c.len >= 2
        && toks.text[m.start..m.end]
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    let title_case = all_capitals && !c.opens_sentence();
    let after_open_quote =
        matches!(c.prev, "\"" | "\u{201c}" | "'" | "\u{2018}" | "``") && toks.glued(m.start - 1);
    // A quote opening on `This Week` with every word capitalized is a title (the show `"This
    // Week"`), as a sentence would write `"This week`.
    // `Watching Monday Night Football`, `by Saturday Morning Pancake Club`: capitals go on
    // into a name in a sentence written in lower case (not a headline in title case).
    let lower = |i: usize| {
        toks.text
            .get(i)
            .is_some_and(|w| w.starts_with(char::is_lowercase))
    };
    let name_goes_on = all_capitals
        && c.next_text.starts_with(char::is_uppercase)
        && !c.is_date_word(c.next)
        && (lower(m.end + 1) || m.start > 0 && lower(m.start - 1));
    // `the Sunday Times`, `the Easter Rising`: one date word after `the` going on into a name.
    let the_name = c.len == 1
        && c.prev == "the"
        && c.capitalized()
        && c.next_text.starts_with(char::is_uppercase)
        && !c.is_date_word(c.next)
        && !HOLIDAY_TIME_WORDS.contains(&c.next);
    (all_capitals && after_open_quote)
        || (title_case && c.has(Attr::Title))
        || name_goes_on
        || the_name
}
