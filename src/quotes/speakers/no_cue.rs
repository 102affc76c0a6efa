//! Speakers of quotes with no cue by them: a colon introduction closing the sentence before
//! (`She said:`), or, for a quote inside a sentence, the sentence's subject when it is a name
//! or a pronoun. `super::super::attribution` asks only when the cues around the quote say
//! nothing, and marks the second guess as weak.

use super::{Found, Speakers, WINDOW};

impl Speakers<'_, '_> {
    /// For a quote standing alone: a cue closing the previous sentence (`She said:` or
    /// `Smith said Tuesday.`), as the speaker.
    pub fn from_previous_sentence(&self, q_start: usize, floor: usize) -> Option<Found> {
        let (s_start, _) = self.sentence_bounds(q_start);
        if s_start == 0 || s_start <= floor {
            return None;
        }
        let (p_start, p_end) = self.sentence_bounds(s_start - 1);
        let p_start = p_start.max(floor).max(p_end.saturating_sub(WINDOW));
        if p_end <= p_start {
            return None;
        }
        // Only a sentence that introduces what follows: ends with a colon, or has a cue verb.
        if self.text(p_end - 1) == ":" {
            let mut v = p_end - 1;
            while v > p_start {
                v -= 1;
                if self.is_cue_verb_at(v) {
                    if let Some(f) = self.subject_before(v, p_start) {
                        return Some(f);
                    }
                }
            }
            return self
                .np_forward(p_start, p_end - 1)
                .filter(|f| self.is_name_or_pronoun(f));
        }
        None
    }

    /// For a quote inside a sentence with no cue: the sentence's subject, when it is a name or
    /// a pronoun (`In a speech, Trump attacked “…”`).
    pub fn subject_of_sentence(&self, q_start: usize, floor: usize) -> Option<Found> {
        let (s_start, _) = self.sentence_bounds(q_start);
        let s_start = s_start.max(floor);
        if s_start >= q_start {
            return None;
        }
        self.sentence_subject(s_start, q_start)
            .filter(|f| self.is_name_or_pronoun(f))
    }
}
