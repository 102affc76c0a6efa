//! A view: an article as one reader sees it and passes it on — its text, the reference date, the
//! labels toggled off and the reader's corrections. Share links (`crate::share`), the page
//! (`crate::wasm`), the CLI and every export carry this one value.
//!
//! A view never holds annotations: [`annotate_view`] recomputes them from the text and applies the
//! corrections on top, so a view made with an older model opens with the newer model's marks and
//! the reader's edits still in place. What a view does carry, since issue 18, is which newsmark
//! wrote it (`newsmark`) and a short fingerprint of the marks its writer saw (`marks`), so the
//! reader's page can tell when a newer newsmark made it or today's marks differ
//! ([`view_status`]). Views come from strangers, so their size is bounded here, once, for every
//! way in ([`exceeded_limit`]).

use std::cell::RefCell;

use serde::ser::SerializeStruct;
use serde::{Deserialize, Serialize, Serializer};

use crate::annotations::Annotations;
use crate::corrections::{self, Applied, Correction, Op, Status};

/// The format version of a view's JSON (its `v` field, and the `1` of a share link's `nm1.`
/// prefix): the version this build writes, and the newest it reads.
pub const VERSION: u32 = 1;

/// At most this many corrections and hidden labels in a view.
pub const MAX_CORRECTIONS: usize = 10_000;
pub const MAX_HIDDEN_LABELS: usize = 64;

/// The longest `newsmark` version and `marks` fingerprint a view may carry.
pub const MAX_STAMP_CHARS: usize = 64;

/// What a share link (or a view file) carries: everything needed to show an article exactly as
/// its sender saw it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct View {
    pub text: String,
    /// `YYYY-MM-DD` or, with a time of day, `YYYY-MM-DDTHH:MM`; null to let the annotator find
    /// a dateline or web timestamp.
    #[serde(default)]
    pub reference_date: Option<String>,
    /// Labels the reader toggled off, by name (`NORP`, `DATE`, …).
    #[serde(default)]
    pub hidden: Vec<String>,
    /// The reader's edits, applied in order.
    #[serde(default)]
    pub corrections: Vec<Correction>,
    /// The version of the newsmark that wrote this view into a link or file (`"0.1.0"`); absent
    /// in views written before issue 18, and in views the page builds itself.
    #[serde(default)]
    pub newsmark: Option<String>,
    /// A short fingerprint of the marks its writer saw ([`marks_of`]), if it said.
    #[serde(default)]
    pub marks: Option<String>,
}

// Hand-written so the version field `v` is always written first and always the current one;
// reading ignores it (a share link's decoder checks it before the view is parsed). `newsmark`
// and `marks` are written when the view has them.
impl Serialize for View {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        Written {
            view: self,
            newsmark: self.newsmark.as_deref(),
            marks: self.marks.as_deref(),
            text: true,
        }
        .serialize(s)
    }
}

/// A view as a link or file writes it: `{"v":1,"newsmark":…,"marks":…,"text":…,
/// "reference_date":…,"hidden":[…],"corrections":[…]}`, with `newsmark` and `marks` left out
/// when `None`, and `text` too when it is written beside the view (the JSON export).
pub struct Written<'a> {
    pub view: &'a View,
    pub newsmark: Option<&'a str>,
    pub marks: Option<&'a str>,
    pub text: bool,
}

impl Written<'_> {
    /// `view` stamped by this build: its version and, if known, the marks it shows.
    pub fn stamped<'a>(view: &'a View, marks: Option<&'a str>, text: bool) -> Written<'a> {
        Written {
            view,
            newsmark: Some(crate::version()),
            marks,
            text,
        }
    }
}

impl Serialize for Written<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let v = self.view;
        let mut st = s.serialize_struct("View", 7)?;
        st.serialize_field("v", &VERSION)?;
        match self.newsmark {
            Some(n) => st.serialize_field("newsmark", n)?,
            None => st.skip_field("newsmark")?,
        }
        match self.marks {
            Some(m) => st.serialize_field("marks", m)?,
            None => st.skip_field("marks")?,
        }
        if self.text {
            st.serialize_field("text", &v.text)?;
        } else {
            st.skip_field("text")?;
        }
        st.serialize_field("reference_date", &v.reference_date)?;
        st.serialize_field("hidden", &v.hidden)?;
        st.serialize_field("corrections", &v.corrections)?;
        st.end()
    }
}

impl View {
    pub fn new(text: impl Into<String>) -> View {
        View {
            text: text.into(),
            ..View::default()
        }
    }
}

/// The view's annotations as its sender saw them: `view.text` annotated at its reference date,
/// then its corrections applied (with what became of each, and those that could not be applied
/// in `skipped`).
pub fn annotate_view(view: &View) -> Result<Applied, crate::Error> {
    let annotations = crate::annotate(
        &view.text,
        &crate::Options {
            reference_date: view.reference_date.clone(),
        },
    )?;
    Ok(corrections::apply(
        &view.text,
        annotations,
        &view.corrections,
    ))
}

/// The JSON of `annotateView`: the `newsmark/1` result plus `"corrections"` (what became of each
/// of the view's corrections, in order) and `"marks"` (their fingerprint, [`marks_of`]). Also
/// remembers the fingerprint for [`marks`].
pub fn result_json(view: &View, applied: &Applied) -> String {
    let mut json = applied.annotations.to_json();
    let marks = marks_of_json(&json);
    remember_marks(view, &marks);
    json.pop(); // the closing brace
    json.push_str(",\"corrections\":");
    json.push_str(&crate::annotations::json_text(&applied.statuses));
    json.push_str(",\"marks\":\"");
    json.push_str(&marks);
    json.push_str("\"}");
    json
}

/// A short fingerprint of a result's marks (8 hex digits): equal results, equal fingerprints.
pub fn marks_of(a: &Annotations) -> String {
    marks_of_json(&a.to_json())
}

fn marks_of_json(json: &str) -> String {
    let h = fnv1a(0xcbf29ce484222325, json.as_bytes());
    format!("{:08x}", (h >> 32) ^ (h & 0xffff_ffff))
}

#[inline(never)]
fn fnv1a(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

/// What decides a view's marks: its text, reference date and corrections (not its hidden labels).
/// Hashed field by field (not through serde: another serializer costs kilobytes of wasm).
fn content_key(view: &View) -> u64 {
    let mut h = fnv1a(0xcbf29ce484222325, view.text.as_bytes());
    let field = |h: &mut u64, bytes: Option<&[u8]>| {
        *h = fnv1a(*h, &[0xfe + bytes.is_some() as u8]);
        *h = fnv1a(*h, bytes.unwrap_or_default());
    };
    field(&mut h, view.reference_date.as_deref().map(str::as_bytes));
    for c in &view.corrections {
        let numbers = [c.op as u32, c.kind as u32, c.start, c.end];
        for n in numbers {
            h = fnv1a(h, &n.to_le_bytes());
        }
        for text in [
            Some(&c.text),
            c.label.as_ref(),
            c.value.as_ref(),
            c.speaker.as_ref(),
        ] {
            field(&mut h, text.map(|t| t.as_bytes()));
        }
        h = fnv1a(h, &[c.scope.map_or(0, |s| s as u8 + 1)]);
        if let Some(w) = &c.with {
            h = fnv1a(h, &w.start.to_le_bytes());
            h = fnv1a(h, &w.end.to_le_bytes());
            field(&mut h, Some(w.text.as_bytes()));
        }
    }
    h
}

thread_local! {
    /// The fingerprint of the last view annotated through [`result_json`] or [`marks`]: the page
    /// annotates a view, then writes it into its link, which needs the same fingerprint.
    static LAST_MARKS: RefCell<Option<(u64, String)>> = const { RefCell::new(None) };
}

fn remember_marks(view: &View, marks: &str) {
    let key = content_key(view);
    LAST_MARKS.with(|m| *m.borrow_mut() = Some((key, marks.to_string())));
}

/// The fingerprint of the marks `view` shows today (annotating it, unless it was the last view
/// annotated).
pub fn marks(view: &View) -> Result<String, crate::Error> {
    let key = content_key(view);
    let cached = LAST_MARKS.with(|m| {
        m.borrow()
            .as_ref()
            .filter(|(k, _)| *k == key)
            .map(|(_, marks)| marks.clone())
    });
    if let Some(marks) = cached {
        return Ok(marks);
    }
    let marks = marks_of(&annotate_view(view)?.annotations);
    remember_marks(view, &marks);
    Ok(marks)
}

/// What the page says of a view it opens.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ViewStatus {
    /// Written by a newer newsmark than this one.
    pub newer: bool,
    /// It carries the fingerprint of its writer's marks, and today's differ.
    pub marks_changed: bool,
    /// The newsmark that wrote it, when it says.
    pub made_by: Option<String>,
    /// This newsmark's version.
    pub current: String,
}

/// Whether `view` was written by a newer newsmark, and whether the marks it shows today differ
/// from those its writer saw. A view that does not say (links from before issue 18) is neither.
pub fn view_status(view: &View) -> Result<ViewStatus, crate::Error> {
    let newer = view
        .newsmark
        .as_deref()
        .is_some_and(|v| is_newer(v, crate::version()));
    let marks_changed = match &view.marks {
        Some(theirs) => *theirs != marks(view)?,
        None => false,
    };
    Ok(ViewStatus {
        newer,
        marks_changed,
        made_by: view.newsmark.clone(),
        current: crate::version().to_string(),
    })
}

/// Whether version `a` (`MAJOR.MINOR.PATCH`, anything after a `-` or `+` ignored) is newer than
/// `b`; an unreadable version is not.
fn is_newer(a: &str, b: &str) -> bool {
    let parse = |v: &str| -> Option<Vec<u64>> {
        v.split(['-', '+'])
            .next()?
            .split('.')
            .map(|n| n.parse().ok())
            .collect()
    };
    match (parse(a), parse(b)) {
        (Some(a), Some(b)) => a > b,
        _ => false,
    }
}

/// Would `correction`, made on `view` (after its corrections), be refused? `None` when it would
/// be applied, else why, for the reader: a malformed label or TIMEX3 value, offsets that do not
/// hold its text or cut a word, nothing to remove, relabel, merge or split there, …
pub fn check_correction(
    view: &View,
    correction: &Correction,
) -> Result<Option<String>, crate::Error> {
    if let Err(why) = corrections::check_shape(correction) {
        return Ok(Some(why));
    }
    let index = crate::offsets::TextIndex::new(&view.text);
    let (start, end) = (correction.start, correction.end);
    if correction.text.is_empty() || index.slice_utf16(start, end) != Some(&correction.text) {
        return Ok(Some(format!(
            "the text at {start}..{end} is not {:?}",
            correction.text.chars().take(60).collect::<String>()
        )));
    }
    let applied = annotate_view(view)?;
    let marked = applied
        .annotations
        .spans
        .iter()
        .any(|s| s.kind == correction.kind && s.start == start && s.end == end);
    let adds = correction.op == Op::Add || (correction.op == Op::Relabel && !marked);
    if adds && !corrections::is_whole_words(&view.text, start, end) {
        return Ok(Some(corrections::cuts_a_word(&view.text, start, end)));
    }
    let once = corrections::apply(
        &view.text,
        applied.annotations,
        std::slice::from_ref(correction),
    );
    Ok(match once.statuses.into_iter().next() {
        Some(Status::Skipped { reason }) => Some(reason),
        _ => None,
    })
}

/// Which limit `view` exceeds, if any, said for a person (`"12001 corrections; the limit is
/// 10000"`). Share links and views from the page are both checked with it.
pub fn exceeded_limit(view: &View) -> Option<String> {
    if view.text.len() > crate::MAX_TEXT_BYTES {
        return Some(format!(
            "its text is {} MB; the limit is {} MB",
            view.text.len().div_ceil(1_000_000),
            crate::MAX_TEXT_BYTES / 1_000_000
        ));
    }
    if view.corrections.len() > MAX_CORRECTIONS {
        return Some(format!(
            "{} corrections; the limit is {MAX_CORRECTIONS}",
            view.corrections.len()
        ));
    }
    if view.hidden.len() > MAX_HIDDEN_LABELS {
        return Some(format!(
            "{} hidden labels; the limit is {MAX_HIDDEN_LABELS}",
            view.hidden.len()
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corrections::Op;
    use crate::Kind;

    #[test]
    fn the_version_is_written_first_and_not_read_back() {
        let json = serde_json::to_string(&View::new("Blinken")).unwrap();
        assert!(json.starts_with(r#"{"v":1,"text":"Blinken""#), "{json}");
        let back: View = serde_json::from_str(&json).unwrap();
        assert_eq!(back, View::new("Blinken"));
    }

    #[test]
    fn a_view_annotates_then_applies_its_corrections() {
        let view = View {
            reference_date: Some("2023-06-14".into()),
            corrections: vec![Correction {
                op: Op::Add,
                kind: Kind::Entity,
                start: 0,
                end: 7,
                text: "Blinken".into(),
                label: Some("MISC".into()),
                value: None,
                speaker: None,
                scope: None,
                with: None,
            }],
            ..View::new("Blinken will fly to Beijing on Sunday.")
        };
        let applied = annotate_view(&view).unwrap();
        assert!(applied.skipped.is_empty(), "{:?}", applied.skipped);
        let spans = &applied.annotations.spans;
        assert!(spans
            .iter()
            .any(|s| s.text == "Blinken" && s.label == "MISC"));
        assert!(spans
            .iter()
            .any(|s| s.value.as_deref() == Some("2023-06-18")));
    }

    #[test]
    fn limits_say_which_one_is_exceeded() {
        assert_eq!(exceeded_limit(&View::new("Blinken")), None);
        let many_hidden = View {
            hidden: vec!["DATE".into(); MAX_HIDDEN_LABELS + 1],
            ..View::default()
        };
        assert_eq!(
            exceeded_limit(&many_hidden).as_deref(),
            Some("65 hidden labels; the limit is 64")
        );
    }

    fn example() -> View {
        View {
            reference_date: Some("2023-06-14".into()),
            ..View::new(include_str!("../tests/fixtures/blinken-china-trip.txt"))
        }
    }

    fn on(view: &View, op: Op, kind: Kind, needle: &str) -> Correction {
        let byte = view.text.find(needle).expect("the needle");
        let start = view.text[..byte].encode_utf16().count() as u32;
        Correction::new(
            op,
            kind,
            start,
            start + needle.encode_utf16().count() as u32,
            needle,
        )
    }

    #[test]
    fn corrections_are_checked_before_they_are_made() {
        let view =
            View::new("Officials in Yashio met on Sunday, June 18. Talks on US-China trade.");
        let check = |c: &Correction| check_correction(&view, c).unwrap();
        let mut date = on(&view, Op::Add, Kind::Date, "Sunday, June 18");
        date.value = Some("banana".into());
        assert!(check(&date)
            .unwrap()
            .contains("\"banana\" is not a TIMEX3 value"));
        date.value = Some("XXXX-06-18".into());
        assert_eq!(check(&date), None);
        let mut part = on(&view, Op::Add, Kind::Entity, "ashi");
        part.label = Some("PLACE".into());
        assert_eq!(
            check(&part).as_deref(),
            Some("\"ashi\" is part of a word (\"Yashio\"): a mark covers whole words")
        );
        let us = Correction {
            label: Some("PLACE".into()),
            ..on(&view, Op::Add, Kind::Entity, "US")
        };
        assert_eq!(check(&us), None, "US in US-China");
        let wrong_text = Correction {
            text: "Tokyo".into(),
            ..us.clone()
        };
        assert!(check(&wrong_text).unwrap().contains("is not \"Tokyo\""));
        let nothing = on(&view, Op::Remove, Kind::Quote, "Officials");
        assert!(check(&nothing).unwrap().contains("no quote mark"));
        let bad_label = Correction {
            label: Some("<b>".into()),
            ..us
        };
        assert!(check(&bad_label).unwrap().contains("not a valid label"));
        let split_date = on(&view, Op::Split, Kind::Date, "Sunday");
        assert!(check(&split_date)
            .unwrap()
            .contains("only entities can be split"));
    }

    #[test]
    fn annotate_view_s_json_says_what_became_of_each_correction() {
        let mut view = example();
        let mut relabel = on(&view, Op::Relabel, Kind::Entity, "Antony Blinken");
        relabel.label = Some("ORG".into());
        let mut again = relabel.clone();
        again.label = Some("NORP".into());
        let mut gone = relabel.clone();
        gone.text = "not in the article".into();
        view.corrections = vec![relabel, again, gone];
        let applied = annotate_view(&view).unwrap();
        let v: serde_json::Value = serde_json::from_str(&result_json(&view, &applied)).unwrap();
        assert_eq!(v["schema"], "newsmark/1");
        assert_eq!(v["corrections"][0]["status"], "overridden");
        assert_eq!(v["corrections"][0]["by"], 1);
        assert_eq!(
            v["corrections"][1],
            serde_json::json!({"status": "applied"})
        );
        assert_eq!(v["corrections"][2]["status"], "skipped");
        assert_eq!(
            v["corrections"][2]["reason"],
            "\"not in the article\" is no longer in the text"
        );
        assert_eq!(v["marks"], marks_of(&applied.annotations).as_str());
        // The rest is the result itself.
        let back: Annotations = serde_json::from_str(&result_json(&view, &applied)).unwrap();
        assert_eq!(back, applied.annotations);
    }

    #[test]
    fn views_say_whether_a_newer_newsmark_or_other_marks_made_them() {
        let mut view = example();
        let today = marks(&view).unwrap();
        assert_eq!(today.len(), 8);
        assert_eq!(today, marks_of(&annotate_view(&view).unwrap().annotations));
        // From before issue 18 (no version, no marks): nothing to say.
        let status = view_status(&view).unwrap();
        assert_eq!(
            (status.newer, status.marks_changed, status.made_by),
            (false, false, None)
        );
        // Written by this newsmark, with today's marks.
        view.newsmark = Some(crate::version().into());
        view.marks = Some(today.clone());
        assert!(!view_status(&view).unwrap().marks_changed);
        // By a newer one that saw other marks.
        view.newsmark = Some("99.0.0".into());
        view.marks = Some("0badc0de".into());
        let status = view_status(&view).unwrap();
        assert!(status.newer && status.marks_changed, "{status:?}");
        assert_eq!(
            serde_json::to_value(&status).unwrap(),
            serde_json::json!({"newer": true, "marksChanged": true, "madeBy": "99.0.0", "current": crate::version()})
        );
        // A correction changes the marks; the fingerprint follows.
        let mut c = on(&view, Op::Remove, Kind::Entity, "Antony Blinken");
        c.label = None;
        view.corrections.push(c);
        assert_ne!(marks(&view).unwrap(), today);
    }

    #[test]
    fn versions_compare_by_number() {
        assert!(is_newer("0.2.0", "0.1.0"));
        assert!(is_newer("0.10.0", "0.9.9"));
        assert!(is_newer("1.0.0-beta", "0.9.0"));
        assert!(!is_newer("0.1.0", "0.1.0"));
        assert!(!is_newer("0.0.9", "0.1.0"));
        assert!(!is_newer("banana", "0.1.0"));
        assert!(!is_newer("", "0.1.0"));
    }
}
