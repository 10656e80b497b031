//! Teams named by their city or country: in a sports context a place name
//! in a result slot names the team that plays for it (`org:sports-team`,
//! subtype `sports_team`):
//! - beside a sports verb (`lexicon/cues.tsv`, `sports_verb`: "beat",
//!   "drew", "lost to") in a sentence with a score ("2-1") or a sports word
//!   (`sports_word`: "match", "league", "innings");
//! - in a results line or standings row: the name, then a small number, in a
//!   line holding a score or several such numbers ("Leeds 2 Chelsea 1",
//!   "Leeds 10 6 2 2 17 9 20").
//!
//! The same name after a place cue ("in Leeds") stays a place.

use super::View;
use crate::candidate::Candidate;
use crate::kinds::EntityKind;
use crate::text::TokenKind;
use rustc_hash::FxHashSet as HashSet;

/// Beats any list's prior for the same span.
const TEAM: i32 = 200;
/// The largest number read as a score or a count of a table row.
const MAX_SCORE: u32 = 199;

/// Words that may stand between a sports verb and the team: "lost to", "drew with".
const LINKS: [&str; 6] = ["to", "with", "over", "against", "at", "for"];

pub(super) fn find(v: &View<'_, '_>, s: usize, out: &mut Vec<Candidate>) {
    let range = v.sentence_range(s);
    let Some(context) = Context::of(v, s) else { return };
    for i in range.clone() {
        let Some(&(kind, last, score)) = v.listed.get(&i) else { continue };
        if kind != EntityKind::Place || last >= range.end {
            continue;
        }
        if in_team_slot(v, &context, i, last) {
            let mut c = v.candidate(i, last, EntityKind::Organization, "org:sports-team", score + TEAM);
            c.subtype = Some("sports_team".to_string());
            out.push(c);
        }
    }
}

/// The team a place name was read as elsewhere in the text is that team in
/// every other sentence of a sports report, unless a place cue stands before
/// it: "England won the toss" after "against England".
pub(super) fn find_again(v: &View<'_, '_>, found: &[Candidate], out: &mut Vec<Candidate>) {
    let teams: HashSet<&str> =
        found.iter().filter(|c| c.rule == "org:sports-team").map(|c| v.doc.slice(c.span)).collect();
    if teams.is_empty() {
        return;
    }
    let taken: HashSet<usize> = found.iter().filter(|c| c.rule == "org:sports-team").map(|c| c.span.start).collect();
    for s in 0..v.doc.sentences.len() {
        let range = v.sentence_range(s);
        if !Context::of(v, s).is_some_and(|c| c.sporting) {
            continue;
        }
        for i in range.clone() {
            let Some(&(kind, last, score)) = v.listed.get(&i) else { continue };
            let span = v.doc.tokens[i].span.cover(v.doc.tokens[last.min(range.end - 1)].span);
            if kind != EntityKind::Place || last >= range.end || taken.contains(&span.start) {
                continue;
            }
            let before = if i > range.start { v.word(i - 1).to_lowercase() } else { String::new() };
            if teams.contains(v.doc.slice(span)) && !v.lex.cue("place_before", &before) {
                let mut c = v.candidate(i, last, EntityKind::Organization, "org:sports-team", score + TEAM);
                c.subtype = Some("sports_team".to_string());
                out.push(c);
            }
        }
    }
}

/// What makes a sentence a sports report.
pub(super) struct Context {
    /// A score ("2-1", "63-7") or a sports word.
    pub(super) sporting: bool,
    /// Small numbers in the sentence, outside scores.
    numbers: usize,
}

impl Context {
    /// The sports context of sentence `s`, if it has any.
    pub(super) fn of(v: &View<'_, '_>, s: usize) -> Option<Context> {
        let range = v.sentence_range(s);
        let mut score = false;
        let mut words = false;
        let mut numbers = 0;
        for i in range.clone() {
            if small_number(v, i) {
                numbers += 1;
                if matches!(v.word(i + 1), "-" | "–") && v.touching(i, i + 1) && v.touching(i + 1, i + 2) {
                    score |= small_number(v, i + 2);
                }
            } else if v.cue("sports_word", i) {
                words = true;
            }
        }
        let sporting = score || words;
        (sporting || numbers >= 2).then_some(Context { sporting, numbers })
    }
}

fn small_number(v: &View<'_, '_>, i: usize) -> bool {
    v.token(i).is_some_and(|t| t.kind == TokenKind::Number) && v.word(i).parse::<u32>().is_ok_and(|n| n <= MAX_SCORE)
}

/// Whether the name on tokens `first..=last` stands where a team does.
pub(super) fn in_team_slot(v: &View<'_, '_>, context: &Context, first: usize, last: usize) -> bool {
    let before = if first > 0 { v.word(first - 1).to_lowercase() } else { String::new() };
    if v.lex.cue("place_before", &before) && !LINKS.contains(&before.as_str()) {
        return false;
    }
    // "beat Leeds", "lost to Leeds", "Leeds beat …"
    let verb_before = v.lex.cue("sports_verb", before.as_str())
        || (LINKS.contains(&before.as_str()) && first > 1 && v.cue("sports_verb", first - 2));
    let verb_after = v.cue("sports_verb", last + 1);
    if context.sporting && (verb_before || verb_after) {
        return true;
    }
    // "Leeds 2 Chelsea 1", "Leeds 10 6 2 2 17 9 20": a name and its score or
    // table row, at the start of a line or after the other side's score.
    let line_start = v.token(first).is_some_and(|t| t.breaks_before > 0) || first == 0;
    let after_score = first > 0 && small_number(v, first - 1);
    if !small_number(v, last + 1) || !(line_start || after_score) {
        return false;
    }
    // "Leeds 2 Chelsea 1": the other side is a name and its score too.
    let other_side = if after_score {
        first >= 2 && v.name_word(first - 2)
    } else {
        v.name_word(last + 2) && (last + 3..last + 6).any(|i| small_number(v, i))
    };
    other_side || context.numbers >= 3 || (context.sporting && context.numbers >= 2)
}
