//! Money: an amount with a currency mark before it ("$2.3bn", "£ 8.10
//! million", "US$ 150 million", "C$ 1.34", "USD 200") or a currency after
//! it ("420 million Swiss francs", "5 dollars", "10 €", "115USD",
//! "30 MUSD"), and minor units ("50 cents" → 0.5 USD, "3 dollars 50 cents").
//! Currency names, symbols and codes come from `currencies.tsv` and
//! `currency_extra.tsv`; a name such as "won" or "real" is money only next
//! to a number, which is the only way this module reads it.

use super::number::{self, parse_digits, Num};
use super::{Cx, Found, Hit};
use crate::kinds::FigureKind;
use crate::lexicon::figures::Currency;
use crate::text::TokenKind;

/// A money figure starting at token `i`.
pub(crate) fn at(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    before(cx, i).or_else(|| glued_code(cx, i)).or_else(|| after(cx, i))
}

/// A currency mark at `i` (a prefix letter and "$", a symbol or an ISO
/// code): the currency and the token after the mark.
fn mark(cx: &Cx<'_>, i: usize) -> Option<(Currency, usize)> {
    // "c $", "hk $", "US$", "usd$", "u.s $": letters naming which dollar.
    if cx.raw(i + 1) == "$" && cx.kind(i) == Some(TokenKind::Word) && cx.same_line(i + 1) && cx.gap(i + 1).len() <= 1 {
        let low = cx.low(i);
        // "a $5 fine" and "Kyiv's $5": one-letter prefixes that are words
        // count only glued and capitalized ("A$5").
        let after_apostrophe = i > 0 && matches!(cx.low(i - 1), "'" | "’");
        let word_like = low.len() == 1 && (cx.lex.function_words.contains(low) || after_apostrophe || cx.adjacent(i));
        if word_like && !(cx.adjacent(i + 1) && cx.raw(i).chars().all(char::is_uppercase)) {
            return None;
        }
        let code = cx.lex.dollar_prefixes.get(low).or_else(|| cx.lex.dollar_prefixes.get(low.trim_end_matches('.')));
        if let Some(code) = code {
            let cur = Currency { code: Some(code.clone()), factor: 1.0 };
            return Some((cur, i + 2));
        }
    }
    let (j, cur) = cx.longest(i, 2, false, &cx.lex.currency_symbols)?;
    // A code or letter symbol must stand apart from a preceding word.
    if cx.kind(i) == Some(TokenKind::Word) && i > 0 && cx.adjacent(i) {
        return None;
    }
    Some((cur, j))
}

/// "$2.3bn", "£ 8.10 million", "USD 200", "HK$ 10.05 billion".
fn before(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    let (cur, j) = mark(cx, i)?;
    if !cx.same_line(j) || cx.gap(j).chars().count() > 1 {
        return None;
    }
    let n = number::parse(cx, j)?;
    if matches!(n.kind, number::NumKind::Ordinal) {
        return None;
    }
    let mut end = n.end;
    let mut value = n.value;
    // "75 USD million" is handled by `after`; "$ 20 million" by the number.
    // "$3 50 cents" never occurs; a trailing code ("$ 5 USD") is absorbed.
    if let Some((k, c2)) = cx.longest(end, 1, false, &cx.lex.currency_symbols) {
        if c2.code == cur.code && !cx.adjacent(end) && cx.kind(end) == Some(TokenKind::Word) {
            end = k;
        }
    }
    if let Some((k, extra)) = minor(cx, end, &cur) {
        end = k;
        value += extra;
    }
    Some(hit(cx, i, end, value * cur.factor, &cur, "money:symbol-before"))
}

/// "USD115", "usd50": a code glued to its digits.
fn glued_code(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    let raw = cx.raw(i);
    if cx.kind(i) != Some(TokenKind::Word) || raw.len() < 4 || !raw.is_char_boundary(3) {
        return None;
    }
    let (code, digits) = raw.split_at(3);
    let code = code.to_ascii_uppercase();
    if !cx.lex.codes.contains(&code) {
        return None;
    }
    let (v, suffix, _) = parse_digits(digits)?;
    if !suffix.is_empty() {
        return None;
    }
    let cur = Currency { code: Some(code), factor: 1.0 };
    Some(hit(cx, i, i + 1, v, &cur, "money:code-before"))
}

/// "5 dollars", "420 million Swiss francs", "10 €", "115USD", "30 MUSD",
/// "12-cent", "75 USD million".
fn after(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    if let Some(h) = glued_after(cx, i) {
        return Some(h);
    }
    let n = number::parse(cx, i)?;
    if n.kind == number::NumKind::Ordinal {
        return None;
    }
    let mut j = n.end;
    if !cx.same_line(j) {
        return None;
    }
    // "12-cent", "one-yen".
    if cx.low(j) == "-" && cx.adjacent(j) && cx.adjacent(j + 1) {
        j += 1;
    }
    let (mut end, cur, scale) = unit_after(cx, j)?;
    let mut value = n.value * scale;
    // "75 USD million".
    if let Some(crate::lexicon::figures::NumWord::Scale(s)) = cx.lex.num_words.get(cx.low(end)).copied() {
        if s >= 1e6 {
            value *= s;
            end += 1;
        }
    }
    if let Some((k, extra)) = minor(cx, end, &cur) {
        end = k;
        value += extra;
    }
    let rule =
        if cx.is_number(n.start) || cx.low(n.start).starts_with('-') { "money:symbol-after" } else { "money:words" };
    Some(hit(cx, i, end, value * cur.factor, &cur, rule))
}

/// A currency written after an amount at `j`: name, symbol or code (or "M"
/// and a code: "MUSD" is millions of dollars). Returns the end, the
/// currency and a scale.
fn unit_after(cx: &Cx<'_>, j: usize) -> Option<(usize, Currency, f64)> {
    if let Some((k, cur)) = cx.longest(j, 4, true, &cx.lex.currency_names) {
        return Some((k, cur, 1.0));
    }
    if let Some((k, cur)) = cx.longest(j, 2, false, &cx.lex.currency_symbols) {
        // Letter symbols and codes after a number must be a word of their own.
        let letters = cx.raw(j).chars().any(|c| c.is_ascii_alphabetic());
        // "1 $10 bill": a symbol glued to the next amount marks that one.
        let marks_next = cx.adjacent(k) && cx.is_number(k);
        if (!letters || !cx.adjacent(j) || cx.raw(j).chars().all(|c| c.is_ascii_uppercase())) && !marks_next {
            return Some((k, cur, 1.0));
        }
    }
    let raw = cx.raw(j);
    let upper = raw.to_ascii_uppercase();
    if raw.len() == 3 && cx.lex.codes.contains(&upper) && raw.chars().all(|c| c.is_ascii_lowercase()) {
        return Some((j + 1, Currency { code: Some(upper), factor: 1.0 }, 1.0));
    }
    if raw.len() == 4 && (raw.starts_with('M') || raw.starts_with('m')) && cx.lex.codes.contains(&upper[1..]) {
        return Some((j + 1, Currency { code: Some(upper[1..].to_string()), factor: 1.0 }, 1e6));
    }
    None
}

/// "115USD", "10m€": digits with the currency glued on.
fn glued_after(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    if !cx.is_number(i) {
        return None;
    }
    let (v, suffix, _) = parse_digits(cx.raw(i))?;
    if suffix.is_empty() {
        return None;
    }
    let (v, suffix) =
        match cx.lex.suffixes.iter().find(|(s, _)| suffix.starts_with(s.as_str()) && suffix.len() > s.len()) {
            Some((s, m)) if cx.lex.currency_symbols.contains_key(&suffix[s.len()..]) => (v * m, &suffix[s.len()..]),
            _ => (v, suffix),
        };
    let cur =
        cx.lex.currency_symbols.get(suffix).or_else(|| cx.lex.currency_symbols.get(&suffix.to_ascii_uppercase()))?;
    Some(hit(cx, i, i + 1, v * cur.factor, cur, "money:symbol-after"))
}

/// "… 50 cents", "… and forty-five cents" after a whole amount: the minor
/// part in major units.
fn minor(cx: &Cx<'_>, j: usize, major: &Currency) -> Option<(usize, f64)> {
    let k = if cx.low(j) == "and" { j + 1 } else { j };
    let n: Num = number::parse(cx, k)?;
    let (end, cur) = cx.longest(n.end, 1, true, &cx.lex.currency_names)?;
    (cur.factor < 1.0 && (cur.code == major.code || cur.code.is_none() || major.code.is_none()) && n.value < 100.0)
        .then_some((end, n.value * cur.factor))
}

fn hit(cx: &Cx<'_>, start: usize, end: usize, value: f64, cur: &Currency, rule: &'static str) -> Hit {
    let mut f = Found::new(cx.span(start, end), FigureKind::Money, rule).with_value(round(value));
    f.unit = cur.code.clone();
    Hit { start, end, found: f }
}

/// Drop floating-point noise from scaled amounts: 48.2 × 10⁶ is 48200000.
pub(crate) fn round(v: f64) -> f64 {
    if v.abs() < 1e15 {
        (v * 1e6).round() / 1e6
    } else {
        v
    }
}
