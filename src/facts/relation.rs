//! Kinship relations from appositions (`lexicon/kinship.tsv`):
//! - "Her sister, Tatiana Khomich" → Tatiana Khomich — sister of — the one
//!   woman named in this or the two sentences before (`relation:pronoun-kin`);
//!   with two or none, the other side is left unresolved rather than guessed;
//! - "Kolesnikova's sister, Tatiana Khomich" (`relation:possessive-kin`);
//! - "Tatiana Khomich, the sister of Maria Kolesnikova"
//!   (`relation:apposition-kin`);
//! - membership: "Yvette Cooper, a member of the Labour Party" → member_of
//!   (`relation:member-of`; membership nouns are `membership` in
//!   `lexicon/cues.tsv`).

use super::{Found, Placed, Ref, View};
use crate::detail::{FactDetail, RelationFact};
use crate::kinds::EntityKind;
use crate::text::TokenKind;

/// Whether `word` is a kin word ("sister", "son"): a relation, never a role.
pub(super) fn is_kin(v: &View<'_, '_>, word: &str) -> bool {
    v.lex.facts.kin.contains_key(&*crate::text::lower(word))
}

/// Sentences back in which "her"/"his" looks for the person it means.
const PRONOUN_REACH: usize = 2;

pub(super) fn find(v: &View<'_, '_>, out: &mut Vec<Found>) {
    appositions(v, out);
    let n = v.doc.tokens.len();
    for k in 0..n {
        let Some(&relation) = v.lex.facts.kin.get(&*v.cur.lower(k + 1)) else { continue };
        let mut at = k + 2;
        if v.is_punct(at, ",") {
            at += 1;
        }
        let Some(subject) = v.start(at).filter(|m| m.kind == EntityKind::Person) else {
            continue;
        };
        let owner = v.cur.lower(k);
        let (object, rule) = match &*owner {
            "her" => (pronoun(v, k, 'F', subject.entity), "relation:pronoun-kin"),
            "his" => (pronoun(v, k, 'M', subject.entity), "relation:pronoun-kin"),
            _ if v.doc.tokens[k].kind == TokenKind::Possessive => {
                let Some(o) = k.checked_sub(1).and_then(|i| v.end(i)).filter(|m| m.kind == EntityKind::Person) else {
                    continue;
                };
                (Some(o), "relation:possessive-kin")
            }
            _ => continue,
        };
        let from = object.filter(|_| rule == "relation:possessive-kin").map_or(k, |o| o.first);
        out.push(Found {
            detail: FactDetail::Relation(RelationFact {
                relation: relation.to_string(),
                subject: Ref::Entity(subject.entity),
                object: object.map(|o| Ref::Entity(o.entity)),
            }),
            evidence: v.span(from, subject.last),
            rule,
            source: None,
        });
    }
}

/// The one person of `gender` named before token `k` in its sentence or the
/// ones before, other than `not`; `None` when there are several or none.
fn pronoun(v: &View<'_, '_>, k: usize, gender: char, not: usize) -> Option<Placed> {
    let s = v.doc.sentence_at(v.doc.tokens[k].span.start);
    let floor = v.doc.sentences[s.saturating_sub(PRONOUN_REACH)].tokens.start;
    let mut found: Option<Placed> = None;
    for m in v.mentions_in(floor..k).filter(|m| m.kind == EntityKind::Person && m.entity != not) {
        if v.person_gender(m.entity) != Some(gender) {
            continue;
        }
        match found {
            Some(f) if f.entity != m.entity => return None,
            _ => found = Some(*m),
        }
    }
    found
}

/// "Y, the son of X" and "X, a (former) member of the Y party".
fn appositions(v: &View<'_, '_>, out: &mut Vec<Found>) {
    for y in v.mentions().filter(|m| m.kind == EntityKind::Person) {
        let mut k = y.last + 1;
        if !v.is_punct(k, ",") {
            continue;
        }
        k += 1;
        while matches!(&*v.cur.lower(k), "the" | "a" | "an" | "former" | "longtime" | "one") {
            k += 1;
        }
        let noun = v.cur.lower(k);
        if v.word(k + 1) != "of" {
            continue;
        }
        let mut at = k + 2;
        if v.word(at) == "the" && v.start(at).is_none() {
            at += 1;
        }
        let Some(x) = v.start(at).filter(|x| x.entity != y.entity) else { continue };
        let (relation, rule) = if let Some(&r) = v.lex.facts.kin.get(&*noun).filter(|_| x.kind == EntityKind::Person) {
            (r.to_string(), "relation:apposition-kin")
        } else if v.lex.cue("membership", &noun) && x.kind == EntityKind::Organization {
            ("member_of".to_string(), "relation:member-of")
        } else {
            continue;
        };
        out.push(Found {
            detail: FactDetail::Relation(RelationFact {
                relation,
                subject: Ref::Entity(y.entity),
                object: Some(Ref::Entity(x.entity)),
            }),
            evidence: v.span(y.first, x.last),
            rule,
            source: None,
        });
    }
}
