//! Inputs that once broke a promise, found by the property tests and the
//! fuzzers, each kept with what it broke.

mod common;

use common::invariants;
use factum::{Extractor, Options};

fn explain() -> Options {
    Options { explain: true, ..Options::default() }
}

/// The shift test found that a day-first date was read only on the text's
/// first line: after any line break "3 March 2025" fell apart into the
/// number 3 and "March 2025", because the day was checked for being on the
/// same line as the token before it.
#[test]
fn a_day_first_date_opening_a_line() {
    let ex = Extractor::default();
    for text in ["3 March 2025 was a day.", "It rained.\n\n3 March 2025 was a day.", "It rained.\n21st. March 3, 2020"]
    {
        let out = ex.extract_with(text, &explain());
        invariants::assert_ok(text, &out);
        let first = &out.figures[0];
        assert!(first.text == "3 March 2025" || first.text == "21st. March", "{text:?}: {:?}", out.figures);
    }
    // The same text with and without a paragraph before it.
    let plain = ex.extract("21st. March 3, 2020");
    let after = ex.extract("Note.\n\n21st. March 3, 2020");
    let texts = |out: &factum::Extraction| out.figures.iter().map(|f| f.text.clone()).collect::<Vec<_>>();
    assert_eq!(texts(&plain), texts(&after));
}

/// The shift test found that a number after a colon opening a line was
/// taken for page chrome ("Total Views : 80") everywhere but on the first
/// line: the label check counted tokens from the start of the text instead
/// of looking for a word before the colon on its line.
#[test]
fn a_colon_opening_a_line_is_no_label() {
    let ex = Extractor::default();
    for text in [":0 ", "Note.\n\n:0 ", "Note.\n:0 "] {
        let out = ex.extract(text);
        assert_eq!(out.figures.len(), 1, "{text:?}");
        assert_eq!(out.figures[0].rule, "number:digits", "{text:?}");
    }
    let out = ex.extract("Note.\n\nTotal Views : 80\nMore text here.");
    assert_eq!(out.figures[0].rule, "number:page-chrome");
}
