//! Scores of games and tallies: "beat Arsenal 3-1", "6-2 6-4", "won 2–0",
//! "a 24-17 victory". A score has two sides (`sides`), the first as
//! written first, and is never a range.
//!
//! Rule: two whole numbers of at most three digits joined by a dash ("3-1",
//! "3 – 1"), with no unit, counted noun or further digits after them, in a
//! sentence that holds a result word of `gazetteers/figures/scores.tsv`
//! (verbs "beat", "won", "drew"; nouns "victory", "draw", "match") or right
//! after another score ("6-2, 6-4").

use super::number::counts_noun;
use super::{Cx, Found, Hit};
use crate::kinds::{FigureKind, Number};
use crate::text::TokenKind;

/// A side of a score at `k`: one to three plain digits.
fn side(cx: &Cx<'_>, k: usize) -> Option<f64> {
    let raw = cx.raw(k);
    if !cx.is_number(k) || raw.is_empty() || raw.len() > 3 || !raw.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    raw.parse().ok()
}

/// "3-1" at `k`: the two sides and the token after them.
fn pair(cx: &Cx<'_>, k: usize) -> Option<(f64, f64, usize)> {
    let a = side(cx, k)?;
    if !matches!(cx.low(k + 1), "-" | "–" | "—") || !cx.same_line(k + 1) || !cx.same_line(k + 2) {
        return None;
    }
    // Both glued ("3-1") or both spaced ("3 - 1").
    if cx.adjacent(k + 1) != cx.adjacent(k + 2) {
        return None;
    }
    let b = side(cx, k + 2)?;
    Some((a, b, k + 3))
}

fn ends_sentence(cx: &Cx<'_>, k: usize) -> bool {
    matches!(cx.low(k), "." | "!" | "?" | ";")
}

/// Whether a result word stands in the sentence around tokens `a..b`.
fn sports(cx: &Cx<'_>, a: usize, b: usize) -> bool {
    let mut k = a;
    while k > 0 && a - k < 25 && cx.same_line(k) && !ends_sentence(cx, k - 1) {
        k -= 1;
        if cx.lex.score_words.contains(cx.low(k)) {
            return true;
        }
    }
    let mut k = b;
    while k < cx.len() && k - b < 12 && (k == b || cx.same_line(k)) && !ends_sentence(cx, k) {
        if cx.lex.score_words.contains(cx.low(k)) {
            return true;
        }
        k += 1;
    }
    false
}

/// Whether a score ends right before `i` ("6-2 6-4", "6-2, 6-4").
fn after_score(cx: &Cx<'_>, i: usize) -> bool {
    let e = if i > 0 && cx.low(i - 1) == "," { i - 1 } else { i };
    e >= 3 && pair(cx, e - 3).is_some_and(|(_, _, end)| end == e)
}

/// A score figure at `i`.
pub(crate) fn at(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    let (a, b, end) = pair(cx, i)?;
    // Not inside a longer code or date ("3-1-2", "2-3%", "$3-5").
    if i > 0
        && cx.adjacent(i)
        && matches!(cx.kind(i - 1), Some(TokenKind::Symbol | TokenKind::Number | TokenKind::Word))
    {
        return None;
    }
    if i > 0 && cx.adjacent(i) && matches!(cx.low(i - 1), "-" | "/" | "." | ":") {
        return None;
    }
    if cx.adjacent(end) && !matches!(cx.kind(end), Some(TokenKind::Punct)) {
        return None;
    }
    if cx.adjacent(end) && matches!(cx.low(end), "-" | "/" | "." | ":") && cx.is_number(end + 1) {
        return None;
    }
    // "10-15 people", "3-5 km", "2-3 years": a range of something.
    let next = cx.low(end);
    if counts_noun(cx, end)
        || cx.lex.unit_names.contains_key(next)
        || cx.lex.unit_symbols.contains_key(cx.raw(end))
        || matches!(cx.lex.date_words.get(next), Some(crate::lexicon::figures::DateWord::Unit(_)))
        || cx.lex.num_words.contains_key(next)
        || cx.lex.currency_names.contains_key(next)
        || matches!(next, "%" | "percent" | "per")
    {
        return None;
    }
    if !(sports(cx, i, end) || after_score(cx, i)) {
        return None;
    }
    let mut f = Found::new(cx.span(i, end), FigureKind::Score, "score:result");
    f.sides = Some([Number(a), Number(b)]);
    Some(Hit { start: i, end, found: f })
}
