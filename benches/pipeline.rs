//! Throughput (MB/s) of the pipeline stages over a fixed real-text data set:
//! the articles of `tests/corpus/` and the texts of `tests/data/gold/*.jsonl`,
//! concatenated in name order and repeated to at least 1 MB. The default
//! extractor is built (its lazy data loaded) before timing; building it is
//! measured on its own.
//!
//! Groups:
//! - `stages`: tokenize + sentences, gazetteer matching, the full `extract`,
//!   and `extract_batch` over the same text cut into its documents;
//! - `scaling`: `extract` on 1 KB, 100 KB and 10 MB of the data set, to
//!   check that the cost per byte does not grow with the length;
//! - `adversarial`: 1 MB texts built to provoke quadratic steps;
//! - `build`: `Extractor::builder().build()` with the bundled data.
//!
//! Run one group with `cargo bench -- scaling`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use factum::text::Document;
use factum::Extractor;
use std::path::Path;

/// The documents of the data set, in a fixed order.
fn documents() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let sorted = |dir: &Path, ext: &str| {
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .expect("test data folder")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|x| x == ext))
            .collect();
        files.sort();
        files
    };
    let mut docs = Vec::new();
    for p in sorted(&root.join("corpus"), "txt") {
        docs.push(std::fs::read_to_string(p).expect("article"));
    }
    for p in sorted(&root.join("data/gold"), "jsonl") {
        for line in std::fs::read_to_string(p).expect("gold file").lines() {
            let doc: serde_json::Value = serde_json::from_str(line).expect("gold line");
            docs.push(doc["text"].as_str().expect("text").to_string());
        }
    }
    docs
}

/// The documents joined by blank lines and repeated to at least `min` bytes,
/// cut back to `min` on a char boundary when `exact`.
fn text_of(docs: &[String], min: usize, exact: bool) -> String {
    let mut text = String::new();
    'fill: loop {
        for d in docs {
            text.push_str(d);
            text.push_str("\n\n");
            if exact && text.len() >= min {
                break 'fill;
            }
        }
        if text.len() >= min {
            break;
        }
    }
    if exact {
        let mut cut = min.min(text.len());
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        text.truncate(cut);
    }
    text
}

fn extractor() -> Extractor {
    let ex = Extractor::default();
    ex.extract("Warm up the lazy data: Belarus released 123 prisoners on 13 December 2025.");
    ex
}

fn stages(c: &mut Criterion) {
    let docs = documents();
    let text = text_of(&docs, 1_000_000, false);
    // The same bytes as documents, for the batch.
    let mut batch: Vec<&str> = Vec::new();
    let mut len = 0;
    while len < text.len() {
        for d in &docs {
            batch.push(d);
            len += d.len() + 2;
        }
    }
    let ex = extractor();
    let mut g = c.benchmark_group("stages");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    g.bench_function("tokenize+sentences", |b| b.iter(|| Document::new(&text).sentences.len()));
    g.bench_function("gazetteer", |b| b.iter(|| ex.__gazetteer_candidates(&text)));
    g.bench_function("extract", |b| b.iter(|| ex.extract(&text).entities.len()));
    g.bench_function("extract_batch", |b| b.iter(|| ex.extract_batch(&batch).len()));
    g.finish();
}

fn scaling(c: &mut Criterion) {
    let docs = documents();
    let ex = extractor();
    let mut g = c.benchmark_group("scaling");
    g.sample_size(10);
    for size in [1_000, 100_000, 10_000_000] {
        let text = text_of(&docs, size, true);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::new("extract", size), &text, |b, t| b.iter(|| ex.extract(t).entities.len()));
    }
    g.finish();
}

fn adversarial(c: &mut Criterion) {
    const MB: usize = 1_000_000;
    let repeat = |unit: &str, bytes: usize| unit.repeat(bytes / unit.len());
    let inputs = [
        ("capitalized-words", repeat("Alpha Beta Gamma Delta ", MB)),
        ("no-spaces", repeat("abcdefghij", MB)),
        ("digits", repeat("0123456789", MB)),
        ("gazetteer-name-100k", "Belarus ".repeat(100_000)),
        ("punctuation", repeat("\"(.,'-)?! ", MB)),
        ("quotes-after-stop", format!("He left.{} Then.", repeat("”\"", MB))),
        ("capital-in-one-sentence", format!("The government said {}", repeat("Minsk; ", MB))),
        // Each sentence names a company with its legal form and defines an
        // acronym: both were once linked by a scan of all mentions a time.
        ("legal-forms-and-acronyms", repeat("Orvane Widgets Ltd said the Marlow Test Agency (MTA) agreed. ", MB)),
    ];
    let ex = extractor();
    let mut g = c.benchmark_group("adversarial");
    g.sample_size(10);
    for (name, text) in &inputs {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(*name, |b| b.iter(|| ex.extract(text).entities.len()));
    }
    g.finish();
}

fn build(c: &mut Criterion) {
    let mut g = c.benchmark_group("build");
    g.sample_size(10);
    g.bench_function("default extractor", |b| b.iter(|| Extractor::builder().build().expect("bundled data")));
    g.finish();
}

criterion_group!(benches, stages, scaling, adversarial, build);
criterion_main!(benches);
