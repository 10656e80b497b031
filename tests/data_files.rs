//! Every data file under `gazetteers/` is well-formed: UTF-8, NFC, LF line
//! ends, a header line, the same number of columns on every line, no blank
//! cells in the first column, no stray spaces, no duplicate neighbouring
//! lines. Building the default extractor parses and links them all.

use std::path::{Path, PathBuf};
use unicode_normalization::is_nfc;

fn tsv_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            tsv_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "tsv") {
            out.push(path);
        }
    }
}

#[test]
fn every_data_file_is_well_formed() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("gazetteers");
    let mut files = Vec::new();
    tsv_files(&root, &mut files);
    files.sort();
    assert!(files.len() >= 10, "found only {files:?}");
    for path in files {
        let name = path.strip_prefix(&root).unwrap().display().to_string();
        let bytes = std::fs::read(&path).unwrap();
        let text = String::from_utf8(bytes).unwrap_or_else(|e| panic!("{name}: invalid UTF-8: {e}"));
        assert!(!text.starts_with('\u{feff}'), "{name}: BOM");
        assert!(!text.contains('\r'), "{name}: CR line ends");
        assert!(text.ends_with('\n'), "{name}: no final newline");
        assert!(is_nfc(&text), "{name}: not NFC");
        let mut lines = text.lines();
        let header: Vec<&str> = lines.next().unwrap().split('\t').collect();
        assert!(header.iter().all(|h| !h.is_empty()), "{name}: empty header cell");
        let mut prev: Option<&str> = None;
        for (n, line) in lines.enumerate() {
            let n = n + 2;
            let cells: Vec<&str> = line.split('\t').collect();
            assert_eq!(cells.len(), header.len(), "{name}:{n}: column count");
            assert!(!cells[0].trim().is_empty(), "{name}:{n}: empty first cell");
            assert_eq!(cells.iter().map(|c| c.trim()).collect::<Vec<_>>(), cells, "{name}:{n}: stray spaces");
            if let Some(p) = prev {
                assert_ne!(p, line, "{name}:{n}: duplicate line");
            }
            prev = Some(line);
        }
    }
}

#[test]
fn bundled_lists_build() {
    let ex = factum::Extractor::builder().build().expect("bundled data builds");
    assert!(!ex.extract("Belarus").entities.is_empty());
}

/// Folded surface forms (name and aliases) of an entity list, with the row's id.
fn surfaces(path: &Path) -> Vec<(String, String)> {
    let text = std::fs::read_to_string(path).unwrap();
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split('\t').collect();
    let col = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let (name, aliases, id) = (col("name"), col("aliases"), col("id"));
    let mut out = Vec::new();
    for line in lines {
        let cells: Vec<&str> = line.split('\t').collect();
        for form in std::iter::once(cells[name]).chain(cells[aliases].split('|').filter(|a| !a.is_empty())) {
            out.push((form.to_lowercase(), cells[id].to_string()));
        }
    }
    out
}

#[test]
fn organization_ids_are_unique_and_generated_lists_repeat_no_curated_name() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("gazetteers/orgs");
    let generated = ["football_clubs.tsv", "universities.tsv", "exchanges.tsv"];
    let mut files = Vec::new();
    tsv_files(&root, &mut files);
    files.sort();
    let mut ids = std::collections::HashMap::new();
    let mut curated = std::collections::HashSet::new();
    for path in &files {
        let file = path.file_name().unwrap().to_string_lossy().to_string();
        let mut seen = std::collections::HashSet::new();
        for (form, id) in surfaces(path) {
            if seen.insert(id.clone()) {
                if let Some(other) = ids.insert(id.clone(), file.clone()) {
                    panic!("id {id} in {other} and {file}");
                }
            }
            if !generated.contains(&file.as_str()) {
                curated.insert(form);
            }
        }
    }
    for file in generated {
        let rows = surfaces(&root.join(file));
        assert!(rows.len() > 200, "{file}: {} forms", rows.len());
        for (form, id) in rows {
            assert!(!curated.contains(&form), "{file}: {id} repeats {form:?} of a curated list");
        }
    }
}
