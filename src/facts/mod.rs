//! The facts stage: patterns over each sentence's mentions, figures and
//! tokens: counts (`count.rs`), events (`event.rs`, and results in
//! `defeat.rs`), roles (`role.rs`),
//! quotes with their speakers (`quote.rs`) and kinship relations
//! (`relation.rs`).

mod count;
mod defeat;
mod event;
mod quote;
mod relation;
mod role;

use crate::detail::FactDetail;
use crate::figures;
use crate::kinds::EntityKind;
use crate::lexicon::Lexicons;
use crate::resolve::coref::Cluster;
use crate::span::Span;
use crate::text::{Cursor, Document, Feature, TokenKind};

/// A fact before ids and offsets are attached.
#[derive(Clone, Debug)]
pub(crate) struct Found {
    pub detail: FactDetail<Ref>,
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

/// No mention covers the token.
const NONE: u32 = u32::MAX;

/// What the fact patterns see of one document.
struct View<'a, 't> {
    doc: &'a Document<'t>,
    lex: &'a Lexicons,
    /// The tokens with their features.
    cur: Cursor<'a, 't>,
    /// The mentions, in the order of their first token.
    placed: Vec<Placed>,
    /// For each token, the index in `placed` of the mention covering it, or
    /// `NONE`: four bytes a token, where three `Option<Placed>` took 120.
    covering: Vec<u32>,
    /// Each entity's gender from its first name ('F', 'M'), if known.
    genders: Vec<Option<char>>,
}

impl<'a, 't> View<'a, 't> {
    fn new(doc: &'a Document<'t>, clusters: &[Cluster], lex: &'a Lexicons) -> View<'a, 't> {
        let n = doc.tokens.len();
        let mut placed = Vec::new();
        for (entity, c) in clusters.iter().enumerate() {
            for m in &c.mentions {
                let (first, last) = doc.token_bounds(m.span);
                if first < n && last < n && first <= last {
                    placed.push(Placed { first, last, entity, kind: c.kind });
                }
            }
        }
        // Mentions do not overlap (resolve keeps one a span); should two
        // ever share a token, the later in text order holds it.
        placed.sort_by_key(|p| (p.first, p.last));
        let mut covering = vec![NONE; n];
        for (k, p) in placed.iter().enumerate() {
            covering[p.first..=p.last].fill(k as u32);
        }
        let genders = clusters
            .iter()
            .map(|c| {
                (c.kind == EntityKind::Person).then(|| c.name.split(' ').next().and_then(|f| lex.gender(f))).flatten()
            })
            .collect();
        View { doc, lex, cur: Cursor::new(doc, &lex.vocab), placed, covering, genders }
    }

    /// The mention covering token `i`, if any.
    fn at(&self, i: usize) -> Option<Placed> {
        let k = *self.covering.get(i)?;
        (k != NONE).then(|| self.placed[k as usize])
    }

    /// The mention starting at token `i`, if any.
    fn start(&self, i: usize) -> Option<Placed> {
        self.at(i).filter(|p| p.first == i)
    }

    /// The mention ending at token `i`, if any.
    fn end(&self, i: usize) -> Option<Placed> {
        self.at(i).filter(|p| p.last == i)
    }

    /// The mentions starting at tokens `range`, in text order.
    fn mentions_in(&self, range: std::ops::Range<usize>) -> impl Iterator<Item = &Placed> + '_ {
        let from = self.placed.partition_point(|p| p.first < range.start);
        self.placed[from..].iter().take_while(move |p| p.first < range.end)
    }

    /// Every mention, in text order.
    fn mentions(&self) -> impl Iterator<Item = &Placed> + '_ {
        self.placed.iter()
    }

    fn person_gender(&self, entity: usize) -> Option<char> {
        self.genders.get(entity).copied().flatten()
    }

    fn word(&self, i: usize) -> &'t str {
        self.cur.word(i)
    }

    /// Whether token `i` has feature `f` (a word class of `function_words.tsv`, …).
    fn has(&self, i: usize, f: Feature) -> bool {
        self.cur.has(i, f)
    }

    fn is_punct(&self, i: usize, p: &str) -> bool {
        self.doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Punct) && self.word(i) == p
    }

    fn span(&self, first: usize, last: usize) -> Span {
        self.cur.span(first, last)
    }
}

/// What a slot of a fact refers to, until the extractor gives entities and
/// figures their output ids.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Ref {
    /// An entity: its index in the clusters.
    Entity(usize),
    /// A figure: its index in the figures.
    Figure(usize),
    /// A description the text gives where no entity is named ("a spokesperson").
    Said(String),
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
