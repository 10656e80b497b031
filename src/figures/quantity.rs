//! Quantities: a number and a unit from `units.tsv` ("30 km", "2 million
//! barrels", "5 tonnes", "100 km/h", "-5 °C", "180ml"), the unit normalized
//! to its name in the table ("kilometre"). Lengths of time are durations
//! and belong to the date module.

use super::number::{self, parse_digits, NumKind};
use super::{Cx, Found, Hit};
use crate::kinds::FigureKind;
use crate::lexicon::figures::Unit;

/// A quantity starting at token `i`.
pub(crate) fn at(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    if let Some(h) = glued(cx, i) {
        return Some(h);
    }
    let n = number::parse(cx, i)?;
    if n.kind == NumKind::Ordinal || !cx.same_line(n.end) {
        return None;
    }
    let mut j = n.end;
    // "a 3-mile walk".
    if cx.low(j) == "-" && cx.adjacent(j) && cx.adjacent(j + 1) {
        j += 1;
    }
    let rule = if n.words { "quantity:words" } else { "quantity:unit" };
    if let Some((end, unit)) = unit_at(cx, j) {
        return Some(hit(cx, i, end, n.value, &unit, rule));
    }
    // "130 mph." at a sentence end: the tokenizer keeps the full stop on the
    // abbreviation; the figure ends before it.
    let raw = cx.raw(j);
    let bare = raw.strip_suffix('.').filter(|b| b.len() > 1 && !b.contains('.') && cx.same_line(j))?;
    let unit = cx.lex.unit_symbols.get(bare).or_else(|| cx.lex.unit_names.get(&bare.to_lowercase()))?;
    let mut h = hit(cx, i, j + 1, n.value, unit, rule);
    h.found.span.end -= 1;
    Some(h)
}

/// The unit written at `j`: a name ("kilometres") or a symbol ("km", "°C").
pub(crate) fn unit_at(cx: &Cx<'_>, j: usize) -> Option<(usize, Unit)> {
    if let Some(found) = cx.longest(j, 3, true, &cx.lex.unit_names) {
        return Some(found);
    }
    let (end, unit) = cx.longest(j, 3, false, &cx.lex.unit_symbols)?;
    // One-letter symbols ("m", "t", "L") after a space are too often words,
    // unless a converted quantity follows in brackets: "50 m (165 ft)".
    let single = cx.raw(j).chars().count() == 1 && end == j + 1;
    let glued_symbol = cx.raw(j).chars().all(char::is_alphabetic);
    let converted = cx.low(end) == "(" && cx.is_number(end + 1) && unit_at(cx, end + 2).is_some();
    if single && glued_symbol && !cx.adjacent(j) && !converted {
        return None;
    }
    // A symbol must end at a word boundary: "5 kmph" is not "km".
    Some((end, unit))
}

/// "29km", "180.25ml": digits and unit in one token.
fn glued(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    if !cx.is_number(i) {
        return None;
    }
    let (v, suffix, _) = parse_digits(cx.raw(i))?;
    if suffix.is_empty() || cx.lex.suffixes.contains_key(suffix) {
        return None;
    }
    let unit = cx.lex.unit_symbols.get(suffix).or_else(|| cx.lex.unit_names.get(&suffix.to_lowercase()))?;
    Some(hit(cx, i, i + 1, v, unit, "quantity:unit"))
}

fn hit(cx: &Cx<'_>, start: usize, end: usize, value: f64, unit: &Unit, rule: &'static str) -> Hit {
    let mut f = Found::new(cx.span(start, end), FigureKind::Quantity, rule).with_value(super::money::round(value));
    f.unit = Some(unit.name.clone());
    Hit { start, end, found: f }
}
