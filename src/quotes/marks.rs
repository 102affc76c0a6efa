//! Finding quote spans from their marks, before anyone asks who said them.
//!
//! One left-to-right pass over the text with a small stack of open marks, so the cost is linear
//! whatever the input (a million marks cost a million steps). Only outermost quotes come out:
//! a quote inside a quote belongs to its outer one.
//!
//! - Curly doubles `“ ”`, guillemets `« »`, low-high German `„ “`, and straight `"` (opening when
//!   it follows a space, a bracket or a dash and precedes a word; closing otherwise).
//! - Singles `‘ ’`, `‚ ‘` and straight `'`. A single mark between two letters is an apostrophe
//!   (`China’s`, `We’re`); a `’` after a word with no single quote open is one too (`students’`);
//!   a leading `‘80s` or `'em` is an elided letter, not an opening mark.
//! - A paragraph (line) that ends inside a quote closes it there: a missing closing mark never
//!   swallows the rest of the article. When the next paragraph starts with an opening mark, the
//!   quote goes on there (the news convention for quotes over several paragraphs): the pieces
//!   share a `chain` number so they get the same speaker.

use crate::offsets::floor_char_boundary;

/// A quote piece, marks included, in byte offsets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Piece {
    pub start: usize,
    pub end: usize,
    /// Pieces of one quote running over several paragraphs share this number (the index of
    /// the first piece).
    pub chain: usize,
    /// False when the piece was cut at a paragraph end (multi-paragraph or unbalanced).
    pub closed: bool,
    /// Opened with a single mark (`‘`, `'`, `‚`).
    pub single: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mark {
    /// “ or « or „ or straight ".
    Double(Style),
    Single(Style),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Style {
    Curly,
    /// „ … “ and ‚ … ‘.
    Low,
    Guillemet,
    Straight,
}

#[derive(Clone, Copy)]
struct Open {
    mark: Mark,
    at: usize,
}

/// Deepest nesting tracked; deeper marks are ignored (only the outermost quote is reported).
const MAX_DEPTH: usize = 8;

/// Bytes looked ahead to decide whether `students’ ` closes a single quote (bounded: linear).
const LOOKAHEAD: usize = 160;

pub fn find(text: &str) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::new();
    let mut stack: Vec<Open> = Vec::with_capacity(MAX_DEPTH);
    // The chain a quote left open at the previous paragraph end may continue.
    let mut pending_chain: Option<(usize, Mark)> = None;
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let body_end = line_start + line.trim_end().len();
        let first_mark = line.trim_start().chars().next();
        // The paragraph must reopen with the same kind of mark (a straight `"` block followed
        // by curly quotes is a block of narration quoting people, not one quote).
        let continues = match (pending_chain, first_mark) {
            (Some((_, Mark::Double(style))), Some(c)) => match style {
                Style::Straight => c == '"',
                Style::Curly | Style::Low => matches!(c, '“' | '„'),
                Style::Guillemet => c == '«',
            },
            (Some((_, Mark::Single(style))), Some(c)) => match style {
                Style::Straight => c == '\'',
                _ => matches!(c, '‘' | '‚'),
            },
            _ => false,
        };
        let chain_in = if continues {
            pending_chain.map(|(c, _)| c)
        } else {
            None
        };
        if line.trim().is_empty() && pending_chain.is_some() {
            line_start += line.len();
            continue; // blank lines between paragraphs keep the chain waiting
        }
        pending_chain = None;
        scan_line(text, line_start, body_end, &mut stack, &mut out, chain_in);
        if let Some(bottom) = stack.first().copied() {
            // The paragraph ended inside a quote: cut it here.
            let chain = match chain_in {
                Some(c) if is_first_mark(text, line_start, bottom.at) => c,
                _ => out.len(),
            };
            if body_end > bottom.at + 1 && keep_unclosed(text, bottom, body_end) {
                out.push(Piece {
                    start: bottom.at,
                    end: body_end,
                    chain,
                    closed: false,
                    single: matches!(bottom.mark, Mark::Single(_)),
                });
                pending_chain = Some((chain, bottom.mark));
            }
            stack.clear();
        }
        line_start += line.len();
    }
    out
}

/// True when `at` is the first non-space char of the line starting at `line_start`.
fn is_first_mark(text: &str, line_start: usize, at: usize) -> bool {
    text.get(line_start..at)
        .is_some_and(|s| s.trim().is_empty())
}

/// An unclosed single quote is far more often a misread apostrophe than a quote; an unclosed
/// double quote is kept (cut at the paragraph end) when it holds some words.
fn keep_unclosed(text: &str, open: Open, end: usize) -> bool {
    matches!(open.mark, Mark::Double(_))
        && text
            .get(open.at..end)
            .is_some_and(|s| s.split_whitespace().count() >= 2)
}

fn scan_line(
    text: &str,
    from: usize,
    to: usize,
    stack: &mut Vec<Open>,
    out: &mut Vec<Piece>,
    chain_in: Option<usize>,
) {
    let line = &text[from..to];
    let before_line: Option<char> = text[..from]
        .chars()
        .next_back()
        .filter(|c| *c != '\n' && *c != '\r');
    let bytes = line.as_bytes();
    let mut first_open_in_line = true;
    let mut rel = 0;
    while rel < bytes.len() {
        // Only the chars of `is_mark` open or close a quote (`classify` says `None` to every
        // other char), so ASCII bytes other than the two straight marks are skipped unread.
        let b = bytes[rel];
        if b < 0x80 && b != b'"' && b != b'\'' {
            rel += 1;
            continue;
        }
        let Some(c) = line[rel..].chars().next() else {
            break;
        };
        let len = c.len_utf8();
        if !is_mark(c) {
            rel += len;
            continue;
        }
        let prev = match rel {
            0 => before_line,
            _ => line[..rel].chars().next_back(),
        };
        let next = line[rel + len..].chars().next();
        let at = from + rel;
        rel += len;
        let action = classify(c, prev, next, stack, text, at);
        match action {
            Action::Open(mark) => {
                if stack.len() < MAX_DEPTH {
                    stack.push(Open { mark, at });
                }
            }
            Action::Close(depth) => {
                let bottom = stack[0];
                stack.truncate(depth);
                if stack.is_empty() {
                    let chain = match chain_in {
                        Some(c) if first_open_in_line && is_first_mark(text, from, bottom.at) => c,
                        _ => out.len(),
                    };
                    out.push(Piece {
                        start: bottom.at,
                        end: at + c.len_utf8(),
                        chain,
                        closed: true,
                        single: matches!(bottom.mark, Mark::Single(_)),
                    });
                    first_open_in_line = false;
                }
            }
            Action::None => {}
        }
    }
}

/// The chars `classify` looks at: every other char is no quote mark.
fn is_mark(c: char) -> bool {
    matches!(
        c,
        '“' | '„' | '«' | '”' | '»' | '"' | '‘' | '‚' | '\'' | '’'
    )
}

enum Action {
    Open(Mark),
    /// Close the open mark at this stack depth (and anything opened inside it).
    Close(usize),
    None,
}

fn is_opening_context(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(p) => {
            p.is_whitespace()
                || matches!(
                    p,
                    '(' | '['
                        | '{'
                        | '—'
                        | '–'
                        | '-'
                        | '/'
                        | '“'
                        | '‘'
                        | '«'
                        | '„'
                        | '‚'
                        | '"'
                        | '\''
                        | ':'
                )
        }
    }
}

fn is_wordish(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric())
}

/// Index in the stack of the innermost open mark accepted by `pred`.
fn find_open(stack: &[Open], pred: impl Fn(Mark) -> bool) -> Option<usize> {
    stack.iter().rposition(|o| pred(o.mark))
}

fn classify(
    c: char,
    prev: Option<char>,
    next: Option<char>,
    stack: &[Open],
    text: &str,
    at: usize,
) -> Action {
    let next_is_space = next.is_none_or(|n| n.is_whitespace());
    match c {
        '“' => {
            // Closes a German „ … “ quote; otherwise opens.
            if let Some(d) = find_open(stack, |m| m == Mark::Double(Style::Low)) {
                if stack
                    .last()
                    .is_some_and(|o| o.mark == Mark::Double(Style::Low))
                    || !is_opening_context(prev)
                {
                    return Action::Close(d);
                }
            }
            Action::Open(Mark::Double(Style::Curly))
        }
        '„' => Action::Open(Mark::Double(Style::Low)),
        '«' => Action::Open(Mark::Double(Style::Guillemet)),
        '”' => match find_open(stack, |m| matches!(m, Mark::Double(_))) {
            Some(d) => Action::Close(d),
            None => Action::None,
        },
        '»' => match find_open(stack, |m| m == Mark::Double(Style::Guillemet)) {
            Some(d) => Action::Close(d),
            None => Action::None,
        },
        '"' => match find_open(stack, |m| m == Mark::Double(Style::Straight)) {
            Some(d) => Action::Close(d),
            None if is_opening_context(prev) && !next_is_space => {
                Action::Open(Mark::Double(Style::Straight))
            }
            // `“…."`: a curly quote closed with a straight mark.
            None => match find_open(stack, |m| matches!(m, Mark::Double(_))) {
                Some(d) if prev.is_some_and(|p| !p.is_whitespace()) => Action::Close(d),
                _ => Action::None,
            },
        },
        '‘' => {
            if let Some(d) = find_open(stack, |m| m == Mark::Single(Style::Low)) {
                return Action::Close(d);
            }
            if is_wordish(prev) || next.is_some_and(|n| n.is_ascii_digit()) || next_is_space {
                return Action::None; // don‘t, ‘80s, a stray mark
            }
            Action::Open(Mark::Single(Style::Curly))
        }
        '‚' => {
            if is_wordish(prev) || next_is_space {
                Action::None
            } else {
                Action::Open(Mark::Single(Style::Low))
            }
        }
        // `''` (two straight singles, old wire style) is not one of the quotation marks news
        // corpora annotate: neither half counts.
        '\'' if prev == Some('\'') || next == Some('\'') => Action::None,
        '’' | '\'' => single_close_or_apostrophe(c, prev, next, stack, text, at),
        _ => Action::None,
    }
}

/// Words whose first letter is elided with a leading apostrophe: `'em`, `’til`.
const ELISIONS: &[&str] = &["em", "til", "cause", "n", "bout", "tis", "twas", "round"];

fn single_close_or_apostrophe(
    c: char,
    prev: Option<char>,
    next: Option<char>,
    stack: &[Open],
    text: &str,
    at: usize,
) -> Action {
    let next_is_space = next.is_none_or(|n| n.is_whitespace());
    if is_wordish(prev) && is_wordish(next) {
        return Action::None; // China’s, We’re, O'Brien
    }
    let open = find_open(stack, |m| matches!(m, Mark::Single(_)));
    if c == '\'' && open.is_none()
        || c == '’'
            && open.is_none()
            && is_opening_context(prev)
            && !next_is_space
            && prev.is_some()
    {
        // A straight single (or a ’ typed for ‘) that may open a quote.
        if is_opening_context(prev) && !next_is_space {
            let rest = text.get(at + c.len_utf8()..).unwrap_or("");
            let word = crate::text::case::lower_str(
                &rest
                    .chars()
                    .take_while(|ch| ch.is_alphanumeric())
                    .collect::<String>(),
            );
            if next.is_some_and(|n| n.is_ascii_digit()) || ELISIONS.contains(&word.as_str()) {
                return Action::None;
            }
            return Action::Open(Mark::Single(if c == '\'' {
                Style::Straight
            } else {
                Style::Curly
            }));
        }
        return Action::None;
    }
    let Some(d) = open else { return Action::None };
    if prev.is_none_or(|p| p.is_whitespace()) {
        return Action::None; // a space before a closing mark: not one
    }
    // `students’ rights’`: a plural possessive inside a single quote. If another closing-like
    // single mark follows soon in the same paragraph, this one is the apostrophe.
    if prev == Some('s') && next_is_space && next.is_some() {
        let rest = text.get(at + c.len_utf8()..).unwrap_or("");
        let window = &rest[..floor_char_boundary(rest, LOOKAHEAD)];
        let window = window.split('\n').next().unwrap_or("");
        let next_word_lower = window
            .trim_start()
            .chars()
            .next()
            .is_some_and(|ch| ch.is_lowercase());
        if next_word_lower && has_later_single_close(window, c) {
            return Action::None;
        }
    }
    Action::Close(d)
}

fn has_later_single_close(window: &str, mark: char) -> bool {
    let mut prev: Option<char> = None;
    let mut it = window.chars().peekable();
    while let Some(ch) = it.next() {
        if ch == mark && !is_wordish(it.peek().copied()) && prev.is_some_and(|p| !p.is_whitespace())
        {
            return true;
        }
        if matches!(ch, '‘' | '“' | '”' | '"') {
            return false;
        }
        prev = Some(ch);
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Vec<&str> {
        find(text).iter().map(|p| &text[p.start..p.end]).collect()
    }

    #[test]
    fn curly_straight_guillemets_and_german_marks() {
        assert_eq!(quotes("He said “we will go,” and left."), ["“we will go,”"]);
        assert_eq!(
            quotes("He said \"we will go,\" and \"soon\"."),
            ["\"we will go,\"", "\"soon\""]
        );
        assert_eq!(quotes("Er sagte „wir gehen“ und ging."), ["„wir gehen“"]);
        assert_eq!(
            quotes("Il a dit « nous partons » hier."),
            ["« nous partons »"]
        );
        assert_eq!(quotes("She called it ‘a farce’ on Monday."), ["‘a farce’"]);
        assert_eq!(
            quotes("Sie nannte es ‚eine Farce‘ gestern."),
            ["‚eine Farce‘"]
        );
    }

    #[test]
    fn apostrophes_are_not_marks() {
        assert_eq!(
            quotes("China’s leaders said “the students’ demands are China’s business.”"),
            ["“the students’ demands are China’s business.”"]
        );
        assert_eq!(
            quotes("The students’ union met in the ’80s. Rock ’n’ roll."),
            Vec::<&str>::new()
        );
        assert_eq!(
            quotes("He said ‘the students’ rights matter’ to him."),
            ["‘the students’ rights matter’"]
        );
        assert_eq!(
            quotes("I don't know, he said, 'em all."),
            Vec::<&str>::new()
        );
    }

    #[test]
    fn nested_quotes_stay_inside_the_outer_one() {
        assert_eq!(
            quotes("“He told me ‘never again,’ and meant it,” she said."),
            ["“He told me ‘never again,’ and meant it,”"]
        );
        assert_eq!(
            quotes("\"They said 'no' twice,\" she said."),
            ["\"They said 'no' twice,\""]
        );
        assert_eq!(quotes("“A “quoted” word”"), ["“A “quoted” word”"]);
        assert_eq!(
            quotes("“Mixed marks are common,\" he said."),
            ["“Mixed marks are common,\""]
        );
    }

    #[test]
    fn paragraphs_reopen_a_running_quote() {
        let text = "“First paragraph of it.\n\n“Second one.\n\n“Third and last,” she said.\nAfter.";
        let pieces = find(text);
        let got: Vec<&str> = pieces.iter().map(|p| &text[p.start..p.end]).collect();
        assert_eq!(
            got,
            [
                "“First paragraph of it.",
                "“Second one.",
                "“Third and last,”"
            ]
        );
        assert!(pieces.iter().all(|p| p.chain == pieces[0].chain));
        assert!(!pieces[0].closed && pieces[2].closed);
    }

    #[test]
    fn a_missing_closing_mark_stops_at_the_paragraph_end() {
        let text = "He said “we will go and see.\nThe next paragraph is “narration” only.";
        let pieces = find(text);
        let got: Vec<&str> = pieces.iter().map(|p| &text[p.start..p.end]).collect();
        assert_eq!(got, ["“we will go and see.", "“narration”"]);
        assert_ne!(pieces[0].chain, pieces[1].chain);
        let text = "\"A block of narration begins here.\n\n“We left,” she said.";
        let pieces = find(text);
        assert_eq!(pieces.len(), 2);
        assert_ne!(pieces[0].chain, pieces[1].chain);
    }

    /// Many unclosed marks in one paragraph: a quadratic pass shows as ten times the time per
    /// mark when the paragraph is ten times longer.
    #[test]
    fn many_marks_take_linear_time() {
        let make = |n: usize| "“a ".repeat(10 * n) + &"’s ".repeat(n) + &"\"b\" ".repeat(3 * n);
        crate::test_support::assert_linear("unclosed marks", 3_000, make, |text| {
            find(text);
        });
    }
}
