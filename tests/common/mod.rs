//! Shared by the integration tests: the corpus articles and their dates.
#![allow(dead_code)]

pub mod invariants;

use factum::{Date, Options};
use std::path::{Path, PathBuf};

/// `tests/corpus/`.
pub fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")
}

/// Every article of the corpus: (file stem, text, options with its document date), sorted by name.
pub fn articles() -> Vec<(String, String, Options)> {
    let dir = corpus_dir();
    let dates = std::fs::read_to_string(dir.join("dates.tsv")).expect("tests/corpus/dates.tsv");
    let date_of = |file: &str| -> Option<Date> {
        dates
            .lines()
            .skip(1)
            .find_map(|l| l.split_once('\t').filter(|(f, _)| *f == file).map(|(_, d)| d.parse().expect("valid date")))
    };
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/corpus")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&p).expect("article");
            let date = date_of(&name);
            assert!(date.is_some(), "{name} has no date in dates.tsv");
            let stem = name.trim_end_matches(".txt").to_string();
            (stem, text, Options { document_date: date, ..Options::default() })
        })
        .collect()
}

/// The seed article.
pub fn seed() -> String {
    std::fs::read_to_string(corpus_dir().join("belarus-prisoners.txt")).expect("seed article")
}
