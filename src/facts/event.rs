//! Events: agent – action – target, for the actions of
//! `lexicon/actions.tsv` (a verb, or a verb with its object: "lift
//! sanctions").
//! - active: "the US agreed to lift sanctions on potash exports" → US —
//!   lift_sanctions — "potash exports"; "Belarus has released 123 prisoners,
//!   including … Maria Kolesnikova and … Ales Bialiatski" → Belarus —
//!   release — Kolesnikova, Bialiatski (`event:active`);
//! - passive: "Kolesnikova, who has been imprisoned since 2020" →
//!   imprison — Kolesnikova, since 2020; "the prisoners will be transported
//!   to Poland and Lithuania" → transport (planned) — "prisoners" — Poland,
//!   Lithuania (`event:passive`).
//!
//! An event with neither an agent nor a target is not reported.

use super::{Found, Placed, Ref, View};
use crate::detail::{EventFact, FactDetail};
use crate::figures;
use crate::kinds::{EntityKind, FigureKind};
use crate::text::Feature;
use crate::text::TokenKind;

/// Tokens an object phrase may run, at most.
const MAX_OBJECT: usize = 6;

pub(super) fn find(v: &View<'_, '_>, found_figures: &[figures::Found], out: &mut Vec<Found>) {
    for s in &v.doc.sentences {
        let range = s.tokens.clone();
        for i in range.clone() {
            let word = v.cur.lower(i);
            let Some(action) = v.lex.facts.actions.get(&*word) else { continue };
            // An action with an object needs it next: "lift sanctions".
            let mut last = i;
            if !action.object.is_empty() {
                if !v.word(i + 1).eq_ignore_ascii_case(action.object) {
                    continue;
                }
                last = i + 1;
            }
            // "after the agreement": a determiner makes the word a noun.
            if i > range.start
                && ((v.has(i - 1, Feature::Article) || v.has(i - 1, Feature::Possessive))
                    || v.lex.words.has(v.word(i - 1), "demonstrative"))
                || (i > 0 && v.word(i - 1) == "-")
            {
                continue;
            }
            let mut e = EventFact {
                action: action.action.to_string(),
                trigger: v.doc.slice(v.span(i, last)).to_string(),
                agent: None,
                targets: Vec::new(),
                places: Vec::new(),
                time: None,
                negated: false,
                modality: None,
                score: None,
            };
            let mut from = i;
            let mut to = last;
            // The chain of auxiliaries before the verb says planned or negated.
            let mut k = i;
            let mut be = false;
            while k > range.start
                && (v.lex.cue_any_case("subject_link", v.word(k - 1)) || v.has(k - 1, Feature::Copula))
            {
                k -= 1;
                be |= v.has(k, Feature::Copula);
                match v.word(k) {
                    "will" | "plans" | "planned" | "wants" | "seeks" => e.modality = Some("planned".to_string()),
                    "not" | "refused" | "refuses" | "failed" => e.negated = true,
                    _ => {}
                }
            }
            // "is not recognized", "has been imprisoned": a form of "be" before a participle.
            let passive = be && (word.ends_with("ed") || word.ends_with("en"));
            if passive {
                // The subject is what it happens to: a mention, or "the prisoners".
                let subject = k.checked_sub(1).filter(|&b| b >= range.start);
                let subject =
                    subject.map(|b| if v.word(b) == "who" && b >= 2 && v.is_punct(b - 1, ",") { b - 2 } else { b });
                if let Some(b) = subject {
                    if let Some(m) = v.end(b) {
                        e.targets.push(Ref::Entity(m.entity));
                        from = m.first;
                    } else if v.lex.facts.count_nouns.contains_key(&*v.cur.lower(b)) {
                        e.targets.push(Ref::Said(v.word(b).to_string()));
                        from = b;
                    }
                }
                let mut j = last + 1;
                while j < range.end && j <= last + MAX_OBJECT {
                    match v.word(j) {
                        "by" => {
                            if let Some(m) = v.start(j + 1).filter(named) {
                                e.agent = Some(Ref::Entity(m.entity));
                                to = to.max(m.last);
                            }
                        }
                        // Where it happened stands right after the verb ("transported to
                        // Poland"), not after another noun ("after discussions in Minsk").
                        "to" | "in" | "into" if j <= last + 2 => {
                            let places = place_list(v, j + 1, range.end);
                            if let Some(p) = places.last() {
                                to = to.max(p.last);
                            }
                            e.places.extend(places.iter().map(|p| Ref::Entity(p.entity)));
                        }
                        "since" | "on" => {
                            if let Some((id, end)) = date_at(v, found_figures, j + 1) {
                                e.time = Some(id);
                                to = to.max(end);
                            }
                        }
                        _ => {}
                    }
                    if v.is_punct(j, ",") || v.is_punct(j, ".") {
                        break;
                    }
                    j += 1;
                }
            } else {
                // The agent is the subject before the verb and its links.
                if let Some(m) = k.checked_sub(1).filter(|&b| b >= range.start).and_then(|b| v.end(b)).filter(named) {
                    e.agent = Some(Ref::Entity(m.entity));
                    from = m.first;
                }
                let j = last + 1;
                if v.word(j) == "on" {
                    // "sanctions on potash exports": the object phrase up to a comma or the end.
                    let end = (j + 1..range.end.min(j + 1 + MAX_OBJECT))
                        .take_while(|&t| v.doc.tokens[t].kind == TokenKind::Word)
                        .last();
                    if let Some(end) = end {
                        e.targets.push(Ref::Said(v.doc.slice(v.span(j + 1, end)).to_string()));
                        to = end;
                    }
                } else if let Some(m) = object_at(v, j) {
                    e.targets.push(Ref::Entity(m.entity));
                    to = m.last;
                } else if let Some(list) = including(v, j, range.end) {
                    to = list.last().map_or(to, |m| m.last);
                    e.targets.extend(list.iter().map(|m| Ref::Entity(m.entity)));
                }
            }
            // An action on nothing named says too little: "Belarus Releases".
            if e.targets.is_empty() {
                continue;
            }
            let rule = if passive { "event:passive" } else { "event:active" };
            let source = Some((crate::lexicon::facts::ACTIONS_FILE, action.line));
            out.push(Found { detail: FactDetail::Event(e), evidence: v.span(from, to), rule, source });
        }
    }
}

/// The named object at token `j`, past a title ("ousts national security
/// advisor Bolton"); not an owner ("sell Barack Obama's seat").
fn object_at(v: &View<'_, '_>, j: usize) -> Option<Placed> {
    let j = v.lex.title_starting_at(v.doc, j, v.doc.tokens.len()).map_or(j, |(after, _)| after);
    let m = v.start(j).filter(named)?;
    let owner = v.doc.tokens.get(m.last + 1).is_some_and(|t| t.kind == TokenKind::Possessive);
    (!owner).then_some(m)
}

fn named(m: &Placed) -> bool {
    matches!(m.kind, EntityKind::Place | EntityKind::Organization | EntityKind::Person)
}

/// "Poland and Lithuania": place mentions joined by "and" or commas from token `j`.
fn place_list(v: &View<'_, '_>, mut j: usize, end: usize) -> Vec<Placed> {
    let mut out = Vec::new();
    while let Some(m) = v.start(j).filter(|m| m.kind == EntityKind::Place && j < end) {
        out.push(m);
        j = m.last + 1;
        if v.word(j) == "and" || v.is_punct(j, ",") {
            j += 1;
        } else {
            break;
        }
    }
    out
}

/// "123 prisoners, including opposition activist Maria Kolesnikova and Nobel
/// laureate Ales Bialiatski": the people (or organizations) the object includes.
fn including(v: &View<'_, '_>, j: usize, end: usize) -> Option<Vec<Placed>> {
    // An object must stand between the verb and ", including": "released 123 prisoners, including".
    let comma = (j + 1..end.min(j + MAX_OBJECT)).find(|&t| v.is_punct(t, ","))?;
    if v.word(comma + 1) != "including" {
        return None;
    }
    let mut out = Vec::new();
    let mut t = comma + 2;
    while t < end {
        if v.is_punct(t, ",") && !matches!(v.word(t + 1), "and") && v.start(t + 1).is_none() {
            break;
        }
        if let Some(m) = v.start(t).filter(|m| matches!(m.kind, EntityKind::Person | EntityKind::Organization)) {
            out.push(m);
            t = m.last + 1;
            continue;
        }
        if v.word(t) == "." {
            break;
        }
        t += 1;
    }
    (!out.is_empty()).then_some(out)
}

/// The date figure starting at token `j`: its id and last token.
fn date_at(v: &View<'_, '_>, found: &[figures::Found], j: usize) -> Option<(Ref, usize)> {
    let start = v.doc.tokens.get(j)?.span.start;
    let (i, f) = found.iter().enumerate().find(|(_, f)| f.kind == FigureKind::Date && f.span.start == start)?;
    let last = v.doc.token_bounds(f.span).1;
    Some((Ref::Figure(i), last))
}
