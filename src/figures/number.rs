//! Numbers: digits with separators ("1,234.5", "12,34,567", "1.111,11"),
//! scale suffixes and words ("2.3bn", "1.5 million"), number words ("one
//! hundred and twenty-three", "a dozen", "two thirds", "one and a half"),
//! ordinals ("21st", "twenty-first"), vague plurals ("hundreds"), and the
//! decision between a plain number and a count ("123 prisoners").

use super::{Cx, Found, Hit};
use crate::kinds::FigureKind;
use crate::lexicon::figures::NumWord;
use crate::text::TokenKind;

/// What sort of number was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NumKind {
    Integer,
    Decimal,
    Fraction,
    Ordinal,
}

/// A number read from tokens `start..end`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Num {
    pub start: usize,
    pub end: usize,
    pub value: f64,
    pub kind: NumKind,
    /// Written (at least partly) in words.
    pub words: bool,
    /// One token of plain digits, no separators or sign: a year candidate.
    pub plain: bool,
}

/// The value of a digit string with separators, and its alphabetic suffix
/// ("2.3bn" → (2.3, "bn")). The last of "," and "." is the decimal mark
/// when both occur; a lone "," followed by groups of three (or Indian groups
/// of two then three) is a thousands separator, otherwise a decimal comma.
pub(crate) fn parse_digits(s: &str) -> Option<(f64, &str, bool)> {
    if s.contains(['\u{202f}', '\u{a0}']) {
        let cut = s
            .find(|c: char| !(c.is_ascii_digit() || matches!(c, ',' | '.' | '\u{202f}' | '\u{a0}')))
            .unwrap_or(s.len());
        let (num, suffix) = s.split_at(cut);
        let mut groups = num.split(['\u{202f}', '\u{a0}']);
        let first = groups.next()?;
        let rest: Vec<&str> = groups.collect();
        if first.is_empty() || first.len() > 3 || rest.iter().take(rest.len().saturating_sub(1)).any(|g| g.len() != 3) {
            return None;
        }
        let joined: String = std::iter::once(first).chain(rest.iter().copied()).collect();
        let (v, _, dec) = parse_digits(&joined)?;
        return Some((v, suffix, dec));
    }
    let cut = s.find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.')).unwrap_or(s.len());
    let (num, suffix) = s.split_at(cut);
    let num = num.trim_end_matches(['.', ',']);
    if num.is_empty() || !num.as_bytes()[0].is_ascii_digit() || num.len() > 40 {
        return None;
    }
    let (commas, dots) = (num.matches(',').count(), num.matches('.').count());
    let groups = |sep: char| {
        let parts: Vec<&str> = num.split(sep).collect();
        let tail_ok = parts[1..].iter().all(|p| p.len() == 3);
        let indian = parts.len() >= 3
            && parts.last().is_some_and(|p| p.len() == 3)
            && parts[1..parts.len() - 1].iter().all(|p| p.len() == 2);
        (parts[0].len() <= 3 && tail_ok) || (parts[0].len() <= 2 && indian)
    };
    let clean: String = match (commas, dots) {
        (0, 0) => num.to_string(),
        (0, 1) => num.to_string(),
        (_, 0) if groups(',') => num.replace(',', ""),
        (1, 0) => num.replace(',', "."),
        (0, _) if groups('.') => num.replace('.', ""),
        (_, _) if commas > 0 && dots > 0 => {
            let (last_comma, last_dot) = (num.rfind(',')?, num.rfind('.')?);
            if last_dot > last_comma && dots == 1 {
                num.replace(',', "")
            } else if last_comma > last_dot && commas == 1 {
                num.replace('.', "").replace(',', ".")
            } else {
                return None;
            }
        }
        _ => return None,
    };
    let decimal = clean.contains('.');
    clean.parse::<f64>().ok().map(|v| (v, suffix, decimal))
}

fn word(cx: &Cx<'_>, i: usize) -> Option<NumWord> {
    cx.lex.num_words.get(cx.low(i)).copied()
}

fn cardinal(cx: &Cx<'_>, i: usize) -> Option<f64> {
    match word(cx, i) {
        Some(NumWord::Cardinal(v)) => Some(v),
        _ => None,
    }
}

/// Where the last group stands, which decides what may follow.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Last {
    None,
    Unit,
    Teen,
    Tens,
    Hundred,
    Big(f64),
    Digits,
}

/// A number at `i`, with sign, fraction and ordinal forms.
pub(crate) fn parse(cx: &Cx<'_>, i: usize) -> Option<Num> {
    if let Some(&n) = cx.numbers.borrow().get(&i) {
        return n;
    }
    let n = parse_fresh(cx, i);
    cx.numbers.borrow_mut().insert(i, n);
    n
}

fn parse_fresh(cx: &Cx<'_>, i: usize) -> Option<Num> {
    if cx.lex.signs.contains(cx.low(i)) {
        let mut n = parse_unsigned(cx, i + 1)?;
        n.start = i;
        n.value = -n.value;
        n.plain = false;
        return Some(n);
    }
    // "-5" and "−5", but not the dash of "15-20".
    if matches!(cx.low(i), "-" | "−") && cx.adjacent(i + 1) && cx.is_number(i + 1) {
        let after_number =
            i > 0 && cx.adjacent(i) && matches!(cx.kind(i - 1), Some(TokenKind::Number | TokenKind::Word));
        if !after_number {
            let mut n = parse_unsigned(cx, i + 1)?;
            n.start = i;
            n.value = -n.value;
            n.plain = false;
            return Some(n);
        }
    }
    parse_unsigned(cx, i)
}

fn parse_unsigned(cx: &Cx<'_>, i: usize) -> Option<Num> {
    // ".08": a decimal without its leading zero.
    if cx.low(i) == "." && cx.adjacent(i + 1) && cx.is_number(i + 1) && !(i > 0 && cx.adjacent(i)) {
        let digits = cx.raw(i + 1);
        if digits.bytes().all(|b| b.is_ascii_digit()) {
            let v = format!("0.{digits}").parse().ok()?;
            return Some(Num { start: i, end: i + 2, value: v, kind: NumKind::Decimal, words: false, plain: false });
        }
    }
    if let Some(f) = fraction_phrase(cx, i) {
        // "a quarter million".
        if let Some(NumWord::Scale(s)) = word(cx, f.end) {
            return Some(Num { end: f.end + 1, value: f.value * s, kind: NumKind::Integer, ..f });
        }
        // "two thirds", "a half" (but "one and a half" reads on below).
        if cx.low(f.end) != "of" || !matches!(cx.low(f.end + 1), "a" | "an") {
            return Some(f);
        }
        // "two thirds of a million".
        if let Some(NumWord::Scale(s)) = word(cx, f.end + 2) {
            return Some(Num { end: f.end + 3, value: f.value * s, ..f });
        }
        return Some(f);
    }
    if let Some(f) = digit_fraction(cx, i) {
        return Some(f);
    }
    if let Some(&v) = cx.lex.vulgar.get(cx.raw(i)) {
        return Some(Num { start: i, end: i + 1, value: v, kind: NumKind::Fraction, words: false, plain: false });
    }
    let mut n = compound(cx, i)?;
    // "one and a half", "two and fifty-four hundredths".
    if n.kind == NumKind::Integer && cx.low(n.end) == "and" {
        if let Some(f) = fraction_phrase(cx, n.end + 1) {
            // "five and a half million" scales the whole; "one billion and a
            // half million" adds half a million; "3 million and a quarter"
            // adds a quarter million; "one and a half" adds a half.
            let trailing = match word(cx, n.end - 1) {
                Some(NumWord::Scale(s)) if s >= 1000.0 => Some(s),
                _ => cx.lex.suffixes.get(cx.raw(n.end - 1)).copied().filter(|_| !cx.is_number(n.end - 1)),
            };
            let after = match word(cx, f.end) {
                Some(NumWord::Scale(s)) => Some(s),
                _ => None,
            };
            let value = match (trailing, after) {
                (Some(_), Some(s)) => n.value + f.value * s,
                (None, Some(s)) => (n.value + f.value) * s,
                (Some(t), None) => n.value + f.value * t,
                (None, None) => n.value + f.value,
            };
            let end = f.end + usize::from(after.is_some());
            n = Num { end, value, kind: if value.fract() == 0.0 { NumKind::Integer } else { NumKind::Fraction }, ..n };
            n.plain = false;
        }
    }
    Some(n)
}

/// "3/4", "2 1/4", "-4/5" (the sign is read by `parse`).
fn digit_fraction(cx: &Cx<'_>, i: usize) -> Option<Num> {
    let int = |k: usize| -> Option<f64> {
        let raw = cx.raw(k);
        (cx.is_number(k) && raw.len() <= 6 && raw.bytes().all(|b| b.is_ascii_digit())).then(|| raw.parse().ok())?
    };
    // What follows a fraction may touch it only if it is punctuation: "1/4.", not "1/4/2020".
    let glued = |k: usize| cx.adjacent(k) && (cx.kind(k) != Some(TokenKind::Punct) || matches!(cx.low(k), "/" | "-"));
    let simple = |k: usize| -> Option<(f64, usize)> {
        let (a, b) = (int(k)?, int(k + 2)?);
        // "24/7" and "7/7" are no fractions: a numerator below its denominator.
        (cx.low(k + 1) == "/" && cx.adjacent(k + 1) && cx.adjacent(k + 2) && b > 0.0 && a < b && !glued(k + 3))
            .then_some((a / b, k + 3))
    };
    if let Some((v, end)) = simple(i) {
        return Some(Num { start: i, end, value: v, kind: NumKind::Fraction, words: false, plain: false });
    }
    let whole = int(i)?;
    let (v, end) = simple(i + 1).filter(|&(v, _)| v < 1.0 && cx.gap(i + 1).chars().count() <= 2)?;
    Some(Num { start: i, end, value: whole + v, kind: NumKind::Fraction, words: false, plain: false })
}

/// "two thirds", "a half", "one-eighth", "three quarters", "a trillionth".
fn fraction_phrase(cx: &Cx<'_>, i: usize) -> Option<Num> {
    let (num, mut j) = match cx.low(i) {
        "a" | "an" => (1.0, i + 1),
        "half" if matches!(cx.low(i + 1), "a" | "an") && matches!(word(cx, i + 2), Some(NumWord::Scale(_))) => {
            // "half a million".
            let Some(NumWord::Scale(s)) = word(cx, i + 2) else { return None };
            return Some(Num {
                start: i,
                end: i + 3,
                value: 0.5 * s,
                kind: NumKind::Integer,
                words: true,
                plain: false,
            });
        }
        "half" if matches!(cx.low(i + 1), "a" | "an") && cx.lex.multipliers.contains_key(cx.low(i + 2)) => {
            return Some(Num { start: i, end: i + 3, value: 6.0, kind: NumKind::Integer, words: true, plain: false });
        }
        // "more than half", "half of the votes": a half on its own.
        "half"
            if (i > 0 && matches!(cx.low(i - 1), "than" | "about" | "nearly" | "almost" | "around" | "roughly"))
                || cx.low(i + 1) == "of" =>
        {
            return Some(Num { start: i, end: i + 1, value: 0.5, kind: NumKind::Fraction, words: true, plain: false });
        }
        "half" | "quarter" if matches!(word(cx, i + 1), Some(NumWord::Scale(_))) => {
            let part = if cx.low(i) == "half" { 0.5 } else { 0.25 };
            let Some(NumWord::Scale(s)) = word(cx, i + 1) else { return None };
            return Some(Num {
                start: i,
                end: i + 2,
                value: part * s,
                kind: NumKind::Integer,
                words: true,
                plain: false,
            });
        }
        _ => {
            let v = cardinal(cx, i)?;
            let mut j = i + 1;
            // "twenty-three fifths", "twenty one fifths".
            if v >= 20.0 && v % 10.0 == 0.0 {
                let k = if cx.low(j) == "-" { j + 1 } else { j };
                if let Some(u) = cardinal(cx, k).filter(|u| *u < 10.0 && *u > 0.0) {
                    if denominator(cx, k + 1).is_some() {
                        return fraction_end(cx, i, k + 1, v + u);
                    }
                }
            }
            if v >= 20.0 {
                return None;
            }
            if cx.low(j) == "-" {
                j += 1;
            }
            (v, j)
        }
    };
    if cx.low(j) == "-" {
        j += 1;
    }
    fraction_end(cx, i, j, num)
}

fn fraction_end(cx: &Cx<'_>, start: usize, j: usize, num: f64) -> Option<Num> {
    // "a hundred trillionths", "a hundred thousand trillionths" (plural only:
    // "a hundred trillionth" is an ordinal).
    if num == 1.0 && matches!(word(cx, j), Some(NumWord::Scale(_))) {
        let mut k = j;
        let mut mult = 1.0;
        while let Some(NumWord::Scale(s)) = word(cx, k) {
            mult *= s;
            k += 1;
        }
        let (d, plural) = denominator(cx, k)?;
        if !plural {
            return None;
        }
        return Some(Num { start, end: k + 1, value: mult / d, kind: NumKind::Fraction, words: true, plain: false });
    }
    let (den, plural) = denominator(cx, j)?;
    // "one second" is a time, "a third" after "a" a fraction; a singular
    // ordinal after a number above one is an ordinal phrase, not a fraction.
    if !plural && num > 1.0 {
        return None;
    }
    // "a third suspect", "a fourth time": an ordinal before a noun or
    // adjective is an ordinal ("a third of", "by a third." stay fractions).
    // Likewise "a fourth from Germany": before a function word other than
    // "of", an ordinal used as a noun, unless a cue, "by" or "N and" comes
    // before it ("about a third is", "by a third", "one and a fourth").
    let next = cx.low(j + 1);
    let prev = if start > 0 { cx.low(start - 1) } else { "" };
    let after_number = prev == "and" && start >= 2 && (cx.is_number(start - 2) || word(cx, start - 2).is_some());
    let fraction_context = matches!(prev, "by" | "than" | "only" | "just" | "to")
        || after_number
        || cx.lex.cues.keys().any(|c| c.split(' ').next_back() == Some(prev));
    let a_ordinal = !plural && matches!(cx.low(start), "a" | "an") && !cx.lex.denominators.contains_key(cx.low(j));
    if a_ordinal
        && cx.same_line(j + 1)
        && cx.kind(j + 1) == Some(TokenKind::Word)
        && !matches!(word(cx, j + 1), Some(NumWord::Scale(_)))
        && (!cx.lex.function_words.contains(next) || next != "of" && !fraction_context)
    {
        return None;
    }
    Some(Num { start, end: j + 1, value: num / den, kind: NumKind::Fraction, words: true, plain: false })
}

/// A fraction's denominator word at `i`: its value and whether it is plural.
fn denominator(cx: &Cx<'_>, i: usize) -> Option<(f64, bool)> {
    let w = cx.low(i);
    if let Some(&d) = cx.lex.denominators.get(w) {
        return Some((d, w.ends_with('s')));
    }
    let (stem, plural) = match w.strip_suffix('s') {
        Some(s) => (s, true),
        None => (w, false),
    };
    match cx.lex.num_words.get(stem) {
        // "second" is a unit of time before it is a fraction.
        Some(NumWord::Ordinal(v)) if *v >= 3.0 => Some((*v, plural)),
        _ => None,
    }
}

/// Number words and digits combined with scales: "one hundred and
/// twenty-three", "4 thousand 3 hundred and 21", "1.5 million", "2.3bn",
/// "a dozen", "twenty-first", "two hundred point zero three".
fn compound(cx: &Cx<'_>, i: usize) -> Option<Num> {
    let mut total = 0.0;
    let mut current = 0.0;
    let mut last = Last::None;
    let mut end = i;
    let mut words = false;
    let mut decimal = false;
    let mut plain = false;
    // Digits with a scale ("280 million") take no ordinal after them.
    let mut digits_scaled = false;
    // The part of `current` after its last "hundred": "two dozens" in
    // "three hundred and two dozens" multiplies only the two.
    let mut small = 0.0;
    let mut k = i;
    loop {
        let low = cx.low(k);
        if k >= cx.len() || (k > i && !cx.same_line(k)) {
            break;
        }
        if last == Last::None && matches!(low, "a" | "an") {
            // "a hundred", "a dozen", "a million": "a" is one only before a scale.
            let next = cx.low(k + 1);
            if matches!(word(cx, k + 1), Some(NumWord::Scale(_))) || cx.lex.multipliers.contains_key(next) {
                current = 1.0;
                last = Last::Unit;
                words = true;
                k += 1;
                continue;
            }
            break;
        }
        if cx.is_number(k) {
            if !matches!(last, Last::None | Last::Big(_) | Last::Hundred) {
                break;
            }
            let Some((v, suffix, dec)) = parse_digits(cx.raw(k)) else { break };
            if last != Last::None && (!suffix.is_empty() || v >= group_limit(last)) {
                break;
            }
            if suffix.is_empty() {
                let (v2, k2) = if last == Last::None { space_groups(cx, k, v) } else { (v, k + 1) };
                current += v2;
                small += v2;
                plain = last == Last::None && k2 == k + 1 && !dec && !cx.raw(k).contains(',');
                decimal |= dec;
                last = Last::Digits;
                end = k2;
                k = k2;
                continue;
            }
            if let Some(&s) = cx.lex.suffixes.get(suffix) {
                digits_scaled = true;
                small = 0.0;
                current += v * s;
                last = Last::Big(s);
                end = k + 1;
                k += 1;
                decimal |= dec && (v * s).fract() != 0.0;
                continue;
            }
            if let Some(o) = ordinal_suffix(v, suffix, dec) {
                if last == Last::None {
                    return Some(Num {
                        start: i,
                        end: k + 1,
                        value: o,
                        kind: NumKind::Ordinal,
                        words: false,
                        plain: false,
                    });
                }
            }
            break;
        }
        match word(cx, k) {
            Some(NumWord::Cardinal(v)) => {
                let ok = match last {
                    Last::None | Last::Big(_) => true,
                    Last::Hundred => current % 100.0 == 0.0,
                    Last::Tens => (1.0..10.0).contains(&v),
                    _ => false,
                };
                if !ok {
                    break;
                }
                current += v;
                small += v;
                last = if v < 10.0 {
                    Last::Unit
                } else if v < 20.0 {
                    Last::Teen
                } else {
                    Last::Tens
                };
                words = true;
                end = k + 1;
                k += 1;
                // "twenty-one", "fifty - two".
                let unit_next = match word(cx, k + 1) {
                    Some(NumWord::Cardinal(u) | NumWord::Ordinal(u)) => u < 10.0,
                    _ => false,
                };
                if last == Last::Tens && cx.low(k) == "-" && unit_next {
                    k += 1;
                }
                continue;
            }
            Some(NumWord::Ordinal(o)) => {
                // "twenty-first", "one hundred twenty fifth", "two hundredth".
                let fits = match last {
                    Last::None | Last::Big(_) => true,
                    Last::Hundred => !(100.0..1000.0).contains(&o),
                    Last::Tens => o < 10.0,
                    Last::Unit | Last::Teen => o >= 100.0,
                    Last::Digits => false,
                };
                if !fits || (last == Last::None && k > i) || digits_scaled {
                    break;
                }
                let value = if o >= 100.0
                    && matches!(last, Last::Unit | Last::Teen | Last::Tens | Last::Hundred)
                    && current > 0.0
                {
                    total + current * o
                } else {
                    total + current + o
                };
                // A bare "second" after nothing is an ordinal too ("finished second").
                return Some(Num { start: i, end: k + 1, value, kind: NumKind::Ordinal, words: true, plain: false });
            }
            Some(NumWord::Scale(s)) => {
                // "hundred thousand": a bare scale counts one before a larger scale.
                let larger = matches!(word(cx, k + 1), Some(NumWord::Scale(t)) if t > s);
                if last == Last::None && larger && k == i {
                    current = s;
                    last = Last::Hundred;
                    words = true;
                    end = k + 1;
                    k += 1;
                    continue;
                }
                if last == Last::None {
                    break;
                }
                if last == Last::Digits {
                    digits_scaled = true;
                }
                if s == 100.0 {
                    if (current >= 100.0 && last != Last::Digits) || current == 0.0 {
                        break;
                    }
                    current *= 100.0;
                    small = 0.0;
                    last = Last::Hundred;
                } else {
                    if let Last::Big(prev) = last {
                        if s >= prev {
                            break;
                        }
                    }
                    if current == 0.0 {
                        break;
                    }
                    total += current * s;
                    current = 0.0;
                    small = 0.0;
                    last = Last::Big(s);
                }
                words = true;
                plain = false;
                end = k + 1;
                k += 1;
                continue;
            }
            None => {}
        }
        if let Some(&m) = cx.lex.multipliers.get(low) {
            if last == Last::None || current == 0.0 {
                break;
            }
            current = if small > 0.0 { current - small + small * m } else { current * m };
            small = 0.0;
            last = Last::Big(m);
            plain = false;
            words = true;
            end = k + 1;
            k += 1;
            continue;
        }
        // "2.33 k", "10 bln": a scale abbreviation on its own after digits.
        // "2.33 k", "10 bln": a scale abbreviation on its own after digits
        // (but not a lone "m" or "b", which are more often metres or words).
        let standalone = cx.raw(k).len() > 1 || matches!(cx.raw(k), "k" | "K" | "M" | "G");
        if last == Last::Digits && standalone && !cx.adjacent(k) {
            if let Some(&s) = cx.lex.suffixes.get(cx.raw(k)) {
                digits_scaled = true;
                current *= s;
                last = Last::Big(s);
                plain = false;
                end = k + 1;
                k += 1;
                continue;
            }
        }
        if low == "and" && matches!(last, Last::Hundred | Last::Big(_)) {
            // "one hundred and three quarters": the fraction reads apart.
            if fraction_phrase(cx, k + 1).is_some() {
                break;
            }
            if cardinal(cx, k + 1).is_some()
                || (cx.is_number(k + 1) && parse_digits(cx.raw(k + 1)).is_some_and(|(_, s, _)| s.is_empty()))
            {
                k += 1;
                continue;
            }
            if matches!(word(cx, k + 1), Some(NumWord::Ordinal(_))) {
                k += 1;
                continue;
            }
        }
        if low == "point" && last != Last::None {
            if let Some((frac, k2)) = point_digits(cx, k + 1) {
                current += frac;
                decimal = true;
                end = k2;
            }
        }
        break;
    }
    if end == i {
        return None;
    }
    let value = total + current;
    let kind = if decimal || value.fract() != 0.0 { NumKind::Decimal } else { NumKind::Integer };
    Some(Num { start: i, end, value, kind, words, plain })
}

/// What a digit group may add to after `last`: "4 thousand 3 hundred".
fn group_limit(last: Last) -> f64 {
    match last {
        Last::Big(s) => s,
        Last::Hundred => 100.0,
        _ => f64::INFINITY,
    }
}

/// "1 234 567" and "40 000" (narrow or plain spaces): groups of three digits
/// after a first group of one to three.
fn space_groups(cx: &Cx<'_>, k: usize, v: f64) -> (f64, usize) {
    let first = cx.raw(k);
    if first.len() > 3 || !first.bytes().all(|b| b.is_ascii_digit()) {
        return (v, k + 1);
    }
    let mut s = first.to_string();
    let mut j = k + 1;
    while cx.is_number(j)
        && cx.raw(j).len() == 3
        && cx.raw(j).bytes().all(|b| b.is_ascii_digit())
        && cx.gap(j).chars().count() == 1
        && cx.same_line(j)
    {
        s.push_str(cx.raw(j));
        j += 1;
    }
    (s.parse().unwrap_or(v), j)
}

/// "point zero three", "point seventy-one": the decimals after "point".
fn point_digits(cx: &Cx<'_>, mut k: usize) -> Option<(f64, usize)> {
    let mut digits = String::new();
    while let Some(v) = cardinal(cx, k) {
        if v < 10.0 {
            digits.push_str(&format!("{}", v as u32));
            k += 1;
        } else if v < 20.0 || digits.is_empty() {
            let mut v = v;
            k += 1;
            if v >= 20.0 {
                let j = if cx.low(k) == "-" { k + 1 } else { k };
                if let Some(u) = cardinal(cx, j).filter(|u| *u < 10.0 && *u > 0.0) {
                    v += u;
                    k = j + 1;
                }
            }
            digits.push_str(&format!("{}", v as u32));
            break;
        } else {
            break;
        }
    }
    if digits.is_empty() {
        return None;
    }
    format!("0.{digits}").parse().ok().map(|f| (f, k))
}

/// "21st", "2nd", "11th" → the ordinal, if the suffix fits the number.
pub(crate) fn ordinal_suffix(v: f64, suffix: &str, decimal: bool) -> Option<f64> {
    if decimal || v.fract() != 0.0 {
        return None;
    }
    let n = v as u64;
    let want = match (n % 100, n % 10) {
        (11..=13, _) => "th",
        (_, 1) => "st",
        (_, 2) => "nd",
        (_, 3) => "rd",
        _ => "th",
    };
    let s = suffix.to_ascii_lowercase();
    (s == want || (s == "th" && matches!(n % 10, 1..=3)) || (s == "d" && matches!(n % 10, 2 | 3))).then_some(v)
}

/// A plain number, ordinal, count or vague plural starting at `i`.
pub(crate) fn at(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    if let Some(h) = vague(cx, i) {
        return Some(h);
    }
    if let Some(h) = approximate(cx, i) {
        return Some(h);
    }
    let n = parse(cx, i)?;
    if let Some(h) = one_in(cx, &n) {
        return Some(h);
    }
    if n.kind == NumKind::Ordinal {
        if n.words && no_ordinal(cx, &n) {
            return None;
        }
        let f = Found::new(
            cx.span(n.start, n.end),
            FigureKind::Ordinal,
            if n.words { "ordinal:words" } else { "ordinal:digits" },
        )
        .with_value(n.value);
        return Some(Hit { start: n.start, end: n.end, found: f });
    }
    // A digit token followed directly by letters ("29km", "5x") is not a number here.
    if !n.words && cx.adjacent(n.end) && matches!(cx.kind(n.end), Some(TokenKind::Word)) {
        return None;
    }
    if is_pronoun_one(cx, &n) {
        return None;
    }
    let span = cx.span(n.start, n.end);
    let rule = if n.words { "number:words" } else { "number:digits" };
    if page_chrome(cx, &n) {
        let f = Found::new(span, FigureKind::Number, "number:page-chrome").with_value(n.value);
        return Some(Hit { start: n.start, end: n.end, found: f });
    }
    let counted = n.kind == NumKind::Integer && counts_noun(cx, n.end);
    let kind = if counted { FigureKind::Count } else { FigureKind::Number };
    let rule = if counted {
        if n.words {
            "count:words"
        } else {
            "count:digits"
        }
    } else {
        rule
    };
    Some(Hit { start: n.start, end: n.end, found: Found::new(span, kind, rule).with_value(n.value) })
}

/// "a couple", "a couple of", "a few": an approximate number ("a couple
/// of protesters" counts about 2), not before a scale or another number.
fn approximate(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    if !matches!(cx.low(i), "a" | "an") {
        return None;
    }
    let &v = cx.lex.approximate.get(cx.low(i + 1))?;
    if !cx.same_line(i + 1) {
        return None;
    }
    // "a couple hundred": about 200.
    let (v, stop) = match word(cx, i + 2) {
        Some(NumWord::Scale(s)) => (v * s, i + 3),
        Some(_) => return None,
        None => (v, i + 2),
    };
    let end = if cx.low(stop) == "of" { stop + 1 } else { stop };
    if word(cx, end).is_some() || cx.is_number(end) {
        return None;
    }
    // "a couple of weeks", "a few years": an approximate duration.
    if let Some(crate::lexicon::figures::DateWord::Unit(u)) = cx.lex.date_words.get(cx.low(end)) {
        let mut f = Found::new(cx.span(i, end + 1), FigureKind::Duration, "duration:approximate").with_value(v);
        f.unit = Some(super::date::duration(&[(*u, v)], 1));
        f.approx = true;
        return Some(Hit { start: i, end: end + 1, found: f });
    }
    let counted = counts_noun(cx, end);
    let (kind, rule) =
        if counted { (FigureKind::Count, "count:approximate") } else { (FigureKind::Number, "number:approximate") };
    // "a couple of" keeps "of" out of the figure's text.
    let mut f = Found::new(cx.span(i, stop), kind, rule).with_value(v);
    f.approx = true;
    Some(Hit { start: i, end: stop, found: f })
}

/// "one in four", "1 in 5", "one-in-four", "two out of five": odds, value the fraction (0.25).
fn one_in(cx: &Cx<'_>, n: &Num) -> Option<Hit> {
    if n.kind != NumKind::Integer || !(1.0..=20.0).contains(&n.value) {
        return None;
    }
    let hyphen = |k: usize| cx.low(k) == "-" && cx.adjacent(k) && cx.adjacent(k + 1);
    let (k, joined) = if hyphen(n.end) { (n.end + 1, true) } else { (n.end, false) };
    let k = match cx.low(k) {
        "in" if cx.same_line(k) => k,
        "out" if cx.low(k + 1) == "of" && cx.same_line(k) => k + 1,
        _ => return None,
    };
    let k = if joined && hyphen(k + 1) { k + 2 } else { k + 1 };
    let m = parse(cx, k).filter(|m| m.kind == NumKind::Integer && m.value > n.value && m.value <= 1e6)?;
    // "one in 2019", "two in 10 days": a year or a unit after is no odds.
    if m.plain && cx.raw(k).len() == 4 || cx.lex.date_words.contains_key(cx.low(m.end)) {
        return None;
    }
    let f = Found::new(cx.span(n.start, m.end), FigureKind::Number, "number:odds").with_value(n.value / m.value);
    Some(Hit { start: n.start, end: m.end, found: f })
}

/// "hundreds", "dozens of", "tens of thousands": no value, only bounds.
fn vague(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    let &min = cx.lex.vague.get(cx.low(i))?;
    let (mut min, mut end) = (min, i + 1);
    // "tens of thousands", "hundreds of millions".
    if cx.low(end) == "of" {
        if let Some(&m2) = cx.lex.vague.get(cx.low(end + 1)) {
            min *= m2 / 2.0;
            end += 2;
        }
    }
    let counted = cx.low(end) == "of" && counts_noun(cx, end + 1) || counts_noun(cx, end);
    let kind = if counted { FigureKind::Count } else { FigureKind::Number };
    let mut f = Found::new(cx.span(i, end), kind, if counted { "count:vague" } else { "number:vague" });
    f.min = Some(crate::kinds::Number(min));
    f.max = Some(crate::kinds::Number(min * 5.0 - 1.0));
    f.approx = true;
    Some(Hit { start: i, end, found: f })
}

/// Ordinal words that are no figure:
/// - a capitalized one inside a name ("the Third Circuit", "the Second World
///   War"): mid-sentence, before a capitalized word, on a line not in Title
///   Case;
/// - a listed compound noun (`designators.tsv` kind `compound`: "first
///   responders", "first aid");
/// - "first" as an adverb, with no determiner before it: "at first", "first of
///   all", "was first elected", "began singing first on", "an artist first.";
/// - "a second" as a moment: "for a second that …".
fn no_ordinal(cx: &Cx<'_>, n: &Num) -> bool {
    if n.end != n.start + 1 {
        return false;
    }
    let (i, low) = (n.start, cx.low(n.start));
    let prev = if i > 0 && cx.same_line(i) { cx.low(i - 1) } else { "" };
    let next = cx.low(i + 1);
    let capital = |k: usize| cx.raw(k).starts_with(char::is_uppercase) && cx.kind(k) == Some(TokenKind::Word);
    if capital(i)
        && capital(i + 1)
        && cx.same_line(i + 1)
        && !super::names::sentence_start(cx, i)
        && !super::names::title_line(cx, i)
    {
        return true;
    }
    if cx.phrase(i, 2, true).is_some_and(|p| cx.lex.compounds.contains(&p)) {
        return true;
    }
    let determiner = matches!(
        prev,
        "the"
            | "a"
            | "an"
            | "its"
            | "his"
            | "her"
            | "their"
            | "our"
            | "my"
            | "your"
            | "this"
            | "that"
            | "whose"
            | "every"
            | "each"
    ) || cx.kind(i.wrapping_sub(1)) == Some(TokenKind::Possessive);
    if low == "first" && !determiner {
        let verb_or_particle = next.is_empty()
            || !cx.same_line(i + 1)
            || matches!(cx.kind(i + 1), Some(TokenKind::Punct))
            || cx.lex.function_words.contains(next)
            || next.ends_with("ed");
        if prev == "at" || verb_or_particle {
            return true;
        }
    }
    low == "second"
        && prev == "a"
        && (matches!(next, "that" | "or" | "before" | "when") || cx.kind(i + 1) == Some(TokenKind::Punct))
}

/// "one" as a pronoun: "one of the exports", "the one you mentioned".
fn is_pronoun_one(cx: &Cx<'_>, n: &Num) -> bool {
    if n.end != n.start + 1 || cx.low(n.start) != "one" {
        return false;
    }
    let prev = if n.start > 0 { cx.low(n.start - 1) } else { "" };
    let next = cx.low(n.end);
    let determiner = matches!(
        prev,
        "the"
            | "this"
            | "that"
            | "which"
            | "each"
            | "every"
            | "any"
            | "no"
            | "another"
            | "some"
            | "a"
            | "no-one"
            | "someone"
            | "anyone"
    );
    let after = matches!(
        next,
        "of" | "another"
            | "'s"
            | "who"
            | "that"
            | "which"
            | "you"
            | "is"
            | "does"
            | "do"
            | "can"
            | "could"
            | "would"
            | "will"
            | "must"
            | "might"
            | "should"
            | "has"
            | "had"
            | "was"
            | "day"
            | "time"
            | "by"
    );
    // "one in, all in", "one out": a particle with no number after it ("one in four" is a ratio).
    let particle = matches!(next, "in" | "out" | "up" | "down" | "off")
        && !(cx.is_number(n.end + 1) || cx.lex.num_words.contains_key(cx.low(n.end + 1)) || cx.low(n.end + 1) == "a");
    determiner || after || particle || next.is_empty() && prev.is_empty()
}

/// "Total Views : 80": a number closing a short capitalized label line.
fn page_chrome(cx: &Cx<'_>, n: &Num) -> bool {
    // The label needs a word before the colon on the colon's line.
    if n.start < 2 || cx.low(n.start - 1) != ":" || !cx.same_line(n.start - 1) || cx.same_line(n.end) {
        return false;
    }
    let mut k = n.start - 1;
    while k > 0 && cx.same_line(k) {
        k -= 1;
        let raw = cx.raw(k);
        if !raw.chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
    }
    true
}

/// Whether the words from `i` name what a number counts: a plural noun,
/// perhaps after a modifier ("113 other prisoners", "eleven people").
pub(crate) fn counts_noun(cx: &Cx<'_>, i: usize) -> bool {
    let mut k = i;
    for _ in 0..3 {
        if !cx.same_line(k) || cx.kind(k) != Some(TokenKind::Word) {
            return false;
        }
        let w = cx.low(k);
        if cx.lex.count_nouns.contains(w) {
            return true;
        }
        if cx.lex.count_modifiers.contains(w) {
            k += 1;
            continue;
        }
        return is_plural_noun(cx, k);
    }
    false
}

fn is_plural_noun(cx: &Cx<'_>, k: usize) -> bool {
    let w = cx.low(k);
    let raw = cx.raw(k);
    let capital = raw.chars().next().is_some_and(char::is_uppercase);
    // In a headline ("123 Prisoners") capitals are no sign of a name.
    let title = capital && raw.chars().skip(1).all(|c| !c.is_uppercase());
    w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("'s")
        && w.chars().all(|c| c.is_alphabetic() || c == '-')
        && (!capital || title)
        && !cx.lex.not_nouns.contains(w)
        && !cx.lex.denominators.contains_key(w)
        && !matches!(cx.lex.num_words.get(w.trim_end_matches('s')), Some(NumWord::Ordinal(_)))
        && !cx.lex.function_words.contains(w)
        && !cx.lex.unit_names.contains_key(w)
        && !cx.lex.currency_names.contains_key(w)
        && !cx.lex.date_words.contains_key(w)
        && !cx.lex.months.contains_key(w)
        && !cx.lex.weekdays.contains_key(w.trim_end_matches('s'))
}
