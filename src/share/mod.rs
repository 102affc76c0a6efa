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
mod error;
mod file;
#[cfg(test)]
mod tests;

use crate::jsonread;

use crate::view::{exceeded_limit, View, Written, MAX_STAMP_CHARS, VERSION};

pub use error::ShareError;
pub use file::{open_file, FileError, MAX_FILE_BYTES};

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
