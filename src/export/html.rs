//! The standalone HTML export: one file that reads and prints well in any browser, with no
//! script at all (a Content-Security-Policy `default-src 'none'` says so to the browser too), so
//! an exported article can be mailed, archived or opened from a stranger safely. Every piece of
//! text — article, labels, values, speakers, names — goes through [`escape`].
//!
//! Marks nest (quotes contain entities and dates); a mark that would cross another is closed and
//! reopened around it, so the markup is always well formed.

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::annotations::{Annotations, Kind, Span};
use crate::labels::{self, Label, LABELS};
use crate::offsets::TextIndex;
use crate::view::View;

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

/// Labels of the vocabulary have a colour of their own (Okabe–Ito, colour-blind safe); a
/// reader's own labels share a grey.
fn label_class(label: &str) -> String {
    if Label::parse(label).is_some() {
        format!("l-{label}")
    } else {
        "l-other".to_string()
    }
}

/// The page's stylesheet but for the labels' colours, which [`label_rules`] adds from the
/// vocabulary (`crate::labels`), for light and dark schemes, as the page draws them.
const STYLE: &str = r#"
:root { color-scheme: light dark; --ink: #1b1b1b; --muted: #555; --rule: #ccc; --bg: #fff; --quote-tint: rgba(0,0,0,.055); }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1.5rem; font: 17px/1.6 Georgia, "Times New Roman", serif; color: var(--ink); background: var(--bg); }
header h1 { font-size: 1.4rem; margin: 0 0 .25rem; }
.meta { color: var(--muted); font: 14px/1.4 system-ui, sans-serif; margin: 0 0 .75rem; }
.legend { list-style: none; padding: 0; margin: 0 0 1rem; display: flex; flex-wrap: wrap; gap: .4rem 1rem; font: 14px/1.4 system-ui, sans-serif; }
.legend .hidden { color: var(--muted); text-decoration: line-through; }
.swatch { display: inline-block; width: .9em; height: .9em; border-radius: 2px; vertical-align: -.1em; margin-right: .3em; background: var(--c); border: 1px solid var(--c); }
main { display: grid; grid-template-columns: minmax(0, 1fr) 20rem; gap: 2rem; }
@media (max-width: 50rem) { main { grid-template-columns: 1fr; } }
article { white-space: pre-wrap; overflow-wrap: anywhere; }
aside { font: 14px/1.45 system-ui, sans-serif; border-left: 1px solid var(--rule); padding-left: 1rem; }
aside h2 { font-size: 1rem; margin: 1rem 0 .3rem; } aside h3 { font-size: .85rem; margin: .6rem 0 .2rem; color: var(--muted); }
aside ul, aside ol { margin: 0; padding-left: 1.2rem; } aside li { margin: .15rem 0; }
.count, .value { color: var(--muted); } .value { font-family: ui-monospace, monospace; }
mark { color: inherit; background: none; border-radius: 2px; padding: 0 1px; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
mark.k-entity { background: var(--t); border-bottom: 2px solid var(--c); }
mark.k-date { background: var(--t); border-bottom: 2px dashed var(--c); }
mark.k-quote { background: var(--quote-tint); border-bottom: 2px dotted var(--c); }
footer { margin-top: 2rem; color: var(--muted); font: 12px/1.4 system-ui, sans-serif; }
@media print { :root { color-scheme: light; } body { max-width: none; padding: 0; font-size: 11pt; } main { display: block; } aside { border: 0; padding: 0; break-before: page; } }
"#;

/// Where the dark scheme begins in the stylesheet (on screen: a printout stays light).
const DARK: &str = "@media screen and (prefers-color-scheme: dark) {";
/// The page's dark colours, as the page's own stylesheet has them.
const DARK_PAGE: &str = ":root { --ink: #e8e6e3; --muted: #a5a39f; --rule: #3a3d40; --bg: #151718; --quote-tint: rgba(255,255,255,.07); }";

/// Each label's colour (`--c`) and tint (`--t`, its colour at the page's 30 % light, 38 % dark)
/// from the vocabulary, light then dark; a reader's own labels take the `other` grey.
fn label_rules(out: &mut String) {
    let rules = |out: &mut String, dark: bool| {
        let all = LABELS
            .iter()
            .map(|(_, i)| (i.name, if dark { i.dark } else { i.light }))
            .chain([(
                "other",
                if dark {
                    labels::OTHER_DARK
                } else {
                    labels::OTHER_LIGHT
                },
            )]);
        for (name, hex) in all {
            let alpha = if dark { ".38" } else { ".3" };
            let _ = writeln!(
                out,
                ".l-{name} {{ --c: {hex}; --t: {}; }}",
                tint(hex, alpha)
            );
        }
    };
    rules(out, false);
    let _ = writeln!(out, "{DARK}\n{DARK_PAGE}");
    rules(out, true);
    out.push_str("}\n");
}

/// `#rrggbb` as `rgba(r,g,b,alpha)`: a tint any browser draws (no `color-mix`).
fn tint(hex: &str, alpha: &str) -> String {
    let channel =
        |i: usize| u8::from_str_radix(hex.get(i..i + 2).unwrap_or("99"), 16).unwrap_or(0x99);
    format!("rgba({},{},{},{alpha})", channel(1), channel(3), channel(5))
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
    let mut counts: BTreeMap<(usize, &str), usize> = BTreeMap::new();
    for s in &a.spans {
        let rank = labels::display_rank(&s.label);
        *counts.entry((rank, &*s.label)).or_default() += 1;
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

fn side_lists(out: &mut String, a: &Annotations, hidden: &dyn Fn(&str) -> bool) {
    // Entities, by label, in order of first mention.
    let mut by_label: BTreeMap<(usize, &str), Vec<(&str, usize)>> = BTreeMap::new();
    for e in a.entities.iter().filter(|e| !hidden(&e.label)) {
        let rank = labels::display_rank(&e.label);
        by_label
            .entry((rank, &*e.label))
            .or_default()
            .push((e.name.as_str(), e.mentions.len()));
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
    // The values ranked in string order by a map of the kind `counts` above is, so that no sort
    // of its own is compiled into the wasm (see `crate::sort`).
    let mut ranks: BTreeMap<(usize, &str), usize> = BTreeMap::new();
    for d in &dates {
        if let Some(v) = &d.value {
            ranks.insert((0, v), 0);
        }
    }
    for (i, r) in ranks.values_mut().enumerate() {
        *r = i;
    }
    crate::sort::by_key(&mut dates, |d| match &d.value {
        Some(v) => (ranks[&(0, v.as_str())] as u64) << 32 | d.start as u64,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::annotate_view;

    const HOSTILE: [&str; 5] = [
        "<img src=x onerror=alert(1)>",
        "</textarea><script>alert(1)</script>",
        "\"><svg onload=alert(1)>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "' onmouseover='alert(1)",
    ];

    fn page(view: &View) -> String {
        let a = annotate_view(view).unwrap().annotations;
        render(view, &a)
    }

    /// No element or attribute that could run code, whatever the text.
    fn assert_inert(html: &str) {
        let lower = html.to_ascii_lowercase();
        assert!(!lower.contains("<script"), "a script element");
        assert!(
            !lower.contains("<img") && !lower.contains("<svg") && !lower.contains("<a "),
            "an injected element"
        );
        assert!(
            !lower.contains("<textarea") && !lower.contains("</textarea"),
            "an injected textarea tag"
        );
        // Every attribute in the page is one of ours.
        let mut rest = lower.as_str();
        while let Some(i) = rest.find('<') {
            rest = &rest[i + 1..];
            let tag = &rest[..rest.find('>').expect("tags close")];
            let mut in_quotes = false;
            let mut name_start = None;
            for (j, c) in tag.char_indices() {
                match c {
                    '"' => in_quotes = !in_quotes,
                    c if !in_quotes && (c.is_ascii_alphanumeric() || c == '-') => {
                        name_start.get_or_insert(j);
                    }
                    '=' if !in_quotes => {
                        let name = &tag[name_start.take().unwrap_or(j)..j];
                        assert!(
                            [
                                "class",
                                "data-label",
                                "title",
                                "lang",
                                "charset",
                                "name",
                                "content",
                                "http-equiv"
                            ]
                            .contains(&name),
                            "attribute {name:?} in <{tag}>"
                        );
                    }
                    _ if !in_quotes => name_start = None,
                    _ => {}
                }
            }
            assert!(!in_quotes, "unbalanced quotes in <{tag}>");
        }
    }

    #[test]
    fn hostile_text_is_escaped_everywhere() {
        let mut text =
            String::from("Antony Blinken met Qin Gang in Beijing on Sunday, June 18, 2023.\n");
        for h in HOSTILE {
            let _ = writeln!(
                text,
                "“{h} is not safe,” Blinken said of {h} in Washington."
            );
        }
        let html = page(&View {
            reference_date: Some("2023-06-14".into()),
            ..View::new(text)
        });
        assert_inert(&html);
        assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
        assert!(html.contains("&quot;&gt;&lt;svg onload=alert(1)&gt;"));
        assert!(html.contains("&lt;/textarea&gt;&lt;script&gt;"));
        assert!(
            html.contains("<mark class=\"k-quote l-QUOTE\""),
            "quotes are marked"
        );
    }

    /// Issue 19: the side list shows a range as one entry, `10 – 22 August 2012`.
    #[test]
    fn a_range_is_one_entry_of_the_dates_list() {
        let html = page(&View {
            reference_date: Some("2023-06-14".into()),
            ..View::new("The fair ran 10 - 22 August 2012 in town.")
        });
        assert_inert(&html);
        assert!(
            html.contains("<li>10 \u{2013} 22 August 2012 <span class=\"value\">DATE 2012-08-10 \u{2013} 2012-08-22</span></li>"),
            "{html}"
        );
        let list = &html[html.find("Dates and times").unwrap()..];
        assert_eq!(
            list[..list.find("</ol>").unwrap()].matches("<li>").count(),
            1
        );
    }

    #[test]
    fn the_example_renders_with_legend_lists_and_no_script() {
        let view = crate::export::tests::example_view();
        let html = page(&view);
        assert_inert(&html);
        assert!(html.starts_with("<!DOCTYPE html>"));
        assert!(html.contains("Content-Security-Policy"));
        assert!(html.contains("<h2>Entities</h2>") && html.contains("<h2>Quotes</h2>"));
        assert!(html.contains("Kritenbrink"));
        assert_eq!(
            html.matches("<mark").count(),
            html.matches("</mark>").count()
        );
        // The article's text is all there, once the markup is stripped.
        let article = &html[html.find("<article>").unwrap() + 9..html.find("</article>").unwrap()];
        assert_eq!(unescape(&strip_tags(article)), view.text);
    }

    #[test]
    fn hidden_labels_are_neither_marked_nor_listed() {
        let view = View {
            hidden: vec!["PERSON".into(), "DATE".into()],
            ..crate::export::tests::example_view()
        };
        let html = page(&view);
        assert!(!html.contains("data-label=\"PERSON\""));
        assert!(!html.contains("data-label=\"DATE\""));
        assert!(!html.contains("<h3>PERSON</h3>"));
        assert!(html.contains("data-label=\"PLACE\"") || html.contains("data-label=\"ORG\""));
        assert!(html.contains("(hidden)"));
    }

    #[test]
    fn crossing_marks_are_split_into_well_formed_markup() {
        let text = "abcdefghij";
        let span = |kind, label: &str, start, end| Span {
            id: 0,
            kind,
            label: label.to_string().into(),
            start,
            end,
            text: text[start as usize..end as usize].into(),
            entity: None,
            value: None,
            speaker: None,
            range: None,
            speaker_name: None,
        };
        let quote = span(Kind::Quote, "QUOTE", 0, 5);
        let person = span(Kind::Entity, "PERSON", 3, 8);
        let index = TextIndex::new(text);
        let mut out = String::new();
        let none = Annotations {
            schema: crate::SCHEMA.into(),
            newsmark: crate::version().into(),
            model: crate::model_version().into(),
            reference_date: None,
            reference_time: None,
            reference_source: None,
            spans: vec![],
            entities: vec![],
        };
        marked_text(&mut out, &none, &index, &[&quote, &person]);
        assert_eq!(strip_tags(&out), text);
        assert_eq!(out.matches("<mark").count(), 3, "{out}");
        assert_eq!(out.matches("</mark>").count(), 3, "{out}");
        // Nesting check: never close more than is open.
        let mut depth = 0i32;
        for piece in out.split('<').skip(1) {
            depth += if piece.starts_with("/mark") { -1 } else { 1 };
            assert!(depth >= 0);
        }
        assert_eq!(depth, 0);
    }

    /// The colour of `.l-NAME` in a stylesheet block: `--c: #rrggbb`.
    fn colour_in<'a>(css: &'a str, name: &str) -> Option<&'a str> {
        let rule = &css[css.find(&format!(".l-{name} {{"))?..];
        let c = &rule[rule.find("--c: ")? + 5..];
        Some(&c[..7])
    }

    #[test]
    fn label_colours_are_the_vocabulary_s_in_both_schemes() {
        let html = page(&crate::export::tests::example_view());
        let css = &html[html.find("<style>").unwrap()..html.find("</style>").unwrap()];
        let (light, dark) = css.split_at(css.find(DARK).expect("a dark scheme"));
        for (_, info) in &LABELS {
            assert_eq!(
                colour_in(light, info.name),
                Some(info.light),
                "{} light",
                info.name
            );
            assert_eq!(
                colour_in(dark, info.name),
                Some(info.dark),
                "{} dark",
                info.name
            );
        }
        assert_eq!(colour_in(light, "other"), Some(labels::OTHER_LIGHT));
        // On main, PERSON was sky blue and ORG orange here, the other way round from the page.
        assert_eq!(colour_in(light, "PERSON"), Some("#e69f00"));
        assert_eq!(colour_in(dark, "ORG"), Some("#3a9ad9"));
        assert!(css.contains("color-scheme: light dark"));
    }

    #[test]
    fn quote_speakers_are_named_as_the_page_names_them() {
        let text = "Shakeel Mohamed runs the clinic. “We are full,” he said. “Come back,” Mohamed added. “Wait,” a nurse said.";
        let view = View::new(text);
        let a = annotate_view(&view).unwrap().annotations;
        let he = a
            .spans
            .iter()
            .find(|s| s.speaker.as_ref().is_some_and(|sp| sp.text == "he"))
            .expect("a quote said by “he”");
        assert_eq!(a.speaker_name(he), Some("Shakeel Mohamed"), "{a:?}");
        let html = render(&view, &a);
        assert!(
            html.contains("<span class=\"count\">— Shakeel Mohamed</span>"),
            "{html}"
        );
        assert!(!html.contains("— he<"), "named by the mention");
        assert!(html.contains("speaker: Shakeel Mohamed (“he”)"));
        // A speaker named by a reader but not in the text: by that name.
        let mut named = a.clone();
        let q = named
            .spans
            .iter_mut()
            .find(|s| s.kind == Kind::Quote)
            .unwrap();
        q.speaker = None;
        q.speaker_name = Some("a spokesperson".into());
        assert!(render(&view, &named).contains("— a spokesperson</span>"));
    }

    #[test]
    fn control_characters_become_replacement_characters() {
        assert_eq!(escape("a\0b\u{1}c\td\r\n"), "a\u{fffd}b\u{fffd}c\td\r\n");
    }

    pub(crate) fn strip_tags(html: &str) -> String {
        let mut out = String::new();
        let mut in_tag = false;
        for c in html.chars() {
            match c {
                '<' => in_tag = true,
                '>' if in_tag => in_tag = false,
                c if !in_tag => out.push(c),
                _ => {}
            }
        }
        out
    }

    fn unescape(s: &str) -> String {
        s.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
    }
}
