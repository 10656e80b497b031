//! Count facts: a counted figure, the noun phrase it counts and what happened
//! to the counted things, read by grammar rather than from fixed positions.
//!
//! The noun phrase: the figure, then modifiers (adjectives, nationality and
//! other capitalized words, "more", "other", participles) and a head noun known
//! by its word class and number ("fourteen civilians", "five Armed Forces
//! personnel", "22 sold units", "149 of the survivors"); or no noun at all
//! ("at least 20 were killed", "27 dead", "three more", "six of them"), when
//! an event word must then stand right beside the figure.
//!
//! The event, in this order:
//! - inside the phrase: "22 sold units", "the three deceased" — `count:modifier`;
//! - after it, as subject: "90 civilians were wounded", "18 people died",
//!   "Three occupants of the helicopter died", "27 dead", "190 people on
//!   board", "2.8 million who voted" — `count:subject`;
//! - before it, as object: "killing seven riders", "won Pennsylvania's 20
//!   votes", "issued a series of seven pardons", "broke into two pieces" —
//!   `count:object`;
//! - a nominal: "the release of 123 prisoners", "the confirmed deaths are
//!   fourteen civilians", "the death count in the hundreds" — `count:nominal`;
//! - shared by a coordinated breakdown: "killing seven riders and injuring
//!   three more", "ten passengers and three crew members aboard" —
//!   `count:coordinated`;
//! - the nearest event verb earlier in the clause: "pleaded not guilty on
//!   Tuesday to seven counts" — `count:clause`.
//!
//! Any event-lexicon word qualifies; another verb (by word class) only with a
//! noun head and not if it merely states ("has", "include", `stative_verbs.tsv`).
//! Ages ("aged 64", "Smith, 23,"), labels ("Category 5", "flight 1344"), units
//! and currencies, the total of "N of the M", questions and hypotheticals are
//! no counts.

use super::{Found, Placed, Ref, View};
use crate::detail::{CountFact, FactDetail};
use crate::figures;
use crate::kinds::{EntityKind, FigureKind, Number};
use crate::lexicon::facts::{EventWord, ADJ, EVENTS_FILE, NOUN, VERB};
use crate::text::Feature;
use crate::text::TokenKind;

/// Modifiers between a figure and its head noun, at most.
const MAX_MODIFIERS: usize = 4;
/// Longest comma-closed interruption between a noun and its verb.
const MAX_INTERRUPTION: usize = 12;
/// How far after the verb a place or agent may stand.
const SLOT_WINDOW: usize = 8;
/// How far a coordinated count may stand from the count it shares an event with.
const COORDINATION_WINDOW: usize = 20;
/// How far back the clause fallback looks for an event verb.
const CLAUSE_WINDOW: usize = 8;

/// A figure's noun phrase: its head (if any), its last token and what it says.
struct Phrase<'a> {
    head: Option<usize>,
    /// The head noun as a word ("people"), or the noun a pronoun stands for.
    noun: String,
    /// The last token of the phrase (the figure's last token if it has none).
    end: usize,
    /// A participle or victim noun inside: "22 sold units", "the three deceased".
    event: Option<(usize, &'a EventWord)>,
    /// "three more", "six of them", "two each": it leans on another count.
    elliptic: bool,
}

/// A count fact being read: its slots, its token extent, its rule and the
/// event word's lexicon line, if one.
struct Reading {
    detail: CountFact<Ref>,
    from: usize,
    to: usize,
    rule: &'static str,
    line: Option<u32>,
}

pub(super) fn find(v: &View<'_, '_>, found_figures: &[figures::Found], out: &mut Vec<Found>) {
    let date_figures: Vec<(usize, usize)> = found_figures
        .iter()
        .enumerate()
        .filter(|(_, f)| f.kind == FigureKind::Date)
        .map(|(i, f)| (i, v.doc.token_bounds(f.span).0))
        .collect();
    // Figures that are the total M of "N of the M": not counted.
    let mut totals: Vec<usize> = Vec::new();
    // The previous count in the sentence: (sentence, its event reading, its noun, its last token).
    let mut previous: Option<(usize, CountFact<Ref>, Option<u32>, usize)> = None;
    for (fi, f) in found_figures.iter().enumerate() {
        if !matches!(f.kind, FigureKind::Count | FigureKind::Number) {
            continue;
        }
        let (first, last) = v.doc.token_bounds(f.span);
        if last >= v.doc.tokens.len() || totals.contains(&first) {
            continue;
        }
        let si = v.doc.sentence_at(f.span.start);
        let sentence = &v.doc.sentences[si];
        let range = sentence.tokens.clone();
        if previous.as_ref().is_some_and(|p| p.0 != si) {
            previous = None;
        }
        let (quantity, approx) = match (f.value, f.min) {
            (Some(v), _) => (v.0, f.approx),
            (None, Some(min)) => (min.0, true),
            (None, None) => continue,
        };
        if quantity.is_nan() || quantity <= 0.0 || quantity.fract() != 0.0 || is_question(v, range.end) {
            continue;
        }
        let text = v.doc.slice(f.span);
        if text.contains(':') || text.contains('/') {
            continue;
        }
        // "a five-storey block", "a 20-room hotel": a compound modifier, one thing.
        if v.word(last + 1) == "-"
            && v.doc.tokens[last + 1].span.start == f.span.end
            && is_word(v, last + 2)
            && !starts_count(v, last + 2)
        {
            continue;
        }
        let Some(phrase) = noun_phrase(v, first, last, range.end, quantity) else { continue };
        if excluded_before(v, first, range.start, phrase.head.is_some() && quantity > 1.0) {
            continue;
        }
        // "three of the twelve access lanes": the twelve is a total.
        if let Some(total) = partitive_total(v, last, range.end) {
            totals.push(total);
        }
        let hedge = hedge_before(v, first, range.start);
        // "users in 38 countries were arrested": a count inside a prepositional phrase is not the subject.
        // "along with 113 other prisoners" coordinates: it stays a subject.
        let in_phrase = hedge.0 > range.start
            && v.lex.cue_any_case("frame_preposition", v.word(hedge.0 - 1))
            && !(hedge.0 > range.start + 1 && matches!(&*lower(v, hedge.0 - 2), "along" | "together"));
        let reading = inner(v, &phrase, first)
            .or_else(|| if in_phrase { None } else { subject(v, &phrase, first, range.end) })
            .or_else(|| object(v, &phrase, hedge.0, range.start))
            .or_else(|| nominal(v, hedge.0, range.start))
            .or_else(|| coordinated(v, &phrase, hedge.0, range.start, previous.as_ref().map(|p| (&p.1, p.2, p.3))))
            .or_else(|| clause(v, &phrase, hedge.0, range.start));
        let Some(mut fact) = reading else { continue };
        // "one man sprayed him": one, with a verb outside the event lexicon, is no count.
        if quantity == 1.0 && fact.line.is_none() {
            continue;
        }
        if fact.detail.modality.as_deref() == Some("possible") || possible_near(v, hedge.0, phrase.end, range.clone()) {
            continue;
        }
        // "four deaths per 100,000": a rate, not a count.
        if lower(v, phrase.end + 1) == "per" {
            continue;
        }
        // Date figures are in text order: the first in this sentence, found by bisection.
        let d = date_figures.partition_point(|&(_, t)| t < range.start);
        let time = date_figures.get(d).filter(|&&(_, t)| t < range.end).map(|&(i, _)| Ref::Figure(i));
        let mut noun = phrase.noun.clone();
        // "30 thousand marchers in Paris, 20 thousand in Lyon": the list's noun.
        let listed = fact.rule == "count:coordinated"
            && hedge.0 > range.start
            && matches!(&*lower(v, hedge.0 - 1), "," | "and" | "or");
        if noun.is_empty() && (phrase.elliptic || listed) {
            noun = previous.as_ref().map_or(String::new(), |p| p.1.object.clone());
        }
        let modifier = if is_vague(text) {
            Some("vague_plural")
        } else if f.min.is_some() && f.max.is_some() && f.value.is_none() {
            Some("range")
        } else {
            hedge.1
        };
        let lemma = v
            .lex
            .facts
            .count_nouns
            .get(&noun.to_lowercase())
            .map(|n| n.lemma.clone())
            .or_else(|| v.lex.facts.plural_noun(&noun))
            .unwrap_or_else(|| noun.to_lowercase());
        fact.detail.figure = Ref::Figure(fi);
        fact.detail.quantity = Number(quantity);
        fact.detail.approx = approx || modifier.is_some();
        fact.detail.modifier = modifier.map(str::to_string);
        fact.detail.object = noun;
        fact.detail.lemma = lemma;
        fact.detail.time = time;
        let from = fact.from.min(hedge.0);
        let to = fact.to.max(phrase.end);
        previous = Some((si, fact.detail.clone(), fact.line, phrase.end));
        out.push(Found {
            detail: FactDetail::Count(fact.detail),
            evidence: v.span(from, to),
            rule: fact.rule,
            source: fact.line.map(|l| (EVENTS_FILE, l)),
        });
    }
}

/// A modal of possibility right around a count: "may cause roughly 32,000
/// deaths", "thousands of deaths could be prevented".
fn possible_near(v: &View<'_, '_>, start: usize, end: usize, sentence: std::ops::Range<usize>) -> bool {
    let before = start.saturating_sub(3).max(sentence.start)..start;
    let after = end + 1..(end + 3).min(sentence.end);
    // Lower case: "in May 300 people died" has no modal.
    before.chain(after).any(|i| !capitalized(v, i) && v.lex.words.modality(v.word(i)) == Some("possible"))
}

/// A possessive "'s" at `i`.
fn possessive(v: &View<'_, '_>, i: usize) -> bool {
    v.doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Possessive) || matches!(v.word(i), "'s" | "’s")
}

fn lower<'t>(v: &View<'_, 't>, i: usize) -> std::borrow::Cow<'t, str> {
    v.cur.lower(i)
}

fn is_word(v: &View<'_, '_>, i: usize) -> bool {
    v.doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word)
}

fn capitalized(v: &View<'_, '_>, i: usize) -> bool {
    v.word(i).chars().next().is_some_and(char::is_uppercase)
}

fn is_vague(text: &str) -> bool {
    let t = text.to_lowercase();
    ["dozens", "scores", "hundreds", "thousands", "millions", "tens of"].iter().any(|w| t.contains(w))
}

/// A sentence that asks: its last token is "?".
fn is_question(v: &View<'_, '_>, end: usize) -> bool {
    end > 0 && v.is_punct(end - 1, "?")
}

/// Ages, labels and identifiers: "aged 64", "Category 5", "flight 1344", "Route 2".
fn excluded_before(v: &View<'_, '_>, first: usize, floor: usize, plural_head: bool) -> bool {
    let Some(p) = first.checked_sub(1).filter(|&p| p >= floor) else { return false };
    let w = lower(v, p);
    if matches!(&*w, "aged" | "age" | "ages" | "number" | "no" | "No.") {
        return true;
    }
    if !is_word(v, p) {
        // "Smith, 23, pleaded": a bare figure between commas after a name.
        return v.is_punct(p, ",") && v.end(p.saturating_sub(1)).is_some() && v.is_punct(first + 1, ",");
    }
    // A name before a figure: "Lion Air Flight 610", "Boeing 737".
    if capitalized(v, p) && v.at(p).is_some_and(|m| m.kind != EntityKind::Person) {
        return true;
    }
    if v.lex.facts.verb(&w).is_some() || v.lex.is_function_word(&w) || hedge_word(v, &w) {
        return false;
    }
    // A noun right before a figure labels it: "Category 5", "flight 1344", "week 22";
    // not before a plural noun it counts ("at the time 150 soldiers").
    let classes = v.lex.facts.classes_of(&w);
    (classes & NOUN != 0
        && (capitalized(v, p) || !plural_head)
        && (classes & VERB == 0 || v.lex.facts.mostly(&w, NOUN))
        && !is_determiner(v, &w)
        && v.lex.facts.irregular_verb(&w).is_none())
        || (capitalized(v, p) && classes == 0 && v.at(p).is_none_or(|m| m.kind != EntityKind::Person))
}

fn hedge_word(v: &View<'_, '_>, w: &str) -> bool {
    v.lex.words.hedges().iter().any(|(h, _)| h.contains(&w)) || matches!(w, "than" | "least" | "many" | "as" | "to")
}

/// The hedge before a figure: its first token and its modifier ("at least 20").
fn hedge_before(v: &View<'_, '_>, first: usize, floor: usize) -> (usize, Option<&'static str>) {
    for (words, modifier) in v.lex.words.hedges() {
        let Some(start) = first.checked_sub(words.len()).filter(|&s| s >= floor) else { continue };
        if words.iter().enumerate().all(|(k, w)| v.word(start + k).eq_ignore_ascii_case(w)) {
            // "handed over 300 prisoners": "over" after a verb whose phrasal form
            // the event lexicon knows is its particle; else a hedge ("published over 300").
            if words[..] == ["over"]
                && start > floor
                && v.lex.facts.verb(v.word(start - 1)).is_some_and(|w| w.lemma.ends_with(" over"))
            {
                continue;
            }
            return (start, Some(modifier));
        }
    }
    (first, None)
}

/// The noun phrase after a figure. `None` when the figure counts no thing:
/// a unit, a currency, a year or a time word follows, or a singular noun
/// after a plural number.
fn noun_phrase<'a>(v: &View<'a, '_>, first: usize, last: usize, end: usize, quantity: f64) -> Option<Phrase<'a>> {
    let mut k = last + 1;
    let mut phrase = Phrase { head: None, noun: String::new(), end: last, event: None, elliptic: false };
    // "six of them", "149 of the survivors", "two each".
    if v.word(k) == "of" {
        let w = lower(v, k + 1);
        if matches!(&*w, "them" | "those" | "these" | "us") {
            phrase.elliptic = true;
            phrase.end = k + 1;
            return Some(phrase);
        }
        if w == "the" || w == "their" || w == "its" {
            // "3000 of the National Guard": part of a named body, not a counted noun.
            if capitalized(v, k + 2) && !matches!(v.word(k + 3), "'s" | "’s") {
                return None;
            }
            k += 2;
            // "39 of the state's 40 delegates": past the possessor.
            if matches!(v.word(k + 1), "'s" | "’s") {
                k += 2;
            }
            // "three of the twelve lanes": the total is no modifier.
            if starts_count(v, k) {
                k += 1;
            }
        } else if let Some(m) = v.start(k + 1).filter(|m| possessive(v, m.last + 1)) {
            // "two of Khan's victims": past the possessor.
            k = m.last + 2;
        } else if is_word(v, k + 1) && possessive(v, k + 2) {
            k += 3;
        } else if is_word(v, k + 1) && !capitalized(v, k + 1) {
            k += 1;
        } else {
            return Some(phrase);
        }
    }
    if matches!(&*lower(v, k), "more" | "others" | "each") {
        phrase.elliptic = true;
        phrase.end = k;
        if lower(v, k) == "others" {
            phrase.noun = "others".to_string();
        }
        k += 1;
        if !is_nominal(v, k) {
            return Some(phrase);
        }
    }
    let mut head = None;
    for j in k..end.min(k + MAX_MODIFIERS + 1) {
        let w = lower(v, j);
        if !is_word(v, j) {
            // A hyphenated modifier: "Asian-American", "20-room".
            if v.word(j) == "-" && head.is_some() {
                continue;
            }
            break;
        }
        if is_unit(v, &w) {
            return None;
        }
        if v.lex.is_function_word(&w) && !v.lex.words.is_additive(&w) {
            break;
        }
        // A plural noun ends the phrase unless another noun follows ("electoral college votes").
        if let Some(word) = v.lex.facts.participle(&w).filter(|_| head.is_none() && j == k && is_nominal(v, j + 1)) {
            phrase.event = Some((j, word));
            continue;
        }
        if is_head_noun(v, j, quantity) {
            head = Some(j);
            if !is_nominal(v, j + 1) || lower(v, j + 1) == "of" {
                break;
            }
            continue;
        }
        if !is_modifier(v, j) {
            break;
        }
    }
    match head {
        Some(h) => {
            phrase.head = Some(h);
            phrase.noun = v.word(h).to_string();
            phrase.end = h;
            if let Some(word) = v.lex.facts.noun(v.word(h)).filter(|w| w.victim) {
                phrase.event = Some((h, word));
            }
        }
        None => {
            // "roughly 2000 Thai and 74 Malaysian stores": the shared noun of a breakdown.
            let mut j = k;
            while j < end && j < k + MAX_MODIFIERS && is_modifier(v, j) && capitalized(v, j) {
                j += 1;
            }
            if j > k && lower(v, j) == "and" {
                let next = (j + 1..end.min(j + 3))
                    .find(|&i| !is_word(v, i) || v.doc.slice(v.doc.tokens[i].span).chars().all(|c| c.is_ascii_digit()));
                if let Some(n) = next {
                    let shared = (n + 1..end.min(n + MAX_MODIFIERS + 2)).find(|&i| is_head_noun(v, i, 2.0));
                    if let Some(h) = shared {
                        phrase.noun = v.word(h).to_string();
                        phrase.end = j - 1;
                        return Some(phrase);
                    }
                }
            }
            // A capitalized word right after a figure without a noun: a name ("Boeing 737 Max").
            if capitalized(v, k) && k > first && v.start(k).is_some() && !is_modifier(v, k) {
                return None;
            }
        }
    }
    // Years and other time words: "18 months", "five years".
    if phrase.head.is_none()
        && matches!(
            &*lower(v, k),
            "years" | "year" | "months" | "days" | "hours" | "minutes" | "weeks" | "times" | "percent" | "per"
        )
    {
        return None;
    }
    Some(phrase)
}

/// A plural noun (or a singular one after "one"), by word class and morphology.
fn is_head_noun(v: &View<'_, '_>, i: usize, quantity: f64) -> bool {
    if !is_word(v, i) {
        return false;
    }
    let w = lower(v, i);
    if is_unit(v, &w) || v.lex.is_function_word(&w) {
        return false;
    }
    if v.lex.facts.count_nouns.contains_key(&*w) {
        return true;
    }
    if v.lex.facts.noun(&w).is_some_and(|e| e.victim) {
        return true;
    }
    if quantity > 1.0 {
        v.lex.facts.plural_noun(&w).is_some() && !v.lex.facts.mostly(&w, VERB)
    } else {
        v.lex.facts.classes_of(&w) & NOUN != 0 && !w.ends_with('s')
    }
}

/// A word that may stand between a figure and its noun: an adjective, a
/// nationality or other capitalized word, a noun used as a modifier.
fn is_modifier(v: &View<'_, '_>, i: usize) -> bool {
    if !is_word(v, i) {
        return false;
    }
    let w = lower(v, i);
    if v.lex.words.is_additive(&w) {
        return true;
    }
    if v.lex.is_function_word(&w) {
        return false;
    }
    if capitalized(v, i) {
        return true;
    }
    let c = v.lex.facts.classes_of(&w);
    c & (ADJ | NOUN) != 0 || (c == 0 && v.lex.facts.past_verb(&w))
}

/// A word that can continue a noun phrase: a modifier or a noun.
fn is_nominal(v: &View<'_, '_>, i: usize) -> bool {
    is_word(v, i) && !v.lex.is_function_word(&lower(v, i)) && {
        let w = lower(v, i);
        let c = v.lex.facts.classes_of(&w);
        let past = v.lex.facts.past_verb(&w) && !v.lex.facts.mostly(&w, NOUN);
        (c & NOUN != 0 && !v.lex.facts.mostly(&w, VERB) && v.lex.facts.participle(&w).is_none() && !past)
            || v.lex.facts.plural_noun(&w).is_some_and(|_| !v.lex.facts.mostly(&w, VERB) && !past)
            || capitalized(v, i) && v.at(i).is_some()
    }
}

/// Units of measurement, currencies and time words are not counted things.
fn is_unit(v: &View<'_, '_>, w: &str) -> bool {
    matches!(
        w,
        "years"
            | "year"
            | "months"
            | "month"
            | "weeks"
            | "week"
            | "days"
            | "day"
            | "hours"
            | "hour"
            | "minutes"
            | "minute"
            | "seconds"
            | "decades"
            | "centuries"
            | "times"
            | "percent"
            | "per"
            | "cent"
            | "degrees"
    ) || v.lex.figures.is_unit_word(w)
}

/// "three of the twelve lanes": the token of the total's figure.
fn partitive_total(v: &View<'_, '_>, last: usize, end: usize) -> Option<usize> {
    let k = last + 1;
    if v.word(k) != "of" {
        return None;
    }
    let mut t = if lower(v, k + 1) == "the" { k + 2 } else { k + 1 };
    if matches!(v.word(t + 1), "'s" | "’s") {
        t += 2;
    }
    (t < end && v.doc.tokens[t].kind == TokenKind::Number || is_number_word(v, &lower(v, t))).then_some(t)
}

fn is_number_word(v: &View<'_, '_>, w: &str) -> bool {
    v.lex.figures.is_number_word(w)
}

fn reading(event: String, trigger: String, from: usize, to: usize, rule: &'static str, line: Option<u32>) -> Reading {
    Reading {
        detail: CountFact {
            // Set by the caller once the count is bound to its figure.
            figure: Ref::Figure(usize::MAX),
            quantity: Number(0.0),
            approx: false,
            modifier: None,
            object: String::new(),
            lemma: String::new(),
            event,
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
        line,
    }
}

fn lexicon_reading(word: &EventWord, trigger: String, from: usize, to: usize, rule: &'static str) -> Reading {
    reading(word.event.clone(), trigger, from, to, rule, Some(word.line).filter(|&l| l > 0))
}

/// "22 sold units", "the three deceased".
fn inner(v: &View<'_, '_>, phrase: &Phrase<'_>, first: usize) -> Option<Reading> {
    let (i, word) = phrase.event?;
    Some(lexicon_reading(word, v.word(i).to_string(), first, i, "count:modifier"))
}

/// The event after the phrase, its subject: "90 civilians were wounded",
/// "18 people died", "27 dead", "six counties on the coast received",
/// "190 people on board", "2.8 million who voted".
fn subject(v: &View<'_, '_>, phrase: &Phrase<'_>, first: usize, end: usize) -> Option<Reading> {
    let mut k = phrase.end + 1;
    // "Sixty-six people or more were injured".
    if lower(v, k) == "or" && matches!(&*lower(v, k + 1), "more" | "so") {
        k += 2;
    }
    if let Some(j) = list_after(v, k, end).filter(|_| phrase.head.is_some() && v.is_punct(k, ",")) {
        // "150 soldiers, 95 civilians, and hundreds of rebels were killed": the items share it.
        k = j;
    } else if v.is_punct(k, ",") {
        if phrase.head.is_none() && !phrase.elliptic {
            // "Smith, 23, pleaded": an age in apposition.
            return None;
        }
        let verb_like = |i: usize| v.has(i, Feature::Auxiliary) || v.lex.facts.participle(v.word(i)).is_some();
        // "destroyed 300 homes, closed roads, killed one": a past verb with an
        // object after the comma opens the next predicate.
        if v.lex.facts.past_verb(v.word(k + 1)) && is_nominal(v, k + 2) {
            return None;
        }
        if verb_like(k + 1) {
            k += 1;
        } else {
            // "…, ripped up roads, killed one": a verb after the comma opens the
            // next predicate, not an interruption.
            if v.lex.facts.past_verb(v.word(k + 1)) && !v.lex.facts.mostly(&lower(v, k + 1), ADJ) {
                return None;
            }
            let close = (k + 1..end.min(k + MAX_INTERRUPTION)).find(|&i| v.is_punct(i, ","))?;
            k = close + 1;
        }
    } else if matches!(&*lower(v, k), "of" | "on" | "from" | "in" | "at" | "near" | "across" | "with" | "to") {
        // A prepositional phrase: "occupants of the helicopter died", "counties on the coast received".
        if let Some(r) = on_board(v, k, first) {
            return Some(r);
        }
        // The preposition's object comes first, a noun even where it could be a verb ("of torture").
        let mut j = k + 2;
        // A word after a determiner is a noun: "on the ground".
        while j < end && j < k + 5 && is_word(v, j) && (!verb_form(v, j) || is_determiner(v, v.word(j - 1))) {
            // A conjunction ends the subject's reach: "killed 813 in China and infected 35,000".
            if matches!(&*lower(v, j), "and" | "or" | "but") {
                return None;
            }
            j += 1;
        }
        if !is_word(v, k + 1) && !starts_count(v, k + 1) {
            return None;
        }
        k = j;
    } else if matches!(&*lower(v, k), "who" | "that") {
        k += 1;
    } else if lower(v, k) == "and" && starts_count(v, k + 1) {
        // "ten passengers and three crew members aboard": the conjuncts share what follows.
        let mut j = k + 2;
        while j < end && j < k + 2 + MAX_MODIFIERS && is_nominal(v, j) {
            j += 1;
        }
        // "114 active cases and 33 recovered": a conjunct with its own predicate shares nothing.
        if j == k + 2 {
            return None;
        }
        k = j;
    }
    if let Some(r) = on_board(v, k, first) {
        return Some(r);
    }
    let (mut negated, mut modality) = (false, None);
    let aux = k;
    while k < end && (is_auxiliary(v, v.word(k)) || is_negation(v, v.word(k)) || lower(v, k).ends_with("ly")) {
        negated |= is_negation(v, v.word(k));
        if let Some(m) = v.lex.words.modality(v.word(k)) {
            modality = Some(m.to_string());
        }
        k += 1;
    }
    // "140 passengers were on board".
    if k > aux {
        if let Some(r) = on_board(v, k, first) {
            return Some(r);
        }
    }
    // A capitalized verb only in a title-case line: "123 Prisoners Released", not "the Journal of Threatened Taxa".
    if capitalized(v, k) && (!phrase.head.is_some_and(|h| capitalized(v, h)) || v.at(k).is_some()) {
        return None;
    }
    // "were scheduled to lose power": the event is in the infinitive, not counted here.
    if lower(v, k + 1) == "to" && v.lex.facts.mostly(&lower(v, k + 2), VERB) {
        return None;
    }
    let mut r = if let Some((word, more)) = idiom(v, k, end) {
        // "lost their lives": the verb with its complement.
        let trigger = v.doc.slice(v.span(k, k + more)).to_string();
        lexicon_reading(word, trigger, first, k + more, "count:subject")
    } else if let Some(word) = v.lex.facts.verb(v.word(k)) {
        // A phrasal verb takes its particle along: "handed over".
        let particle = word.lemma.split_once(' ').map(|(_, p)| p).filter(|p| v.word(k + 1).eq_ignore_ascii_case(p));
        let trigger_end = if particle.is_some() { k + 1 } else { k };
        let trigger = v.doc.slice(v.span(k, trigger_end)).to_string();
        lexicon_reading(word, trigger, first, trigger_end, "count:subject")
    } else if phrase.head.is_some() && v.lex.facts.past_verb(v.word(k)) && k > phrase.end + 1
        || phrase.head.is_some() && k == phrase.end + 1 && v.lex.facts.past_verb(v.word(k)) && !is_nominal(v, k)
    {
        let lemma = v.lex.facts.verb_lemma(v.word(k))?;
        if v.lex.facts.is_stative(&lemma, &lower(v, k + 1)) {
            return None;
        }
        reading(lemma, v.word(k).to_string(), first, k, "count:subject", None)
    } else {
        return None;
    };
    r.detail.negated = negated;
    r.detail.modality = modality;
    let trigger_end = r.to;
    for j in trigger_end + 1..end.min(trigger_end + SLOT_WINDOW) {
        // The clause ends at a comma: "…, according to Iraqi security forces".
        if v.is_punct(j, ",") {
            break;
        }
        let Some(m) = v.start(j) else { continue };
        match v.word(j - 1) {
            "by" if r.detail.agent.is_none() && named(&m) => r.detail.agent = Some(Ref::Entity(m.entity)),
            "to" | "in" | "into" | "at" | "from" if r.detail.place.is_none() && m.kind == EntityKind::Place => {
                r.detail.place = Some(Ref::Entity(m.entity));
            }
            _ => continue,
        }
        r.to = r.to.max(m.last);
    }
    Some(r)
}

/// An idiom of the event lexicon at `k`, its verb and complement before
/// `end` ("lost their lives"): the event word and how many tokens follow the verb.
fn idiom<'a>(v: &View<'a, '_>, k: usize, end: usize) -> Option<(&'a EventWord, usize)> {
    let next: Vec<&str> = (k + 1..end.min(k + 4)).map(|i| v.word(i)).collect();
    v.lex.facts.idiom(&v.lex.words, v.word(k), &next)
}

/// The end of a list of counted phrases after a count, from the comma or
/// "and" at `k` ("…, 95 civilians, and hundreds of rebels"): the token after
/// it. Every item is a count and a noun; `None` when there is none.
fn list_after(v: &View<'_, '_>, mut k: usize, end: usize) -> Option<usize> {
    let mut items = 0;
    loop {
        let mut j = k;
        if v.is_punct(j, ",") {
            j += 1;
        }
        if matches!(&*lower(v, j), "and" | "or") {
            j += 1;
        }
        if j == k || j >= end || !(starts_count(v, j) || is_vague(v.word(j))) {
            break;
        }
        j += 1;
        if lower(v, j) == "of" {
            j += 1;
        }
        let nouns = j;
        while j < end && j < nouns + MAX_MODIFIERS && (is_nominal(v, j) || capitalized(v, j) && is_word(v, j)) {
            j += 1;
        }
        if j == nouns {
            return None;
        }
        items += 1;
        k = j;
    }
    (items > 0).then_some(k)
}

/// A number at `i`: digits or a number word.
fn starts_count(v: &View<'_, '_>, i: usize) -> bool {
    v.doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Number) || is_number_word(v, &lower(v, i))
}

/// "on board" / "aboard" at `k`: the counted were carried.
fn on_board(v: &View<'_, '_>, k: usize, first: usize) -> Option<Reading> {
    let w = lower(v, k);
    let to = if w == "on" && lower(v, k + 1) == "board" {
        k + 1
    } else if w == "aboard" {
        k
    } else {
        return None;
    };
    let word = v.lex.facts.verb("aboard")?;
    Some(lexicon_reading(word, v.doc.slice(v.span(k, to)).to_string(), first, to, "count:subject"))
}

/// A verb form (not a noun reading): an event word or a past/present verb.
fn verb_form(v: &View<'_, '_>, i: usize) -> bool {
    let w = lower(v, i);
    is_auxiliary(v, &w) || v.lex.facts.verb(&w).is_some() || v.lex.facts.past_verb(&w)
}

/// The event before the figure, its object: "killing seven riders", "won
/// Pennsylvania's 20 votes", "a series of seven pardons", "broke into two pieces".
fn object(v: &View<'_, '_>, phrase: &Phrase<'_>, start: usize, floor: usize) -> Option<Reading> {
    let mut j = start;
    let back = |j: usize| j.checked_sub(1).filter(|&i| i >= floor);
    // "its", "an additional"
    while let Some(i) = back(j).filter(|&i| is_determiner(v, v.word(i))) {
        j = i;
    }
    // "Pennsylvania's"
    if let Some(i) = back(j).filter(|&i| v.word(i) == "'s" || v.word(i) == "’s") {
        if let Some(m) = i.checked_sub(1).and_then(|p| v.end(p)) {
            j = m.first;
        } else if i > floor {
            j = i - 1;
        }
    }
    // "a series of"
    if let Some(i) = back(j).filter(|&i| v.word(i) == "of") {
        if i >= 2 && v.lex.cue_any_case("collective", v.word(i - 1)) {
            j = i - 1;
            while let Some(p) = back(j).filter(|&p| is_determiner(v, v.word(p))) {
                j = p;
            }
        }
    }
    if let Some(i) = back(j).filter(|&i| v.lex.words.has(v.word(i), "object_pronoun")) {
        j = i;
    }
    let mut bridged = false;
    if let Some(i) = back(j).filter(|&i| v.lex.cue_any_case("object_preposition", v.word(i))) {
        j = i;
        bridged = true;
    }
    // "takes over": a particle.
    let mut verb = back(j)?;
    let mut particle = None;
    if matches!(&*lower(v, verb), "over" | "out" | "off" | "up" | "down") && verb > floor && !bridged {
        particle = Some(lower(v, verb));
        verb -= 1;
    }
    let w = v.word(verb);
    if planned(v, verb, floor) {
        return None;
    }
    // Past a preposition only a verb form, not a noun: "broke into two pieces", not "supply to 38,000".
    let verb_form = v.lex.facts.past_verb(w) || w.ends_with("ing") && v.lex.facts.verb_lemma(w).is_some();
    if bridged && v.lex.facts.verb(w).is_none() && !verb_form {
        return None;
    }
    let mut r = if let Some(word) = v.lex.facts.verb(w) {
        // "the toll rose to 48": a level that changed, its event is the nominal's.
        if matches!(word.event.as_str(), "increase" | "decrease") {
            return None;
        }
        lexicon_reading(word, w.to_string(), verb, verb, "count:object")
    } else {
        let lemma = v.lex.facts.verb_lemma(w).filter(|_| phrase.head.is_some())?;
        if v.lex.facts.is_stative(&lemma, &lower(v, verb + 1))
            || v.lex.is_function_word(&w.to_lowercase())
            || is_auxiliary(v, w)
            || !(v.lex.facts.mostly(&lemma, VERB) || lemma != w.to_lowercase())
        {
            return None;
        }
        // A light verb (`light_verb` in cues.tsv) before an event noun takes
        // the noun's event: "faced twelve counts" are charges.
        let light = v.lex.cue("light_verb", &lemma);
        if let Some(word) = phrase.head.filter(|_| light).and_then(|h| v.lex.facts.noun(v.word(h))) {
            lexicon_reading(word, w.to_string(), verb, verb, "count:object")
        } else {
            let event = particle.map_or(lemma.clone(), |p| format!("{lemma} {p}"));
            reading(event, w.to_string(), verb, verb, "count:object", None)
        }
    };
    // Subject: a named entity before the verb and its auxiliaries.
    let mut s = verb;
    while s > floor && (is_auxiliary(v, v.word(s - 1)) || is_negation(v, v.word(s - 1))) {
        s -= 1;
        r.detail.negated |= is_negation(v, v.word(s));
        if let Some(m) = v.lex.words.modality(v.word(s)) {
            r.detail.modality = Some(m.to_string());
        }
    }
    if let Some(agent) = s.checked_sub(1).and_then(|i| v.end(i)).filter(named) {
        r.detail.agent = Some(Ref::Entity(agent.entity));
        r.from = agent.first;
    }
    Some(r)
}

/// "the release of 123 prisoners", "the confirmed deaths are fourteen
/// civilians", "the death count in the hundreds".
fn nominal(v: &View<'_, '_>, start: usize, floor: usize) -> Option<Reading> {
    let mut j = start;
    let mut steps = 0;
    // "the death count in the hundreds": a place preposition links only past a
    // tally; "elections in fourteen states" count no elections.
    let mut needs_tally = false;
    while j > floor && steps < 6 {
        let i = j - 1;
        let w = lower(v, i);
        // Not a verb's base form: "plans to cut 300 jobs".
        let infinitive = i > floor && lower(v, i - 1) == "to";
        if let Some(word) = v.lex.facts.noun(&w).filter(|_| !infinitive) {
            // "a drop to six": a level, not what happened to six things.
            if needs_tally || matches!(word.event.as_str(), "increase" | "decrease") {
                return None;
            }
            return Some(lexicon_reading(word, v.word(i).to_string(), i, i, "count:nominal"));
        }
        if v.lex.cue_any_case("tally", &w) {
            needs_tally = false;
        } else if v.lex.cue_any_case("frame_preposition", &w) {
            needs_tally = true;
        }
        if !(v.lex.cue_any_case("tally_link", &w) || v.lex.cue_any_case("tally", &w)) {
            return None;
        }
        j = i;
        steps += 1;
    }
    None
}

/// A breakdown: the count after "and" or a comma shares the event of the
/// count before it in the sentence ("five Armed Forces personnel, and one
/// member", "and two more with minor injuries").
fn coordinated(
    v: &View<'_, '_>,
    phrase: &Phrase<'_>,
    start: usize,
    floor: usize,
    previous: Option<(&CountFact<Ref>, Option<u32>, usize)>,
) -> Option<Reading> {
    let (prev, line, prev_end) = previous?;
    let mut j = start.checked_sub(1).filter(|&i| i >= floor)?;
    if matches!(&*lower(v, j), "and" | "or") {
        j = j.checked_sub(1).filter(|&i| i >= floor).unwrap_or(j);
    }
    // "90 civilians were wounded, as were seventeen from the Armed Forces".
    let inverted = start >= 2 && lower(v, start - 2) == "as" && is_auxiliary(v, v.word(start - 1));
    let joined = (v.is_punct(j, ",") || matches!(&*lower(v, start - 1), "and" | "or"))
        && start - prev_end <= COORDINATION_WINDOW
        || inverted;
    // "250 thousand protesters in New York, 100 thousand in London": a bare
    // count with a place of its own is the next item of the list.
    let parallel = v.lex.cue_any_case("frame_preposition", v.word(phrase.end + 1)) && v.is_punct(j, ",");
    if !joined
        || (phrase.head.is_none() && !phrase.elliptic)
            && !matches!(&*lower(v, start - 1), "and" | "or")
            && !inverted
            && !parallel
    {
        return None;
    }
    let mut r = reading(prev.event.clone(), prev.trigger.clone(), start, start, "count:coordinated", line);
    r.detail.negated = prev.negated;
    r.detail.modality = prev.modality.clone();
    Some(r)
}

/// "plans to cut 300 jobs", "was planned to affect 200,000 customers": the
/// verb at `i` is the infinitive of a plan, not an event.
fn planned(v: &View<'_, '_>, i: usize, floor: usize) -> bool {
    i >= floor + 2
        && lower(v, i - 1) == "to"
        && v.lex.facts.verb_lemma(v.word(i - 2)).is_some_and(|l| v.lex.facts.is_stative(&l, "to"))
}

/// The nearest event-lexicon verb earlier in the clause: "pleaded not guilty
/// on Tuesday to seven counts", "cut electric supply to around 38,000 people".
fn clause(v: &View<'_, '_>, phrase: &Phrase<'_>, start: usize, floor: usize) -> Option<Reading> {
    phrase.head?;
    // "found in 36 states that …": a count after "in" says where, not what.
    if start > floor && v.lex.cue_any_case("area_preposition", v.word(start - 1)) {
        return None;
    }
    let mut i = start;
    while i > floor && start - i < CLAUSE_WINDOW {
        i -= 1;
        // A partitive or an exception opens another phrase: "all but the youngest of their thirteen children".
        if !is_word(v, i) || matches!(&*lower(v, i), "of" | "but" | "except") {
            return None;
        }
        // Another verb closes the reach: "infected cases included 114 active cases".
        if v.lex.facts.verb(v.word(i)).is_none()
            && v.lex.facts.past_verb(v.word(i))
            && v.lex.facts.verb_lemma(v.word(i)).is_some_and(|l| v.lex.facts.is_stative(&l, ""))
        {
            return None;
        }
        // After a determiner the word is a noun: "an increase from 88 deaths".
        let noun_use = i > floor && is_determiner(v, v.word(i - 1));
        // A base form that is mostly a noun is one here: "a 93% increase from 88 deaths".
        let w = lower(v, i);
        let verb_form = v.lex.facts.past_verb(&w) || w.ends_with("ing") || v.lex.facts.mostly(&w, VERB);
        if let Some(word) = v.lex.facts.verb(&w).filter(|_| !noun_use && verb_form && !planned(v, i, floor)) {
            // "that number drops to six": a level that changed counts nothing here.
            if matches!(word.event.as_str(), "increase" | "decrease") {
                return None;
            }
            return Some(lexicon_reading(word, v.word(i).to_string(), i, i, "count:clause"));
        }
    }
    None
}

fn named(m: &Placed) -> bool {
    matches!(m.kind, EntityKind::Place | EntityKind::Organization | EntityKind::Person)
}

fn is_negation(v: &View<'_, '_>, word: &str) -> bool {
    v.lex.words.is_negation(word)
}

/// An auxiliary, modal or adverb between a subject and its verb ("were",
/// "could", "also", "reportedly").
fn is_auxiliary(v: &View<'_, '_>, word: &str) -> bool {
    v.lex.words.is_auxiliary(word) || v.lex.words.is_adverb(word)
}

/// A word that may open a counted object phrase: an article, a possessive,
/// "all", "an additional", "further".
fn is_determiner(v: &View<'_, '_>, word: &str) -> bool {
    v.lex.words.is_possessive_or_article(word)
        || v.lex.words.is_additive(word)
        || v.lex.words.has(word, "predeterminer")
}

#[cfg(test)]
mod tests {
    use crate::{Extractor, FactDetail};
    use once_cell::sync::Lazy;

    static EX: Lazy<Extractor> = Lazy::new(Extractor::default);

    /// (quantity, event, object, modifier, negated) of every count fact.
    fn counts(text: &str) -> Vec<(f64, String, String, Option<String>, bool)> {
        EX.extract(text)
            .facts
            .iter()
            .filter_map(|f| match &f.detail {
                FactDetail::Count(c) => {
                    Some((c.quantity.0, c.event.clone(), c.object.clone(), c.modifier.clone(), c.negated))
                }
                _ => None,
            })
            .collect()
    }

    /// (quantity, event, object).
    type Expected = &'static [(f64, &'static str, &'static str)];

    /// (name, sentence, expected counts).
    const TABLE: &[(&str, &str, Expected)] = &[
        (
            "plural noun by class, nationality between",
            "Officials said five Turkish soldiers were killed near the border.",
            &[(5.0, "kill", "soldiers")],
        ),
        (
            "adjective between, passive",
            "Three British tourists were rescued from the cave on Monday.",
            &[(3.0, "rescue", "tourists")],
        ),
        ("elided noun, passive", "At least nine were killed when the bus overturned.", &[(9.0, "kill", "")]),
        (
            "a light verb takes the event of its counted noun",
            "The former mayor faced eleven counts of bribery.",
            &[(11.0, "charge", "counts")],
        ),
        (
            "another verb keeps its own event",
            "The governor issued five pardons on Friday.",
            &[(5.0, "issue", "pardons")],
        ),
        ("elided noun, predicative adjective", "The storm left 31 dead across the region.", &[(31.0, "die", "")]),
        (
            "elided noun, more",
            "Six miners died and four more were hurt.",
            &[(6.0, "die", "miners"), (4.0, "wound", "miners")],
        ),
        ("others", "The fire killed a firefighter and injured 11 others.", &[(11.0, "wound", "others")]),
        (
            "of them, on board",
            "There were 52 passengers on board, six of them children.",
            &[(52.0, "board", "passengers"), (6.0, "board", "passengers")],
        ),
        ("active event verb", "Rebels kidnapped 14 aid workers on Friday.", &[(14.0, "kidnap", "workers")]),
        ("intransitive subject", "Eighteen civilians died in the shelling.", &[(18.0, "die", "civilians")]),
        ("nominal toll", "The death toll rose to 48 on Sunday.", &[(48.0, "die", "")]),
        ("nominal of", "The government announced the release of 57 detainees.", &[(57.0, "release", "detainees")]),
        (
            "reduced relative",
            "Fifteen people killed in the attack were buried on Tuesday.",
            &[(15.0, "kill", "people")],
        ),
        ("predicative on board", "About 140 passengers were on board the ferry.", &[(140.0, "board", "passengers")]),
        (
            "coordinated breakdown",
            "The bombing killed 12 women and 5 children.",
            &[(12.0, "kill", "women"), (5.0, "kill", "children")],
        ),
        (
            "inverted coordination",
            "Forty soldiers were wounded, as were nine from the police.",
            &[(40.0, "wound", "soldiers"), (9.0, "wound", "")],
        ),
        ("any verb by word class", "The retailer closed 45 stores last year.", &[(45.0, "close", "stores")]),
        ("irregular past by word class", "The factory sold 300 tractors.", &[(300.0, "sell", "tractors")]),
        (
            "shared noun of a breakdown",
            "The firm sold its 120 Danish and 40 Swedish shops.",
            &[(120.0, "sell", "shops"), (40.0, "sell", "shops")],
        ),
        ("prepositional phrase before the verb", "Two members of the crew drowned.", &[(2.0, "die", "members")]),
        ("noun compound", "Officials counted 20 electoral college votes.", &[(20.0, "count", "votes")]),
        ("partitive: only the part", "Three of the twelve judges were replaced.", &[(3.0, "replace", "judges")]),
        (
            "a count in a prepositional phrase is no subject",
            "Police said 40 suspects in 9 states were arrested.",
            &[(40.0, "arrest", "suspects")],
        ),
        ("the clause fallback stops at another verb", "The infected patients included 40 children.", &[]),
        (
            "along with coordinates",
            "The envoy, along with 31 other hostages, was freed on Sunday.",
            &[(31.0, "release", "hostages")],
        ),
        (
            "a count of deaths is one of the dead",
            "The agency confirmed 12 new deaths on Friday.",
            &[(12.0, "die", "deaths")],
        ),
        ("or more after the noun", "Forty people or more were hurt.", &[(40.0, "wound", "people")]),
        ("a possessor inside a partitive", "She won 30 of the party's 45 seats.", &[(30.0, "win", "seats")]),
        ("a partitive's total", "Rebels freed 8 of the 20 hostages.", &[(8.0, "release", "hostages")]),
        (
            "a list of counts shares the verb after it",
            "Officials said 40 soldiers, 12 police officers, and dozens of rebels were killed.",
            &[(40.0, "kill", "soldiers"), (12.0, "kill", "officers"), (24.0, "kill", "rebels")],
        ),
        (
            "a partitive with a named possessor",
            "Two of Kowalski's neighbours died in the blaze.",
            &[(2.0, "die", "neighbours")],
        ),
        (
            "a bare count with its own place in a list",
            "Rallies drew 30 thousand marchers in Paris, 20 thousand in Lyon, and 5 thousand in Nice.",
            &[(30000.0, "draw", "marchers"), (20000.0, "draw", "marchers"), (5000.0, "draw", "marchers")],
        ),
        (
            "a noun before a count of a plural noun is no label",
            "Officials said at the time 30 soldiers were killed.",
            &[(30.0, "kill", "soldiers")],
        ),
        ("a month is no modal", "By May 300 people had died of the fever.", &[(300.0, "die", "people")]),
        (
            "a predicate after the comma is no interruption",
            "The quake destroyed 80 homes, closed roads, killed one and injured nine people.",
            &[(80.0, "destroy", "homes"), (1.0, "kill", ""), (9.0, "wound", "people")],
        ),
        ("an idiom with its complement", "Nine climbers lost their lives on the ridge.", &[(9.0, "die", "climbers")]),
        (
            "an idiom's verb alone keeps its own lemma",
            "The club lost 12 players to injury.",
            &[(12.0, "lose", "players")],
        ),
        ("an ambiguous verb keeps its lemma", "Four shells struck the depot overnight.", &[(4.0, "strike", "shells")]),
        ("an adverb between subject and verb", "Two guards were later arrested.", &[(2.0, "arrest", "guards")]),
        ("a modal makes it possible", "Up to 90 homes could flood.", &[]),
        (
            "a conjunct with its own predicate",
            "Officials reported 114 active cases and 33 recovered.",
            &[(33.0, "recover", "")],
        ),
    ];

    #[test]
    fn counts_by_grammar() {
        let mut failed = Vec::new();
        for (name, text, expected) in TABLE {
            let got: Vec<(f64, String, String)> = counts(text).into_iter().map(|(q, e, o, _, _)| (q, e, o)).collect();
            let want: Vec<(f64, String, String)> =
                expected.iter().map(|(q, e, o)| (*q, e.to_string(), o.to_string())).collect();
            if got != want {
                failed.push(format!("{name}: {text}\n  got  {got:?}\n  want {want:?}"));
            }
        }
        assert!(failed.is_empty(), "{}", failed.join("\n"));
    }

    /// Sentences with a number and no count fact: ages, labels, states,
    /// measures, questions, plans, events counted themselves.
    const NO_COUNT: &[(&str, &str)] = &[
        ("age in apposition", "Smith, 45, was arrested on Monday."),
        ("age after aged", "The victim, aged 31, died at the scene."),
        ("stative there are", "There are 300 people in the village."),
        ("stative have", "The company has 500 employees."),
        ("duration", "He was jailed for 12 years."),
        ("money", "The firm lost 40 million dollars."),
        ("measurement", "The storm dropped 30 inches of rain."),
        ("question", "How many of the 40 passengers were rescued?"),
        ("label", "The Category 4 storm destroyed homes."),
        ("hypothetical", "Up to 500 workers could lose their jobs."),
        ("plan", "The company plans to cut 300 jobs."),
        ("events themselves", "At least three bombings took place in the city."),
        ("a named body", "Officials sent 3000 of the National Guard to the coast."),
        ("a name before the figure", "The recorder from Air Nowhere Flight 512 has been recovered."),
        ("a compound modifier", "A ten-storey tower was demolished on Sunday."),
        ("a modal before a victim noun", "Experts warned the heatwave may cause roughly 300 deaths."),
        ("a modal after a victim noun", "Officials said hundreds of deaths could be avoided."),
        ("a rate", "There were only four deaths per 100,000 residents."),
        ("a count of places after the clause's verb", "The survey found in 30 districts that most wells were dry."),
        ("a place phrase after a nominal event", "The party held primary elections in fourteen districts."),
        ("one as the doer of an unlisted act", "One guard locked the gate behind them."),
        ("a level that changed", "Under the new rule, that number drops to six."),
        ("a part of a whole", "Women were a tenth of the staff, which constitutes about 650 workers."),
    ];

    #[test]
    fn no_count_where_nothing_is_counted() {
        let failed: Vec<String> = NO_COUNT
            .iter()
            .filter_map(|(name, text)| {
                let c = counts(text);
                (!c.is_empty()).then(|| format!("{name}: {text}: {c:?}"))
            })
            .collect();
        assert!(failed.is_empty(), "{}", failed.join("\n"));
    }

    #[test]
    fn hedges_give_a_modifier() {
        for (text, quantity, modifier) in [
            ("More than 200 people were evacuated from the town.", 200.0, "more_than"),
            ("As many as 40 homes were destroyed.", 40.0, "up_to"),
            ("Police arrested about 60 protesters.", 60.0, "about"),
            ("Hundreds of people were arrested.", 200.0, "vague_plural"),
            ("At least 15 people died.", 15.0, "at_least"),
            ("The laboratory has tested over 400 samples.", 400.0, "more_than"),
        ] {
            let c = counts(text);
            assert_eq!(c.len(), 1, "{text}: {c:?}");
            assert_eq!((c[0].0, c[0].3.as_deref()), (quantity, Some(modifier)), "{text}");
        }
    }

    #[test]
    fn negation_is_kept() {
        let c = counts("Police did not arrest the 12 suspects.");
        assert_eq!(c.len(), 1, "{c:?}");
        assert!(c[0].4, "negated: {c:?}");
    }
}
