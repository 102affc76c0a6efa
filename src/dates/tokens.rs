//! The document's tokens as the date engine sees them: text, folded text, byte offsets.
//!
//! This is the ground floor of the recognizer: the builtin classes, the matcher, the tense
//! reader and the filters all read tokens through [`Toks`], and it reads nothing of theirs.
//! The folded text lives in one buffer, so a document costs a few allocations, not one per
//! token.

use super::grammar::Respell;
use crate::text::Doc;

pub struct Toks<'a> {
    pub text: Vec<&'a str>,
    folded: String,
    folded_at: Vec<(u32, u32)>,
    pub start: Vec<usize>,
    pub end: Vec<usize>,
    /// Whether the text writes its dates day first (`classes::figures::day_first_text`):
    /// worked out once, the first time a date that reads either way asks.
    pub(super) day_first: std::cell::OnceCell<bool>,
    /// The reference date, where the caller gave one: a date in figures that reads either way
    /// is read day first when only that reading lies near it (`classes::figures::near_day`).
    pub(super) reference: Option<super::calendar::Date>,
}

impl<'a> Toks<'a> {
    pub fn new(doc: &Doc<'a>) -> Toks<'a> {
        Toks::first(doc, doc.tokens.len())
    }

    /// The first `n` tokens of `doc` only.
    ///
    /// The text up to the last of them is folded at once (ASCII letters lower-cased in place,
    /// which keeps every byte offset), and an ASCII token's folded text is its own span of that
    /// copy; only the rare token with other characters is folded apart, after it. Folding the
    /// whole text in one go, rather than token by token into a growing buffer, is what makes
    /// this cheap in the wasm.
    pub fn first(doc: &Doc<'a>, n: usize) -> Toks<'a> {
        let n = n.min(doc.tokens.len());
        let upto = n.checked_sub(1).map_or(0, |last| doc.tokens[last].end);
        let mut folded = String::with_capacity(upto + upto / 8);
        folded.push_str(&doc.text[..upto]);
        folded.make_ascii_lowercase();
        let mut t = Toks {
            text: Vec::with_capacity(n),
            folded,
            folded_at: Vec::with_capacity(n),
            start: Vec::with_capacity(n),
            end: Vec::with_capacity(n),
            day_first: std::cell::OnceCell::new(),
            reference: None,
        };
        // Each vector filled by a loop of its own, without a capacity check per token; a text
        // in ASCII throughout (most news) needs no token's characters read.
        let tokens = &doc.tokens[..n];
        let text = doc.text;
        t.text
            .extend(tokens.iter().map(|tok| &text[tok.start..tok.end]));
        t.start.extend(tokens.iter().map(|tok| tok.start));
        t.end.extend(tokens.iter().map(|tok| tok.end));
        if t.folded.is_ascii() {
            t.folded_at
                .extend(tokens.iter().map(|tok| (tok.start as u32, tok.end as u32)));
            return t;
        }
        for (i, tok) in tokens.iter().enumerate() {
            let s = t.text[i];
            let at = if s.is_ascii() {
                (tok.start as u32, tok.end as u32)
            } else {
                let from = t.folded.len() as u32;
                t.folded.push_str(&fold(s));
                (from, t.folded.len() as u32)
            };
            t.folded_at.push(at);
        }
        t
    }

    /// Reads each token that `word` takes for a misspelling as the word it stands for
    /// (`wednsday` as `wednesday`); its text stays as written.
    #[inline(never)]
    pub fn respell(&mut self, respell: &Respell) {
        for i in 0..self.len() {
            // Only words of five to nine letters are read as misspellings: by length first.
            let (a, b) = self.folded_at[i];
            if !(5..=9).contains(&(b - a)) {
                continue;
            }
            if let Some(w) = respell.word(self.lw(i)) {
                let from = self.folded.len() as u32;
                self.folded.push_str(w);
                self.folded_at[i] = (from, self.folded.len() as u32);
            }
        }
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
    let mut s = crate::text::case::lower_str(text);
    if s.contains('\u{2019}') {
        s = s.replace('\u{2019}', "'");
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_folded_whatever_their_characters() {
        let doc = Doc::new("On MONDAY, Zürich’s ÉTÉ Fest — Dec. 5 O’Neill's");
        let toks = Toks::new(&doc);
        let lw: Vec<&str> = (0..toks.len()).map(|i| toks.lw(i)).collect();
        let expected: Vec<String> = (0..doc.tokens.len())
            .map(|i| fold(doc.token_text(i)))
            .collect();
        assert_eq!(lw, expected);
        assert!(lw.contains(&"monday") && lw.contains(&"été"), "{lw:?}");
        // The first tokens only: the same folded text, no more of it.
        let top = Toks::first(&doc, 3);
        assert_eq!(top.len(), 3);
        assert_eq!((0..3).map(|i| top.lw(i)).collect::<Vec<_>>(), lw[..3]);
        assert_eq!(Toks::first(&doc, 0).len(), 0);
    }
}
