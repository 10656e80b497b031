//! Quotes and their speakers. Every pair of double quotation marks
//! (straight or curly, closed within the paragraph) around two words or more
//! is a candidate; it is a quote when a reporting clause (a verb of
//! `lexicon/speech_verbs.tsv`) attributes it:
//! - after it: `"…," Khomich said`, `"…," said Detective Inspector Jo Ray`,
//!   `"…", he noted`, `"…" read the statement` — `quote:after`;
//! - before it in its sentence, the nearest reporting verb, whose subject is
//!   the speaker, past material between them (`Smith, speaking on Monday,
//!   said "…"`, `He added: "…"`, `X gave thanks, adding, "…"`, `according to
//!   X, …`) — `quote:before`; quoted words inside the reporter's sentence
//!   (`called it a "smash and grab"`) — `quote:fragment`, unless they modify
//!   a noun (a "zero tolerance" policy) or are a title in capitals;
//! - the second half of a split quote (`"A," she said, "B"`) or a fragment
//!   coordinated with the one before (`"A", and "B"`) — `quote:split`;
//! - a quote opening the sentence after an attributed one, in the same
//!   paragraph, with no attribution of its own — `quote:continuation`.
//!
//! Pronoun speakers (he, she, it, they) are resolved to the nearest person of
//! the same gender (or of unknown gender), or organization, before the quote.
//! Quoted words without a reporting clause (titles, scare quotes) are no
//! quotes. Reported speech ("X told Y that …", "X said that …") is a quote
//! marked `indirect` — `quote:indirect`. A speaker that is no entity ("a
//! spokesperson for …", "the statement") is given as written.

use super::{Found, Placed, Ref, View};
use crate::detail::{FactDetail, QuoteFact};
use crate::kinds::EntityKind;
use crate::span::Span;
use crate::text::Feature;
use crate::text::TokenKind;

/// How far back a reporting verb may stand before a quote, in tokens.
const VERB_WINDOW: usize = 40;
/// How far back a fragment's reporting verb may stand, in tokens.
const FRAGMENT_WINDOW: usize = 25;
/// How far back the subject of a reporting verb may stand, in tokens.
const SUBJECT_WINDOW: usize = 30;
/// Longest unnamed speaker description, in tokens.
const MAX_DESCRIPTION: usize = 10;
/// Sentences back in which a pronoun speaker looks for its antecedent.
const PRONOUN_REACH: usize = 3;
/// Quoted words shorter than this are single words or names, not speech.
const MIN_WORDS: usize = 2;

/// Who said a quote, and where the reporting clause lies.
#[derive(Clone, Debug)]
struct Attribution {
    speaker: Option<Ref>,
    cue: String,
    /// First and last token of the reporting clause.
    first: usize,
    last: usize,
    rule: &'static str,
    /// The opening mark of a quote that continues this one (`"A," she said, "B"`).
    split_next: Option<usize>,
}

pub(super) fn find(v: &View<'_, '_>, out: &mut Vec<Found>) {
    let pairs = quote_pairs(v);
    let mut inside = vec![false; v.doc.tokens.len()];
    for &(o, c) in &pairs {
        inside[o..=c].fill(true);
    }
    let mut prev: Option<(usize, Attribution)> = None;
    for &(open, close) in &pairs {
        let words = v.doc.tokens[open + 1..close].iter().filter(|t| t.kind == TokenKind::Word).count();
        if words < MIN_WORDS {
            continue;
        }
        // `X said, "… ." Y also asked …`: a lead-in before a quote that ends
        // its sentence wins over a clause after it.
        let lead_in = open > 0 && (v.is_punct(open - 1, ",") || v.is_punct(open - 1, ":"));
        let ends = close > open + 1 && matches!(v.word(close - 1), "." | "!" | "?");
        let first =
            if lead_in && ends { before(v, open, close, &inside).filter(|a| a.rule == "quote:before") } else { None };
        let attribution = first
            .or_else(|| after(v, open, close, &inside))
            .or_else(|| inherited(v, prev.as_ref(), open))
            .or_else(|| before(v, open, close, &inside))
            .or_else(|| continued(v, prev.as_ref(), open));
        let Some(a) = attribution else {
            prev = None;
            continue;
        };
        let inner = v.span(open + 1, close - 1);
        let text = v.doc.slice(inner).trim_end_matches([',', ' ']).to_string();
        let evidence = v.span(open.min(a.first), close.max(a.last));
        push(out, a.speaker.clone(), text, &a.cue, false, evidence, a.rule);
        prev = Some((close, a));
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

fn is_pronoun(word: &str) -> bool {
    matches!(&*crate::text::lower(word), "he" | "she" | "it" | "they")
}

/// Adverbs between a speaker and the verb: "also", "later", "previously".
fn is_adverb(v: &View<'_, '_>, i: usize) -> bool {
    let w = v.word(i);
    v.doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word)
        && w.chars().next().is_some_and(char::is_lowercase)
        && (w.ends_with("ly") || v.lex.words.is_adverb(w) || v.lex.words.is_auxiliary(w))
}

/// The person (`he`, `she`) or organization (`it`, `they`) a pronoun before
/// token `at` stands for: the nearest compatible mention outside quotes in
/// this sentence or the few before.
fn antecedent(v: &View<'_, '_>, at: usize, pronoun: &str, inside: &[bool]) -> Option<Placed> {
    let s = v.doc.sentence_at(v.doc.tokens.get(at)?.span.start);
    let floor = v.doc.sentences[s.saturating_sub(PRONOUN_REACH)].tokens.start;
    let gender = match &*crate::text::lower(pronoun) {
        "he" => Some('M'),
        "she" => Some('F'),
        _ => None,
    };
    let here = v.doc.sentences[s].tokens.start;
    let mentions = |from: usize| (from..at).rev().filter(|&i| !inside[i]).filter_map(|i| v.end(i));
    let person = |m: &Placed, unknown: bool| {
        m.kind == EntityKind::Person && v.person_gender(m.entity).map_or(unknown, |x| Some(x) == gender)
    };
    match gender {
        // In the pronoun's own sentence the nearest compatible person; before
        // it a person of that gender first, else one of unknown gender.
        Some(_) => mentions(here.max(floor))
            .find(|m| person(m, true))
            .or_else(|| leftmost(v, mentions(floor).find(|m| person(m, false)), &|m| person(m, false), inside))
            .or_else(|| leftmost(v, mentions(floor).find(|m| person(m, true)), &|m| person(m, true), inside)),
        None => mentions(floor).find(|m| m.kind == EntityKind::Organization),
    }
}

/// The first mention that `fits` in the sentence of `found`: in an earlier
/// sentence its subject, usually named first, is the likelier antecedent
/// ("Bloomberg endorsed his rival, Joe Biden. "…," he said").
fn leftmost(
    v: &View<'_, '_>,
    found: Option<Placed>,
    fits: &dyn Fn(&Placed) -> bool,
    inside: &[bool],
) -> Option<Placed> {
    let m = found?;
    let s = &v.doc.sentences[v.doc.sentence_at(v.doc.tokens[m.first].span.start)];
    (s.tokens.start..m.first).filter(|&i| !inside[i]).find_map(|i| v.start(i).filter(|x| fits(x))).or(Some(m))
}

/// The speaker standing at token `k`: titles ("Detective Inspector"), then a
/// mention; a pronoun; or, when `description` allows, a determiner and a few
/// words ("the statement", "a spokesperson"), which must end before `until`
/// when that is given. Its speaker and last token.
fn speaker_at(
    v: &View<'_, '_>,
    mut k: usize,
    inside: &[bool],
    at: usize,
    until_verb: bool,
) -> Option<(Option<Ref>, usize)> {
    let limit = v.doc.tokens.len();
    while let Some((after, _)) = v.lex.title_starting_at(v.doc, k, limit) {
        if after == k {
            break;
        }
        k = after;
    }
    // "said study co-author Professor Carl Lipo", "writes his longtime
    // partner Erick Rowan": a description of lower-case words, possessives
    // and titles before the person who speaks.
    if v.start(k).is_none() {
        let mut j = k;
        while j < limit && j < k + 8 && v.start(j).is_none() {
            if let Some((after, _)) = v.lex.title_starting_at(v.doc, j, limit).filter(|&(a, _)| a > j) {
                j = after;
                continue;
            }
            let w = v.word(j);
            let t = v.doc.tokens[j];
            // "co-author": a hyphen inside a word.
            let hyphen = w == "-"
                && j > k
                && v.doc.tokens[j - 1].span.end == t.span.start
                && v.doc.tokens.get(j + 1).is_some_and(|n| n.span.start == t.span.end);
            let described = hyphen
                || t.kind == TokenKind::Possessive
                || t.kind == TokenKind::Word
                    && w.chars().next().is_some_and(char::is_lowercase)
                    && (!v.lex.is_function_word(w)
                        || v.lex.words.is_determiner(w)
                        || v.lex.words.is_possessive_or_article(w))
                    && !v.lex.words.is_speech(w);
            if !described {
                break;
            }
            j += 1;
        }
        if j > k + 1 && v.start(j).is_some_and(|m| m.kind == EntityKind::Person) {
            k = j;
        }
    }
    if let Some(mut m) = v.start(k) {
        // "California Attorney General Xavier Becerra": the person after the title.
        if m.kind != EntityKind::Person {
            // "Rutgers University political scholar Kelly Dittmar" too.
            let mut j = m.last + 1;
            while j <= m.last + 5 {
                if let Some((after, _)) = v.lex.title_starting_at(v.doc, j, limit).filter(|&(a, _)| a > j) {
                    j = after;
                } else if v.doc.tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word)
                    && v.word(j).chars().all(char::is_lowercase)
                    && !v.cur.is_starter(j)
                    && !v.lex.words.is_speech(v.word(j))
                {
                    j += 1;
                } else {
                    break;
                }
            }
            if let Some(p) = v.start(j).filter(|p| j > m.last + 1 && p.kind == EntityKind::Person) {
                m = p;
            }
        }
        if v.doc.tokens.get(m.last + 1).is_some_and(|t| t.kind == TokenKind::Possessive) {
            return None;
        }
        return Some((speaker_of(m.kind, m.entity), m.last));
    }
    let w = v.word(k);
    if is_pronoun(w) {
        return Some((antecedent(v, at, w, inside).and_then(|m| speaker_of(m.kind, m.entity)), k));
    }
    // "the statement read", "said a spokesperson": a described speaker.
    if !v.lex.words.is_determiner(w) || w.eq_ignore_ascii_case("that") {
        return None;
    }
    let mut j = k + 1;
    while j < limit
        && j - k <= 5
        && v.doc.tokens[j].kind == TokenKind::Word
        && !(until_verb && j > k + 1 && v.lex.words.is_speech(v.word(j)))
    {
        j += 1;
    }
    let ends = if until_verb {
        v.lex.words.is_speech(v.word(j))
    } else {
        v.doc.tokens.get(j).is_none_or(|t| t.kind == TokenKind::Punct)
    };
    if j == k + 1 || !ends {
        return None;
    }
    // "the statement read": a document speaks for the organization before it.
    if v.lex.cue("document", &v.cur.lower(j - 1)) {
        if let Some(m) = antecedent(v, at, "it", inside) {
            return Some((speaker_of(m.kind, m.entity), j - 1));
        }
    }
    Some((Some(Ref::Said(v.doc.slice(v.span(k, j - 1)).to_string())), j - 1))
}

/// `"…," Khomich said`, `"…," said Khomich`, `"…", he noted`, `"…" read the statement`.
fn after(v: &View<'_, '_>, open: usize, close: usize, inside: &[bool]) -> Option<Attribution> {
    let mut k = close + 1;
    if v.doc.tokens.get(k).is_some_and(|t| t.breaks_before >= 2) {
        return None;
    }
    if v.is_punct(k, ",") || v.is_punct(k, ";") {
        k += 1;
    }
    // `"…", adding Iran will …`: a participle's subject is its main clause's, not what follows.
    if v.word(k).ends_with("ing") && v.lex.words.is_speech(v.word(k)) {
        return None;
    }
    let (speaker, cue, last) = if v.lex.words.is_speech(v.word(k)) && v.word(k) != "according" {
        let (speaker, last) = speaker_at(v, k + 1, inside, open, false)?;
        (speaker, k, last)
    } else {
        let (speaker, mut last) = speaker_at(v, k, inside, open, true)?;
        while is_adverb(v, last + 1) {
            last += 1;
        }
        if !v.lex.words.is_speech(v.word(last + 1)) || v.word(last + 1) == "according" {
            return None;
        }
        (speaker, last + 1, last + 1)
    };
    // `"…" Jo Ray said that …`: a verb with a clause of its own reports that.
    if v.word(cue + 1) == "that" {
        return None;
    }
    // `"…done." Jo Ray said: "…"`: after a finished sentence, a clause that
    // leads into the next quote is that quote's.
    let split_next = split_next(v, last);
    if split_next.is_some() && close > open + 1 && matches!(v.word(close - 1), "." | "!" | "?") {
        return None;
    }
    Some(Attribution { speaker, cue: v.word(cue).to_string(), first: k, last, rule: "quote:after", split_next })
}

/// The opening mark right after the rest of a reporting clause ending at
/// `last` ("…, she said in an interview, “B”"), if one follows.
fn split_next(v: &View<'_, '_>, last: usize) -> Option<usize> {
    let n = v.doc.tokens.len();
    for j in last + 1..n.min(last + 14) {
        if v.doc.tokens[j].breaks_before >= 2 || v.is_punct(j, ".") || v.is_punct(j, "”") {
            return None;
        }
        if matches!(v.word(j), "\"" | "“") {
            let lead = v.is_punct(j - 1, ",") || v.is_punct(j - 1, ";") || v.is_punct(j - 1, ":");
            return lead.then_some(j);
        }
    }
    None
}

/// The second half of a split quote, or a fragment coordinated with the one
/// before: the previous attribution carries over.
fn inherited(v: &View<'_, '_>, prev: Option<&(usize, Attribution)>, open: usize) -> Option<Attribution> {
    let (prev_close, a) = prev?;
    let split = a.split_next == Some(open);
    let coordinated = *prev_close < open
        && open - prev_close <= 3
        && (prev_close + 1..open).all(|i| matches!(v.word(i), "," | ";" | "and" | "or" | "but"))
        && v.doc.tokens[open].breaks_before < 2;
    (split || coordinated).then(|| Attribution { rule: "quote:split", split_next: None, ..a.clone() })
}

/// A quote opening the sentence after an attributed one, in its paragraph.
fn continued(v: &View<'_, '_>, prev: Option<&(usize, Attribution)>, open: usize) -> Option<Attribution> {
    let (prev_close, a) = prev?;
    let s = v.doc.sentence_at(v.doc.tokens[open].span.start);
    let sentence = &v.doc.sentences[s];
    if sentence.tokens.start != open || s == 0 || (prev_close + 1..=open).any(|i| v.doc.tokens[i].breaks_before >= 2) {
        return None;
    }
    let before = &v.doc.sentences[s - 1].tokens;
    let last = (*prev_close).max(a.last);
    (before.contains(&last) || before.contains(prev_close)).then(|| Attribution {
        rule: "quote:continuation",
        first: open,
        last: open,
        split_next: None,
        ..a.clone()
    })
}

/// The nearest reporting verb before the quote in its sentence, and its subject.
fn before(v: &View<'_, '_>, open: usize, close: usize, inside: &[bool]) -> Option<Attribution> {
    let sentence = &v.doc.sentences[v.doc.sentence_at(v.doc.tokens[open].span.start)];
    let floor = sentence.tokens.start.max(open.saturating_sub(VERB_WINDOW));
    let dash = |i: usize| matches!(v.word(i), "—" | "–") && v.doc.tokens[i].kind == TokenKind::Punct;
    let mut verb = None;
    let mut i = open;
    while i > floor && !inside[i - 1] {
        i -= 1;
        // "X commented — which the BBC noted as unusual — "…"": the
        // parenthetical between two dashes is skipped.
        if dash(i) {
            if let Some(d) = (floor..i).rev().take_while(|&j| !inside[j]).find(|&j| dash(j)) {
                i = d;
                continue;
            }
        }
        let w = v.word(i);
        if v.lex.words.is_speech(w) && (w != "according" || v.word(i + 1) == "to") {
            verb = Some(i);
            break;
        }
    }
    let Some(verb) = verb else { return colon_lead_in(v, sentence.tokens.start, open, close) };
    let lead_in = open > 0 && (v.is_punct(open - 1, ",") || v.is_punct(open - 1, ":") || open - 1 == verb);
    if !lead_in {
        // A fragment: near its verb, not a modifier of the next noun (a
        // "zero tolerance" policy), not a title in capitals.
        if open - verb > FRAGMENT_WINDOW || modifies_noun(v, open, close) || title_like(v, open, close) {
            return None;
        }
    }
    // "a programme called "Learning Together"", "says his event, "Storm The Gates"": a name
    // in capitals right after the verb or after a noun in apposition.
    // A sentence ("I WON THIS ELECTION, BY A LOT!") is no name.
    let sentence_like = close > open + 1 && matches!(v.word(close - 1), "." | "!" | "?");
    if title_like(v, open, close)
        && !sentence_like
        && (open == verb + 1 || open >= verb + 3 && v.is_punct(open - 1, ","))
    {
        return None;
    }
    let rule = if lead_in { "quote:before" } else { "quote:fragment" };
    if v.word(verb).eq_ignore_ascii_case("according") {
        // "According to police and county officials, X was driving "…"".
        let k = verb + 2;
        let object = match &*v.cur.lower(k) {
            "him" => Some("he"),
            "her" => Some("she"),
            "them" | "it" => Some("it"),
            _ => None,
        };
        let (speaker, last) = match v.start(k) {
            Some(_) => speaker_at(v, k, inside, verb, false)?,
            // "According to him, …".
            None if object.is_some() && v.is_punct(k + 1, ",") => {
                let m = antecedent(v, verb, object.unwrap_or("it"), inside);
                (m.and_then(|m| speaker_of(m.kind, m.entity)), k)
            }
            None => {
                let end = (k..open).find(|&i| v.doc.tokens[i].kind == TokenKind::Punct)?;
                if end == k || end - k > MAX_DESCRIPTION {
                    return None;
                }
                // "According to its press release": the owner of the document speaks.
                let owner = match &*v.cur.lower(k) {
                    "its" | "their" => Some("it"),
                    "his" => Some("he"),
                    "her" => Some("she"),
                    _ => None,
                };
                let document = v.lex.cue("document", &v.cur.lower(end - 1));
                match owner.filter(|_| document).and_then(|o| antecedent(v, verb, o, inside)) {
                    Some(m) => (speaker_of(m.kind, m.entity), end - 1),
                    None => (Some(Ref::Said(v.doc.slice(v.span(k, end - 1)).to_string())), end - 1),
                }
            }
        };
        return Some(Attribution {
            speaker,
            cue: "according to".to_string(),
            first: verb,
            last,
            rule,
            split_next: None,
        });
    }
    // "X was described by the council as "…"": a passive verb's agent speaks.
    if verb > sentence.tokens.start && v.has(verb - 1, Feature::Copula) && v.word(verb + 1) == "by" {
        let k = if v.has(verb + 2, Feature::Determiner) { verb + 3 } else { verb + 2 };
        if let Some(m) = v.start(k).filter(|m| m.last < open) {
            let speaker = speaker_of(m.kind, m.entity);
            return Some(Attribution {
                speaker,
                cue: v.word(verb).to_string(),
                first: verb,
                last: m.last,
                rule,
                split_next: None,
            });
        }
    }
    let (speaker, first) = subject_of(v, sentence.tokens.start, verb, open, inside)?;
    Some(Attribution { speaker, cue: v.word(verb).to_string(), first, last: verb, rule, split_next: None })
}

/// A quoted sentence after a colon that closes a clause with no speech verb
/// is said by that clause's subject, a person or an organization opening the
/// sentence: `Bolsonaro opposed the plan: "…"`, `The ministry issued the
/// following statement: "…"`. The cue is the clause's verb.
fn colon_lead_in(v: &View<'_, '_>, start: usize, open: usize, close: usize) -> Option<Attribution> {
    if open < start + 3 || !v.is_punct(open - 1, ":") || !matches!(v.word(close - 1), "." | "!" | "?" | "]") {
        return None;
    }
    // A finite verb: "opposed", "issued", "spoke", "says".
    let finite = |i: usize| {
        let w = v.word(i);
        v.doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word)
            && w.chars().all(char::is_lowercase)
            && (v.lex.facts.past_verb(w) || v.lex.facts.verb_lemma(w).is_some_and(|l| l != w && w.ends_with('s')))
    };
    // The subject of the clause's first finite verb: a person or an
    // organization named before it, or a description ("The ministry").
    let verb = (start + 1..open.min(start + 16)).find(|&i| finite(i))?;
    // "Trump quickly took a shot": adverbs between subject and verb.
    let mut before = verb;
    while before > start + 1 && is_adverb(v, before - 1) {
        before -= 1;
    }
    // One clause from the sentence start: a comma before the verb may cut a
    // name ("X of the University of California, Los Angeles disagreed: …"),
    // and a place is no speaker.
    if (start..before).any(|i| v.is_punct(i, ",")) || v.end(before - 1).is_some_and(|m| m.kind == EntityKind::Place) {
        return None;
    }
    let (speaker, s) = subject(v, start, before)?;
    let first = s.start_token;
    if speaker.is_none() || !finite(verb) || verb >= open - 1 {
        return None;
    }
    if (verb..open).any(|i| v.is_punct(i, ";") || v.is_punct(i, ".")) {
        return None;
    }
    Some(Attribution {
        speaker,
        cue: v.word(verb).to_string(),
        first,
        last: open - 1,
        rule: "quote:colon",
        split_next: None,
    })
}

/// Quoted words after a determiner and before a lower-case content word
/// modify it: a "zero tolerance" policy.
fn modifies_noun(v: &View<'_, '_>, open: usize, close: usize) -> bool {
    let Some(t) = v.doc.tokens.get(close + 1) else { return false };
    let w = v.word(close + 1);
    let determined = open > 0
        && (v.has(open - 1, Feature::Determiner)
            || matches!(v.word(open - 1), "his" | "her" | "its" | "their")
            || v.doc.tokens[open - 1].kind == TokenKind::Possessive);
    determined
        && t.kind == TokenKind::Word
        && w.chars().next().is_some_and(char::is_lowercase)
        && !v.lex.is_function_word(w)
        && !v.lex.words.is_preposition(w)
        && !v.lex.words.is_speech(w)
}

/// Every word capitalized: a title or a name ("Gone With The Wind").
fn title_like(v: &View<'_, '_>, open: usize, close: usize) -> bool {
    (open + 1..close)
        .filter(|&i| v.doc.tokens[i].kind == TokenKind::Word && !v.cur.is_starter(i))
        .all(|i| v.word(i).chars().next().is_some_and(char::is_uppercase))
}

/// The subject of the reporting verb at `verb`: a pronoun right before it, a
/// mention or description ending right before it, else the nearest person or
/// organization before it in the sentence that no preposition governs and
/// that owns nothing ("Travis Hood, who saw the crash, said", "the party, in
/// its statement, said"), or a relative pronoun's antecedent ("by X who said").
fn subject_of(
    v: &View<'_, '_>,
    floor: usize,
    verb: usize,
    open: usize,
    inside: &[bool],
) -> Option<(Option<Ref>, usize)> {
    let mut before = verb.checked_sub(1)?;
    while before > floor && is_adverb(v, before) {
        before -= 1;
    }
    // "She further stated": a pronoun and an adverb.
    if before > floor
        && is_pronoun(v.word(before - 1))
        && v.doc.tokens[before].kind == TokenKind::Word
        && v.word(before).chars().all(char::is_lowercase)
        && !v.cur.is_starter(before)
    {
        before -= 1;
    }
    if is_pronoun(v.word(before)) {
        let m = antecedent(v, before, v.word(before), inside);
        return Some((m.and_then(|m| speaker_of(m.kind, m.entity)), before));
    }
    // "…, adding", "…, saying": a participle's subject is its main clause's.
    let participle = v.word(verb).ends_with("ing");
    if !participle {
        if let Some((speaker, s)) = subject(v, floor, before + 1) {
            return Some((speaker, s.start_token));
        }
    } else if floor < before {
        // The main clause's subject opens the sentence: "It also credited
        // Leonov with the walk, noting …" is said by what "It" stands for,
        // not by the object nearer the verb.
        let w = v.word(floor);
        if is_pronoun(w) && !inside[floor] {
            let m = antecedent(v, floor, w, inside);
            return Some((m.and_then(|m| speaker_of(m.kind, m.entity)), floor));
        }
        // Else the subject of the main clause's first past-tense verb ("The
        // ministry praised X for …, adding …").
        let main_verb = (floor + 1..before).find(|&k| {
            v.doc.tokens[k].kind == TokenKind::Word
                && v.word(k).chars().all(char::is_lowercase)
                && v.lex.facts.past_verb(v.word(k))
        });
        if let Some((speaker, s)) = main_verb.and_then(|k| subject(v, floor, k)) {
            return Some((speaker, s.start_token));
        }
    }
    let reach = verb.saturating_sub(SUBJECT_WINDOW).max(floor);
    let mut i = before;
    while i >= reach && i < open {
        if inside[i] {
            if i == 0 {
                break;
            }
            i -= 1;
            continue;
        }
        let w = v.word(i);
        if w == ";" {
            break;
        }
        if matches!(w, "who" | "which") {
            let j = if v.is_punct(i.wrapping_sub(1), ",") { i.wrapping_sub(2) } else { i.wrapping_sub(1) };
            if let Some(m) = v.end(j) {
                return Some((speaker_of(m.kind, m.entity), m.first));
            }
        }
        if matches!(w, "he" | "she" | "He" | "She") {
            let m = antecedent(v, i, w, inside);
            return Some((m.and_then(|m| speaker_of(m.kind, m.entity)), i));
        }
        if let Some(m) = v.end(i).filter(|m| matches!(m.kind, EntityKind::Person | EntityKind::Organization)) {
            let owner = v.doc.tokens.get(m.last + 1).is_some_and(|t| t.kind == TokenKind::Possessive);
            let mut b = m.first;
            while b > floor && v.has(b - 1, Feature::Determiner) {
                b -= 1;
            }
            let governed = b > floor && v.has(b - 1, Feature::Preposition);
            if !owner && !governed {
                return Some((speaker_of(m.kind, m.entity), m.first));
            }
            if m.first == 0 {
                break;
            }
            i = m.first - 1;
            continue;
        }
        if i == 0 {
            break;
        }
        i -= 1;
    }
    None
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
        // A speech verb's form after a number or a determiner is a noun:
        // "one of six states that had voted", "the claims that …".
        let noun_use = |i: usize| {
            i > range.start && {
                let before = v.word(i - 1);
                v.doc.tokens[i - 1].kind == TokenKind::Number
                    || v.lex.words.is_determiner(before)
                    || v.lex.figures.is_number_word(&before.to_lowercase())
            }
        };
        for verb in range.clone().filter(|&i| v.lex.is_speech_verb(v.word(i)) && !quoted(i) && !noun_use(i)) {
            // "that" or a clause right after the verb, or after a listener
            // ("told reporters", "told the BBC").
            let mut j = verb + 1;
            if matches!(v.word(verb), "told" | "tells" | "tell") {
                j = match v.start(j) {
                    Some(listener) => listener.last + 1,
                    None if v.word(j) == "the" => j + 2,
                    None if v.word(j).chars().all(char::is_lowercase) && v.word(j).ends_with('s') => j + 1,
                    None => continue,
                };
            }
            let that = if v.word(j) == "that" {
                j
            } else if v.lex.words.is_reported(v.word(verb)) && clause_opens(v, j, range.end) {
                j - 1
            } else {
                continue;
            };
            let last = range.end - 1;
            let last = if v.doc.tokens[last].kind == TokenKind::Punct { last - 1 } else { last };
            if last <= that || later[that + 1 - range.start] {
                continue;
            }
            // Reported speech needs a speaker: not "it was reported".
            let Some(speaker) = subject_of(v, range.start, verb, verb, &inside).filter(|s| s.0.is_some()) else {
                continue;
            };
            // Reported speech says something: three words at least.
            if (that + 1..=last).filter(|&i| v.doc.tokens[i].kind == TokenKind::Word).count() < 3 {
                continue;
            }
            let text = v.doc.slice(v.span(that + 1, last)).to_string();
            let evidence = v.span(speaker.1, last);
            push(out, speaker.0, text, v.word(verb), true, evidence, "quote:indirect");
        }
    }
}

/// Whether a clause opens at token `j`: a subject (a pronoun, a determiner,
/// a name not set off by a comma) and, a few words on, a verb (an auxiliary
/// or a past form) — "said the toilet represented …", "said he was …".
fn clause_opens(v: &View<'_, '_>, j: usize, end: usize) -> bool {
    let w = v.word(j);
    let past = |i: usize| {
        let x = v.word(i);
        x.len() > 3 && x.ends_with("ed") && x.chars().all(char::is_lowercase)
    };
    let window = |n: usize| {
        (j + 1..end.min(j + n))
            .take_while(|&i| !v.is_punct(i, ",") && !v.is_punct(i, ".") && !v.lex.words.is_speech(v.word(i)))
    };
    let determiner = matches!(w, "the" | "a" | "an" | "his" | "her" | "its" | "their" | "this" | "these");
    // A name, after "the" too ("the United States Department of Justice was …").
    let name = v.start(if determiner { j + 1 } else { j });
    if let Some(m) = name.filter(|m| !v.is_punct(m.last + 1, ",")) {
        return (m.last + 1..end.min(m.last + 8))
            .take_while(|&i| !v.is_punct(i, ",") && !v.is_punct(i, ".") && !v.lex.words.is_speech(v.word(i)))
            .any(|i| v.has(i, Feature::Auxiliary) || past(i));
    }
    if matches!(w, "he" | "she" | "it" | "they" | "we" | "I" | "there") {
        return window(10).any(|i| v.has(i, Feature::Auxiliary) || past(i));
    }
    // "said the toilet represented …", not "posted a podcast dedicated to …"
    // nor "announced the schedule in a release and followed …": after a
    // determiner, an auxiliary soon, or a past form right after the noun.
    determiner
        && (window(6).any(|i| v.has(i, Feature::Auxiliary))
            || (past(j + 2) && !v.has(j + 3, Feature::Preposition) && v.word(j + 3) != "to"))
}

struct Subject {
    start_token: usize,
}

/// The subject before the verb at `verb`: a mention ending right before it
/// (its entity), or else the words of the clause before it (after the last
/// comma), when they are few — "Ukrainian authorities", "A spokesperson for
/// exiled Belarusian opposition leader Svetlana Tikhanovskaya".
fn subject(v: &View<'_, '_>, floor: usize, verb: usize) -> Option<(Option<Ref>, Subject)> {
    let before = verb.checked_sub(1)?;
    let clause_start = (floor..verb).rev().find(|&i| v.is_punct(i, ",")).map_or(floor, |c| c + 1);
    if let Some(m) = v.end(before) {
        // "a spokesperson for … X said", "Yvette Cooper of the Labour Party
        // added": X is not the speaker; a person named first in the clause is.
        // A preposition inside a name ("House of Commons Speaker X") governs nothing.
        let governed =
            (clause_start..m.first).any(|i| v.lex.cue_any_case("noun_preposition", v.word(i)) && v.at(i).is_none());
        if m.first >= clause_start && !governed {
            return Some((speaker_of(m.kind, m.entity), Subject { start_token: m.first }));
        }
        let head = (clause_start..m.first).find_map(|i| v.start(i)).filter(|h| {
            h.kind == EntityKind::Person
                && !(clause_start..h.first).any(|i| v.lex.cue_any_case("noun_preposition", v.word(i)))
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
    // A description ends on a noun: "Ukrainian authorities", not "Hardeep
    // also"; it starts with no preposition or conjunction ("on Sunday",
    // "and scholars") and holds no relative word ("far from where …").
    if v.cur.is_starter(before)
        || v.has(clause_start, Feature::Preposition)
        || matches!(v.word(clause_start), "and" | "or" | "but")
        || (clause_start..verb).any(|i| matches!(v.word(i), "where" | "when" | "which" | "who" | "that" | "what"))
    {
        return None;
    }
    // "The committee on Monday announced": the time is not the speaker's.
    let mut before = before;
    while before > clause_start + 1
        && v.has(before - 1, Feature::Preposition)
        && v.lex.words.is_calendar(v.word(before))
    {
        before -= 2;
    }
    let description = v.doc.slice(v.span(clause_start, before)).to_string();
    // A pronoun is left unresolved rather than guessed.
    if v.lex.words.is_pronoun(&description) {
        return None;
    }
    Some((Some(Ref::Said(description)), Subject { start_token: clause_start }))
}

/// Only people and organizations speak; a place as speaker stands for its
/// government, which the text does not name.
fn speaker_of(kind: EntityKind, entity: usize) -> Option<Ref> {
    matches!(kind, EntityKind::Person | EntityKind::Organization | EntityKind::Place).then(|| Ref::Entity(entity))
}

fn push(
    out: &mut Vec<Found>,
    speaker: Option<Ref>,
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
            let mut source = v.start(at);
            if let Some(owner) =
                source.filter(|m| v.doc.tokens.get(m.last + 1).is_some_and(|t| t.kind == TokenKind::Possessive))
            {
                at = owner.last + 2;
                source = v.start(at);
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
