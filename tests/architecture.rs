//! The import picture of `../shared/DESIGN.md`, checked on the source: data
//! flows one way (text → gazetteer, rules, figures → resolve → facts →
//! output), the ground floor (spans, kinds, the lexicon, the text) knows no
//! stage, no stage reads the output types, and English word lists live in
//! data files, not in `.rs` files.
//!
//! Two lists below are debts, each entry with the reason it is still there:
//! they may only shrink. A new entry needs a reason in review.

use std::path::{Path, PathBuf};

/// The modules of `src/` by floor: a module may use its own floor's
/// modules and those of the floors below, never those above.
const FLOORS: &[(&str, &[&str])] = &[
    ("ground", &["span", "kinds", "detail", "error", "tsv", "date", "candidate", "text", "lexicon"]),
    ("names", &["gazetteer"]),
    ("rules and figures", &["rules", "figures"]),
    ("resolve", &["resolve"]),
    ("facts", &["facts"]),
    ("top", &["extract", "output", "query", "lib", "bin"]),
];

/// Imports that break the picture and are known, with why they remain.
/// Imports that break the picture and are known, with why they remain
/// (none now: the facts stage fills the ground floor's fact types with typed
/// references, and only the extractor builds output).
const KNOWN_CROSSINGS: &[(&str, &str, &str)] = &[];

/// The module a source file belongs to: `src/facts/count.rs` → `facts`.
fn module_of(path: &Path, src: &Path) -> String {
    let rel = path.strip_prefix(src).expect("under src");
    let first = rel.components().next().expect("a component").as_os_str().to_string_lossy().to_string();
    first.trim_end_matches(".rs").to_string()
}

fn floor_of(module: &str) -> Option<usize> {
    FLOORS.iter().position(|(_, mods)| mods.contains(&module))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("readable src") {
        let p = entry.expect("entry").path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The code of a file without its `#[cfg(test)]` module (the tests of a
/// stage may build a whole extractor) and without comment lines.
fn code_of(text: &str) -> String {
    let cut = text.find("#[cfg(test)]\nmod tests").unwrap_or(text.len());
    text[..cut].lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n")
}

/// Every `crate::NAME` a piece of code refers to.
fn crate_refs(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("crate::") {
        let after = &rest[at + 7..];
        let name: String = after.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
        if !name.is_empty() {
            out.push(name);
        }
        rest = after;
    }
    out
}

fn sources() -> Vec<(PathBuf, String, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let module = module_of(&p, &src);
            let text = std::fs::read_to_string(&p).expect("readable source");
            (p, module, text)
        })
        .collect()
}

#[test]
fn data_flows_one_way() {
    let mut crossings = Vec::new();
    for (path, module, text) in sources() {
        let Some(floor) = floor_of(&module) else {
            panic!("{}: module {module:?} is on no floor of FLOORS; add it where it belongs", path.display());
        };
        for used in crate_refs(&code_of(&text)) {
            let Some(used_floor) = floor_of(&used) else { continue };
            let known = KNOWN_CROSSINGS.iter().any(|&(a, b, _)| a == module && b == used);
            if used_floor > floor && !known {
                crossings.push(format!(
                    "{}: {module} ({}) uses {used} ({}), a floor above it",
                    path.display(),
                    FLOORS[floor].0,
                    FLOORS[used_floor].0
                ));
            }
        }
    }
    crossings.sort();
    crossings.dedup();
    assert!(crossings.is_empty(), "imports against the data flow:\n{}", crossings.join("\n"));
}

#[test]
fn known_crossings_are_still_real() {
    // A debt that was paid must leave the list, so the list only shrinks.
    let files = sources();
    for &(from, to, why) in KNOWN_CROSSINGS {
        let still = files.iter().any(|(_, m, text)| m == from && crate_refs(&code_of(text)).iter().any(|u| u == to));
        assert!(still, "{from} no longer uses {to}: remove it from KNOWN_CROSSINGS ({why})");
    }
}

/// English word lists still in code, by file: `const` arrays of strings and
/// `matches!` over three or more lower-case words. Knowledge belongs in the
/// TSV files under `gazetteers/lexicon/`, read by the lexicon; these counts
/// may only fall. (Column names and rule ids are not words of English and
/// are listed here too when a file has them, with their reason.)
const WORD_LISTS_IN_CODE: &[(&str, usize, &str)] = &[
    ("src/facts/count.rs", 10, "conjunctions, pronouns, prepositions and time words of the count rules"),
    ("src/facts/defeat.rs", 4, "copulas, determiners, relative pronouns and clause boundaries of the defeat rule"),
    ("src/facts/quote.rs", 8, "pronouns, determiners, conjunctions and reporting verbs of the quote rules"),
    ("src/facts/relation.rs", 1, "determiners and modifiers before a kinship noun"),
    ("src/facts/role.rs", 4, "possessive determiners and connectors of the role rules"),
    ("src/figures/date.rs", 5, "words before a month or weekday that make it a date, or not"),
    ("src/figures/mod.rs", 1, "prepositions of a span of time"),
    ("src/figures/number.rs", 7, "hedges and determiners around fractions and ordinals; particles after a number"),
    ("src/figures/percent.rs", 1, "percent marks"),
    ("src/figures/time.rs", 2, "day-part words and prepositions before a clock time"),
    ("src/gazetteer/entry.rs", 1, "the column names of a gazetteer file, not English words"),
    ("src/gazetteer/load.rs", 1, "the values of the ambiguous column, not English words"),
    ("src/gazetteer/matcher.rs", 1, "prepositions after a sports verb"),
    ("src/gazetteer/mod.rs", 1, "organization subtypes, a vocabulary of the data files"),
    ("src/resolve/coref.rs", 3, "connectors of long forms and short forms; id schemes (not English words)"),
    ("src/rules/orgs.rs", 2, "connectors and determiners of organization names"),
    ("src/rules/places.rs", 1, "place cue nouns"),
    ("src/rules/sports.rs", 1, "prepositions after a sports verb"),
    ("src/rules/unknown.rs", 2, "articles and prepositions of the unknown-name rules"),
    ("src/text/mod.rs", 1, "the function-word classes that open sentences: class names of the data, not English words"),
];

fn word_lists(code: &str) -> usize {
    let consts = code
        .lines()
        .filter(|l| {
            let l = l.trim_start();
            (l.starts_with("const ") || l.starts_with("pub(crate) const ") || l.starts_with("static "))
                && (l.contains(": [&str;") || l.contains(": &[&str]"))
        })
        .count();
    let mut matches = 0;
    let mut rest = code;
    while let Some(at) = rest.find("matches!(") {
        let body = &rest[at..];
        // The closing parenthesis of the macro, past any nested calls.
        let mut depth = 0;
        let end = body
            .char_indices()
            .find(|&(_, c)| {
                depth += match c {
                    '(' => 1,
                    ')' => -1,
                    _ => 0,
                };
                c == ')' && depth == 0
            })
            .map_or(body.len(), |(i, _)| i);
        let words = body[..end]
            .split('|')
            .filter(|alt| {
                let alt = alt.trim().trim_start_matches(|c: char| c != '"');
                let word = alt.trim_matches('"');
                alt.starts_with('"') && !word.is_empty() && word.chars().all(|c| c.is_ascii_lowercase())
            })
            .count();
        if words >= 3 {
            matches += 1;
        }
        rest = &body[9..];
    }
    consts + matches
}

/// The problems of a ratchet: files where `count` finds more than `allowed`
/// says (`what` and how to mend it), fewer (lower the entry), or entries for
/// files that are gone.
fn ratchet(allowed: &[(&str, usize, &str)], count: fn(&str) -> usize, what: &str, mend: &str) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut problems = Vec::new();
    let mut seen = Vec::new();
    for (path, _, text) in sources() {
        let rel = path.strip_prefix(root).expect("in the crate").to_string_lossy().replace('\\', "/");
        let n = count(&code_of(&text));
        let max = allowed.iter().find(|(f, _, _)| *f == rel).map_or(0, |&(_, n, _)| n);
        if n > max {
            problems.push(format!("{rel}: {n} {what} (allowed {max}); {mend}"));
        } else if n < max {
            problems.push(format!("{rel}: {n} {what}, fewer than {max}: lower its entry"));
        }
        seen.push(rel);
    }
    for &(file, _, _) in allowed {
        if !seen.iter().any(|s| s == file) {
            problems.push(format!("{file}: no such file; remove its entry"));
        }
    }
    problems
}

#[test]
fn word_lists_in_code_only_shrink() {
    let mend = "put the words in a TSV file under gazetteers/lexicon/";
    let problems = ratchet(WORD_LISTS_IN_CODE, word_lists, "word lists in code", mend);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_checks_see_what_they_look_for() {
    // The scanners themselves, on code of our own.
    assert_eq!(crate_refs("use crate::output::{Fact};\nlet x = crate::kinds::Number(1.0);"), ["output", "kinds"]);
    assert_eq!(word_lists("const A: [&str; 2] = [\"of\", \"for\"];"), 1);
    assert_eq!(word_lists("if matches!(w, \"the\" | \"a\" | \"an\") {}"), 1);
    assert_eq!(word_lists("if matches!(w, \"the\" | \"a\") {}"), 0);
    assert_eq!(word_lists("if matches!(c, '.' | ',' | ';') {}"), 0);
    assert_eq!(word_lists("if matches!(lower(v, k).as_str(), \"of\" | \"on\" | \"in\") {}"), 1);
    assert_eq!(code_of("use a;\n// crate::output\n#[cfg(test)]\nmod tests { use crate::output; }"), "use a;");
}

/// Word lists loaded into `static`s (`Lazy`), by file: knowledge the
/// `Extractor` does not own, so a user cannot extend it and every extractor
/// shares it. The lexicon (`src/lexicon.rs`) owned by the extractor is where
/// they go; these counts may only fall. The first four are not knowledge.
const STATICS: &[(&str, usize, &str)] = &[
    ("src/extract.rs", 1, "the default extractor itself, built once"),
    ("src/text/tokenize.rs", 1, "the URL finder (linkify), not a word list"),
    ("src/text/mod.rs", 1, "abbreviations and sentence starters of Document::new"),
];

fn statics(code: &str) -> usize {
    code.lines()
        .filter(|l| {
            let l = l.trim_start();
            (l.starts_with("static ") || l.starts_with("pub(crate) static ")) && l.contains("Lazy<")
        })
        .count()
}

#[test]
fn knowledge_statics_only_shrink() {
    let problems = ratchet(STATICS, statics, "statics", "put the list in the lexicon");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_cue_kind_named_in_code_is_in_the_data() {
    // A misspelt kind would silently match nothing.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let data = std::fs::read_to_string(root.join("gazetteers/lexicon/cues.tsv")).expect("cues.tsv");
    let mut lines = data.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty());
    let header: Vec<&str> = lines.next().expect("a header").split('\t').collect();
    let col = header.iter().position(|&h| h == "cue").expect("a cue column");
    let kinds: std::collections::BTreeSet<&str> = lines.filter_map(|l| l.split('\t').nth(col)).collect();
    let mut missing = Vec::new();
    for (path, _, text) in sources() {
        for call in ["cue(\"", "cues(\"", "Cues::of(\""] {
            for (at, _) in text.match_indices(call) {
                let rest = &text[at + call.len()..];
                let kind = &rest[..rest.find('"').unwrap_or(0)];
                if !kinds.contains(kind) {
                    missing.push(format!("{}: cue kind {kind:?} is not in cues.tsv", path.display()));
                }
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}
