//! Share links: a whole annotated view (text, reference date, hidden labels, corrections) packed
//! into a URL fragment, so a view travels from one browser to another with nothing sent to any
//! server, and the CLI can make and open the same links.
//!
//! Wire format: `nm1.` + [`base64url`] (no padding) of the zlib-deflated JSON of the [`View`]
//! (`{"v":1,"text":…,"reference_date":…,"hidden":[…],"corrections":[…]}`). The `1` in the prefix
//! and the `v` field are the format version ([`VERSION`]); a link from a newer newsmark is
//! recognised and refused with a message saying so. zlib (rather than raw deflate) costs 6 bytes
//! and buys an Adler-32 checksum, so a damaged link is reported instead of decoding to garbage.
//!
//! Links come from strangers, so decoding is bounded at every step: the fragment length
//! ([`MAX_FRAGMENT_CHARS`]), the inflated size ([`MAX_INFLATED_BYTES`], against zip bombs), the
//! text length ([`crate::MAX_TEXT_BYTES`]) and the number of corrections and hidden labels
//! ([`exceeded_limit`]). Every failure is a [`ShareError`] whose `Display` is a message meant
//! for a person.

pub mod base64url;

use std::fmt;

use crate::jsonread;

use crate::view::{exceeded_limit, View, Written, MAX_STAMP_CHARS, VERSION};

/// Fragments longer than this are not offered as links (the page offers a file export instead):
/// browsers, chat apps and mail clients mangle or cut longer URLs. 32,000 characters holds an
/// article of roughly 50,000 characters of English.
pub const SHARE_LINK_MAX: usize = 32_000;

/// The longest fragment [`decode`] accepts (links made elsewhere, or by hand, may exceed
/// [`SHARE_LINK_MAX`]; beyond this one, they are refused before any work is done).
pub const MAX_FRAGMENT_CHARS: usize = 4 << 20;

/// The largest inflated JSON [`decode`] produces: the longest text the annotator accepts plus
/// room for corrections. Inflation stops there, so a tiny zip bomb cannot exhaust memory.
pub const MAX_INFLATED_BYTES: usize = crate::MAX_TEXT_BYTES + (1 << 20);

const PREFIX: &str = "nm";

/// Why a link could not be opened. `Display` gives the message shown to the reader.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// Nothing after the `#`.
    Empty,
    /// Not a newsmark link at all (no `nm<version>.` prefix).
    Foreign,
    /// Made by a newer newsmark, with format version `.0`.
    FutureVersion(u32),
    /// The link ends early: it was cut when copied.
    Truncated,
    /// The link is damaged (bad characters, checksum mismatch, unreadable content); the detail
    /// says where.
    Corrupt(String),
    /// The link or its content exceeds a limit; the detail says which.
    TooLarge(String),
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShareError::Empty => write!(f, "this share link is empty: it carries no article"),
            ShareError::Foreign => {
                write!(f, "this is not a newsmark share link (it should start with \"#{PREFIX}{VERSION}.\")")
            }
            ShareError::FutureVersion(v) => write!(
                f,
                "this share link was made by a newer newsmark (v{v}); this page reads links up to v{VERSION}: update newsmark to open it"
            ),
            ShareError::Truncated => {
                write!(f, "this share link is truncated: it was probably cut when it was copied; ask for the whole link")
            }
            ShareError::Corrupt(detail) => write!(f, "this share link is damaged ({detail}); ask for the link again"),
            ShareError::TooLarge(detail) => write!(f, "this share link is too large to open ({detail})"),
        }
    }
}

impl std::error::Error for ShareError {}

/// The fragment payload for `view` (without the `#`): `nm1.` + base64url(zlib(JSON)). The link
/// says it was written by this newsmark (`"newsmark"`), and carries `view.marks` if set (the
/// fingerprint of the marks the writer saw, `crate::view::marks`).
pub fn encode(view: &View) -> String {
    let stamped = Written::stamped(view, view.marks.as_deref(), true);
    let json = crate::annotations::json_text(&stamped).into_bytes();
    // The best compression for article-sized views; a fast level beyond a megabyte, where the
    // result is too long for a link anyway and the page only needs to learn that quickly.
    let level = if json.len() > 1 << 20 { 1 } else { 9 };
    let packed = miniz_oxide::deflate::compress_to_vec_zlib(&json, level);
    let mut out = String::with_capacity(PREFIX.len() + 2 + packed.len() * 4 / 3 + 4);
    out.push_str(PREFIX);
    out.push_str(&VERSION.to_string());
    out.push('.');
    base64url::encode_into(&packed, &mut out);
    out
}

/// Decodes a share link: the fragment payload (`nm1.…`), the fragment with its `#`, or a whole
/// URL (everything up to the first `#` is ignored). Never panics; every failure is a
/// [`ShareError`] with a message for the reader.
pub fn decode(link: &str) -> Result<View, ShareError> {
    let link = link.trim();
    let fragment = match link.find('#') {
        Some(i) => &link[i + 1..],
        None => link,
    }
    .trim();
    if fragment.is_empty() {
        return Err(ShareError::Empty);
    }
    if fragment.len() > MAX_FRAGMENT_CHARS {
        return Err(ShareError::TooLarge(format!(
            "{} characters; the limit is {} characters",
            fragment.len(),
            MAX_FRAGMENT_CHARS
        )));
    }
    let payload = strip_version(fragment)?;
    let payload_start = fragment.len() - payload.len();
    // A link at the end of a sentence often takes its punctuation along when copied; none of it
    // is base64url, and the checksum still guards the rest.
    let payload = payload.trim_end_matches(|c: char| ".,;:!?)]}>'\"»”’".contains(c));
    // Mail and chat clients wrap long links: line breaks and spaces inside are dropped.
    let unwrapped: String;
    let payload = if payload.bytes().any(|b| b.is_ascii_whitespace()) {
        unwrapped = payload
            .chars()
            .filter(|c| !c.is_ascii_whitespace())
            .collect();
        unwrapped.as_str()
    } else {
        payload
    };
    if payload.is_empty() {
        return Err(ShareError::Truncated);
    }
    let packed = base64url::decode(payload).map_err(|e| match e {
        base64url::Error::Truncated => ShareError::Truncated,
        base64url::Error::BadChar { at, ch } => ShareError::Corrupt(format!(
            "character {:?} at position {} cannot be part of a share link",
            ch,
            payload_start + at + 1
        )),
    })?;
    let json = inflate(&packed)?;
    parse_view(&json)
}

/// `nm<digits>.rest` → `rest`, checking the version.
fn strip_version(fragment: &str) -> Result<&str, ShareError> {
    let rest = fragment.strip_prefix(PREFIX).ok_or(ShareError::Foreign)?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return Err(ShareError::Foreign);
    }
    let after = &rest[digits..];
    let Some(payload) = after.strip_prefix('.') else {
        // `nm1` alone, or `nm1` followed by something else: a newsmark prefix cut short reads as
        // truncated; `nm12abc` is not ours.
        return if after.is_empty() {
            Err(ShareError::Truncated)
        } else {
            Err(ShareError::Foreign)
        };
    };
    let version: u32 = match rest[..digits].parse() {
        Ok(v) => v,
        Err(_) => return Err(ShareError::FutureVersion(u32::MAX)),
    };
    match version {
        0 => Err(ShareError::Foreign),
        v if v > VERSION => Err(ShareError::FutureVersion(v)),
        _ => Ok(payload),
    }
}

fn inflate(packed: &[u8]) -> Result<Vec<u8>, ShareError> {
    use miniz_oxide::inflate::TINFLStatus as S;
    miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(packed, MAX_INFLATED_BYTES).map_err(
        |e| match e.status {
            S::HasMoreOutput => ShareError::TooLarge(format!(
                "its content inflates past {} MB",
                MAX_INFLATED_BYTES / 1_000_000
            )),
            S::FailedCannotMakeProgress | S::NeedsMoreInput => ShareError::Truncated,
            S::Adler32Mismatch => ShareError::Corrupt("checksum mismatch".into()),
            _ => ShareError::Corrupt("its compressed content is invalid".into()),
        },
    )
}

/// A view's format version `v` is one this build reads.
fn check_version(v: u64) -> Result<(), ShareError> {
    match v {
        v if v == VERSION as u64 => Ok(()),
        v if v > VERSION as u64 => Err(ShareError::FutureVersion(v.min(u32::MAX as u64) as u32)),
        _ => Err(ShareError::Corrupt(
            "its content has no valid format version".into(),
        )),
    }
}

/// The inflated JSON → a checked `View`.
fn parse_view(json: &[u8]) -> Result<View, ShareError> {
    // The version first, so a newer format is reported as such even if its fields changed.
    match jsonread::version(json) {
        Ok(v) => check_version(v)?,
        Err(e) if e.is_data() => {
            return Err(ShareError::Corrupt(
                "its content has no valid format version".into(),
            ))
        }
        Err(e) => return Err(not_a_view(&e)),
    }
    let view: View = jsonread::view(json).map_err(|e| not_a_view(&e))?;
    check_view(&view)?;
    Ok(view)
}

/// A JSON error as a message that does not repeat the link's content (it may be hostile, and it
/// is shown to the reader): what went wrong and where.
fn not_a_view(e: &jsonread::Error) -> ShareError {
    use serde_json::error::Category;
    let what = match e.classify() {
        Category::Data => "its content does not have the shape of a newsmark view",
        Category::Eof => "its content ends early",
        Category::Syntax | Category::Io => "its content is not valid JSON",
    };
    ShareError::Corrupt(format!("{what}, at character {} of its JSON", e.column()))
}

/// Limits and well-formedness that the JSON shape alone does not give.
pub fn check_view(view: &View) -> Result<(), ShareError> {
    if let Some(limit) = exceeded_limit(view) {
        return Err(ShareError::TooLarge(limit));
    }
    if let Some(d) = view.reference_date.as_deref() {
        if crate::dates::parse_reference(d).is_none() && !d.trim().is_empty() {
            return Err(ShareError::Corrupt(format!(
                "its reference date {d:?} is not a date in the form YYYY-MM-DD \
                 (or a date and time, YYYY-MM-DDTHH:MM)"
            )));
        }
    }
    for (what, stamp) in [("version", &view.newsmark), ("marks", &view.marks)] {
        if stamp
            .as_ref()
            .is_some_and(|s| s.is_empty() || s.chars().count() > MAX_STAMP_CHARS)
        {
            return Err(ShareError::Corrupt(format!(
                "its {what} is empty or longer than {MAX_STAMP_CHARS} characters"
            )));
        }
    }
    Ok(())
}

/// The largest file [`open_file`] reads: a view file of the longest text, or a JSON export
/// (text, view and marks) of a long one.
pub const MAX_FILE_BYTES: usize = 64 << 20;

/// Why a view file or a JSON export could not be opened: the same reasons as a link's, said of
/// a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileError(pub ShareError);

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            ShareError::Empty => write!(f, "this file is empty"),
            ShareError::Foreign => write!(
                f,
                "this file is neither a newsmark view file nor a newsmark JSON export"
            ),
            ShareError::FutureVersion(v) => write!(
                f,
                "this file was made by a newer newsmark (v{v}); this page reads files up to v{VERSION}: update newsmark to open it"
            ),
            ShareError::Truncated => write!(f, "this file ends early: it was probably cut; save it again"),
            ShareError::Corrupt(detail) => write!(f, "this file is damaged ({detail})"),
            ShareError::TooLarge(detail) => write!(f, "this file is too large to open ({detail})"),
        }
    }
}

impl std::error::Error for FileError {}

/// Opens a view file (`{"v":1,"text":…,…}`, as `exportView(view, "view")` writes it) or a JSON
/// export (`newsmark/1` plus `"text"` and `"view"`, the view with its text): the view it holds,
/// checked as a link's is.
/// A `newsmark/1` result without its text (plain `annotate` output) is refused with a message
/// that says how to get a file that reopens.
pub fn open_file(json: &str) -> Result<View, FileError> {
    open_file_inner(json).map_err(FileError)
}

fn open_file_inner(json: &str) -> Result<View, ShareError> {
    if json.trim().is_empty() {
        return Err(ShareError::Empty);
    }
    if json.len() > MAX_FILE_BYTES {
        return Err(ShareError::TooLarge(format!(
            "{} MB; the limit is {} MB",
            json.len().div_ceil(1_000_000),
            MAX_FILE_BYTES / 1_000_000
        )));
    }
    let json = json.trim_start();
    // A `newsmark/1` result (an export, or plain `annotate` output) starts with its schema; its
    // view, if any, is a view as a link carries it. (Few types of its own: each deserializer
    // costs kilobytes of wasm.)
    if !json.starts_with("{\"schema\":") {
        if !json.starts_with('{') {
            return Err(ShareError::Foreign);
        }
        return parse_view(json.as_bytes()).map_err(|e| match e {
            ShareError::Corrupt(d) if d.contains("no valid format version") => ShareError::Foreign,
            e => e,
        });
    }
    // Only the view's place is read here; the view itself is read as a link's is.
    match jsonread::export_view(json).map_err(|e| not_a_view(&e))? {
        Some(view) => parse_view(view.as_bytes()),
        None => Err(ShareError::Corrupt(
            "it is a newsmark/1 result without its text; export the JSON from the page or with `annotate --format json` to get one that reopens".into(),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corrections::{Correction, Op};
    use crate::Kind;

    fn example() -> View {
        View {
            reference_date: Some("2023-06-14".into()),
            ..ours(include_str!("../../tests/fixtures/blinken-china-trip.txt"))
        }
    }

    /// A view as a link from this newsmark brings it back: stamped with its version.
    fn ours(text: &str) -> View {
        View {
            newsmark: Some(crate::version().into()),
            ..View::new(text)
        }
    }

    #[test]
    fn the_example_article_fits_a_link_of_at_most_3000_characters() {
        let link = encode(&example());
        assert!(link.starts_with("nm1."));
        assert!(link.len() <= 3000, "{} characters", link.len());
        assert_eq!(decode(&link).unwrap(), example());
    }

    #[test]
    fn whole_urls_and_fragments_with_hash_decode_alike() {
        let view = View {
            hidden: vec!["NORP".into()],
            ..ours("Blinken 😀")
        };
        let link = encode(&view);
        assert_eq!(decode(&format!("#{link}")).unwrap(), view);
        assert_eq!(
            decode(&format!("https://example.org/newsmark/?x=1#{link}\n")).unwrap(),
            view
        );
    }

    #[test]
    fn views_with_corrections_round_trip() {
        let view = View {
            corrections: vec![
                Correction {
                    op: Op::Remove,
                    kind: Kind::Entity,
                    start: 0,
                    end: 7,
                    text: "Blinken".into(),
                    label: None,
                    value: None,
                    speaker: None,
                    scope: None,
                    with: None,
                },
                Correction {
                    op: Op::Add,
                    kind: Kind::Date,
                    start: 8,
                    end: 14,
                    text: "Sunday".into(),
                    label: Some("DATE".into()),
                    value: Some("2023-06-18".into()),
                    speaker: None,
                    scope: None,
                    with: None,
                },
            ],
            ..ours("Blinken Sunday")
        };
        assert_eq!(decode(&encode(&view)).unwrap(), view);
    }

    #[test]
    fn views_over_a_megabyte_round_trip_and_exceed_the_link_maximum() {
        let text: String = (0..60_000u32)
            .map(|i| format!("Blinken {i} met Qin Gang 😀. "))
            .collect();
        assert!(text.len() > 1 << 20);
        let view = ours(&text);
        let link = encode(&view);
        assert!(link.len() > SHARE_LINK_MAX);
        assert_eq!(decode(&link), Ok(view));
    }

    #[test]
    fn links_wrapped_by_mail_clients_still_open() {
        let view = example();
        let link = encode(&view);
        let wrapped: Vec<&str> = link
            .as_bytes()
            .chunks(76)
            .map(|c| std::str::from_utf8(c).unwrap())
            .collect();
        assert_eq!(decode(&wrapped.join("\r\n ")), Ok(view));
    }

    #[test]
    fn sentence_punctuation_after_a_link_is_ignored() {
        let view = ours("Blinken met Qin Gang.");
        let link = encode(&view);
        for tail in [".", ").", "”.", ">", "!"] {
            assert_eq!(
                decode(&format!("See https://example.org/#{link}{tail}")),
                Ok(view.clone()),
                "{tail:?}"
            );
        }
    }

    #[test]
    fn empty_links_say_so() {
        for link in ["", "   ", "#", "https://example.org/#"] {
            assert_eq!(decode(link), Err(ShareError::Empty), "{link:?}");
        }
    }

    #[test]
    fn foreign_links_are_recognised() {
        for link in [
            "hello",
            "#section-2",
            "https://example.org/page#top",
            "nm.abc",
            "nm0.abc",
            "nmx1.abc",
            "NM1.abc",
        ] {
            assert_eq!(decode(link), Err(ShareError::Foreign), "{link:?}");
        }
    }

    #[test]
    fn future_versions_name_their_version() {
        let link = encode(&example()).replacen("nm1.", "nm2.", 1);
        let err = decode(&link).unwrap_err();
        assert_eq!(err, ShareError::FutureVersion(2));
        assert!(err.to_string().contains("newer newsmark (v2)"), "{err}");
        assert_eq!(
            decode("nm99999999999999999999.AAAA"),
            Err(ShareError::FutureVersion(u32::MAX))
        );
        // A v1 prefix whose content says v2 is also a future version.
        let json = br#"{"v":2,"text":"x","whatever":[]}"#;
        let link = format!(
            "nm1.{}",
            base64url::encode(&miniz_oxide::deflate::compress_to_vec_zlib(json, 6))
        );
        assert_eq!(decode(&link), Err(ShareError::FutureVersion(2)));
    }

    #[test]
    fn every_truncation_of_a_link_is_an_error_never_a_different_view() {
        let link = encode(&View {
            reference_date: Some("2023-06-14".into()),
            ..ours("Blinken met Qin Gang in Beijing.")
        });
        for cut in 1..link.len() {
            let err = decode(&link[..cut]).unwrap_err();
            assert!(
                matches!(
                    err,
                    ShareError::Truncated | ShareError::Corrupt(_) | ShareError::Foreign
                ),
                "cut at {cut}: {err:?}"
            );
            if cut >= "nm1".len() {
                assert_ne!(err, ShareError::Foreign, "cut at {cut}");
            }
        }
        // Cutting the example's link in half is reported as a truncation.
        let long = encode(&example());
        assert_eq!(decode(&long[..long.len() / 2]), Err(ShareError::Truncated));
    }

    #[test]
    fn damaged_links_are_corrupt_with_a_position() {
        let link = encode(&example());
        let mut damaged = link.clone();
        damaged.insert(40, '%');
        let err = decode(&damaged).unwrap_err();
        assert!(
            matches!(&err, ShareError::Corrupt(d) if d.contains("'%'") && d.contains("41")),
            "{err:?}"
        );
        // Flipping a character inside the compressed data: checksum or stream error, not a view.
        let mut bytes = link.clone().into_bytes();
        let i = bytes.len() / 2;
        bytes[i] = if bytes[i] == b'A' { b'B' } else { b'A' };
        let err = decode(std::str::from_utf8(&bytes).unwrap()).unwrap_err();
        assert!(
            matches!(err, ShareError::Corrupt(_) | ShareError::Truncated),
            "{err:?}"
        );
    }

    #[test]
    fn valid_compression_of_something_else_is_corrupt() {
        for json in [
            &b"not json"[..],
            b"[1,2]",
            br#"{"v":1}"#,
            br#"{"v":"1","text":"x"}"#,
            br#"{"v":1,"text":"x","reference_date":"June"}"#,
        ] {
            let link = format!(
                "nm1.{}",
                base64url::encode(&miniz_oxide::deflate::compress_to_vec_zlib(json, 6))
            );
            assert!(
                matches!(decode(&link), Err(ShareError::Corrupt(_))),
                "{}",
                String::from_utf8_lossy(json)
            );
        }
    }

    #[test]
    fn error_messages_do_not_repeat_hostile_content() {
        let json = br#"{"v":1,"text":"x","corrections":[{"op":"<img src=x onerror=alert(1)>","kind":"entity","start":0,"end":1,"text":"x"}]}"#;
        let link = format!(
            "nm1.{}",
            base64url::encode(&miniz_oxide::deflate::compress_to_vec_zlib(json, 6))
        );
        let err = decode(&link).unwrap_err().to_string();
        assert!(
            err.contains("does not have the shape of a newsmark view"),
            "{err}"
        );
        assert!(!err.contains('<') && !err.contains("img"), "{err}");
    }

    #[test]
    fn zip_bombs_stop_at_the_inflation_limit() {
        let zeros = vec![b' '; MAX_INFLATED_BYTES + 10];
        let packed = miniz_oxide::deflate::compress_to_vec_zlib(&zeros, 9);
        let link = format!("nm1.{}", base64url::encode(&packed));
        assert!(link.len() < 100_000, "a small link: {}", link.len());
        assert!(matches!(decode(&link), Err(ShareError::TooLarge(_))));
    }

    #[test]
    fn oversized_fragments_are_refused_before_decoding() {
        let link = format!("nm1.{}", "A".repeat(MAX_FRAGMENT_CHARS));
        assert!(matches!(decode(&link), Err(ShareError::TooLarge(_))));
    }

    #[test]
    fn messages_are_for_people() {
        assert!(ShareError::Empty.to_string().contains("empty"));
        assert!(ShareError::Foreign.to_string().contains("not a newsmark"));
        assert!(ShareError::Truncated.to_string().contains("truncated"));
        assert!(ShareError::Corrupt("x".into())
            .to_string()
            .contains("damaged"));
        assert!(ShareError::TooLarge("x".into())
            .to_string()
            .contains("too large"));
    }

    #[test]
    fn links_say_which_newsmark_wrote_them_and_carry_the_marks_given() {
        let mut view = example();
        view.newsmark = Some("9.9.9".into()); // whatever it said: this build writes the link
        view.marks = Some("1234abcd".into());
        let back = decode(&encode(&view)).unwrap();
        assert_eq!(back.newsmark.as_deref(), Some(crate::version()));
        assert_eq!(back.marks.as_deref(), Some("1234abcd"));
        let json = miniz_oxide::inflate::decompress_to_vec_zlib(
            &base64url::decode(&encode(&view)[4..]).unwrap(),
        )
        .unwrap();
        assert!(
            json.starts_with(
                format!(
                    "{{\"v\":1,\"newsmark\":\"{}\",\"marks\":\"1234abcd\",\"text\":",
                    crate::version()
                )
                .as_bytes()
            ),
            "{}",
            String::from_utf8_lossy(&json[..80])
        );
    }

    /// A link made by `annotate --share` before issue 18 (no version, no marks) still opens.
    #[test]
    fn links_made_before_issue_18_still_open() {
        let old = include_str!("../../tests/fixtures/link-before-issue-18.txt");
        let view = decode(old).unwrap();
        assert_eq!(view.text, example().text);
        assert_eq!(view.reference_date.as_deref(), Some("2023-06-14"));
        assert_eq!(
            (view.newsmark.as_deref(), view.marks.as_deref()),
            (None, None)
        );
        let status = crate::view::view_status(&view).unwrap();
        assert!(!status.newer && !status.marks_changed);
    }

    #[test]
    fn stamps_that_are_not_short_strings_are_refused() {
        for json in [
            r#"{"v":1,"newsmark":"","text":"x"}"#.to_string(),
            format!(r#"{{"v":1,"marks":"{}","text":"x"}}"#, "a".repeat(65)),
        ] {
            let link = format!(
                "nm1.{}",
                base64url::encode(&miniz_oxide::deflate::compress_to_vec_zlib(
                    json.as_bytes(),
                    6
                ))
            );
            let err = decode(&link).unwrap_err().to_string();
            assert!(
                err.contains("damaged") && err.contains("64 characters"),
                "{err}"
            );
        }
    }

    #[test]
    fn files_that_cannot_be_opened_say_why() {
        let msg = |json: &str| open_file(json).unwrap_err().to_string();
        assert_eq!(msg("  "), "this file is empty");
        assert_eq!(
            msg("[1,2]"),
            "this file is neither a newsmark view file nor a newsmark JSON export"
        );
        assert_eq!(
            msg(r#"{"hello":"world"}"#),
            "this file is neither a newsmark view file nor a newsmark JSON export"
        );
        assert!(msg(r#"{"v":2,"text":"x"}"#).contains("made by a newer newsmark (v2)"));
        assert!(msg(r#"{"schema":"newsmark/1","text":"x","view":{"v":3}}"#)
            .contains("newer newsmark (v3)"));
        assert!(msg(r#"{"v":1,"text":"x""#).contains("ends early"));
        assert!(msg(r#"{"v":1,"text":"x",}"#).contains("is not valid JSON"));
        assert!(msg(r#"{"v":1,"text":"x","reference_date":"June"}"#)
            .contains("reference date \"June\""));
        assert!(msg(r#"{"v":1,"text":"x","corrections":[{"op":"paint"}]}"#)
            .contains("shape of a newsmark view"));
        // Plain `annotate` output: no text to reopen, and says how to get a file that reopens.
        let plain = crate::annotate("Blinken met Qin Gang.", &crate::Options::default())
            .unwrap()
            .to_json();
        assert!(
            msg(&plain).contains("annotate --format json"),
            "{}",
            msg(&plain)
        );
        // A view file as the page wrote it before issue 18 (no version): opens.
        let view = open_file(
            r#"{"v":1,"text":"Blinken","reference_date":null,"hidden":["NORP"],"corrections":[]}"#,
        )
        .unwrap();
        assert_eq!((view.text.as_str(), view.hidden.len()), ("Blinken", 1));
        assert!(msg(&format!(
            "{{\"v\":1,\"text\":\"{}\"}}",
            "x".repeat(MAX_FILE_BYTES)
        ))
        .contains("too large"));
    }
}
