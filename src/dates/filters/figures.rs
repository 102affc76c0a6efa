//! Numbers that are not dates: money and figures, codes and phone numbers, counts of things,
//! ages, rates, fractions.

use super::Candidate;
use crate::dates::grammar::Attr;

/// Numbers that are money, counts or codes rather than years: `$2023`, `20 percent`, `#1990`.
pub fn money_or_figure(c: &Candidate) -> bool {
    c.has(Attr::Counted)
        && (matches!(c.prev, "$" | "£" | "€" | "#" | "no." | "number")
            || matches!(c.next, "%" | "percent" | "per"))
}

/// The year a bare number stands for (its first capture), 0 when none.
fn year(c: &Candidate) -> u32 {
    c.m.caps.first().and_then(|v| v.parse().ok()).unwrap_or(0)
}

/// A date in figures only that is a version or a code: `version 1.2.2013`, `build 10-12-2020`;
/// round 16, eight figures that name a thing (`serial 20261104`, `order #20161101`).
pub fn numeric_code(c: &Candidate) -> bool {
    let prev = label(c);
    c.has(Attr::Figures)
        && (code_label(prev)
            || matches!(
                prev,
                "v" | "v."
                    | "ver"
                    | "ver."
                    | "release"
                    | "build"
                    | "firmware"
                    | "serial"
                    | "no"
                    | "no."
                    | "#"
                    | "id"
                    | "order"
                    | "invoice"
                    | "ref"
                    | "sku"
                    | "tracking"
                    | "account"
                    | "phone"
                    | "tel"
                    | "call"
                    | "pin"
            ))
}

/// The word before the span, `no.` where the tokenizer split a lower-case `no.` in two.
fn label<'a>(c: &Candidate<'a>) -> &'a str {
    let m = c.m.start;
    if c.prev == "." && m >= 2 && c.toks.lw(m - 2) == "no" {
        "no."
    } else {
        c.prev
    }
}

/// Words that name a code or a count before a number: `Room 1999`, `version 3`.
fn code_label(prev: &str) -> bool {
    matches!(
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
    )
}

/// Parts of phone numbers and codes: `555-1234`, `Room 1999`; years far from news.
pub fn year_in_code(c: &Candidate) -> bool {
    if !c.has(Attr::BareYear) {
        return false;
    }
    let (toks, m, prev) = (c.toks, c.m, c.prev);
    // `555-1999` is a number; `2009-2010` a span of years.
    let hyphen_before = prev == "-"
        && m.start >= 2
        && toks.glued(m.start - 1)
        && toks
            .lw(m.start - 2)
            .as_bytes()
            .first()
            .is_some_and(u8::is_ascii_digit)
        && !is_year(toks.lw(m.start - 2));
    let label_before = code_label(prev) || matches!(label(c), "no." | "#");
    // Round 18: `HX-1900`, a model's code in capitals glued before the year's hyphen (not a
    // month, `MAR-2024`, nor a fiscal year, `FY-2024`).
    let model =
        prev == "-" && m.start >= 2 && toks.glued(m.start - 2) && toks.glued(m.start - 1) && {
            let w = toks.text[m.start - 2];
            w.len() >= 2
                && w.bytes().any(|b| b.is_ascii_alphabetic())
                && w.bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
                && !w.starts_with("FY")
                && super::super::month_number(toks.lw(m.start - 2)).is_none()
        };
    // `2024-118`: three figures or more glued on by a hyphen are a number's, not a span's;
    // `1800 555 019`: groups of figures after it are a phone number's.
    let digits = |i: usize| {
        toks.lw_get(i)
            .is_some_and(|w| w.len() >= 3 && w.bytes().all(|b| b.is_ascii_digit()) && !is_year(w))
    };
    let numbered = c.next == "-" && toks.glued(m.end - 1) && toks.glued(m.end) && digits(m.end + 1)
        || !toks.glued(m.end - 1) && digits(m.end) && digits(m.end + 1);
    // `WX-2020-B`, `SUMMER-2024-X`: a year glued by hyphens inside a code in capitals.
    let code = |i: usize| {
        let t = toks.text[i];
        t.bytes().any(|b| b.is_ascii_alphabetic())
            && t.bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
    };
    let in_code = prev == "-"
        && m.start >= 2
        && toks.glued(m.start - 2)
        && toks.glued(m.start - 1)
        && c.next == "-"
        && toks.glued(m.end - 1)
        && toks.glued(m.end)
        && m.end + 1 < toks.len()
        && (code(m.start - 2) || code(m.end + 1));
    // Before 1600 a number is a year only after a word that dates it: `in 1423`, `c. 1230`.
    let dated = matches!(
        prev,
        "in" | "since" | "until" | "till" | "circa" | "c." | "ca."
    ) && (1000..1600).contains(&year(c));
    !((1600..=2100).contains(&year(c)) || dated)
        || hyphen_before
        || label_before
        || in_code
        || model
        || numbered
}

/// A house's number: a number in the range of years before a street's name of up to three
/// capitalized words that ends in a word of the table `street` (`at 1600 Amphitheatre
/// Parkway`, `1999 Broadway`); `in 2019 Pennsylvania Avenue was closed` is a year.
pub fn house_number(c: &Candidate) -> bool {
    if !c.has(Attr::BareYear)
        || matches!(
            c.prev,
            "in" | "since"
                | "until"
                | "till"
                | "by"
                | "during"
                | "of"
                | "the"
                | "'s"
                | "from"
                | "before"
                | "after"
                | "circa"
                | "mid"
        )
    {
        return false;
    }
    let toks = c.toks;
    (c.m.end..toks.len().min(c.m.end + 3))
        .take_while(|&i| toks.text[i].starts_with(|ch: char| ch.is_ascii_uppercase()))
        .any(|i| c.in_table("street", toks.lw(i)))
}

/// A number in the range of years (`2050` in `2000 - 2050`).
fn is_year(n: &str) -> bool {
    n.len() == 4 && n.parse::<u32>().is_ok_and(|y| (1600..=2100).contains(&y))
}

/// Counts: `1990 people`, `about 2000 troops`, `555 - 1234`.
pub fn year_as_count(c: &Candidate) -> bool {
    if !c.has(Attr::BareYear) {
        return false;
    }
    let (toks, m, prev, next, next_text) = (c.toks, c.m, c.prev, c.next, c.next_text);
    // `1990 people`, `2000 troops`: a count followed by a plural noun.
    // ... unless a determiner or preposition shows it modifies the noun: `the 1992 protests`.
    let plural_noun = next_text.len() > 3
        && next_text.ends_with('s')
        && next_text.bytes().all(|b| b.is_ascii_lowercase())
        && !matches!(next, "was" | "has" | "is" | "as" | "this")
        || matches!(
            next_text,
            "people" | "men" | "women" | "children" | "police" | "feet" | "personnel" | "staff"
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
    let dash_number = next == "-"
        && !toks.glued(m.end)
        && toks
            .lw_get(m.end + 1)
            .is_some_and(|n| n.as_bytes().first().is_some_and(u8::is_ascii_digit) && !is_year(n));
    // `over 2000 - 2050`: a span of years, not a count.
    let year_range = matches!(next, "-" | "to" | "\u{2013}" | "and")
        && toks.lw_get(m.end + 1).is_some_and(is_year);
    let approx = approx && !year_range;
    plural_noun || approx || dash_number
}

/// Ages and sizes: `53-year-old`, `a 10-year-old`, `52 years old`.
pub fn age(c: &Candidate) -> bool {
    (c.next == "-" && c.toks.lw_get(c.m.end + 1).is_some_and(|n| n == "old")) || c.next == "old"
}

/// Rates, not times: `$1.76 a year`, `10,000 units annually`, `20% annually`; a rate of more
/// than one word (`a year`) only after an amount in figures (`3 times a day` is a recurrence).
pub fn rate_after_quantity(c: &Candidate) -> bool {
    let after_quantity = c.prev.as_bytes().first().is_some_and(u8::is_ascii_digit)
        || c.len == 1
            && matches!(
                c.prev,
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
    c.has(Attr::Rate) && after_quantity
}

/// Fractions: `a quarter of the market`, `three quarters of voters`.
pub fn fraction(c: &Candidate) -> bool {
    // `a quarter of 2023` is the quarter.
    let of_a_year = || {
        c.toks
            .lw_get(c.m.end + 1)
            .is_some_and(|w| w.as_bytes().first().is_some_and(u8::is_ascii_digit))
    };
    c.has(Attr::Fraction)
        && c.next == "of"
        && !of_a_year()
        // In a [fraction] rule only the unit can be `Q` (a quarter).
        && c.m.caps.iter().any(|v| v == "Q")
}

#[cfg(test)]
mod tests {
    use crate::dates::tests::values;

    /// Round 7: a year before 1600 after a word that dates it is a year; a number of that size
    /// anywhere else is none.
    #[test]
    fn a_year_before_1600_needs_a_word_that_dates_it() {
        assert_eq!(
            values("The town was founded in 1266 by monks."),
            [("1266".into(), "1266".into())]
        );
        assert_eq!(
            values("The abbey stood until 1539."),
            [("1539".into(), "1539".into())]
        );
        assert!(values("The hall seats 1200 and the bar 300.").is_empty());
        assert!(values("The plant employs 1450 workers.").is_empty());
        assert!(values("It scored 1390 points in the test.").is_empty());
    }
}
