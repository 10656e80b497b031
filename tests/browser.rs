//! The highlight page in a real browser: headless Chromium renders the seed
//! article's page and dumps the DOM it built, and every expected mention of
//! the seed article (`common::SEED_ENTITIES`) must be a `<mark>` of the right
//! kind there, the article text must read as the original, and the page's
//! script must have run.
//!
//! Without Chromium (`/usr/bin/chromium`, or the path in `CHROMIUM`) the
//! test is skipped with a message, unless `CI` is set: there it fails, since
//! `.ci/run` installs Chromium.

mod common;

use regex::Regex;
use std::collections::BTreeSet;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Chromium gets this long to render the page (it takes about a second).
const DEADLINE: Duration = Duration::from_secs(60);

/// A fresh directory, removed when dropped (also when the test fails).
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> TempDir {
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
        let dir = std::env::temp_dir().join(format!("factum-browser-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The DOM Chromium builds for `page`, or a panic after [`DEADLINE`].
fn dump_dom(chromium: &Path, page: &Path, tmp: &TempDir) -> String {
    let mut child = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
        ])
        .arg(format!("--user-data-dir={}", tmp.0.join("profile").display()))
        .arg("--dump-dom")
        .arg(format!("file://{}", page.display()))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromium");
    // Read stdout on a thread so a full pipe cannot stall the browser while we wait.
    let mut stdout = child.stdout.take().expect("stdout");
    let reader = std::thread::spawn(move || {
        let mut dom = String::new();
        stdout.read_to_string(&mut dom).map(|_| dom)
    });
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for chromium") {
            break status;
        }
        if started.elapsed() > DEADLINE {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium did not finish within {DEADLINE:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let dom = reader.join().expect("reader thread").expect("chromium's output is UTF-8");
    assert!(status.success(), "chromium failed: {status}");
    dom
}

/// Text of the serialized DOM as the page shows it.
fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&nbsp;", "\u{a0}")
        .replace("&amp;", "&")
}

#[test]
fn seed_page_highlights_every_expected_mention_in_chromium() {
    let chromium = std::env::var_os("CHROMIUM").map_or_else(|| PathBuf::from("/usr/bin/chromium"), PathBuf::from);
    if !chromium.exists() {
        assert!(
            std::env::var_os("CI").is_none(),
            "{} is missing: .ci/run installs it (apt-get install chromium)",
            chromium.display()
        );
        eprintln!("skipped: {} is missing (apt-get install chromium)", chromium.display());
        return;
    }
    let started = Instant::now();
    let tmp = TempDir::new();
    let page = tmp.0.join("seed.html");
    let seed = common::corpus_dir().join("belarus-prisoners.txt");
    let status = Command::new(common::example_bin("highlight"))
        .arg(&seed)
        .args(["--date", "2025-12-13", "-o"])
        .arg(&page)
        .status()
        .expect("run the highlight example");
    assert!(status.success(), "highlight failed: {status}");
    let built = started.elapsed();
    let dom = dump_dom(&chromium, &page, &tmp);

    // The script ran to its end without an error.
    assert!(dom.contains(r#"<html lang="en" data-js="ready">"#), "{}", &dom[..dom.len().min(300)]);

    let article = Regex::new(r#"(?s)<article id="text">(.*?)</article>"#).unwrap();
    let article = &article.captures(&dom).expect("the article")[1];
    // Well-formed markup: the browser kept every mark as written, so the
    // article's text is the original text.
    let tags = Regex::new(r"<[^>]*>").unwrap();
    let text = common::seed();
    assert_eq!(unescape(&tags.replace_all(article, "")), text);

    // Every entity mark, as (char offset, text, kind).
    let mark = Regex::new(r#"<mark([^>]*)>([^<]*)</mark>"#).unwrap();
    let attr = |attrs: &str, name: &str| -> Option<String> {
        Regex::new(&format!(r#"\b{name}="([^"]*)""#)).unwrap().captures(attrs).map(|c| unescape(&c[1]))
    };
    let mut found: BTreeSet<(usize, String, String)> = BTreeSet::new();
    for m in mark.captures_iter(article) {
        let attrs = &m[1];
        if !attr(attrs, "class").is_some_and(|c| c.split(' ').any(|c| c == "ent")) {
            continue;
        }
        let start = attr(attrs, "data-start").and_then(|s| s.parse().ok()).expect("data-start");
        let kind = attr(attrs, "data-kind").expect("data-kind");
        assert!(attr(attrs, "class").unwrap().contains(&kind), "{attrs}");
        found.insert((start, unescape(&m[2]), kind));
    }

    let offsets = factum::CharOffsets::new(&text);
    let mut expected: BTreeSet<(usize, String, String)> = BTreeSet::new();
    for &(name, kind, forms) in common::SEED_ENTITIES {
        for (byte, form) in common::expected_mentions(&text, name, forms) {
            expected.insert((offsets.char_offset(byte), form.to_string(), kind.as_str().to_string()));
        }
    }
    let missing: Vec<_> = expected.difference(&found).collect();
    let extra: Vec<_> = found.difference(&expected).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "not highlighted: {missing:?}\nhighlighted, not expected: {extra:?}"
    );
    eprintln!(
        "{} mentions highlighted; build {:.1?}, page and browser {:.1?}",
        found.len(),
        built,
        started.elapsed() - built
    );
}
