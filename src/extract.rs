//! The extractor: the whole pipeline, built once and applied to any number of
//! texts.

use crate::date::Date;
use crate::error::Error;
use crate::output::{EntityKind, Extraction};
use crate::text::{Document, TextRules};
use once_cell::sync::Lazy;
use std::sync::Arc;

/// Reads English news text and returns entities, figures and facts.
///
/// Building one loads and compiles the data files; do it once and reuse it.
/// `Extractor::default()` returns the bundled extractor, built on first use
/// and shared: cloning is cheap. It is `Send + Sync`.
///
/// ```
/// use factum::Extractor;
/// let ex = Extractor::default();
/// let out = ex.extract("Belarus has released 123 prisoners.");
/// assert_eq!(out.schema, factum::SCHEMA);
/// ```
#[derive(Clone, Debug)]
pub struct Extractor {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    text: &'static TextRules,
}

/// Per-call options for [`Extractor::extract_with`].
///
/// ```
/// use factum::{Date, Options};
/// let opts = Options { document_date: Some("2025-12-13".parse::<Date>()?), ..Options::default() };
/// # Ok::<(), factum::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// The date the text was published; relative dates ("five years ago",
    /// "yesterday") are resolved against it. Without it they stay relative.
    pub document_date: Option<Date>,
    /// Return only entities of these kinds; empty means all kinds.
    pub include: Vec<EntityKind>,
    /// Never return entities of these kinds.
    pub exclude: Vec<EntityKind>,
}

impl Options {
    /// Whether entities of `kind` are wanted.
    pub fn wants(&self, kind: EntityKind) -> bool {
        (self.include.is_empty() || self.include.contains(&kind)) && !self.exclude.contains(&kind)
    }
}

static DEFAULT: Lazy<Extractor> =
    Lazy::new(|| ExtractorBuilder::new().build().unwrap_or_else(|e| panic!("bundled data failed to build: {e}")));

impl Default for Extractor {
    fn default() -> Extractor {
        DEFAULT.clone()
    }
}

impl Extractor {
    /// A builder for an extractor with user data files or without some
    /// bundled lists.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::new()
    }

    /// Extract from `text` with default options. Never panics.
    pub fn extract(&self, text: &str) -> Extraction {
        self.extract_with(text, &Options::default())
    }

    /// Extract from `text` with `options`. Never panics.
    pub fn extract_with(&self, text: &str, options: &Options) -> Extraction {
        let doc = Document::with_rules(text, self.inner.text);
        let _ = (&doc, options);
        Extraction::new()
    }
}

/// Builds an [`Extractor`]. Setters take `&mut self`; data files are read
/// by [`build`](ExtractorBuilder::build), which reports bad lines by file and
/// line.
#[derive(Clone, Debug, Default)]
pub struct ExtractorBuilder {}

impl ExtractorBuilder {
    /// A builder with the bundled data.
    pub fn new() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// Load and compile everything into an extractor.
    pub fn build(&self) -> Result<Extractor, Error> {
        let inner = Inner { text: TextRules::bundled() };
        Ok(Extractor { inner: Arc::new(inner) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extractor_is_send_sync_and_cheap_to_clone() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Extractor>();
        let a = Extractor::default();
        let b = Extractor::default();
        assert!(Arc::ptr_eq(&a.inner, &b.inner));
    }

    #[test]
    fn options_filter_kinds() {
        let opts = Options {
            include: vec![EntityKind::Person, EntityKind::Place],
            exclude: vec![EntityKind::Place],
            ..Options::default()
        };
        assert!(opts.wants(EntityKind::Person));
        assert!(!opts.wants(EntityKind::Place));
        assert!(!opts.wants(EntityKind::Organization));
        assert!(Options::default().wants(EntityKind::Misc));
    }
}
