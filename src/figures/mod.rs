//! The figures stage: numbers, money, percentages, dates, durations and
//! quantities, each with a normalized value.

use crate::date::Date;
use crate::output::{FigureKind, Number};
use crate::span::Span;
use crate::text::Document;

/// A figure found in the text, before ids and char offsets are attached.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Found {
    pub span: Span,
    pub kind: FigureKind,
    pub value: Option<Number>,
    pub min: Option<Number>,
    pub max: Option<Number>,
    pub approx: bool,
    /// ISO 4217 code for money, unit name for quantities.
    pub unit: Option<String>,
    /// "2020", "2025-03", "2025-03-03", "1990s".
    pub date: Option<String>,
    /// ISO 8601 duration relative to the document date: "-P5Y".
    pub relative: Option<String>,
    /// Rule id, e.g. `number:digits`, `date:relative-ago`.
    pub rule: &'static str,
}

/// Every figure in `doc`, in text order, not overlapping. Relative dates are
/// resolved against `document_date` when given.
pub(crate) fn find(doc: &Document<'_>, document_date: Option<Date>) -> Vec<Found> {
    let _ = (doc, document_date);
    Vec::new()
}
