//! `annotate`: the command-line face of the core, for batch work and for measuring accuracy.
//!
//! ```text
//! annotate [--reference-date YYYY-MM-DD[THH:MM]] [FILE]  one document (FILE or stdin) → one JSON result
//! annotate --jsonl [--jobs N] [FILE]                {"id","text","reference_date","reference_time"?} lines → result lines
//! annotate --format F [--reference-date D] [FILE]   one document → an export (html, json, w3c, brat, brat-txt, displacy, csv, view)
//! annotate --share [--reference-date D] [FILE]      one document → a share-link fragment (nm1.…)
//! annotate --open-share LINK [--format F]           a share link (URL or fragment) → its view's result
//! ```
//! Exit codes are distinct so scripts can tell failures apart (see `Exit`).

use std::io::{self, BufRead, Read, Write};
use std::process::ExitCode;
use std::time::Instant;

use newsmark::corrections::Status;
use newsmark::export::Format;
use newsmark::view::{annotate_view, View};
use newsmark::{annotate, Options};
use serde::Deserialize;
use serde_json::{json, Value};

const USAGE: &str = "usage: annotate [--reference-date YYYY-MM-DD[THH:MM]] [FILE]
       annotate --jsonl [--jobs N] [FILE]
       annotate --format html|json|w3c|brat|brat-txt|displacy|csv|view [--reference-date YYYY-MM-DD] [FILE]
       annotate --share [--reference-date YYYY-MM-DD] [FILE]
       annotate --open-share LINK [--format F]
Annotates news text with entities, dates and quotes (schema newsmark/1, UTF-16 offsets).
  --reference-date D  resolve relative dates against D, a date YYYY-MM-DD or a date and time
                      YYYY-MM-DDTHH:MM[:SS] (default: a dateline or web timestamp in the text)
  --jsonl             read {\"id\",\"text\",\"reference_date\"} lines, write one result line each;
                      a line may add \"reference_time\" (HH:MM, HH:MM:SS or a whole date-time)
  --jobs N            --jsonl on N threads (default: every core), results still in input order
  --format F          write an export instead of the JSON result: html (standalone page), json
                      (the result plus the text and the view: the page reopens it), w3c (Web
                      Annotation JSON-LD), brat (the .ann), brat-txt (the .txt brat reads beside
                      it: line ends made \n), displacy, csv (quotes by speaker), view (a view file)
  --share             print the share-link fragment (nm1.…) that carries the text and date;
                      open it as https://…/#<fragment> in the page, or with --open-share
  --open-share LINK   decode a share link (whole URL or fragment) and print its view's result
                      (its corrections applied), or its --format export
  -h, --help          this help;  -V, --version  the version";

/// Process exit codes.
#[derive(Clone, Copy)]
enum Exit {
    Usage = 2,
    Unreadable = 3,
    NotUtf8 = 4,
    Refused = 5,
    /// `--jsonl`: at least one line failed (its error object is in the output).
    BadLines = 6,
    /// `--open-share`: the link is empty, foreign, truncated, damaged, too new or too large.
    BadLink = 7,
}

fn fail(code: Exit, msg: impl std::fmt::Display) -> ExitCode {
    eprintln!("annotate: {msg}");
    ExitCode::from(code as u8)
}

#[derive(Default)]
struct Args {
    reference_date: Option<String>,
    jsonl: bool,
    file: Option<String>,
    format: Option<Format>,
    share: bool,
    open_share: Option<String>,
    /// `--jobs`: threads for `--jsonl`; 0 = every core.
    jobs: usize,
}

fn parse_args(mut it: impl Iterator<Item = String>) -> Result<Option<Args>, String> {
    let mut a = Args::default();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(None);
            }
            "-V" | "--version" => {
                println!(
                    "annotate {} (model {})",
                    newsmark::version(),
                    newsmark::model_version()
                );
                return Ok(None);
            }
            "--jsonl" => a.jsonl = true,
            "--jobs" => a.jobs = parse_jobs(it.next())?,
            s if s.starts_with("--jobs=") => {
                a.jobs = parse_jobs(Some(s["--jobs=".len()..].to_string()))?
            }
            "--share" => a.share = true,
            "--format" => a.format = Some(parse_format(it.next())?),
            s if s.starts_with("--format=") => {
                a.format = Some(parse_format(Some(s["--format=".len()..].to_string()))?)
            }
            "--open-share" => {
                a.open_share = Some(
                    it.next()
                        .ok_or("--open-share needs a link (a URL or its #fragment)")?,
                )
            }
            s if s.starts_with("--open-share=") => {
                a.open_share = Some(s["--open-share=".len()..].to_string())
            }
            "--reference-date" => {
                a.reference_date = Some(
                    it.next()
                        .ok_or("--reference-date needs a value (YYYY-MM-DD or YYYY-MM-DDTHH:MM)")?,
                )
            }
            s if s.starts_with("--reference-date=") => {
                a.reference_date = Some(s["--reference-date=".len()..].to_string())
            }
            s if s.starts_with('-') && s != "-" => return Err(format!("unknown option {s}")),
            s => {
                if a.file.replace(s.to_string()).is_some() {
                    return Err("only one FILE may be given".into());
                }
            }
        }
    }
    let modes = [a.jsonl, a.share, a.open_share.is_some()]
        .iter()
        .filter(|&&m| m)
        .count();
    if modes > 1 {
        return Err("--jsonl, --share and --open-share cannot be combined".into());
    }
    if a.jobs != 0 && !a.jsonl {
        return Err("--jobs applies to --jsonl only".into());
    }
    if a.jsonl && a.format.is_some() {
        return Err("--format does not apply to --jsonl".into());
    }
    if a.share && a.format.is_some() {
        return Err("--format does not apply to --share".into());
    }
    if a.open_share.is_some() && (a.file.is_some() || a.reference_date.is_some()) {
        return Err("--open-share reads the text and reference date from the link; give no FILE or --reference-date".into());
    }
    if let Some(d) = &a.reference_date {
        if newsmark::dates::parse_reference(d).is_none() {
            return Err(format!(
                "--reference-date {d:?} is not a valid date in the form YYYY-MM-DD \
                 (or a date and time, YYYY-MM-DDTHH:MM)"
            ));
        }
    }
    Ok(Some(a))
}

fn parse_jobs(n: Option<String>) -> Result<usize, String> {
    match n.as_deref().map(str::parse::<usize>) {
        Some(Ok(n)) if n >= 1 => Ok(n),
        _ => Err(format!(
            "--jobs needs a number of threads, 1 or more (got {})",
            n.as_deref()
                .map_or("nothing".to_string(), |s| format!("{s:?}"))
        )),
    }
}

fn parse_format(name: Option<String>) -> Result<Format, String> {
    let name = name.ok_or_else(|| {
        format!(
            "--format needs a value ({})",
            newsmark::export::FORMAT_NAMES
        )
    })?;
    Format::parse(&name).map_err(|e| e.to_string())
}

fn open_input(file: &Option<String>) -> Result<Box<dyn BufRead>, String> {
    match file.as_deref() {
        None | Some("-") => Ok(Box::new(io::BufReader::new(io::stdin()))),
        Some(path) => std::fs::File::open(path)
            .map(|f| Box::new(io::BufReader::new(f)) as Box<dyn BufRead>)
            .map_err(|e| format!("cannot read {path}: {e}")),
    }
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(Some(a)) => a,
        Ok(None) => return ExitCode::SUCCESS,
        Err(msg) => return fail(Exit::Usage, format!("{msg}\n{USAGE}")),
    };
    if let Some(link) = &args.open_share {
        return run_open_share(link, args.format);
    }
    let input = match open_input(&args.file) {
        Ok(r) => r,
        Err(msg) => return fail(Exit::Unreadable, msg),
    };
    if args.jsonl {
        run_jsonl(input, args.reference_date, args.jobs)
    } else {
        run_single(input, &args)
    }
}

fn run_single(mut input: Box<dyn BufRead>, args: &Args) -> ExitCode {
    let mut bytes = Vec::new();
    if let Err(e) = input.read_to_end(&mut bytes) {
        return fail(Exit::Unreadable, format!("cannot read input: {e}"));
    }
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            return fail(
                Exit::NotUtf8,
                format!(
                    "input is not valid UTF-8 (first bad byte at offset {})",
                    e.utf8_error().valid_up_to()
                ),
            )
        }
    };
    if args.share {
        return run_share(text, args.reference_date.clone());
    }
    if let Some(format) = args.format {
        let view = View {
            text,
            reference_date: args.reference_date.clone(),
            ..View::default()
        };
        return write_export(&view, Some(format));
    }
    match annotate(
        &text,
        &Options {
            reference_date: args.reference_date.clone(),
        },
    ) {
        Ok(a) => {
            let mut out = io::stdout().lock();
            let _ = writeln!(out, "{}", a.to_json());
            ExitCode::SUCCESS
        }
        Err(e) => fail(Exit::Refused, e),
    }
}

fn run_share(text: String, reference_date: Option<String>) -> ExitCode {
    let mut view = View {
        text,
        reference_date,
        ..View::default()
    };
    if let Err(e) = newsmark::share::check_view(&view) {
        return fail(Exit::Refused, e);
    }
    // The link carries the fingerprint of the marks it shows here.
    match newsmark::view::marks(&view) {
        Ok(marks) => view.marks = Some(marks),
        Err(e) => return fail(Exit::Refused, e),
    }
    let fragment = newsmark::share::encode(&view);
    if fragment.len() > newsmark::share::SHARE_LINK_MAX {
        eprintln!(
            "annotate: warning: this link is {} characters, longer than the {} that links are offered at; \
             share an export file (--format html or json) instead",
            fragment.len(),
            newsmark::share::SHARE_LINK_MAX
        );
    }
    println!("{fragment}");
    ExitCode::SUCCESS
}

/// Opens a share link: its view's result (corrections applied), as `annotate` prints one, or its
/// `format` export.
fn run_open_share(link: &str, format: Option<Format>) -> ExitCode {
    let view = match newsmark::share::decode(link) {
        Ok(v) => v,
        Err(e) => return fail(Exit::BadLink, e),
    };
    write_export(&view, format)
}

/// Annotates the view, applies its corrections (reporting on stderr those that could not be
/// applied, or that a later one overrode) and prints the export, or the plain result.
fn write_export(view: &View, format: Option<Format>) -> ExitCode {
    let applied = match annotate_view(view) {
        Ok(a) => a,
        Err(e) => return fail(Exit::Refused, e),
    };
    for (c, status) in view.corrections.iter().zip(&applied.statuses) {
        match status {
            Status::Skipped { reason } => eprintln!(
                "annotate: note: a correction was not applied ({reason}): {:?}",
                c.text
            ),
            Status::Overridden { reason, .. } => eprintln!(
                "annotate: note: a correction was overridden ({reason}): {:?}",
                c.text
            ),
            _ => {}
        }
    }
    let out = match format {
        Some(format) => newsmark::export::export(view, &applied.annotations, format),
        None => applied.annotations.to_json(),
    };
    let mut stdout = io::stdout().lock();
    let written = if out.ends_with('\n') {
        stdout.write_all(out.as_bytes())
    } else {
        writeln!(stdout, "{out}")
    };
    if written.and_then(|_| stdout.flush()).is_err() {
        return fail(Exit::Unreadable, "cannot write output");
    }
    ExitCode::SUCCESS
}

#[derive(Deserialize)]
struct JsonlDoc {
    #[serde(default)]
    id: Value,
    text: String,
    #[serde(default)]
    reference_date: Option<String>,
    /// `HH:MM`, `HH:MM:SS`, or a whole date-time (as `cases.py --with-time` sends it).
    #[serde(default)]
    reference_time: Option<String>,
}

/// One result line per input line, in order; a line that fails gives `{"id", "line", "error"}`
/// and the run goes on. With more than one job, lines are read in batches (up to 256 lines or
/// 8 MB: enough to keep the threads busy, few enough that the answers waiting to be written stay
/// small), each batch answered on `jobs` threads (each answer serialized there) and written in
/// input order; with one, each line is answered before the next is read, so a pipe gets its
/// answers as they come.
fn run_jsonl(input: Box<dyn BufRead>, default_reference: Option<String>, jobs: usize) -> ExitCode {
    const BATCH_LINES: usize = 256;
    const BATCH_BYTES: usize = 8 << 20;
    let jobs = if jobs == 0 {
        newsmark::batch::default_jobs()
    } else {
        jobs
    };
    let mut out = io::BufWriter::new(io::stdout().lock());
    let (mut failed, mut annotate_s) = (0usize, 0f64);
    let mut lines = input.split(b'\n').enumerate();
    let mut batch: Vec<(usize, Vec<u8>)> = Vec::new();
    loop {
        batch.clear();
        let mut bytes = 0;
        while batch.len() < if jobs == 1 { 1 } else { BATCH_LINES } && bytes < BATCH_BYTES {
            let Some((n, line)) = lines.next() else { break };
            let line = match line {
                Ok(l) => l,
                Err(e) => return fail(Exit::Unreadable, format!("cannot read input: {e}")),
            };
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            bytes += line.len();
            batch.push((n, line));
        }
        if batch.is_empty() {
            break;
        }
        let answers = newsmark::batch::map_in_order(&batch, jobs, |(n, line)| {
            answer_line(*n, line, &default_reference)
        });
        for (value, error, seconds) in answers {
            annotate_s += seconds;
            if let Some(error) = error {
                failed += 1;
                eprintln!("annotate: {error}");
            }
            if writeln!(out, "{value}").is_err() {
                return fail(Exit::Unreadable, "cannot write output");
            }
        }
        if jobs == 1 && out.flush().is_err() {
            return fail(Exit::Unreadable, "cannot write output");
        }
    }
    let _ = out.flush();
    eprintln!("EVAL_TIMING {}", json!({"annotate_s": annotate_s}));
    if failed > 0 {
        return fail(
            Exit::BadLines,
            format!("{failed} line(s) failed; see their \"error\" objects"),
        );
    }
    ExitCode::SUCCESS
}

/// The output line for input line `n` (0-based), the error to report if it failed, and the
/// seconds spent annotating it.
fn answer_line(
    n: usize,
    line: &[u8],
    default_reference: &Option<String>,
) -> (String, Option<String>, f64) {
    let mut seconds = 0.0;
    let result = std::str::from_utf8(line)
        .map_err(|e| {
            (
                Value::Null,
                format!(
                    "line {} is not valid UTF-8 (byte {})",
                    n + 1,
                    e.valid_up_to()
                ),
            )
        })
        .and_then(|l| {
            serde_json::from_str::<JsonlDoc>(l)
                .map_err(|e| (id_of(l), format!("line {}: {e}", n + 1)))
        })
        .and_then(|doc| {
            let reference_date = match newsmark::reference_with_time(
                doc.reference_date
                    .as_deref()
                    .or(default_reference.as_deref()),
                doc.reference_time.as_deref(),
            ) {
                Ok(r) => r,
                Err(e) => return Err((doc.id, format!("line {}: {e}", n + 1))),
            };
            let t0 = Instant::now();
            let r = annotate(&doc.text, &Options { reference_date });
            seconds = t0.elapsed().as_secs_f64();
            match r {
                Ok(a) => {
                    let mut v = serde_json::to_value(&a).expect("Annotations serialize");
                    v.as_object_mut()
                        .expect("an object")
                        .insert("id".into(), doc.id);
                    Ok(v)
                }
                Err(e) => Err((doc.id, format!("line {}: {e}", n + 1))),
            }
        });
    match result {
        Ok(v) => (v.to_string(), None, seconds),
        // `line` (1-based) names the input line even when its id could not be read.
        Err((id, error)) => (
            json!({"id": id, "line": n + 1, "error": error}).to_string(),
            Some(error),
            seconds,
        ),
    }
}

/// The `id` of a line that failed to parse as a document, if it is at least a JSON object.
fn id_of(line: &str) -> Value {
    serde_json::from_str::<Value>(line)
        .ok()
        .and_then(|v| v.get("id").cloned())
        .unwrap_or(Value::Null)
}
