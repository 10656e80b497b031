//! Roles: a title before a person ("President Alexander Lukashenko", "US
//! President Donald Trump", "opposition activist Maria Kolesnikova",
//! "Vice President of the United States Joe Biden", "PG&E President and CEO
//! Andy Vesey": two roles) — `role:title`; a title phrase before a person and
//! a comma ("The mayor of London, Sadiq Khan", "His running mate, Kamala
//! Harris") — `role:title-apposition`; or in apposition after one ("John
//! Coale, the US President Donald Trump's special envoy for Belarus", "X,
//! formerly the president and chief executive of Y") — `role:apposition`.
//! A place or organization before the title, a possessor, or "for/of X"
//! after it says what the role is of. Qualifiers stay in the role ("acting",
//! "deputy", `lexicon/cues.tsv`, `role_qualifier`); past markers ("former",
//! "then-", "formerly", `past_role`) set `former` and stay out of it.

use super::{Found, Placed, Ref, View};
use crate::detail::{FactDetail, RoleFact};
use crate::kinds::EntityKind;
use crate::lexicon::Title;
use crate::text::Feature;
use crate::text::TokenKind;

/// How far an apposition may run before its title, in tokens.
const APPOSITION_WINDOW: usize = 12;
pub(super) fn find(v: &View<'_, '_>, out: &mut Vec<Found>) {
    for p in v.mentions().filter(|p| p.kind == EntityKind::Person) {
        let sentence = &v.doc.sentences[v.doc.sentence_at(v.doc.tokens[p.first].span.start)];
        let (floor, limit) = (sentence.tokens.start, sentence.tokens.end);
        if p.first > floor && !title_before(v, p, floor, out) && !plural_title(v, p, floor, out) {
            title_apposition(v, p, floor, out);
        }
        apposition(v, p, limit, out);
    }
}

fn is_named(m: &Placed) -> bool {
    matches!(m.kind, EntityKind::Place | EntityKind::Organization)
}

fn lower<'t>(v: &View<'_, 't>, i: usize) -> std::borrow::Cow<'t, str> {
    v.cur.lower(i)
}

/// Whether the words right before token `start` mark a role as past:
/// "former", "then-", "ex-", "formerly the".
fn past_before(v: &View<'_, '_>, start: usize, floor: usize) -> bool {
    let mut i = start;
    let mut seen = 0;
    while i > floor && seen < 4 {
        i -= 1;
        let w = lower(v, i);
        if v.lex.cue("past_role", &w) {
            return true;
        }
        if w == "-" || v.lex.words.is_determiner(&w) || matches!(&*w, "his" | "her" | "its" | "their") {
            seen += 1;
            continue;
        }
        break;
    }
    false
}

/// Extends a title starting at `start` backwards over qualifiers ("acting",
/// "deputy", "vice") and stacked qualifier titles.
fn with_qualifiers(v: &View<'_, '_>, mut start: usize, floor: usize) -> usize {
    while start > floor {
        let w = lower(v, start - 1);
        if v.lex.cue("role_qualifier", &w) {
            start -= 1;
        } else if w == "-" && start >= floor + 2 && v.lex.cue("role_qualifier", &lower(v, start - 2)) {
            start -= 2;
        } else {
            break;
        }
    }
    start
}

/// The title ending at token `end`, past an "-elect" and a parenthesized
/// abbreviation ("Member of Parliament (MP)"): its first token and the
/// title.
fn title_ending<'a>(v: &View<'a, '_>, mut end: usize, floor: usize) -> Option<(usize, &'a Title)> {
    if v.is_punct(end, ")") && end >= floor + 3 {
        if let Some(o) = (end.saturating_sub(4).max(floor)..end).rev().find(|&i| v.is_punct(i, "(")) {
            end = o.checked_sub(1)?;
        }
    }
    if lower(v, end) == "elect" && end >= floor + 2 && v.is_punct(end - 1, "-") {
        end -= 2;
    }
    if end < floor {
        return None;
    }
    title_at(v, end, floor)
}

fn title_at<'a>(v: &View<'a, '_>, end: usize, floor: usize) -> Option<(usize, &'a Title)> {
    let lex: &'a crate::lexicon::Lexicons = v.lex;
    lex.title_ending_at(v.doc, end, floor)
}

/// The organization or place a title starting at `start` is of: one ending
/// right before it ("Florida Governor"), or owning it ("Tesco's CEO").
fn premodifier(v: &View<'_, '_>, start: usize) -> Option<Placed> {
    let before = start.checked_sub(1)?;
    if v.doc.tokens[before].kind == TokenKind::Possessive {
        return before.checked_sub(1).and_then(|i| v.end(i)).filter(is_named);
    }
    v.end(before).filter(is_named)
}

#[allow(clippy::too_many_arguments)]
fn push(
    v: &View<'_, '_>,
    out: &mut Vec<Found>,
    p: &Placed,
    role: (usize, usize),
    head: &str,
    of: Option<Placed>,
    former: bool,
    evidence: (usize, usize),
    rule: &'static str,
) {
    out.push(Found {
        detail: FactDetail::Role(RoleFact {
            person: Ref::Entity(p.entity),
            role: v.doc.slice(v.span(role.0, role.1)).to_string(),
            head: head.to_string(),
            of: of.filter(|o| o.entity != p.entity).map(|o| Ref::Entity(o.entity)),
            former,
        }),
        evidence: v.span(evidence.0, evidence.1),
        rule,
        source: None,
    });
}

/// "US President Donald Trump", "PG&E President and CEO Andy Vesey", "Coast
/// Guard Commandant Admiral X", "Vice President of the United States X".
/// Whether a title was found.
fn title_before(v: &View<'_, '_>, p: &Placed, floor: usize, out: &mut Vec<Found>) -> bool {
    let end = p.first - 1;
    let mut of_after: Option<Placed> = None;
    let found = title_ending(v, end, floor).map(|(s, t)| (s, t, end)).or_else(|| {
        // "Vice President of the United States Joe Biden".
        let m = v.end(end).filter(is_named)?;
        let mut b = m.first;
        if b > floor && v.has(b - 1, Feature::Determiner) {
            b -= 1;
        }
        if b < floor + 2 || !matches!(v.word(b - 1), "of" | "for") {
            return None;
        }
        let (s, t) = title_ending(v, b - 2, floor)?;
        of_after = Some(m);
        Some((s, t, b - 2))
    });
    let Some((mut start, mut title, mut title_end)) = found else { return false };
    // "Labour Party leader Jeremy Corbyn": the title is "leader", of the party.
    if let Some(m) = v.at(start).filter(is_named) {
        match title_at(v, title_end, m.last + 1) {
            Some((s, t)) => (start, title) = (s, t),
            None => return false,
        }
    }
    // "brother Alex Van Halen": kinship is a relation, not a role.
    if title.honorific || super::relation::is_kin(v, v.word(title_end)) {
        return false;
    }
    if title_end > start && v.is_punct(title_end, ")") {
        title_end = (start..title_end).find(|&i| v.is_punct(i, "(")).map_or(title_end, |o| o - 1);
    }
    // Stacked titles make one ("Detective Inspector"); coordinated ones two
    // ("President and CEO").
    let mut titles = vec![(with_qualifiers(v, start, floor), title_end, title)];
    loop {
        let (s, _, _) = titles[titles.len() - 1];
        let and = s > floor + 1 && v.word(s - 1) == "and";
        let e = if and { s - 2 } else { s.wrapping_sub(1) };
        if s <= floor || e < floor {
            break;
        }
        let Some((s2, t2)) = title_at(v, e, floor).filter(|(_, t)| !t.honorific) else { break };
        if v.at(s2).is_some() {
            break;
        }
        let s2 = with_qualifiers(v, s2, floor);
        if and {
            titles.push((s2, e, t2));
        } else if let Some(last) = titles.last_mut() {
            last.0 = s2;
        }
    }
    let first = titles[titles.len() - 1].0;
    let of = of_after.or_else(|| premodifier(v, first));
    let former = past_before(v, of.map_or(first, |o| o.first.min(first)), floor) || past_before(v, first, floor);
    let from = of.map_or(first, |o| o.first.min(first));
    for (s, e, t) in titles.iter().rev() {
        push(v, out, p, (*s, *e), &t.head, of, former, (from, p.last), "role:title");
    }
    true
}

/// How many coordinated names may share one plural title.
const MAX_SHARED: usize = 4;

/// A plural title shared by coordinated names ("Presidents A and B",
/// "foreign ministers A, B and C", "members of the House X and Y"): each
/// name gets the title in the singular. Whether one was found.
fn plural_title(v: &View<'_, '_>, p: &Placed, floor: usize, out: &mut Vec<Found>) -> bool {
    let mut i = p.first;
    for _ in 0..MAX_SHARED {
        if i <= floor {
            return false;
        }
        // The title right before the first name, or before "of X" there.
        let mut end = i - 1;
        let mut of_after = None;
        if let Some(m) = v.end(end).filter(is_named) {
            let mut b = m.first;
            if b > floor && v.has(b - 1, Feature::Determiner) {
                b -= 1;
            }
            if b >= floor + 2 && matches!(v.word(b - 1), "of" | "for") {
                end = b - 2;
                of_after = Some(m);
            }
        } else if let Some(of) = unlisted_of(v, end, floor) {
            // "members of the House of Representatives A and B", the body unlisted.
            end = of - 1;
        }
        if let Some((start, role, head)) = plural_title_ending(v, end, floor) {
            let of = of_after.or_else(|| premodifier(v, start));
            let former = past_before(v, of.map_or(start, |o| o.first.min(start)), floor);
            let from = of.map_or(start, |o| o.first.min(start));
            out.push(Found {
                detail: FactDetail::Role(RoleFact {
                    person: Ref::Entity(p.entity),
                    role,
                    head,
                    of: of.filter(|o| o.entity != p.entity).map(|o| Ref::Entity(o.entity)),
                    former,
                }),
                evidence: v.span(from, p.last),
                rule: "role:plural-title",
                source: None,
            });
            return true;
        }
        // Step back over one coordinated name: "A and", "A,".
        if i < floor + 2 || !(v.word(i - 1) == "and" || v.is_punct(i - 1, ",")) {
            return false;
        }
        let e = i - 2;
        i = match v.end(e) {
            Some(m) if m.kind == EntityKind::Person => m.first,
            Some(_) => return false,
            None => {
                let capital = |j: usize| {
                    v.doc.tokens[j].kind == TokenKind::Word
                        && v.word(j).chars().next().is_some_and(char::is_uppercase)
                        && v.at(j).is_none()
                };
                // An unlisted name: from its first name, else its last two words.
                let run: Vec<usize> = (e.saturating_sub(3).max(floor)..=e).rev().take_while(|&j| capital(j)).collect();
                match run.iter().find(|&&j| v.lex.gender(v.word(j)).is_some()).or(run.get(1)).or(run.first()) {
                    Some(&s) => s,
                    None => return false,
                }
            }
        };
    }
    false
}

/// The "of" or "for" before an unlisted name ending at `end`
/// ("of the House of Representatives"): capitalized words, articles and "of"
/// between, the nearest one with a word before it.
fn unlisted_of(v: &View<'_, '_>, end: usize, floor: usize) -> Option<usize> {
    let capital =
        |j: usize| v.doc.tokens[j].kind == TokenKind::Word && v.word(j).chars().next().is_some_and(char::is_uppercase);
    if !capital(end) {
        return None;
    }
    let mut j = end;
    while j > floor + 1 && end - j < 6 {
        j -= 1;
        let w = v.word(j);
        if matches!(w, "of" | "for") && !capital(j - 1) {
            return Some(j);
        }
        if !(capital(j) || v.lex.words.has(w, "article") || w == "of") {
            return None;
        }
    }
    None
}

/// A plural title ending at token `end` ("Presidents", "foreign ministers"):
/// its first token, the title in the singular as a role and its head.
fn plural_title_ending(v: &View<'_, '_>, end: usize, floor: usize) -> Option<(usize, String, String)> {
    let word = v.word(end);
    if v.doc.tokens.get(end)?.kind != TokenKind::Word || !word.ends_with('s') {
        return None;
    }
    let singular = v.lex.facts.plural_noun(word)?;
    // The words before it, as written, then the singular: the longest title.
    (0..3).rev().find_map(|n| {
        let start = end.checked_sub(n).filter(|&s| s >= floor)?;
        if (start..end).any(|j| v.doc.tokens[j].kind != TokenKind::Word || v.at(j).is_some()) {
            return None;
        }
        let mut phrase: Vec<String> = (start..end).map(|j| v.word(j).to_string()).collect();
        phrase.push(singular.clone());
        let phrase = phrase.join(" ").to_lowercase();
        let doc = crate::text::Document::new(&phrase);
        let last = doc.tokens.len().checked_sub(1)?;
        let (s, t) = v.lex.title_ending_at(&doc, last, 0)?;
        (s == 0 && !t.honorific).then(|| (start, phrase.clone(), t.head.clone()))
    })
}

/// "The mayor of London, Sadiq Khan", "His running mate, Kamala Harris",
/// "Windsor Locks' first selectman, Chris Kervick": a title phrase opened by
/// a determiner or possessor, then a comma and the person.
fn title_apposition(v: &View<'_, '_>, p: &Placed, floor: usize, out: &mut Vec<Found>) {
    if p.first < floor + 2 || !v.is_punct(p.first - 1, ",") {
        return;
    }
    let end = p.first - 2;
    let found = phrase_ending(v, end, floor).map(|(s, t, e, m)| ((s, t, e), m));
    let Some(((start, title, title_end), of)) = found else { return };
    // "Her sister, X": kinship is a relation, not a role.
    if title.honorific || v.at(start).is_some() || super::relation::is_kin(v, v.word(title_end)) {
        return;
    }
    // "The then-manager of X and Director of Y, NAME": a coordinated title
    // phrase before this one.
    let mut extra = None;
    if start > floor + 2 && v.word(start - 1) == "and" {
        let e = start - 2;
        let prior = phrase_ending(v, e, floor);
        if let Some((s, t, e, m)) = prior.filter(|(s, t, _, _)| !t.honorific && v.at(*s).is_none()) {
            extra = Some((s, e, t, m));
        }
    }
    if let Some((s, e, t, m)) = extra {
        let first = (s, t, e, m);
        let rest = (start, title, title_end, of);
        title_phrase(v, p, floor, first, Some(rest), out);
    } else {
        title_phrase(v, p, floor, (start, title, title_end, of), None, out);
    }
}

type Phrase<'a> = (usize, &'a Title, usize, Option<Placed>);

/// A title phrase ending at token `end`: a title ("the mayor"), or a title
/// and "of/for" a name, listed or not ("the mayor of London", "the manager
/// of Barmouth Publicity"). Its first token, title, last title token and
/// the named entity.
fn phrase_ending<'a>(v: &View<'a, '_>, end: usize, floor: usize) -> Option<Phrase<'a>> {
    if let Some((s, t)) = title_at(v, end, floor) {
        return Some((s, t, end, None));
    }
    let (m, mut b) = match v.end(end).filter(is_named) {
        Some(m) => (Some(m), m.first),
        None => {
            let capital = |i: usize| {
                v.doc.tokens[i].kind == TokenKind::Word && v.word(i).chars().next().is_some_and(char::is_uppercase)
            };
            let b = (end.saturating_sub(5).max(floor)..=end).rev().take_while(|&i| capital(i)).last()?;
            (None, b)
        }
    };
    if b > floor && v.has(b - 1, Feature::Determiner) {
        b -= 1;
    }
    if b < floor + 2 || !matches!(v.word(b - 1), "of" | "for") {
        return None;
    }
    let (s, t) = title_at(v, b - 2, floor)?;
    Some((s, t, b - 2, m))
}

/// Emits the role(s) of a title phrase before ", NAME" when a determiner or
/// possessor opens it.
fn title_phrase<'a>(
    v: &View<'a, '_>,
    p: &Placed,
    floor: usize,
    first: Phrase<'a>,
    second: Option<Phrase<'a>>,
    out: &mut Vec<Found>,
) {
    let (start, title, title_end, of) = first;
    // Lower-case modifiers may stand before the title ("first selectman").
    let mut s = with_qualifiers(v, start, floor);
    while s > floor && v.doc.tokens[s - 1].kind == TokenKind::Word && v.word(s - 1).chars().all(char::is_lowercase) {
        let w = lower(v, s - 1);
        if v.lex.words.is_determiner(&w) || v.lex.is_function_word(&w) || v.lex.cue("past_role", &w) {
            break;
        }
        s -= 1;
    }
    let role_start = s;
    // Opened by a determiner, a possessive pronoun or a possessor.
    let mut b = s;
    while b > floor && (v.lex.cue("past_role", &lower(v, b - 1)) || v.is_punct(b - 1, "-")) {
        b -= 1;
    }
    let opener = b.checked_sub(1).filter(|&i| i >= floor);
    let owner = opener
        .filter(|&i| v.doc.tokens[i].kind == TokenKind::Possessive)
        .and_then(|i| i.checked_sub(1))
        .and_then(|i| v.end(i));
    let opened = opener.is_some_and(|i| {
        let w = lower(v, i);
        matches!(&*w, "the" | "his" | "her" | "its" | "their" | "a" | "an")
    });
    let possessive = opener.is_some_and(|i| v.doc.tokens[i].kind == TokenKind::Possessive);
    if !opened && !possessive {
        return;
    }
    let owner = owner.filter(|o| o.entity != p.entity);
    let former = past_before(v, role_start, floor);
    let from = owner.map_or(opener.unwrap_or(role_start), |o| o.first);
    let evidence = (from, p.last);
    push(v, out, p, (role_start, title_end), &title.head, of.or(owner), former, evidence, "role:title-apposition");
    if let Some((s, t, e, m)) = second {
        push(v, out, p, (s, e), &t.head, m.or(owner), former, evidence, "role:title-apposition");
    }
}

/// "John Coale, the US President Donald Trump's special envoy for Belarus",
/// "Matt Simister, Tesco's CEO for Central Europe", "X, formerly the
/// president and chief executive officer of Y".
fn apposition(v: &View<'_, '_>, p: &Placed, limit: usize, out: &mut Vec<Found>) {
    let mut k = p.last + 1;
    if !v.is_punct(k, ",") {
        return;
    }
    k += 1;
    let open = k;
    let skip = |w: &str| {
        v.lex.words.is_determiner(w)
            || matches!(w, "his" | "her" | "its" | "their")
            || v.lex.cue("past_role", w.to_lowercase().as_str())
    };
    while k < limit && (skip(v.word(k)) || v.is_punct(k, "-")) {
        k += 1;
    }
    let end = limit.min(k + APPOSITION_WINDOW);
    let mut possessor: Option<Placed> = None;
    let mut premod: Option<Placed> = None;
    while k < end {
        if let Some(q) = v.start(k) {
            let possessive = v.doc.tokens.get(q.last + 1).is_some_and(|t| t.kind == TokenKind::Possessive);
            if possessive {
                possessor = Some(q);
                k = q.last + 2;
            } else {
                premod = is_named(&q).then_some(q);
                k = q.last + 1;
            }
            continue;
        }
        if let Some((mut after, title)) = v.lex.title_starting_at(v.doc, k, end) {
            // Stacked titles make one: "Deputy Chief Minister".
            let mut head = title;
            while let Some((next, t)) = v.lex.title_starting_at(v.doc, after, end) {
                after = next;
                head = t;
            }
            // A title followed by a name is that name's ("the US President Donald Trump's …").
            if v.start(after).is_some_and(|q| q.kind == EntityKind::Person) {
                k = after;
                continue;
            }
            if title.honorific || super::relation::is_kin(v, v.word(after - 1)) {
                return;
            }
            // Coordinated titles: "the president and chief executive officer of Y".
            let mut titles = vec![(k, after - 1, head)];
            while v.word(after) == "and" {
                let Some((mut next, mut t)) = v.lex.title_starting_at(v.doc, after + 1, end) else { break };
                let s = after + 1;
                while let Some((n2, t2)) = v.lex.title_starting_at(v.doc, next, end) {
                    next = n2;
                    t = t2;
                }
                if t.honorific {
                    break;
                }
                titles.push((s, next - 1, t));
                after = next;
            }
            let mut role_end = after - 1;
            let mut target = None;
            if matches!(v.word(after), "for" | "of") {
                let mut x = after + 1;
                if v.has(x, Feature::Determiner) && v.start(x).is_none() {
                    x += 1;
                }
                if let Some(m) = v.start(x) {
                    role_end = m.last;
                    target = Some(m);
                }
            }
            // "Pogue, the founder of Pogue": a role is not of its holder.
            let of = possessor.or(target).or(premod).filter(|o| o.entity != p.entity);
            let former = (open..titles[0].0).any(|i| v.lex.cue("past_role", &lower(v, i)));
            let single = titles.len() == 1;
            for (s, e, t) in titles {
                // One title keeps its "of X" as written; coordinated ones share it.
                let e = if single { role_end } else { e };
                push(v, out, p, (s, e), &t.head, of, former, (p.first, role_end), "role:apposition");
            }
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
