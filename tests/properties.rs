//! Property tests: for arbitrary text, news-like generated text and randomly
//! mutated corpus articles, extraction never panics and every output keeps
//! the invariants of `common::invariants` (spans in bounds, on char
//! boundaries, slicing to their text, char offsets matching, documented
//! order); a neutral prefix moves every span by its length and changes
//! nothing else; runs are deterministic; `extract_batch` equals `extract`.
//!
//! Case counts are kept small enough that the file runs in seconds in the
//! dev profile; `PROPTEST_CASES` raises them for a longer local run.
//!
//! The seed is fixed so that a run is reproducible and CI cannot turn red
//! by luck of the draw; hunt with other seeds locally
//! (`PROPTEST_RNG_SEED=7 PROPTEST_CASES=500 cargo test --release --test properties`)
//! and keep every input found that way in `tests/adversarial.rs`.

mod common;

use common::invariants;
use factum::text::Document;
use factum::{Extraction, Extractor, Options};
use proptest::prelude::*;
use proptest::test_runner::{RngSeed, TestCaseError};

fn explain() -> Options {
    Options { explain: true, ..Options::default() }
}

fn config(cases: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(cases);
    let mut config = ProptestConfig { cases, failure_persistence: None, ..ProptestConfig::default() };
    // `default()` reads PROPTEST_RNG_SEED; without it, one fixed seed.
    if std::env::var_os("PROPTEST_RNG_SEED").is_none() {
        config.rng_seed = RngSeed::Fixed(0x6661_6374_756d);
    }
    config
}

/// Extract with explain on and check every invariant.
fn extract_checked(text: &str) -> Result<Extraction, TestCaseError> {
    let out = Extractor::default().extract_with(text, &explain());
    invariants::check(text, &out).map_err(TestCaseError::fail)?;
    Ok(out)
}

// ---- generators -------------------------------------------------------------

fn word(first: std::ops::RangeInclusive<char>, len: std::ops::Range<usize>) -> impl Strategy<Value = String> {
    (prop::char::range(*first.start(), *first.end()), prop::collection::vec(prop::char::range('a', 'z'), len))
        .prop_map(|(c, rest)| std::iter::once(c).chain(rest).collect())
}

/// Names, titles, cue words and figures factum knows, so generated text
/// reaches the rules and not only the tokenizer.
const KNOWN: &[&str] = &[
    "Belarus",
    "Maria Kolesnikova",
    "Kolesnikova",
    "US",
    "U.S.",
    "United States",
    "European Union (EU)",
    "EU",
    "Minsk",
    "Kyiv’s",
    "Belarus’",
    "Donald Trump",
    "President",
    "Mr.",
    "Dr",
    "BBC",
    "Agence France-Presse",
    "said",
    "told AFP that",
    "according to",
    "released",
    "arrested",
    "were killed",
    "prisoners",
    "people",
    "her sister,",
    "special envoy for",
    "in",
    "the",
    "of",
    "who",
    "Inc.",
    "Ltd",
    "Party",
    "Ministry of Defence",
    "123",
    "1,234",
    "3.5",
    "$2.3bn",
    "€40 million",
    "10%",
    "15-20",
    "between 3 and 5",
    "more than 50",
    "hundreds",
    "five years ago",
    "March 3, 2020",
    "Jan.",
    "1990s",
    "21st",
    "48 hours",
    "30 km",
    "yesterday",
];

const PUNCT: &[&str] = &[
    ".", ",", ";", ":", "?", "!", "...", "…", "(", ")", "[", "]", "\"", "“", "”", "'", "‘", "’", "-", "–", "—", "/",
    "&", "%", "$", "#", "@", "*",
];

const SPACES: &[&str] = &[
    " ", " ", " ", " ", "  ", "\t", "\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\u{a0}", "\u{2002}", "\u{2009}",
    "\u{202f}", "\u{3000}", "\u{2028}", "\u{2029}", "\u{85}", "\u{200b}", "\u{feff}", "\u{b}", "\u{c}",
];

const UNICODE: &[&str] = &[
    "é",
    "É",
    "ß",
    "İ",
    "ı",
    "ǅ",
    "ﬁ",
    "ΣΑΣ",
    "Ωμέγα",
    "Łódź",
    "Zürich",
    "Sa\u{303}o",
    "e\u{301}\u{301}",
    "\u{301}",
    "😀",
    "👩\u{200d}👩\u{200d}👧",
    "🇧🇾",
    "مرحبا",
    "שלום",
    "\u{200f}",
    "\u{202e}",
    "中文",
    "한국어",
    "\0",
    "\u{fffd}",
    "\u{10ffff}",
];

fn pick(list: &'static [&'static str]) -> impl Strategy<Value = String> {
    prop::sample::select(list).prop_map(String::from)
}

/// One piece of news-like text.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => word('A'..='Z', 1..9),
        4 => word('a'..='z', 0..9),
        1 => word('A'..='Z', 1..6).prop_map(|w| w.to_uppercase()),
        4 => pick(KNOWN),
        2 => any::<u32>().prop_map(|n| n.to_string()),
        4 => pick(PUNCT),
        8 => pick(SPACES),
        2 => pick(UNICODE),
        1 => any::<char>().prop_map(String::from),
    ]
}

/// News-like text: up to `n` pieces, mostly separated by spaces.
fn news(n: usize) -> impl Strategy<Value = String> {
    prop::collection::vec((piece(), prop::bool::weighted(0.7)), 0..n).prop_map(|parts| {
        let mut s = String::new();
        for (p, space) in parts {
            s.push_str(&p);
            if space {
                s.push(' ');
            }
        }
        s
    })
}

/// Any string: arbitrary chars, so all of Unicode, control chars included.
fn arbitrary_text() -> impl Strategy<Value = String> {
    prop::collection::vec(any::<char>(), 0..200).prop_map(|v| v.into_iter().collect())
}

/// A change to a text, at a position given as a fraction of its length in
/// chars, so it always falls on a char boundary.
#[derive(Clone, Debug)]
enum Edit {
    Delete { at: f64, len: usize },
    Insert { at: f64, piece: String },
    Duplicate { at: f64, len: usize },
    Replace { at: f64, len: usize, piece: String },
}

fn edit() -> impl Strategy<Value = Edit> {
    let at = 0.0..1.0f64;
    prop_oneof![
        (at.clone(), 1..200usize).prop_map(|(at, len)| Edit::Delete { at, len }),
        (at.clone(), news(6)).prop_map(|(at, piece)| Edit::Insert { at, piece }),
        (at.clone(), 1..400usize).prop_map(|(at, len)| Edit::Duplicate { at, len }),
        (at, 1..50usize, news(4)).prop_map(|(at, len, piece)| Edit::Replace { at, len, piece }),
    ]
}

/// The byte offset of char `frac` of the way into `s`, and of `len` chars later.
fn char_range(s: &str, frac: f64, len: usize) -> (usize, usize) {
    let bounds: Vec<usize> = s.char_indices().map(|(i, _)| i).chain([s.len()]).collect();
    let a = ((bounds.len() - 1) as f64 * frac) as usize;
    let b = (a + len).min(bounds.len() - 1);
    (bounds[a], bounds[b])
}

fn apply(text: &str, edits: &[Edit]) -> String {
    let mut s = text.to_string();
    for e in edits {
        match e {
            Edit::Delete { at, len } => {
                let (a, b) = char_range(&s, *at, *len);
                s.replace_range(a..b, "");
            }
            Edit::Insert { at, piece } => {
                let (a, _) = char_range(&s, *at, 0);
                s.insert_str(a, piece);
            }
            Edit::Duplicate { at, len } => {
                let (a, b) = char_range(&s, *at, *len);
                let copy = s[a..b].to_string();
                s.insert_str(b, &copy);
            }
            Edit::Replace { at, len, piece } => {
                let (a, b) = char_range(&s, *at, *len);
                s.replace_range(a..b, piece);
            }
        }
    }
    s
}

/// A corpus article changed by a few random edits.
fn mutated_article() -> impl Strategy<Value = String> {
    let texts: Vec<String> = common::articles().into_iter().map(|(_, t, _)| t).collect();
    (prop::sample::select(texts), prop::collection::vec(edit(), 1..8)).prop_map(|(t, edits)| apply(&t, &edits))
}

// ---- the shift test ---------------------------------------------------------

/// Prefixes that cannot change what is found after them. Each is one short
/// sentence of a word no list or rule knows (`prefixes_are_neutral` checks
/// that it yields nothing at all, not even a rejected candidate), ended by a
/// full stop, then a blank line. The blank line is a paragraph break: it ends
/// the sentence whatever follows (a lower-case word, an abbreviation), closes
/// any open quotation, and is not a line a rule could join to the next. So
/// no pattern spans the seam, no name is added that coreference or the
/// document's country counts could use, and the text after the prefix is
/// tokenized and split as before, its sentences numbered one higher. Its
/// capitalized words are longer than any the generators make, so the text
/// after it cannot repeat them ("Ok." once became a short form of "Ok Aa").
const NEUTRAL_PREFIXES: &[&str] = &[
    "Acknowledgements.\n\n",
    "Corrigendum appended.\n\n\n",
    "Xyzzyplughs.\n\n",
    "Acknowledgement follows.\r\n\r\n",
    "Corrigenda.\n \n",
];

/// `out` as it should read after `prefix` is put before its text: every
/// span moved by the prefix's bytes and chars, every sentence index by its
/// sentences.
fn shifted(mut out: Extraction, prefix: &str) -> Extraction {
    let (bytes, chars) = (prefix.len(), prefix.chars().count());
    let sentences = Document::new(prefix).sentences.len();
    for e in &mut out.entities {
        for m in &mut e.mentions {
            m.span.start += bytes;
            m.span.end += bytes;
            m.char_start += chars;
            m.char_end += chars;
            m.sentence += sentences;
        }
    }
    for f in &mut out.figures {
        f.span.start += bytes;
        f.span.end += bytes;
        f.char_start += chars;
        f.char_end += chars;
        f.sentence += sentences;
    }
    for x in &mut out.facts {
        x.evidence.span.start += bytes;
        x.evidence.span.end += bytes;
        x.evidence.char_start += chars;
        x.evidence.char_end += chars;
        x.sentence += sentences;
    }
    for r in &mut out.rejected {
        r.span.start += bytes;
        r.span.end += bytes;
        r.char_start += chars;
        r.char_end += chars;
    }
    out
}

fn check_shift(text: &str, prefix: &str) -> Result<(), TestCaseError> {
    let ex = Extractor::default();
    let plain = ex.extract_with(text, &explain());
    let prefixed_text = format!("{prefix}{text}");
    let prefixed = ex.extract_with(&prefixed_text, &explain());
    invariants::check(&prefixed_text, &prefixed).map_err(TestCaseError::fail)?;
    prop_assert_eq!(prefixed, shifted(plain, prefix), "prefix {:?}", prefix);
    Ok(())
}

#[test]
fn prefixes_are_neutral() {
    for p in NEUTRAL_PREFIXES {
        let out = Extractor::default().extract_with(p, &explain());
        assert_eq!(out, Extraction::new(), "{p:?} yields something of its own");
        assert_eq!(Document::new(p).sentences.len(), 1, "{p:?}");
        assert!(p.ends_with("\n\n") || p.ends_with("\r\n\r\n") || p.ends_with("\n \n"), "{p:?}");
    }
}

#[test]
fn shift_on_the_seed_article() {
    let text = common::seed();
    for p in NEUTRAL_PREFIXES {
        check_shift(&text, p).unwrap();
    }
}

proptest! {
    #![proptest_config(config(96))]

    #[test]
    fn arbitrary_strings_keep_the_invariants(text in arbitrary_text()) {
        extract_checked(&text)?;
    }

    #[test]
    fn news_like_text_keeps_the_invariants(text in news(80)) {
        extract_checked(&text)?;
    }

    #[test]
    fn shift_by_a_neutral_prefix_on_news_like_text(text in news(60), p in prop::sample::select(NEUTRAL_PREFIXES)) {
        check_shift(&text, p)?;
    }

    #[test]
    fn two_runs_give_identical_json(text in news(60)) {
        let ex = Extractor::default();
        let a = serde_json::to_string(&ex.extract_with(&text, &explain())).unwrap();
        let b = serde_json::to_string(&ex.extract_with(&text, &explain())).unwrap();
        prop_assert_eq!(a, b);
    }

    #[test]
    fn batch_equals_one_by_one(texts in prop::collection::vec(news(30), 0..6)) {
        let ex = Extractor::default();
        let batch = ex.extract_batch_with(&texts, &explain());
        prop_assert_eq!(batch.len(), texts.len());
        for (text, out) in texts.iter().zip(&batch) {
            prop_assert_eq!(out, &ex.extract_with(text, &explain()));
        }
    }
}

proptest! {
    // Whole articles cost more per case.
    #![proptest_config(config(32))]

    #[test]
    fn mutated_articles_keep_the_invariants(text in mutated_article()) {
        extract_checked(&text)?;
    }

    #[test]
    fn shift_by_a_neutral_prefix_on_mutated_articles(
        text in mutated_article(),
        p in prop::sample::select(NEUTRAL_PREFIXES),
    ) {
        check_shift(&text, p)?;
    }
}

/// The checker itself catches broken outputs, so a pass means something.
#[test]
fn the_checker_catches_broken_spans_and_order() {
    let text = common::seed();
    let out = Extractor::default().extract_with(&text, &explain());
    invariants::check(&text, &out).unwrap();
    let mut bad = out.clone();
    bad.entities[0].mentions[0].span.end += 1;
    assert!(invariants::check(&text, &bad).unwrap_err().contains("E1 mention 0"));
    let mut bad = out.clone();
    bad.figures[0].char_start += 1;
    assert!(invariants::check(&text, &bad).unwrap_err().contains("char offsets"));
    let mut bad = out.clone();
    bad.facts.swap(0, 1);
    assert!(invariants::check(&text, &bad).is_err());
    let mut bad = out.clone();
    bad.entities.swap(0, 1);
    assert!(invariants::check(&text, &bad).is_err());
    let mut bad = out;
    bad.rejected[0].text.push('x');
    assert!(invariants::check(&text, &bad).unwrap_err().contains("rejected 0"));
}

/// Every corpus article, as is, keeps the invariants with explain on.
#[test]
fn corpus_articles_keep_the_invariants() {
    for (name, text, options) in common::articles() {
        let out = Extractor::default().extract_with(&text, &Options { explain: true, ..options });
        if let Err(e) = invariants::check(&text, &out) {
            panic!("{name}: {e}");
        }
    }
}

/// Building is deterministic too: a second extractor built from the same
/// data gives the same JSON for every article (no hash-order leaks into
/// automaton or tie-breaking order).
#[test]
fn a_second_extractor_gives_identical_json() {
    let other = Extractor::builder().build().unwrap();
    for (name, text, options) in common::articles() {
        let a = serde_json::to_string(&Extractor::default().extract_with(&text, &options)).unwrap();
        let b = serde_json::to_string(&other.extract_with(&text, &options)).unwrap();
        assert!(a == b, "{name}: a rebuilt extractor differs");
    }
}
