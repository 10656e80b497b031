//! Any bytes, read as text (invalid UTF-8 replaced), through the whole
//! pipeline with explain on: extraction must not panic, and its output must
//! keep the invariants the tests check (the same checker, included by path).
#![no_main]

use factum::{Extractor, Options};
use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/invariants.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    // The bundled extractor is built on first use and shared after.
    let out = Extractor::default().extract_with(&text, &Options { explain: true, ..Options::default() });
    if let Err(e) = invariants::check(&text, &out) {
        panic!("invariant broken: {e}");
    }
});
