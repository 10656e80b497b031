//! Count facts: a counted figure bound to a count noun and to what happened
//! to the counted things, in the shapes news writes them:
//! - active: "Belarus has released 123 prisoners" — `count:active`;
//! - passive or reduced, also past an interruption: "12 people were
//!   arrested", "123 Prisoners Released", "Hundreds of people, including X,
//!   were arrested", "Kolesnikova, along with 113 other prisoners, was handed
//!   over to Ukraine" — `count:passive`;
//! - nominal: "the release of 123 prisoners" — `count:nominal`.
//!
//! A count with no event word beside it is no fact: precision first.

use super::lexicon::{EventWord, EVENTS_FILE, LEXICONS};
use super::{entity_id, Found, Placed, View};
use crate::figures;
use crate::output::{CountFact, EntityKind, FactDetail, FigureKind, Number};
use crate::text::TokenKind;

/// Words between a number and its noun ("113 other prisoners"), at most.
const MAX_MODIFIERS: usize = 2;
/// Longest interruption between a noun and its verb (", including X,").
const MAX_INTERRUPTION: usize = 12;
/// How far after the verb a place or agent may stand.
const SLOT_WINDOW: usize = 8;
const AUXILIARIES: [&str; 14] =
    ["has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "will", "would", "could", "may"];
/// Cues of an approximation that stand before a figure but outside its span.
const BOUNDS: [&str; 14] = [
    "at",
    "least",
    "about",
    "around",
    "nearly",
    "almost",
    "more",
    "than",
    "some",
    "over",
    "roughly",
    "approximately",
    "estimated",
    "an",
];

pub(super) fn find(v: &View<'_, '_>, found_figures: &[figures::Found], out: &mut Vec<Found>) {
    let date_figures: Vec<(usize, usize)> = found_figures
        .iter()
        .enumerate()
        .filter(|(_, f)| f.kind == FigureKind::Date)
        .map(|(i, f)| (i, v.doc.token_bounds(f.span).0))
        .collect();
    for (fi, f) in found_figures.iter().enumerate().filter(|(_, f)| f.kind == FigureKind::Count) {
        let (first, last) = v.doc.token_bounds(f.span);
        if last >= v.doc.tokens.len() {
            continue;
        }
        let sentence = &v.doc.sentences[v.doc.sentence_at(f.span.start)];
        let range = sentence.tokens.clone();
        let Some(noun) = noun_after(v, last, range.end) else { continue };
        let Some(mut fact) = active(v, first, range.start)
            .or_else(|| passive(v, noun, range.end))
            .or_else(|| nominal(v, first, range.start))
        else {
            continue;
        };
        // Date figures are in text order: the first in this sentence, found by bisection.
        let d = date_figures.partition_point(|&(_, t)| t < range.start);
        let time = date_figures.get(d).filter(|&&(_, t)| t < range.end).map(|&(i, _)| format!("F{}", i + 1));
        let (quantity, approx) = match (f.value, f.min) {
            (Some(v), _) => (v, f.approx),
            (None, Some(min)) => (min, true),
            (None, None) => continue,
        };
        let lemma = LEXICONS.count_nouns.get(&v.word(noun).to_lowercase()).map_or(String::new(), |n| n.lemma.clone());
        let from = fact.from.min(first);
        let to = fact.to.max(noun);
        fact.detail.figure = format!("F{}", fi + 1);
        fact.detail.quantity = Number(quantity.0);
        fact.detail.approx = approx;
        fact.detail.object = v.word(noun).to_string();
        fact.detail.lemma = lemma;
        fact.detail.time = time;
        out.push(Found {
            detail: FactDetail::Count(fact.detail),
            evidence: v.span(from, to),
            rule: fact.rule,
            source: Some((EVENTS_FILE, fact.line)),
        });
    }
}

/// A count fact being read: its slots, its token extent, its rule and the
/// event word's lexicon line.
struct Reading {
    detail: CountFact,
    from: usize,
    to: usize,
    rule: &'static str,
    line: u32,
}

fn reading(word: &EventWord, trigger: String, from: usize, to: usize, rule: &'static str) -> Reading {
    Reading {
        detail: CountFact {
            figure: String::new(),
            quantity: Number(0.0),
            approx: false,
            object: String::new(),
            lemma: String::new(),
            event: word.event.clone(),
            trigger,
            agent: None,
            place: None,
            time: None,
            negated: false,
            modality: None,
        },
        from,
        to,
        rule,
        line: word.line,
    }
}

/// The count noun right after the figure: "123 prisoners", "113 other
/// prisoners", "hundreds of people".
fn noun_after(v: &View<'_, '_>, last: usize, end: usize) -> Option<usize> {
    let mut k = last + 1;
    if v.word(k) == "of" {
        k += 1;
    }
    for j in k..end.min(k + MAX_MODIFIERS + 1) {
        let w = v.word(j).to_lowercase();
        if LEXICONS.count_nouns.contains_key(&w) {
            return Some(j);
        }
        let t = v.doc.tokens[j];
        if t.kind != TokenKind::Word || LEXICONS.events.contains_key(&w) {
            return None;
        }
    }
    None
}

/// "Belarus has released 123 prisoners": an event verb before the figure
/// (past bound words such as "at least"), its subject before it.
fn active(v: &View<'_, '_>, first: usize, floor: usize) -> Option<Reading> {
    let mut j = first;
    while j > floor && BOUNDS.contains(&v.word(j - 1).to_lowercase().as_str()) {
        j -= 1;
    }
    let verb = j.checked_sub(1).filter(|&i| i >= floor)?;
    let word = LEXICONS.verb(v.word(verb))?;
    let mut r = reading(word, v.word(verb).to_string(), verb, verb, "count:active");
    // Subject: a named entity before the verb and its auxiliaries.
    let mut s = verb;
    while s > floor && (AUXILIARIES.contains(&v.word(s - 1)) || is_negation(v.word(s - 1))) {
        s -= 1;
        r.detail.negated |= is_negation(v.word(s));
        if v.word(s) == "will" {
            r.detail.modality = Some("planned".to_string());
        }
    }
    if let Some(agent) = s.checked_sub(1).and_then(|i| v.ends[i]).filter(named) {
        r.detail.agent = Some(entity_id(agent.entity));
        r.from = agent.first;
    }
    Some(r)
}

/// "12 people were arrested", "113 other prisoners, was handed over to
/// Ukraine": an event participle after the noun, past an interruption and
/// auxiliaries; the agent after "by", the place after "to"/"in".
fn passive(v: &View<'_, '_>, noun: usize, end: usize) -> Option<Reading> {
    let mut k = noun + 1;
    let verb_like =
        |i: usize| AUXILIARIES.contains(&v.word(i).to_lowercase().as_str()) || LEXICONS.participle(v.word(i)).is_some();
    if v.is_punct(k, ",") {
        if verb_like(k + 1) {
            // The noun closed an interruption: "Kolesnikova, along with 113 other prisoners, was handed over".
            k += 1;
        } else {
            // An interruption closes with a comma: ", including Kolesnikova,".
            let close = (k + 1..end.min(k + MAX_INTERRUPTION)).find(|&i| v.is_punct(i, ","))?;
            k = close + 1;
        }
    }
    let (mut negated, mut modality) = (false, None);
    while k < end && (AUXILIARIES.contains(&v.word(k).to_lowercase().as_str()) || is_negation(v.word(k))) {
        negated |= is_negation(v.word(k));
        if v.word(k).eq_ignore_ascii_case("will") {
            modality = Some("planned".to_string());
        }
        k += 1;
    }
    let word = LEXICONS.participle(v.word(k))?;
    // A phrasal verb takes its particle along: "handed over".
    let particle = word.lemma.split_once(' ').map(|(_, p)| p).filter(|p| v.word(k + 1).eq_ignore_ascii_case(p));
    let trigger_end = if particle.is_some() { k + 1 } else { k };
    let trigger = v.doc.slice(v.span(k, trigger_end)).to_string();
    let mut r = reading(word, trigger, noun, trigger_end, "count:passive");
    r.detail.negated = negated;
    r.detail.modality = modality;
    for j in trigger_end + 1..end.min(trigger_end + SLOT_WINDOW) {
        // The clause ends at a comma: "…, according to Iraqi security forces".
        if v.is_punct(j, ",") {
            break;
        }
        let Some(m) = v.starts[j] else { continue };
        match v.word(j - 1) {
            "by" if r.detail.agent.is_none() && named(&m) => r.detail.agent = Some(entity_id(m.entity)),
            "to" | "in" | "into" | "at" | "from" if r.detail.place.is_none() && m.kind == EntityKind::Place => {
                r.detail.place = Some(entity_id(m.entity));
            }
            _ => continue,
        }
        r.to = r.to.max(m.last);
    }
    Some(r)
}

/// "the release of 123 prisoners", "the deaths of 12 soldiers".
fn nominal(v: &View<'_, '_>, first: usize, floor: usize) -> Option<Reading> {
    let of = first.checked_sub(1).filter(|&i| i > floor && v.word(i) == "of")?;
    let word = LEXICONS.noun(v.word(of - 1))?;
    Some(reading(word, v.word(of - 1).to_string(), of - 1, of - 1, "count:nominal"))
}

fn named(m: &Placed) -> bool {
    matches!(m.kind, EntityKind::Place | EntityKind::Organization | EntityKind::Person)
}

fn is_negation(word: &str) -> bool {
    matches!(word, "not" | "n't" | "never")
}
