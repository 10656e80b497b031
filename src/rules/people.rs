//! People by rule: a run of capitalized name words ("Tatiana Khomich",
//! "J. R. R. Tolkien", "Mohammed bin Salman", "Jean-Claude Juncker") counts
//! as a person when
//! - a title stands before it or opens it ("President Alexander
//!   Lukashenko", "opposition activist Maria Kolesnikova"): `person:title+cap`;
//! - it opens with a known first name ("Tatiana Khomich"): `person:first-name`;
//! - it opens with initials ("J. R. R. Tolkien"): `person:initials`;
//! - a speech verb follows or precedes a known surname ("…," Khomich said):
//!   `person:speech`.
//!
//! A run holding a head word ("Party", "University") is left to the
//! organization and place rules.

use super::View;
use crate::candidate::Candidate;
use crate::kinds::EntityKind;
use crate::text::{Shape, TokenKind};

/// Scores: rule evidence against gazetteer priors (0–100) for equal spans.
const TITLE: i32 = 70;
const FIRST_NAME: i32 = 60;
const INITIALS: i32 = 55;
const SPEECH: i32 = 50;
/// From this score a listed place after a first name is the place ("Nazi Germany").
const FAMOUS_PLACE: i32 = 70;
/// From this prior a first name alone (with a capitalized word after it) makes a person.
const COMMON_FIRST_NAME: u8 = 40;
/// Capitalized words a title may stand after in a run ("Indian Prime Minister").
const MAX_TITLE_GAP: usize = 2;
/// Longest person name, in name words (not counting particles and hyphens).
const MAX_WORDS: usize = 5;

pub(super) fn find(v: &View<'_, '_>, s: usize, out: &mut Vec<Candidate>) {
    let range = v.sentence_range(s);
    // A list of names ("A B, C D and E F") is capitalized throughout without
    // being a headline.
    let commas = range.clone().filter(|&i| v.word(i) == ",").count();
    let title_case = v.cur.is_title_case(s) && commas < 2;
    let mut i = range.start;
    while i < range.end {
        if !v.name_word(i) {
            i += 1;
            continue;
        }
        let end = run_end(v, i, range.end);
        person_in_run(v, i, end, range.start, title_case, out);
        i = end;
    }
}

/// The end (exclusive) of the run of name words starting at `start`: name
/// words, hyphens joining touching name words ("Jean-Claude"), and particles
/// between name words ("bin", "van", "al-").
fn run_end(v: &View<'_, '_>, start: usize, limit: usize) -> usize {
    let mut end = start + 1;
    while end < limit {
        if v.name_word(end) {
            end += 1;
            continue;
        }
        let w = v.word(end);
        if w == "-" && v.touching(end - 1, end) && v.touching(end, end + 1) && v.name_word(end + 1) {
            end += 2;
            continue;
        }
        // A nickname in quotes inside the name: William "Cowboy" Cowley.
        let quote = |i: usize| matches!(v.word(i), "\"" | "“" | "”");
        if quote(end) && quote(end + 2) && v.name_word(end + 1) && v.name_word(end + 3) && end + 3 < limit {
            end += 4;
            continue;
        }
        // A given name of two syllables, the second in lower case: "Moon Jae-in", "Tong Yung-soo".
        if end >= start + 2 && syllable_after(v, end) {
            return (end + 2).min(limit);
        }
        if v.lex.particles.contains(&w.to_lowercase()) {
            if v.name_word(end + 1) || v.lex.particles.contains(&v.word(end + 1).to_lowercase()) {
                end += 1;
                continue;
            }
            if hyphen_then_name(v, end) {
                end += 3;
                continue;
            }
        }
        break;
    }
    let mut end = end.min(limit);
    // A run never ends on a particle or hyphen.
    while end > start + 1 && !v.name_word(end - 1) {
        end -= 1;
    }
    // A generational suffix ends the name: "Glenn A. Profitt II", "Andrew J. Evans Jr.".
    if end > start + 1 && end < limit && matches!(v.word(end), "II" | "III" | "IV" | "Jr." | "Jr" | "Sr.") {
        end += 1;
    }
    end
}

/// A touching hyphen at `i` and a short lower-case syllable after it, after a
/// capitalized one ("Jae-in", "Yung-soo"), not a suffix ("-led", "-born").
fn syllable_after(v: &View<'_, '_>, i: usize) -> bool {
    let syllable = v.word(i + 1);
    v.word(i) == "-"
        && v.touching(i - 1, i)
        && v.touching(i, i + 1)
        && v.name_word(i - 1)
        && v.word(i - 1).chars().count() <= 4
        && (2..=4).contains(&syllable.chars().count())
        && syllable.chars().all(|c| c.is_ascii_lowercase())
        && syllable.chars().any(|c| "aeiou".contains(c))
        && !v.lex.cue("hyphen_suffix", syllable)
        && v.word(i + 2) != "-"
}

/// "al-Assad": a particle, a touching hyphen, a name word.
fn hyphen_then_name(v: &View<'_, '_>, i: usize) -> bool {
    v.word(i + 1) == "-" && v.touching(i, i + 1) && v.touching(i + 1, i + 2) && v.name_word(i + 2)
}

fn person_in_run(
    v: &View<'_, '_>,
    start: usize,
    end: usize,
    sentence_start: usize,
    title_case: bool,
    out: &mut Vec<Candidate>,
) {
    // Titles inside the run open the name, stacked and after a modifier:
    // "President Alexander Lukashenko", "Deputy Chief Minister Francis
    // D'Souza", "Belarusian President Alexander Lukashenko", "Detective
    // Inspector Steven Jones". The name starts after the last of them.
    let mut first = start;
    let mut title = None;
    // A title of the form "X of Y" ending inside the run: "Secretary of State
    // Antony Blinken" (the run starts after "of").
    if start > sentence_start {
        let inside = (start..end.saturating_sub(1))
            .rev()
            .find_map(|j| v.title_ending_at(j, sentence_start).filter(|&(from, _)| from < start).map(|(_, t)| (j, t)));
        if let Some((j, t)) = inside {
            first = j + 1;
            title = Some(t);
        }
    }
    let mut j = first;
    while j < end.min(first + MAX_TITLE_GAP + 1) {
        match v.title_starting_at(j, end) {
            Some((after, t)) => {
                first = after;
                title = Some(t);
                j = after;
            }
            // A listed place or organization before a title is its
            // premodifier, even when it is also a first name ("Florida
            // Governor X", "South Carolina Governor X").
            None if v.listed.get(&j).is_some_and(|&(kind, e, _)| {
                matches!(kind, EntityKind::Place | EntityKind::Organization)
                    && e + 1 < end
                    && v.title_starting_at(e + 1, end).is_some()
            }) =>
            {
                j = v.listed[&j].1 + 1;
            }
            // A common first name is not skipped: "Larry King" is no title.
            None if v.first_name(j).is_some_and(|f| f.prior >= COMMON_FIRST_NAME) => break,
            None => j += 1,
        }
    }
    // A listed place or organization opening the run before a first name
    // is the name's premodifier, as a title's is ("Governor of Oklahoma
    // Clara Whitfield", "Kremlin Dmitry Peskov").
    if title.is_none() {
        if let Some(&(kind, e, _)) = v.listed.get(&first) {
            let place_or_org = matches!(kind, EntityKind::Place | EntityKind::Organization);
            let name_after = e + 2 < end && v.is_first_name(e + 1) && v.name_word(e + 2);
            let common_first_name = v.first_name(first).is_some_and(|f| f.prior >= COMMON_FIRST_NAME);
            if place_or_org && name_after && !common_first_name {
                first = e + 1;
            }
        }
    }
    // A title right before the run: "opposition activist Maria Kolesnikova".
    if title.is_none() && start > sentence_start {
        title = v.title_ending_at(start - 1, sentence_start).map(|(_, t)| t);
    }
    // A determined title set off before a name of two or three words that
    // a comma or full stop closes: "The pilot, Jaypee Galicha, said …".
    let closed = v.token(end).is_some_and(|t| t.kind == TokenKind::Punct && matches!(v.word(end), "," | "."));
    let unlisted = (start..end).all(|i| v.listed.get(&i).is_none_or(|&(kind, _, _)| kind == EntityKind::Person));
    if title.is_none()
        && start > sentence_start + 2
        && v.word(start - 1) == ","
        && closed
        && unlisted
        && (2..=3).contains(&(end - start))
    {
        title = v
            .title_ending_at(start - 2, sentence_start)
            .filter(|&(t_start, t)| {
                !t.honorific && !t.ambiguous && t_start > sentence_start && {
                    let det = v.word(t_start - 1);
                    v.lex.words.is_determiner(det) && !det.eq_ignore_ascii_case("that")
                }
            })
            .map(|(_, t)| t);
    }
    // The same with the title after the name, set off by a comma and a
    // determiner, perhaps one modifier: "Souhail Alouini, a member of
    // Parliament, said", "Mara Quist, the chief executive, …".
    if title.is_none() && v.word(end) == "," && unlisted && (2..=3).contains(&(end - start)) {
        let det = v.word(end + 1);
        if v.lex.words.is_determiner(det) && !det.eq_ignore_ascii_case("that") {
            let limit = v.doc.tokens.len();
            let after = |k: usize| v.title_starting_at(k, limit).filter(|&(_, t)| !t.honorific && !t.ambiguous);
            let modifier = v.token(end + 2).is_some_and(|t| t.shape == Shape::Lower);
            title = after(end + 2).or_else(|| if modifier { after(end + 3) } else { None }).map(|(_, t)| t);
            // A dictionary word opening the name is a descriptor, not a given
            // name: "Democrat Rod Blagojevich, the former governor",
            // "Democrat Spearman, a minister".
            let descriptor = |i: usize| {
                v.lex.facts.classes_of(&crate::text::lower(v.word(i))) != 0
                    && !v.lex.first_names.contains_key(v.word(i))
            };
            if title.is_some() && end - start >= 2 && first == start && descriptor(start) {
                first = start + 1;
            }
        }
    }
    // A name starts on a name word, not on the hyphen of "Bishop-Emeritus".
    if first >= end || !v.name_word(first) {
        return;
    }
    // "Tong Yung-soo", "Park Min-ho": a family name and a two-syllable given name.
    if end >= first + 4 && syllable_after(v, end - 2) && (first..end).filter(|&i| v.name_word(i)).count() == 2 {
        out.push(v.candidate(first, end - 1, EntityKind::Person, "person:syllables", INITIALS));
        return;
    }
    // A head word in the name makes an organization or place ("Labour
    // Party"); before a title it qualifies the title ("Coast Guard
    // Commandant Admiral X").
    if (first..end).any(|i| v.is_head(i)) {
        return;
    }
    // A plural possessive before a head word names a building or body:
    // "Santos Doctors' Hospital", "the Veterans' Association".
    let plural_possessive =
        v.doc.tokens.get(end).is_some_and(|t| t.kind == TokenKind::Possessive) && matches!(v.word(end), "'" | "’");
    if plural_possessive && v.is_head(end + 1) {
        return;
    }
    // A name holding a listed organization or other name is something else
    // ("Roman Catholic"); places are fine ("Michael Jordan", "John Bolton").
    let not_person = |kind| matches!(kind, EntityKind::Organization | EntityKind::Misc);
    if (first + 1..end).any(|i| v.listed.get(&i).is_some_and(|&(kind, _, score)| not_person(kind) && score >= 60)) {
        return;
    }
    let words: Vec<usize> = (first..end).filter(|&i| v.name_word(i)).collect();
    if words.len() > MAX_WORDS {
        return;
    }
    // An abbreviation other than a title is no name: "cosmonaut No. 11".
    if first + 1 == end {
        let bare = v.word(first).trim_end_matches('.');
        if v.word(first).ends_with('.')
            && v.text_rules.abbreviation(bare).is_some_and(|k| k != crate::text::AbbrevKind::Title)
        {
            return;
        }
    }
    let last = end - 1;
    let first_word = v.word(first);
    let surname_known = words.len() >= 2 && v.is_surname(last);
    let mid_sentence = first > sentence_start;

    if let Some(t) = title {
        // "General Motors": a doubtful title needs a first name after it.
        if !t.ambiguous || v.lex.first_names.contains_key(first_word) {
            out.push(v.candidate(first, last, EntityKind::Person, "person:title+cap", TITLE));
            return;
        }
    }
    // "West Jersey", "North Melbourne", "German Christian", "Nazi Germany":
    // a compass word or demonym before a name, or a listed place after it,
    // makes a place or a qualified name, not a first name and surname.
    // A famous place is a surname only when also a first name ("Jordan").
    let last_place = v.listed.get(&last).is_some_and(|&(kind, e, score)| {
        kind == EntityKind::Place
            && e == last
            && (!v.is_surname(last) || (score >= FAMOUS_PLACE && !v.is_first_name(last)))
    });
    // A name a list holds whole as something else: "Boston Bruins".
    let listed_whole =
        v.listed.get(&first).is_some_and(|&(kind, e, _)| kind != EntityKind::Person && e >= last && e > first);
    // "the band Jesus Jones", "the firm Herman Miller": named after an organization noun.
    let org_named = first > sentence_start && v.cue("org_noun", first - 1);
    let not_first_name = v.lex.qualifies_name(first_word) || last_place || listed_whole || org_named;
    if words.len() >= 2 && !not_first_name {
        if let Some(f) = v.lex.first_names.get(first_word) {
            // A first name that is also a word ("Will"), also a well-known
            // place ("Paris", "Jordan") or rare ("Mad", "Paxton") needs a known
            // surname; a common word-like one also does at a sentence start.
            let listed_elsewhere =
                v.listed.get(&first).is_some_and(|&(kind, _, score)| kind != EntityKind::Person && score >= 60);
            // A rare first name (most transliterated ones: "Alexei", "Angelos")
            // counts before a last word no dictionary or list knows ("Leonov"):
            // such a word is a name, and after a first name a surname.
            let unknown_last = words.len() == 2
                && v.token(last).is_some_and(|t| t.shape == Shape::Capitalized)
                && !v.listed.contains_key(&first)
                && !v.listed.contains_key(&last)
                && {
                    let w = crate::text::lower(v.word(last));
                    v.lex.facts.classes_of(&w) == 0 && v.lex.facts.plural_noun(&w).is_none()
                };
            let common = f.prior >= COMMON_FIRST_NAME || (unknown_last && !f.ambiguous);
            let plain = common && !listed_elsewhere && !title_case;
            if surname_known || (plain && (!f.ambiguous || mid_sentence)) {
                out.push(v.candidate(first, last, EntityKind::Person, "person:first-name", FIRST_NAME));
                return;
            }
        }
        if v.token(first).is_some_and(|t| t.shape == Shape::Initial)
            && v.token(last).is_some_and(|t| t.shape == Shape::Capitalized)
            && !title_case
        {
            out.push(v.candidate(first, last, EntityKind::Person, "person:initials", INITIALS));
            return;
        }
    }
    // "…," Khomich said / said Khomich: a known surname beside a speech verb.
    let speech_after = v.lex.is_speech_verb(v.word(end));
    let speech_before =
        first > 0 && v.lex.is_speech_verb(v.word(first - 1)) && v.token(end).is_none_or(|t| t.kind == TokenKind::Punct);
    if (speech_after || speech_before) && v.is_surname(last) && !v.listed.contains_key(&first) {
        out.push(v.candidate(first, last, EntityKind::Person, "person:speech", SPEECH));
    }
}
