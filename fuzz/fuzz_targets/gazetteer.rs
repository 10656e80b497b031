//! Any bytes as a user gazetteer: loading must return `Ok` or an `Error`
//! naming the list, never panic; a list that loads compiles into a matcher
//! that runs on text naming its entries (the list's own text).
//!
//! Building a whole extractor parses all the bundled data (~0.3 s), so the
//! target loads only the user list (`__user_lists_candidates`, the same
//! parsing and matcher code as `build`).
#![no_main]

use factum::{ErrorKind, Extractor};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    match std::str::from_utf8(data) {
        Ok(text) => {
            if let Err(e) = Extractor::builder().gazetteer_text("fuzz.tsv", text).__user_lists_candidates(text) {
                assert!(e.to_string().starts_with("fuzz.tsv:"), "error without the list's name: {e}");
            }
        }
        // Bytes that are not UTF-8 can only come from a file.
        Err(_) => {
            let path = std::env::temp_dir().join(format!("factum-fuzz-{}.tsv", std::process::id()));
            std::fs::write(&path, data).unwrap();
            let err = Extractor::builder().gazetteer_file(&path).__user_lists_candidates("").expect_err("not UTF-8");
            assert!(matches!(err.kind(), ErrorKind::InvalidUtf8), "{err}");
            assert!(err.to_string().starts_with(&format!("{}:", path.display())), "{err}");
        }
    }
});
