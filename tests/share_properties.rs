//! Property tests for shared views: share links round-trip any view and refuse damaged ones
//! without panicking; corrections keep every `newsmark/1` invariant and follow text edits; every
//! export parses back to the text it came from. Native only (proptest).
#![cfg(not(target_arch = "wasm32"))]

use newsmark::corrections::{
    apply, is_whole_words, reanchor, snap_selection, Anchor, Correction, Op, Scope, Status,
};
use newsmark::export::{export, Format};
use newsmark::share::{decode, encode};
use newsmark::view::{annotate_view, View};
use newsmark::{Annotations, Kind};
use proptest::prelude::*;

/// Pieces that exercise the recognizers and every encoding corner: astral chars, ZWJ and
/// modifier sequences, combining marks, CJK, RTL, CRLF and lone CR, NUL and controls, markup.
const PIECES: &[&str] = &[
    "Antony Blinken",
    "Blinken",
    " met ",
    "Qin Gang",
    " in ",
    "Beijing",
    " on Sunday, June 18, 2023",
    ". ",
    "“We agree,” ",
    "\"No,\" ",
    " said",
    " Kritenbrink",
    " the State Department",
    " last week",
    ",",
    "😀",
    "👍🏽",
    "👩‍👩‍👧",
    "e\u{301}",
    "中文新闻",
    "שלום",
    "مرحبا",
    "\r\n",
    "\n\n",
    "\r",
    "\t",
    "\0",
    "\u{1}",
    "\u{2028}",
    "\u{85}",
    "<img src=x onerror=alert(1)>",
    "</textarea>",
    "\"><svg onload=alert(1)>",
    "&amp;",
    "'",
];

fn text_strategy() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![3 => prop::sample::select(PIECES).prop_map(String::from), 1 => any::<char>().prop_map(String::from)],
        0..40,
    )
    .prop_map(|v| v.concat())
}

fn kind_strategy() -> impl Strategy<Value = Kind> {
    prop_oneof![Just(Kind::Entity), Just(Kind::Date), Just(Kind::Quote)]
}

fn op_strategy() -> impl Strategy<Value = Op> {
    prop_oneof![
        Just(Op::Remove),
        Just(Op::Relabel),
        Just(Op::Add),
        Just(Op::Merge),
        Just(Op::Split)
    ]
}

/// TIMEX3 values of every label, and values that are none.
fn value_strategy() -> impl Strategy<Value = Option<String>> {
    prop::option::of(prop_oneof![
        prop::sample::select(
            &[
                "2023-06-18",
                "2023-W24-WE",
                "XXXX-06-18",
                "PRESENT_REF",
                "2023-06-13TNI",
                "P3Y",
                "PT5H",
                "PXY",
                "P1W",
                "XXXX-WXX-1",
                "",
                "banana",
                "2026-06"
            ][..]
        )
        .prop_map(String::from),
        "[0-9X-]{4,10}",
    ])
}

fn label_strategy() -> impl Strategy<Value = Option<String>> {
    prop::option::of(
        prop::sample::select(
            &[
                "PERSON",
                "ORG",
                "PLACE",
                "NORP",
                "DATE",
                "TIME",
                "QUOTE",
                "MISC",
                "bad label",
                "<b>",
            ][..],
        )
        .prop_map(String::from),
    )
}

/// Corrections anchored to `text` by UTF-16 offsets (some invalid on purpose: past the end, inside
/// a surrogate pair, reversed), with the text they cover when valid, else arbitrary.
fn corrections_for(text: String) -> impl Strategy<Value = (String, Vec<Correction>)> {
    let units: Vec<u16> = text.encode_utf16().collect();
    let n = units.len() as u32;
    let one = (
        op_strategy(),
        kind_strategy(),
        0..n + 3,
        0..n + 3,
        label_strategy(),
        value_strategy(),
        prop::option::of(prop::sample::select(
            [PIECES, &["a spokesperson", ""]].concat(),
        )),
        (
            any::<bool>(),
            any::<bool>(),
            0..n + 3,
            0..n + 3,
            any::<bool>(),
        ),
    )
        .prop_map(
            move |(
                op,
                kind,
                a,
                b,
                label,
                value,
                speaker,
                (anchored, snapped, wa, wb, entity_scope),
            )| {
                let (start, end) = (a.min(b), a.max(b));
                // Mostly whole words, as the page's snapped selections are; some not.
                let whole = |s: u32, e: u32| {
                    let text = String::from_utf16_lossy(&units);
                    if snapped {
                        snap_selection(&text, s, e).unwrap_or((s, e))
                    } else {
                        (s, e)
                    }
                };
                let slice = |s: u32, e: u32| {
                    units
                        .get(s as usize..e as usize)
                        .and_then(|u| String::from_utf16(u).ok())
                };
                let (start, end) = whole(start, end);
                let text = match slice(start, end) {
                    Some(s) if anchored => s,
                    _ => "Blinken".to_string(),
                };
                let (ws, we) = whole(wa.min(wb), wa.max(wb));
                let with = (op == Op::Merge).then(|| Anchor {
                    start: ws,
                    end: we,
                    text: slice(ws, we).unwrap_or_else(|| "Qin Gang".into()),
                });
                Correction {
                    op,
                    kind,
                    start,
                    end,
                    text,
                    label,
                    value,
                    speaker: speaker.map(String::from),
                    scope: (entity_scope && op == Op::Relabel).then_some(Scope::Entity),
                    with,
                }
            },
        );
    (Just(text), prop::collection::vec(one, 0..12))
}

fn view_strategy() -> impl Strategy<Value = View> {
    text_strategy()
        .prop_flat_map(corrections_for)
        .prop_flat_map(|(text, corrections)| {
            (
                prop::option::of(prop_oneof![
                    Just("2023-06-14".to_string()),
                    Just("1999-12-31".to_string())
                ]),
                prop::collection::vec(
                    prop::sample::select(&["NORP", "DATE", "PERSON", "QUOTE"][..])
                        .prop_map(String::from),
                    0..3,
                ),
            )
                .prop_map(move |(reference_date, hidden)| View {
                    text: text.clone(),
                    reference_date,
                    hidden,
                    corrections: corrections.clone(),
                    ..View::default()
                })
        })
}

/// Slices by UTF-16 units, if both ends are boundaries.
fn utf16_slice(text: &str, start: u32, end: u32) -> Option<String> {
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16(units.get(start as usize..end as usize)?).ok()
}

fn cp_slice(text: &str, start: usize, end: usize) -> String {
    text.chars()
        .skip(start)
        .take(end.saturating_sub(start))
        .collect()
}

/// `view` as a link from this newsmark brings it back: stamped with its version.
fn sent(view: View) -> View {
    View {
        newsmark: Some(newsmark::version().into()),
        ..view
    }
}

/// What every status promises: one per correction; a reason when skipped or overridden, by a
/// later one; a mark added (and still there) covers whole words.
fn check_statuses(view: &View, statuses: &[Status], a: &Annotations) {
    assert_eq!(statuses.len(), view.corrections.len());
    for (k, (c, st)) in view.corrections.iter().zip(statuses).enumerate() {
        let landed = match st {
            Status::Skipped { reason } => {
                assert!(!reason.is_empty());
                continue;
            }
            Status::Overridden { by, reason } => {
                assert!(
                    *by > k && *by < statuses.len() && !reason.is_empty(),
                    "{st:?}"
                );
                continue;
            }
            Status::Applied { .. } => (c.start, c.end),
            Status::Moved { start, end, .. } => (*start, *end),
        };
        if c.op == Op::Add
            && a.spans
                .iter()
                .any(|s| (s.start, s.end) == landed && s.kind == c.kind)
        {
            assert!(
                is_whole_words(&view.text, landed.0, landed.1),
                "{c:?} → {st:?}"
            );
        }
    }
}

fn assert_invariants(text: &str, a: &Annotations) {
    newsmark::invariants::check(text, a).unwrap_or_else(|e| panic!("{e}"));
}

fn check_brat(text: &str, a: &Annotations, ann: &str) {
    let mut t_lines = 0;
    for line in ann.lines() {
        let f: Vec<&str> = line.splitn(3, '\t').collect();
        assert_eq!(f.len(), 3, "{line:?}");
        if f[0].starts_with('#') {
            continue;
        }
        t_lines += 1;
        let (label, offsets) = f[1].split_once(' ').unwrap();
        assert!(!label.is_empty() && !label.contains(char::is_whitespace));
        let pieces: Vec<String> = offsets
            .split(';')
            .map(|frag| {
                let (s, e) = frag.split_once(' ').unwrap();
                let (s, e): (usize, usize) = (s.parse().unwrap(), e.parse().unwrap());
                assert!(s < e);
                cp_slice(text, s, e)
            })
            .collect();
        assert_eq!(pieces.join(" "), f[2], "{line:?}");
    }
    // Every span with something besides line breaks has its T line.
    let breaks = [
        '\n', '\r', '\u{b}', '\u{c}', '\u{1c}', '\u{1d}', '\u{1e}', '\u{85}', '\u{2028}',
        '\u{2029}',
    ];
    assert_eq!(
        t_lines,
        a.spans
            .iter()
            .filter(|s| !s.text.chars().all(|c| breaks.contains(&c)))
            .count()
    );
    // The .ann has one line per annotation: no stray line breaks inside.
    assert_eq!(ann.split('\n').count(), ann.lines().count() + 1);
}

fn check_w3c(text: &str, jsonld: &str) {
    let v: serde_json::Value = serde_json::from_str(jsonld).unwrap();
    for item in v["first"]["items"].as_array().unwrap() {
        let sel = item["target"]["selector"].as_array().unwrap();
        let q = sel
            .iter()
            .find(|s| s["type"] == "TextQuoteSelector")
            .unwrap();
        let p = sel
            .iter()
            .find(|s| s["type"] == "TextPositionSelector")
            .unwrap();
        let (s, e) = (
            p["start"].as_u64().unwrap() as usize,
            p["end"].as_u64().unwrap() as usize,
        );
        let (exact, prefix, suffix) = (
            q["exact"].as_str().unwrap(),
            q["prefix"].as_str().unwrap(),
            q["suffix"].as_str().unwrap(),
        );
        assert_eq!(cp_slice(text, s, e), exact);
        assert_eq!(cp_slice(text, s - prefix.chars().count(), s), prefix);
        assert_eq!(cp_slice(text, e, e + suffix.chars().count()), suffix);
    }
}

/// RFC 4180 read back (by the `csv` crate); every quote has its row, no cell reads as a formula, offsets hold.
fn check_csv(text: &str, a: &Annotations, csv: &str) {
    assert!(csv.ends_with("\r\n"), "ends with a line end");
    let rows: Vec<Vec<String>> = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(csv.as_bytes())
        .records()
        .map(|r| r.expect("valid CSV").iter().map(str::to_string).collect())
        .collect();
    assert_eq!(
        rows[0].join(","),
        "speaker,speaker_label,speaker_mention,quote,start,end"
    );
    let quotes: Vec<_> = a.spans.iter().filter(|s| s.kind == Kind::Quote).collect();
    assert_eq!(rows.len() - 1, quotes.len());
    for r in &rows[1..] {
        assert_eq!(r.len(), 6, "{r:?}");
        assert!(
            !r.iter()
                .any(|c| c.starts_with(['=', '+', '-', '@', '\t', '\r'])),
            "{r:?}"
        );
        let (s, e): (u32, u32) = (r[4].parse().unwrap(), r[5].parse().unwrap());
        let quote = utf16_slice(text, s, e).expect("a quote's offsets");
        let formula = quote.starts_with(['=', '+', '-', '@', '\t', '\r']);
        let written = if formula { format!("'{quote}") } else { quote };
        assert_eq!(r[3], written);
    }
}

fn check_displacy(text: &str, json: &str) {
    let v: serde_json::Value = serde_json::from_str(json).unwrap();
    assert_eq!(v["text"], text);
    let mut last = 0;
    for e in v["ents"].as_array().unwrap() {
        let (s, t) = (
            e["start"].as_u64().unwrap() as usize,
            e["end"].as_u64().unwrap() as usize,
        );
        assert!(last <= s && s < t && t <= text.chars().count());
        last = t;
    }
}

/// Every tag in the page is one of ours, with only our attributes: injected text can only be text.
fn check_html(html: &str) {
    const TAGS: &[&str] = &[
        "!doctype", "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3",
        "p", "ul", "ol", "li", "span", "main", "article", "aside", "section", "mark", "footer",
    ];
    const ATTRIBUTES: &[&str] = &[
        "lang",
        "charset",
        "name",
        "content",
        "http-equiv",
        "class",
        "data-label",
        "title",
    ];
    assert!(!html.to_ascii_lowercase().contains("<script"));
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        let end = rest.find('>').expect("every tag closes");
        let tag = &rest[..end];
        rest = &rest[end + 1..];
        let body = tag.trim_start_matches('/');
        let name = body
            .split(|c: char| c.is_whitespace())
            .next()
            .unwrap()
            .to_ascii_lowercase();
        assert!(TAGS.contains(&name.as_str()), "tag <{tag}>");
        if name == "!doctype" {
            continue;
        }
        // Attributes: name="value" pairs with no raw quote inside values.
        let mut attrs = body[name.len()..].trim();
        while !attrs.is_empty() {
            let (attr, after) = attrs
                .split_once("=\"")
                .unwrap_or_else(|| panic!("attribute syntax in <{tag}>"));
            assert!(
                ATTRIBUTES.contains(&attr.trim()),
                "attribute {attr:?} in <{tag}>"
            );
            let close = after.find('"').expect("a closing quote");
            assert!(
                !after[..close].contains(['<', '>']),
                "raw markup in an attribute of <{tag}>"
            );
            attrs = after[close + 1..].trim();
        }
    }
    // The style element holds our CSS only; tags were checked above, so text was escaped.
    assert_eq!(
        html.matches("<mark").count(),
        html.matches("</mark>").count()
    );
}

proptest! {
    // 96 cases keep `cargo test` quick; PROPTEST_CASES=5000 for a long run.
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(96),
        ..ProptestConfig::default()
    })]

    #[test]
    fn share_links_round_trip_any_view(view in view_strategy()) {
        let link = encode(&view);
        prop_assert!(link.starts_with("nm1."));
        prop_assert!(link.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b)), "URL-safe");
        prop_assert_eq!(decode(&link), Ok(sent(view.clone())));
        prop_assert_eq!(decode(&format!("https://example.org/a?b=c#{link}")), Ok(sent(view)));
    }

    #[test]
    fn share_links_round_trip_arbitrary_unicode(text in any::<String>(), hidden in prop::collection::vec(any::<String>(), 0..3)) {
        let view = View { text, hidden, ..View::default() };
        prop_assert_eq!(decode(&encode(&view)), Ok(sent(view)));
    }

    #[test]
    fn damaged_links_never_panic_nor_pass_as_other_views(view in view_strategy(), at in any::<prop::sample::Index>(), ch in any::<char>(), cut in any::<bool>()) {
        let link = encode(&view);
        let i = at.index(link.len());
        let damaged = if cut { link[..i].to_string() } else { format!("{}{ch}{}", &link[..i], &link[i..]) };
        if let Ok(v) = decode(&damaged) {
            // Only damage that leaves the content intact may decode (e.g. padding, `+`/`/`).
            prop_assert_eq!(v, sent(view));
        }
    }

    #[test]
    fn arbitrary_fragments_never_panic(s in any::<String>(), b in prop::collection::vec(any::<u8>(), 0..200)) {
        let _ = decode(&s);
        let _ = decode(&format!("nm1.{s}"));
        let _ = decode(&format!("nm1.{}", newsmark::share::base64url::encode(&b)));
    }

    #[test]
    fn corrections_keep_every_invariant(view in view_strategy()) {
        let applied = annotate_view(&view).unwrap();
        assert_invariants(&view.text, &applied.annotations);
        check_statuses(&view, &applied.statuses, &applied.annotations);
        // Applying the same corrections again to the result changes nothing more than once.
        let again = apply(&view.text, applied.annotations.clone(), &view.corrections);
        assert_invariants(&view.text, &again.annotations);
    }

    #[test]
    fn every_export_parses_back(view in view_strategy()) {
        let a = annotate_view(&view).unwrap().annotations;
        let txt = export(&view, &a, Format::BratText);
        prop_assert!(!txt.contains('\r'));
        check_brat(&txt, &a, &export(&view, &a, Format::Brat));
        check_w3c(&view.text, &export(&view, &a, Format::W3c));
        check_displacy(&view.text, &export(&view, &a, Format::Displacy));
        check_html(&export(&view, &a, Format::Html));
        let json = export(&view, &a, Format::Json);
        let back: Annotations = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(&back, &a);
        // The json export and the view file reopen to the view they came from.
        for file in [json, export(&view, &a, Format::View)] {
            let reopened = newsmark::share::open_file(&file).unwrap();
            prop_assert_eq!(&reopened.text, &view.text);
            prop_assert_eq!(&reopened.corrections, &view.corrections);
            prop_assert_eq!(&reopened.hidden, &view.hidden);
            prop_assert_eq!(&reopened.reference_date, &view.reference_date);
            prop_assert_eq!(reopened.newsmark.as_deref(), Some(newsmark::version()));
        }
        check_csv(&view.text, &a, &export(&view, &a, Format::Csv));
    }

    #[test]
    fn reanchored_corrections_cover_their_text_in_the_new_text(
        (text, corrections) in text_strategy().prop_flat_map(corrections_for),
        insert in text_strategy(), at in any::<prop::sample::Index>(), delete in 0usize..5,
    ) {
        let chars: Vec<char> = text.chars().collect();
        let i = at.index(chars.len() + 1);
        let new_text: String = chars[..i].iter().copied().chain(insert.chars()).chain(chars[(i + delete).min(chars.len())..].iter().copied()).collect();
        let r = reanchor(&corrections, &text, &new_text);
        prop_assert_eq!(r.kept.len() + r.dropped.len(), corrections.len());
        for c in &r.kept {
            let covered = utf16_slice(&new_text, c.start, c.end);
            prop_assert_eq!(covered.as_deref(), Some(c.text.as_str()));
            // Never left cutting a word.
            prop_assert!(is_whole_words(&new_text, c.start, c.end), "{:?} in {:?}", c, new_text);
            if let Some(w) = &c.with {
                let covered = utf16_slice(&new_text, w.start, w.end);
                prop_assert_eq!(covered.as_deref(), Some(w.text.as_str()));
                prop_assert!(is_whole_words(&new_text, w.start, w.end));
            }
        }
        for c in &r.dropped {
            // Its text (or its second mention's) no longer occurs as whole words.
            let occurs_whole = |needle: &str| {
                !needle.is_empty() && new_text.match_indices(needle).any(|(b, _)| {
                    let s = new_text[..b].encode_utf16().count() as u32;
                    is_whole_words(&new_text, s, s + needle.encode_utf16().count() as u32)
                })
            };
            prop_assert!(!occurs_whole(&c.text) || c.with.as_ref().is_some_and(|w| !occurs_whole(&w.text)), "{:?}", c);
        }
        // And the moved corrections apply cleanly to the re-annotated new text.
        let view = View { text: new_text.clone(), corrections: r.kept, ..View::default() };
        assert_invariants(&new_text, &annotate_view(&view).unwrap().annotations);
    }
}

/// A text, and a valid UTF-16 range in it covering at least one char.
fn text_with_range() -> impl Strategy<Value = (String, u32, u32)> {
    text_strategy()
        .prop_filter("some text", |t| !t.is_empty())
        .prop_flat_map(|t| {
            let bounds: Vec<u32> = {
                let mut units = 0u32;
                let mut b = vec![0];
                for c in t.chars() {
                    units += c.len_utf16() as u32;
                    b.push(units);
                }
                b
            };
            let n = bounds.len();
            (Just(t), 0..n - 1, 1..n).prop_map(move |(t, a, b)| {
                let (a, b) = if a < b { (a, b) } else { (b - 1, a.max(b)) };
                let (a, b) = (a.min(n - 2), b.max(a.min(n - 2) + 1));
                (t, bounds[a], bounds[b])
            })
        })
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(96),
        ..ProptestConfig::default()
    })]

    /// What the reader added or removed is there (or gone) after annotation, and still after an
    /// edit elsewhere in the text, once re-anchored and re-annotated.
    #[test]
    fn corrections_survive_re_annotation_and_edits(
        (text, start, end) in text_with_range(),
        kind in kind_strategy(),
        remove in any::<bool>(),
        prefix in text_strategy(),
    ) {
        // A reader's selection, snapped to whole words as the page does.
        let snapped = snap_selection(&text, start, end);
        prop_assume!(snapped.is_some());
        let (start, end) = snapped.unwrap();
        let covered = utf16_slice(&text, start, end).unwrap();
        let label = match kind { Kind::Entity => "ORG", Kind::Date => "DATE", Kind::Quote => "QUOTE" };
        let c = Correction {
            op: if remove { Op::Remove } else { Op::Add },
            kind, start, end, text: covered.clone(),
            label: Some(label.into()), value: Some("2023-06-18".into()), speaker: None, scope: None, with: None,
        };
        let has_mark = |view: &View, s: u32, e: u32| {
            annotate_view(view).unwrap().annotations.spans.iter().any(|x| x.kind == kind && x.start == s && x.end == e && (remove || x.label == label))
        };
        let view = View { corrections: vec![c.clone()], ..View::new(text.clone()) };
        prop_assert_eq!(has_mark(&view, start, end), !remove);
        // An edit before it: the correction moves with its words and still holds. (The edit
        // starts with a char the text has not, so where it ends is not ambiguous: inserting
        // "Beijing" before "Blinken" could as well have kept the first "B" in place.)
        // A line break after it keeps the text's first word a word of its own.
        prop_assume!(!text.contains('§'));
        let prefix = format!("§{prefix}\n");
        let new_text = format!("{prefix}{text}");
        let shift = prefix.encode_utf16().count() as u32;
        let moved = reanchor(std::slice::from_ref(&c), &text, &new_text);
        prop_assert_eq!(moved.kept.len(), 1);
        prop_assert_eq!((moved.kept[0].start, moved.kept[0].end), (start + shift, end + shift));
        let view = View { corrections: moved.kept, ..View::new(new_text) };
        prop_assert_eq!(has_mark(&view, start + shift, end + shift), !remove);
    }
}
