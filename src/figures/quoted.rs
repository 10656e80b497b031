//! Dates inside quotations keep their quotation's own time.
//!
//! Rule: a date counted from "now" inside a quotation ("today",
//! "yesterday", "last week", "two days ago", "this year": a figure with a
//! `relative` offset) counts from the day the quotation was said when its
//! attribution names one, and from the document date otherwise. The
//! attribution is the rest of the quotation's sentence, after the closing
//! mark ("…," the mayor said on Tuesday) or before the opening one (The
//! mayor said on Tuesday: "…"), up to twelve tokens; it must hold a speech
//! verb of `lexicon/speech_verbs.tsv` and a day-precise date. The figure
//! then gets the re-counted `date`, loses `relative` (which counts from the
//! document date) and its rule becomes `date:quote-time`.

use super::{Cx, Found};
use crate::date::Date;
use crate::kinds::FigureKind;

/// Tokens an attribution may run from its quotation mark, at most.
const MAX_ATTRIBUTION: usize = 12;

pub(super) fn resolve(cx: &Cx<'_>, out: &mut [Found]) {
    let Some(today) = cx.today else { return };
    if !out.iter().any(|f| f.kind == FigureKind::Date && f.relative.is_some()) {
        return;
    }
    for (open, close) in quotations(cx) {
        let (a, b) = (cx.toks[open].span.end, cx.toks[close].span.start);
        let inside = |f: &Found| f.span.start >= a && f.span.end <= b;
        if !out.iter().any(|f| inside(f) && f.relative.is_some()) {
            continue;
        }
        let Some(said) = said_on(cx, out, open, close) else { continue };
        if said == today {
            continue;
        }
        for f in out.iter_mut().filter(|f| inside(f) && f.kind == FigureKind::Date) {
            let (Some(rel), Some(old)) = (f.relative.as_deref(), f.date.as_deref()) else { continue };
            if let Some(d) = recount(said, rel, old) {
                f.date = Some(d);
                f.relative = None;
                f.rule = "date:quote-time";
            }
        }
    }
}

/// The quotations of the text as (opening mark, closing mark) token pairs:
/// “…” and "…" on one line.
fn quotations(cx: &Cx<'_>) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for k in 0..cx.len() {
        if open.is_some() && !cx.same_line(k) {
            open = None;
        }
        match (cx.low(k), open) {
            ("“", _) => open = Some(k),
            ("”" | "\"", Some(o)) => {
                out.push((o, k));
                open = None;
            }
            ("\"", None) => open = Some(k),
            _ => {}
        }
    }
    out
}

fn ends_sentence(cx: &Cx<'_>, k: usize) -> bool {
    matches!(cx.low(k), "." | "!" | "?") || cx.low(k) == "“" || cx.low(k) == "\""
}

/// The day the quotation `open..=close` was said: a day-precise date figure
/// in its attribution, with a speech verb there too.
fn said_on(cx: &Cx<'_>, out: &[Found], open: usize, close: usize) -> Option<Date> {
    // After the closing mark, up to the sentence end.
    let mut after = close + 1;
    while after < cx.len() && after - close <= MAX_ATTRIBUTION && cx.same_line(after) && !ends_sentence(cx, after) {
        after += 1;
    }
    // Before the opening mark, back to the sentence start.
    let mut before = open;
    while before > 0 && open - before < MAX_ATTRIBUTION && cx.same_line(before) && !ends_sentence(cx, before - 1) {
        before -= 1;
    }
    [(close + 1, after), (before, open)].into_iter().find_map(|(s, e)| {
        if s >= e || !(s..e).any(|k| cx.lex.speech_verbs.contains(cx.low(k))) {
            return None;
        }
        let (from, to) = (cx.toks[s].span.start, cx.toks[e - 1].span.end);
        out.iter()
            .filter(|f| f.kind == FigureKind::Date && f.span.start >= from && f.span.end <= to)
            .find_map(|f| f.date.as_deref().filter(|d| d.len() == 10).and_then(|d| d.parse::<Date>().ok()))
    })
}

/// `relative` ("-P1D", "P0D", "-P1Y") counted from `said`, written as
/// precisely as `old` (a year, a month, an ISO week or a day).
fn recount(said: Date, relative: &str, old: &str) -> Option<String> {
    if old.contains('/') {
        return None;
    }
    let (sign, rest) = match relative.strip_prefix('-') {
        Some(r) => (-1, r),
        None => (1, relative),
    };
    let mut rest = rest.strip_prefix('P')?;
    let mut d = said;
    while !rest.is_empty() {
        let n_end = rest.find(|c: char| !c.is_ascii_digit())?;
        let n: i64 = rest[..n_end].parse().ok()?;
        let unit = rest[n_end..].chars().next()?;
        if !matches!(unit, 'Y' | 'M' | 'W' | 'D') {
            return None;
        }
        d = d.shift(unit, sign * n)?;
        rest = &rest[n_end + 1..];
    }
    Some(match old.len() {
        4 => format!("{:04}", d.year()),
        7 => format!("{:04}-{:02}", d.year(), d.month()),
        8 if old.contains('W') => d.iso_week(),
        10 => d.to_string(),
        _ => return None,
    })
}
