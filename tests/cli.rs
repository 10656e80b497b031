//! The `extract` example as users run it: files, stdin, JSONL streams, and
//! every kind of bad input.

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

/// The `extract` example, built once per test run.
fn extract_bin() -> PathBuf {
    static BUILT: OnceLock<PathBuf> = OnceLock::new();
    BUILT.get_or_init(|| common::example_bin("extract")).clone()
}

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(extract_bin())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn extract");
    // The program may exit before reading its input (a usage error): not our failure.
    let _ = child.stdin.take().unwrap().write_all(stdin);
    child.wait_with_output().expect("extract output")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn tmp(name: &str, contents: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("factum-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path
}

fn seed_path() -> String {
    common::corpus_dir().join("belarus-prisoners.txt").to_string_lossy().into_owned()
}

#[test]
fn json_of_a_file_is_the_library_extraction() {
    let out = run(&[&seed_path()], b"");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON object");
    assert_eq!(v["id"], seed_path());
    let lib = factum::Extractor::default().extract(&common::seed());
    let mut lib_json = serde_json::to_value(&lib).unwrap();
    lib_json["id"] = v["id"].clone();
    assert_eq!(v, lib_json);
}

#[test]
fn json_of_several_files_is_one_array_and_piped_output_defaults_to_json() {
    let a = tmp("arr-a.txt", b"Belarus has released 123 prisoners.");
    let b = tmp("arr-b.txt", b"Kyiv welcomed them.");
    let missing = "/nonexistent/factum-missing.txt";
    let (a, b) = (a.to_str().unwrap(), b.to_str().unwrap());
    // No --format: the test's stdout is a pipe, so JSON.
    let out = run(&[a, missing, b], b"");
    assert!(!out.status.success(), "a missing file fails the run");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON document");
    let ids: Vec<&str> = v.as_array().expect("an array").iter().map(|d| d["id"].as_str().unwrap()).collect();
    assert_eq!(ids, [a, b]);
    assert_eq!(v[0]["facts"][0]["kind"], "count");
    // Every file missing: still one (empty) JSON array.
    let out = run(&[missing, missing], b"");
    assert_eq!(serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap(), serde_json::json!([]));
}

#[test]
fn stdin_and_dash_read_standard_input() {
    for args in [&[][..], &["-"][..]] {
        let out = run(args, b"Belarus has released 123 prisoners.");
        assert!(out.status.success());
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v["id"], "-");
        assert_eq!(v["schema"], 1);
    }
}

#[test]
fn jsonl_and_text_formats() {
    let a = tmp("a.txt", b"One text.");
    let b = tmp("b.txt", b"Another text.");
    let (a, b) = (a.to_str().unwrap(), b.to_str().unwrap());
    let out = run(&["--format", "jsonl", a, b], b"");
    let lines: Vec<serde_json::Value> = text(&out.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    assert_eq!((lines[0]["id"].as_str(), lines[1]["id"].as_str()), (Some(a), Some(b)));
    let out = run(&["--format", "text", a], b"");
    let shown = text(&out.stdout);
    assert!(shown.starts_with(&format!("== {a}\nentities\n")), "{shown}");
    assert!(shown.contains("\nfigures\n") && shown.contains("\nfacts\n"));
}

#[test]
fn bad_files_are_reported_and_the_rest_processed() {
    let good = tmp("good.txt", b"Some text.");
    let bad_utf8 = tmp("bad.txt", b"Caf\xe9 au lait");
    let dir = std::env::temp_dir();
    let args = [
        "--format",
        "jsonl",
        "/no/such/file.txt",
        dir.to_str().unwrap(),
        bad_utf8.to_str().unwrap(),
        good.to_str().unwrap(),
    ];
    let out = run(&args, b"");
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("factum: /no/such/file.txt: no such file\n"), "{err}");
    assert!(err.contains(&format!("factum: {}: is a directory\n", dir.display())), "{err}");
    assert!(
        err.contains(&format!("factum: {}: invalid UTF-8 at byte 3 (use --lossy to replace it)\n", bad_utf8.display())),
        "{err}"
    );
    let lines: Vec<&str> = std::str::from_utf8(&out.stdout).unwrap().lines().collect();
    assert_eq!(lines.len(), 1, "only the good file gives output");
    assert!(lines[0].contains("good.txt"));

    let out = run(&["--lossy", bad_utf8.to_str().unwrap()], b"");
    assert!(out.status.success(), "{}", text(&out.stderr));
}

#[test]
fn empty_file_gives_an_empty_extraction() {
    let empty = tmp("empty.txt", b"");
    let out = run(&[empty.to_str().unwrap()], b"");
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["entities"], serde_json::json!([]));
}

#[test]
fn jsonl_stream_reports_malformed_lines_and_goes_on() {
    let input = b"{\"id\": \"a\", \"text\": \"First.\"}\nnot json\n\n{\"id\": 7, \"text\": \"Second.\"}\n{\"text\": \"no id\"}\n{\"id\": \"b\", \"text\": 5}\n{\"id\": \"c\", \"text\": \"Caf\xe9\"}\n";
    for jobs in ["1", "2"] {
        let out = run(&["--jsonl-in", "--jobs", jobs], input);
        assert_eq!(out.status.code(), Some(1));
        let err = text(&out.stderr);
        assert!(err.contains("factum: <stdin>:2: malformed JSON line"), "{err}");
        assert!(err.contains("factum: <stdin>:5: malformed JSON line: missing field `id`"), "{err}");
        assert!(err.contains("factum: <stdin>:6: malformed JSON line: invalid type"), "{err}");
        assert!(err.contains("factum: <stdin>:7: invalid UTF-8 at byte 24"), "{err}");
        // One output line per non-blank input line, in order: a malformed line
        // gives an error record with its id when it has one.
        let lines: Vec<serde_json::Value> =
            text(&out.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        let ids: Vec<serde_json::Value> = lines.iter().map(|l| l["id"].clone()).collect();
        assert_eq!(serde_json::Value::Array(ids), serde_json::json!(["a", null, "7", null, "b", "c"]));
        let errors: Vec<Option<u64>> =
            lines.iter().map(|l| l.get("error").map(|_| l["line"].as_u64().unwrap())).collect();
        assert_eq!(errors, [None, Some(2), None, Some(5), Some(6), Some(7)]);
        assert_eq!(lines[0]["schema"], 1);
        assert!(lines[1]["error"].as_str().unwrap().starts_with("malformed JSON line"));
    }
}

#[test]
fn a_closed_stdout_is_not_a_panic() {
    let big = "Belarus has released 123 prisoners.\n".repeat(2000);
    let lines: String = (0..200).map(|i| format!("{{\"id\": {i}, \"text\": {:?}}}\n", big)).collect();
    let mut child = Command::new(extract_bin())
        .args(["--jsonl-in", "--format", "text"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(lines.as_bytes());
    });
    drop(child.stdout.take()); // the reader goes away, like `| head`
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    let err = text(&out.stderr);
    assert!(!err.contains("panicked"), "{err}");
    assert!(out.status.success(), "{err}");
}

#[test]
fn help_version_and_usage_errors() {
    let out = run(&["--help"], b"");
    assert!(out.status.success());
    assert!(text(&out.stdout).contains("Usage: factum [OPTIONS] [FILE]..."));
    let out = run(&["-V"], b"");
    assert_eq!(text(&out.stdout), format!("factum {}\n", env!("CARGO_PKG_VERSION")));
    for bad in [&["--format", "xml"][..], &["--jobs", "0"], &["--jobs"], &["--colour"]] {
        let out = run(bad, b"");
        assert_eq!(out.status.code(), Some(2), "{bad:?}");
        let err = text(&out.stderr);
        assert!(err.starts_with("factum: ") && err.contains("Usage:"), "{bad:?}: {err}");
    }
    assert!(text(&run(&["--format", "xml"], b"").stderr).contains("invalid value 'xml' for '--format'"));
}

#[test]
fn bad_date_option_is_a_usage_error() {
    let out = run(&["--date", "2025-13-01", "-"], b"x");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("invalid date \"2025-13-01\": expected YYYY-MM-DD"));
}

#[test]
fn jobs_keep_input_order_and_output() {
    let files: Vec<String> = [
        "belarus-prisoners.txt",
        "wikinews-joe-biden-projected-us-president-elect.txt",
        "wikinews-world-war-ii-era-plane-crashes.txt",
    ]
    .iter()
    .map(|f| common::corpus_dir().join(f).to_string_lossy().into_owned())
    .collect();
    let mut args = vec!["--format", "jsonl"];
    args.extend(files.iter().map(String::as_str));
    let one = run(&args, b"");
    let mut parallel = vec!["--jobs", "2"];
    parallel.extend(&args);
    let two = run(&parallel, b"");
    assert!(one.status.success() && two.status.success());
    assert_eq!(text(&one.stdout), text(&two.stdout));
    assert_eq!(text(&one.stdout).lines().count(), 3);

    let lines: String = files
        .iter()
        .enumerate()
        .map(|(i, f)| format!("{}\n", serde_json::json!({"id": i, "text": std::fs::read_to_string(f).unwrap()})))
        .collect();
    let one = run(&["--jsonl-in"], lines.as_bytes());
    let two = run(&["--jsonl-in", "--jobs", "2"], lines.as_bytes());
    assert_eq!(text(&one.stdout), text(&two.stdout));
    let ids: Vec<String> = text(&two.stdout)
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["id"].to_string())
        .collect();
    assert_eq!(ids, ["\"0\"", "\"1\"", "\"2\""]);
}

#[test]
fn explain_names_rules_sources_and_losers_in_every_format() {
    let seed = seed_path();
    let out = run(&["--explain", &seed], b"");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mentions: Vec<&serde_json::Value> =
        v["entities"].as_array().unwrap().iter().flat_map(|e| e["mentions"].as_array().unwrap()).collect();
    // Every gazetteer mention points at the line of its list; the line names it.
    let mut checked = 0;
    for m in mentions.iter().filter(|m| m["rule"].as_str().unwrap().starts_with("gazetteer:")) {
        let source = m["source"].as_str().unwrap_or_else(|| panic!("no source: {m}"));
        let (file, line) = source.rsplit_once(':').unwrap();
        let data = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(file)).unwrap();
        let row = data.lines().nth(line.parse::<usize>().unwrap() - 1).unwrap();
        // The row lists the mention as written, up to case and a possessive's apostrophe.
        let written = m["text"].as_str().unwrap().trim_end_matches(['’', '\'']).to_lowercase();
        assert!(row.to_lowercase().contains(&written), "{source}: {row:?} does not list {written:?}");
        checked += 1;
    }
    assert!(checked > 30, "{checked}");
    assert!(v["rejected"].as_array().is_some_and(|r| r.iter().all(|r| r["beaten_by"].is_string())));
    let count = v["facts"].as_array().unwrap().iter().find(|f| f["kind"] == "count").unwrap();
    assert!(count["source"].as_str().unwrap().starts_with("gazetteers/lexicon/events.tsv:"));
    // Off by default: no source, no rejected.
    let plain: serde_json::Value = serde_json::from_slice(&run(&[&seed], b"").stdout).unwrap();
    assert!(!plain.to_string().contains("\"source\"") && plain.get("rejected").is_none());

    let lines = text(&run(&["--explain", "--format", "jsonl", &seed], b"").stdout);
    assert_eq!(serde_json::from_str::<serde_json::Value>(lines.trim_end()).unwrap(), v);
    let shown = text(&run(&["--explain", "--format", "text", &seed], b"").stdout);
    assert!(
        shown.contains("\"Maria Kolesnikova\"  gazetteer:people/notable  gazetteers/people/notable.tsv:"),
        "{shown}"
    );
    assert!(shown.contains("\nrejected\n") && shown.contains("beaten by \""), "{shown}");
}

#[test]
fn conll_brat_and_spacy_formats() {
    let doc = tmp("formats.txt", "Belarus freed Maria Kolesnikova.\nShe thanked the US for 123 days.".as_bytes());
    let doc = doc.to_str().unwrap();
    let out = run(&["--format", "conll", doc], b"");
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "-DOCSTART- O\n\nBelarus B-LOC\nfreed O\nMaria B-PER\nKolesnikova I-PER\n. O\n\n\
         She O\nthanked O\nthe O\nUS B-LOC\nfor O\n123 O\ndays O\n. O\n\n"
    );
    let out = run(&["--format", "brat", doc], b"");
    let ann = text(&out.stdout);
    assert!(ann.starts_with("T1\tLOC 0 7\tBelarus\nT2\tPER 14 31\tMaria Kolesnikova\nT3\tLOC 49 51\tUS\n"), "{ann}");
    assert!(ann.contains("\tAnnotatorNotes T2\tE2 Maria Kolesnikova\n"), "{ann}");
    let out = run(&["--format", "spacy", doc], b"");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["ents"][1], serde_json::json!({"start": 14, "end": 31, "label": "PER"}));
    assert_eq!(v["sents"], serde_json::json!([{"start": 0, "end": 32}, {"start": 33, "end": 65}]));
    // The tokens cover the text: the line break is a token of its own, as spaCy makes it.
    let tokens = v["tokens"].as_array().unwrap();
    assert_eq!(tokens[5], serde_json::json!({"id": 5, "start": 32, "end": 33}));
}

#[test]
fn an_unreadable_file_is_reported_and_the_rest_processed() {
    // A file without read permission is unreadable, except to root, who may
    // run the tests (CI does). For root, /proc/self/mem is unreadable from
    // offset 0 (EIO) whoever opens it.
    let locked = tmp("locked.txt", b"Belarus has released 123 prisoners.");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    }
    let (unreadable, reason) = if std::fs::read(&locked).is_err() {
        (locked.to_string_lossy().into_owned(), "permission denied")
    } else if std::fs::read("/proc/self/mem").is_err() {
        ("/proc/self/mem".to_string(), "error")
    } else {
        eprintln!("skipped: running as root and no unreadable file found");
        return;
    };
    let good = tmp("readable.txt", b"Kyiv welcomed them.");
    let out = run(&["--format", "jsonl", &unreadable, good.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    let line =
        err.lines().find(|l| l.starts_with(&format!("factum: {unreadable}: "))).unwrap_or_else(|| panic!("{err}"));
    assert!(line.to_lowercase().contains(reason), "{line}");
    assert!(!err.contains("panicked"), "{err}");
    let lines: Vec<&str> = std::str::from_utf8(&out.stdout).unwrap().lines().collect();
    assert_eq!(lines.len(), 1);
    assert!(lines[0].contains("readable.txt") && lines[0].contains("Kyiv"));
    // The same in a JSONL stream: the unreadable input is reported, the next read.
    let stream = tmp("stream.jsonl", b"{\"id\": \"s1\", \"text\": \"Minsk.\"}\n");
    let out = run(&["--jsonl-in", &unreadable, stream.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(1));
    // (A file that opens but fails on reading is reported at its line 1.)
    assert!(text(&out.stderr).starts_with(&format!("factum: {unreadable}")), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout).lines().count(), 1);
}

#[test]
fn empty_and_blank_inputs_give_valid_empty_output() {
    let empty = tmp("empty2.txt", b"");
    let blank = tmp("blank.txt", b" \n\r\n\t\n");
    for args in [vec![empty.to_str().unwrap()], vec![blank.to_str().unwrap()], vec!["-"]] {
        let out = run(&args, b"");
        assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v["schema"], 1);
        for field in ["entities", "figures", "facts"] {
            assert_eq!(v[field], serde_json::json!([]), "{args:?} {field}");
        }
    }
    let out = run(&["--format", "text", empty.to_str().unwrap()], b"");
    assert_eq!(text(&out.stdout), format!("== {}\nentities\nfigures\nfacts\n", empty.display()));
    // An empty JSONL stream gives no output and no error.
    let out = run(&["--jsonl-in"], b"");
    assert!(out.status.success() && out.stdout.is_empty() && out.stderr.is_empty());
}

#[test]
fn lossy_replaces_invalid_utf8_and_offsets_follow_the_replaced_text() {
    let bad = tmp("lossy.txt", b"Caf\xe9 owners in Minsk\xff\xfe were released.");
    let out = run(&["--lossy", bad.to_str().unwrap()], b"");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    // Each bad byte became U+FFFD (3 bytes), so "Minsk" starts 2 bytes later.
    let replaced = "Caf\u{fffd} owners in Minsk\u{fffd}\u{fffd} were released.";
    let minsk = v["entities"].as_array().unwrap().iter().find(|e| e["name"] == "Minsk").expect("Minsk");
    assert_eq!(minsk["mentions"][0]["start"], replaced.find("Minsk").unwrap());
    assert_eq!(minsk["mentions"][0]["char_start"], replaced[..replaced.find("Minsk").unwrap()].chars().count());
    assert_eq!(minsk["mentions"][0]["char_start"], 15);
}

#[test]
fn jsonl_stream_with_bad_bytes_and_wrong_types() {
    let input: &[u8] = b"{\"id\": 1, \"text\": \"Minsk.\"}\n\
        {\"id\": 2, \"text\": \"Caf\xe9 in Kyiv.\"}\n\
        {\"id\": 3, \"text\": 42}\n\
        {\"id\": 4, \"text\": \"Kyiv.\"\n\
        [1, 2]\n\
        {\"id\": 6, \"text\": \"Belarus.\"}";
    let out = run(&["--jsonl-in"], input);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    for line in [2, 3, 4, 5] {
        assert!(err.contains(&format!("factum: <stdin>:{line}: ")), "line {line}: {err}");
    }
    assert!(err.contains("<stdin>:2: invalid UTF-8"), "{err}");
    // One output line per input line, in order: results, or error records
    // with the id when the line still has one.
    let records = |out: &Output| -> Vec<(Option<String>, bool)> {
        text(&out.stdout)
            .lines()
            .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
            .map(|v| (v["id"].as_str().map(String::from), v.get("error").is_some()))
            .collect()
    };
    let some = |s: &str| Some(s.to_string());
    assert_eq!(
        records(&out),
        [(some("1"), false), (some("2"), true), (some("3"), true), (None, true), (None, true), (some("6"), false)],
        "the last line needs no newline"
    );
    // With --lossy the bad bytes are replaced and that line is read.
    let out = run(&["--jsonl-in", "--lossy"], input);
    assert_eq!(records(&out)[1], (some("2"), false));
}

#[test]
fn a_reader_that_stops_early_is_not_a_panic() {
    // Like `extract *.txt | head -c 100`: read a little, then close the pipe.
    use std::io::Read;
    let seed = seed_path();
    let args = vec![seed.as_str(); 40];
    let mut child = Command::new(extract_bin())
        .args(&args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 100];
    child.stdout.as_mut().unwrap().read_exact(&mut first).unwrap();
    assert!(first.starts_with(b"[\n{"), "several files as JSON make one array");
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let err = text(&out.stderr);
    assert!(!err.contains("panicked") && err.is_empty(), "{err}");
    assert!(out.status.success(), "{err}");
}

#[test]
fn highlight_ansi_is_plain_when_piped_or_no_color() {
    let file = tmp("hl.txt", "Belarusian officials freed Maria Kolesnikova in Minsk.".as_bytes());
    let bin = common::example_bin("highlight");
    for no_color in [None, Some("1")] {
        let mut cmd = Command::new(&bin);
        cmd.args(["--format", "ansi", file.to_str().unwrap()]);
        if let Some(v) = no_color {
            cmd.env("NO_COLOR", v);
        }
        let out = cmd.output().unwrap();
        assert!(out.status.success());
        let shown = text(&out.stdout);
        assert!(!shown.contains('\x1b'), "no escape codes in a pipe: {shown}");
        // The same labels as the CoNLL/brat/spaCy exports: a demonym is MISC.
        assert!(
            shown.starts_with("[Belarusian MISC] officials freed [Maria Kolesnikova PER] in [Minsk LOC]."),
            "{shown}"
        );
    }
}
