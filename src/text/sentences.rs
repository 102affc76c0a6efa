//! Sentence and paragraph boundaries over the tokens.
//!
//! A sentence ends after `.`, `!` or `?` (and any closing quote marks or brackets right after it)
//! when the next token starts a new sentence, and always at a line break: news text puts
//! headlines, datelines and paragraphs on lines of their own. Abbreviation tokens keep their dot
//! (see `tokens`), so `the U.S. State Department` is not split.

use super::tokens::{is_title_abbreviation, Token, TokenKind};
use super::Sentence;

fn is_terminal(s: &str) -> bool {
    matches!(s, "." | "!" | "?" | "…")
}

fn is_closer(s: &str) -> bool {
    matches!(s, "”" | "\"" | "’" | "'" | ")" | "]" | "»")
}

pub fn split(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut first = 0usize;
    let mut paragraph = 0usize;
    let mut i = 0usize;
    let tok = |k: usize| &text[tokens[k].start..tokens[k].end];
    while i < tokens.len() {
        let mut end_here = false;
        let mut last = i;
        let abbreviation_then_opener = tokens[i].kind == TokenKind::Word
            && tok(i).len() > 2
            && tok(i).ends_with('.')
            && !is_title_abbreviation(tok(i))
            && i + 1 < tokens.len()
            && SENTENCE_OPENERS.contains(&tok(i + 1));
        if abbreviation_then_opener {
            end_here = true;
        } else if tokens[i].kind == TokenKind::Punct && is_terminal(tok(i)) {
            while last + 1 < tokens.len()
                && is_closer(tok(last + 1))
                && tokens[last + 1].start == tokens[last].end
            {
                last += 1;
            }
            end_here = last + 1 >= tokens.len() || starts_sentence(tok(last + 1));
        }
        let newline_follows = last + 1 < tokens.len()
            && text[tokens[last].end..tokens[last + 1].start].contains(['\n', '\r']);
        if end_here || newline_follows || last + 1 >= tokens.len() {
            out.push(Sentence {
                start: tokens[first].start,
                end: tokens[last].end,
                tokens: first..last + 1,
                paragraph,
            });
            if newline_follows {
                paragraph += 1;
            }
            first = last + 1;
        }
        i = last + 1;
    }
    out
}

/// Capitalized words that open a sentence and hardly ever follow an abbreviation inside one: after
/// `U.S.`, `Inc.` or `p.m.` they show the abbreviation's dot was the full stop too (`to the U.S.
/// The President…`).
const SENTENCE_OPENERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "His",
    "Her",
    "Its",
    "Their",
    "Our",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "But",
    "However",
    "Meanwhile",
];

fn starts_sentence(next: &str) -> bool {
    next.chars().next().is_some_and(|c| {
        c.is_uppercase() || c.is_ascii_digit() || matches!(c, '“' | '"' | '‘' | '(' | '«')
    })
}

#[cfg(test)]
mod tests {
    use crate::text::Doc;

    fn sents(text: &str) -> Vec<&str> {
        let d = Doc::new(text);
        d.sentences.iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn splits_on_terminal_punctuation_and_newlines() {
        assert_eq!(
            sents("He left. She stayed.\nHeadline here\nMore."),
            ["He left.", "She stayed.", "Headline here", "More."]
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(
            sents("“We will go.” He said so."),
            ["“We will go.”", "He said so."]
        );
    }

    #[test]
    fn abbreviations_do_not_split() {
        assert_eq!(
            sents("The U.S. State Department met Mr. Qin at 3 p.m. today."),
            ["The U.S. State Department met Mr. Qin at 3 p.m. today."]
        );
    }

    #[test]
    fn an_abbreviation_before_a_sentence_opener_ends_the_sentence() {
        assert_eq!(
            sents("She flew to the U.S. The President met her at 3 p.m. He smiled."),
            [
                "She flew to the U.S.",
                "The President met her at 3 p.m.",
                "He smiled."
            ]
        );
        // A title goes on into the name.
        assert_eq!(sents("Ask Mr. A. Smith."), ["Ask Mr. A. Smith."]);
    }

    #[test]
    fn lower_case_after_dot_continues() {
        assert_eq!(
            sents("It cost 3 vs. 4 dollars."),
            ["It cost 3 vs. 4 dollars."]
        );
    }
}
