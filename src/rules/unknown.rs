//! Names no list holds and no other rule claimed: a run of capitalized words
//! that nothing covers is read from its context instead of being dropped.
//! - a legal form ends it ("Tesco PLC", "Acme Widgets Inc."): an organization,
//!   `org:legal-form`; a listed organization before a legal form takes it in;
//! - a business cue stands beside it ("shares of X", "X shares", "X's chief
//!   executive", `lexicon/cues.tsv`: `org_before`, `org_after`, `org_owner`):
//!   `org:business`;
//! - it stands in a team's slot of a sports report ("lost to Tulsa 63-7"):
//!   `org:sports-team`;
//! - ", the son of" follows it, or it is a first name and a surname:
//!   `person:name`;
//! - ", State" or ", Country" follows it ("Paxton, Illinois"): `place:comma`;
//! - an acronym no list knows ("the RIAA"): `org:acronym`.
//!
//! A run at a sentence start is read only on a cue: "Three" or "Later" open
//! sentences as often as names do. Headlines (Title Case) say nothing.

use super::{sports, View};
use crate::candidate::Candidate;
use crate::kinds::EntityKind;
use crate::text::{Shape, TokenKind};

const LEGAL: i32 = 55;
const CUE: i32 = 45;
const NAME: i32 = 35;
/// Longest run read, in words.
const MAX_WORDS: usize = 6;

/// An organization a list or rule found, followed by a legal form: "Apple
/// Inc.", "Talvern Holdings PLC".
pub(super) fn legal_form_extensions<'c>(
    v: &View<'_, '_>,
    found: impl Iterator<Item = &'c Candidate>,
    out: &mut Vec<Candidate>,
) {
    for c in found.filter(|c| c.kind == EntityKind::Organization) {
        let (_, last) = v.doc.token_bounds(c.span);
        let s = v.doc.sentence_at(c.span.start);
        let limit = v.sentence_range(s).end;
        if let Some(end) = v.lex.legal_form_at(v.doc, last + 1, limit) {
            let span = c.span.cover(v.doc.tokens[end - 1].span);
            out.push(Candidate { span, rule: "org:legal-form".to_string(), score: c.score + 5, ..c.clone() });
        }
    }
}

pub(super) fn find(v: &View<'_, '_>, s: usize, covered: &[bool], out: &mut Vec<Candidate>) {
    if v.cur.is_title_case(s) {
        return;
    }
    let range = v.sentence_range(s);
    let mut context = None;
    let listed = org_list_items(v, s);
    let mut i = range.start;
    while i < range.end {
        // "Znak.com reported …": a site named by its domain, before a speech verb.
        if !covered[i] && domain_name(v, i) && v.lex.is_speech_verb(v.word(i + 1)) {
            out.push(v.candidate(i, i, EntityKind::Organization, "org:domain", CUE));
            i += 1;
            continue;
        }
        if covered[i] || !cap_word(v, i) {
            i += 1;
            continue;
        }
        let end = run_end(v, i, range.end, covered);
        // A title opening the run is no part of the name: "Governor Henry McMaster".
        let mut first = i;
        let headed = (i..end).any(|j| v.is_head(j));
        while let Some((after, _)) = v.title_starting_at(first, end).filter(|&(after, _)| after < end && !headed) {
            first = after;
        }
        if let Some(c) = classify(v, s, first, end, &mut context, &listed) {
            out.push(c);
        }
        i = end;
    }
}

/// Names in a list with people: "Mike Dorrance, Sarah Quell and Tibor
/// Vantasz" — a run of two or three capitalized words between list commas
/// (or "and") in a list holding two people found otherwise is a person too
/// (`person:list`).
pub(super) fn list_members(v: &View<'_, '_>, people: &[Candidate], covered: &[bool], out: &mut Vec<Candidate>) {
    let sep = |i: usize| matches!(v.word(i), "," | "and" | ";");
    // People by sentence, counted when they stand between list separators.
    let mut listed_people = vec![0usize; v.doc.sentences.len()];
    for c in people {
        let (first, last) = v.doc.token_bounds(c.span);
        if (first > 0 && sep(first - 1)) || sep(last + 1) {
            listed_people[v.doc.sentence_at(c.span.start)] += 1;
        }
    }
    for (s, &n) in listed_people.iter().enumerate() {
        if n < 2 {
            continue;
        }
        let range = v.sentence_range(s);
        let mut i = range.start + 1;
        while i < range.end {
            if covered[i] || !v.name_word(i) || !sep(i - 1) {
                i += 1;
                continue;
            }
            let end = (i..range.end).find(|&j| covered[j] || !v.name_word(j)).unwrap_or(range.end);
            let words = end - i;
            let closed = end < range.end && (sep(end) || matches!(v.word(end), "." | ")"));
            let headed = (i..end).any(|j| v.is_head(j));
            if (2..=3).contains(&words) && closed && !headed && !v.lex.qualifies_name(v.word(i)) {
                out.push(v.candidate(i, end - 1, EntityKind::Person, "person:list", NAME));
            }
            i = end.max(i + 1);
        }
    }
}

/// Whether the words from `i` describe the name before them by one of
/// the cue words of kind `nouns`: "is a (small) village", ", a town in", "is
/// a software company", "are a Danish four-piece band".
fn described_as(v: &View<'_, '_>, i: usize, limit: usize, nouns: &str) -> bool {
    let w = |j: usize| if j < limit { v.word(j) } else { "" };
    // "is", "was", "are", "were" (`lexicon/cues.tsv`, `describing_verb`) or an apposition's comma.
    let (article, apposition) = match w(i) {
        "," => (i + 1, true),
        verb if v.lex.cue("describing_verb", verb) => (i + 1, false),
        _ => return false,
    };
    if !matches!(w(article), "a" | "an") {
        return false;
    }
    let org = nouns == "org_noun";
    // Modifiers: up to two lower-case words before a place noun ("a small
    // rural village"); before an organization noun also a demonym, hyphens
    // and slashes, up to four ("a Danish chain", "a four-piece electro / synth band").
    let modifier = |k: usize| {
        (v.token(k).is_some_and(|t| t.kind == TokenKind::Word && t.shape == Shape::Lower)
            && !(org && k < limit && v.cur.is_starter(k)))
            || (org && (v.lex.demonyms.contains(w(k)) || matches!(w(k), "-" | "/")))
    };
    let reach = if org { 9 } else { 4 };
    (article + 1..article + reach).any(|j| {
        v.lex.cue(nouns, w(j))
            && (article + 1..j).all(modifier)
            && if org {
                ends_description(v, j + 1, limit)
            } else {
                !apposition || matches!(w(j + 1), "in" | "of" | "near" | "on" | ",")
            }
    })
}

/// Whether the description of a name ends before token `i`: "a software
/// company based in Oslo", "a record label.", not "a company spokesman"
/// (the noun then describes the spokesman, not the name).
fn ends_description(v: &View<'_, '_>, i: usize, limit: usize) -> bool {
    i >= limit
        || v.token(i).is_some_and(|t| t.kind != TokenKind::Word || t.shape != Shape::Lower)
        || v.cur.is_starter(i)
        || v.cue("hyphen_suffix", i)
        || v.word(i).ends_with("ed")
        || v.word(i).ends_with("ing")
}

/// Whether the words from `i` say what only an organization is said to be
/// or do: "is owned by", "was founded by", "filed for bankruptcy"
/// (`lexicon/cues.tsv`, `org_predicate`).
fn predicate_after(v: &View<'_, '_>, i: usize, limit: usize) -> bool {
    let mut phrase = String::new();
    for j in i..limit.min(i + 3) {
        if v.token(j).is_none_or(|t| t.kind != TokenKind::Word || t.shape != Shape::Lower) {
            return false;
        }
        if !phrase.is_empty() {
            phrase.push(' ');
        }
        phrase.push_str(v.word(j));
        if j > i && v.lex.cue("org_predicate", phrase.as_str()) {
            return true;
        }
    }
    false
}

/// The tokens opening the items of a list of organizations named by their
/// plural noun (`lexicon/cues.tsv`, `org_noun`): "bands such as X, Y and
/// Z", "labels like X", "X, Y and several other companies": each item's
/// first and end (exclusive) token. An item opening with "The" is recorded
/// from the word after it, where its run starts.
fn org_list_items(v: &View<'_, '_>, s: usize) -> Vec<(usize, usize)> {
    let range = v.sentence_range(s);
    let w = |j: usize| if range.contains(&j) { v.word(j) } else { "" };
    let plural = |j: usize| {
        let word = w(j);
        let singular = match word.strip_suffix("ies") {
            Some(stem) => format!("{stem}y"),
            None => word.strip_suffix('s').unwrap_or("").to_string(),
        };
        !singular.is_empty() && v.lex.cue("org_noun", singular.as_str())
    };
    let mut items = Vec::new();
    for i in range.clone() {
        if !plural(i) {
            continue;
        }
        let after = match (w(i + 1), w(i + 2)) {
            ("like" | "including", _) => Some(i + 2),
            ("such", "as") => Some(i + 3),
            _ => None,
        };
        if let Some(mut j) = after {
            // Items forward: a run of capitalized words, then ",", "and" or "or".
            while let Some(end) = item_forward(v, j, range.end) {
                items.push((if w(j) == "The" { j + 1 } else { j }, end));
                j = end;
                while matches!(w(j), "," | "and" | "or") {
                    j += 1;
                }
                if j == end {
                    break;
                }
            }
        }
        // Items backward: "… and several other bands", "the X, Y and Z companies".
        let mut k = i.saturating_sub(1);
        if w(k) == "other" {
            k = k.saturating_sub(1);
        } else if k > range.start && cap_word(v, k) && matches!(w(k - 1), "and" | "," | "&") {
            // The last item, then the others before it.
            let Some(start) = item_backward(v, k, range.start) else { continue };
            items.push((start, k + 1));
            k = start.saturating_sub(1);
        } else {
            continue;
        }
        // "and several other bands"
        if !matches!(w(k), "and" | "or") && range.contains(&k) && v.cur.is_starter(k) {
            k = k.saturating_sub(1);
        }
        while k > range.start && matches!(w(k), "," | "and" | "or") {
            k -= 1;
            while k > range.start && matches!(w(k), "," | "and") {
                k -= 1;
            }
            let Some(start) = item_backward(v, k, range.start) else { break };
            // The item is whole: a separator or the sentence's start before it.
            let the = usize::from(start > range.start && w(start - 1) == "The");
            let open = (start - the).checked_sub(1).filter(|&o| o >= range.start);
            if open.is_some_and(|o| !matches!(w(o), "," | "and" | "or")) {
                break;
            }
            items.push((start, k + 1));
            k = start.saturating_sub(1);
            if w(k) == "The" {
                k = k.saturating_sub(1);
            }
        }
    }
    items
}

/// The end (exclusive) of a list item starting at `j`: an optional "The",
/// then capitalized words joined by "&", "-" or "/".
fn item_forward(v: &View<'_, '_>, j: usize, limit: usize) -> Option<usize> {
    let start = if j < limit && v.word(j) == "The" { j + 1 } else { j };
    let mut end = start;
    while end < limit && (cap_word(v, end) || (end > start && matches!(v.word(end), "&" | "-" | "/"))) {
        end += 1;
    }
    while end > start && matches!(v.word(end - 1), "&" | "-" | "/") {
        end -= 1;
    }
    (end > start).then_some(end)
}

/// The first token of the list item ending at `k` (inclusive), after any "The".
fn item_backward(v: &View<'_, '_>, k: usize, floor: usize) -> Option<usize> {
    if !cap_word(v, k) {
        return None;
    }
    let mut start = k;
    while start > floor && (cap_word(v, start - 1) || matches!(v.word(start - 1), "&" | "-" | "/")) {
        start -= 1;
    }
    while !cap_word(v, start) {
        start += 1;
    }
    Some(start)
}

/// A capitalized domain name standing for its site: "Znak.com", "Meduza.io".
fn domain_name(v: &View<'_, '_>, i: usize) -> bool {
    let w = v.word(i);
    v.token(i).is_some_and(|t| matches!(t.kind, TokenKind::Url | TokenKind::Word))
        && w.starts_with(|c: char| c.is_uppercase())
        && !w.contains('/')
        && w.rsplit_once('.').is_some_and(|(name, tld)| {
            name.len() >= 2 && (2..=6).contains(&tld.len()) && tld.chars().all(|c| c.is_ascii_lowercase())
        })
}

/// A word that may be part of a name: capitalized, not a function word,
/// month or weekday; or an acronym.
fn cap_word(v: &View<'_, '_>, i: usize) -> bool {
    v.name_word(i)
        || v.token(i).is_some_and(|t| {
            t.kind == TokenKind::Word && matches!(t.shape, Shape::Upper | Shape::Mixed) && !v.cue("not_name", i)
        })
        || call_sign(v, i)
}

/// Capitals and digits with no lower-case letter, named only on a cue: a
/// station's call sign ("3KX", "WQ7R"), a channel ("ZTV2"). One capital
/// ("G7", "4G") is a model or a standard more often than a name.
fn call_sign(v: &View<'_, '_>, i: usize) -> bool {
    v.token(i).is_some_and(|t| {
        let w = v.word(i);
        t.shape == Shape::Alphanumeric
            && matches!(t.kind, TokenKind::Word | TokenKind::Number)
            && w.chars().all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
            && w.chars().filter(char::is_ascii_uppercase).count() >= 2
    })
}

/// The end (exclusive) of the uncovered run of name words starting at `start`:
/// name words, "&" and particles between them, hyphens joining touching ones.
fn run_end(v: &View<'_, '_>, start: usize, limit: usize, covered: &[bool]) -> usize {
    let free = |i: usize| i < limit && !covered[i] && cap_word(v, i);
    let mut end = start + 1;
    let mut words = 1;
    while end < limit && !covered[end] && words < MAX_WORDS {
        if free(end) {
            end += 1;
            words += 1;
            continue;
        }
        let w = v.word(end);
        let joiner = w == "&" || v.lex.particles.contains(&w.to_lowercase());
        let hyphen = w == "-" && v.touching(end - 1, end) && v.touching(end, end + 1);
        if (joiner || hyphen) && free(end + 1) {
            end += 2;
            words += 1;
            continue;
        }
        break;
    }
    // A run never ends on an initial ("Smith J").
    while end > start + 1 && v.token(end - 1).is_some_and(|t| t.shape == Shape::Initial) {
        end -= 1;
    }
    end
}

fn classify(
    v: &View<'_, '_>,
    s: usize,
    first: usize,
    end: usize,
    context: &mut Option<Option<sports::Context>>,
    listed: &[(usize, usize)],
) -> Option<Candidate> {
    let last = end - 1;
    let range = v.sentence_range(s);
    let initial = v.doc.tokens[range.start..first].iter().all(|t| t.kind == TokenKind::Punct);
    let words = (first..end).filter(|&i| cap_word(v, i)).count();
    let word = |i: usize| v.word(i);
    let lower = |i: usize| if i < range.start { String::new() } else { word(i).to_lowercase() };
    // A capitalized "The" inside a sentence opens an organization's name:
    // "the band The Velvet Static"; cue words stand before it.
    let lead = if first > range.start + 1 && word(first - 1) == "The" { first - 1 } else { first };
    let org = |rule: &str, score: i32| Some(v.candidate(lead, last, EntityKind::Organization, rule, score));

    // "Tesco PLC", "Acme Widgets Co. Ltd."
    if words >= 2 {
        if let Some(j) = (first + 1..end).find(|&j| v.lex.legal_form_at(v.doc, j, end) == Some(end)) {
            if (first..j).any(|i| cap_word(v, i)) {
                return org("org:legal-form", LEGAL);
            }
        }
    }
    // "shares of X", "X shares", "X's chief executive"
    let before1 = if lead > range.start { lower(lead - 1) } else { String::new() };
    let before2 = if lead > range.start + 1 { format!("{} {}", lower(lead - 2), before1) } else { String::new() };
    let possessive = v.token(end).is_some_and(|t| t.kind == TokenKind::Possessive);
    // The tail of a longer name found otherwise ("Mara Quell V was a
    // founding member …") is described by what follows only as a whole.
    let glued = lead > range.start && cap_word(v, lead - 1);
    if v.lex.cue("org_before", before2.as_str())
        || v.lex.cue("org_before", before1.as_str())
        || (!glued && !possessive && v.lex.cue("org_after", word(end)))
        || (!glued && possessive && v.lex.cue("org_owner", word(end + 1)))
        || (!glued && !possessive && predicate_after(v, end, range.end))
    {
        return org("org:business", CUE);
    }
    // "bands such as X, Y and Z", "X, Y and other labels"
    if listed.contains(&(first, end)) {
        return org("org:list", CUE);
    }
    // A team in a sports report: "lost to Tulsa 63-7".
    let sports = context.get_or_insert_with(|| sports::Context::of(v, s));
    if let Some(ctx) = sports {
        if sports::in_team_slot(v, ctx, first, last) {
            let mut c = v.candidate(first, last, EntityKind::Organization, "org:sports-team", CUE);
            c.subtype = Some("sports_team".to_string());
            return Some(c);
        }
    }
    let all_capitalized = (first..end).all(|i| v.token(i).is_some_and(|t| t.shape != Shape::Upper));
    let person = || Some(v.candidate(first, last, EntityKind::Person, "person:name", NAME));
    // "Ahmed, the son of …", "Ahmed's wife"
    let kin = |i: usize| v.lex.kinship.contains(&v.word(i).to_lowercase());
    if words <= 3 && all_capitalized {
        let apposition = word(end) == "," && word(end + 1) == "the" && kin(end + 2) && word(end + 3) == "of";
        if apposition || (possessive && kin(end + 1)) {
            return person();
        }
    }
    // "Boston Bruins", "the Bruins" in a sports report: a plural name that
    // is no surname and no people's name ("the Germans") names a team.
    let plural =
        |w: &str| w.len() >= 4 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is");
    let last_word = word(last);
    if all_capitalized
        && plural(last_word)
        && !v.lex.surnames.contains(last_word)
        && !v.lex.heads.contains_key(last_word)
        && (words >= 2 || (before1 == "the" && !v.lex.demonyms.contains(&last_word[..last_word.len() - 1])))
        && sports.as_ref().is_some_and(|c| c.sporting)
    {
        let mut c = v.candidate(lead, last, EntityKind::Organization, "org:plural", NAME);
        c.subtype = Some("sports_team".to_string());
        return Some(c);
    }
    // "Velmar is a village in …", "Velmar, a town near …": a place noun
    // describing the name (`lexicon/cues.tsv`, `place_noun`).
    if words <= 3 && all_capitalized && !glued && described_as(v, end, range.end, "place_noun") {
        return Some(v.candidate(first, last, EntityKind::Place, "place:described", NAME));
    }
    // "the band Velvet Static", "an American rock band, Velvet Static.",
    // "Korvane is a software company": an organization noun naming or
    // describing it (`org_noun`).
    let named_after = (lead > range.start && v.lex.cue("org_noun", word(lead - 1)))
        || (before1 == ","
            && lead > range.start + 1
            && v.lex.cue("org_noun", word(lead - 2))
            && matches!(word(end), "." | ","));
    if words <= 4 && (named_after || (!glued && described_as(v, end, range.end, "org_noun"))) {
        return org("org:described", CUE);
    }
    // "Paxton, Illinois": a name before ", State".
    if word(end) == "," && v.listed.get(&(end + 1)).is_some_and(|&(k, _, _)| k == EntityKind::Place) && words <= 3 {
        return Some(v.candidate(first, last, EntityKind::Place, "place:comma", NAME));
    }
    if initial {
        return None;
    }
    if (2..=4).contains(&words) && all_capitalized && v.token(first).is_some_and(|t| t.shape == Shape::Capitalized) {
        // Both halves known: a first name alone also names towns ("London
        // Waterloo"), a surname alone shops and bands.
        let first_name = v.lex.first_names.contains_key(word(first)) && !v.lex.qualifies_name(word(first));
        let surname = v.lex.surnames.contains(word(last));
        // "the West Jersey train", "the Bruins": people take no article.
        let article = matches!(before1.as_str(), "the" | "a" | "an");
        if first_name && surname && !article {
            return person();
        }
    }
    // An acronym no list knows: "the RIAA", "by MTV2".
    // Not in a shout: "I WON THIS ELECTION, BY A LOT!"
    let upper = |i: usize| {
        v.token(i).is_some_and(|t| t.kind == TokenKind::Word && matches!(t.shape, Shape::Upper | Shape::Initial))
    };
    let shout = (first > range.start && upper(first - 1)) || upper(end) || (end + 1 < range.end && upper(end + 1));
    // Not a programme, mission or measure named by its acronym ("the CERB
    // payments", "the ARIEL mission": `lexicon/cues.tsv`, `acronym_thing`),
    // a statistic after its figure ("a 3.10 ERA"), a legal form ("LLC").
    // Anywhere in the text: "his ERA (3.09)" after "a 2.26 ERA".
    let elsewhere = || {
        v.thing_acronyms
            .get_or_init(|| {
                (0..v.doc.tokens.len())
                    .filter(|&i| {
                        v.token(i).is_some_and(|t| t.shape == Shape::Upper)
                            && (v.lex.cue("acronym_thing", v.word(i + 1).to_lowercase().as_str())
                                || (i > 0 && v.token(i - 1).is_some_and(|t| t.kind == TokenKind::Number))
                                || matches!(v.word(i + 1), "#" | "No.")
                                || lower_long_form(v, i))
                    })
                    .map(|i| v.word(i))
                    .collect()
            })
            .contains(word(first))
    };
    let thing = v.lex.cue("acronym_thing", lower(end).as_str());
    let figure = first > range.start && v.token(first - 1).is_some_and(|t| t.kind == TokenKind::Number)
        || matches!(word(end), "#" | "No.")
        || (words == 1 && upper(first) && elsewhere());
    let legal = v.lex.legal_form_at(v.doc, first, end) == Some(end);
    if words == 1 && upper(first) && word(first).len() >= 3 && !shout && !thing && !figure && !legal {
        return org("org:acronym", NAME);
    }
    None
}

/// Whether the acronym at `i` is defined in brackets after a long form in
/// lower case, which names a thing, not an organization: "exclusive
/// economic zone (EEZ)", "personal protective equipment (PPE)".
fn lower_long_form(v: &View<'_, '_>, i: usize) -> bool {
    if i < 2 || v.word(i - 1) != "(" || v.word(i + 1) != ")" {
        return false;
    }
    let letters: Vec<char> = v.word(i).chars().filter(|c| c.is_alphabetic()).collect();
    let n = letters.len();
    if n < 2 || i < n + 1 {
        return false;
    }
    (0..n).all(|k| {
        let w = v.word(i - 1 - n + k);
        w.chars().next().is_some_and(|c| c.is_lowercase() && c.to_uppercase().eq(letters[k].to_uppercase()))
    })
}
