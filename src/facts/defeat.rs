//! Results: an event `defeat` with agent = the winner and target = the
//! loser when a sentence says who beat whom, and the score figure that
//! goes with it (`score`).
//! - "Leeds beat Hull 3-1", "Leeds have defeated Hull", "Leeds' 24-17
//!   victory over Hull", "Leeds won 2-0 against Hull": the side before the
//!   result word won (`winner` rows of `gazetteers/figures/scores.tsv`);
//! - "Hull lost 3-1 to Leeds", "Hull's 2-0 defeat to Leeds": the side
//!   before lost (`loser` rows);
//! - "Hull were beaten 3-1 by Leeds": a winner verb after a form of "be"
//!   turns round, the winner follows "by";
//! - "will beat" is planned, "could beat" and "if Leeds beat Hull" possible,
//!   "did not beat" negated.
//!
//! Both sides must be named (a person, organization or place). The side
//! before may stand a few words back ("Leeds claimed a 2-0 victory over"),
//! across auxiliaries, determiners, adjectives, a possessive and the score,
//! never across a clause boundary.

use super::{Found, Placed, Ref, View};
use crate::detail::{EventFact, FactDetail};
use crate::figures;
use crate::kinds::{EntityKind, FigureKind};
use crate::text::TokenKind;

const BE: [&str; 7] = ["is", "are", "was", "were", "be", "been", "being"];
/// Words that close the clause the side before may stand in.
const BOUNDARIES: [&str; 16] = [
    "and", "but", "or", "who", "which", "that", "after", "before", "when", "while", "as", "than", "if", "because",
    "said", "says",
];
const DETERMINERS: [&str; 8] = ["the", "a", "an", "his", "her", "its", "their", "this"];
/// Tokens the side before may stand back from the result word, at most.
const MAX_BACK: usize = 7;

fn named(m: &Placed) -> bool {
    matches!(m.kind, EntityKind::Place | EntityKind::Organization | EntityKind::Person)
}

pub(super) fn find(v: &View<'_, '_>, found_figures: &[figures::Found], out: &mut Vec<Found>) {
    // Score figures by their first and last token.
    let scores: Vec<(usize, usize, usize)> = found_figures
        .iter()
        .enumerate()
        .filter(|(_, f)| f.kind == FigureKind::Score)
        .map(|(i, f)| {
            let (a, b) = v.doc.token_bounds(f.span);
            (i, a, b)
        })
        .collect();
    let score_at = |j: usize| scores.iter().find(|s| s.1 == j).copied();
    for s in &v.doc.sentences {
        let range = s.tokens.clone();
        let in_sentence = |&&(_, a, _): &&(usize, usize, usize)| range.contains(&a);
        // Worked out only for a sentence with a result word, which few are.
        let context = std::cell::OnceCell::new();
        let sports = || {
            *context.get_or_init(|| {
                scores.iter().any(|s| in_sentence(&s))
                    || range
                        .clone()
                        .any(|t| v.lex.facts.results.game_nouns.iter().any(|g| v.word(t).eq_ignore_ascii_case(g)))
            })
        };
        for i in range.clone() {
            let word = crate::text::lower(v.word(i));
            let Some(rules) = v.lex.facts.results.rules.get(&*word) else { continue };
            for rule in rules {
                if rule.context && !sports() {
                    continue;
                }
                // A verb after a determiner is a noun: "the beat".
                if !rule.noun && i > range.start && DETERMINERS.contains(&&*v.cur.lower(i - 1)) {
                    continue;
                }
                let Some((before, passive, mut mood)) = side_before(v, i, range.start, rule) else { continue };
                // "if Pakistan defeated India": a condition, not a result.
                if before.first > range.start && matches!(v.word(before.first - 1), "if" | "If" | "unless" | "whether")
                {
                    mood.modality = Some("possible");
                }
                // The other side: past a score, then the preposition ("by" in the passive).
                let mut j = i + 1;
                if let Some((_, _, last)) = score_at(j) {
                    j = last + 1;
                }
                let preps: &[&str] = if passive { &["by"] } else { &rule.preps };
                if !preps.is_empty() {
                    if !preps.contains(&&*v.cur.lower(j)) {
                        continue;
                    }
                    j += 1;
                }
                if v.word(j) == "the" && v.start(j).is_none() {
                    j += 1;
                }
                let Some(after) = v.start(j).filter(named) else { continue };
                if after.last >= range.end || after.entity == before.entity {
                    continue;
                }
                let winner_first = rule.winner_first != passive;
                let (winner, loser) = if winner_first { (before, after) } else { (after, before) };
                let (from, mut to) = (before.first, after.last);
                // The score: inside the evidence, or right after it ("beat Hull 3-1").
                let score = scores
                    .iter()
                    .find(|&&(_, a, _)| (from..=to).contains(&a))
                    .or_else(|| scores.iter().find(|&&(_, a, _)| a == to + 1 && a < range.end));
                if let Some(&(_, _, last)) = score {
                    to = to.max(last);
                }
                let e = EventFact {
                    action: "defeat".to_string(),
                    trigger: word_text(v, i),
                    agent: Some(Ref::Entity(winner.entity)),
                    targets: vec![Ref::Entity(loser.entity)],
                    places: Vec::new(),
                    time: None,
                    negated: mood.negated,
                    modality: mood.modality.map(str::to_string),
                    score: score.map(|&(id, _, _)| Ref::Figure(id)),
                };
                let source = Some((crate::lexicon::facts::SCORES_FILE, rule.line));
                out.push(Found {
                    detail: FactDetail::Event(e),
                    evidence: v.span(from, to),
                    rule: "event:defeat",
                    source,
                });
                break;
            }
        }
    }
}

/// What the words between the side before and the result word say: "will
/// beat" is planned, "could beat" possible, "did not beat" negated.
#[derive(Default)]
struct Mood {
    modality: Option<&'static str>,
    negated: bool,
}

fn word_text(v: &View<'_, '_>, i: usize) -> String {
    v.word(i).to_string()
}

/// The named side before the result word at `i`, and whether a form of
/// "be" before a verb makes it passive ("Hull were beaten").
fn side_before(
    v: &View<'_, '_>,
    i: usize,
    start: usize,
    rule: &crate::lexicon::facts::Rule,
) -> Option<(Placed, bool, Mood)> {
    let mut passive = false;
    let mut mood = Mood::default();
    let mut k = i;
    while k > start && i - k < MAX_BACK {
        k -= 1;
        if let Some(m) = v.end(k).filter(named) {
            return Some((m, passive, mood));
        }
        let w = v.word(k);
        let t = &v.doc.tokens[k];
        match t.kind {
            TokenKind::Word => {
                let low = w.to_lowercase();
                // "Leeds, who beat Hull": the relative pronoun's head.
                if matches!(low.as_str(), "who" | "which") && k >= start + 2 && v.is_punct(k - 1, ",") {
                    return v.end(k - 2).filter(named).map(|m| (m, passive, mood));
                }
                if BOUNDARIES.contains(&low.as_str()) || w.chars().next().is_some_and(char::is_uppercase) {
                    return None;
                }
                // A noun is no verb of the passive; only the word right before counts,
                // past adverbs ("were narrowly beaten").
                if BE.contains(&low.as_str()) && !rule.noun && rule.preps.is_empty() {
                    passive = true;
                }
                match low.as_str() {
                    "will" => mood.modality = Some("planned"),
                    "would" | "could" | "may" | "might" | "can" => mood.modality = Some("possible"),
                    "not" | "never" | "failed" => mood.negated = true,
                    _ => {}
                }
            }
            TokenKind::Number | TokenKind::Possessive => {}
            TokenKind::Punct if matches!(w, "-" | "–" | "—") => {}
            _ => return None,
        }
    }
    None
}
