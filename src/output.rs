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
use std::fmt::{self, Write};

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

    /// A compact, readable rendering: entities grouped by kind, then figures,
    /// then facts, one line each. Deterministic, so it suits snapshot tests.
    pub fn to_text(&self) -> String {
        self.render(false)
    }

    /// [`to_text`](Extraction::to_text) with the reasons under each line, for
    /// explain mode ([`Options::explain`](crate::Options::explain)): every
    /// mention with its sentence, rule and source line; every figure's and
    /// fact's rule and source; then the rejected candidates and what beat them.
    ///
    /// ```
    /// use factum::{Extractor, Options};
    /// let opts = Options { explain: true, ..Options::default() };
    /// let out = Extractor::default().extract_with("Belarus freed 123 prisoners.", &opts);
    /// let text = out.to_text_explained();
    /// assert!(text.contains("\"Belarus\"  gazetteer:places/countries  gazetteers/places/countries.tsv:"));
    /// ```
    pub fn to_text_explained(&self) -> String {
        self.render(true)
    }

    fn render(&self, explain: bool) -> String {
        const REASON: &str = "         ";
        let mut out = String::new();
        let kinds = [EntityKind::Person, EntityKind::Place, EntityKind::Organization, EntityKind::Misc];
        out.push_str("entities\n");
        for kind in kinds {
            for e in self.entities.iter().filter(|e| e.kind == kind) {
                let mut forms: Vec<&str> = e.mentions.iter().map(|m| m.text.as_str()).collect();
                forms.sort_unstable();
                forms.dedup();
                let subtype = e.subtype.as_deref().map(|s| format!("/{s}")).unwrap_or_default();
                let kind_col = format!("{}{subtype}", kind.as_str());
                let _ = write!(
                    out,
                    "  {:<4} {kind_col:<24} {:<32} ×{:<3} {}",
                    e.id,
                    e.name,
                    e.mentions.len(),
                    forms.join(" | ")
                );
                if !e.roles.is_empty() {
                    let _ = write!(out, "  roles: {}", e.roles.join("; "));
                }
                out.push('\n');
                if explain {
                    for m in &e.mentions {
                        let _ = write!(out, "{REASON}s{:<3} {}  {}", m.sentence, quoted(&m.text), m.rule);
                        source_col(&mut out, m.source.as_deref());
                    }
                }
            }
        }
        out.push_str("figures\n");
        for f in &self.figures {
            let kind = f.kind.as_str();
            let _ =
                writeln!(out, "  {:<4} {kind:<9} {:<28} {}  s{}", f.id, quoted(&f.text), f.value_text(), f.sentence);
            if explain {
                let _ = writeln!(out, "{REASON}{}", f.rule);
            }
        }
        out.push_str("facts\n");
        for fact in &self.facts {
            let _ = writeln!(
                out,
                "  {:<4} {:<8} {}   [s{} {}]",
                fact.id,
                fact.detail.kind(),
                self.fact_summary(fact),
                fact.sentence,
                quoted(&fact.evidence.text)
            );
            if explain {
                let _ = write!(out, "{REASON}{}", fact.rule);
                source_col(&mut out, fact.source.as_deref());
            }
        }
        if explain {
            out.push_str("rejected\n");
            for r in &self.rejected {
                let _ = write!(out, "  @{:<6} {}  {}  {}", r.char_start, quoted(&r.text), r.kind.as_str(), r.rule);
                source_col(&mut out, r.source.as_deref());
                match &r.reason {
                    Some(reason) => {
                        let _ = writeln!(out, "{REASON}dropped: {reason}");
                    }
                    None => {
                        let _ = writeln!(out, "{REASON}beaten by {}  {}", quoted(&r.beaten_by), r.beaten_by_rule);
                    }
                }
            }
        }
        out
    }

    /// An entity id as its name, or the slot text as it is.
    fn name_of<'a>(&'a self, slot: &'a str) -> &'a str {
        self.resolve(slot).name()
    }

    /// A fact's slots in one line, entity ids replaced by names, as
    /// [`to_text`](Extraction::to_text) shows it after the fact's kind:
    /// `123 prisoners  release  by Belarus`.
    ///
    /// ```
    /// let out = factum::Extractor::default().extract("Belarus has released 123 prisoners.");
    /// assert_eq!(out.fact_summary(&out.facts[0]), "123 prisoners  release  by Belarus");
    /// ```
    pub fn fact_summary(&self, fact: &Fact) -> String {
        let flags = |negated: bool, modality: &Option<String>| {
            let mut s = String::new();
            if negated {
                s.push_str(" (negated)");
            }
            if let Some(m) = modality {
                let _ = write!(s, " ({m})");
            }
            s
        };
        match &fact.detail {
            FactDetail::Count(c) => {
                let mut s = format!("{}{} {}  {}", if c.approx { "~" } else { "" }, c.quantity, c.object, c.event);
                if let Some(a) = &c.agent {
                    let _ = write!(s, "  by {}", self.name_of(a));
                }
                if let Some(p) = &c.place {
                    let _ = write!(s, "  at/to {}", self.name_of(p));
                }
                s + &flags(c.negated, &c.modality)
            }
            FactDetail::Event(e) => {
                let targets: Vec<&str> = e.targets.iter().map(|t| self.name_of(t)).collect();
                let agent = e.agent.as_deref().map_or("?", |a| self.name_of(a));
                let mut s = format!("{agent} — {} — {}", e.action, targets.join(", "));
                if !e.places.is_empty() {
                    let places: Vec<&str> = e.places.iter().map(|p| self.name_of(p)).collect();
                    let _ = write!(s, "  at/to {}", places.join(", "));
                }
                if let Some(t) = &e.time {
                    let _ = write!(s, "  {}", self.figure(t).map_or(t.as_str(), |f| f.text.as_str()));
                }
                if let Some(t) = &e.score {
                    let _ = write!(s, "  {}", self.figure(t).map_or(t.as_str(), |f| f.text.as_str()));
                }
                s + &flags(e.negated, &e.modality)
            }
            FactDetail::Quote(q) => {
                let speaker = q.speaker.as_deref().map_or("?", |s| self.name_of(s));
                format!("{speaker}: {}", quoted(&q.text))
            }
            FactDetail::Role(r) => {
                let of = r.of.as_deref().map(|o| format!(" of {}", self.name_of(o))).unwrap_or_default();
                format!("{} — {} ({}){of}", self.name_of(&r.person), r.role, r.head)
            }
            FactDetail::Relation(r) => {
                let object = r.object.as_deref().map_or("?", |o| self.name_of(o));
                format!("{} — {} — {object}", self.name_of(&r.subject), r.relation)
            }
        }
    }
}

/// Ends an explain line with its source, when there is one.
fn source_col(out: &mut String, source: Option<&str>) {
    if let Some(s) = source {
        let _ = write!(out, "  {s}");
    }
    out.push('\n');
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

fn quoted(s: &str) -> String {
    const MAX: usize = 60;
    let one_line: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() > MAX {
        let cut: String = one_line.chars().take(MAX - 1).collect();
        format!("\"{cut}…\"")
    } else {
        format!("\"{one_line}\"")
    }
}

impl fmt::Display for Extraction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_text())
    }
}
