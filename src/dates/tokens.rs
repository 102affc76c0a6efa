//! The document's tokens as the date engine sees them: text, folded text, byte offsets.
//!
//! This is the ground floor of the recognizer: the builtin classes, the matcher, the tense
//! reader and the filters all read tokens through [`Toks`], and it reads nothing of theirs.
//! The folded text lives in one buffer, so a document costs a few allocations, not one per
//! token.

use crate::text::Doc;

pub struct Toks<'a> {
    pub text: Vec<&'a str>,
    folded: String,
    folded_at: Vec<(u32, u32)>,
    pub start: Vec<usize>,
    pub end: Vec<usize>,
}

impl<'a> Toks<'a> {
    pub fn new(doc: &Doc<'a>) -> Toks<'a> {
        Toks::first(doc, doc.tokens.len())
    }

    /// The first `n` tokens of `doc` only.
    pub fn first(doc: &Doc<'a>, n: usize) -> Toks<'a> {
        let n = n.min(doc.tokens.len());
        let mut t = Toks {
            text: Vec::with_capacity(n),
            folded: String::with_capacity(doc.text.len()),
            folded_at: Vec::with_capacity(n),
            start: Vec::with_capacity(n),
            end: Vec::with_capacity(n),
        };
        for (i, tok) in doc.tokens[..n].iter().enumerate() {
            let s = doc.token_text(i);
            let from = t.folded.len() as u32;
            if s.is_ascii() {
                t.folded
                    .extend(s.bytes().map(|b| b.to_ascii_lowercase() as char));
            } else {
                t.folded.push_str(&fold(s));
            }
            t.folded_at.push((from, t.folded.len() as u32));
            t.text.push(s);
            t.start.push(tok.start);
            t.end.push(tok.end);
        }
        t
    }

    pub fn len(&self) -> usize {
        self.text.len()
    }

    /// Folded text of token `i` (lowercase, straight apostrophes). Panics past the end.
    pub fn lw(&self, i: usize) -> &str {
        let (a, b) = self.folded_at[i];
        &self.folded[a as usize..b as usize]
    }

    pub fn lw_get(&self, i: usize) -> Option<&str> {
        (i < self.len()).then(|| self.lw(i))
    }

    /// Token `i` touches token `i + 1` (no space between).
    pub fn glued(&self, i: usize) -> bool {
        i + 1 < self.len() && self.end[i] == self.start[i + 1]
    }
}

/// Folds a token for matching: lowercase, curly apostrophe as straight.
pub fn fold(text: &str) -> String {
    let mut s = text.to_lowercase();
    if s.contains('\u{2019}') {
        s = s.replace('\u{2019}', "'");
    }
    s
}
