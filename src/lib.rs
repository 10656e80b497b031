//! factum reads English news text and returns who, where, which
//! organization, how many and what happened: people, places, organizations
//! and figures matched against gazetteers and rules, and facts built from
//! them, every item with its exact span and the rule that made it.
//!
//! # Pipeline
//!
//! ```text
//! &str ─► text (tokens, sentences) ─► gazetteers + rules + figures ─► resolve ─► facts ─► Extraction
//! ```
//!
//! Each stage adds annotations that point back into the original text by
//! [`Span`] (UTF-8 byte offsets); JSON output carries char offsets beside them.
//!
//! # Example
//!
//! ```
//! use factum::Extractor;
//!
//! let text = "Belarus has released 123 prisoners, including Maria Kolesnikova.";
//! let out = Extractor::default().extract(text);
//! for e in &out.entities {
//!     for m in &e.mentions {
//!         assert_eq!(&text[m.span.range()], m.text);
//!     }
//! }
//! let json = serde_json::to_string(&out).unwrap();
//! assert!(json.starts_with(r#"{"schema":1,"entities":["#));
//! ```
//!
//! # Why an item is there, and other formats
//!
//! Every mention, figure and fact names its `rule`. With
//! [`Options::explain`] mentions and facts also name the data line they came
//! from ([`Mention::source`], `gazetteers/places/countries.tsv:238`), and the
//! extraction lists the candidates that lost ([`Extraction::rejected`]);
//! [`Extraction::to_text_explained`] shows it all. [`formats`] writes an
//! extraction as CoNLL token lines, brat standoff or spaCy's `Doc` JSON.
//!
//! # Snapshot tests in your crate
//!
//! The output is deterministic (same text, same JSON, same order), and
//! [`Extraction::to_text`] renders one readable line per entity, figure and
//! fact, which makes a one-screen snapshot of an article with
//! [insta](https://insta.rs):
//!
//! ```no_run
//! #[test]
//! fn article_extraction() {
//!     let text = std::fs::read_to_string("tests/data/article.txt").unwrap();
//!     let out = factum::Extractor::default().extract(&text);
//!     insta::assert_snapshot!(out.to_text());   // compact, reviewable
//!     insta::assert_json_snapshot!(out);        // everything, with spans
//! }
//! ```
#![deny(missing_docs)]

mod candidate;
mod date;
mod error;
mod extract;
mod facts;
mod figures;
pub mod formats;
mod gazetteer;
mod output;
mod query;
mod resolve;
mod rules;
mod span;
pub mod text;
mod tsv;

pub use date::Date;
pub use error::{Error, ErrorKind};
pub use extract::{Extractor, ExtractorBuilder, Options};
pub use output::{
    CountFact, Entity, EntityKind, EventFact, Evidence, Extraction, Fact, FactDetail, Figure, FigureKind, Mention,
    Number, QuoteFact, Rejected, RelationFact, RoleFact, SCHEMA,
};
pub use query::Slot;
pub use span::{CharOffsets, Span};

// The README's Rust examples run as doc-tests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
