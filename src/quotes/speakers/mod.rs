//! Who said it: the speaker mention of each quote, found from attribution cues around it.
//!
//! Looked for in this order, each in a bounded window of tokens (so the whole pass is linear):
//! 1. right after the quote, in its sentence (`after`): `…,” Kritenbrink said` /
//!    `…,” said the department` / `…,” according to officials`;
//! 2. before it, in its sentence (`before`): `Kritenbrink told reporters in a briefing, “…”`,
//!    `He said: “…”`, `Qin urged the U.S. to respect “…”`, `According to X, “…”`;
//! 3. (called by `super::attribution` when 1 and 2 find nothing; `no_cue`) a colon introduction
//!    ending the previous sentence (`She said:`), or the subject of the quote's own sentence
//!    (`In a speech, Trump attacked “…”`).
//!
//! Subjects are found with a few shapes rather than a parser (`phrases`): a name run
//! (`Rep. Jim Jordan`), a pronoun, a description up to its determiner (`a spokeswoman for the
//! company`), skipping an appositive (`Kritenbrink, the top diplomat for East Asia, told`) or a
//! bracket (`(R-Ohio)`); a participle (`…, saying “…”`) takes the subject of its sentence. What
//! a token is (a capitalized word, a pronoun, a cue verb) is read in `tokens`, by the word lists
//! of `words` and the verbs of `super::cues`.
//!
//! The speaker is the mention in the attribution (`he`, `the department`, `Mr. Obama`), not the
//! name it stands for; `super::pronouns` links it to its entity cluster.

mod after;
mod before;
mod no_cue;
mod phrases;
mod tokens;
mod words;

use crate::text::Doc;
use words::DETERMINERS;

/// A speaker mention in token indices `[start, end)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
}

/// The tokens of a quote piece, marks included: `a..b`.
#[derive(Clone, Copy, Debug)]
pub struct TokRange {
    pub a: usize,
    pub b: usize,
}

/// Most tokens looked at on either side of a quote.
const WINDOW: usize = 60;
/// Most tokens in a speaker mention.
const MAX_NP: usize = 12;

/// The speaker search over one document's tokens.
pub struct Speakers<'d, 'a> {
    doc: &'d Doc<'a>,
}

impl<'d, 'a> Speakers<'d, 'a> {
    pub fn new(doc: &'d Doc<'a>) -> Self {
        Speakers { doc }
    }

    /// The speaker of a quote at tokens `q`, with `prev_end`/`next_start` the token bounds of the
    /// neighbouring quotes (the windows never reach into another quote).
    /// The flag tells whether the cue sits right by the quote (`…,” he said`, `He said: “…`).
    pub fn from_cues(
        &self,
        q: TokRange,
        prev_end: usize,
        next_start: usize,
    ) -> Option<(Found, bool)> {
        let n = self.doc.tokens.len();
        if q.a >= n {
            return None;
        }
        // After the quote: up to the end of the sentence holding the first token after it.
        let after = if q.b < n && !self.breaks_after(q.b - 1) {
            let mut s_end = self.sentence_bounds(q.b).1;
            // A sentence "ending" at an initial (`Vann R. Newkirk`) goes on.
            while s_end < n && s_end < q.b + WINDOW && self.is_initial_dot(s_end - 1) {
                s_end = self.sentence_bounds(s_end).1;
            }
            let mut end = s_end.min(next_start).min(q.b + WINDOW);
            // stop at a line break
            for i in q.b..end {
                if self.breaks_after(i) {
                    end = i + 1;
                    break;
                }
            }
            q.b..end
        } else {
            q.b..q.b
        };
        // `…. ” Smith said`: after a full stop, only a cue right there belongs to the quote.
        let full_stop = q.b >= 2 && self.text(q.b - 2) == ".";
        let after_cue = if full_stop {
            after.start..after.end.min(after.start + 4)
        } else {
            after.clone()
        };
        if let Some(f) = self.after_pattern(after_cue) {
            return Some((f, true));
        }
        let mut s_start = self.sentence_bounds(q.a).0;
        while s_start > 0 && s_start + WINDOW > q.a && self.is_initial_dot(s_start - 1) {
            s_start = self.sentence_bounds(s_start - 1).0;
        }
        let start = s_start.max(prev_end).max(q.a.saturating_sub(WINDOW));
        if let Some((f, v)) = self.before_pattern(start..q.a, s_start.max(prev_end)) {
            let close = q.a - v <= 3 && !self.lower_is(q.a - 1, DETERMINERS)
                || matches!(self.text(q.a - 1), ":" | ",");
            return Some((f, close));
        }
        // `according to X` later in the sentence (`“…” and more, according to X`).
        self.according_to(after).map(|f| (f, false))
    }
}
