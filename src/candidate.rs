//! A candidate mention: what the gazetteer and rule stages propose and the
//! resolve stage decides between. Shared vocabulary, below every stage.

use crate::kinds::EntityKind;
use crate::span::Span;

/// A proposed mention of an entity.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Candidate {
    /// Where it lies in the original text.
    pub span: Span,
    /// What it would be.
    pub kind: EntityKind,
    /// The gazetteer entry it names, if it came from a list.
    pub entry: Option<u32>,
    /// The rule that proposed it, e.g. `gazetteer:places/countries`.
    pub rule: String,
    /// Strength of the evidence; higher wins a tie between overlapping candidates
    /// of the same length.
    pub score: i32,
    /// The name alone is ambiguous; it was kept on support from its context.
    pub weak: bool,
    /// The subtype a rule gives it ("sports_team", "storm"), for a mention
    /// no list names.
    pub subtype: Option<String>,
}
