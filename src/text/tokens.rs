//! Splits text into word, number and punctuation tokens, in byte offsets.
//!
//! The split follows the conventions of the news corpora the recognizers learn from (CoNLL-2003):
//! a possessive `’s` is its own token, hyphenated words are split at the hyphen (`US-China` is two
//! names), abbreviations keep their dots (`U.S.`, `Mr.`, `p.m.`; a company's `Corp.` ending a line
//! gives it to the sentence) and numbers keep their inner separators (`2,000`, `3:30`,
//! `6/18/2023`). Contractions inside a word (`We’re`, `don't`) stay whole, so that an apostrophe
//! is never mistaken for a closing quote mark downstream.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, possibly with inner apostrophes or abbreviation dots.
    Word,
    /// Starts with a digit: `2023`, `2,000`, `3:30`, `18th`, `6/18/2023`.
    Number,
    /// Anything else, one char at a time (quote marks, dashes, brackets, `’s` is a Word).
    Punct,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
}

/// Abbreviations that a name follows (`Mr. A. Smith`, `St. Louis`), so their dot ends no sentence.
const TITLE_ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt", "Sgt",
    "Cmdr", "Adm", "Maj", "Rev", "St", "Mt", "Ft", "No", "vs",
];

/// Abbreviations that close a company's name.
const CORPORATE_ABBREVIATIONS: &[&str] = &["Inc", "Corp", "Co", "Ltd", "Bros"];

/// The other words that keep a following dot as part of themselves.
const OTHER_ABBREVIATIONS: &[&str] = &[
    "Jr", "Sr", "etc", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
    "Nov", "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "Ave",
    "Blvd", "Calif", "Fla", "Mass", "Penn", "Conn", "Ariz", "Colo", "Ill", "Ind", "Kan", "Ky",
    "La", "Md", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn",
    "Tex", "Va", "Vt", "Wash", "Wis", "Wyo", "approx", "est", "Dept", "Gov't", "U.S", "a.m", "p.m",
];

fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric() || is_combining(c)
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Words that keep a following dot as part of themselves (`Mr.`, `Corp.`, `Jan.`, `U.S.`).
pub fn is_abbreviation(word: &str) -> bool {
    [
        TITLE_ABBREVIATIONS,
        CORPORATE_ABBREVIATIONS,
        OTHER_ABBREVIATIONS,
    ]
    .iter()
    .any(|list| list.contains(&word))
}

/// A title's abbreviation with or without its dot (`Mr.`, `Gen`): a name follows it.
pub fn is_title_abbreviation(word: &str) -> bool {
    TITLE_ABBREVIATIONS.contains(&word.trim_end_matches('.'))
}

/// Tokenizes `text`. Whitespace separates tokens and is never part of one.
pub fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut i = 0;
    while i < text.len() {
        let c = char_at(text, i);
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        if c.is_ascii_digit() {
            let end = scan_number(text, i);
            tokens.push(Token {
                start: i,
                end,
                kind: TokenKind::Number,
            });
            i = end;
        } else if is_word_char(c) {
            let end = scan_word(text, i);
            tokens.push(Token {
                start: i,
                end,
                kind: TokenKind::Word,
            });
            i = end;
        } else if is_apostrophe(c) && possessive_s_at(text, i) {
            // `’s` after a word: its own token.
            let end = i + c.len_utf8() + 1;
            tokens.push(Token {
                start: i,
                end,
                kind: TokenKind::Word,
            });
            i = end;
        } else {
            let end = i + c.len_utf8();
            tokens.push(Token {
                start: i,
                end,
                kind: TokenKind::Punct,
            });
            i = end;
        }
        debug_assert!(i <= bytes.len());
    }
    tokens
}

/// The char at byte `i` of `text` (a char boundary below its length): ASCII without decoding,
/// since the tokenizer looks at every char of the text.
#[inline]
fn char_at(text: &str, i: usize) -> char {
    match text.as_bytes().get(i) {
        Some(&b) if b < 0x80 => b as char,
        _ => text[i..].chars().next().unwrap_or(' '),
    }
}

/// `’s` or `'s` right after a word char and followed by a non-word char (or the end); in a
/// headline in capitals, `'S` after a capital (`GASCOIGNE'S LATEST PRANK`).
fn possessive_s_at(text: &str, i: usize) -> bool {
    let prev = text[..i].chars().next_back();
    let rest = &text[i..];
    let mut cs = rest.chars();
    cs.next();
    let s = match cs.next() {
        Some('s') => prev.is_some_and(is_word_char),
        Some('S') => prev.is_some_and(char::is_uppercase),
        _ => false,
    };
    s && !cs.next().is_some_and(is_word_char)
}

/// A capital letter standing for a name (`J. Smith`, `George W. Bush`): keeps its dot, as in the
/// news corpora, so that the name is one unit and the dot ends no sentence.
fn is_initial(word: &str, after: Option<char>) -> bool {
    let mut cs = word.chars();
    cs.next().is_some_and(char::is_uppercase)
        && cs.next().is_none()
        && after.is_some_and(char::is_whitespace)
}

/// Whether `rest` (what follows a dot) ends the line, past at most one closing mark.
fn ends_line(rest: &str) -> bool {
    let rest = rest
        .strip_prefix(['"', '\u{201D}', '\u{2019}', '\'', ')'])
        .unwrap_or(rest);
    rest.is_empty() || rest.starts_with(['\n', '\r'])
}

fn scan_number(text: &str, start: usize) -> usize {
    let b = text.as_bytes();
    let mut i = start;
    while i < b.len() {
        if b[i].is_ascii_digit() {
            i += 1;
        } else if matches!(b[i], b',' | b'.' | b':' | b'/')
            && i + 1 < b.len()
            && b[i + 1].is_ascii_digit()
        {
            i += 1;
        } else if b[i].is_ascii_alphabetic() {
            // Ordinals and units glued to the number: 18th, 1990s, 3pm.
            while i < b.len() && b[i].is_ascii_alphabetic() {
                i += 1;
            }
            break;
        } else {
            break;
        }
    }
    i
}

fn scan_word(text: &str, start: usize) -> usize {
    let mut i = start;
    // Whether the word so far is single chars joined by dots (`U.S`), tracked as we go so that a
    // long dotted run (`a.b.c.…`) costs linear time: the word only ever continues past a dot
    // when every piece so far had one char, so the chars since the last dot decide it.
    let (mut piece_chars, mut has_dot) = (0usize, false);
    while i < text.len() {
        let c = char_at(text, i);
        if is_word_char(c) {
            i += c.len_utf8();
            piece_chars += 1;
        } else if is_apostrophe(c) && !possessive_s_at(text, i) {
            // Inner apostrophe of a contraction or name (We’re, O'Brien): part of the word.
            let after = text[i + c.len_utf8()..].chars().next();
            if after.is_some_and(|a| a.is_alphabetic()) {
                i += c.len_utf8();
                piece_chars += 1;
            } else {
                break;
            }
        } else if c == '.' {
            // Dotted abbreviations: U.S., p.m., Mr., Jan.
            let word = &text[start..i];
            let after = text[i + 1..].chars().next();
            let single_letter_run = piece_chars == 1;
            if single_letter_run
                && after.is_some_and(|a| a.is_alphabetic())
                && text[i + 1..].chars().nth(1).is_some_and(|d| d == '.')
            {
                i += 1; // inner dot of U.S.
                (piece_chars, has_dot) = (0, true);
            } else if single_letter_run
                && after.is_some_and(char::is_uppercase)
                && !text[i + 1..]
                    .chars()
                    .nth(1)
                    .is_some_and(|d| is_word_char(d) || d == '.')
            {
                // `U.S` written without its last dot (headlines, hurried copy): one name.
                i += 1 + after.map_or(0, char::len_utf8);
                break;
            } else if (single_letter_run && has_dot)
                || is_abbreviation(word)
                || is_initial(word, after)
            {
                // Final dot of U.S. / Mr. A company's `Corp.` at the end of a line gives the dot
                // to the sentence, as the news corpora do (`Lear Corp.⏎` → `Lear Corp` `.`).
                if !(CORPORATE_ABBREVIATIONS.contains(&word) && ends_line(&text[i + 1..])) {
                    i += 1;
                }
                break;
            } else {
                break;
            }
        } else {
            break;
        }
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text)
            .iter()
            .map(|t| &text[t.start..t.end])
            .collect()
    }

    #[test]
    fn possessives_split_contractions_do_not() {
        assert_eq!(words("China’s core"), ["China", "’s", "core"]);
        assert_eq!(words("We’re coming"), ["We’re", "coming"]);
        assert_eq!(words("students’ union"), ["students", "’", "union"]);
        assert_eq!(words("GASCOIGNE'S PRANK"), ["GASCOIGNE", "'S", "PRANK"]);
        assert_eq!(words("Lotte'Super"), ["Lotte'Super"]);
    }

    #[test]
    fn abbreviations_keep_their_dots() {
        assert_eq!(
            words("the U.S. State Department"),
            ["the", "U.S.", "State", "Department"]
        );
        assert_eq!(
            words("Mr. Qin at 3 p.m. today."),
            ["Mr.", "Qin", "at", "3", "p.m.", "today", "."]
        );
        assert_eq!(words("the U.S State"), ["the", "U.S", "State"]);
        assert_eq!(words("U.S Not Expecting"), ["U.S", "Not", "Expecting"]);
        assert_eq!(
            words("in Washington, D.C, today"),
            ["in", "Washington", ",", "D.C", ",", "today"]
        );
        assert_eq!(
            words("George W. Bush and J. K. Rowling"),
            ["George", "W.", "Bush", "and", "J.", "K.", "Rowling"]
        );
    }

    #[test]
    fn a_companys_abbreviation_ending_a_line_leaves_the_full_stop() {
        assert_eq!(
            words("rivals Lear Corp.\nNext"),
            ["rivals", "Lear", "Corp", ".", "Next"]
        );
        assert_eq!(
            words("said an analyst at McDonald & Co.\""),
            ["said", "an", "analyst", "at", "McDonald", "&", "Co", ".", "\""]
        );
        // Mid-line the dot stays the abbreviation's; other abbreviations keep theirs.
        assert_eq!(words("Lear Corp. said"), ["Lear", "Corp.", "said"]);
        assert_eq!(words("in the U.S.\n"), ["in", "the", "U.S."]);
    }

    #[test]
    fn hyphens_split_numbers_stay_whole() {
        assert_eq!(words("US-China ties"), ["US", "-", "China", "ties"]);
        assert_eq!(
            words("$2,000 at 3:30 on 6/18/2023, the 18th"),
            [
                "$",
                "2,000",
                "at",
                "3:30",
                "on",
                "6/18/2023",
                ",",
                "the",
                "18th"
            ]
        );
    }

    #[test]
    fn odd_text_never_panics() {
        for t in [
            "",
            "’",
            "'s",
            "a.",
            ".",
            "U.",
            "😀’s",
            "é\u{301}",
            "\u{0}x",
            "1,",
            "a'",
        ] {
            let toks = tokenize(t);
            assert!(toks
                .iter()
                .all(|k| k.start < k.end && k.end <= t.len() && t.is_char_boundary(k.end)));
        }
    }
}
