//! Shared by the integration tests: the corpus articles and their dates.
#![allow(dead_code)]

pub mod invariants;

use factum::{Date, EntityKind, Options};
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

/// (canonical name, kind, [(form, occurrences)]): one row of [`SEED_ENTITIES`].
pub type SeedEntity = (&'static str, EntityKind, &'static [(&'static str, usize)]);

/// The seed article's entities, written out by hand from
/// `tests/corpus/belarus-prisoners.expected.md`: (canonical name, kind, forms),
/// each form with the number of its whole-word occurrences that are mentions
/// of the entity (those inside a longer form of it not counted). These are
/// all its entities.
pub const SEED_ENTITIES: &[SeedEntity] = {
    use EntityKind::{Misc, Organization, Person, Place};
    &[
        ("Maria Kolesnikova", Person, &[("Maria Kolesnikova", 2), ("Kolesnikova", 4)]),
        ("Ales Bialiatski", Person, &[("Ales Bialiatski", 2)]),
        ("John Coale", Person, &[("John Coale", 1), ("Coale", 1)]),
        ("Donald Trump", Person, &[("Donald Trump", 1), ("Trump", 1)]),
        ("Alexander Lukashenko", Person, &[("Alexander Lukashenko", 2), ("Lukashenko", 3)]),
        ("Tatiana Khomich", Person, &[("Tatiana Khomich", 1), ("Khomich", 2)]),
        ("Svetlana Tikhanovskaya", Person, &[("Svetlana Tikhanovskaya", 1)]),
        ("Belarus", Place, &[("Belarus", 9), ("Belarusian", 2)]),
        ("United States", Place, &[("US", 7), ("United States", 1), ("Washington", 1)]),
        ("Ukraine", Place, &[("Ukraine", 3), ("Ukrainian", 1)]),
        ("Poland", Place, &[("Poland", 2)]),
        ("Lithuania", Place, &[("Lithuania", 2)]),
        ("Russia", Place, &[("Russia", 1)]),
        ("Minsk", Place, &[("Minsk", 1)]),
        ("Kyiv", Place, &[("Kyiv", 1)]),
        ("European Union", Organization, &[("European Union", 1), ("EU", 2)]),
        ("BBC", Organization, &[("BBC", 1)]),
        ("Agence France-Presse", Organization, &[("Agence France-Presse", 1)]),
        ("Telegram", Organization, &[("Telegram", 1)]),
        (
            "Coordination Headquarters for the Treatment of Prisoners of War",
            Organization,
            &[("Coordination Headquarters for the Treatment of Prisoners of War", 1)],
        ),
        ("police", Organization, &[("police", 1)]),
        ("Nobel Peace Prize", Misc, &[("Nobel Peace Prize", 1)]),
    ]
};

/// Every byte offset where `needle` occurs as a whole word (not inside a longer word).
pub fn occurrences(text: &str, needle: &str) -> Vec<usize> {
    text.match_indices(needle)
        .map(|(i, _)| i)
        .filter(|&i| {
            let before = text[..i].chars().next_back();
            let after = text[i + needle.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
        .collect()
}

/// The mentions one row of [`SEED_ENTITIES`] expects in `text`: (byte
/// offset, form), sorted. Panics when a form does not occur as often as the
/// row says (the table and the article disagree).
pub fn expected_mentions<'a>(text: &str, name: &str, forms: &[(&'a str, usize)]) -> Vec<(usize, &'a str)> {
    let mut expected: Vec<(usize, &str)> = Vec::new();
    for &(form, n) in forms {
        let at = occurrences(text, form);
        // A shorter form occurs inside the longer ones ("Kolesnikova" in "Maria Kolesnikova").
        let at: Vec<usize> = at
            .into_iter()
            .filter(|&i| {
                !forms.iter().any(|&(longer, _)| {
                    longer.len() > form.len() && longer.ends_with(form) && text[..i + form.len()].ends_with(longer)
                })
            })
            .collect();
        assert_eq!(at.len(), n, "{name}: {form:?} occurs {} times in the text", at.len());
        expected.extend(at.into_iter().map(|i| (i, form)));
    }
    expected.sort();
    expected
}

/// The binary of example `name`, next to the test binaries. `cargo test`
/// builds the examples; `cargo test --test NAME` does not, so it is built (or
/// brought up to date) here, in the same profile as the test.
pub fn example_bin(name: &str) -> PathBuf {
    let mut dir = std::env::current_exe().expect("test binary path");
    dir.pop();
    if dir.ends_with("deps") {
        dir.pop();
    }
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let mut cmd = std::process::Command::new(cargo);
    cmd.args(["build", "--quiet", "--example", name, "--manifest-path"]);
    cmd.arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml"));
    if dir.ends_with("release") {
        cmd.arg("--release");
    }
    let status = cmd.status().unwrap_or_else(|e| panic!("run cargo build --example {name}: {e}"));
    assert!(status.success(), "cargo build --example {name} failed");
    let bin = dir.join("examples").join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    assert!(bin.exists(), "{} was not built", bin.display());
    bin
}
