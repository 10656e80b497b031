//! Throughput of the pipeline over the articles in `tests/corpus/` (MB/s).
//! The default extractor is built (and its lazy data loaded) before timing.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use factum::text::Document;
use factum::Extractor;
use std::path::Path;

/// The corpus articles, concatenated in name order, repeated to at least 1 MB.
fn corpus() -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/corpus")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let one: String = files.iter().map(|p| std::fs::read_to_string(p).expect("article") + "\n\n").collect();
    let mut text = String::new();
    while text.len() < 1_000_000 {
        text.push_str(&one);
    }
    text
}

fn pipeline(c: &mut Criterion) {
    let text = corpus();
    let ex = Extractor::default();
    ex.extract("Warm up the lazy data.");
    let mut g = c.benchmark_group("pipeline");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    g.bench_function("tokenize+sentences", |b| b.iter(|| Document::new(&text).sentences.len()));
    g.bench_function("extract", |b| b.iter(|| ex.extract(&text).entities.len()));
    g.finish();
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
