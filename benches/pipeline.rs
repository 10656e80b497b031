//! Throughput (MB/s) of the pipeline stages over a fixed real-text data set:
//! the articles of `tests/corpus/` and the texts of `tests/data/gold/*.jsonl`,
//! concatenated in name order and repeated to at least 1 MB. The default
//! extractor is built (its lazy data loaded) before timing; building it is
//! measured on its own.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use factum::text::Document;
use factum::Extractor;
use std::path::Path;

fn data_set() -> String {
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
    let mut one = String::new();
    for p in sorted(&root.join("corpus"), "txt") {
        one.push_str(&std::fs::read_to_string(p).expect("article"));
        one.push_str("\n\n");
    }
    for p in sorted(&root.join("data/gold"), "jsonl") {
        for line in std::fs::read_to_string(p).expect("gold file").lines() {
            let doc: serde_json::Value = serde_json::from_str(line).expect("gold line");
            one.push_str(doc["text"].as_str().expect("text"));
            one.push_str("\n\n");
        }
    }
    let mut text = String::new();
    while text.len() < 1_000_000 {
        text.push_str(&one);
    }
    text
}

fn stages(c: &mut Criterion) {
    let text = data_set();
    let ex = Extractor::default();
    ex.extract("Warm up the lazy data.");
    let mut g = c.benchmark_group("stages");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    g.bench_function("tokenize+sentences", |b| b.iter(|| Document::new(&text).sentences.len()));
    g.bench_function("gazetteer", |b| b.iter(|| ex.__gazetteer_candidates(&text)));
    g.bench_function("extract", |b| b.iter(|| ex.extract(&text).entities.len()));
    g.finish();
}

fn build(c: &mut Criterion) {
    let mut g = c.benchmark_group("build");
    g.sample_size(10);
    g.bench_function("default extractor", |b| b.iter(|| Extractor::builder().build().expect("bundled data")));
    g.finish();
}

criterion_group!(benches, stages, build);
criterion_main!(benches);
