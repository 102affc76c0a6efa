//! The standalone HTML export: one file that reads and prints well in any browser, with no
//! script at all (a Content-Security-Policy `default-src 'none'` says so to the browser too), so
//! an exported article can be mailed, archived or opened from a stranger safely. Every piece of
//! text — article, labels, values, speakers, names — goes through [`escape`].
//!
//! Marks nest (quotes contain entities and dates); a mark that would cross another is closed and
//! reopened around it, so the markup is always well formed.

mod lists;
mod style;
#[cfg(test)]
mod tests;

use std::fmt::Write;

use crate::annotations::{Annotations, Kind, Span};
use crate::labels;
use crate::offsets::TextIndex;
use crate::view::View;

use lists::side_lists;
use style::{label_class, label_rules, STYLE};

/// Escapes text for HTML element content and quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // NUL and other C0 controls (but tab, newline, carriage return) are not allowed in
            // HTML text; they become the replacement character, as a parser would make them.
            '\0'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{7f}' => {
                out.push('\u{fffd}')
            }
            c => out.push(c),
        }
    }
    out
}

/// The whole page for `annotations` of `view.text`, without the view's hidden labels.
pub fn render(view: &View, annotations: &Annotations) -> String {
    let text = view.text.as_str();
    let hidden = |label: &str| view.hidden.iter().any(|h| h == label);
    let index = TextIndex::new(text);
    let visible: Vec<&Span> = annotations
        .spans
        .iter()
        .filter(|s| !hidden(&s.label))
        .collect();

    let title = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("Untitled");
    let title: String = if title.chars().count() > 90 {
        title.chars().take(89).chain(['…']).collect()
    } else {
        title.to_string()
    };

    let mut out = String::with_capacity(text.len() * 2 + 8192);
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
    let _ = writeln!(
        out,
        "<meta name=\"generator\" content=\"newsmark {}\">",
        escape(crate::version())
    );
    let _ = writeln!(out, "<title>{} — newsmark</title>", escape(&title));
    let _ = write!(out, "<style>{STYLE}");
    label_rules(&mut out);
    let _ = writeln!(out, "</style>\n</head>\n<body>\n<header>");
    let _ = writeln!(out, "<h1>{}</h1>", escape(&title));
    let mut meta = format!("Annotated by newsmark {}", escape(crate::version()));
    if let Some(d) = &annotations.reference_date {
        let _ = write!(meta, " · dates resolved against {}", escape(d));
    }
    let _ = writeln!(out, "<p class=\"meta\">{meta}</p>");
    legend(&mut out, annotations, &hidden);
    out.push_str("</header>\n<main>\n<article>");
    marked_text(&mut out, annotations, &index, &visible);
    out.push_str("</article>\n<aside>\n");
    side_lists(&mut out, annotations, &hidden);
    out.push_str("</aside>\n</main>\n");
    out.push_str("<footer>Entities, dates and quotes marked automatically by newsmark and corrected by the reader; check before quoting.</footer>\n");
    out.push_str("</body>\n</html>\n");
    out
}

fn legend(out: &mut String, a: &Annotations, hidden: &dyn Fn(&str) -> bool) {
    let mut counts: Vec<((usize, &str), usize)> = Vec::new();
    for s in &a.spans {
        let rank = labels::display_rank(&s.label);
        *slot(&mut counts, (rank, &s.label)) += 1;
    }
    out.push_str("<ul class=\"legend\">\n");
    for ((_, label), n) in counts {
        let class = if hidden(label) {
            " class=\"hidden\""
        } else {
            ""
        };
        let note = if hidden(label) { " (hidden)" } else { "" };
        let _ = writeln!(
            out,
            "<li{class}><span class=\"swatch {}\"></span>{} <span class=\"count\">{n}</span>{note}</li>",
            label_class(label),
            escape(label)
        );
    }
    out.push_str("</ul>\n");
}

/// The side lists' and the legend's maps: (display rank, label or value) → `V`, kept sorted by
/// key in a `Vec` (a few labels, at most a few hundred distinct values). Iterated, they run in
/// key order as a `BTreeMap` would; the map's own code was about 2 KB of the wasm gzipped, one
/// copy for each value type (size round 12, docs/performance.md).
type Key<'a> = (usize, &'a str);

/// Where `key` is in the sorted `map`, or where it would go.
fn place<V>(map: &[(Key<'_>, V)], key: Key<'_>) -> Result<usize, usize> {
    map.binary_search_by(|(k, _)| k.cmp(&key))
}

/// The value of `key`, inserted as `V::default()` where it sorts if it is new.
fn slot<'a, 'm, V: Default>(map: &'m mut Vec<(Key<'a>, V)>, key: Key<'a>) -> &'m mut V {
    let i = match place(map, key) {
        Ok(i) => i,
        Err(i) => {
            map.insert(i, (key, V::default()));
            i
        }
    };
    &mut map[i].1
}

/// Who said quote `q`, as the page's tooltip says it: the resolved name, with the mention
/// when it reads otherwise (`Shakeel Mohamed (“he”)`).
fn speaker_with_mention(a: &Annotations, q: &Span) -> Option<String> {
    let name = a.speaker_name(q)?;
    Some(match &q.speaker {
        Some(sp) if sp.text != name => format!("{name} (“{}”)", sp.text),
        _ => name.to_string(),
    })
}

fn open_tag(out: &mut String, a: &Annotations, s: &Span) {
    let mut title = s.label.to_string();
    match s.kind {
        Kind::Date => {
            let _ = write!(title, ": {}", s.value.as_deref().unwrap_or("no value"));
        }
        Kind::Quote => {
            let who = speaker_with_mention(a, s);
            let _ = write!(title, ", speaker: {}", who.as_deref().unwrap_or("unknown"));
        }
        Kind::Entity => {}
    }
    let _ = write!(
        out,
        "<mark class=\"k-{} {}\" data-label=\"{}\" title=\"{}\">",
        s.kind.as_str(),
        label_class(&s.label),
        escape(&s.label),
        escape(&title)
    );
}

/// The article with its marks. `spans` come sorted as in `newsmark/1` (by start, longer first),
/// so outer marks open first; a span out of that order, or with offsets not valid in the text, is
/// left out. No sorting here: each sort costs kilobytes of wasm.
fn marked_text(out: &mut String, a: &Annotations, index: &TextIndex, spans: &[&Span]) {
    let text = index.text();
    let ranges: Vec<(usize, usize, &Span)> = spans
        .iter()
        .filter_map(|s| {
            index
                .byte_range(s.start, s.end)
                .filter(|(a, b)| a < b)
                .map(|(a, b)| (a, b, *s))
        })
        .collect();
    let mut open: Vec<usize> = Vec::new(); // indices into `ranges`, outermost first
    let (mut next, mut at) = (0usize, 0usize);
    loop {
        while next < ranges.len() && ranges[next].0 < at {
            next += 1; // out of order
        }
        let next_end = open.iter().map(|&i| ranges[i].1).min();
        let next_start = ranges.get(next).map(|r| r.0);
        let b = match (next_end, next_start) {
            (None, None) => break,
            (Some(e), None) => e,
            (None, Some(s)) => s,
            (Some(e), Some(s)) => e.min(s),
        };
        out.push_str(&escape(&text[at..b]));
        at = b;
        if next_end == Some(b) {
            // Close what ends here; marks opened inside a closing one are reopened after it.
            let first = open
                .iter()
                .position(|&i| ranges[i].1 == b)
                .unwrap_or(open.len());
            let reopen: Vec<usize> = open[first..]
                .iter()
                .copied()
                .filter(|&i| ranges[i].1 != b)
                .collect();
            for _ in first..open.len() {
                out.push_str("</mark>");
            }
            open.truncate(first);
            for i in reopen {
                open_tag(out, a, ranges[i].2);
                open.push(i);
            }
        } else {
            open_tag(out, a, ranges[next].2);
            open.push(next);
            next += 1;
        }
    }
    out.push_str(&escape(&text[at..]));
}
