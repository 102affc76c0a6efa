use super::style::DARK;
use super::*;
use crate::labels::LABELS;
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

/// The legend runs in display order, each label once with its count; the entities are grouped by
/// label in that order, names in order of first mention; the dates run in value order, not text
/// order (the side lists' sorted maps, `slot`).
#[test]
fn side_lists_run_in_display_and_value_order() {
    let html = page(&View {
        reference_date: Some("2024-04-02".into()),
        ..View::new(
            "Nadia Ferrow of the Quillmark Institute flew to Lisbon on 9 March 2021, a week \
             after Otto Brandvik visited Berlin on 1 March 2021 and long after 5 January 2020.",
        )
    });
    let legend = &html[html.find("<ul class=\"legend\">").unwrap()..];
    let legend = &legend[..legend.find("</ul>").unwrap()];
    let labels: Vec<&str> = legend
        .split("<span class=\"swatch l-")
        .skip(1)
        .map(|s| &s[..s.find('"').unwrap()])
        .collect();
    let ranks: Vec<usize> = labels.iter().map(|l| labels::display_rank(l)).collect();
    assert!(labels.len() >= 3, "{legend}");
    assert!(ranks.windows(2).all(|w| w[0] < w[1]), "{labels:?}");
    assert!(
        legend.contains("DATE <span class=\"count\">3</span>"),
        "{legend}"
    );

    let entities = &html[html.find("<h2>Entities</h2>").unwrap()..];
    let entities = &entities[..entities.find("</section>").unwrap()];
    let at = |s: &str| {
        entities
            .find(s)
            .unwrap_or_else(|| panic!("{s}: {entities}"))
    };
    assert!(at("<h3>PERSON</h3>") < at("<h3>PLACE</h3>"));
    assert!(at("Nadia Ferrow") < at("Otto Brandvik") && at("Otto Brandvik") < at("<h3>PLACE"));
    assert!(at("Lisbon") < at("Berlin"));

    let dates = &html[html.find("Dates and times").unwrap()..];
    let dates = &dates[..dates.find("</ol>").unwrap()];
    let at = |s: &str| dates.find(s).unwrap_or_else(|| panic!("{s}: {dates}"));
    assert!(at("2020-01-05") < at("2021-03-01") && at("2021-03-01") < at("2021-03-09"));
}
