//! Who said it: the speaker mention of each quote, found from attribution cues around it.
//!
//! Looked for in this order, each in a bounded window of tokens (so the whole pass is linear):
//! 1. right after the quote, in its sentence: `…,” Kritenbrink said` / `…,” said the department` /
//!    `…,” according to officials`;
//! 2. before it, in its sentence: `Kritenbrink told reporters in a briefing, “…”`,
//!    `He said: “…”`, `Qin urged the U.S. to respect “…”`, `According to X, “…”`;
//! 3. (called by `mod.rs` when 1 and 2 find nothing) a colon introduction ending the previous
//!    sentence (`She said:`), or the subject of the quote's own sentence (`In a speech, Trump
//!    attacked “…”`); `mod.rs` also lets a quote standing alone continue the speaker of the
//!    quote just before it (`“A,” he said. “B.”`).
//!
//! Subjects are found with a few shapes rather than a parser: a name run (`Rep. Jim Jordan`), a
//! pronoun, a description up to its determiner (`a spokeswoman for the company`), skipping an
//! appositive (`Kritenbrink, the top diplomat for East Asia, told`) or a bracket (`(R-Ohio)`);
//! a participle (`…, saying “…”`) takes the subject of its sentence.
//!
//! The speaker is the mention in the attribution (`he`, `the department`, `Mr. Obama`), not the
//! name it stands for; `pronouns` links it to its entity cluster.

use super::cues::{is_cue_verb, is_weak_cue};
use crate::text::{Doc, TokenKind};

/// A speaker mention in token indices `[start, end)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
}

/// Most tokens looked at on either side of a quote.
const WINDOW: usize = 60;
/// Most tokens in a speaker mention.
const MAX_NP: usize = 12;

const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i", "you"];
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "another", "his", "her", "their", "its", "our", "my", "one", "two", "three",
    "some", "several", "many", "other", "this", "that", "these", "those", "both", "most", "few",
];
/// Words that may sit between a subject and its verb: `he also said`, `she has told`, `Trump
/// on Monday tweeted`.
const BETWEEN: &[&str] = &[
    "also",
    "later",
    "then",
    "has",
    "had",
    "have",
    "was",
    "were",
    "is",
    "are",
    "would",
    "will",
    "could",
    "might",
    "may",
    "can",
    "should",
    "previously",
    "recently",
    "once",
    "again",
    "further",
    "just",
    "simply",
    "even",
    "not",
    "n't",
    "never",
    "often",
    "repeatedly",
    "already",
    "still",
    "first",
    "initially",
    "originally",
    "famously",
    "reportedly",
    "publicly",
    "privately",
    "today",
    "yesterday",
    "tonight",
    "earlier",
    "early",
    "late",
    "last",
    "week",
    "month",
    "year",
    "night",
    "morning",
    "afternoon",
    "evening",
    "on",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "this",
    "been",
    "did",
    "does",
    "do",
    "quickly",
    "flatly",
    "himself",
    "herself",
    "themselves",
    "itself",
];
/// Words after a speaker-first verb that still let the speaker come after: `said Tuesday Smith`
/// is rare, but `said on Twitter` means the speaker came before.
const STOP_AFTER_VERB: &[&str] = &[
    "that", "to", "in", "on", "at", "of", "for", "with", "about", "by", "from", "during", "after",
    "before", "it", "this", "so", "yes", "no", "of",
];
/// Words opening a sentence with a phrase before its subject.
const INTRODUCTIONS: &[&str] = &[
    "during",
    "in",
    "at",
    "after",
    "on",
    "when",
    "while",
    "as",
    "amid",
    "facing",
    "despite",
    "since",
    "before",
    "following",
    "speaking",
    "asked",
    "like",
    "for",
    "with",
    "without",
    "under",
    "over",
    "later",
    "earlier",
    "meanwhile",
    "instead",
    "still",
    "yet",
    "but",
    "and",
    "so",
    "now",
    "then",
    "however",
    "also",
    "today",
    "yesterday",
    "last",
    "this",
    "writing",
    "once",
];
const CONJUNCTIONS: &[&str] = &[
    "and", "but", "or", "nor", "yet", "so", "because", "while", "as", "if", "when", "although",
    "though", "since", "that", "which", "who", "whom", "whose", "where", "whilst", "whereas",
    "unless", "until",
];

pub struct Speakers<'d, 'a> {
    doc: &'d Doc<'a>,
}

/// The tokens of a quote piece, marks included: `a..b`.
#[derive(Clone, Copy, Debug)]
pub struct TokRange {
    pub a: usize,
    pub b: usize,
}

impl<'d, 'a> Speakers<'d, 'a> {
    pub fn new(doc: &'d Doc<'a>) -> Self {
        Speakers { doc }
    }

    fn text(&self, i: usize) -> &'a str {
        self.doc.token_text(i)
    }

    fn lower_is(&self, i: usize, words: &[&str]) -> bool {
        let t = self.text(i);
        words.iter().any(|w| t.eq_ignore_ascii_case(w))
    }

    fn is_word(&self, i: usize) -> bool {
        self.doc.tokens[i].kind == TokenKind::Word
    }

    fn is_cap(&self, i: usize) -> bool {
        self.is_word(i) && self.text(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// `Hillary Clinton asking`, `he saying`: a name or pronoun (past time words) right before
    /// a participle is its subject; anything else (`tweets early Friday saying`, `, adding`,
    /// `despite admitting`) leaves the subject to the sentence.
    fn names_a_subject_right_before(&self, v: usize, floor: usize) -> bool {
        let mut j = v;
        while j > floor && self.lower_is(j - 1, BETWEEN) && !self.is_cap_name_like(j - 1) {
            j -= 1;
        }
        j > floor
            && (self.is_pronoun(j - 1) || self.is_cap(j - 1) && !self.lower_is(j - 1, BETWEEN))
    }

    /// A lower-case `-ly` word: `increasingly`, `angrily` (not `Italy`, not `family`).
    fn is_adverb(&self, i: usize) -> bool {
        let t = self.text(i);
        self.is_word(i)
            && !self.is_cap(i)
            && t.len() > 4
            && t.ends_with("ly")
            && !matches!(
                t,
                "family" | "ally" | "rally" | "supply" | "reply" | "assembly" | "only" | "early"
            )
    }

    /// The dot of an initial: `R.` in `Vann R. Newkirk` (tokenized as `R` and `.`).
    fn is_initial_dot(&self, i: usize) -> bool {
        i > 0 && self.text(i) == "." && {
            let p = self.text(i - 1);
            p.chars().count() == 1 && p.chars().all(char::is_uppercase)
        }
    }

    fn is_double_mark(&self, i: usize) -> bool {
        matches!(self.text(i), "“" | "”" | "\"" | "«" | "»" | "„")
    }

    fn is_pronoun(&self, i: usize) -> bool {
        self.is_word(i) && self.lower_is(i, PRONOUNS)
    }

    /// True when a line break lies between tokens `i` and `i + 1`.
    fn breaks_after(&self, i: usize) -> bool {
        let t = &self.doc.tokens;
        i + 1 < t.len() && self.doc.text[t[i].end..t[i + 1].start].contains('\n')
    }

    fn sentence_bounds(&self, tok: usize) -> (usize, usize) {
        let s = self
            .doc
            .sentence_of_token(tok.min(self.doc.tokens.len().saturating_sub(1)));
        match self.doc.sentences.get(s) {
            Some(s) => (s.tokens.start, s.tokens.end),
            None => (tok, tok),
        }
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

    /// `…,” he said` / `…,” said Smith` / `…,” according to X`.
    fn after_pattern(&self, r: std::ops::Range<usize>) -> Option<Found> {
        let mut i = r.start;
        let mut dash = false;
        while i < r.end && matches!(self.text(i), "," | "—" | "–" | "―" | "-" | "(" | ";") {
            dash |= matches!(self.text(i), "—" | "–" | "―");
            i += 1;
        }
        if i >= r.end {
            return None;
        }
        if let Some(f) = self.according_to(i..r.end.min(i + 3)) {
            return Some(f);
        }
        // Verb first: `said Smith`, `added the department`.
        if self.is_cue_verb_at(i) {
            if i + 1 < r.end && !self.lower_is(i + 1, STOP_AFTER_VERB) {
                if let Some(f) = self.np_forward(i + 1, r.end) {
                    return Some(f);
                }
            }
            return None;
        }
        // Passive: `…” was written by Springsteen`.
        if self.lower_is(i, &["was", "were", "is", "are"])
            && i + 2 < r.end
            && self.is_cue_verb_at(i + 1)
            && self.text(i + 2) == "by"
        {
            return self.np_forward(i + 3, r.end);
        }
        // A signature: `…” ― Carla Sanchez` closing its line.
        if dash && self.is_cap(i) {
            let end = r.end.min(i + MAX_NP);
            let mut j = i;
            while j < end && (self.is_word(j) || matches!(self.text(j), "." | "-")) {
                j += 1;
            }
            if j == r.end || j < r.end && matches!(self.text(j), "," | "." | "(") {
                return self.np_forward(i, j);
            }
        }
        // Speaker first: `he said`, `Kritenbrink, the top diplomat, said`, `the department
        // added`, `White House press secretary Josh Earnest said`.
        let first_ok = self.is_pronoun(i)
            || self.is_word(i)
                && !self.lower_is(i, CONJUNCTIONS)
                && !self.lower_is(i, STOP_AFTER_VERB)
                && !self.lower_is(i, BETWEEN)
                && !self.is_cue_verb_at(i);
        if !first_ok {
            return None;
        }
        let limit = r.end.min(i + 3 * MAX_NP);
        let mut v = i + 1;
        let mut depth = 0usize;
        while v < limit {
            let t = self.text(v);
            match t {
                "(" => depth += 1,
                ")" => depth = depth.saturating_sub(1),
                "." if depth > 0 || self.is_initial_dot(v) => {}
                "." | "!" | "?" | ";" | ":" | "“" | "”" | "\"" | "«" | "»" if depth == 0 => {
                    return None
                }
                _ => {}
            }
            if depth == 0 && self.is_cue_verb_at(v) {
                break;
            }
            v += 1;
        }
        if v >= limit {
            return None;
        }
        // The speaker is the chunk before the first comma or bracket.
        let mut end = i;
        while end < v && !matches!(self.text(end), "," | "(") {
            end += 1;
        }
        while end > i + 1 && self.lower_is(end - 1, BETWEEN) && !self.is_pronoun(end - 1) {
            end -= 1;
        }
        if end - i > MAX_NP - 2
            || (i..end)
                .any(|k| self.lower_is(k, CONJUNCTIONS) || self.lower_is(k, &["every", "each"]))
        {
            return None;
        }
        // A lower-case start is a short noun phrase (`officials`, `critics of the plan`) or a role
        // before a name (`city council spokeswoman Ann Marlow`), not a clause running on
        // (`processing for five nationalities …`).
        let np_start = self.is_cap(i)
            || self.is_pronoun(i)
            || self.lower_is(i, DETERMINERS)
            || self.doc.tokens[i].kind == TokenKind::Number;
        if !np_start && end - i > 3 && !self.is_cap(end - 1)
            || !self.is_pronoun(end - 1)
                && (self.lower_is(end - 1, STOP_AFTER_VERB)
                    || self.lower_is(end - 1, &["into", "onto", "as", "than"]))
        {
            return None;
        }
        Some(Found { start: i, end })
    }

    /// A cue verb in lower case (`The Post`, `Says Who` are names or titles, not cues).
    /// After a determiner the word is a noun (`a call for`, `his warning`).
    fn is_cue_verb_at(&self, i: usize) -> bool {
        self.is_word(i)
            && !self.is_cap(i)
            && is_cue_verb(self.text(i))
            && !(i > 0
                && self.lower_is(
                    i - 1,
                    &[
                        "a", "an", "the", "his", "her", "its", "their", "our", "my", "this",
                        "these", "those", "your",
                    ],
                ))
    }

    /// The subject of the sentence starting at token `s`: its first noun phrase, after an
    /// opening phrase set off by a comma (`During a speech Monday, Trump said`).
    fn sentence_subject(&self, s: usize, limit: usize) -> Option<Found> {
        let mut k = s;
        while k < limit && k < s + 8 && !self.is_word(k) {
            k += 1;
        }
        if k < limit && self.lower_is(k, INTRODUCTIONS) {
            let mut c = k;
            while c < limit && c < k + 30 && self.text(c) != "," {
                c += 1;
            }
            if c >= limit || self.text(c) != "," {
                return None;
            }
            k = c + 1;
        }
        self.np_forward(k, limit)
            .filter(|f| self.is_name_or_pronoun(f) || self.lower_is(f.start, DETERMINERS))
    }

    /// `According to X` anywhere in `r`: X.
    fn according_to(&self, r: std::ops::Range<usize>) -> Option<Found> {
        let mut i = r.start;
        while i + 1 < r.end {
            if self.text(i).eq_ignore_ascii_case("according") && self.text(i + 1) == "to" {
                return self.np_forward(i + 2, (i + 2 + MAX_NP).min(self.doc.tokens.len()));
            }
            i += 1;
        }
        None
    }

    /// The last cue before the quote in `r`, its subject, and where the cue is.
    /// `sentence_start` is where the sentence (or the text after the previous quote) begins.
    fn before_pattern(
        &self,
        r: std::ops::Range<usize>,
        sentence_start: usize,
    ) -> Option<(Found, usize)> {
        if r.is_empty() {
            return None;
        }
        if let Some(f) = self.according_to(r.clone()) {
            return Some((f, f.end));
        }
        let mut v = r.end;
        let mut tries = 0;
        while v > r.start && tries < 3 {
            v -= 1;
            if !self.is_cue_verb_at(v) {
                continue;
            }
            if is_weak_cue(self.text(v)) && r.end - v > 6 {
                continue;
            }
            tries += 1;
            // `Trump attacked Clinton, saying, “…”`: the subject of the sentence.
            if self.text(v).ends_with("ing")
                && v > r.start
                && !self.names_a_subject_right_before(v, r.start)
            {
                if let Some(f) = self.sentence_subject(sentence_start, v) {
                    return Some((f, v));
                }
            }
            if let Some(f) = self.subject_before(v, r.start) {
                return Some((f, v));
            }
            // Verb first, cue before the quote: `said Smith: “…”`.
            if v + 1 < r.end {
                if let Some(f) = self
                    .np_forward(v + 1, r.end)
                    .filter(|f| self.is_name_or_pronoun(f))
                {
                    return Some((f, v));
                }
            }
        }
        // `Smith on Twitter: “…”`, `The statement: “…”` — a colon introduction without a verb.
        if r.end - r.start >= 2 && self.text(r.end - 1) == ":" {
            return self
                .sentence_subject(sentence_start, r.end - 1)
                .map(|f| (f, r.end - 1));
        }
        None
    }

    fn is_name_or_pronoun(&self, f: &Found) -> bool {
        (f.start..f.end).any(|i| self.is_cap(i) || self.is_pronoun(i))
    }

    /// The subject of the verb at `v`, looking left no further than `floor`.
    fn subject_before(&self, v: usize, floor: usize) -> Option<Found> {
        let mut j = v;
        while j > floor
            && (self.lower_is(j - 1, BETWEEN) && !self.is_cap_name_like(j - 1)
                || self.is_adverb(j - 1))
        {
            j -= 1;
        }
        if j <= floor {
            return None;
        }
        // `Lee declined to comment but said the senator “…”`: a second verb of the subject.
        if self.lower_is(j - 1, &["and", "but"]) {
            // `I laughed and said`: the subject right before the first verb, else the sentence's.
            let mut k = j - 1;
            while k > floor
                && j - 1 - k < 4
                && self.is_word(k - 1)
                && !self.is_cap(k - 1)
                && !self.is_pronoun(k - 1)
            {
                k -= 1;
            }
            if k > floor && k < j - 1 && (self.is_pronoun(k - 1) || self.is_cap(k - 1)) {
                if let Some(f) = self.np_backward(k, floor) {
                    return Some(f);
                }
            }
            let s_start = self.sentence_bounds(v).0.max(floor);
            return self.sentence_subject(s_start, j - 1);
        }
        let mut end = j; // exclusive end of the subject
                         // `Rep. Jordan (R-Ohio) said`: skip a bracket.
        if self.text(end - 1) == ")" {
            let mut k = end - 1;
            while k > floor && self.text(k) != "(" && end - k < 12 {
                k -= 1;
            }
            if self.text(k) != "(" || k <= floor {
                return None;
            }
            end = k;
        }
        // `Kritenbrink, the top diplomat for East Asia, told`: skip the appositive.
        if self.text(end - 1) == "," {
            let mut k = end - 1;
            let lim = floor.max((end - 1).saturating_sub(30));
            while k > lim && self.text(k - 1) != "," && !self.is_double_mark(k - 1) {
                k -= 1;
            }
            if k <= lim || self.text(k - 1) != "," {
                return None;
            }
            end = k - 1;
            if end > floor && self.text(end - 1) == ")" {
                let mut m = end - 1;
                while m > floor && self.text(m) != "(" && end - m < 12 {
                    m -= 1;
                }
                if self.text(m) != "(" || m <= floor {
                    return None;
                }
                end = m;
            }
        }
        if end <= floor {
            return None;
        }
        let f = self.np_backward(end, floor)?;
        // `Protesters marching through the streets chanted`: the noun phrase before the verb is
        // the object of a preposition; the subject opens the sentence.
        const PREPOSITIONS: &[&str] = &[
            "in", "on", "at", "through", "to", "for", "from", "with", "by", "of", "about", "into",
            "across", "near", "outside", "inside", "around",
        ];
        let common_noun =
            (f.start..f.end).all(|k| !self.is_cap(k) || self.lower_is(k, DETERMINERS));
        if common_noun && f.start > floor && self.lower_is(f.start - 1, PREPOSITIONS) {
            let (s_start, _) = self.sentence_bounds(v);
            if let Some(g) = self.sentence_subject(s_start.max(floor), f.start - 1) {
                return Some(g);
            }
        }
        Some(f)
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

    fn is_cap_name_like(&self, i: usize) -> bool {
        // Weekday names are capitalized but are not names of speakers.
        self.is_cap(i) && !self.lower_is(i, BETWEEN)
    }

    /// The noun phrase ending right before `end` (exclusive), starting no earlier than `floor`.
    fn np_backward(&self, end: usize, floor: usize) -> Option<Found> {
        let last = end - 1;
        if !self.is_word(last) && self.text(last) != "’s" {
            return None;
        }
        if self.is_pronoun(last) {
            return Some(Found { start: last, end });
        }
        if self.lower_is(last, CONJUNCTIONS)
            || self.lower_is(last, STOP_AFTER_VERB)
            || self.is_cue_verb_at(last)
        {
            return None;
        }
        let mut s = last;
        if self.is_cap(last) {
            // A name: capitalized words, abbreviations (`Mr.`), `of`/`de` between capitals.
            while s > floor && end - s < MAX_NP {
                let p = s - 1;
                if self.is_cap(p) && !self.lower_is(p, BETWEEN)
                    || self.text(p) == "’s"
                    || self.text(p) == "'s"
                {
                    s = p;
                } else if (self.lower_is(
                    p,
                    &["of", "de", "van", "von", "der", "al", "bin", "la", "du"],
                )) && p > floor
                    && self.is_cap(p - 1)
                {
                    s = p;
                } else if self.text(p) == "." || self.text(p) == "-" {
                    s = p; // `U.S` tokenized apart
                } else {
                    break;
                }
            }
            // keep a determiner: `the State Department`
            if s > floor && self.lower_is(s - 1, DETERMINERS) && !self.lower_is(s - 1, &["that"]) {
                s -= 1;
            }
            while s < last && self.doc.tokens[s].kind == TokenKind::Punct {
                s += 1;
            }
            return Some(Found { start: s, end });
        }
        // A description: `the department`, `a senior official`, `officials`.
        while s > floor && end - s < 8 {
            let p = s - 1;
            if !self.is_word(p)
                && self.text(p) != "-"
                && self.doc.tokens[p].kind != TokenKind::Number
            {
                break;
            }
            if self.lower_is(p, CONJUNCTIONS)
                || self.lower_is(p, STOP_AFTER_VERB) && !self.lower_is(p, &["of"])
                || self.is_cue_verb_at(p)
            {
                break;
            }
            s = p;
            if self.lower_is(p, DETERMINERS) {
                break;
            }
        }
        while s < last && self.doc.tokens[s].kind == TokenKind::Punct {
            s += 1;
        }
        Some(Found { start: s, end })
    }

    /// The noun phrase starting at `i` (skipping commas), ending before a comma, bracket, verb
    /// or clause word, within `limit`.
    fn np_forward(&self, mut i: usize, limit: usize) -> Option<Found> {
        let limit = limit.min(self.doc.tokens.len());
        while i < limit && matches!(self.text(i), "," | "—" | "–") {
            i += 1;
        }
        let number_first =
            i + 1 < limit && self.doc.tokens[i].kind == TokenKind::Number && self.is_word(i + 1);
        if i >= limit || !self.is_word(i) && !number_first {
            return None;
        }
        if self.is_pronoun(i) {
            return Some(Found {
                start: i,
                end: i + 1,
            });
        }
        if self.lower_is(i, &["him", "them", "us", "me"]) {
            return None; // an object, not a speaker (`comparing him favorably`)
        }
        if self.lower_is(i, CONJUNCTIONS)
            || self.lower_is(i, STOP_AFTER_VERB) && !self.lower_is(i, DETERMINERS)
            || self.is_cue_verb_at(i)
        {
            return None;
        }
        let start = i;
        let mut j = i;
        let mut saw_name = false;
        while j < limit && j - start < MAX_NP {
            let t = self.text(j);
            if !self.is_word(j)
                && !matches!(t, "." | "-" | "&")
                && self.doc.tokens[j].kind != TokenKind::Number
            {
                break;
            }
            // `several environmental groups granted …`: a past-tense verb ends a description.
            if !saw_name
                && j > start
                && !self.is_cap(j)
                && t.ends_with("ed")
                && !self.lower_is(
                    j,
                    &["retired", "red", "united", "elected", "unnamed", "talented"],
                )
            {
                break;
            }
            if j > start
                && (self.lower_is(j, CONJUNCTIONS)
                    || self.is_cue_verb_at(j)
                    || self.lower_is(
                        j,
                        &[
                            "who", "which", "in", "on", "at", "to", "during", "after", "when",
                        ],
                    ))
            {
                break;
            }
            if matches!(t, "’s" | "'s") {
                // `Smith’s spokesman`: a description after the possessive.
                saw_name = false;
                j += 1;
                continue;
            }
            // (After a determiner a capitalized word may be an adjective: `one Democratic source`.)
            if saw_name
                && !self.lower_is(start, DETERMINERS)
                && !self.is_cap(j)
                && !matches!(t, "." | "-" | "&")
                && !self.lower_is(
                    j,
                    &[
                        "of", "de", "van", "von", "der", "al", "bin", "la", "du", "for", "the",
                    ],
                )
            {
                break;
            }
            if self.is_cap(j) && !(j == start && self.lower_is(j, DETERMINERS)) {
                saw_name = true;
            }
            j += 1;
        }
        while j > start + 1
            && (!self.is_word(j - 1) || self.lower_is(j - 1, &["of", "for", "the", "de"]))
        {
            j -= 1;
        }
        (j > start).then_some(Found { start, end: j })
    }

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
}
