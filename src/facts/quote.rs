//! Quotes and their speakers. A quote is a pair of double quotation marks
//! (straight or curly, closed within the paragraph, several sentences
//! allowed) with a reporting verb beside it:
//! - after it: `"…," Khomich said`, `"…," said Khomich` — `quote:after`;
//! - before it, the nearest reporting verb of the sentence, whose subject is
//!   the speaker: `Coale stated, "…"`, `the first thing Kolesnikova said …
//!   was, "…"` — `quote:before`.
//!
//! Quoted words without a reporting verb (titles, scare quotes) are no
//! quotes. Reported speech ("X told Y that …", "X said that …") is a quote
//! marked `indirect` — `quote:indirect`. A speaker that is no entity ("a
//! spokesperson for …", "Ukrainian authorities") is given as written.

use super::{entity_id, Found, View};
use crate::output::{EntityKind, FactDetail, QuoteFact};
use crate::span::Span;
use crate::text::TokenKind;

/// How far back a reporting verb may stand before a quote, in tokens.
const VERB_WINDOW: usize = 16;
/// Longest unnamed speaker description, in tokens.
const MAX_DESCRIPTION: usize = 10;
const PREPOSITIONS: [&str; 8] = ["for", "of", "to", "with", "by", "at", "from", "in"];
const PRONOUNS: [&str; 7] = ["he", "she", "they", "it", "we", "i", "you"];
/// Quoted words shorter than this are titles or scare quotes, not speech.
const MIN_WORDS: usize = 3;

pub(super) fn find(v: &View<'_, '_>, out: &mut Vec<Found>) {
    let pairs = quote_pairs(v);
    for &(open, close) in &pairs {
        direct(v, open, close, out);
    }
    indirect(v, &pairs, out);
}

/// Token indices of matching opening and closing quotation marks.
fn quote_pairs(v: &View<'_, '_>) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    let mut open: Option<usize> = None;
    for (i, t) in v.doc.tokens.iter().enumerate() {
        if t.breaks_before >= 2 {
            open = None;
        }
        match v.word(i) {
            "“" => open = Some(i),
            "”" => {
                if let Some(o) = open.take() {
                    pairs.push((o, i));
                }
            }
            "\"" => match open {
                Some(o) if v.word(o) == "\"" => {
                    pairs.push((o, i));
                    open = None;
                }
                _ => open = Some(i),
            },
            _ => {}
        }
    }
    pairs
}

fn direct(v: &View<'_, '_>, open: usize, close: usize, out: &mut Vec<Found>) {
    let words = v.doc.tokens[open + 1..close].iter().filter(|t| t.kind == TokenKind::Word).count();
    if words < MIN_WORDS {
        return;
    }
    let inner = v.span(open + 1, close - 1);
    let text = v.doc.slice(inner).trim_end_matches([',', ' ']).to_string();
    // After: `"…," Khomich said` / `"…," said Khomich` (a comma may sit outside the quote).
    let mut k = close + 1;
    if v.is_punct(k, ",") {
        k += 1;
    }
    let speaker_then_verb = v.starts.get(k).copied().flatten().filter(|m| v.lex.is_speech_verb(v.word(m.last + 1)));
    if let Some(m) = speaker_then_verb {
        let evidence = v.span(open, m.last + 1);
        return push(out, speaker_of(m.kind, m.entity), text, v.word(m.last + 1), false, evidence, "quote:after");
    }
    if v.lex.is_speech_verb(v.word(k)) {
        if let Some(m) = v.starts.get(k + 1).copied().flatten() {
            let evidence = v.span(open, m.last);
            return push(out, speaker_of(m.kind, m.entity), text, v.word(k), false, evidence, "quote:after");
        }
    }
    // "…," she said: a quote whose speaker is left unresolved rather than guessed.
    if PRONOUNS.contains(&v.word(k).to_lowercase().as_str()) && v.lex.is_speech_verb(v.word(k + 1)) {
        return push(out, None, text, v.word(k + 1), false, v.span(open, k + 1), "quote:after");
    }
    // Before: the nearest reporting verb in the sentence before the quote.
    let sentence = &v.doc.sentences[v.doc.sentence_at(v.doc.tokens[open].span.start)];
    let floor = sentence.tokens.start.max(open.saturating_sub(VERB_WINDOW));
    // The reporting clause leads into the quote with a comma or colon.
    if open == 0 || !(v.is_punct(open - 1, ",") || v.is_punct(open - 1, ":")) {
        return;
    }
    let Some(verb) = (floor..open).rev().find(|&i| v.lex.is_speech_verb(v.word(i))) else { return };
    if (verb..open).any(|i| matches!(v.word(i), "\"" | "“" | "”")) {
        return;
    }
    let Some((speaker, start)) = subject(v, sentence.tokens.start, verb) else { return };
    let evidence = v.span(start.start_token, close);
    push(out, speaker, text, v.word(verb), false, evidence, "quote:before");
}

/// "X told Y that …", "X said that …": reported speech.
fn indirect(v: &View<'_, '_>, pairs: &[(usize, usize)], out: &mut Vec<Found>) {
    let mut inside = vec![false; v.doc.tokens.len()];
    for &(o, c) in pairs {
        inside[o..=c].fill(true);
    }
    let quoted = |i: usize| inside.get(i).copied().unwrap_or(false);
    according_to(v, &quoted, out);
    for s in &v.doc.sentences {
        let range = s.tokens.clone();
        // Whether a quote or another reporting verb stands at or after each
        // token of the sentence: one backward pass, so long sentences stay linear.
        let mut later = vec![false; range.len() + 1];
        for i in range.clone().rev() {
            later[i - range.start] = later[i - range.start + 1] || quoted(i) || v.lex.is_speech_verb(v.word(i));
        }
        for verb in range.clone().filter(|&i| v.lex.is_speech_verb(v.word(i)) && !quoted(i)) {
            // "that" right after the verb, or after a named listener.
            let that = match v.starts.get(verb + 1).copied().flatten() {
                Some(listener) if v.word(listener.last + 1) == "that" => listener.last + 1,
                _ if v.word(verb + 1) == "that" => verb + 1,
                _ => continue,
            };
            let last = range.end - 1;
            let last = if v.doc.tokens[last].kind == TokenKind::Punct { last - 1 } else { last };
            if last <= that || later[that - range.start] {
                continue;
            }
            let Some(speaker) = subject(v, range.start, verb) else { continue };
            let text = v.doc.slice(v.span(that + 1, last)).to_string();
            let evidence = v.span(speaker.1.start_token, last);
            push(out, speaker.0, text, v.word(verb), true, evidence, "quote:indirect");
        }
    }
}

struct Subject {
    start_token: usize,
}

/// The subject before the verb at `verb`: a mention ending right before it
/// (its entity), or else the words of the clause before it (after the last
/// comma), when they are few — "Ukrainian authorities", "A spokesperson for
/// exiled Belarusian opposition leader Svetlana Tikhanovskaya".
fn subject(v: &View<'_, '_>, floor: usize, verb: usize) -> Option<(Option<String>, Subject)> {
    let before = verb.checked_sub(1)?;
    let clause_start = (floor..verb).rev().find(|&i| v.is_punct(i, ",")).map_or(floor, |c| c + 1);
    if let Some(m) = v.ends[before] {
        // "a spokesperson for … X said", "Yvette Cooper of the Labour Party
        // added": X is not the speaker; a person named first in the clause is.
        let governed = (clause_start..m.first).any(|i| PREPOSITIONS.contains(&v.word(i)));
        if m.first >= clause_start && !governed {
            return Some((speaker_of(m.kind, m.entity), Subject { start_token: m.first }));
        }
        let head = (clause_start..m.first).find_map(|i| v.starts[i]).filter(|h| {
            h.kind == EntityKind::Person && !(clause_start..h.first).any(|i| PREPOSITIONS.contains(&v.word(i)))
        });
        if let Some(h) = head {
            return Some((speaker_of(h.kind, h.entity), Subject { start_token: h.first }));
        }
    }
    if verb - clause_start == 0 || verb - clause_start > MAX_DESCRIPTION {
        return None;
    }
    if (clause_start..verb)
        .any(|i| v.doc.tokens[i].kind != TokenKind::Word && v.doc.tokens[i].kind != TokenKind::Possessive)
    {
        return None;
    }
    // A description ends on a noun: "Ukrainian authorities", not "Hardeep also".
    if v.lex.is_function_word(v.word(before)) {
        return None;
    }
    let description = v.doc.slice(v.span(clause_start, before)).to_string();
    // A pronoun is left unresolved rather than guessed.
    if PRONOUNS.contains(&description.to_lowercase().as_str()) {
        return None;
    }
    Some((Some(description), Subject { start_token: clause_start }))
}

/// Only people and organizations speak; a place as speaker stands for its
/// government, which the text does not name.
fn speaker_of(kind: EntityKind, entity: usize) -> Option<String> {
    matches!(kind, EntityKind::Person | EntityKind::Organization | EntityKind::Place).then(|| entity_id(entity))
}

fn push(
    out: &mut Vec<Found>,
    speaker: Option<String>,
    text: String,
    cue: &str,
    indirect: bool,
    evidence: Span,
    rule: &'static str,
) {
    out.push(Found {
        detail: FactDetail::Quote(QuoteFact { speaker, text, cue: Some(cue.to_string()), indirect }),
        evidence,
        rule,
        source: None,
    });
}

/// "…was handed over to Ukraine, according to Kyiv's Coordination
/// Headquarters …": the clause before is reported speech of the named source.
fn according_to(v: &View<'_, '_>, quoted: &impl Fn(usize) -> bool, out: &mut Vec<Found>) {
    for s in &v.doc.sentences {
        let range = s.tokens.clone();
        for k in range.clone().skip(1) {
            if v.word(k) != "according" || v.word(k + 1) != "to" || !v.is_punct(k - 1, ",") || quoted(k) {
                continue;
            }
            // The source, past an owner: "Kyiv's Coordination Headquarters".
            let mut at = k + 2;
            let mut source = v.starts.get(at).copied().flatten();
            if let Some(owner) =
                source.filter(|m| v.doc.tokens.get(m.last + 1).is_some_and(|t| t.kind == TokenKind::Possessive))
            {
                at = owner.last + 2;
                source = v.starts.get(at).copied().flatten();
            }
            let Some(source) = source.filter(|m| matches!(m.kind, EntityKind::Person | EntityKind::Organization))
            else {
                continue;
            };
            // The source closes the sentence; mid-sentence the reported words are unclear.
            if source.last + 2 < range.end {
                continue;
            }
            let first = range.start;
            if k < first + 3 || (first..k).any(quoted) {
                continue;
            }
            let text = v.doc.slice(v.span(first, k - 2)).to_string();
            let evidence = v.span(first, source.last);
            push(
                out,
                speaker_of(source.kind, source.entity),
                text,
                "according to",
                true,
                evidence,
                "quote:according-to",
            );
        }
    }
}
