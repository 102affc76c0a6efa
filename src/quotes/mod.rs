//! Quotes and who said them.
//!
//! Three steps, one module each:
//! - `marks`: quote spans from their marks (curly, straight, single, guillemets, German),
//!   apostrophes told apart, quotes over several paragraphs cut into pieces;
//! - `speakers` (with the verbs of `cues`): the speaker mention from attribution cues after,
//!   before or around the quote, or from the quote before it;
//! - `pronouns`: the entity cluster a speaker mention (`he`, `the department`) stands for.
//!
//! The choices between the steps live here: pieces of one multi-paragraph quote share a speaker;
//! `“A,” she said, “B.”` gives both the same mention; a quote standing alone continues the
//! speaker of the quote just before it. Quotes that report no one's words are dropped: titles
//! and nicknames named in a sentence (`on CNN’s “State of the Union”`, `dubbed him “…”`), short
//! or title-case fragments with no cue right by them, quoted terms nobody is named for, single
//! marks at the top level (headlines, terms) unless the whole text quotes with single marks,
//! and paragraphs of transcript that never close. `''` (two straight singles) is not a mark.

mod cues;
mod marks;
mod pronouns;
mod speakers;

use crate::entities::Entities;
use crate::offsets::floor_char_boundary;
use crate::text::Doc;
use speakers::{Found, Speakers, TokRange};

/// The mention a quote is attributed to (byte offsets) and the entity cluster it resolves to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpeakerMention {
    pub start: usize,
    pub end: usize,
    pub cluster: Option<usize>,
}

/// A quote, marks included (byte offsets).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuoteMention {
    pub start: usize,
    pub end: usize,
    pub speaker: Option<SpeakerMention>,
}

pub fn recognize(doc: &Doc, entities: &Entities) -> Vec<QuoteMention> {
    // Titles and nicknames named in a sentence (`on CNN’s “State of the Union”`) go first, so
    // that they do not cut the sentence they sit in when speakers are looked for.
    let mut chain_head: Vec<Option<usize>> = Vec::new();
    let mut pieces: Vec<marks::Piece> = Vec::new();
    for p in marks::find(doc.text) {
        if p.chain >= chain_head.len() {
            chain_head.resize(p.chain + 1, None);
        }
        if names_a_title_or_nickname(doc.text, p.start, p.end) {
            continue;
        }
        let head = *chain_head[p.chain].get_or_insert(pieces.len());
        pieces.push(marks::Piece { chain: head, ..p });
    }
    if pieces.is_empty() {
        return Vec::new();
    }
    let n = doc.tokens.len();
    let ranges: Vec<TokRange> = pieces
        .iter()
        .map(|p| TokRange {
            a: doc.token_at_or_after(p.start),
            b: doc.token_at_or_after(p.end),
        })
        .collect();
    let sp = Speakers::new(doc);
    let mut direct: Vec<Option<(Found, bool)>> = (0..pieces.len())
        .map(|i| {
            let prev_end = if i > 0 { ranges[i - 1].b } else { 0 };
            let next_start = ranges.get(i + 1).map_or(n, |r| r.a);
            if ranges[i].a >= ranges[i].b {
                return None;
            }
            sp.from_cues(ranges[i], prev_end, next_start)
        })
        .collect();
    // `called it “dangerous” and “ideological”`: a quote joined to the one before it shares its
    // cue.
    for i in 1..pieces.len() {
        let (prev, cur) = (ranges[i - 1], ranges[i]);
        if direct[i].is_none()
            && direct[i - 1].is_some()
            && cur.a > prev.b
            && cur.a - prev.b <= 6
            && same_sentence(doc, prev.b, cur.a)
        {
            let between = (prev.b..cur.a).map(|k| doc.token_text(k));
            if between
                .clone()
                .any(|w| matches!(w, "and" | "or" | "," | "but"))
                && !between.clone().any(|w| matches!(w, "." | ";" | ":"))
            {
                direct[i] = direct[i - 1];
            }
        }
    }
    let mut found: Vec<Option<Found>> = direct.iter().map(|d| d.map(|(f, _)| f)).collect();
    // `“A,” she said, “B.”`: the mention between the two quotes is the speaker of both.
    for i in 1..pieces.len() {
        if let Some(f) = found[i - 1] {
            if f.start >= ranges[i - 1].b
                && f.end <= ranges[i].a
                && same_sentence(doc, ranges[i - 1].b, ranges[i].a)
            {
                found[i] = Some(f);
            }
        }
    }
    // A chain whose last piece closes is a quote over several paragraphs; one that never closes
    // is a block of transcript or an unbalanced mark.
    let mut chain_closes = vec![false; pieces.len()];
    for p in &pieces {
        chain_closes[p.chain] |= p.closed;
    }

    // Pieces of one multi-paragraph quote share a speaker.
    let mut chain_speaker: Vec<Option<Found>> = vec![None; pieces.len()];
    for (i, p) in pieces.iter().enumerate() {
        if chain_speaker[p.chain].is_none() {
            chain_speaker[p.chain] = found[i];
        }
    }
    for (i, p) in pieces.iter().enumerate() {
        if found[i].is_none() {
            found[i] = chain_speaker[p.chain];
        }
    }

    // `“A” and “B,” he said`: an earlier quote of the same sentence takes the later one's speaker.
    for i in (0..pieces.len().saturating_sub(1)).rev() {
        if found[i].is_none()
            && found[i + 1].is_some()
            && same_sentence(doc, ranges[i].b.saturating_sub(1), ranges[i + 1].a)
        {
            found[i] = found[i + 1];
        }
    }
    // A quote standing alone continues the quote before it, or a cue closing the sentence before;
    // a quote inside a sentence with no cue at all is guessed to be its subject's (`weak`).
    let mut weak = vec![false; pieces.len()];
    for i in 0..pieces.len() {
        if found[i].is_some() || ranges[i].a >= n {
            continue;
        }
        let prev_end = if i > 0 { ranges[i - 1].b } else { 0 };
        found[i] = sp.from_previous_sentence(ranges[i].a, prev_end);
        if found[i].is_none() {
            found[i] = sp.subject_of_sentence(ranges[i].a, prev_end);
            weak[i] = found[i].is_some();
        }
        if found[i].is_none()
            && i > 0
            && found[i - 1].is_some()
            && near(doc, ranges[i - 1].b.saturating_sub(1), ranges[i].a)
        {
            found[i] = found[i - 1];
        }
    }
    // Paragraphs reopening a quote that nobody is named for: a transcript or a block quote.
    let mut chain_len = vec![0usize; pieces.len()];
    let mut chain_named = vec![false; pieces.len()];
    for (i, p) in pieces.iter().enumerate() {
        chain_len[p.chain] += 1;
        chain_named[p.chain] |= found[i].is_some();
    }

    // British style: single marks for quotes throughout (and no `''` doubles of old wire text).
    let single_style = pieces.iter().filter(|p| p.single).count() >= 2
        && pieces.iter().all(|p| p.single)
        && !doc.text.contains("''");
    let quote_bytes: Vec<(usize, usize)> = pieces.iter().map(|p| (p.start, p.end)).collect();
    let linker = pronouns::Linker::new(doc, entities, quote_bytes);
    let mut out = Vec::with_capacity(pieces.len());
    for (i, p) in pieces.iter().enumerate() {
        let speaker = found[i].and_then(|f| {
            let (start, end) = (
                doc.tokens.get(f.start)?.start,
                doc.tokens.get(f.end.checked_sub(1)?)?.end,
            );
            Some(SpeakerMention {
                start,
                end,
                cluster: linker.cluster(doc, start, end),
            })
        });
        let close_cue = direct[i].is_some_and(|(_, close)| close);
        if !p.closed && !chain_closes[p.chain] && direct[i].is_none()
            || chain_len[p.chain] > 1 && !chain_named[p.chain]
        {
            continue; // never closed or nobody named: a transcript block or a stray mark
        }
        let quote = &doc.text[p.start..p.end];
        if p.single
            && !single_style
            && !(close_cue && word_count(quote) >= 4 && !on_headline_line(doc.text, p.start))
        {
            continue; // single marks at the top level: mostly headlines, terms and apostrophes
        }
        if !close_cue
            && looks_like_title_or_scare_quote(quote)
            && !is_a_sentence_of_its_own(doc.text, p.start, p.end)
        {
            continue;
        }
        if (speaker.is_none() || weak[i]) && !sounds_like_speech(quote) {
            continue; // a term or a name in quotation marks, attributed to no one
        }
        out.push(QuoteMention {
            start: p.start,
            end: p.end,
            speaker,
        });
    }
    out
}

fn same_sentence(doc: &Doc, a: usize, b: usize) -> bool {
    a < doc.tokens.len()
        && b < doc.tokens.len()
        && doc.sentence_of_token(a) == doc.sentence_of_token(b)
}

/// The quote at token `b` follows the one ending at token `a` closely: same paragraph, or the
/// next one.
fn near(doc: &Doc, a: usize, b: usize) -> bool {
    if a >= doc.tokens.len() || b >= doc.tokens.len() {
        return false;
    }
    let (sa, sb) = (doc.sentence_of_token(a), doc.sentence_of_token(b));
    let (pa, pb) = (doc.sentences[sa].paragraph, doc.sentences[sb].paragraph);
    pb <= pa + 1 && sb <= sa + 3
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

/// `on CNN’s “State of the Union”`, `the 30-second spot, titled “Arrogant,”`, `Marcia “Cia”
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
    let prev_lower = prev_word.trim_end_matches(',').to_lowercase();
    let after = text[end..floor_char_boundary(text, end + 16)].trim_start();
    let next_cap = after.chars().next().is_some_and(char::is_uppercase);
    const NAMING: &[&str] = &[
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
    // `dubbed him “the Teflon Don”`, `called her “Crooked Hillary”`: a naming verb and its object.
    let mut last_two = before
        .rsplit(char::is_whitespace)
        .filter(|w| !w.is_empty())
        .take(2)
        .map(str::to_lowercase);
    let _ = last_two.next();
    let naming_verb = last_two.next().is_some_and(|w| {
        matches!(
            w.as_str(),
            "dubbed"
                | "nicknamed"
                | "called"
                | "named"
                | "labeled"
                | "labelled"
                | "branded"
                | "dubs"
                | "calls"
                | "call"
        )
    });
    NAMING.contains(&prev_lower.as_str())
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
                w.to_lowercase().as_str(),
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
    use crate::entities;

    /// (quote text, speaker text) for each quote found.
    fn run(text: &str) -> Vec<(String, Option<String>)> {
        let doc = Doc::new(text);
        let ents = entities::recognize(&doc);
        recognize(&doc, &ents)
            .into_iter()
            .map(|q| {
                (
                    text[q.start..q.end].to_string(),
                    q.speaker.map(|s| text[s.start..s.end].to_string()),
                )
            })
            .collect()
    }

    fn speakers(text: &str) -> Vec<Option<String>> {
        run(text).into_iter().map(|(_, s)| s).collect()
    }

    fn s(x: &str) -> Option<String> {
        Some(x.to_string())
    }

    #[test]
    fn cue_after_the_quote() {
        assert_eq!(
            speakers("“We are ready to talk,” Marlow said on Friday."),
            [s("Marlow")]
        );
        assert_eq!(
            speakers("“We are ready to talk,” said the ministry."),
            [s("the ministry")]
        );
        assert_eq!(speakers("“Are we ready?” she asked."), [s("she")]);
        assert_eq!(
            speakers("“Enough,” Tom Marlow, the chief negotiator for the union, told reporters."),
            [s("Tom Marlow")]
        );
    }

    #[test]
    fn cue_before_the_quote() {
        assert_eq!(
            speakers("Ann Marlow told reporters in a briefing: “We are ready to talk.”"),
            [s("Ann Marlow")]
        );
        assert_eq!(
            speakers("Marlow, the union’s chief negotiator, said, “We are ready.”"),
            [s("Marlow")]
        );
        assert_eq!(
            speakers("The spokeswoman also said that “no decision has been made.”"),
            [s("The spokeswoman")]
        );
        assert_eq!(
            speakers("According to Marlow, “the talks are over.”"),
            [s("Marlow")]
        );
    }

    #[test]
    fn cue_inside_and_between_quotes() {
        assert_eq!(
            speakers("“We are ready,” he said, “and we will stay ready.”"),
            [s("he"), s("he")]
        );
        assert_eq!(
            speakers(
                "“We are ready,” he said. “We will stay.”\n\n“Nobody leaves this room tonight.”"
            ),
            [s("he"), s("he"), s("he")]
        );
    }

    #[test]
    fn speakers_are_noun_phrases_not_objects_or_time_words() {
        assert_eq!(
            speakers("“The plan is sound,” it added on its website."),
            [s("it")]
        );
        assert_eq!(
            speakers("“The plan is sound,” said one Republican aide on the committee."),
            [s("one Republican aide")]
        );
        assert_eq!(speakers("Marlow posted a video late Friday saying the vote was “a fraud against every voter.”"), [s("Marlow")]);
        assert_eq!(speakers("Marlow praised the mayor as “a true leader in hard times,” comparing him favorably to her rival."), [s("Marlow")]);
    }

    #[test]
    fn quotes_joined_by_and_share_their_cue() {
        assert_eq!(
            speakers("Marlow called the ruling “reckless” and “cruel” on Monday."),
            [s("Marlow"), s("Marlow")]
        );
    }

    #[test]
    fn quote_over_several_paragraphs_keeps_its_speaker() {
        let text = "Marlow said: “The first point is simple.\n\n“The second is harder.\n\n“The third is the hardest of all.”";
        assert_eq!(speakers(text), [s("Marlow"), s("Marlow"), s("Marlow")]);
    }

    #[test]
    fn titles_and_nicknames_are_not_quotes() {
        assert_eq!(
            run("He watched “The Late Show” every night and called him “Sleepy.”"),
            Vec::<(String, Option<String>)>::new()
        );
    }

    #[test]
    fn shows_nicknames_and_terms_named_in_a_sentence_are_not_quotes() {
        let text = "Marlow said on ABC’s “Good Morning Town” that the ad, titled “Reckless,” was fair. Her aide Anna “Nan” Ruiz agreed with the “targeted area” rule. Critics dubbed her “the Iron Mayor.”";
        assert_eq!(run(text), Vec::<(String, Option<String>)>::new());
    }

    #[test]
    fn single_marks_in_a_headline_are_not_quotes_but_attributed_ones_are() {
        assert_eq!(
            run(
                "Marlow calls plan ‘a total disaster for everyone’\nThe plan was announced Monday."
            ),
            Vec::<(String, Option<String>)>::new()
        );
        let text = "The plan was announced on Monday by the city council of the town.\n‘We will not accept this plan at all,’ the mayor said on Tuesday after a long and heated meeting.";
        assert_eq!(speakers(text), [s("the mayor")]);
    }

    #[test]
    fn british_single_marks_are_quotes_when_the_whole_text_uses_them() {
        let text = "Ministers clash over budget\nThe minister said the cuts were ‘long overdue and badly needed’ on Monday.\n‘We will not be bullied,’ the prime minister told MPs. ‘Not now, not ever.’";
        assert_eq!(
            speakers(text),
            [
                s("The minister"),
                s("the prime minister"),
                s("the prime minister")
            ]
        );
    }

    #[test]
    fn signatures_participles_and_passives_name_the_speaker() {
        assert_eq!(
            speakers("“We were never asked about any of this.” ― Rosa Delgado\n"),
            [s("Rosa Delgado")]
        );
        assert_eq!(speakers("During a speech on Monday, Marlow attacked the council, saying, “They failed us all.”"), [s("Marlow")]);
        assert_eq!(
            speakers("“Nobody should live like this,” was written by Ann Marlow in 1999."),
            [s("Ann Marlow")]
        );
        assert_eq!(
            speakers("“It is over,” city council spokeswoman Ann Marlow said on Monday."),
            [s("city council spokeswoman Ann Marlow")]
        );
    }

    #[test]
    fn pronoun_links_to_the_subject_before_it_not_the_last_name() {
        let text = "Tom Marlow, who met Anna Ruiz on Monday, said the talks went well.\n“We are close,” he said.";
        let doc = Doc::new(text);
        let ents = entities::recognize(&doc);
        let q = recognize(&doc, &ents);
        let c = q[0].speaker.as_ref().unwrap().cluster.unwrap();
        assert_eq!(ents.clusters[c].name, "Tom Marlow");
    }

    #[test]
    fn a_sentence_initial_description_links_to_its_organization() {
        let text = "The Harbour Department closed the docks on Monday.\nThe department said: “The docks stay shut until the storm passes.”";
        let doc = Doc::new(text);
        let ents = entities::recognize(&doc);
        let q = recognize(&doc, &ents);
        let speaker = q[0].speaker.as_ref().expect("a speaker");
        assert_eq!(&text[speaker.start..speaker.end], "The department");
        let c = speaker.cluster.expect("the department's cluster");
        assert_eq!(ents.clusters[c].name, "Harbour Department");
    }

    #[test]
    fn pronoun_links_to_the_last_person() {
        let text = "Tom Marlow met the press. “We are ready,” he said.";
        let doc = Doc::new(text);
        let ents = entities::recognize(&doc);
        let q = recognize(&doc, &ents);
        let c = q[0].speaker.as_ref().unwrap().cluster.unwrap();
        assert_eq!(ents.clusters[c].name, "Tom Marlow");
    }
}

#[cfg(test)]
mod odd_input {
    use super::*;
    use crate::entities;

    /// Random texts made of quote marks, apostrophes, cue words, names, punctuation, line breaks
    /// and multi-byte letters: never a panic, every span on char boundaries, in order, disjoint.
    #[test]
    fn random_mark_soup_never_panics_and_spans_stay_valid() {
        const PARTS: &[&str] = &[
            "“",
            "”",
            "\"",
            "'",
            "‘",
            "’",
            "«",
            "»",
            "„",
            "‚",
            "''",
            " ",
            " ",
            " ",
            "\n",
            "\n\n",
            ",",
            ".",
            ":",
            "—",
            "―",
            "(",
            ")",
            "said",
            "he",
            "She",
            "Marlow",
            "the department",
            "according to",
            "told",
            "saying",
            "é",
            "😀",
            "s",
            "Mr.",
            "R.",
            "and",
        ];
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..400 {
            let mut text = String::new();
            for _ in 0..60 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push_str(PARTS[(seed % PARTS.len() as u64) as usize]);
            }
            let doc = Doc::new(&text);
            let ents = entities::recognize(&doc);
            let mut last_end = 0;
            for q in recognize(&doc, &ents) {
                assert!(
                    q.start < q.end
                        && q.start >= last_end
                        && text.is_char_boundary(q.start)
                        && text.is_char_boundary(q.end),
                    "{text:?}"
                );
                last_end = q.end;
                if let Some(s) = q.speaker {
                    assert!(
                        s.start < s.end
                            && text.is_char_boundary(s.start)
                            && text.is_char_boundary(s.end),
                        "{text:?}"
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod scaling {
    use super::*;

    /// Thousands of quotes, cues and colons in one line: a quadratic step shows as ten times the
    /// time per quote when the line is ten times longer.
    #[test]
    fn many_quotes_in_one_line_stay_linear() {
        let families: [(&str, fn(usize) -> String); 4] = [
            ("mixed marks", |n| "„a“ «b» ‚c‘ ‘d’ \"e\" ".repeat(n)),
            ("cues and colons", |n| "“a,” he said: ".repeat(n)),
            ("one colon, many quotes", |n| {
                "x ".repeat(n) + ": " + &"“a b c d e f” ".repeat(n)
            }),
            ("straight marks", |n| "\"".repeat(5 * n)),
        ];
        for (name, make) in families {
            crate::test_support::assert_linear(name, 2_000, make, |text| {
                recognize(&Doc::new(text), &Entities::default());
            });
        }
    }
}
