//! Score factum's entities against gold NER annotations.
//!
//! ```text
//! cargo run --release --example evaluate -- tests/data/gold/wikigold.jsonl
//! cargo run --release --example evaluate -- --errors 40 tests/data/gold/re3d.jsonl
//! ```
//!
//! Input: JSON lines `{"id", "text", "entities": [{"start", "end", "label"}]}`
//! with char (code point) offsets, end exclusive. Scoring is by exact span and
//! label over PER, LOC and ORG (CoNLL labels; re3d's Person, Location and
//! Organisation map to them). factum's kinds map as person → PER,
//! place → LOC (demonyms → MISC), organization → ORG, misc → MISC.

use clap::Parser;
use factum::{Entity, EntityKind, Extractor};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::process::ExitCode;

#[derive(Parser, Debug)]
#[command(name = "evaluate", about = "Precision, recall and F1 of factum's entities against gold annotations")]
struct Args {
    /// Gold JSONL files.
    #[arg(required = true)]
    files: Vec<String>,
    /// Print up to N false positives and N false negatives with their context.
    #[arg(long, default_value_t = 0)]
    errors: usize,
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

/// The CoNLL label of a mention of `entity` made by `rule`.
pub fn conll_label(entity: &Entity, rule: &str) -> &'static str {
    match entity.kind {
        EntityKind::Person => "PER",
        EntityKind::Place if rule.contains("demonym") => "MISC",
        EntityKind::Place => "LOC",
        EntityKind::Organization => "ORG",
        _ => "MISC",
    }
}

fn main() -> ExitCode {
    let args = Args::parse();
    let ex = Extractor::default();
    let mut status = ExitCode::SUCCESS;
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
        for (d, doc) in docs.iter().enumerate() {
            for g in &doc.entities {
                if let Some(label) = gold_label(&g.label) {
                    gold.insert((d, g.start, g.end, label));
                }
            }
            for e in ex.extract(&doc.text).entities {
                for m in &e.mentions {
                    found.insert((d, m.char_start, m.char_end, conll_label(&e, &m.rule)));
                }
            }
        }
        println!("{file}: {} documents", docs.len());
        report(&gold, &found);
        if args.errors > 0 {
            show_errors(&docs, &gold, &found, args.errors);
        }
    }
    status
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
