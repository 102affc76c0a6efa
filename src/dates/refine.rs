//! What runs after the rules (chrono-node's refiners): modifiers pulled into the span, and
//! false alarms dropped (`May` the modal or name, `$2023`, ages like `53-year-old`).

use super::grammar::{Attr, Grammar};
use super::matcher::Match;
use super::tokens::Toks;

const MODIFIERS: &str = include_str!("rules/modifiers.txt");

pub struct Refiner {
    modifiers: Vec<(Vec<String>, Joins)>,
}

/// What a modifier may join.
#[derive(Clone, Copy, PartialEq)]
enum Joins {
    Anything,
    /// A count or `the`: `about two years`, `at least the past 18 months`.
    CountOrThe,
    /// A count only: `over a week`, `around 7:15 p.m.`.
    Count,
}

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

impl Refiner {
    pub fn new() -> Refiner {
        let modifiers = MODIFIERS
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with("# "))
            .map(|l| {
                let joins = match l.as_bytes()[0] {
                    b'~' => Joins::CountOrThe,
                    b'#' => Joins::Count,
                    _ => Joins::Anything,
                };
                (
                    l.trim_start_matches(['~', '#'])
                        .split_whitespace()
                        .map(str::to_string)
                        .collect(),
                    joins,
                )
            })
            .collect();
        Refiner { modifiers }
    }

    /// Moves `m.start` left over a modifier phrase, not past `floor` (the previous mention).
    pub fn take_modifiers(&self, toks: &Toks, m: &mut Match, floor: usize) {
        let mut best = 0;
        let first = toks.lw(m.start);
        // A year alone is no count: `over 2000 - 2050` leaves `over` out.
        let lone_year =
            m.end - m.start == 1 && first.len() == 4 && first.bytes().all(|b| b.is_ascii_digit());
        let count = first.as_bytes().first().is_some_and(u8::is_ascii_digit) && !lone_year
            || matches!(
                first,
                "a" | "an"
                    | "one"
                    | "two"
                    | "three"
                    | "four"
                    | "five"
                    | "six"
                    | "seven"
                    | "eight"
                    | "nine"
                    | "ten"
                    | "twelve"
                    | "twenty"
                    | "thirty"
                    | "forty"
                    | "fifty"
                    | "hundred"
                    | "several"
                    | "few"
                    | "half"
            );
        for (phrase, joins) in &self.modifiers {
            let n = phrase.len();
            let fits = match joins {
                Joins::Anything => true,
                Joins::CountOrThe => count || first == "the",
                Joins::Count => count,
            };
            if n > m.start - floor.min(m.start) || n <= best || !fits {
                continue;
            }
            let at = m.start - n;
            if phrase
                .iter()
                .enumerate()
                .all(|(k, w)| toks.lw(at + k) == *w)
            {
                // `mid-` must touch what it modifies; a sentence-initial capital is fine.
                best = n;
            }
        }
        m.start -= best;
        // `the next year or so`, `1994 or later`, `1990 and beyond`
        let tail = (
            toks.lw_get(m.end).unwrap_or(""),
            toks.lw_get(m.end + 1).unwrap_or(""),
        );
        if matches!(
            tail,
            ("or", "so" | "later" | "earlier" | "after" | "before") | ("and", "beyond")
        ) {
            m.end += 2;
        }
    }

    /// False alarms: true when the match should be dropped.
    pub fn is_false_alarm(&self, g: &Grammar, toks: &Toks, m: &Match) -> bool {
        let rule = &g.rules[m.rule];
        let len = m.end - m.start;
        let prev = m.start.checked_sub(1).map(|i| toks.lw(i)).unwrap_or("");
        let next = toks.lw_get(m.end).unwrap_or("");
        let next_text = toks.text.get(m.end).copied().unwrap_or("");
        let prev_text = m.start.checked_sub(1).map(|i| toks.text[i]).unwrap_or("");
        // The word before is capitalized and no date word: a name the expression may belong to.
        let prev_capitalized_word = prev_text.chars().next().is_some_and(char::is_uppercase)
            && !g.by_word.contains_key(prev);
        // Bare month names that are also words or names.
        if rule.attrs.has(Attr::BareMonth) && len == 1 {
            let w = toks.lw(m.start);
            let ambiguous = matches!(
                w,
                "may" | "march" | "june" | "august" | "april" | "jan" | "sept" | "oct"
            );
            let named = next_text.chars().next().is_some_and(char::is_uppercase)
                && !g.by_word.contains_key(next);
            let after_name = prev_capitalized_word && !is_sentence_start(toks, m.start - 1);
            if named
                || after_name
                || (ambiguous
                    && !MONTH_CONTEXT.contains(&prev)
                    && !next.starts_with(|c: char| c.is_ascii_digit()))
            {
                return true;
            }
        }
        // Numbers that are money, counts or codes rather than years.
        if rule.attrs.has(Attr::Counted)
            && (matches!(prev, "$" | "£" | "€" | "#" | "no." | "number")
                || matches!(next, "%" | "percent" | "per"))
        {
            return true;
        }
        if rule.attrs.has(Attr::BareYear) {
            // Parts of phone numbers and codes: `555-1234`; years far from news.
            let y: u32 = m
                .caps
                .first()
                .and_then(|v| v.parse().ok())
                .unwrap_or(0);
            let hyphen_before = prev == "-"
                && m.start >= 2
                && toks.glued(m.start - 1)
                && toks
                    .lw(m.start - 2)
                    .as_bytes()
                    .first()
                    .is_some_and(u8::is_ascii_digit);
            let label_before = matches!(
                prev,
                "room"
                    | "flight"
                    | "route"
                    | "highway"
                    | "model"
                    | "page"
                    | "chapter"
                    | "section"
                    | "article"
                    | "item"
                    | "apartment"
                    | "suite"
                    | "bus"
                    | "line"
                    | "channel"
                    | "version"
                    | "windows"
                    | "code"
                    | "box"
                    | "unit"
                    | "gate"
                    | "pier"
                    | "exit"
                    | "interstate"
            );
            // `Orion 1980`: a year right after a name is part of the name; after an event's
            // name (`World Cup 2018`, `Fan Expo 2016`) it is the event's date.
            let after_name = prev_capitalized_word
                && prev_text.len() > 1
                && !is_sentence_start(toks, m.start - 1)
                && !(m.start.saturating_sub(4)..m.start)
                    .rev()
                    .take_while(|&i| toks.text[i].chars().next().is_some_and(char::is_uppercase))
                    .any(|i| EVENTS.contains(&toks.lw(i)));
            if !(1600..=2100).contains(&y) || hyphen_before || label_before || after_name {
                return true;
            }
            // `1990 people`, `2000 troops`: a count followed by a plural noun.
            // ... unless a determiner or preposition shows it modifies the noun: `the 1992 protests`.
            let plural_noun = next_text.len() > 3
                && next_text.ends_with('s')
                && next_text.bytes().all(|b| b.is_ascii_lowercase())
                && !matches!(next, "was" | "has" | "is" | "as" | "this")
                || matches!(
                    next_text,
                    "people"
                        | "men"
                        | "women"
                        | "children"
                        | "police"
                        | "feet"
                        | "personnel"
                        | "staff"
                );
            let determined = matches!(
                prev,
                "the"
                    | "a"
                    | "an"
                    | "its"
                    | "his"
                    | "her"
                    | "their"
                    | "our"
                    | "this"
                    | "that"
                    | "in"
                    | "of"
                    | "by"
                    | "since"
                    | "for"
                    | "during"
                    | "'s"
                    | "until"
                    | "from"
            );
            let plural_noun = plural_noun && !determined;
            let approx = matches!(
                prev,
                "about"
                    | "some"
                    | "nearly"
                    | "than"
                    | "approximately"
                    | "almost"
                    | "over"
                    | "around"
                    | "only"
                    | "just"
            );
            // `555 - 1234` is a number; `2000 - 2050` two years.
            let is_year = |n: &str| {
                n.len() == 4 && n.parse::<u32>().is_ok_and(|y| (1600..=2100).contains(&y))
            };
            let dash_number = next == "-"
                && !toks.glued(m.end)
                && toks.lw_get(m.end + 1).is_some_and(|n| {
                    n.as_bytes().first().is_some_and(u8::is_ascii_digit) && !is_year(n)
                });
            // `over 2000 - 2050`: a span of years, not a count.
            let year_range = matches!(next, "-" | "to" | "\u{2013}" | "and")
                && toks.lw_get(m.end + 1).is_some_and(is_year);
            let approx = approx && !year_range;
            if plural_noun || approx || dash_number {
                return true;
            }
        }
        // Ages and sizes: `53-year-old`, `a 10-year-old`, `52 years old`.
        if (next == "-" && toks.lw_get(m.end + 1).is_some_and(|n| n == "old")) || next == "old" {
            return true;
        }
        // Rates, not times: `$1.76 a year`, `10,000 units annually`, `20% annually`.
        let rate_word = rule.attrs.has(Attr::Rate);
        let after_quantity = prev.as_bytes().first().is_some_and(u8::is_ascii_digit)
            || matches!(
                prev,
                "%" | "percent"
                    | "million"
                    | "billion"
                    | "cents"
                    | "units"
                    | "shares"
                    | "dollars"
                    | "times"
                    | "once"
                    | "twice"
            );
        if rate_word && after_quantity {
            return true;
        }
        // Names: `LA Weekly`, `Daily Mail` in mid-sentence, `Johnnie Christmas`.
        let capitalized = toks.text[m.start]
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        if len == 1
            && capitalized
            && !is_sentence_start(toks, m.start)
            && (rate_word || (rule.attrs.has(Attr::Surname) && prev_capitalized_word))
        {
            return true;
        }
        // A bare season that names something (`Arab Spring`, `"Spring of Life"`) or modifies a
        // noun (`winter wheat`, `summer camp`) is no date.
        if rule.attrs.has(Attr::BareSeason) {
            let named = capitalized && !is_sentence_start(toks, m.start);
            let modifies = next_text.chars().next().is_some_and(|c| c.is_lowercase())
                && !FUNCTION_WORDS.contains(&next);
            if named || modifies {
                return true;
            }
        }
        // `people's every day lives`: after a possessive or an article it is the adjective
        // `everyday`, not a recurrence.
        if rule.attrs.has(Attr::NoDeterminer)
            && matches!(
                prev,
                "'s" | "'" | "his" | "her" | "their" | "our" | "my" | "your" | "its" | "an" | "the"
            )
        {
            return true;
        }
        // Adjectives and titles: `average daily volume`, the show `This Week`.
        if rule.attrs.has(Attr::Adjective) && matches!(prev, "average") {
            return true;
        }
        let all_capitals = len >= 2
            && toks.text[m.start..m.end]
                .iter()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase));
        let title_case = all_capitals && !is_sentence_start(toks, m.start);
        let after_open_quote =
            matches!(prev, "\"" | "\u{201c}" | "'" | "\u{2018}" | "``") && toks.glued(m.start - 1);
        // A quote opening on `This Week` with every word capitalized is a title (the show `"This
        // Week"`), as a sentence would write `"This week`.
        if (all_capitals && after_open_quote)
            || (title_case && rule.attrs.has(Attr::Title))
        {
            return true;
        }
        // Fractions: `a quarter of the market`, `three quarters of voters`.
        let fraction_rule = rule.attrs.has(Attr::Fraction);
        let of_a_year = toks
            .lw_get(m.end + 1)
            .is_some_and(|w| w.as_bytes().first().is_some_and(u8::is_ascii_digit));
        if fraction_rule
            && next == "of"
            && !of_a_year
            // In a [fraction] rule only the unit can be `Q` (a quarter).
            && m.caps.iter().any(|v| v == "Q")
        {
            return true;
        }
        // `Now, he says …`: a sentence-opening `Now,` moves the story on; it names no time.
        if rule.attrs.has(Attr::DiscourseMarker)
            && toks.lw(m.start) == "now"
            && len == 1
            && next == ","
            && is_sentence_start(toks, m.start)
        {
            return true;
        }
        false
    }
}

fn is_sentence_start(toks: &Toks, i: usize) -> bool {
    i == 0
        || matches!(
            toks.lw(i - 1),
            "." | "!" | "?" | "\"" | "\u{201c}" | ":" | "(" | "\u{2014}" | "--" | "-"
        )
}
