//! The text rendering of an extraction: one line an entity, figure and
//! fact, with the reasons under each line in explain mode. Deterministic, so
//! it suits snapshot tests.

use super::{EntityKind, Extraction, Fact, FactDetail};
use std::fmt::{self, Write};

impl Extraction {
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
