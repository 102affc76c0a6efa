//! The document every recognizer reads: text, tokens, sentences and paragraphs.
//!
//! Built once per `annotate` call (like spaCy's `Doc`), so that the entity, date and quote
//! recognizers share one tokenization and agree on boundaries. Offsets are bytes.

pub(crate) mod case;
pub mod sentences;
pub(crate) mod strip;
pub mod tokens;
pub mod word_hasher;

use std::ops::Range;

pub use tokens::{Token, TokenKind};
pub use word_hasher::WordHasher;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    /// Indices into `Doc::tokens`.
    pub tokens: Range<usize>,
    /// Index of the paragraph (newline-separated block) it belongs to.
    pub paragraph: usize,
}

pub struct Doc<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
}

impl<'a> Doc<'a> {
    pub fn new(text: &'a str) -> Self {
        let tokens = tokens::tokenize(text);
        let sentences = sentences::split(text, &tokens);
        Doc {
            text,
            tokens,
            sentences,
        }
    }

    pub fn token_text(&self, i: usize) -> &'a str {
        let t = self.tokens[i];
        &self.text[t.start..t.end]
    }

    /// Index of the sentence holding token `i`.
    pub fn sentence_of_token(&self, i: usize) -> usize {
        self.sentences.partition_point(|s| s.tokens.end <= i)
    }

    /// Whether token `i` opens a line (the text before it since the last token holds a break).
    pub fn starts_line(&self, i: usize) -> bool {
        i == 0 || self.text[self.tokens[i - 1].end..self.tokens[i].start].contains('\n')
    }

    /// Whether token `i` closes a line.
    pub fn ends_line(&self, i: usize) -> bool {
        i + 1 >= self.tokens.len() || self.starts_line(i + 1)
    }

    /// Index of the first token starting at or after byte `byte`.
    pub fn token_at_or_after(&self, byte: usize) -> usize {
        self.tokens.partition_point(|t| t.start < byte)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentence_lookup_by_token() {
        let d = Doc::new("One two. Three four.\nFive.");
        assert_eq!(d.sentences.len(), 3);
        let five = d
            .tokens
            .iter()
            .position(|t| &d.text[t.start..t.end] == "Five")
            .unwrap();
        assert_eq!(d.sentence_of_token(five), 2);
        assert_eq!(d.sentences[2].paragraph, 1);
        assert_eq!(d.token_text(d.token_at_or_after(4)), "two");
    }
}
