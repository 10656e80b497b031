//! The facts stage: patterns over each sentence's mentions, figures and
//! tokens: counts (`count.rs`), events (`event.rs`, and results in
//! `defeat.rs`), roles (`role.rs`),
//! quotes with their speakers (`quote.rs`) and kinship relations
//! (`relation.rs`).

mod count;
mod defeat;
mod event;
mod lexicon;
mod quote;
mod relation;
mod role;
mod words;

use crate::figures;
use crate::output::{EntityKind, FactDetail};
use crate::resolve::coref::Cluster;
use crate::rules::Lexicons;
use crate::span::Span;
use crate::text::{Document, TokenKind};

/// A fact before ids and offsets are attached.
#[derive(Clone, Debug)]
pub(crate) struct Found {
    pub detail: FactDetail,
    pub evidence: Span,
    pub rule: &'static str,
    /// The lexicon file and line of the word that triggered it, if one did.
    pub source: Option<(&'static str, u32)>,
}

/// A mention placed on the token grid, with its entity (index into the clusters).
#[derive(Clone, Copy, Debug)]
struct Placed {
    first: usize,
    last: usize,
    entity: usize,
    kind: EntityKind,
}

/// What the fact patterns see of one document.
struct View<'a, 't> {
    doc: &'a Document<'t>,
    lex: &'a Lexicons,
    /// The mention starting at each token, if any.
    starts: Vec<Option<Placed>>,
    /// The mention ending at each token, if any.
    ends: Vec<Option<Placed>>,
    /// The mention covering each token, if any.
    covering: Vec<Option<Placed>>,
    /// Each entity's gender from its first name ('F', 'M'), if known.
    genders: Vec<Option<char>>,
}

impl<'a, 't> View<'a, 't> {
    fn new(doc: &'a Document<'t>, clusters: &[Cluster], lex: &'a Lexicons) -> View<'a, 't> {
        let n = doc.tokens.len();
        let (mut starts, mut ends, mut covering) = (vec![None; n], vec![None; n], vec![None; n]);
        for (entity, c) in clusters.iter().enumerate() {
            for m in &c.mentions {
                let (first, last) = doc.token_bounds(m.span);
                if first < n && last < n {
                    let p = Placed { first, last, entity, kind: c.kind };
                    starts[first] = Some(p);
                    ends[last] = Some(p);
                    covering[first..=last].fill(Some(p));
                }
            }
        }
        let genders = clusters
            .iter()
            .map(|c| {
                (c.kind == EntityKind::Person).then(|| c.name.split(' ').next().and_then(|f| lex.gender(f))).flatten()
            })
            .collect();
        View { doc, lex, starts, ends, covering, genders }
    }

    fn person_gender(&self, entity: usize) -> Option<char> {
        self.genders.get(entity).copied().flatten()
    }

    fn word(&self, i: usize) -> &'t str {
        self.doc.tokens.get(i).map_or("", |t| self.doc.slice(t.span))
    }

    fn is_punct(&self, i: usize, p: &str) -> bool {
        self.doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Punct) && self.word(i) == p
    }

    fn span(&self, first: usize, last: usize) -> Span {
        self.doc.tokens[first].span.cover(self.doc.tokens[last].span)
    }
}

/// The id an entity gets in the output ("E3").
fn entity_id(entity: usize) -> String {
    format!("E{}", entity + 1)
}

/// Every fact in `doc` about the `clusters` (in output order: entity `i` is
/// "E{i+1}") and the `figures` (figure `i` is "F{i+1}").
pub(crate) fn find(doc: &Document<'_>, clusters: &[Cluster], figures: &[figures::Found], lex: &Lexicons) -> Vec<Found> {
    let view = View::new(doc, clusters, lex);
    let mut out = Vec::new();
    count::find(&view, figures, &mut out);
    event::find(&view, figures, &mut out);
    defeat::find(&view, figures, &mut out);
    role::find(&view, &mut out);
    quote::find(&view, &mut out);
    relation::find(&view, &mut out);
    out.sort_by_key(|f| (f.evidence, f.rule));
    out
}
