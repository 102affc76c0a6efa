//! Which quote pieces report someone's words. Quotation marks also set off titles and
//! nicknames (`on CNN’s “State of the Union”`, `dubbed him “…”`), terms (`the “targeted area”
//! rule`), headlines in single marks and blocks of transcript; these are dropped, before the
//! speaker search for titles and nicknames named in a sentence (so they do not cut the sentence
//! they sit in), after it for the rest, which need to know whether a cue is right by the quote.
//!
//! Each test reads a few words around the quote, at most a few hundred bytes, so a text made of
//! quote marks alone stays linear.

use super::attribution::Attribution;
use super::marks::Piece;
use crate::offsets::floor_char_boundary;

/// `pieces` without the titles and nicknames named in a sentence; a chain whose first pieces
/// were dropped is numbered after its first piece kept.
pub(super) fn without_titles(text: &str, pieces: Vec<Piece>) -> Vec<Piece> {
    let mut chain_head: Vec<Option<usize>> = Vec::new();
    let mut kept: Vec<Piece> = Vec::new();
    for p in pieces {
        if p.chain >= chain_head.len() {
            chain_head.resize(p.chain + 1, None);
        }
        if names_a_title_or_nickname(text, p.start, p.end) {
            continue;
        }
        let head = *chain_head[p.chain].get_or_insert(kept.len());
        kept.push(Piece { chain: head, ..p });
    }
    kept
}

/// What the decision on each piece needs to know of all of them.
pub(super) struct Reported<'t> {
    text: &'t str,
    /// Per chain (by the index of its first piece): whether one of its pieces closes (a quote
    /// over several paragraphs; one that never closes is a block of transcript or an unbalanced
    /// mark), how many pieces it has and whether any has a speaker.
    chain_closes: Vec<bool>,
    chain_len: Vec<usize>,
    chain_named: Vec<bool>,
    /// British style: single marks for quotes throughout (and no `''` doubles of old wire text).
    single_style: bool,
}

impl<'t> Reported<'t> {
    pub fn new(text: &'t str, pieces: &[Piece], who: &Attribution) -> Self {
        let mut chain_closes = vec![false; pieces.len()];
        let mut chain_len = vec![0usize; pieces.len()];
        let mut chain_named = vec![false; pieces.len()];
        for (i, p) in pieces.iter().enumerate() {
            chain_closes[p.chain] |= p.closed;
            chain_len[p.chain] += 1;
            chain_named[p.chain] |= who.found[i].is_some();
        }
        let single_style = pieces.iter().filter(|p| p.single).count() >= 2
            && pieces.iter().all(|p| p.single)
            && !text.contains("''");
        Reported {
            text,
            chain_closes,
            chain_len,
            chain_named,
            single_style,
        }
    }

    /// Whether piece `i` reports someone's words, given who it is attributed to (`has_speaker`:
    /// whether a speaker mention was found for it).
    pub fn keeps(&self, p: &Piece, i: usize, who: &Attribution, has_speaker: bool) -> bool {
        let direct = who.direct[i];
        let close_cue = direct.is_some_and(|(_, close)| close);
        if !p.closed && !self.chain_closes[p.chain] && direct.is_none()
            || self.chain_len[p.chain] > 1 && !self.chain_named[p.chain]
        {
            return false; // never closed or nobody named: a transcript block or a stray mark
        }
        let quote = &self.text[p.start..p.end];
        if p.single
            && !self.single_style
            && !(close_cue && word_count(quote) >= 4 && !on_headline_line(self.text, p.start))
        {
            return false; // single marks at the top level: mostly headlines, terms and apostrophes
        }
        if !close_cue
            && looks_like_title_or_scare_quote(quote)
            && !is_a_sentence_of_its_own(self.text, p.start, p.end)
        {
            return false;
        }
        if (!has_speaker || who.weak[i]) && !sounds_like_speech(quote) {
            return false; // a term or a name in quotation marks, attributed to no one
        }
        true
    }
}

fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

fn words_of(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’' && c != '-')
        .filter(|w| !w.is_empty())
}

/// Words that stay lower case inside a title (`Contract with America`).
const TITLE_SMALL_WORDS: &[&str] = &[
    "of", "the", "and", "a", "an", "in", "on", "for", "to", "with", "at", "by", "or",
];

fn is_title_case(quote: &str) -> bool {
    let inner = quote.trim_matches(|c: char| !c.is_alphanumeric());
    let words: Vec<&str> = words_of(inner).collect();
    !words.is_empty()
        && words.len() <= 6
        && !inner.contains(['.', '!', '?'])
        && words.iter().all(|w| {
            w.chars().next().is_some_and(|c| !c.is_lowercase()) || TITLE_SMALL_WORDS.contains(w)
        })
}

/// Words right before a title or a nickname (`titled “Reckless”`, `the “Teflon Don”`, `his show
/// “Hardball”`).
const NAMING_WORDS: &[&str] = &[
    "of",
    "on",
    "in",
    "titled",
    "entitled",
    "called",
    "dubbed",
    "nicknamed",
    "named",
    "nickname",
    "labelled",
    "labeled",
    "branded",
    "the",
    "a",
    "an",
    "his",
    "her",
    "its",
    "their",
    "show",
    "film",
    "book",
    "song",
    "album",
    "program",
    "documentary",
    "series",
    "movie",
    "episode",
    "column",
];

/// Verbs that name their object (`dubbed him “the Teflon Don”`).
const NAMING_VERBS: &[&str] = &[
    "dubbed",
    "nicknamed",
    "called",
    "named",
    "labeled",
    "labelled",
    "branded",
    "dubs",
    "calls",
    "call",
];

/// `on CNN’s “State of the Union”`, `the 45-second ad, titled “Reckless,”`, `Marcia “Cia”
/// Price`: a title or a nickname used as a name in the sentence, not reported words.
fn names_a_title_or_nickname(text: &str, start: usize, end: usize) -> bool {
    let quote = &text[start..end];
    if !is_title_case(quote) {
        return false;
    }
    // Only the few bytes before the quote matter (bounded, so that a text made of quote marks
    // alone stays linear).
    let before = text[floor_char_boundary(text, start.saturating_sub(64))..start].trim_end();
    let prev_word = before
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    let prev_lower = crate::text::case::lower_str(prev_word.trim_end_matches(','));
    let after = text[end..floor_char_boundary(text, end + 16)].trim_start();
    let next_cap = after.chars().next().is_some_and(char::is_uppercase);
    // `dubbed him “the Teflon Don”`, `called her “Crooked Hillary”`: a naming verb and its object.
    let mut last_two = before
        .rsplit(char::is_whitespace)
        .filter(|w| !w.is_empty())
        .take(2)
        .map(crate::text::case::lower_str);
    let _ = last_two.next();
    let naming_verb = last_two
        .next()
        .is_some_and(|w| NAMING_VERBS.contains(&w.as_str()));
    NAMING_WORDS.contains(&prev_lower.as_str())
        || naming_verb
        || prev_word.ends_with("’s")
        || prev_word.ends_with("'s")
        || prev_word.chars().next().is_some_and(char::is_uppercase)
            && next_cap
            && word_count(quote) <= 2
            && !before.ends_with(['.', ':', ','])
}

/// `… Trump insisted. “Never.”`: a quote opening a sentence and ending with its full stop.
fn is_a_sentence_of_its_own(text: &str, start: usize, end: usize) -> bool {
    let before = text[floor_char_boundary(text, start.saturating_sub(8))..start].trim_end();
    let opens = before.is_empty() || before.ends_with(['.', '!', '?', '”', '"', '\n']);
    let inner = text[start..end]
        .trim_end_matches(|c: char| !c.is_alphanumeric() && !matches!(c, '.' | '!' | '?'));
    opens
        && inner.ends_with(['.', '!', '?'])
        && text[start..end]
            .chars()
            .find(|c| c.is_alphanumeric())
            .is_some_and(char::is_uppercase)
}

/// The line holding `at` is the first of the text or a short one: a headline. Looks no further
/// than a few hundred bytes either way (a longer line is no headline).
fn on_headline_line(text: &str, at: usize) -> bool {
    const REACH: usize = 400;
    let from = floor_char_boundary(text, at.saturating_sub(REACH));
    let to = floor_char_boundary(text, at + REACH);
    let line_start = match text[from..at].rfind('\n') {
        Some(i) => from + i + 1,
        None if from == 0 => 0,
        None => return false,
    };
    let line_end = match text[at..to].find('\n') {
        Some(i) => at + i,
        None if to == text.len() => to,
        None => return false,
    };
    line_start == 0 || word_count(&text[line_start..line_end]) <= 15
}

/// Quoted words with nobody named are kept when they read as speech: a longer passage, or
/// one that says `I`, `we` or `you`.
fn sounds_like_speech(quote: &str) -> bool {
    word_count(quote) >= 8
        || words_of(quote).any(|w| {
            matches!(
                crate::text::case::lower_str(w).as_str(),
                "i" | "we"
                    | "you"
                    | "my"
                    | "our"
                    | "me"
                    | "us"
                    | "your"
                    | "i'm"
                    | "i’m"
                    | "we're"
                    | "we’re"
            )
        })
}

/// A few words, each capitalized (`“The Apprentice”`, `“Crooked Hillary”`), or one or two words
/// (`“experts”`): unless a cue right by them names a speaker, a title, a nickname or a scare
/// quote.
fn looks_like_title_or_scare_quote(quote: &str) -> bool {
    is_title_case(quote)
        || word_count(quote) <= 2
            && !quote
                .trim_end_matches(|c: char| !c.is_alphanumeric())
                .contains(['.', '!', '?'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_and_nicknames_named_in_a_sentence() {
        let named = |text: &str, quote: &str| {
            let start = text.find(quote).unwrap();
            names_a_title_or_nickname(text, start, start + quote.len())
        };
        assert!(named(
            "He spoke on CNN’s “State of the Union” today.",
            "“State of the Union”"
        ));
        assert!(named(
            "Critics dubbed him “the Teflon Don” for years.",
            "“the Teflon Don”"
        ));
        assert!(named("Her aide Anna “Nan” Ruiz agreed.", "“Nan”"));
        assert!(!named(
            "He said “We Will Win” to the crowd.",
            "“We Will Win”"
        ));
        assert!(!named(
            "Marlow said “we are ready to talk.”",
            "“we are ready to talk.”"
        ));
    }

    #[test]
    fn speech_titles_and_headlines() {
        assert!(is_title_case("“Good Morning Town”"));
        assert!(is_title_case("“Contract with America”"));
        assert!(!is_title_case("“We are ready.”"));
        assert!(sounds_like_speech("“We are ready”"));
        assert!(sounds_like_speech("“the talks went on for far too long”"));
        assert!(!sounds_like_speech("“targeted area”"));
        assert!(looks_like_title_or_scare_quote("“experts”"));
        assert!(
            looks_like_title_or_scare_quote("“Never.”"),
            "unless a sentence of its own"
        );
        assert!(!looks_like_title_or_scare_quote("“we will not be bullied”"));
        let text = "Marlow calls plan ‘a disaster’\nThe plan was announced on Monday by the city council of the town after a long meeting.";
        assert!(on_headline_line(text, text.find('‘').unwrap()));
        assert!(!on_headline_line(text, text.find("council").unwrap()));
    }
}
