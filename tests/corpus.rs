//! Snapshots of every article in `tests/corpus/`: the text stage (one line per
//! sentence, tokens separated by `|`) and the full extraction as JSON. Any change
//! to what factum returns shows up here as a snapshot diff to review.

mod common;

use factum::text::Document;
use factum::Extractor;
use std::fmt::Write;

/// One line per sentence: index, byte span, tokens joined by `|`.
fn text_view(text: &str) -> String {
    let doc = Document::new(text);
    let mut out = String::new();
    for (i, s) in doc.sentences.iter().enumerate() {
        let tokens: Vec<&str> = doc.tokens[s.tokens.clone()].iter().map(|t| doc.slice(t.span)).collect();
        let _ = writeln!(out, "s{i} {}..{} {}", s.span.start, s.span.end, tokens.join("|"));
    }
    out
}

#[test]
fn corpus_text_stage() {
    for (name, text, _) in common::articles() {
        insta::assert_snapshot!(format!("{name}.text"), text_view(&text));
    }
}

#[test]
fn corpus_extractions() {
    let ex = Extractor::default();
    for (name, text, options) in common::articles() {
        let out = ex.extract_with(&text, &options);
        insta::assert_json_snapshot!(format!("{name}.json"), out);
        insta::assert_snapshot!(format!("{name}.summary"), out.to_text());
    }
}

#[test]
fn batch_equals_one_by_one() {
    let ex = Extractor::default();
    let articles = common::articles();
    let texts: Vec<&str> = articles.iter().map(|(_, t, _)| t.as_str()).collect();
    let batch = ex.extract_batch(&texts);
    for (text, out) in texts.iter().zip(&batch) {
        assert_eq!(out, &ex.extract(text));
    }
}
