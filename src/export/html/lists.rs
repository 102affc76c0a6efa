//! The export's side lists: entities by label, dates in time order (a range as one entry),
//! quotes with who said them.

use std::fmt::Write;

use super::escape;
use crate::annotations::{Annotations, Kind, Span};
use crate::labels;

pub(super) fn side_lists(out: &mut String, a: &Annotations, hidden: &dyn Fn(&str) -> bool) {
    // Entities, by label, in order of first mention.
    let mut by_label: Vec<((usize, &str), Vec<(&str, usize)>)> = Vec::new();
    for e in a.entities.iter().filter(|e| !hidden(&e.label)) {
        let rank = labels::display_rank(&e.label);
        super::slot(&mut by_label, (rank, &e.label)).push((e.name.as_str(), e.mentions.len()));
    }
    out.push_str("<section>\n<h2>Entities</h2>\n");
    if by_label.is_empty() {
        out.push_str("<p class=\"count\">none</p>\n");
    }
    for ((_, label), names) in by_label {
        let _ = writeln!(out, "<h3>{}</h3>\n<ul>", escape(label));
        for (name, n) in names {
            let _ = writeln!(
                out,
                "<li>{} <span class=\"count\">×{n}</span></li>",
                escape(name)
            );
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");

    // Dates in time order (by value; those without one last, in text order).
    let mut dates: Vec<&Span> = a
        .spans
        .iter()
        .filter(|s| s.kind == Kind::Date && !hidden(&s.label))
        .collect();
    // The values ranked in string order: their place in a sorted list of the distinct values
    // (`slot`'s kind of list, so that no sort of its own is compiled into the wasm; see
    // `crate::sort`).
    let mut ranks: Vec<((usize, &str), ())> = Vec::new();
    for d in &dates {
        if let Some(v) = &d.value {
            super::slot(&mut ranks, (0, v));
        }
    }
    let rank = |v: &str| super::place(&ranks, (0, v)).unwrap_or_else(|i| i);
    crate::sort::by_key(&mut dates, |d| match &d.value {
        Some(v) => (rank(v) as u64) << 32 | d.start as u64,
        None => 1 << 63 | d.start as u64,
    });
    // A range is one entry at its start (`10 – 22 August 2012`) when both ends are listed.
    let listed = |id: u32| dates.iter().any(|d| d.id == id);
    let range_of = |d: &Span| d.range.filter(|r| listed(r.from) && listed(r.to));
    out.push_str("<section>\n<h2>Dates and times</h2>\n");
    if dates.is_empty() {
        out.push_str("<p class=\"count\">none</p>\n");
    } else {
        out.push_str("<ol>\n");
        let value = |d: &Span| escape(d.value.as_deref().unwrap_or("(no value)"));
        for d in &dates {
            match range_of(d) {
                Some(r) if r.to == d.id => continue,
                Some(r) => {
                    let to = &a.spans[r.to as usize];
                    let _ = writeln!(
                        out,
                        "<li>{} \u{2013} {} <span class=\"value\">{} {} \u{2013} {}</span></li>",
                        escape(&d.text),
                        escape(&to.text),
                        escape(&d.label),
                        value(d),
                        value(to)
                    );
                }
                None => {
                    let _ = writeln!(
                        out,
                        "<li>{} <span class=\"value\">{} {}</span></li>",
                        escape(&d.text),
                        escape(&d.label),
                        value(d)
                    );
                }
            }
        }
        out.push_str("</ol>\n");
    }
    out.push_str("</section>\n");

    let quotes: Vec<&Span> = a
        .spans
        .iter()
        .filter(|s| s.kind == Kind::Quote && !hidden(&s.label))
        .collect();
    out.push_str("<section>\n<h2>Quotes</h2>\n");
    if quotes.is_empty() {
        out.push_str("<p class=\"count\">none</p>\n");
    } else {
        out.push_str("<ul>\n");
        for q in quotes {
            // Named as the page names them: `he` is the entity it resolves to.
            let speaker = a.speaker_name(q).unwrap_or("unattributed");
            let _ = writeln!(
                out,
                "<li>{} <span class=\"count\">— {}</span></li>",
                escape(&q.text),
                escape(speaker)
            );
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
}
