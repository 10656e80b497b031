//! The README cannot drift from the code:
//! - every sample output in it, a fenced block after a `<!-- sample: NAME -->`
//!   line, is what the code prints for it now (`UPDATE_README=1 cargo test
//!   --test readme` rewrites them after a change; read the diff before
//!   committing);
//! - its "Use it from Rust" block compiles and runs in a crate of its own that
//!   depends on factum and serde_json only, as a user's crate would.

mod common;

use factum::{Extractor, Options};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The text of the README's "Use it from Rust" example.
const RUST_TEXT: &str = "Belarus has released 123 prisoners, including opposition activist Maria Kolesnikova.";
/// The text of the explain-mode sample.
const EXPLAIN_TEXT: &str = "Belarus freed Maria Kolesnikova and 122 other prisoners. \
                            Washington welcomed the release, the US embassy in Minsk said.";

fn readme_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")
}

fn dated(date: &str) -> Options {
    Options { document_date: Some(date.parse().unwrap()), ..Options::default() }
}

/// Every sample by name, as the code prints it now.
fn samples() -> Vec<(&'static str, String)> {
    let ex = Extractor::default();
    let seed = ex.extract_with(&common::seed(), &dated("2025-12-13"));
    let rust = ex.extract_with(RUST_TEXT, &dated("2025-12-13"));
    let explain = ex.extract_with(EXPLAIN_TEXT, &Options { explain: true, ..dated("2025-12-13") });
    vec![
        // What the README's first command prints on a terminal.
        ("seed-text", format!("== tests/corpus/belarus-prisoners.txt\n{}", seed.to_text())),
        ("rust-json", serde_json::to_string_pretty(&rust).unwrap() + "\n"),
        ("rust-text", rust.to_text()),
        ("explain-text", explain.to_text_explained()),
    ]
}

/// The README's sample blocks: (name, byte range of the block's body).
fn sample_blocks(readme: &str) -> Vec<(String, std::ops::Range<usize>)> {
    const MARK: &str = "<!-- sample: ";
    let mut blocks = Vec::new();
    let mut from = 0;
    while let Some(at) = readme[from..].find(MARK).map(|i| from + i) {
        let name_end = at + readme[at..].find(" -->").expect("a sample marker ends with ' -->'");
        let name = readme[at + MARK.len()..name_end].to_string();
        let fence = name_end + readme[name_end..].find("```").expect("a fenced block after the marker");
        let body = fence + readme[fence..].find('\n').expect("fence line") + 1;
        let end = if readme[body..].starts_with("```") {
            body
        } else {
            body + readme[body..].find("\n```").expect("the block closes") + 1
        };
        blocks.push((name, body..end));
        from = end;
    }
    blocks
}

#[test]
fn readme_samples_are_real_output() {
    let readme = std::fs::read_to_string(readme_path()).unwrap();
    let samples = samples();
    let blocks = sample_blocks(&readme);
    let mut names: Vec<&str> = blocks.iter().map(|(n, _)| n.as_str()).collect();
    names.sort_unstable();
    let mut known: Vec<&str> = samples.iter().map(|(n, _)| *n).collect();
    known.sort_unstable();
    assert_eq!(names, known, "each sample appears once in the README");
    let mut updated = readme.clone();
    let mut stale = Vec::new();
    // From the last block back, so earlier ranges stay valid while rewriting.
    for (name, range) in blocks.iter().rev() {
        let real = &samples.iter().find(|(n, _)| n == name).unwrap().1;
        if &readme[range.clone()] != real {
            stale.push(name.clone());
            updated.replace_range(range.clone(), real);
        }
    }
    if std::env::var_os("UPDATE_README").is_some() {
        std::fs::write(readme_path(), updated).unwrap();
        return;
    }
    assert!(
        stale.is_empty(),
        "README samples differ from the real output: {stale:?}; run `UPDATE_README=1 cargo test --test readme` and read the diff"
    );
}

/// The first ```rust block after `heading`, without doctest-hidden lines.
fn rust_block(readme: &str, heading: &str) -> String {
    let at = readme.find(heading).expect("the heading");
    let start = at + readme[at..].find("```rust\n").expect("a rust block") + "```rust\n".len();
    let end = start + readme[start..].find("\n```").expect("the block closes");
    readme[start..end].lines().filter(|l| !l.starts_with("# ") && *l != "#").collect::<Vec<_>>().join("\n")
}

#[test]
fn readme_rust_example_builds_in_a_user_crate() {
    let readme = std::fs::read_to_string(readme_path()).unwrap();
    let body = rust_block(&readme, "## Use it from Rust");
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    // The test binary's target dir: the dependencies built for the tests are reused.
    let mut target = std::env::current_exe().unwrap();
    while !target.ends_with("target") && target.pop() {}
    let dir = target.join("readme-user-crate");
    std::fs::create_dir_all(dir.join("src")).unwrap();
    let manifest = format!(
        "[package]\nname = \"readme-user\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
         [dependencies]\nfactum = {{ path = {:?} }}\nserde_json = \"1\"\n\n\
         # The README's advice for dependents: the extractor built optimized in debug builds.\n\
         [profile.dev.package.\"*\"]\nopt-level = 3\n\n[workspace]\n",
        repo.display().to_string()
    );
    std::fs::write(dir.join("Cargo.toml"), manifest).unwrap();
    std::fs::copy(repo.join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    let main = format!("fn main() -> Result<(), Box<dyn std::error::Error>> {{\n{body}\n    Ok(())\n}}\n");
    std::fs::write(dir.join("src/main.rs"), main).unwrap();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let out = Command::new(cargo)
        .args(["run", "--quiet", "--offline", "--manifest-path"])
        .arg(dir.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", &target)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "the README's Rust block does not build or run as a user crate:\n{stderr}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.starts_with("123 prisoners release by Belarus\nMaria Kolesnikova (opposition activist)\n{\n"),
        "{stdout}"
    );
    assert!(stdout.contains("\n  \"schema\": 1,\n"), "{stdout}");
    assert!(stdout.contains("123 prisoners  release  by Belarus"), "{stdout}");
}
