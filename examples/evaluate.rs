//! Score factum's entities against gold NER annotations.
//!
//! ```text
//! cargo run --release --example evaluate -- tests/data/gold/wikigold.jsonl
//! cargo run --release --example evaluate -- --errors 40 tests/data/gold/re3d.jsonl
//! cargo run --release --example evaluate -- --conll wikigold.conll tests/data/gold/wikigold.jsonl
//! cargo run --release --example evaluate -- --facts tests/data/facts-gold/dev.jsonl tests/corpus
//! ```
//!
//! Input: JSON lines `{"id", "text", "entities": [{"start", "end", "label"}]}`
//! with char (code point) offsets, end exclusive. Scoring is by exact span and
//! label over PER, LOC and ORG (CoNLL labels; re3d's Person, Location and
//! Organisation map to them). factum's kinds map as person → PER,
//! place → LOC (demonyms → MISC), organization → ORG, misc → MISC
//! ([`factum::formats::ner_label`]).
//!
//! `--conll OUT` also writes `TOKEN GOLD PRED` lines on factum's tokens, for
//! conlleval-style scorers: PRED is the tag `factum::formats::conll` gives the
//! token, GOLD the gold spans tagged the same way ([`factum::formats::iob2`]),
//! both with MISC written as `O` since it is not scored; a blank line after
//! each sentence, `-DOCSTART- O O` before each document. It reports the gold
//! spans the token grid cannot hold exactly, where the two scorings may differ.
//!
//! `--facts GOLD ARTICLES_DIR` scores facts instead: counts, direct quotes and
//! roles against the facts gold (`tests/data/facts-gold/`, conventions in its
//! `GUIDE.md`), each article run with the date of its gold line. It prints the
//! table of the reference scorer `score_facts.py` and matches as it does
//! (`tests/common/facts.rs`, shared with `tests/facts.rs`); `--skip-title`
//! ignores items in the title line, `--errors N` lists up to N misses, false
//! positives and matched items whose event or speaker differs (`DIFF`), `--pred OUT` writes the predictions in the scorer's format.

#[path = "../tests/common/facts.rs"]
mod facts;

use clap::Parser;
use factum::text::Document;
use factum::{formats, Extraction, Extractor, Span};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::process::ExitCode;

#[derive(Parser, Debug)]
#[command(name = "evaluate", about = "Precision, recall and F1 of factum's entities against gold annotations")]
struct Args {
    /// Gold JSONL files (with `--facts`: the articles' directory).
    #[arg(required = true)]
    files: Vec<String>,
    /// Score facts against this facts-gold JSONL file; the one positional argument is the articles' directory.
    #[arg(long, value_name = "GOLD")]
    facts: Option<String>,
    /// Facts mode: ignore gold and predicted items in the title line.
    #[arg(long)]
    skip_title: bool,
    /// Facts mode: write the predictions (the reference scorer's format) to this JSONL file.
    #[arg(long, value_name = "OUT")]
    pred: Option<String>,
    /// Print up to N false positives and N false negatives with their context.
    #[arg(long, default_value_t = 0)]
    errors: usize,
    /// Also write `TOKEN GOLD PRED` lines (IOB2 on factum's tokens) to this file, for CoNLL scorers.
    #[arg(long, value_name = "OUT")]
    conll: Option<String>,
}

#[derive(Deserialize)]
struct Doc {
    id: String,
    text: String,
    entities: Vec<GoldEntity>,
}

#[derive(Deserialize)]
struct GoldEntity {
    start: usize,
    end: usize,
    label: String,
}

const SCORED: [&str; 3] = ["PER", "LOC", "ORG"];

/// A labelled span in char offsets, with its document.
type Item = (usize, usize, usize, &'static str);

fn gold_label(label: &str) -> Option<&'static str> {
    match label {
        "PER" | "Person" => Some("PER"),
        "LOC" | "Location" => Some("LOC"),
        "ORG" | "Organisation" | "Organization" => Some("ORG"),
        "MISC" | "Nationality" => Some("MISC"),
        _ => None,
    }
}

fn main() -> ExitCode {
    let args = Args::parse();
    let ex = Extractor::default();
    if let Some(gold) = &args.facts {
        return match evaluate_facts(&ex, gold, &args) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("factum: {e}");
                ExitCode::FAILURE
            }
        };
    }
    let mut status = ExitCode::SUCCESS;
    let mut conll = String::new();
    for file in &args.files {
        let text = match std::fs::read_to_string(file) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("factum: {file}: {e}");
                status = ExitCode::FAILURE;
                continue;
            }
        };
        let mut docs = Vec::new();
        for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
            match serde_json::from_str::<Doc>(line) {
                Ok(d) => docs.push(d),
                Err(e) => {
                    eprintln!("factum: {file}:{}: {e}", n + 1);
                    status = ExitCode::FAILURE;
                }
            }
        }
        let mut gold: BTreeSet<Item> = BTreeSet::new();
        let mut found: BTreeSet<Item> = BTreeSet::new();
        let mut grid = Grid::default();
        for (d, doc) in docs.iter().enumerate() {
            for g in &doc.entities {
                if let Some(label) = gold_label(&g.label) {
                    gold.insert((d, g.start, g.end, label));
                }
            }
            let extraction = ex.extract(&doc.text);
            for e in &extraction.entities {
                for m in &e.mentions {
                    found.insert((d, m.char_start, m.char_end, formats::ner_label(e, m)));
                }
            }
            if args.conll.is_some() {
                write_conll(doc, &extraction, &mut conll, &mut grid);
            }
        }
        println!("{file}: {} documents", docs.len());
        report(&gold, &found);
        if args.errors > 0 {
            show_errors(&docs, &gold, &found, args.errors);
        }
        if args.conll.is_some() {
            println!(
                "  CoNLL lines: of {} scored gold spans, {} do not start and end on factum token bounds, \
                 {} cross a factum sentence end, {} share a token with another",
                grid.spans, grid.off_tokens, grid.cross_sentences, grid.shared
            );
            for m in grid.misfits.iter().take(args.errors.max(10)) {
                println!("    {m}");
            }
        }
    }
    if let Some(path) = &args.conll {
        if let Err(e) = std::fs::write(path, conll) {
            eprintln!("factum: {path}: {e}");
            status = ExitCode::FAILURE;
        }
    }
    status
}

/// The facts mode: run, score, print the table (and the errors), write the predictions.
fn evaluate_facts(ex: &Extractor, gold_path: &str, args: &Args) -> Result<(), String> {
    let [articles] = args.files.as_slice() else {
        return Err("--facts GOLD takes one ARTICLES_DIR".to_string());
    };
    let articles = std::path::Path::new(articles);
    let text = std::fs::read_to_string(gold_path).map_err(|e| format!("{gold_path}: {e}"))?;
    let gold = facts::load_jsonl(&text).map_err(|e| format!("{gold_path}: {e}"))?;
    let preds = facts::predict_all(ex, &gold, articles)?;
    if let Some(out) = &args.pred {
        let lines: String = preds.iter().map(|p| format!("{p}\n")).collect();
        std::fs::write(out, lines).map_err(|e| format!("{out}: {e}"))?;
    }
    let scores = facts::score(&gold, &preds, articles, args.skip_title)?;
    for w in &scores.warnings {
        eprintln!("warning: {w}");
    }
    print!("{}", scores.table());
    let misses: Vec<&String> = scores.errors.iter().filter(|l| l.starts_with("  MISS")).collect();
    let fps: Vec<&String> = scores.errors.iter().filter(|l| l.starts_with("  FP")).collect();
    let diffs: Vec<&String> = scores.errors.iter().filter(|l| l.starts_with("  DIFF")).collect();
    if args.errors > 0 {
        for kind in facts::KINDS {
            let of_kind = |l: &&&String| l.contains(&format!(" {kind:6} "));
            for l in misses.iter().filter(of_kind).take(args.errors) {
                println!("{l}");
            }
            for l in fps.iter().filter(of_kind).take(args.errors) {
                println!("{l}");
            }
            for l in diffs.iter().filter(of_kind).take(args.errors) {
                println!("{l}");
            }
        }
    }
    Ok(())
}

/// How well the scored gold spans fit factum's tokens and sentences: where
/// they do not, IOB2 on those tokens cannot say exactly what the gold says.
#[derive(Default)]
struct Grid {
    spans: usize,
    off_tokens: usize,
    cross_sentences: usize,
    shared: usize,
    /// The spans that do not fit, with their document and context.
    misfits: Vec<String>,
}

/// Append one document's `TOKEN GOLD PRED` lines to `out`.
fn write_conll(doc: &Doc, extraction: &Extraction, out: &mut String, grid: &mut Grid) {
    let text = doc.text.as_str();
    let tokens = Document::new(text);
    // Gold char offsets to byte offsets.
    let bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).chain([text.len()]).collect();
    let mut spans: Vec<(Span, &str)> = doc
        .entities
        .iter()
        .filter_map(|g| {
            let label = gold_label(&g.label).filter(|l| SCORED.contains(l))?;
            let (start, end) = (*bytes.get(g.start)?, *bytes.get(g.end)?);
            (start < end).then_some((Span::new(start, end), label))
        })
        .collect();
    spans.sort_by_key(|(s, _)| (s.start, s.end));
    spans.dedup();
    let mut claimed = vec![false; tokens.tokens.len()];
    let label_of =
        |spans: &[(Span, &str)], s: Span| spans.iter().find(|(t, _)| *t == s).map_or("", |(_, l)| *l).to_string();
    for (s, _) in &spans {
        grid.spans += 1;
        let first = tokens.tokens.partition_point(|t| t.span.end <= s.start);
        let last = tokens.tokens.partition_point(|t| t.span.start < s.end);
        let on_bounds =
            first < last && tokens.tokens[first].span.start == s.start && tokens.tokens[last - 1].span.end == s.end;
        let mut why = Vec::new();
        if !on_bounds {
            grid.off_tokens += 1;
            why.push("not on token bounds");
        }
        if first < last {
            if tokens.sentence_at(s.start) != tokens.sentence_at(s.end - 1) {
                grid.cross_sentences += 1;
                why.push("across a sentence end");
            }
            if claimed[first..last].iter().any(|&c| c) {
                grid.shared += 1;
                why.push("shares a token");
            }
            claimed[first..last].fill(true);
        }
        if !why.is_empty() {
            let covered = if first < last {
                tokens.slice(tokens.tokens[first].span.cover(tokens.tokens[last - 1].span))
            } else {
                ""
            };
            grid.misfits.push(format!(
                "{} {:?} ({}) in {}: tokens {covered:?}",
                why.join(", "),
                &text[s.range()],
                label_of(&spans, *s),
                doc.id
            ));
        }
    }
    let gold = formats::iob2(&tokens.tokens, &spans);
    // The predicted tags as formats::conll writes them: its lines, in token order.
    let predicted = formats::conll(text, extraction);
    let mut pred = predicted.lines().filter(|l| !l.is_empty()).map(|l| l.rsplit_once(' ').map_or("O", |(_, t)| t));
    out.push_str("-DOCSTART- O O\n\n");
    for sentence in &tokens.sentences {
        for i in sentence.tokens.clone() {
            let word = tokens.slice(tokens.tokens[i].span);
            let word: String = word.chars().map(|c| if c.is_whitespace() { '_' } else { c }).collect();
            let p = pred.next().unwrap_or("O");
            let p = if p.ends_with("-MISC") { "O" } else { p };
            let _ = writeln!(out, "{word} {} {p}", gold[i]);
        }
        if !sentence.tokens.is_empty() {
            out.push('\n');
        }
    }
}

fn prf(tp: usize, n_found: usize, n_gold: usize) -> (f64, f64, f64) {
    let p = if n_found == 0 { 0.0 } else { tp as f64 / n_found as f64 };
    let r = if n_gold == 0 { 0.0 } else { tp as f64 / n_gold as f64 };
    let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
    (p, r, f)
}

fn report(gold: &BTreeSet<Item>, found: &BTreeSet<Item>) {
    println!(
        "  {:<10} {:>9} {:>9} {:>9} {:>7} {:>7} {:>7}",
        "label", "precision", "recall", "F1", "gold", "found", "correct"
    );
    let mut counts: BTreeMap<&str, (usize, usize, usize)> = BTreeMap::new();
    for label in SCORED {
        let g = gold.iter().filter(|i| i.3 == label).count();
        let f = found.iter().filter(|i| i.3 == label).count();
        let tp = found.iter().filter(|i| i.3 == label && gold.contains(i)).count();
        counts.insert(label, (tp, f, g));
        let (p, r, f1) = prf(tp, f, g);
        println!("  {label:<10} {p:>9.3} {r:>9.3} {f1:>9.3} {g:>7} {f:>7} {tp:>7}");
    }
    let (tp, f, g) = counts.values().fold((0, 0, 0), |a, c| (a.0 + c.0, a.1 + c.1, a.2 + c.2));
    let (p, r, f1) = prf(tp, f, g);
    println!("  {:<10} {p:>9.3} {r:>9.3} {f1:>9.3} {g:>7} {f:>7} {tp:>7}", "micro");
    // Unlabeled: the span is right whatever the label (over the scored labels).
    let spans = |s: &BTreeSet<Item>| -> BTreeSet<(usize, usize, usize)> {
        s.iter().filter(|i| SCORED.contains(&i.3)).map(|i| (i.0, i.1, i.2)).collect()
    };
    let (gs, fs) = (spans(gold), spans(found));
    let tp = fs.intersection(&gs).count();
    let (p, r, f1) = prf(tp, fs.len(), gs.len());
    println!("  {:<10} {p:>9.3} {r:>9.3} {f1:>9.3} {:>7} {:>7} {tp:>7}", "unlabeled", gs.len(), fs.len());
}

fn show_errors(docs: &[Doc], gold: &BTreeSet<Item>, found: &BTreeSet<Item>, n: usize) {
    let slice = |d: usize, s: usize, e: usize| -> String { docs[d].text.chars().skip(s).take(e - s).collect() };
    let context = |d: usize, s: usize, e: usize| -> String {
        let from = s.saturating_sub(30);
        let text: String = docs[d].text.chars().skip(from).take(e + 30 - from).collect();
        text.replace('\n', " ")
    };
    println!("  false positives (found, not gold):");
    for &(d, s, e, l) in found.iter().filter(|i| SCORED.contains(&i.3) && !gold.contains(i)).take(n) {
        println!("    {l} {:?} in {} … {} …", slice(d, s, e), docs[d].id, context(d, s, e));
    }
    println!("  false negatives (gold, not found):");
    for &(d, s, e, l) in gold.iter().filter(|i| SCORED.contains(&i.3) && !found.contains(i)).take(n) {
        println!("    {l} {:?} in {} … {} …", slice(d, s, e), docs[d].id, context(d, s, e));
    }
}
