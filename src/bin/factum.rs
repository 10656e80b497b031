//! The `factum` command: run factum over files or a JSONL stream.
//!
//! ```text
//! cargo run --release --features cli -- ARTICLE.txt             # readable text on a terminal, JSON when piped
//! cargo install --path . --features cli                         # then: factum ARTICLE.txt
//! factum --format json a.txt b.txt                              # one JSON array of two documents
//! cat docs.jsonl | factum --jsonl-in                            # streaming mapper, one line per document
//! factum --jobs 2 --format jsonl *.txt                          # two documents at a time
//! factum --explain --format text ARTICLE.txt                    # why each item was found
//! factum --format conll ARTICLE.txt                             # also brat, spacy
//! ```
//!
//! The same program is the `extract` example (`cargo run --release --example
//! extract -- …`), which needs no feature.
//!
//! Errors never lose work: a file that cannot be read is reported as
//! `factum: FILE: REASON` on stderr, the other files are still processed, and
//! the exit code is 1. A malformed JSONL line is reported with its line
//! number on stderr and as an error record `{"id": …, "line": …, "error": …}`
//! in its place in the output, and the stream goes on: every non-blank input
//! line gives exactly one output line, in order. Blank lines are skipped.

use factum::{formats, Date, Extraction, Extractor, Options};
use serde::{Deserialize, Serialize};
use std::io::{self, BufRead, BufWriter, IsTerminal, Read, Write};
use std::path::Path;
use std::process::ExitCode;

const USAGE: &str = "\
factum: extract entities, figures and facts from English news text

Usage: factum [OPTIONS] [FILE]...

Arguments:
  [FILE]...          Text files to read; `-` or none reads standard input

Options:
  --format FORMAT    text | json | jsonl | conll | brat | spacy
                     [default: text when writing to a terminal, json otherwise;
                     several files as json make one JSON array]
  --jsonl-in         Read JSON lines {\"id\": ..., \"text\": ...} and write one result line per
                     non-blank input line (an error record {\"id\", \"line\", \"error\"} for a bad one)
  --date YYYY-MM-DD  The document date, for relative dates such as \"five years ago\"
  --lossy            Replace invalid UTF-8 with U+FFFD instead of rejecting the file
  --jobs N           Documents processed in parallel; output stays in input order [default: 1]
  --explain          The data line (FILE:LINE) of each mention and fact, and the candidates that lost
  -h, --help         Print this help
  -V, --version      Print the version
";

#[derive(Debug, Default)]
struct Args {
    /// Text files to read; `-` or none reads standard input.
    files: Vec<String>,
    /// Output format; `None` until `main` chooses the default.
    format: Option<Format>,
    /// Read JSON lines and write one result line per non-blank input line.
    jsonl_in: bool,
    /// The document date, for relative dates such as "five years ago".
    date: Option<Date>,
    /// Replace invalid UTF-8 with U+FFFD instead of rejecting the file.
    lossy: bool,
    /// Documents processed in parallel (at least 1); output stays in input order.
    jobs: u16,
    /// Explain mode: the data line of each mention and fact, and the candidates that lost.
    explain: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    /// Pretty JSON, one object per document (an array of them for several files).
    Json,
    /// One JSON object per line.
    Jsonl,
    /// A readable table: entities by kind, figures, facts.
    Text,
    /// CoNLL token lines `TOKEN TAG` (IOB2 over PER, LOC, ORG, MISC), a blank line after each sentence.
    Conll,
    /// brat standoff annotations (the .ann file), char offsets.
    Brat,
    /// spaCy's Doc JSON (for `Doc.from_json`), one document a line.
    Spacy,
}

/// What the command line asks for: a run, or help or version text to print.
enum Command {
    Run(Args),
    Print(String),
}

/// Parse the command line (`lexopt`: a small, strict parser).
fn parse_args(argv: impl IntoIterator<Item = std::ffi::OsString>) -> Result<Command, String> {
    use lexopt::prelude::*;
    let mut args = Args { jobs: 1, ..Args::default() };
    let mut parser = lexopt::Parser::from_args(argv);
    let text = |v: std::ffi::OsString, what: &str| v.into_string().map_err(|_| format!("{what} is not valid UTF-8"));
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("format") => {
                let v = text(parser.value().map_err(|e| e.to_string())?, "--format")?;
                args.format = Some(match v.as_str() {
                    "json" => Format::Json,
                    "jsonl" => Format::Jsonl,
                    "text" => Format::Text,
                    "conll" => Format::Conll,
                    "brat" => Format::Brat,
                    "spacy" => Format::Spacy,
                    _ => {
                        return Err(format!(
                            "invalid value '{v}' for '--format': text, json, jsonl, conll, brat or spacy"
                        ))
                    }
                });
            }
            Long("jsonl-in") => args.jsonl_in = true,
            Long("date") => {
                let v = text(parser.value().map_err(|e| e.to_string())?, "--date")?;
                args.date =
                    Some(v.parse().map_err(|e: factum::Error| format!("invalid value '{v}' for '--date': {e}"))?);
            }
            Long("lossy") => args.lossy = true,
            Long("jobs") => {
                let v = text(parser.value().map_err(|e| e.to_string())?, "--jobs")?;
                args.jobs = v
                    .parse()
                    .ok()
                    .filter(|&n: &u16| n >= 1)
                    .ok_or_else(|| format!("invalid value '{v}' for '--jobs': a whole number from 1 to 65535"))?;
            }
            Long("explain") => args.explain = true,
            Short('h') | Long("help") => return Ok(Command::Print(USAGE.to_string())),
            Short('V') | Long("version") => {
                return Ok(Command::Print(format!("factum {}\n", env!("CARGO_PKG_VERSION"))))
            }
            Value(v) => args.files.push(text(v, "a file name")?),
            _ => return Err(arg.unexpected().to_string()),
        }
    }
    Ok(Command::Run(args))
}

impl Args {
    /// The output format, once `main` has chosen the default.
    fn format(&self) -> Format {
        self.format.unwrap_or(Format::Json)
    }
}

/// One document's result: its id (file name or JSONL id) and the extraction.
#[derive(Serialize)]
struct Record<'a> {
    id: &'a str,
    #[serde(flatten)]
    extraction: &'a Extraction,
}

#[derive(Deserialize)]
struct InputLine {
    id: serde_json::Value,
    text: String,
}

pub fn main() -> ExitCode {
    let mut args = match parse_args(std::env::args_os().skip(1)) {
        Ok(Command::Run(args)) => args,
        Ok(Command::Print(text)) => {
            print!("{text}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("factum: {e}\n\nUsage: factum [OPTIONS] [FILE]...  (factum --help for more)");
            return ExitCode::from(2);
        }
    };
    // A person at a terminal reads the text table; a program reads JSON.
    args.format.get_or_insert(if io::stdout().is_terminal() { Format::Text } else { Format::Json });
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let result = run(&args, &mut out).and_then(|ok| out.flush().map(|_| ok));
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        // A closed pipe (`| head`) is the reader's choice, not an error.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("factum: <stdout>: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Process every input; `Ok(false)` when some input failed, `Err` only when
/// writing the output failed.
fn run(args: &Args, out: &mut impl Write) -> io::Result<bool> {
    let extractor = Extractor::default();
    let options = Options { document_date: args.date, explain: args.explain, ..Options::default() };
    let pool = rayon::ThreadPoolBuilder::new().num_threads(usize::from(args.jobs)).build().map_err(io::Error::other)?;
    let batch = Batch { ex: &extractor, options: &options, pool: &pool, size: usize::from(args.jobs) * 8 };
    let files: Vec<&str> =
        if args.files.is_empty() { vec!["-"] } else { args.files.iter().map(String::as_str).collect() };
    let mut ok = true;
    if args.jsonl_in {
        for file in files {
            ok &= stream_jsonl(args, file, &batch, out)?;
        }
        return Ok(ok);
    }
    // Several documents as JSON make one array, so the output is one JSON document.
    let several_json = args.format() == Format::Json && files.len() > 1;
    let mut written = 0;
    for chunk in files.chunks(batch.size) {
        let mut docs = Vec::new();
        for &file in chunk {
            match read_text(file, args.lossy) {
                Ok(text) => docs.push((file.to_string(), text)),
                Err(reason) => {
                    eprintln!("factum: {}: {reason}", display_name(file));
                    ok = false;
                }
            }
        }
        let texts: Vec<&str> = docs.iter().map(|(_, t)| t.as_str()).collect();
        for ((id, text), extraction) in docs.iter().zip(batch.run(&texts)) {
            if several_json {
                out.write_all(if written == 0 { b"[\n" } else { b",\n" })?;
            }
            write_record(args, args.format(), (id, text), &extraction, out)?;
            written += 1;
        }
    }
    if several_json {
        out.write_all(if written == 0 { b"[]\n" } else { b"]\n" })?;
    }
    Ok(ok)
}

/// Documents extracted together on the pool, in order.
struct Batch<'a> {
    ex: &'a Extractor,
    options: &'a Options,
    pool: &'a rayon::ThreadPool,
    /// How many documents go to the pool at once (one per job keeps streams responsive).
    size: usize,
}

impl Batch<'_> {
    fn run(&self, texts: &[&str]) -> Vec<Extraction> {
        self.pool.install(|| self.ex.extract_batch_with(texts, self.options))
    }
}

/// One non-blank JSONL input line: a document, or why it is not one (with
/// its id when it still has one, and its line number).
enum Line {
    Doc { id: String, text: String },
    Bad { id: Option<String>, number: usize, reason: String },
}

/// Read JSON lines from `file` and write one result per non-blank line, in
/// input order, flushing after every batch (every line with `--jobs 1`). A
/// malformed line is reported on stderr and written as an error record.
fn stream_jsonl(args: &Args, file: &str, batch: &Batch<'_>, out: &mut impl Write) -> io::Result<bool> {
    let name = display_name(file);
    let reader: Box<dyn BufRead> = if file == "-" {
        Box::new(io::stdin().lock())
    } else {
        match std::fs::File::open(file) {
            Ok(f) => Box::new(io::BufReader::new(f)),
            Err(e) => {
                eprintln!("factum: {name}: {}", describe(&e, file));
                return Ok(false);
            }
        }
    };
    let format = if args.format() == Format::Json { Format::Jsonl } else { args.format() };
    let size = if args.jobs == 1 { 1 } else { batch.size };
    let mut ok = true;
    let mut pending: Vec<Line> = Vec::new();
    let flush = |pending: &mut Vec<Line>, out: &mut dyn Write| -> io::Result<()> {
        let texts: Vec<&str> = pending
            .iter()
            .filter_map(|line| match line {
                Line::Doc { text, .. } => Some(text.as_str()),
                Line::Bad { .. } => None,
            })
            .collect();
        let mut extractions = batch.run(&texts).into_iter();
        for line in pending.iter() {
            match line {
                Line::Doc { id, text } => {
                    let extraction = extractions.next().expect("one extraction per document");
                    write_record(args, format, (id, text), &extraction, out)?;
                }
                Line::Bad { id, number, reason } => write_error(format, id.as_deref(), *number, reason, out)?,
            }
        }
        pending.clear();
        out.flush()
    };
    for (n, bytes) in reader.split(b'\n').enumerate() {
        let bytes = match bytes {
            Ok(b) => b,
            Err(e) => {
                eprintln!("factum: {name}:{}: {e}", n + 1);
                ok = false;
                break;
            }
        };
        if bytes.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let line = parse_line(bytes, n + 1, args.lossy);
        if let Line::Bad { reason, .. } = &line {
            eprintln!("factum: {name}:{}: {reason}", n + 1);
            ok = false;
        }
        pending.push(line);
        if pending.len() >= size {
            flush(&mut pending, out)?;
        }
    }
    flush(&mut pending, out)?;
    Ok(ok)
}

/// Parse one JSONL input line; when it is not a valid record, keep its id if
/// it still has one, so the error record can name it.
fn parse_line(bytes: Vec<u8>, number: usize, lossy: bool) -> Line {
    let s = match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) if lossy => String::from_utf8_lossy(e.as_bytes()).into_owned(),
        Err(e) => {
            let id = salvage_id(&String::from_utf8_lossy(e.as_bytes()));
            return Line::Bad { id, number, reason: utf8_reason(&e) };
        }
    };
    match serde_json::from_str::<InputLine>(&s) {
        Ok(input) => Line::Doc { id: id_string(&input.id), text: input.text },
        Err(e) => Line::Bad { id: salvage_id(&s), number, reason: format!("malformed JSON line: {e}") },
    }
}

/// The `id` of a JSON object that is not a valid input record, if it has one.
fn salvage_id(s: &str) -> Option<String> {
    let value: serde_json::Value = serde_json::from_str(s).ok()?;
    value.get("id").map(id_string)
}

/// Ids are written as strings: `"a"` stays `a`, `7` becomes `"7"`.
fn id_string(id: &serde_json::Value) -> String {
    match id {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The output line for an input line that could not be read as a record.
fn write_error(
    format: Format,
    id: Option<&str>,
    line: usize,
    error: &str,
    out: &mut (impl Write + ?Sized),
) -> io::Result<()> {
    #[derive(Serialize)]
    struct ErrorRecord<'a> {
        id: Option<&'a str>,
        line: usize,
        error: &'a str,
    }
    match format {
        Format::Json | Format::Jsonl => {
            serde_json::to_writer(&mut *out, &ErrorRecord { id, line, error })?;
            writeln!(out)
        }
        Format::Text => writeln!(out, "== {}\nerror (line {line}): {error}", id.unwrap_or("?")),
        // One JSON object per document here too, so lines stay aligned.
        Format::Spacy => {
            serde_json::to_writer(&mut *out, &ErrorRecord { id, line, error })?;
            writeln!(out)
        }
        Format::Conll | Format::Brat => writeln!(out, "# error (line {line}): {error}"),
    }
}

fn write_record(
    args: &Args,
    format: Format,
    (id, text): (&str, &str),
    extraction: &Extraction,
    out: &mut (impl Write + ?Sized),
) -> io::Result<()> {
    let record = Record { id, extraction };
    // brat has one .ann per text: a header only where several documents share the output.
    let several = args.jsonl_in || args.files.len() > 1;
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, &record)?;
            writeln!(out)
        }
        Format::Jsonl => {
            serde_json::to_writer(&mut *out, &record)?;
            writeln!(out)
        }
        Format::Text => {
            writeln!(out, "== {id}")?;
            let text = if args.explain { extraction.to_text_explained() } else { extraction.to_text() };
            write!(out, "{text}")
        }
        Format::Conll => {
            writeln!(out, "-DOCSTART- O\n")?;
            write!(out, "{}", formats::conll(text, extraction))
        }
        Format::Brat => {
            if several {
                writeln!(out, "== {id}")?;
            }
            write!(out, "{}", formats::brat(text, extraction))
        }
        Format::Spacy => {
            serde_json::to_writer(&mut *out, &formats::spacy(text, extraction))?;
            writeln!(out)
        }
    }
}

fn display_name(file: &str) -> &str {
    if file == "-" {
        "<stdin>"
    } else {
        file
    }
}

/// The text of `file` (`-` is standard input), or why it cannot be had.
fn read_text(file: &str, lossy: bool) -> Result<String, String> {
    let mut bytes = Vec::new();
    let read = if file == "-" {
        io::stdin().lock().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::read(file).map(|b| bytes = b)
    };
    read.map_err(|e| describe(&e, file))?;
    decode(bytes, lossy)
}

fn decode(bytes: Vec<u8>, lossy: bool) -> Result<String, String> {
    match String::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(e) if lossy => Ok(String::from_utf8_lossy(e.as_bytes()).into_owned()),
        Err(e) => Err(utf8_reason(&e)),
    }
}

fn utf8_reason(e: &std::string::FromUtf8Error) -> String {
    let at = e.utf8_error().valid_up_to();
    format!("invalid UTF-8 at byte {at} (use --lossy to replace it)")
}

/// A reason in plain words: "is a directory" rather than an OS error code.
fn describe(e: &io::Error, file: &str) -> String {
    if file != "-" && Path::new(file).is_dir() {
        return "is a directory".to_string();
    }
    match e.kind() {
        io::ErrorKind::NotFound => "no such file".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    }
}
