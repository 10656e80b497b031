//! Percentages: "10%", "10 per cent", "ten percent", "2.5 percentage
//! points" (value 2.5, unit "percentage point"), "minus five percent", and
//! the inverted "per cent of 210".

use super::number::{self, NumKind};
use super::{Cx, Found, Hit};
use crate::kinds::FigureKind;

/// Words and symbols that make a number a percentage.
const MARKS: &[&str] = &["%", "percent", "percents", "per cent", "pct", "percentage", "per centum"];

/// A percentage starting at token `i`.
pub(crate) fn at(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    if let Some(h) = inverted(cx, i) {
        return Some(h);
    }
    let n = number::parse(cx, i)?;
    if n.kind == NumKind::Ordinal || !cx.same_line(n.end) {
        return None;
    }
    let (end, points) = mark(cx, n.end)?;
    let rule = match (points, cx.low(n.end)) {
        (true, _) => "percent:points",
        (false, "%") => "percent:symbol",
        _ => "percent:words",
    };
    let mut f = Found::new(cx.span(i, end), FigureKind::Percent, rule).with_value(super::money::round(n.value));
    if points {
        f.unit = Some("percentage point".to_string());
    }
    Some(Hit { start: i, end, found: f })
}

/// The percent mark at `j`: its end and whether it names percentage points.
fn mark(cx: &Cx<'_>, j: usize) -> Option<(usize, bool)> {
    let (s, ends) = cx.phrases(j, 3, true);
    for (n, &e) in ends.iter().enumerate().rev() {
        let p = &s[..e];
        if matches!(p, "percentage points" | "percentage point" | "percent points") {
            return Some((j + n + 1, true));
        }
        if MARKS.contains(&p) {
            return Some((j + n + 1, false));
        }
    }
    None
}

/// "per cent of 210": the mark first, then "of" and the number.
fn inverted(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    if i > 0 && (cx.is_number(i - 1) || number::parse(cx, i - 1).is_some()) {
        return None;
    }
    let (j, false) = mark(cx, i)? else { return None };
    if cx.low(i) == "%" || cx.low(j) != "of" {
        return None;
    }
    let n = number::parse(cx, j + 1)?;
    if n.kind == NumKind::Ordinal || n.end != j + 2 && !n.words {
        return None;
    }
    let f = Found::new(cx.span(i, n.end), FigureKind::Percent, "percent:of").with_value(n.value);
    Some(Hit { start: i, end: n.end, found: f })
}
