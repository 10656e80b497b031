//! Mentions grouped into entities.
//!
//! - A listed name joins every other mention of the same entry, whatever form
//!   it takes ("US", "United States", "U.S."); demonyms join their country
//!   ("Belarusian" → Belarus).
//! - A lone surname joins the person named in full elsewhere in the text
//!   ("Kolesnikova" → Maria Kolesnikova, "Bolton" → John Bolton), whatever a
//!   list says it could be on its own (a town in England): `coref:surname`.
//!   When two people share the surname it is left alone.
//! - An acronym defined in the text ("European Union (EU)") joins its long
//!   form everywhere, whatever a list says it stands for: `coref:acronym`.
//!   A long form read in pieces whose last piece is an organization
//!   ("London" and "South Western Railway" before "(LSWR)") is one
//!   organization: `org:long-form`.
//!   An acronym whose long form is no known name ("Notes from Poland (NFP)",
//!   "Computer Aided Design (CAD)") stands for nothing a list knows: list
//!   matches of it are dropped.
//! - A capital named in a political sentence and not as a place ("relations
//!   with Washington", not "in Washington") stands for its country's
//!   government and joins the country: `coref:capital-metonym`.
//! - Any other unlisted name joins the mentions with the same text.

use crate::candidate::Candidate;
use crate::gazetteer::Gazetteer;
use crate::kinds::EntityKind;
use crate::lexicon::Lexicons;
use crate::span::Span;
use crate::text::{Document, Shape, TextRules, TokenKind};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::BTreeMap;

/// An entity before ids and offsets are attached for output.
#[derive(Clone, Debug)]
pub(crate) struct Cluster {
    pub kind: EntityKind,
    pub name: String,
    pub subtype: Option<String>,
    pub ids: BTreeMap<String, String>,
    /// Roles found by the facts stage, in text order.
    pub roles: Vec<String>,
    /// Mentions in text order.
    pub mentions: Vec<Candidate>,
}

/// Group `mentions` (in text order, not overlapping) into clusters ordered by
/// first mention.
pub(crate) fn cluster(
    doc: &Document<'_>,
    mut mentions: Vec<Candidate>,
    gazetteer: &Gazetteer,
    lex: &Lexicons,
) -> Vec<Cluster> {
    let mut keys: Vec<String> = mentions.iter().map(|m| key(doc.text, m)).collect();
    join_long_forms(doc, &mut mentions, &mut keys);
    link_acronyms(doc, &mut mentions, &mut keys);
    link_surnames(doc, &mut mentions, &mut keys);
    link_repeats(doc, &mut mentions, &mut keys, gazetteer, lex);
    link_capitals(doc, &mut mentions, &mut keys, gazetteer, lex);

    let mut order: Vec<usize> = (0..mentions.len()).collect();
    order.sort_by_key(|&i| mentions[i].span);
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut by_key: HashMap<&str, usize> = HashMap::default();
    for i in order {
        let m = &mentions[i];
        let c = *by_key.entry(keys[i].as_str()).or_insert_with(|| {
            clusters.push(new_cluster(doc.text, m, gazetteer));
            clusters.len() - 1
        });
        clusters[c].mentions.push(m.clone());
    }
    // An entity is named by a listed mention if it has one, else by its
    // fullest mention: "John R. Bolton", not the headline's "Bolton".
    for c in clusters.iter_mut() {
        let listed = c.mentions.iter().find(|m| m.entry.is_some()).cloned();
        match listed {
            Some(m) => {
                let meta = new_cluster(doc.text, &m, gazetteer);
                (c.kind, c.name, c.subtype, c.ids) = (meta.kind, meta.name, meta.subtype, meta.ids);
            }
            None => {
                if let Some(m) = c.mentions.iter().max_by_key(|m| (m.span.len(), std::cmp::Reverse(m.span.start))) {
                    c.name = doc.text[m.span.range()].to_string();
                }
            }
        }
    }
    clusters
}

/// What a mention is a mention of, before coreference.
fn key(text: &str, m: &Candidate) -> String {
    match m.entry {
        Some(e) => format!("entry:{e}"),
        None => format!("{}:{}", m.kind.as_str(), &text[m.span.range()]),
    }
}

fn new_cluster(text: &str, m: &Candidate, gazetteer: &Gazetteer) -> Cluster {
    let Some(e) = m.entry.map(|e| gazetteer.entry(e)) else {
        let name = text[m.span.range()].to_string();
        return Cluster {
            kind: m.kind,
            name,
            subtype: m.subtype.clone(),
            ids: BTreeMap::new(),
            roles: Vec::new(),
            mentions: Vec::new(),
        };
    };
    let mut ids = BTreeMap::new();
    if !e.wikidata.is_empty() {
        ids.insert("wikidata".to_string(), e.wikidata.to_string());
    }
    if let Some((scheme, value)) = e.id.split_once(':') {
        if matches!(scheme, "iso" | "geonames" | "wikidata") {
            ids.insert(scheme.to_string(), value.to_string());
        }
    }
    let subtype = (!e.subtype.is_empty()).then(|| e.subtype.to_string());
    Cluster { kind: e.kind, name: e.name.to_string(), subtype, ids, roles: Vec::new(), mentions: Vec::new() }
}

/// The spans of all mentions, for overlap checks in O(log n): the mention
/// starting at each byte and its index.
struct Taken(BTreeMap<usize, (usize, usize)>);

impl Taken {
    fn new(mentions: &[Candidate]) -> Taken {
        Taken(mentions.iter().enumerate().map(|(i, m)| (m.span.start, (m.span.end, i))).collect())
    }

    /// The index of a mention overlapping `span`, if any (mentions never overlap each other).
    fn overlapping(&self, span: Span) -> Option<usize> {
        let before = self.0.range(..span.end).next_back();
        before.filter(|(_, &(end, _))| end > span.start).map(|(_, &(_, i))| i)
    }

    /// The index of the mention with exactly this span, if any.
    fn exact(&self, span: Span) -> Option<usize> {
        self.0.get(&span.start).filter(|&&(end, _)| end == span.end).map(|&(_, i)| i)
    }

    fn add(&mut self, span: Span, i: usize) {
        self.0.insert(span.start, (span.end, i));
    }
}

fn link_surnames(doc: &Document<'_>, mentions: &mut Vec<Candidate>, keys: &mut Vec<String>) {
    let text = doc.text;
    // "John Bolton" and "John R. Bolton" are one person: full names with the
    // same first and last word share the key of the first.
    let mut full: HashMap<(&str, &str), String> = HashMap::default();
    let mut redirect: HashMap<String, String> = HashMap::default();
    for (i, m) in mentions.iter().enumerate().filter(|(_, m)| m.kind == EntityKind::Person) {
        let name = &text[m.span.range()];
        if let (Some((first, _)), Some((_, last))) = (name.split_once(' '), name.rsplit_once(' ')) {
            let known = full.entry((first, last)).or_insert_with(|| keys[i].clone());
            if *known != keys[i] {
                redirect.insert(keys[i].clone(), known.clone());
            }
        }
    }
    for k in keys.iter_mut() {
        if let Some(to) = redirect.get(k) {
            *k = to.clone();
        }
    }
    // Surname → the key and mention of the one person it names (None: several).
    let mut surnames: HashMap<&str, Option<(String, usize)>> = HashMap::default();
    for (i, m) in mentions.iter().enumerate().filter(|(_, m)| m.kind == EntityKind::Person) {
        let name = &text[m.span.range()];
        if let Some((_, surname)) = name.rsplit_once(' ') {
            let person = Some((keys[i].clone(), i));
            surnames
                .entry(surname)
                .and_modify(|p| {
                    if p.as_ref().map(|p| &p.0) != person.as_ref().map(|p| &p.0) {
                        *p = None
                    }
                })
                .or_insert(person);
        }
    }
    if surnames.is_empty() {
        return;
    }
    // Mentions that are the surname alone.
    for i in 0..mentions.len() {
        let word = &text[mentions[i].span.range()];
        if let Some(Some((k, p))) = surnames.get(word) {
            keys[i] = k.clone();
            let person = &mentions[*p];
            let (kind, entry) = (person.kind, person.entry);
            let m = &mut mentions[i];
            if m.kind != EntityKind::Person {
                m.rule = "coref:surname".to_string();
            }
            m.kind = kind;
            m.entry = entry;
        }
    }
    // The surname where no rule or list saw a name ("Kolesnikova, who …").
    let mut taken = Taken::new(mentions);
    // A word inside a longer capitalized name is no surname alone: "Glen
    // Jakovich", "Cesaroni Design" (the word opening a sentence is capitalized anyway).
    let tokens = &doc.tokens;
    let capitalized = |i: usize| {
        tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && !matches!(t.shape, Shape::Lower | Shape::Other))
    };
    for (i, t) in tokens.iter().enumerate() {
        if t.kind != TokenKind::Word || t.shape != Shape::Capitalized {
            continue;
        }
        let Some(Some((k, p))) = surnames.get(doc.slice(t.span)) else { continue };
        if taken.overlapping(t.span).is_some() {
            continue;
        }
        let sentence_start = doc.sentences[doc.sentence_at(t.span.start)].tokens.start;
        // … unless the word before is the person's own first name ("Joe Biden"
        // where no rule took the full name) or another mention.
        let person_name = &text[mentions[*p].span.range()];
        let own_first = i > 0 && person_name.split(' ').next() == Some(doc.slice(tokens[i - 1].span));
        // A word opening the sentence ("Both Buttigieg and …") is no part of a name.
        let before_free = i > 0
            && taken.overlapping(tokens[i - 1].span).is_none()
            && !TextRules::bundled().is_sentence_starter(doc.slice(tokens[i - 1].span));
        if capitalized(i + 1) || (i > sentence_start + 1 && capitalized(i - 1) && before_free && !own_first) {
            continue;
        }
        let person = mentions[*p].clone();
        taken.add(t.span, mentions.len());
        mentions.push(Candidate { span: t.span, rule: "coref:surname".to_string(), ..person });
        keys.push(k.clone());
    }
}

/// A name the text gives once is the same name wherever else it stands, at
/// a sentence start or in a headline too (`coref:repeat`); and its short
/// forms name it: a company without its legal form ("Tesco PLC" → "Tesco"),
/// a storm without its head word ("Hurricane Milton" → "Milton"), a person
/// by the first name when no other person has it ("Angelo Fresquet" →
/// "Angelo"): `coref:short`.
///
/// A name of several kinds in the text is left alone; a repeat inside a
/// longer capitalized name ("Apple Music") is not one.
fn link_repeats(
    doc: &Document<'_>,
    mentions: &mut Vec<Candidate>,
    keys: &mut Vec<String>,
    gazetteer: &Gazetteer,
    lex: &Lexicons,
) {
    let text = doc.text;
    let tokens = &doc.tokens;
    // Name → the mention it repeats and whether it is a short form; `None`
    // when two entities share the name.
    let mut names: Names<'_> = BTreeMap::new();
    // Short forms of names with a legal form, which join an unlisted
    // organization of the same name: "Salling Group A/S" and "Salling Group".
    let mut legal_short: Vec<(Vec<&str>, usize)> = Vec::new();
    // Capitalized words by their upper-case form, built on first need.
    let mut title_forms: Option<HashMap<String, &str>> = None;
    let words_of = |span: Span| -> Vec<&str> {
        let (first, last) = doc.token_bounds(span);
        tokens[first..=last.min(tokens.len() - 1)].iter().map(|t| doc.slice(t.span)).collect()
    };
    // Short forms of organizations: a lone word read as a person elsewhere
    // ("Salling said") does not claim them.
    let org_shorts: HashSet<Vec<&str>> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Organization && !m.rule.starts_with("coref:"))
        .filter_map(|m| head_short(&words_of(m.span), lex))
        .collect();
    for i in 0..mentions.len() {
        let m = &mentions[i];
        if m.span.is_empty() || m.rule.starts_with("coref:") {
            continue;
        }
        let words = words_of(m.span);
        let word = |w: &str| w.chars().next().is_some_and(char::is_alphanumeric);
        if !words.first().is_some_and(|w| word(w)) || !words.last().is_some_and(|w| word(w)) {
            continue;
        }
        let listed = m.entry.map(|e| gazetteer.entry(e));
        match m.kind {
            // "Tesco PLC" → "Tesco": the words before the legal form.
            EntityKind::Organization if words.len() >= 2 && m.rule == "org:legal-form" => {
                let cut = words.len() - legal_tail(&words);
                if cut > 0 && cut < words.len() {
                    add_name(&mut names, keys, words[..cut].to_vec(), i, true);
                    legal_short.push((words[..cut].to_vec(), i));
                }
            }
            // "Salling Group" → "Salling", "Harvard University" → "Harvard".
            EntityKind::Organization if words.len() >= 2 => {
                if let Some(short) = head_short(&words, lex) {
                    add_name(&mut names, keys, short, i, true);
                }
                // A unit by its number: "65th Air Division" → "the 65th".
                if ordinal(words[0]) {
                    add_name(&mut names, keys, vec![words[0]], i, true);
                }
                // A team by its plural nickname: "Boston Bruins" → "Bruins".
                let team = m.subtype.as_deref().is_some_and(|s| s.starts_with("sports_"))
                    || listed.is_some_and(|e| e.subtype.starts_with("sports_"));
                let nickname = words[words.len() - 1];
                if team && nickname.len() >= 4 && nickname.ends_with('s') && nickname.starts_with(char::is_uppercase) {
                    add_name(&mut names, keys, vec![nickname], i, true);
                }
            }
            EntityKind::Person if words.len() >= 2 && listed.is_none() => {
                add_name(&mut names, keys, words[..1].to_vec(), i, true);
            }
            EntityKind::Misc if m.subtype.as_deref() == Some("storm") && words.len() >= 2 => {
                // "Hurricane Lorenzo" and "Storm Lorenzo" are one storm.
                keys[i] = format!("storm:{}", words[words.len() - 1]);
                add_name(&mut names, keys, words[words.len() - 1..].to_vec(), i, true);
            }
            _ => {}
        }
        let lone_person = m.kind == EntityKind::Person && words.len() == 1 && org_shorts.contains(&words);
        // An organization named in capitals ("KORVANE is a …") is the one
        // written in title case elsewhere ("Korvane said").
        let shout = |w: &str| w.chars().count() >= 4 && w.chars().all(char::is_uppercase);
        if listed.is_none() && m.kind == EntityKind::Organization && words.len() == 1 && shout(words[0]) {
            let forms = title_forms.get_or_insert_with(|| {
                tokens
                    .iter()
                    .filter(|t| t.kind == TokenKind::Word && t.shape == Shape::Capitalized)
                    .map(|t| (doc.slice(t.span).to_uppercase(), doc.slice(t.span)))
                    .collect::<HashMap<String, &str>>()
            });
            if let Some(&form) = forms.get(words[0]) {
                add_name(&mut names, keys, vec![form], i, true);
            }
        }
        if listed.is_none() && !lone_person {
            add_name(&mut names, keys, words, i, false);
        }
    }
    // One pass over the mentions, not one a short form: a long text names
    // the same company with its legal form thousands of times. The last
    // long form with a short form gives it its key, as in text order.
    if !legal_short.is_empty() {
        let by_short: HashMap<Vec<&str>, usize> = legal_short.into_iter().collect();
        for j in 0..mentions.len() {
            let m = &mentions[j];
            if m.kind == EntityKind::Organization && m.entry.is_none() {
                if let Some(&i) = by_short.get(&words_of(m.span)) {
                    keys[j] = keys[i].clone();
                }
            }
        }
    }
    if names.is_empty() {
        return;
    }
    // Surnames of people named in full: a word that is one stays a person.
    let surnames: HashSet<&str> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Person)
        .filter_map(|m| text[m.span.range()].rsplit_once(' ').map(|(_, last)| last))
        .collect();
    // Mentions with exactly a short form's text join the long form; a lone
    // word read as a person from a cue ("Salling said") joins the
    // organization it shortens when no person has it as a surname.
    for i in 0..mentions.len() {
        let words = words_of(mentions[i].span);
        if let Some(Some((j, true))) = names.get(&words) {
            let j = *j;
            let (m, long) = (&mentions[i], &mentions[j]);
            let person_read = m.kind == EntityKind::Person
                && long.kind == EntityKind::Organization
                && words.len() == 1
                && !surnames.contains(words[0]);
            if keys[j] != keys[i] && m.entry.is_none() && (m.kind == long.kind || person_read) {
                keys[i] = keys[j].clone();
                if person_read {
                    let template = long.clone();
                    mentions[i] = Candidate { span: m.span, rule: "coref:short".to_string(), ..template };
                }
            }
        }
    }
    let capitalized = |i: usize| {
        tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word && !matches!(t.shape, Shape::Lower | Shape::Other))
    };
    let mut taken = Taken::new(mentions);
    // Most tokens open no name: a set lookup skips them before the ordered map.
    let firsts: rustc_hash::FxHashSet<&str> = names.keys().map(|name| name[0]).collect();
    let mut i = 0;
    while i < tokens.len() {
        if !firsts.contains(doc.slice(tokens[i].span)) {
            i += 1;
            continue;
        }
        let mut best: Option<(usize, usize)> = None;
        for (name, target) in names.range(vec![doc.slice(tokens[i].span)]..) {
            if name[0] != doc.slice(tokens[i].span) {
                break;
            }
            let Some((m, _)) = *target else { continue };
            let n = name.len();
            if i + n > tokens.len() || best.is_some_and(|(_, len)| len >= n) {
                continue;
            }
            if (0..n).all(|k| doc.slice(tokens[i + k].span) == name[k]) {
                best = Some((m, n));
            }
        }
        let Some((m, n)) = best else {
            i += 1;
            continue;
        };
        let span = tokens[i].span.cover(tokens[i + n - 1].span);
        // The word opening a sentence is capitalized anyway: "Later Orsett Widgets hired …".
        let sentence_start = doc.sentences[doc.sentence_at(span.start)].tokens.start;
        // A number after it and a function word before name a model: "the Orsett 10".
        let model = tokens.get(i + n).is_some_and(|t| t.kind == TokenKind::Number)
            && i > 0
            && lex.is_function_word(doc.slice(tokens[i - 1].span));
        let inside = capitalized(i + n) || (i > sentence_start + 1 && capitalized(i - 1)) || model;
        // A lone ordinal names the unit after "the" and before a verb or a
        // clause ("the 65th moved to …"), not before a noun ("the 65th anniversary")
        // or "of" ("the 65th of May").
        let numbered = n > 1
            || !ordinal(doc.slice(tokens[i].span))
            || (i > 0
                && doc.slice(tokens[i - 1].span).eq_ignore_ascii_case("the")
                && tokens.get(i + 1).is_some_and(|t| {
                    let w = doc.slice(t.span);
                    t.kind != TokenKind::Word
                        || (w != "of" && (lex.is_function_word(w) || (w.len() > 4 && w.ends_with("ed"))))
                }));
        // A one-word name a rule made, written as an adjective before a
        // lower-case word, is the adjective: "the Democratic and Republican
        // parties" names two parties, "the Republican delegates" none.
        let adjectival = n == 1
            && mentions[m].entry.is_none()
            && lex.facts.classes_of(&crate::text::lower(doc.slice(tokens[i].span))) & crate::lexicon::facts::ADJ != 0
            && tokens.get(i + 1).is_some_and(|t| {
                let w = doc.slice(t.span);
                let noun =
                    lex.facts.classes_of(w) & crate::lexicon::facts::NOUN != 0 || lex.facts.plural_noun(w).is_some();
                t.kind == TokenKind::Word && t.shape == Shape::Lower && noun && !lex.is_function_word(w)
            });
        let inside = inside || !numbered || adjectival;
        if !inside && taken.overlapping(span).is_none() {
            let template = mentions[m].clone();
            let short = text[span.range()] != text[template.span.range()];
            let rule = if short { "coref:short" } else { "coref:repeat" };
            taken.add(span, mentions.len());
            keys.push(keys[m].clone());
            mentions.push(Candidate { span, rule: rule.to_string(), ..template });
        }
        i += n;
    }
}

type Names<'t> = BTreeMap<Vec<&'t str>, Option<(usize, bool)>>;

/// Record that `words` name mention `i` (a short form of it when `short`).
fn add_name<'t>(names: &mut Names<'t>, keys: &[String], words: Vec<&'t str>, i: usize, short: bool) {
    if words.is_empty() {
        return;
    }
    let e = names.entry(words).or_insert(Some((i, short)));
    if let Some((j, was_short)) = *e {
        if keys[j] != keys[i] {
            // A full name beats a short form of another entity.
            *e = match (was_short, short) {
                (true, false) => Some((i, false)),
                (false, true) => Some((j, false)),
                _ => None,
            };
        }
    }
}

const TRANSPORT_HEADS: [&str; 6] = ["Railroad", "Railway", "Railways", "Lines", "Airlines", "Airways"];

/// The short form of an organization's name ending with head words: the
/// words before them ("Salling Group A/S" → "Salling", "Harvard University"
/// → "Harvard"). None when nothing is left, a word left is not capitalized
/// or is a connector, or it is one adjective-like word ("Democratic Party",
/// "Republican Party": "Democratic" alone is no name of the party).
fn head_short<'t>(words: &[&'t str], lex: &Lexicons) -> Option<Vec<&'t str>> {
    let mut cut = words.len() - legal_tail(words);
    // A railway or airline named by its place is its route: "the Reading train".
    if cut > 0 && TRANSPORT_HEADS.contains(&words[cut - 1]) {
        return None;
    }
    while cut > 0 && lex.ends_org_name(words[cut - 1]) {
        cut -= 1;
    }
    // "The Times" → not "The"; "Soviet Union" → not "Soviet".
    let skip = usize::from(words.first() == Some(&"The"));
    if skip >= cut {
        return None;
    }
    let short = &words[skip..cut];
    if short.len() == 1 && lex.demonyms.contains(short[0]) {
        return None;
    }
    let capitalized = |w: &&str| w.chars().next().is_some_and(char::is_uppercase) && w.chars().any(char::is_lowercase);
    let adjective = |w: &str| ["ic", "ican", "ian", "ese", "ish", "ist", "al"].iter().any(|s| w.ends_with(s));
    let ok = !short.is_empty()
        && cut < words.len()
        && short.iter().all(capitalized)
        && !(short.len() == 1 && adjective(short[0]));
    ok.then(|| short.to_vec())
}

/// How many of `words` at the end are a legal form or its dots: "PLC", "Inc", "Co . Ltd".
fn legal_tail(words: &[&str]) -> usize {
    let form = |w: &str| {
        matches!(w, "." | "," | "/" | "&")
            || (w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().filter(|c| c.is_alphabetic()).count() <= 4
                && !w.chars().skip(1).any(char::is_lowercase))
            || matches!(
                w,
                "Inc" | "Inc." | "Corp" | "Corp." | "Ltd" | "Ltd." | "Co" | "Co." | "Plc" | "Bhd" | "Limited"
            )
    };
    let n = words.iter().rev().take_while(|w| form(w)).count();
    n.min(words.len())
}

/// Whether `word` is an ordinal in digits: "65th", "1st", "62d".
fn ordinal(word: &str) -> bool {
    // The suffixes as the head rules read them (`rules/orgs.rs`, "the 65th Air Division").
    let digits = word.chars().take_while(char::is_ascii_digit).count();
    digits > 0 && ["st", "nd", "rd", "th", "d"].contains(&&word[digits..])
}

/// Connectors that may stand inside a long form without giving a letter.
const LONG_FORM_CONNECTORS: [&str; 8] = ["of", "for", "from", "the", "and", "on", "in", "&"];

/// The long forms before an acronym in brackets that the earlier stages read
/// in pieces, the last an organization's, joined into one organization:
/// "London and South Western Railway (LSWR)".
fn join_long_forms(doc: &Document<'_>, mentions: &mut Vec<Candidate>, keys: &mut Vec<String>) {
    let tokens = &doc.tokens;
    let mut joined = Vec::new();
    for i in 1..tokens.len().saturating_sub(2) {
        if doc.slice(tokens[i].span) != "("
            || doc.slice(tokens[i + 2].span) != ")"
            || tokens[i + 1].shape != Shape::Upper
        {
            continue;
        }
        let letters: Vec<char> = doc.slice(tokens[i + 1].span).chars().filter(|c| c.is_alphabetic()).collect();
        let Some(start) = long_form_start(doc, i, &letters) else { continue };
        let long = Span::new(tokens[start].span.start, tokens[i - 1].span.end);
        // The mentions are in text order and do not overlap: those touching
        // the long form are one run of them, found by bisection (a long text
        // may define acronyms thousands of times).
        let from = mentions.partition_point(|m| m.span.end <= long.start);
        let inside: Vec<&Candidate> = mentions[from..].iter().take_while(|m| m.span.start < long.end).collect();
        let last_org = inside.iter().find(|m| m.span.end == long.end && m.kind == EntityKind::Organization);
        let whole = inside.iter().all(|m| m.span.start >= long.start && m.span.end <= long.end);
        if let Some(&org) = last_org.filter(|m| whole && inside.len() >= 2 && m.span.start > long.start) {
            let rule = "org:long-form".to_string();
            joined.push(Candidate { span: long, rule, entry: None, subtype: None, ..org.clone() });
        }
    }
    if joined.is_empty() {
        return;
    }
    let mut pairs: Vec<(Candidate, String)> = std::mem::take(mentions)
        .into_iter()
        .zip(std::mem::take(keys))
        .filter(|(m, _)| {
            // `joined` is in text order: the one that could hold `m` starts last at or before it.
            let k = joined.partition_point(|j| j.span.start <= m.span.start);
            !(k > 0 && m.span.end <= joined[k - 1].span.end)
        })
        .collect();
    pairs.extend(joined.into_iter().map(|j| {
        let k = key(doc.text, &j);
        (j, k)
    }));
    pairs.sort_by_key(|(m, _)| m.span);
    (*mentions, *keys) = pairs.into_iter().unzip();
}

fn link_acronyms(doc: &Document<'_>, mentions: &mut Vec<Candidate>, keys: &mut Vec<String>) {
    let tokens = &doc.tokens;
    let mut taken = Taken::new(mentions);
    let mut defined: HashMap<&str, Option<(String, Candidate)>> = HashMap::default();
    for i in 1..tokens.len().saturating_sub(2) {
        let acronym = doc.slice(tokens[i + 1].span);
        if doc.slice(tokens[i].span) != "("
            || doc.slice(tokens[i + 2].span) != ")"
            || tokens[i + 1].shape != Shape::Upper
        {
            continue;
        }
        let letters: Vec<char> = acronym.chars().filter(|c| c.is_alphabetic()).collect();
        let Some(start) = long_form_start(doc, i, &letters) else { continue };
        let long = Span::new(tokens[start].span.start, tokens[i - 1].span.end);
        let meaning = taken.exact(long).map(|m| (keys[m].clone(), mentions[m].clone()));
        defined.entry(acronym).or_insert(meaning);
    }
    if defined.is_empty() {
        return;
    }
    let mut dropped = Vec::new();
    for t in tokens.iter().filter(|t| t.shape == Shape::Upper) {
        let Some(meaning) = defined.get(doc.slice(t.span)) else { continue };
        let at = taken.overlapping(t.span).filter(|&m| mentions[m].span == t.span);
        match (meaning, at) {
            (Some((k, template)), Some(m)) => {
                keys[m] = k.clone();
                mentions[m] = Candidate { span: t.span, rule: "coref:acronym".to_string(), ..template.clone() };
            }
            (Some((k, template)), None) if taken.overlapping(t.span).is_none() => {
                taken.add(t.span, mentions.len());
                mentions.push(Candidate { span: t.span, rule: "coref:acronym".to_string(), ..template.clone() });
                keys.push(k.clone());
            }
            (None, Some(m)) if mentions[m].entry.is_some() => dropped.push(m),
            _ => {}
        }
    }
    if !dropped.is_empty() {
        let mut keep = vec![true; mentions.len()];
        for m in dropped {
            keep[m] = false;
        }
        let mut i = 0;
        mentions.retain(|_| (keep[i], i += 1).0);
        let mut i = 0;
        keys.retain(|_| (keep[i], i += 1).0);
    }
}

/// The first token of the long form ending before the "(" at `paren` whose
/// capitalized words give the acronym's `letters` ("Notes from Poland" for
/// NFP), or `None`.
fn long_form_start(doc: &Document<'_>, paren: usize, letters: &[char]) -> Option<usize> {
    let mut need = letters.len();
    let mut i = paren;
    let floor = paren.saturating_sub(letters.len() * 2 + 2);
    while need > 0 && i > floor {
        i -= 1;
        let t = doc.tokens[i];
        let word = doc.slice(t.span);
        let initial = word.chars().next()?;
        if t.kind != TokenKind::Word {
            return None;
        }
        if initial.to_uppercase().eq(letters[need - 1].to_uppercase()) {
            need -= 1;
        } else if !LONG_FORM_CONNECTORS.contains(&word) {
            return None;
        }
    }
    // The long form starts on a capitalized word.
    (need == 0 && doc.tokens[i].shape != Shape::Lower).then_some(i)
}

fn link_capitals(
    doc: &Document<'_>,
    mentions: &mut [Candidate],
    keys: &mut [String],
    gazetteer: &Gazetteer,
    lex: &Lexicons,
) {
    // Whether each sentence is political, worked out once: a sentence naming
    // a capital a thousand times is read once, not a thousand times. A cue
    // word opening the sentence counts too ("Relations with Moscow …").
    let mut political_sentence: Vec<Option<bool>> = vec![None; doc.sentences.len()];
    for (i, m) in mentions.iter_mut().enumerate() {
        let Some(e) = m.entry.map(|e| gazetteer.entry(e)) else { continue };
        if e.subtype != "capital" || m.kind != EntityKind::Place {
            continue;
        }
        let Some(country) = gazetteer.country(e.country) else { continue };
        let first = doc.token_bounds(m.span).0;
        let before = first.checked_sub(1).map(|b| doc.slice(doc.tokens[b].span).to_lowercase());
        if before.as_deref().is_some_and(|w| lex.cue("place_before", w)) {
            continue;
        }
        let s = doc.sentence_at(m.span.start);
        let political = *political_sentence[s].get_or_insert_with(|| {
            doc.tokens[doc.sentences[s].tokens.clone()].iter().any(|t| lex.cue_any_case("political", doc.slice(t.span)))
        });
        if political {
            m.entry = Some(country);
            m.rule = "coref:capital-metonym".to_string();
            keys[i] = format!("entry:{country}");
        }
    }
}
