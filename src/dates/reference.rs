//! The date an article was published, when the caller gives none: a dateline or byline near the
//! top (`WASHINGTON, June 14, 2023 (AP) —`, `Published 14 June 2023`, a date alone on the first
//! line). A full date deep in the body is not a publication date, so only the first lines count.

use super::calendar::Date;
use super::grammar::{Attr, Grammar};
use super::matcher::find_all;
use super::resolve::Context;
use super::tokens::Toks;
use crate::text::Doc;

/// Bytes from the top of the text where a dateline may stand.
const TOP: usize = 400;
const BYLINE_CUES: &[&str] = &[
    "published",
    "updated",
    "posted",
    "date",
    "dated",
    "filed",
    "last",
];

pub fn find(g: &Grammar, doc: &Doc) -> Option<Date> {
    let text = doc.text;
    let top = Toks::first(doc, doc.tokens.partition_point(|t| t.start < TOP));
    for m in find_all(g, &top) {
        if !g.rules[m.rule].attrs.has(Attr::FullDate) {
            continue;
        }
        let (s, e) = (top.start[m.start], top.end[m.end - 1]);
        let line_start = text[..s].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[e..].find('\n').map_or(text.len(), |i| e + i);
        let line = &text[line_start..line_end];
        let before = text[line_start..s].to_lowercase();
        let after = &text[e..line_end];
        let first_lines = text[..line_start].matches('\n').count() <= 3;
        let short_line = line.chars().count() <= 80;
        let dateline = after.trim_start().starts_with('(')
            || after.contains('\u{2014}')
            || after.contains("--")
            || after.trim_start().starts_with('-');
        let byline = BYLINE_CUES.iter().any(|c| before.contains(c));
        let starts_line = before.trim().is_empty();
        if first_lines && (short_line || dateline || byline || starts_line) {
            // A [full-date] template is plain (the grammar checks it): no context needed.
            let Some(value) = g.rules[m.rule].template.evaluate(&Context::bare(&m.caps)) else {
                continue;
            };
            if let Some(d) = Date::parse_iso(&value) {
                return Some(d);
            }
        }
    }
    None
}
