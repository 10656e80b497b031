//! What an extraction returns: plain data with `serde` derives, and a compact
//! text rendering for reading and for snapshot tests.
//!
//! Everything is ordered deterministically: entities by their first mention,
//! mentions and figures by span, facts by evidence span then rule, so the
//! same text always gives the same JSON (README "Ordering").

pub use crate::detail::{CountFact, EventFact, FactDetail, QuoteFact, RelationFact, RoleFact};
pub use crate::kinds::{EntityKind, FigureKind, Number};
use crate::span::Span;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub mod formats;
mod render;

/// The version of the JSON layout. It changes when a field changes meaning or
/// is removed; adding a field does not change it.
pub const SCHEMA: u32 = 1;

/// Everything factum found in one text.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Extraction {
    /// The JSON layout version, [`SCHEMA`].
    pub schema: u32,
    /// People, places, organizations and other names, each with its mentions.
    pub entities: Vec<Entity>,
    /// Numbers, money, percentages, dates and quantities, with values.
    pub figures: Vec<Figure>,
    /// Counts, events, quotes, roles and relations.
    pub facts: Vec<Fact>,
    /// Candidate mentions that lost to an overlapping one, with what beat
    /// them; only with [`Options::explain`](crate::Options::explain).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rejected: Vec<Rejected>,
}

/// A candidate mention that lost to an overlapping one (explain mode).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Rejected {
    /// Byte offsets of the candidate.
    #[serde(flatten)]
    pub span: Span,
    /// Char offset of the start.
    pub char_start: usize,
    /// Char offset of the end.
    pub char_end: usize,
    /// The candidate as written.
    pub text: String,
    /// What it would have been.
    pub kind: EntityKind,
    /// The rule that proposed it.
    pub rule: String,
    /// The data line it came from, as for [`Mention::source`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The mention that won, as written.
    pub beaten_by: String,
    /// The rule of the mention that won.
    pub beaten_by_rule: String,
    /// Why it was dropped when nothing beat it: an ambiguous list name
    /// without support from its context ("no support from context"); then
    /// `beaten_by` and `beaten_by_rule` are empty.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// A person, place, organization or other named thing, with every mention of
/// it in the text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Entity {
    /// Id within this extraction: "E1", "E2", … in order of first mention.
    pub id: String,
    /// Person, place, organization or misc.
    pub kind: EntityKind,
    /// A finer type where known: "country", "city", "news_agency", …
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subtype: Option<String>,
    /// The canonical name ("United States" for a mention "US").
    pub name: String,
    /// Every mention, in text order.
    pub mentions: Vec<Mention>,
    /// Roles and titles found for this entity ("opposition activist").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<String>,
    /// Identifiers in outside registries: "wikidata" → "Q184", "iso" → "BY", …
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub ids: BTreeMap<String, String>,
}

/// One occurrence of an entity in the text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Mention {
    /// Byte offsets: `&text[span.range()] == self.text`.
    #[serde(flatten)]
    pub span: Span,
    /// Char (code point) offset of the start.
    pub char_start: usize,
    /// Char (code point) offset of the end.
    pub char_end: usize,
    /// The mention as written.
    pub text: String,
    /// Index of the sentence holding it.
    pub sentence: usize,
    /// The rule that made it, e.g. `gazetteer:places/countries` or `person:title+cap`.
    pub rule: String,
    /// Explain mode only: the data line it came from, as `FILE:LINE`
    /// (`gazetteers/people/notable.tsv:123`, or a user gazetteer's path and
    /// line): the list entry it names, or the demonym it was written as.
    /// Absent for mentions no list line backs (most rule-made names).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// A number, amount, percentage, date, duration or quantity, with its value.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Figure {
    /// Id within this extraction: "F1", "F2", … in text order.
    pub id: String,
    /// What sort of figure.
    pub kind: FigureKind,
    /// Byte offsets of the figure's text.
    #[serde(flatten)]
    pub span: Span,
    /// Char offset of the start.
    pub char_start: usize,
    /// Char offset of the end.
    pub char_end: usize,
    /// The figure as written.
    pub text: String,
    /// The value: a count, an amount, a percentage; absent for dates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<Number>,
    /// Lower bound of a range or approximation ("more than 50" → 50).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<Number>,
    /// Upper bound of a range or approximation ("between 3 and 5" → 5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<Number>,
    /// Whether the value is approximate ("about 30", "hundreds").
    #[serde(default, skip_serializing_if = "is_false")]
    pub approx: bool,
    /// ISO 4217 currency code for money, a unit name for quantities.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// A date as precise as the text: "2020", "2025-03", "2025-03-03", "1990s".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// A date or duration relative to the document date, as an ISO 8601
    /// duration: "-P5Y" for "five years ago".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relative: Option<String>,
    /// A time of day, ISO 8601, with the zone's offset when the text names
    /// one: "09:15", "22:30-05:00", "04:00Z".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    /// The two sides of a score as written: "3-1" → [3, 1].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sides: Option<[Number; 2]>,
    /// Index of the sentence holding it.
    pub sentence: usize,
    /// The rule that made it.
    pub rule: String,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// A fact: who did what to whom, how many, who said what, who holds which role.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Fact {
    /// Id within this extraction: "X1", "X2", … in text order.
    pub id: String,
    /// The kind of fact and its slots.
    #[serde(flatten)]
    pub detail: FactDetail,
    /// Index of the sentence holding the evidence.
    pub sentence: usize,
    /// The text the fact was read from.
    pub evidence: Evidence,
    /// The rule that made it, e.g. `count:verb-after`.
    pub rule: String,
    /// Explain mode only: the lexicon line of the word that triggered it, as
    /// `FILE:LINE` (`gazetteers/lexicon/events.tsv:40` for a count's event
    /// word, `gazetteers/lexicon/actions.tsv:12` for an event's action).
    /// Absent for facts read from a pattern alone (quotes, roles, relations).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// The text a fact was read from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Evidence {
    /// Byte offsets.
    #[serde(flatten)]
    pub span: Span,
    /// Char offset of the start.
    pub char_start: usize,
    /// Char offset of the end.
    pub char_end: usize,
    /// The evidence as written.
    pub text: String,
}

impl Mention {
    pub(crate) fn new(
        doc: &crate::text::Document<'_>,
        offsets: &crate::span::CharOffsets<'_>,
        span: Span,
        rule: String,
    ) -> Mention {
        Mention {
            span,
            char_start: offsets.char_offset(span.start),
            char_end: offsets.char_offset(span.end),
            text: doc.slice(span).to_string(),
            sentence: doc.sentence_at(span.start),
            rule,
            source: None,
        }
    }
}

impl Extraction {
    /// An empty extraction of the current [`SCHEMA`].
    pub fn new() -> Extraction {
        Extraction { schema: SCHEMA, ..Extraction::default() }
    }

    /// The entity with this id.
    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.entities.iter().find(|e| e.id == id)
    }

    /// The figure with this id.
    pub fn figure(&self, id: &str) -> Option<&Figure> {
        self.figures.iter().find(|f| f.id == id)
    }
}

impl FactDetail {
    /// The kind of fact as JSON names it: "count", "event", "quote", "role",
    /// "relation".
    pub fn kind(&self) -> &'static str {
        match self {
            FactDetail::Count(_) => "count",
            FactDetail::Event(_) => "event",
            FactDetail::Quote(_) => "quote",
            FactDetail::Role(_) => "role",
            FactDetail::Relation(_) => "relation",
        }
    }
}

impl Figure {
    /// The value in short, as [`Extraction::to_text`] shows it: `123`,
    /// `~200 200..999`, `2020 -P5Y`, `5000000 USD`.
    ///
    /// ```
    /// let out = factum::Extractor::default().extract("Hundreds of people were arrested.");
    /// assert_eq!(out.figures[0].value_text(), "200..999");
    /// ```
    pub fn value_text(&self) -> String {
        let mut parts = Vec::new();
        if let Some(v) = self.value {
            parts.push(format!("{}{v}", if self.approx { "~" } else { "" }));
        }
        match (self.min, self.max) {
            (Some(a), Some(b)) => parts.push(format!("{a}..{b}")),
            (Some(a), None) => parts.push(format!(">={a}")),
            (None, Some(b)) => parts.push(format!("<={b}")),
            (None, None) => {}
        }
        if let Some([a, b]) = self.sides {
            parts.push(format!("{a}-{b}"));
        }
        parts.extend(self.unit.clone());
        parts.extend(self.date.clone());
        parts.extend(self.time.clone().map(|t| format!("T{t}")));
        parts.extend(self.relative.clone());
        parts.join(" ")
    }
}
