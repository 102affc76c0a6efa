//! False alarms: candidates that look like time expressions and are not (`May` the modal or
//! name, `$2023`, ages like `53-year-old`, the show `"This Week"`), dropped before a value is
//! worked out.
//!
//! Why a list of small filters: each filter is one family of false alarms, reads the candidate
//! and its neighbours, and says whether to drop it; [`FILTERS`] runs them in one visible list.
//! A filter that concerns some rules only asks for an attribute the rule file gives them
//! (`[bare-year]`), never for a rule's name. Pulling modifiers into a span is not a filter's
//! business: see `refine`.

mod figures;
pub(crate) mod names;
mod usage;

use super::grammar::{Attr, Grammar, Rule};
use super::matcher::Match;
use super::tokens::Toks;

/// A candidate match with its neighbours, as every filter reads it.
pub struct Candidate<'a> {
    pub toks: &'a Toks<'a>,
    pub m: &'a Match,
    pub rule: &'a Rule,
    /// Tokens in the span.
    pub len: usize,
    /// The folded token before the span and after it (`""` at the edges).
    pub prev: &'a str,
    pub next: &'a str,
    /// The same tokens as written.
    pub prev_text: &'a str,
    pub next_text: &'a str,
    /// The word before is capitalized and no date word: a name the expression may belong to.
    pub prev_capitalized_word: bool,
    g: &'a Grammar,
}

impl<'a> Candidate<'a> {
    pub fn new(g: &'a Grammar, toks: &'a Toks<'a>, m: &'a Match) -> Candidate<'a> {
        let prev = m.start.checked_sub(1).map(|i| toks.lw(i)).unwrap_or("");
        let next = toks.lw_get(m.end).unwrap_or("");
        let prev_text = m.start.checked_sub(1).map(|i| toks.text[i]).unwrap_or("");
        Candidate {
            toks,
            m,
            rule: &g.rules[m.rule],
            len: m.end - m.start,
            prev,
            next,
            prev_text,
            next_text: toks.text.get(m.end).copied().unwrap_or(""),
            prev_capitalized_word: prev_text.chars().next().is_some_and(char::is_uppercase)
                && !g.by_word.contains_key(prev),
            g,
        }
    }

    /// A word some rule starts with (`Friday`, `last`): no name.
    pub fn is_date_word(&self, folded: &str) -> bool {
        self.g.by_word.contains_key(folded)
    }

    pub fn has(&self, a: Attr) -> bool {
        self.rule.attrs.has(a)
    }

    /// The folded word is in the table `name` of tables.txt.
    pub fn in_table(&self, name: &str, folded: &str) -> bool {
        self.g
            .table(name)
            .is_some_and(|t| self.g.lookup(t, "", folded).is_some())
    }

    /// The span's first token is capitalized.
    pub fn capitalized(&self) -> bool {
        self.toks.text[self.m.start]
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    }

    /// The span opens a sentence.
    pub fn opens_sentence(&self) -> bool {
        is_sentence_start(self.toks, self.m.start)
    }
}

type Filter = fn(&Candidate) -> bool;

/// Every filter, in the order they run: the first that flags a candidate drops it.
const FILTERS: &[Filter] = &[
    names::bare_month,
    names::modal_may,
    figures::money_or_figure,
    figures::year_in_code,
    figures::house_number,
    figures::numeric_code,
    names::year_in_name,
    figures::year_as_count,
    figures::age,
    figures::rate_after_quantity,
    names::capitalized_name,
    names::bare_season,
    names::holiday_modifier,
    usage::everyday,
    usage::average_adjective,
    names::title,
    figures::fraction,
    usage::opening_now,
    usage::no_time,
];

/// True when the match should be dropped.
pub fn is_false_alarm(g: &Grammar, toks: &Toks, m: &Match) -> bool {
    let c = Candidate::new(g, toks, m);
    FILTERS.iter().any(|f| f(&c))
}

/// Token `i` opens a sentence (or a quote, a parenthesis, a clause after a dash).
pub fn is_sentence_start(toks: &Toks, i: usize) -> bool {
    i == 0
        || matches!(
            toks.lw(i - 1),
            "." | "!" | "?" | "\"" | "\u{201c}" | ":" | "(" | "\u{2014}" | "--" | "-"
        )
}
