//! Numbers that are part of a name, model, code, route, flight, category
//! or designation, which are no figures: "Boeing 747", "Interstate 95",
//! "Flight 17", "Category 4", "Storm Two", "COVID-19", "the 7/7 attacks",
//! "24/7". The name itself may still be an entity; the figures stage only
//! skips its number.
//!
//! The rules, by word class (lists in `gazetteers/figures/designators.tsv`):
//! - an expression of the list written with digits ("24/7");
//! - "the N/M" before a word: a date used as a name ("the 9/11 attacks");
//! - a designator noun directly before the number, in any case ("flight 17",
//!   "Category 4", "No. 10"), unless a unit or counted noun follows ("flight
//!   10 minutes late" is not read so);
//! - a capitalized name word directly before a number, or before a
//!   capitalized number word ("Boeing 747", "Storm Two"): the name word
//!   must be mid-sentence (a sentence's first word is capitalized anyway),
//!   on a line that is not in Title Case (a headline capitalizes every
//!   word), and be no word of the figure lists (month, weekday, currency,
//!   unit, cue, number word) or function word; years (1900–2100) stay years
//!   ("Christmas 2019");
//! - a capitalized code joined by a hyphen ("COVID-19", "F-16", "MH-17");
//! - a model word of the list after the number, as written ("the 737 Max",
//!   "787 Dreamliner");
//! - a house number: a street word of the list within the three capitalized
//!   words after it ("10 Downing Street", "36 Quai des Orfèvres").
//!
//! A designation's number runs on through "-" or "/" and digits ("747-400").

use super::number::counts_noun;
use super::Cx;
use crate::lexicon::figures::NumWord;
use crate::text::TokenKind;

/// Whether token `k` is one of the figure lists' words, so no name.
fn figure_word(cx: &Cx<'_>, k: usize) -> bool {
    let (low, raw) = (cx.low(k), cx.raw(k));
    let bare = low.trim_end_matches('.');
    cx.lex.function_words.contains(low)
        || cx.lex.months.contains_key(bare)
        || cx.lex.weekdays.contains_key(bare)
        || cx.lex.date_words.contains_key(low)
        || cx.lex.num_words.contains_key(low)
        || cx.lex.cues.keys().any(|c| c.split(' ').next() == Some(low))
        || cx.lex.currency_names.contains_key(low)
        || cx.lex.currency_symbols.contains_key(raw)
        || cx.lex.codes.contains(raw)
        || cx.lex.dollar_prefixes.contains_key(low)
        || cx.lex.unit_names.contains_key(low)
        || cx.lex.unit_symbols.contains_key(raw)
        || cx.lex.time_words.contains_key(low)
        || cx.lex.time_words.contains_key(raw)
        || cx.lex.vague.contains_key(low)
        || cx.lex.score_words.contains(low)
}

/// Whether token `k` opens its sentence (after a line break, a full stop,
/// an opening quote or bracket).
pub(super) fn sentence_start(cx: &Cx<'_>, k: usize) -> bool {
    if k == 0 || !cx.same_line(k) {
        return true;
    }
    matches!(cx.low(k - 1), "." | "!" | "?" | "\"" | "“" | "‘" | "'" | "(" | "[" | ":" | "—" | "–" | "-")
        && (k < 2 || sentence_start(cx, k - 1) || matches!(cx.low(k - 1), "." | "!" | "?" | ":"))
}

/// Whether the line of token `k` is in Title Case: every word of four or
/// more letters capitalized (a headline).
pub(super) fn title_line(cx: &Cx<'_>, k: usize) -> bool {
    let mut a = k;
    while a > 0 && cx.same_line(a) && k - a < 40 {
        a -= 1;
    }
    let mut b = k;
    while b + 1 < cx.len() && cx.same_line(b + 1) && b - k < 40 {
        b += 1;
    }
    let mut long = 0;
    for j in a..=b {
        let raw = cx.raw(j);
        if cx.kind(j) == Some(TokenKind::Word) && raw.chars().count() >= 4 && !cx.lex.function_words.contains(cx.low(j))
        {
            if !raw.starts_with(char::is_uppercase) {
                return false;
            }
            long += 1;
        }
    }
    long >= 2
}

/// Digits (possibly with a scale or letters glued on) at `k`: a number a
/// designation can hold.
fn number_token(cx: &Cx<'_>, k: usize) -> bool {
    cx.is_number(k)
}

/// The end of a designation's number from `k`: "747", "747-400", "3/4".
fn number_end(cx: &Cx<'_>, k: usize) -> usize {
    let mut e = k + 1;
    while matches!(cx.low(e), "-" | "/" | ":") && cx.adjacent(e) && cx.adjacent(e + 1) && number_token(cx, e + 1) {
        e += 2;
    }
    e
}

/// If the tokens from `i` are a number that belongs to a name, the token
/// after it.
pub(crate) fn designation(cx: &Cx<'_>, i: usize) -> Option<usize> {
    // "24/7": a listed expression, its tokens glued together.
    if cx.is_number(i) && !(i > 0 && cx.adjacent(i) && cx.kind(i - 1) != Some(TokenKind::Punct)) {
        for n in (1..=5).rev() {
            let glued = (i + 1..i + n).all(|k| cx.adjacent(k)) && !cx.adjacent(i + n);
            if glued && cx.phrase(i, n, true).is_some_and(|p| cx.lex.expressions.contains(&p)) {
                return Some(i + n);
            }
        }
    }
    let number = cx.is_number(i);
    let capital_word = !number
        && matches!(cx.lex.num_words.get(cx.low(i)), Some(NumWord::Cardinal(_)))
        && cx.raw(i).starts_with(char::is_uppercase);
    let word_after_designator = !number
        && matches!(cx.lex.num_words.get(cx.low(i)), Some(NumWord::Cardinal(_)))
        && i > 0
        && cx.lex.designators.contains(cx.low(i - 1));
    if !(number || capital_word || word_after_designator) || i == 0 || !cx.same_line(i) {
        return None;
    }
    let prev = i - 1;
    // "the 9/11 attacks", "the 7/7 bombings".
    if number
        && cx.low(prev) == "the"
        && cx.low(i + 1) == "/"
        && cx.adjacent(i + 1)
        && cx.adjacent(i + 2)
        && cx.is_number(i + 2)
        && !cx.adjacent(i + 3)
        && cx.kind(i + 3) == Some(TokenKind::Word)
        && !cx.lex.function_words.contains(cx.low(i + 3))
    {
        return Some(i + 3);
    }
    // "the 737 Max", "the 787 Dreamliner": a model word after the number.
    if number && !cx.adjacent(i + 1) && cx.same_line(i + 1) && cx.lex.models.contains(cx.raw(i + 1)) {
        return Some(i + 1);
    }
    // "10 Downing Street", "36 Quai des Orfèvres": a house number before a
    // street name (up to three capitalized words, one a street word).
    if number && !cx.adjacent(i + 1) {
        let mut k = i + 1;
        while k < i + 4 && cx.same_line(k) && cx.kind(k) == Some(TokenKind::Word) {
            let raw = cx.raw(k);
            if cx.lex.streets.contains(raw.trim_end_matches('.')) {
                return Some(i + 1);
            }
            if !raw.starts_with(char::is_uppercase) {
                break;
            }
            k += 1;
        }
    }
    // "COVID-19", "F-16": a capitalized code, a hyphen, digits.
    if number && cx.low(prev) == "-" && cx.adjacent(prev) && cx.adjacent(i) && prev > 0 {
        let code = prev - 1;
        let raw = cx.raw(code);
        let upper = raw.chars().filter(|c| c.is_uppercase()).count();
        let bare = cx.low(code).trim_end_matches('.');
        let calendar = cx.lex.months.contains_key(bare) || cx.lex.weekdays.contains_key(bare);
        if cx.kind(code) == Some(TokenKind::Word) && raw.starts_with(char::is_uppercase) && !calendar {
            // "Pre-2008" opening a sentence is a prefix, "COVID-19" a code.
            if upper >= 2 || !sentence_start(cx, code) {
                return Some(number_end(cx, i));
            }
        }
    }
    if cx.adjacent(i) {
        return None;
    }
    let prev_low = cx.low(prev);
    let after = number_end(cx, i);
    // A unit after the number makes it a figure after all ("flight 10 minutes
    // late"); so does a counted noun after a name word ("in Kabul 12 people").
    let unit = cx.lex.unit_names.contains_key(cx.low(after))
        || matches!(cx.lex.date_words.get(cx.low(after)), Some(crate::lexicon::figures::DateWord::Unit(_)));
    // "flight 17", and a number word after a designator too ("phase two").
    let word = !number && matches!(cx.lex.num_words.get(cx.low(i)), Some(NumWord::Cardinal(_)));
    if (number || word) && cx.lex.designators.contains(prev_low) && !unit {
        if word && cx.lex.num_words.contains_key(cx.low(i + 1)) {
            return None;
        }
        return Some(after);
    }
    // "18 times", "45 points": a measure word after the number.
    let measure = cx.lex.not_nouns.contains(cx.low(after)) && !cx.lex.function_words.contains(cx.low(after));
    let counted = unit || measure || counts_noun(cx, after);
    if cx.kind(prev) != Some(TokenKind::Word) || !cx.raw(prev).starts_with(char::is_uppercase) {
        return None;
    }
    // A capitalized number word mid-sentence is itself a sign of a name
    // ("Storm Two was named"), even after a sentence's first word.
    let named_word = capital_word && !sentence_start(cx, i);
    if figure_word(cx, prev) || (sentence_start(cx, prev) && !named_word) || title_line(cx, i) || counted {
        return None;
    }
    if matches!(cx.low(after), "%" | "percent" | "per") {
        return None;
    }
    if number {
        let raw = cx.raw(i);
        let year = raw.len() == 4 && raw.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y));
        if year {
            return None;
        }
    }
    Some(after)
}
