//! Roles: a title before a person ("President Alexander Lukashenko", "US
//! President Donald Trump", "opposition activist Maria Kolesnikova") —
//! `role:title`; or in apposition after one ("John Coale, the US President
//! Donald Trump's special envoy for Belarus") — `role:apposition`. A place or
//! organization before the title, a possessor, or "for/of X" after it says
//! what the role is of.

use super::{entity_id, Found, Placed, View};
use crate::output::{EntityKind, FactDetail, RoleFact};
use crate::text::TokenKind;

/// How far an apposition may run before its title, in tokens.
const APPOSITION_WINDOW: usize = 12;
const DETERMINERS: [&str; 7] = ["the", "a", "an", "his", "her", "its", "their"];

pub(super) fn find(v: &View<'_, '_>, out: &mut Vec<Found>) {
    for p in v.starts.iter().flatten().filter(|p| p.kind == EntityKind::Person) {
        let sentence = &v.doc.sentences[v.doc.sentence_at(v.doc.tokens[p.first].span.start)];
        let (floor, limit) = (sentence.tokens.start, sentence.tokens.end);
        if p.first > floor {
            title_before(v, p, floor, out);
        }
        apposition(v, p, limit, out);
    }
}

/// "US President Donald Trump": the title ends right before the name.
fn title_before(v: &View<'_, '_>, p: &Placed, floor: usize, out: &mut Vec<Found>) {
    let Some((mut start, mut title)) = v.lex.title_ending_at(v.doc, p.first - 1, floor) else { return };
    // "Labour Party leader Jeremy Corbyn": the title is "leader", of the party.
    let named = |m: &Placed| matches!(m.kind, EntityKind::Place | EntityKind::Organization);
    if let Some(m) = v.covering[start].filter(named) {
        match v.lex.title_ending_at(v.doc, p.first - 1, m.last + 1) {
            Some((s, t)) => (start, title) = (s, t),
            None => return,
        }
    }
    if title.honorific {
        return;
    }
    let of = start
        .checked_sub(1)
        .and_then(|i| v.ends[i])
        .filter(|o| matches!(o.kind, EntityKind::Place | EntityKind::Organization));
    let role = v.doc.slice(v.span(start, p.first - 1)).to_string();
    let from = of.map_or(start, |o| o.first);
    out.push(Found {
        detail: FactDetail::Role(RoleFact {
            person: entity_id(p.entity),
            role,
            head: title.head.clone(),
            of: of.map(|o| entity_id(o.entity)),
        }),
        evidence: v.span(from, p.last),
        rule: "role:title",
        source: None,
    });
}

/// "John Coale, the US President Donald Trump's special envoy for Belarus".
fn apposition(v: &View<'_, '_>, p: &Placed, limit: usize, out: &mut Vec<Found>) {
    let mut k = p.last + 1;
    if !v.is_punct(k, ",") {
        return;
    }
    k += 1;
    while k < limit && DETERMINERS.contains(&v.word(k)) {
        k += 1;
    }
    let end = limit.min(k + APPOSITION_WINDOW);
    let mut possessor: Option<Placed> = None;
    while k < end {
        if let Some(q) = v.starts[k] {
            let possessive = v.doc.tokens.get(q.last + 1).is_some_and(|t| t.kind == TokenKind::Possessive);
            if q.kind == EntityKind::Person && possessive {
                possessor = Some(q);
                k = q.last + 2;
            } else {
                k = q.last + 1;
            }
            continue;
        }
        if let Some((mut after, title)) = v.lex.title_starting_at(v.doc, k, end) {
            // Stacked titles make one: "Deputy Chief Minister".
            while let Some((next, _)) = v.lex.title_starting_at(v.doc, after, end) {
                after = next;
            }
            // A title followed by a name is that name's ("the US President Donald Trump's …").
            if v.starts.get(after).copied().flatten().is_some_and(|q| q.kind == EntityKind::Person) {
                k = after;
                continue;
            }
            let mut role_end = after - 1;
            let mut target = None;
            if matches!(v.word(after), "for" | "of") {
                if let Some(x) = v.starts.get(after + 1).copied().flatten() {
                    role_end = x.last;
                    target = Some(x);
                }
            }
            // "Pogue, the founder of Pogue": a role is not of its holder.
            let of = possessor.or(target).filter(|o| o.entity != p.entity);
            if title.honorific {
                return;
            }
            out.push(Found {
                detail: FactDetail::Role(RoleFact {
                    person: entity_id(p.entity),
                    role: v.doc.slice(v.span(k, role_end)).to_string(),
                    head: title.head.clone(),
                    of: of.map(|o| entity_id(o.entity)),
                }),
                evidence: v.span(p.first, role_end),
                rule: "role:apposition",
                source: None,
            });
            return;
        }
        // Adjectives may stand before the title ("exiled", "prominent"); a
        // clause or a sentence end may not.
        let t = v.doc.tokens[k];
        if t.kind != TokenKind::Word || matches!(v.word(k), "who" | "which" | "that" | "and" | "was" | "is") {
            return;
        }
        k += 1;
    }
}
