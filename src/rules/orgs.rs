//! Organizations and places by their head word: a chain of capitalized words,
//! joined by "of", "for", "the", "and", "&" or "on", holding a head word from
//! `lexicon/name_heads.tsv` ("Coordination Headquarters for the Treatment of
//! Prisoners of War", "University of Leicester", "Aabenraa County"). The last
//! head decides the kind (`org:head`, `place:head`).
//!
//! A chain that ends with a name the gazetteers know ("US Department of
//! Justice" ends with the listed "Department of Justice") is left to them, so
//! the mention links to the listed entry.

use super::View;
use crate::candidate::Candidate;
use crate::output::EntityKind;
use crate::text::{Shape, TokenKind};

const HEAD: i32 = 65;
/// Longest chain, in tokens.
const MAX_TOKENS: usize = 12;
const CONNECTORS: [&str; 6] = ["of", "for", "the", "and", "&", "on"];

pub(super) fn find(v: &View<'_, '_>, s: usize, out: &mut Vec<Candidate>) {
    let range = v.sentence_range(s);
    let mut i = range.start;
    while i < range.end {
        if !chain_word(v, i) {
            i += 1;
            continue;
        }
        let end = chain_end(v, i, range.end);
        if let Some(c) = classify(v, i, end) {
            out.push(c);
        }
        i = end;
    }
}

/// A word of a name chain: a capitalized name word, or an acronym ("FBI Academy").
fn chain_word(v: &View<'_, '_>, i: usize) -> bool {
    v.name_word(i) || v.token(i).is_some_and(|t| t.kind == TokenKind::Word && t.shape == Shape::Upper)
}

/// The end (exclusive) of the chain starting at `start`.
fn chain_end(v: &View<'_, '_>, start: usize, limit: usize) -> usize {
    let limit = limit.min(start + MAX_TOKENS);
    let mut end = start + 1;
    let mut last_word = start;
    while end < limit {
        if chain_word(v, end) {
            last_word = end;
            end += 1;
        } else if CONNECTORS.contains(&v.word(end)) {
            end += 1;
        } else {
            break;
        }
    }
    last_word + 1
}

fn classify(v: &View<'_, '_>, start: usize, end: usize) -> Option<Candidate> {
    let words = (start..end).filter(|&i| chain_word(v, i)).count();
    if words < 2 {
        return None;
    }
    let (head, kind) = (start..end).rev().find_map(|i| v.lex.heads.get(v.word(i)).map(|&k| (i, k)))?;
    // "Headquarters for …" needs something named after the head; a bare
    // "County" or "Party" at either end with nothing but the head is no name.
    let named = (start..end).any(|i| i != head && chain_word(v, i));
    if !named {
        return None;
    }
    // Leave what the gazetteers know ending here to them.
    let last = end - 1;
    if (start..end).any(|i| v.listed.get(&i).is_some_and(|&(_, e, _)| e == last)) {
        return None;
    }
    let rule = if kind == EntityKind::Place { "place:head" } else { "org:head" };
    Some(v.candidate(start, last, kind, rule, HEAD))
}
