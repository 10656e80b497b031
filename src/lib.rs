//! factum reads English news text and returns who, where, which
//! organization, how many and what happened: people, places, organizations
//! and figures matched against gazetteers and rules, and facts built from
//! them, every item with its exact span and the rule that made it. No model,
//! no network: the data ships in the crate.
//!
//! ```toml
//! [dependencies]
//! factum = "0.1"
//! ```
//!
//! # Pipeline
//!
//! 1. [`text`]: tokens and sentences, each with its [`Span`] (UTF-8 byte offsets).
//! 2. Gazetteers and rules: names from the bundled lists (countries, cities,
//!    people, organizations, …) and from patterns (titles, first names, suffixes).
//! 3. Figures: counts, money, percentages, dates, times, quantities, normalized.
//! 4. Resolve: one mention per span, mentions grouped into entities.
//! 5. Facts: counts ("123 prisoners released"), events, quotes, roles, relations.
//!
//! # What you get
//!
//! [`Extractor::extract`] returns an [`Extraction`], plain data with `serde` derives:
//!
//! - [`Entity`]: a person, place, organization or misc name, with every [`Mention`];
//! - [`Figure`]: a number, amount, percentage, date, time, duration or quantity, with its value;
//! - [`Fact`]: evidence, sentence and rule, and a [`FactDetail`]: a [`CountFact`],
//!   [`EventFact`], [`QuoteFact`], [`RoleFact`] or [`RelationFact`];
//! - [`Slot`]: what a fact's slot names, an entity or a description
//!   ([`Extraction::resolve`]);
//! - [`Rejected`]: in explain mode, the candidates that lost and what beat them.
//!
//! # Example
//!
//! ```
//! use factum::{EntityKind, Extractor, Options};
//!
//! let text = "Belarus has released 123 prisoners, including opposition activist Maria Kolesnikova. \
//!             \"She is free,\" Tatiana Khomich said on Saturday.";
//! let opts = Options { document_date: Some("2025-12-13".parse()?), ..Options::default() };
//! let out = Extractor::default().extract_with(text, &opts);
//!
//! // Entities, each mention an exact slice of the text.
//! for e in &out.entities {
//!     for m in &e.mentions {
//!         assert_eq!(&text[m.span.range()], m.text);
//!     }
//! }
//! let people: Vec<&str> = out.entities_of(EntityKind::Person).map(|e| e.name.as_str()).collect();
//! assert_eq!(people, ["Maria Kolesnikova", "Tatiana Khomich"]);
//!
//! // Figures with normalized values: a count and a date resolved against the document date.
//! let figures: Vec<(&str, String)> = out.figures.iter().map(|f| (f.kind.as_str(), f.value_text())).collect();
//! assert_eq!(figures, [("count", "123".to_string()), ("date", "2025-12-13".to_string())]);
//!
//! // Each kind of fact, its slots resolved to entities or descriptions.
//! let (_, count) = out.counts().next().unwrap();
//! assert_eq!((count.quantity.0, count.event.as_str()), (123.0, "release"));
//! assert_eq!(out.resolve(count.agent.as_deref().unwrap()).name(), "Belarus");
//! let (_, quote) = out.quotes().next().unwrap();
//! assert_eq!((quote.text.as_str(), out.resolve(quote.speaker.as_deref().unwrap()).name()),
//!            ("She is free", "Tatiana Khomich"));
//! let (_, role) = out.roles().next().unwrap();
//! assert_eq!((out.resolve(&role.person).name(), role.role.as_str()), ("Maria Kolesnikova", "opposition activist"));
//! for (fact, event) in out.events() {
//!     println!("{}: {} {}", fact.id, event.action, event.trigger);
//! }
//! for (_, relation) in out.relations() {
//!     println!("{} {} {:?}", relation.subject, relation.relation, relation.object);
//! }
//!
//! // JSON for other programs, with byte and char offsets.
//! let json = serde_json::to_string(&out).unwrap();
//! assert!(json.starts_with(r#"{"schema":1,"entities":["#));
//! # Ok::<(), factum::Error>(())
//! ```
//!
//! The `factum` command (`cargo install factum --features cli`) runs the same
//! over files and JSON-lines streams.
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
mod detail;
mod error;
mod extract;
mod facts;
mod figures;

mod gazetteer;
mod kinds;
mod lexicon;
mod output;
pub use output::formats;
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
