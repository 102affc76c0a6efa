//! What runs after the rules and the filters (chrono-node's refiners): modifiers pulled into
//! the span (`early 2023`, `nearly four years ago`, `the next year or so`) and a second day
//! split off a date (`April 24 and 25`).
//!
//! Refiners change a kept candidate; dropping candidates is the business of `filters`. The
//! modifier phrases are data (`rules/modifiers.txt`), read once.

use super::grammar::Grammar;
use super::matcher::Match;
use super::template::Template;
use super::tokens::Toks;

const MODIFIERS: &str = crate::text::strip::data_file!("rules/modifiers.txt");

pub struct Refiner {
    modifiers: Vec<(Vec<String>, Joins)>,
}

/// What a modifier may join.
#[derive(Clone, Copy, PartialEq)]
enum Joins {
    Anything,
    /// A count or `the`: `about two years`, `at least the past 16 months`.
    CountOrThe,
    /// A count only: `over a week`, `around 7:15 p.m.`.
    Count,
}

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
        if last_is_verb(toks, m) {
            m.start += 1;
        }
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
                // Round 19: a recurrence takes no `late` (`opens late every Thursday`).
                Joins::Anything => !matches!(first, "every" | "each"),
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
                && !(phrase.len() == 1 && phrase[0] == "over" && during(toks, at, m.end))
                // Round 19: `later` right after a length closes it (`an hour later next fall`,
                // TimeBank's `Three days later`), not the date after it.
                && !(n == 1
                    && matches!(phrase[0].as_str(), "later" | "earlier")
                    && at == floor
                    && floor > 0)
                // `How about the week after next?`: a question, no approximation.
                && !(phrase[0] == "about" && at > 0 && matches!(toks.lw(at - 1), "how" | "what"))
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
}

/// `matured over several months`, `deliberated over two days`: after a verb in `-ed` that
/// takes no length, `over` means during and stays out, as TimeBank marks it; after `lasted`,
/// `waited` it means more than and joins (`to last over a week`). Round 19: so it does after a
/// word that takes an amount (`for over a year`, `a delay of over an hour`, `took over two
/// days`, `has over a month of stock`), at the head of a clause (`Over 50 years, it grew`) and
/// before `ago` or `later` (`just over a week ago`); after any other word it is during (`a
/// raise over three years`, `profits rose over two years`, `hours of talks over two days`).
fn during(toks: &Toks, over: usize, end: usize) -> bool {
    let Some(prev) = over.checked_sub(1).map(|i| toks.lw(i)) else {
        return false;
    };
    let counted_from = matches!(
        toks.lw_get(end),
        Some("ago" | "later" | "earlier" | "before" | "after" | "old" | "since")
    );
    prev.bytes().all(|b| b.is_ascii_lowercase())
        && !counted_from
        && !matches!(
            prev,
            "lasted"
                | "last"
                | "lasts"
                | "lasting"
                | "waited"
                | "wait"
                | "stayed"
                | "remained"
                | "lived"
                | "served"
                | "worked"
                | "delayed"
                | "trapped"
                | "jailed"
                | "detained"
                | "imprisoned"
                | "married"
                | "ruled"
                | "reigned"
                | "survived"
                | "needed"
                | "took"
                | "take"
                | "takes"
                | "taking"
                | "spent"
                | "spend"
                | "for"
                | "in"
                | "of"
                | "with"
                | "within"
                | "after"
                | "than"
                | "just"
                | "only"
                | "well"
                | "slightly"
                | "little"
                | "is"
                | "was"
                | "were"
                | "are"
                | "been"
                | "be"
                | "has"
                | "have"
                | "had"
                | "and"
                | "or"
                | "to"
                | "from"
        )
}

/// `expected to last six weeks`, `it could last 10 days`: `last` is the verb, the span its
/// length (`compared to last three years` keeps it: a period).
fn last_is_verb(toks: &Toks, m: &Match) -> bool {
    let before = |k: usize| m.start.checked_sub(k).map_or("", |i| toks.lw(i));
    toks.lw(m.start) == "last"
        && m.end - m.start >= 3
        && match before(1) {
            "will" | "would" | "could" | "may" | "might" | "can" | "should" | "must" | "'ll"
            | "not" | "n't" | "wo" => true,
            "to" => !matches!(
                before(2),
                "compared"
                    | "up"
                    | "back"
                    | "similar"
                    | "relative"
                    | "close"
                    | "prior"
                    | "down"
                    | "equal"
                    | "contrast"
                    | "due"
            ),
            _ => false,
        }
}

/// `April 24 and 25`: the second day shares the first one's month and year. The value of the
/// token after the joining word, when `m` (of value `value`) ends with a day of the month and
/// `next` (the following candidate) does not take that token.
pub fn second_day(
    toks: &Toks,
    m: &Match,
    template: &Template,
    value: Option<&str>,
    next: Option<&Match>,
) -> Option<String> {
    let v = value.filter(|v| v.len() == 10 && template.ends_with_day_of_month)?;
    let joined = matches!(toks.lw_get(m.end)?, "and" | "or" | "-" | "to" | "through");
    let day = toks
        .lw_get(m.end + 1)
        .filter(|d| d.len() <= 2 && d.bytes().all(|b| b.is_ascii_digit()))?;
    let day: u32 = day.parse().ok().filter(|d| (1..=31).contains(d))?;
    let taken = next.is_some_and(|n| n.start <= m.end + 1);
    // `On June 2 and 40 people came`: a count, not a day.
    let counts = toks.lw_get(m.end + 2).is_some_and(|w| {
        w == "%"
            || w == ":"
            || w.chars().next().is_some_and(char::is_alphabetic)
                && !matches!(w, "and" | "in" | "at" | "of" | "to" | "for")
    });
    let month = v.get(..8)?;
    (joined && !taken && !counts).then(|| format!("{month}{day:02}"))
}

/// Round 26, adopted in round 27: a weekday cut short joined to a dated weekday in a list
/// (`sat and sun?`, `Thu to Sat`, `Mon and Tue I'm off`), which the rules leave alone for being
/// a word (`sun`) or store hours (`Mon to Sat 9-5`): the span of the other day (before or after
/// `m`) and its value, the first such weekday after `m`'s day or the last before it. Not before
/// figures, a hyphen or a slash (store hours), nor when a candidate takes that token. The short
/// days are tables.txt's `[wdabbr]`.
#[inline(never)]
pub fn list_weekday(
    g: &Grammar,
    toks: &Toks,
    m: &Match,
    value: Option<&str>,
    prev_end: usize,
    next: Option<&Match>,
) -> Option<(usize, String)> {
    let abbr = g.table("wdabbr")?;
    let short = |k: usize| -> Option<u32> { g.lookup(abbr, "", toks.lw_get(k)?)?.parse().ok() };
    let w = toks.lw(m.start);
    let own_short = short(m.start).is_some();
    if m.end != m.start + 1 || !own_short && !super::is_weekday(w) {
        return None;
    }
    let day = super::calendar::Date::parse_iso(value.filter(|v| v.len() == 10)?)?;
    let own = day.weekday();
    let joined = |k: usize| matches!(toks.lw_get(k), Some("and" | "or" | "&" | "to"));
    // `mon`, `wed`, `sat`, `sun` are words too: only beside another day cut short (`Saturday
    // and sun cream` is no list).
    let other = |k: usize| {
        short(k).filter(|&wd| {
            wd != own && (own_short || !matches!(toks.lw(k), "mon" | "wed" | "sat" | "sun"))
        })
    };
    let free_after = |k: usize| {
        toks.lw_get(k + 1).map_or(true, |w| {
            !w.starts_with(|c: char| c.is_ascii_digit()) && !matches!(w, "-" | "/" | "\u{2013}")
        })
    };
    // After: `sat and sun`.
    if joined(m.end) && free_after(m.end + 1) && !next.is_some_and(|n| n.start <= m.end + 1) {
        if let Some(wd) = other(m.end + 1) {
            return Some((m.end + 1, day.weekday_on_or_after(wd).to_string()));
        }
    }
    // Before: `Mon and Tue`.
    if m.start >= 2 && joined(m.start - 1) && m.start - 2 >= prev_end && free_after(m.end) {
        if let Some(wd) = other(m.start - 2) {
            return Some((m.start - 2, day.weekday_on_or_before(wd).to_string()));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::dates::tests::values;

    /// Round 7: `last` after a modal or `to` is the verb; the span is the length alone.
    #[test]
    fn last_the_verb_stays_out_of_a_length() {
        let cases = [
            ("The strike could last three weeks.", "three weeks"),
            ("It is built to last 50 years.", "50 years"),
            ("Repairs will last 12 hours.", "12 hours"),
            // `last` the adjective stays.
            (
                "Prices rose in the last three weeks.",
                "the last three weeks",
            ),
            (
                "Compared to last three years, sales fell.",
                "last three years",
            ),
            // After a verb of change, `over` is during: it stays out.
            ("The rules evolved over ten years.", "ten years"),
            ("The jury deliberated over two days.", "two days"),
            ("The siege lasted over a month.", "over a month"),
        ];
        for (text, span) in cases {
            assert_eq!(values(text)[0].0, span, "{text}");
        }
    }
}
