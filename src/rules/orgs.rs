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
use crate::kinds::EntityKind;
use crate::text::{Shape, TokenKind};

const HEAD: i32 = 65;
const DEFINITE: i32 = 40;
/// A place and a plural nickname: above a title's person ("the League
/// Champion Oslo Ravens" is no person named by a title).
const PLACE_NICKNAME: i32 = 75;

/// Longest chain, in tokens.
const MAX_TOKENS: usize = 12;
const CONNECTORS: [&str; 4] = ["of", "for", "the", "on"];

pub(super) fn find(v: &View<'_, '_>, s: usize, out: &mut Vec<Candidate>) {
    let range = v.sentence_range(s);
    // "the police": an institution named by its common noun (`lexicon/cues.tsv`, `definite_org`).
    for i in range.clone().skip(1) {
        if v.word(i - 1).eq_ignore_ascii_case("the") && v.cue("definite_org", i) {
            out.push(v.candidate(i, i, EntityKind::Organization, "org:definite", DEFINITE));
        }
    }
    place_nicknames(v, s, out);
    let mut i = range.start;
    while i < range.end {
        // A word hyphenated to the one before is no name's start: "All-Time University of …".
        let compound = i > range.start + 1 && v.word(i - 1) == "-" && v.touching(i - 2, i - 1) && v.touching(i - 1, i);
        if !chain_word(v, i) || compound {
            i += 1;
            continue;
        }
        let end = chain_end(v, i, range.end);
        // "a Scout Museum", "an Air Division": a kind of thing, not its name.
        let indefinite = i > range.start && matches!(v.word(i - 1), "a" | "an");
        if let Some(mut c) = classify(v, i, end).filter(|c| !(indefinite && c.kind == EntityKind::Organization)) {
            if c.kind == EntityKind::Organization {
                extend_front(v, &mut c, range.start);
            }
            out.push(c);
        }
        i = end;
    }
}

/// "Orlando Rays", "Texas Longhorns": a listed place, then a capitalized
/// plural no list holds that is no head word or people's name ("Swiss
/// Germans"), nor a surname after a first name outside a sports report
/// ("Georgia Sims"), names a team or a company, not the place
/// (`org:place+plural`; a team, `sports_team`, in a sports report).
fn place_nicknames(v: &View<'_, '_>, s: usize, out: &mut Vec<Candidate>) {
    // A headline capitalizes its verbs and nouns: "Belarus Releases Prisoners".
    if v.cur.is_title_case(s) {
        return;
    }
    let range = v.sentence_range(s);
    let mut sporting = None;
    for p in range.clone() {
        let Some(&(kind, last, _)) = v.listed.get(&p) else { continue };
        let n = last + 1;
        let w = v.word(n);
        let plural = w.len() >= 4 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is");
        // "in North Shields": a place cue or a compass word makes the pair a place.
        let cue = p > range.start && v.lex.cue("place_before", &v.word(p - 1).to_lowercase());
        if kind != EntityKind::Place
            || cue
            || v.lex.qualifies_name(v.word(p))
            || n >= range.end
            || !plural
            || !v.name_word(n)
            || v.token(n).is_some_and(|t| t.shape != Shape::Capitalized)
            || v.listed.contains_key(&n)
            || (v.lex.surnames.contains(w)
                && v.is_first_name(p)
                && !*sporting.get_or_insert_with(|| super::sports::Context::of(v, s).is_some_and(|c| c.sporting)))
            || v.lex.heads.contains_key(w)
            || v.lex.demonyms.contains(&w[..w.len() - 1])
            || v.lex.demonyms.contains(v.word(last))
        {
            continue;
        }
        let mut c = v.candidate(p, n, EntityKind::Organization, "org:place+plural", PLACE_NICKNAME);
        if *sporting.get_or_insert_with(|| super::sports::Context::of(v, s).is_some_and(|c| c.sporting)) {
            c.subtype = Some("sports_team".to_string());
        }
        out.push(c);
    }
}

/// A word of a name chain: a capitalized name word, or an acronym ("FBI Academy").
fn chain_word(v: &View<'_, '_>, i: usize) -> bool {
    v.name_word(i) || v.token(i).is_some_and(|t| t.kind == TokenKind::Word && t.shape == Shape::Upper)
}

/// The end (exclusive) of the chain starting at `start`. A connector joins
/// only after a head word ("Ministry of Defence", "Headquarters for the
/// Treatment of …", not "Secretary of the …"); "and" after a head ends the
/// chain ("the Monson Railroad and the Franklin Railway" are two); so does a
/// possessive owner ("University of Texas Men's …" ends before "Men").
fn chain_end(v: &View<'_, '_>, start: usize, limit: usize) -> usize {
    let limit = limit.min(start + MAX_TOKENS);
    let mut end = start + 1;
    let mut last_word = start;
    let mut seen_head = v.is_head(start);
    // Inside the complement of "A of B": "Institute of Arts and Sciences".
    let mut complement = false;
    while end < limit {
        let w = v.word(end);
        // "Anti-Defamation League", "Multi-State Lottery Association".
        if w == "-" && v.touching(end - 1, end) && v.touching(end, end + 1) && chain_word(v, end + 1) {
            end += 2;
            last_word = end - 1;
            seen_head |= v.is_head(end - 1);
            continue;
        }
        if chain_word(v, end) {
            // … unless the owner is a head itself: "General Services Administration's".
            if v.token(end + 1).is_some_and(|t| t.kind == TokenKind::Possessive)
                && seen_head
                && !v.lex.heads.contains_key(w)
            {
                break;
            }
            seen_head |= v.lex.heads.contains_key(w);
            last_word = end;
            end += 1;
        } else if seen_head && CONNECTORS.contains(&w) && !(w == "for" && names_other(v, end + 1)) {
            complement |= matches!(w, "of" | "for" | "on");
            end += 1;
        } else if complement && w == "and" && joins_complement(v, end + 1, limit) {
            // "Department of Physics and Astronomy": one more word, not a name of its own.
            end += 1;
        } else if !seen_head
            && matches!(w, "and" | "&")
            && chain_word(v, end + 1)
            && !(start..end).any(|s| v.listed.get(&s).is_some_and(|&(_, e, _)| e + 1 == end))
        {
            // "Portland and Ogdensburg Railroad": joined names before the
            // head, but not after a listed name ("AP and NBC News" are two).
            end += 1;
        } else {
            break;
        }
    }
    last_word + 1
}

/// Whether the name at `i` (after an optional "the") is one of its own,
/// after "for": "the Super League for FC Vardø", "the Hockey League for the
/// Oslo Eagles", not "the Commission for the Protection of …".
fn names_other(v: &View<'_, '_>, i: usize) -> bool {
    let i = if v.word(i) == "the" { i + 1 } else { i };
    // A demonym opens a complement: "Council for European Security".
    (v.listed.contains_key(&i) && !v.lex.demonyms.contains(v.word(i))) || v.lex.heads_before.contains_key(v.word(i))
}

/// An organization's name takes in the word before it when that word is
/// part of the name: a capitalized "The" inside a sentence ("a branch of The
/// Scout Association"), an ordinal ("the 65th Air Division"), or a number
/// before a unit's head ("Redesignated 65 Fighter Wing on 1 May"; `lexicon/cues.tsv`,
/// `numbered_head`) when no noun follows the name ("12 Army Corps officers" are officers).
fn extend_front(v: &View<'_, '_>, c: &mut Candidate, sentence_start: usize) {
    let (first, _) = v.doc.token_bounds(c.span);
    if first <= sentence_start {
        return;
    }
    let prev = first - 1;
    let Some(t) = v.token(prev) else { return };
    let w = v.word(prev);
    let inside = v.doc.tokens[sentence_start..prev].iter().any(|t| t.kind != TokenKind::Punct);
    let ordinal = t.kind == TokenKind::Number
        && w.starts_with(|c: char| c.is_ascii_digit())
        && ["st", "nd", "rd", "th"].iter().any(|s| w.ends_with(s))
        && w.trim_end_matches(char::is_alphabetic).chars().all(|c| c.is_ascii_digit());
    let (_, last) = v.doc.token_bounds(c.span);
    let numbered = t.kind == TokenKind::Number
        && t.shape == Shape::Digits
        && w.len() <= 3
        && v.cue("numbered_head", last)
        && v.token(last + 1).is_none_or(|n| n.shape != Shape::Lower || v.cur.is_starter(last + 1));
    if (w == "The" && inside) || ordinal || numbered {
        c.span = t.span.cover(c.span);
    }
}

/// Whether the word at `i`, after "and" in the complement of "A of B", is the
/// complement's last word: a capitalized word no list holds, with no name
/// word after it ("Arts and Sciences", not "… of Texas and Texas A&M").
fn joins_complement(v: &View<'_, '_>, i: usize, limit: usize) -> bool {
    i < limit && v.name_word(i) && !v.listed.contains_key(&i) && !v.is_head(i) && {
        let next = v.token(i + 1);
        i + 1 >= limit || next.is_some_and(|t| t.kind != TokenKind::Word || !chain_word(v, i + 1))
    }
}

fn classify(v: &View<'_, '_>, start: usize, end: usize) -> Option<Candidate> {
    let words = (start..end).filter(|&i| chain_word(v, i)).count();
    if words < 2 {
        return None;
    }
    // A title before a person's name ends it: "House of Commons Speaker John Bercow".
    let titled = |i: usize| v.title_starting_at(i, end).is_some_and(|(after, _)| after < end && v.name_word(after));
    let mut end = (start + 1..end).find(|&i| titled(i)).unwrap_or(end);
    while end > start + 1 && !chain_word(v, end - 1) {
        end -= 1;
    }
    // A head before the name: "Hurricane Milton", "Tropical Storm Milton", "FC Basel".
    if let Some((head, (kind, subtype))) =
        (start..end).find_map(|i| v.lex.heads_before.get(v.word(i)).map(|h| (i, h))).filter(|&(i, _)| i + 1 < end)
    {
        let words = (head + 1..end).take_while(|&i| chain_word(v, i) && !v.is_head(i)).count();
        // "Combined Joint Task Force Operation …" is headed before the second head;
        // "Fort Wendell Star-Ledger" by its last word.
        let headed_elsewhere =
            (start..head).any(|i| v.is_head(i)) || (head + words + 1 < end && v.lex.ends_org_name(v.word(end - 1)));
        if words > 0 && !headed_elsewhere {
            let last = head + words;
            let rule = match kind {
                EntityKind::Place => "place:head",
                EntityKind::Misc => "misc:head",
                _ => "org:head",
            };
            let mut c = v.candidate(start, last, *kind, rule, HEAD);
            c.subtype = subtype.clone();
            return Some(c);
        }
    }
    // The head of "A of B" is in A: "Headquarters for the Treatment of
    // Prisoners of War" is an organization, "Battle of Fredericksburg" an event.
    let before_connector = (start..end).find(|&i| CONNECTORS.contains(&v.word(i))).unwrap_or(end);
    // A head that stands before its name heads nothing after the chain's start
    // ("… Task Force Operation Inherent Resolve" is headed by "Force").
    let (head, kind) = (start..before_connector)
        .rev()
        .filter(|&i| i == start || i + 1 == end || !v.lex.heads_before.contains_key(v.word(i)))
        .find_map(|i| v.head(i).map(|&k| (i, k)))?;
    // An organization's head before a place head names a body serving the
    // place: "Dover Area School District".
    let kind = match head.checked_sub(1).filter(|&h| h >= start).and_then(|h| v.head(h)) {
        Some(EntityKind::Organization) if kind == EntityKind::Place => EntityKind::Organization,
        _ => kind,
    };
    // A complement can make a body of a building: "Hockey Hall of Fame"
    // (`lexicon/cues.tsv`, `org_complement`).
    let kind = match v.word(before_connector + 1) {
        w if before_connector + 2 == end && v.lex.cue("org_complement", w) => EntityKind::Organization,
        _ => kind,
    };
    // After the head only "of …"-like continuations belong to the name:
    // "Conference Teams" is not one.
    // A Roman numeral still belongs: "World War II".
    let numeral = |i: usize| v.word(i).chars().all(|c| matches!(c, 'I' | 'V' | 'X'));
    // A place name and a plural at the chain's end name a team: "West Coast
    // Eagles", "Sacramento River Cats".
    let plural = |i: usize| {
        let w = v.word(i);
        v.name_word(i) && w.len() >= 4 && w.ends_with('s') && !w.ends_with("ss") && !v.lex.heads.contains_key(w)
    };
    if kind == EntityKind::Place
        && end - head <= 3
        && end - head >= 2
        && (head + 1..end).all(|i| v.name_word(i))
        && plural(end - 1)
    {
        let mut c = v.candidate(start, end - 1, EntityKind::Organization, "org:head", HEAD);
        c.subtype = Some("sports_team".to_string());
        return Some(c);
    }
    // A modifier written after its head belongs to the head: "Directorate
    // General of Civil Aviation", "Secretariat General" (`postpositive`).
    let head = if head + 1 < end && chain_word(v, head + 1) && v.lex.cue("postpositive", v.word(head + 1)) {
        head + 1
    } else {
        head
    };
    let end = if head + 1 < end && chain_word(v, head + 1) { head + 1 + usize::from(numeral(head + 1)) } else { end };
    // "Headquarters for …" needs something named after the head; a bare
    // "County" or "Party" at either end with nothing but the head is no name.
    let named = (start..end).any(|i| i != head && chain_word(v, i));
    if !named {
        return None;
    }
    // Leave a listed organization holding the head and ending here to the
    // gazetteers ("US Department of Justice" → "Department of Justice").
    let last = end - 1;
    // A listed name with exactly this span is the gazetteers' too.
    if v.listed.get(&start).is_some_and(|&(_, e, _)| e == last) {
        return None;
    }
    if (start..=head).any(|i| v.listed.get(&i).is_some_and(|&(k, e, _)| k != EntityKind::Place && e == last)) {
        return None;
    }
    let rule = match kind {
        EntityKind::Place => "place:head",
        EntityKind::Misc => "misc:head",
        _ => "org:head",
    };
    Some(v.candidate(start, last, kind, rule, HEAD))
}
