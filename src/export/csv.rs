//! Quotes by speaker as CSV (RFC 4180), for a spreadsheet: one row per quote, grouped by speaker
//! in order of each speaker's first quote, unattributed quotes last.
//!
//! Columns: `speaker` (named as the page names them: the entity a mention resolves to, else the
//! mention, else the name a reader gave), `speaker_label` (that entity's label, PERSON, ORG, …),
//! `speaker_mention` (the words in the text: `he`, `the department`), `quote` (marks included),
//! `start`, `end` (UTF-16, as in `newsmark/1`).
//!
//! Cells come from the article, which may come from anyone: a cell that a spreadsheet would read
//! as a formula (beginning with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading
//! `'`, as OWASP advises; cells with a comma, a quote mark or a line break are quoted, their quote
//! marks doubled. Lines end in CRLF. No byte-order mark: the file is UTF-8.

use crate::annotations::{Annotations, Kind, Span};
use crate::maps::WordKeyed;
use crate::view::View;

pub const HEADER: &str = "speaker,speaker_label,speaker_mention,quote,start,end";

pub fn quotes(_view: &View, a: &Annotations) -> String {
    let quotes: Vec<&Span> = a.spans.iter().filter(|s| s.kind == Kind::Quote).collect();
    // Groups in order of first quote, each in text order; the unattributed last. Buckets rather
    // than a sort (each sort costs kilobytes of wasm); the map's type is the corrections' own.
    let mut groups: WordKeyed<u32> = WordKeyed::default();
    let mut buckets: Vec<Vec<&Span>> = Vec::new();
    let mut unattributed: Vec<&Span> = Vec::new();
    for &q in &quotes {
        let key = match (&q.speaker, a.speaker_name(q)) {
            (Some(sp), _) if sp.entity.is_some() => format!("e{}", sp.entity.unwrap_or(0)),
            (_, Some(name)) => format!("t{}", crate::text::case::lower_str(name)),
            _ => {
                unattributed.push(q);
                continue;
            }
        };
        let n = buckets.len() as u32;
        let g = *groups.entry(key).or_insert(n) as usize;
        if g == buckets.len() {
            buckets.push(Vec::new());
        }
        buckets[g].push(q);
    }
    let rows = buckets.into_iter().flatten().chain(unattributed);

    let mut out =
        String::with_capacity(64 + quotes.iter().map(|q| q.text.len() + 48).sum::<usize>());
    out.push_str(HEADER);
    out.push_str("\r\n");
    for q in rows {
        let label = q
            .speaker
            .as_ref()
            .and_then(|sp| a.entities.get(sp.entity? as usize))
            .map_or("", |e| &*e.label);
        let mention = q.speaker.as_ref().map_or("", |sp| sp.text.as_str());
        let cells = [
            a.speaker_name(q).unwrap_or(""),
            label,
            mention,
            q.text.as_str(),
        ];
        for c in cells {
            push_cell(&mut out, c);
            out.push(',');
        }
        out.push_str(&format!("{},{}\r\n", q.start, q.end));
    }
    out
}

/// One cell: neutralised if a spreadsheet would run it, quoted if it must be.
fn push_cell(out: &mut String, cell: &str) {
    let formula = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let quoted = formula || cell.contains([',', '"', '\n', '\r']);
    if quoted {
        out.push('"');
    }
    if formula {
        out.push('\'');
    }
    for c in cell.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    if quoted {
        out.push('"');
    }
}

// Native only: the csv crate that reads the export back is a native dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// RFC 4180 read back by the `csv` crate (an independent reader): rows of cells. Every
    /// row, the last too, ends with CRLF.
    fn parse(csv: &str) -> Vec<Vec<String>> {
        assert!(csv.ends_with("\r\n"), "ends with a line end");
        csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(csv.as_bytes())
            .records()
            .map(|r| r.expect("valid CSV").iter().map(str::to_string).collect())
            .collect()
    }

    fn csv_of(text: &str) -> (Vec<Vec<String>>, Annotations) {
        let view = View::new(text);
        let a = crate::view::annotate_view(&view).unwrap().annotations;
        (parse(&quotes(&view, &a)), a)
    }

    #[test]
    fn quotes_are_grouped_by_resolved_speaker_with_named_columns() {
        let (rows, a) = csv_of(
            "Shakeel Mohamed runs the clinic. “We are full,” he said. \"No beds, none,\" said Anna Smith. “Come back,” Mohamed added.",
        );
        assert_eq!(rows[0].join(","), HEADER);
        let body: Vec<(&str, &str, &str)> = rows[1..]
            .iter()
            .map(|r| (r[0].as_str(), r[2].as_str(), r[3].as_str()))
            .collect();
        assert_eq!(
            body,
            [
                ("Shakeel Mohamed", "he", "“We are full,”"),
                ("Shakeel Mohamed", "Mohamed", "“Come back,”"),
                ("Anna Smith", "Anna Smith", "\"No beds, none,\""),
            ],
            "{a:?}"
        );
        assert_eq!(rows[1][1], "PERSON");
        // Offsets are the result's.
        let q = a.spans.iter().find(|s| s.text == "“Come back,”").unwrap();
        assert_eq!(rows[2][4..], [q.start.to_string(), q.end.to_string()]);
    }

    #[test]
    fn formulas_are_neutralised_and_cells_quoted() {
        let mut out = String::new();
        for c in [
            "=HYPERLINK(\"x\")",
            "+1",
            "-2",
            "@SUM(A1)",
            "\tx",
            "a,b",
            "plain",
            "say \"hi\"\nbye",
        ] {
            push_cell(&mut out, c);
            out.push(',');
        }
        assert_eq!(
            out,
            "\"'=HYPERLINK(\"\"x\"\")\",\"'+1\",\"'-2\",\"'@SUM(A1)\",\"'\tx\",\"a,b\",plain,\"say \"\"hi\"\"\nbye\","
        );
        // Through a whole export: a quote that starts like a formula.
        let (rows, _) = csv_of("\"=cmd|' /C calc'!A0, she wrote,\" said Anna Smith.");
        let quote = &rows
            .iter()
            .find(|r| r[3].contains("cmd"))
            .expect("the quote")[3];
        assert!(
            quote.starts_with("\"=cmd") || quote.starts_with("'"),
            "{quote}"
        );
        assert!(!rows
            .iter()
            .flatten()
            .any(|c| c.starts_with(['=', '+', '-', '@'])));
    }
}
