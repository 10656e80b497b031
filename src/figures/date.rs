//! Dates, times of the calendar and durations: "March 3, 2025", "3 March
//! 2025", "2025-03-03", "02/22/2016", "March 2025", "in May", "2020", "the
//! 1990s", "Friday", "yesterday", "last week", "five years ago", "two weeks
//! from now", "the first Friday of July", and durations ("five years", "48
//! hours").
//!
//! Relative expressions keep their offset from the document date in
//! `relative` (ISO 8601: "-P5Y") and, when the document date is known, the
//! resolved date in `date`, as precise as the expression: "five years ago"
//! → "2020", "two months ago" → "2025-10", "three days ago" → "2025-12-10".
//! A weekday alone is the most recent such day up to the document date (news
//! reports the past); a month or a day of a month without a year is in the
//! document's year.
//!
//! Traps: "the first" is an ordinal, not a date; "May" is a month only with
//! a day or year beside it or a cue before it ("in May", "last May"); a
//! month name alone must be capitalized unless a cue precedes it.

use super::number::{self, parse_digits, NumKind};
use super::{Cx, Found, Hit};
use crate::date::{days_in_month, Date};
use crate::kinds::FigureKind;
use crate::lexicon::figures::DateWord;
use crate::text::TokenKind;

/// A date, time or duration figure starting at token `i`: the longest of the
/// forms below.
pub(crate) fn at(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    let mut best: Option<Hit> = None;
    for h in [
        calendar(cx, i),
        numeric(cx, i),
        relative_day(cx, i),
        following(cx, i),
        direction(cx, i),
        offset(cx, i),
        nth_weekday(cx, i),
        year(cx, i),
        year_range(cx, i),
        decade(cx, i),
    ]
    .into_iter()
    .flatten()
    {
        if !matches!(&best, Some(b) if b.end >= h.end) {
            best = Some(h);
        }
    }
    // "Aug." and "Tues." keep their dot as a token; the date ends before it.
    if let Some(h) = best.as_mut() {
        let span = h.found.span;
        if span.len() > 1 && cx.text[span.range()].ends_with('.') && cx.kind(h.end - 1) == Some(TokenKind::Word) {
            h.found.span.end -= 1;
        }
    }
    best
}

/// An ISO 8601 duration of `n` units, negative for the past: "-P5Y", "PT48H".
pub(crate) fn duration(parts: &[(char, f64)], sign: i64) -> String {
    let mut date = String::new();
    let mut time = String::new();
    for &(unit, n) in parts {
        let n_str = |k: f64| if k.fract() == 0.0 { format!("{}", k as i64) } else { format!("{k}") };
        match unit {
            'E' => date.push_str(&format!("{}Y", n_str(n * 10.0))),
            'C' => date.push_str(&format!("{}Y", n_str(n * 100.0))),
            'F' => date.push_str(&format!("{}W", n_str(n * 2.0))),
            'Y' | 'M' | 'W' | 'D' => date.push_str(&format!("{}{unit}", n_str(n))),
            'H' => time.push_str(&format!("{}H", n_str(n))),
            'N' => time.push_str(&format!("{}M", n_str(n))),
            _ => time.push_str(&format!("{}S", n_str(n))),
        }
    }
    let sign = if sign < 0 { "-" } else { "" };
    let time = if time.is_empty() { time } else { format!("T{time}") };
    format!("{sign}P{date}{time}")
}

// ---- story order ----

/// The tense of the clause before token `i`: +1 future ("will meet on
/// Thursday", "scheduled for March 3"), -1 past ("was held on March 3"),
/// 0 when no cue stands between `i` and the sentence's start. The nearest
/// cue of `tense.tsv` wins; a participle after "be" gives way to its
/// auxiliary ("will be held"); a future seen from the past ("would pass",
/// "was expected to") is [`FUTURE_IN_PAST`]; "due to" sets none. Reporting verbs
/// ("said") set no tense: the report is past, what it reports may not be.
/// What [`tense`] says of "would pass", "was expected to": a weekday is
/// the nearest such day, before or after the document date.
pub(crate) const FUTURE_IN_PAST: i8 = 2;

pub(crate) fn tense(cx: &Cx<'_>, i: usize) -> i8 {
    let mut k = i;
    while k > 0 && i - k < 25 && cx.same_line(k) {
        k -= 1;
        let low = cx.low(k);
        if matches!(low, "." | "!" | "?" | ";" | "\"" | "“" | "”") {
            break;
        }
        let Some(&t) = cx.lex.tense.get(low) else { continue };
        // "due to" is a cause, not a schedule.
        if low == "due" && cx.low(k + 1) == "to" {
            continue;
        }
        // A future seen from the past ("would pass", "was expected to")
        // points neither way from the document date.
        if t > 0 && (matches!(low, "would" | "'d") || k > 0 && matches!(cx.low(k - 1), "was" | "were")) {
            return FUTURE_IN_PAST;
        }
        // A participle after "be" takes the tense of its auxiliary: "will be held".
        if t < 0 && k > 0 && matches!(cx.low(k - 1), "be" | "been" | "being") {
            continue;
        }
        return t;
    }
    0
}

/// Whether `cand` suits the tense, in days from the document date: from a
/// week before to a year after for the future; from a year before to a
/// week after for the past; with no cue, from nine months before to three
/// months after (news reports the past, and announces the near future).
fn fits_tense(cand: Date, today: Date, tense: i8) -> bool {
    let gap = cand.days() - today.days();
    match tense {
        1 => (-7..=366).contains(&gap),
        -1 => (-366..=7).contains(&gap),
        _ => (-275..=92).contains(&gap),
    }
}

/// A month and day without a year: of the years around the document's, the
/// one nearest the document date among those the tense allows (see
/// [`fits_tense`]).
fn month_day_year(cx: &Cx<'_>, at: usize, today: Date, m: u32, d: u32) -> Option<Date> {
    let tense = tense(cx, at);
    (today.year() - 1..=today.year() + 1)
        .filter_map(|y| Date::new(y, m, d))
        .filter(|c| fits_tense(*c, today, tense))
        .min_by_key(|c| (c.days() - today.days()).abs())
}

// ---- pieces ----

fn date_word(cx: &Cx<'_>, i: usize) -> Option<DateWord> {
    cx.lex.date_words.get(cx.low(i)).copied()
}

fn month(cx: &Cx<'_>, i: usize) -> Option<u32> {
    cx.lex.months.get(cx.low(i).trim_end_matches('.')).copied()
}

fn weekday_at(cx: &Cx<'_>, i: usize) -> Option<u32> {
    cx.lex.weekdays.get(cx.low(i).trim_end_matches('.')).copied()
}

/// Skip a "." written after an abbreviation ("Oct. 2") or a "," at `k`.
fn skip(cx: &Cx<'_>, k: usize, what: &[&str]) -> usize {
    if what.contains(&cx.low(k)) && cx.same_line(k) {
        k + 1
    } else {
        k
    }
}

/// A day of the month at `k`: "12", "12th", "twenty-first", "twenty two".
fn day(cx: &Cx<'_>, k: usize) -> Option<(u32, usize)> {
    if !cx.same_line(k) {
        return None;
    }
    day_anywhere(cx, k)
}

/// [`day`], also at the start of a line.
fn day_anywhere(cx: &Cx<'_>, k: usize) -> Option<(u32, usize)> {
    let n = number::parse(cx, k)?;
    if !matches!(n.kind, NumKind::Integer | NumKind::Ordinal) || !(1.0..=31.0).contains(&n.value) {
        return None;
    }
    if cx.is_number(k) && cx.raw(k).contains([',', '.']) {
        return None;
    }
    Some((n.value as u32, n.end))
}

/// A year at `k`: four digits, or words ("nineteen seventy eight", "two
/// thousand and eighteen").
fn year_at(cx: &Cx<'_>, k: usize) -> Option<(i32, usize)> {
    if !cx.same_line(k) {
        return None;
    }
    let raw = cx.raw(k);
    if cx.is_number(k) && raw.len() == 4 && raw.bytes().all(|b| b.is_ascii_digit()) {
        return Some((raw.parse().ok()?, k + 1));
    }
    // "nineteen seventy eight", "nineteen zero one": century then year.
    let tens = |j: usize| number::parse(cx, j).filter(|n| n.words && n.kind == NumKind::Integer);
    if let Some(c) = tens(k).filter(|n| (10.0..100.0).contains(&n.value) && n.end == k + 1) {
        if cx.low(c.end) == "zero" || cx.low(c.end) == "oh" {
            let u = tens(c.end + 1).filter(|u| u.value < 10.0)?;
            return Some(((c.value * 100.0 + u.value) as i32, u.end));
        }
        let rest = tens(c.end).filter(|r| (10.0..100.0).contains(&r.value))?;
        return Some(((c.value * 100.0 + rest.value) as i32, rest.end));
    }
    let n = tens(k).filter(|n| (1000.0..3000.0).contains(&n.value))?;
    Some((n.value as i32, n.end))
}

/// A two- or four-digit year in a numeric date.
fn short_year(s: &str) -> Option<i32> {
    let y: i32 = s.parse().ok()?;
    match s.len() {
        4 => Some(y),
        // Two digits: 1930–2029, the window news dates live in.
        2 if y < 30 => Some(2000 + y),
        2 => Some(1900 + y),
        _ => None,
    }
}

/// A figure for a calendar date, resolved where parts are missing.
fn calendar_found(
    cx: &Cx<'_>,
    a: usize,
    b: usize,
    y: Option<i32>,
    m: u32,
    d: Option<u32>,
    rule: &'static str,
) -> Option<Hit> {
    let mut f = Found::new(cx.span(a, b), FigureKind::Date, rule);
    f.date = Some(match (y, d) {
        (Some(y), Some(d)) => Date::new(y, m, d)?.to_string(),
        (Some(y), None) => format!("{y:04}-{m:02}"),
        (None, Some(d)) => {
            if d > days_in_month(2024, m) {
                return None;
            }
            match cx.today {
                // The nearest year the tense allows, or the last year the day exists (29 February).
                Some(t) => month_day_year(cx, a, t, m, d)
                    .or_else(|| (0..8).find_map(|back| Date::new(t.year() - back, m, d)))?
                    .to_string(),
                None => format!("--{m:02}-{d:02}"),
            }
        }
        (None, None) => match cx.today {
            // The document's year, unless a future cue points past its end
            // ("will be held in March" in a November story is next March), or
            // the month lies ahead of the document date while a past cue (or,
            // with no cue, more than four months ahead) points back: "was
            // recovered in November" in a January story is last November.
            Some(t) => {
                let y = match tense(cx, a) {
                    1 if m < t.month() => t.year() + 1,
                    -1 if m > t.month() => t.year() - 1,
                    0 if m > t.month() + 4 => t.year() - 1,
                    _ => t.year(),
                };
                format!("{y:04}-{m:02}")
            }
            None => format!("--{m:02}"),
        },
    });
    Some(Hit { start: a, end: b, found: f })
}

/// Cues that make a lone month name a month: "in May", "last March".
fn month_cue(w: &str) -> bool {
    matches!(
        w,
        "in" | "last"
            | "next"
            | "this"
            | "since"
            | "until"
            | "till"
            | "by"
            | "early"
            | "late"
            | "mid"
            | "of"
            | "from"
            | "during"
            | "through"
            | "throughout"
            | "before"
            | "after"
            | "between"
            | "and"
            | "to"
            | "end"
            | "mid-"
    )
}

/// Dates with a month name: "March 3, 2025", "3 March 2025", "Monday,
/// January 12th, 2016", "the tenth of September, two thousand", "16. Nov.
/// 2016", "March 2025", "in May", "April22", "22april".
fn calendar(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    let mut k = i;
    let wd = weekday_at(cx, k).filter(|_| cx.kind(k) == Some(TokenKind::Word));
    if wd.is_some() {
        k = skip(cx, skip(cx, k + 1, &["."]), &[","]);
    }
    let found =
        month_first(cx, i, k).or_else(|| day_first(cx, i, k)).or_else(|| glued_month_day(cx, i, k)).or_else(|| {
            if wd.is_some() {
                numeric(cx, k).map(|h| Hit { start: i, found: Found { span: cx.span(i, h.end), ..h.found }, ..h })
            } else {
                None
            }
        });
    if found.is_none() && wd.is_some() {
        return weekday_alone(cx, i);
    }
    found
}

/// "March 3, 2025", "Oct. 2", "May the eleventh", "January 12 of 2016",
/// "March 2025", "in May".
fn month_first(cx: &Cx<'_>, i: usize, k: usize) -> Option<Hit> {
    let m = month(cx, k)?;
    if cx.kind(k) != Some(TokenKind::Word) {
        return None;
    }
    let mut j = skip(cx, k + 1, &["."]);
    j = skip(cx, j, &[",", "-", "/"]);
    if cx.low(j) == "the" {
        j += 1;
    }
    if let Some((d, after_day)) = day(cx, j).filter(|&(_, e)| !year_like(cx, j, e)) {
        let mut e = skip(cx, after_day, &[","]);
        if cx.low(e) == "of" {
            e += 1;
        }
        if let Some((y, ye)) = year_at(cx, e) {
            return calendar_found(cx, i, ye, Some(y), m, Some(d), "date:month-day-year");
        }
        return calendar_found(cx, i, after_day, None, m, Some(d), "date:month-day");
    }
    let e = skip(cx, k + 1, &["."]);
    let e2 = skip(cx, e, &[","]);
    if let Some((y, ye)) = year_at(cx, if cx.low(e2) == "of" { e2 + 1 } else { e2 }) {
        return calendar_found(cx, i, ye, Some(y), m, None, "date:month-year");
    }
    // A month alone: capitalized (or after a cue), full name, and "May" only after a cue.
    if i != k {
        return None;
    }
    let prev = if i > 0 { cx.low(i - 1) } else { "" };
    let cue = month_cue(prev);
    let capital = cx.raw(k).chars().next().is_some_and(char::is_uppercase);
    let full = cx.lex.full_months.contains(cx.low(k));
    if !full || !cue && (!capital || m == 5) {
        return None;
    }
    // A lower-case "may" after "and", "to", "by" … is the verb: "he can and may declare".
    if !capital
        && m == 5
        && !matches!(
            prev,
            "in" | "last" | "next" | "this" | "since" | "until" | "early" | "late" | "mid" | "of" | "during"
        )
    {
        return None;
    }
    // "August last year", "March of next year": the month of that year.
    let o = if cx.low(k + 1) == "of" { k + 2 } else { k + 1 };
    if let (Some(DateWord::Direction(dir)), Some(DateWord::Unit('Y'))) = (date_word(cx, o), date_word(cx, o + 1)) {
        if cx.same_line(k + 1) && cx.same_line(o + 1) && !cx.low(o + 1).ends_with('s') {
            let mut f = Found::new(cx.span(i, o + 2), FigureKind::Date, "date:month-relative-year");
            if let Some(t) = cx.today {
                f.date = Some(format!("{:04}-{m:02}", t.year() + dir as i32));
            }
            return Some(Hit { start: i, end: o + 2, found: f });
        }
    }
    // "March" or "May" as a verb: a lower-case word after a name would be odd, but
    // "protesters march" has no capital and no cue, so is already excluded.
    calendar_found(cx, i, k + 1, None, m, None, "date:month")
}

/// Whether a four-digit "day" is really a year ("May 2020").
fn year_like(cx: &Cx<'_>, j: usize, e: usize) -> bool {
    e == j + 1 && cx.raw(j).len() == 4 && cx.raw(j).bytes().all(|b| b.is_ascii_digit())
}

/// "3 March 2025", "1st Jan", "the tenth of September, two thousand",
/// "16. Nov. 2016", "22 of Jan".
fn day_first(cx: &Cx<'_>, i: usize, k: usize) -> Option<Hit> {
    let mut j = k;
    if cx.low(j) == "the" {
        j += 1;
    }
    // A day that opens the date may open a line too ("\n\n3 March 2025").
    let (d, e) = if j == i { day_anywhere(cx, j)? } else { day(cx, j)? };
    let mut e = skip(cx, e, &[".", "-"]);
    if cx.low(e) == "of" {
        e += 1;
    }
    let m = month(cx, e)?;
    if cx.kind(e) != Some(TokenKind::Word) {
        return None;
    }
    let me = skip(cx, e + 1, &["."]);
    let ye_start = skip(cx, skip(cx, me, &[","]), &["of"]);
    // "the tenth of September" keeps "the" out of the span, as news style does.
    let start = if cx.low(k) == "the" && k == i { k + 1 } else { i };
    if let Some((y, ye)) = year_at(cx, ye_start).filter(|_| cx.same_line(ye_start)) {
        return calendar_found(cx, start, ye, Some(y), m, Some(d), "date:day-month-year");
    }
    calendar_found(cx, start, e + 1, None, m, Some(d), "date:day-month")
}

/// "April22", "22april", "january12,2016": month and day in one token.
fn glued_month_day(cx: &Cx<'_>, i: usize, k: usize) -> Option<Hit> {
    let raw = cx.low(k);
    let split = raw.find(|c: char| c.is_ascii_digit())?;
    let (a, b) = raw.split_at(split);
    let (m, d) = if a.is_empty() {
        let cut = raw.find(|c: char| !c.is_ascii_digit())?;
        let (d, m) = raw.split_at(cut);
        (*cx.lex.months.get(m)?, d.parse::<u32>().ok()?)
    } else {
        // "january12,2016": the year may be glued on after a comma.
        let (b, y) = b.split_once(',').map_or((b, None), |(d, y)| (d, Some(y)));
        let (m, d) = (*cx.lex.months.get(a)?, b.parse::<u32>().ok()?);
        if let Some(y) = y {
            let y = short_year(y)?;
            return calendar_found(cx, i, k + 1, Some(y), m, Some(d), "date:month-day-year");
        }
        (m, d)
    };
    if !(1..=31).contains(&d) {
        return None;
    }
    let e = skip(cx, k + 1, &[","]);
    if let Some((y, ye)) = year_at(cx, e) {
        return calendar_found(cx, i, ye, Some(y), m, Some(d), "date:month-day-year");
    }
    calendar_found(cx, i, k + 1, None, m, Some(d), "date:month-day")
}

/// Numeric dates: "2025-03-03", "2015/08/12", "02/22/2016", "21/04/16",
/// "9-18-15", "13.5.2015", "2019-sep-1", "Jan-1", "28-nov", "4/22".
fn numeric(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    // Dotted dates are one token: "13.5.2015", "2015.5.13".
    let raw = cx.raw(i);
    if cx.is_number(i) && raw.matches('.').count() == 2 {
        let p: Vec<&str> = raw.split('.').collect();
        return ymd_or_dmy(cx, i, i + 1, p[0], p[1], p[2], "date:numeric");
    }
    // Up to three parts joined by one separator, each adjacent to the next.
    let mut parts = vec![i];
    let mut sep = "";
    let mut k = i;
    while parts.len() < 3 && cx.adjacent(k + 1) && cx.adjacent(k + 2) {
        let s = cx.low(k + 1);
        if !matches!(s, "/" | "-") || (!sep.is_empty() && s != sep) {
            break;
        }
        if !(cx.is_number(k + 2) || month(cx, k + 2).is_some()) {
            break;
        }
        sep = if sep.is_empty() { cx.raw(k + 1) } else { sep };
        parts.push(k + 2);
        k += 2;
    }
    // A part continuing into more digits or a percent sign is something else.
    let end = k + 1;
    if cx.adjacent(end) && (cx.is_number(end) || matches!(cx.low(end), "%" | "/" | "-")) {
        return None;
    }
    let text: Vec<&str> = parts.iter().map(|&p| cx.low(p)).collect();
    match (parts.len(), text.as_slice()) {
        (3, [a, b, c]) => ymd_or_dmy(cx, i, end, a, b, c, "date:numeric"),
        (2, [a, b])
            if sep == "/"
                || month(cx, parts[0]).is_some()
                || month(cx, parts[1]).is_some()
                || i > 0 && weekday_at(cx, i - 1).is_some() =>
        {
            month_day_pair(cx, i, end, a, b)
        }
        _ => None,
    }
}

/// Three numeric parts: year first, or month/day first (US order unless the
/// first part cannot be a month).
fn ymd_or_dmy(cx: &Cx<'_>, a: usize, b: usize, p: &str, q: &str, r: &str, rule: &'static str) -> Option<Hit> {
    let num = |s: &str| -> Option<u32> {
        if s.is_empty() || s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return cx.lex.months.get(s).copied();
        }
        s.parse().ok()
    };
    let (y, m, d) = if p.len() == 4 {
        (short_year(p)?, num(q)?, num(r)?)
    } else {
        let y = short_year(r)?;
        let (x, z) = (num(p)?, num(q)?);
        if cx.lex.months.contains_key(q) || x > 12 {
            (y, z, x)
        } else {
            (y, x, z)
        }
    };
    let date = Date::new(y, m, d)?;
    let mut f = Found::new(cx.span(a, b), FigureKind::Date, rule);
    f.date = Some(date.to_string());
    Some(Hit { start: a, end: b, found: f })
}

/// "4/22", "22/04", "Jan-1", "28-nov": a month and a day, no year.
fn month_day_pair(cx: &Cx<'_>, a: usize, b: usize, p: &str, q: &str) -> Option<Hit> {
    let named = |s: &str| cx.lex.months.get(s).copied();
    let digits = |s: &str| if s.len() <= 2 { s.parse::<u32>().ok() } else { None };
    let (m, d) = match (named(p), named(q)) {
        (Some(m), None) => (m, digits(q)?),
        (None, Some(m)) => (m, digits(p)?),
        _ => {
            let (x, y) = (digits(p)?, digits(q)?);
            // "1/4" is as likely a fraction: take slashes only when a part
            // cannot be a month or is written with a leading zero.
            let clear = x > 12 || y > 12 || p.starts_with('0') || q.starts_with('0');
            let cued = a > 0 && (cx.low(a - 1) == "on" || weekday_at(cx, a - 1).is_some());
            if !clear && !cued {
                return None;
            }
            if x > 12 {
                (y, x)
            } else {
                (x, y)
            }
        }
    };
    if !(1..=12).contains(&m) || d == 0 {
        return None;
    }
    calendar_found(cx, a, b, None, m, Some(d), "date:numeric")
}

/// The last date the story named, if it is at least as precise as `unit`
/// needs (a day for days and weeks, a month for months, any for years).
fn anchor_for(cx: &Cx<'_>, unit: char) -> Option<Date> {
    let (d, p) = cx.anchor.get()?;
    let ok = match unit {
        'D' | 'W' | 'F' | 'H' | 'N' | 'S' => p == 'D',
        'M' => p != 'Y',
        _ => true,
    };
    ok.then_some(d)
}

fn shifted(base: Date, parts: &[(char, f64)], dir: i64) -> Option<Date> {
    let mut d = base;
    for &(u, n) in parts {
        if n.fract() != 0.0 || matches!(u, 'H' | 'N' | 'S') {
            return None;
        }
        d = d.shift(u, dir * n as i64)?;
    }
    Some(d)
}

/// "the next day", "the following morning", "the following week": one
/// unit after the last date the story named (or the document date).
fn following(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    if cx.low(i) != "the" || !matches!(cx.low(i + 1), "next" | "following") {
        return None;
    }
    let unit = match cx.low(i + 2) {
        "day" | "morning" | "afternoon" | "evening" | "night" => 'D',
        // "the next week" is as often a span ("over the next week").
        "week" | "month" | "year" if cx.low(i + 1) == "following" => date_word(cx, i + 2).and_then(|w| match w {
            DateWord::Unit(u) => Some(u),
            _ => None,
        })?,
        _ => return None,
    };
    let mut f = Found::new(cx.span(i, i + 3), FigureKind::Date, "date:anchored-next");
    let base = anchor_for(cx, unit).or(cx.today);
    let next = base.and_then(|b| b.shift(unit, 1));
    f.date = next.map(|d| if unit == 'W' { d.iso_week() } else { precision_of(d, unit) });
    Some(Hit { start: i, end: i + 3, found: f })
}

/// "today", "yesterday", "the day before yesterday", "the day after tomorrow".
fn relative_day(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    // "USA Today": a capitalized day word after a capitalized word is a name.
    if i > 0
        && cx.same_line(i)
        && cx.raw(i).starts_with(char::is_uppercase)
        && cx.kind(i - 1) == Some(TokenKind::Word)
        && cx.raw(i - 1).starts_with(char::is_uppercase)
        && !super::names::title_line(cx, i)
    {
        return None;
    }
    let (offset, end) = if let Some(DateWord::Day(n)) = date_word(cx, i) {
        (n, i + 1)
    } else if cx.low(i) == "the" && cx.low(i + 1) == "day" && matches!(cx.low(i + 2), "before" | "after") {
        let Some(DateWord::Day(n)) = date_word(cx, i + 3) else { return None };
        (n + if cx.low(i + 2) == "before" { -1 } else { 1 }, i + 4)
    } else {
        return None;
    };
    Some(relative_hit(cx, i, end, &[('D', offset.unsigned_abs() as f64)], offset.signum(), 'D', "date:relative-day"))
}

/// A figure for a date `sign × parts` from the document date, resolved at
/// the precision of the coarsest unit.
fn relative_hit(
    cx: &Cx<'_>,
    a: usize,
    b: usize,
    parts: &[(char, f64)],
    sign: i64,
    precision: char,
    rule: &'static str,
) -> Hit {
    let mut f = Found::new(cx.span(a, b), FigureKind::Date, rule);
    f.relative = Some(if parts.iter().all(|p| p.1 == 0.0) { "P0D".to_string() } else { duration(parts, sign) });
    if let Some(mut d) = cx.today {
        let mut ok = true;
        for &(unit, n) in parts {
            if n.fract() != 0.0 {
                ok = false;
            }
            match d.shift(unit, sign * n as i64) {
                Some(x) => d = x,
                None => ok = false,
            }
        }
        if ok {
            f.date = Some(match precision {
                'Y' | 'E' | 'C' => format!("{:04}", d.year()),
                'M' => format!("{:04}-{:02}", d.year(), d.month()),
                _ => d.to_string(),
            });
        }
    }
    Hit { start: a, end: b, found: f }
}

/// "last week", "next month", "this year", "last Sunday", "next week
/// Friday", "past monday", "in the past two years".
fn direction(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    let (i0, mut k) =
        if matches!(cx.low(i), "in" | "over" | "during") && cx.low(i + 1) == "the" { (i, i + 2) } else { (i, i) };
    // "this coming Friday", "coming Friday": the next such day.
    let c = if cx.low(k) == "this" { k + 1 } else { k };
    if cx.low(c) == "coming" {
        if let Some(wd) = weekday_at(cx, c + 1) {
            let mut f = Found::new(cx.span(i, c + 2), FigureKind::Date, "date:relative-weekday");
            if let Some(t) = cx.today {
                let ahead = (i64::from(wd) - i64::from(t.weekday())).rem_euclid(7);
                f.date = t.shift('D', if ahead == 0 { 7 } else { ahead }).map(|d| d.to_string());
            }
            return Some(Hit { start: i, end: c + 2, found: f });
        }
    }
    let Some(DateWord::Direction(dir)) = date_word(cx, k) else { return None };
    k += 1;
    // "the past two years", "the last 10 days": a period up to the document date.
    if i0 != k - 1 {
        let n = number::parse(cx, k).filter(|n| n.kind == NumKind::Integer)?;
        let Some(DateWord::Unit(u)) = date_word(cx, n.end) else { return None };
        let mut h = relative_hit(cx, i0, n.end + 1, &[(u, n.value)], dir, u, "date:relative-period");
        if let (Some(t), Some(from)) = (cx.today, h.found.date.take()) {
            // Start before end: "the past two years" 2023/2025, "the next three years" 2025/2028.
            let now = precision_of(t, u);
            h.found.date = Some(if dir > 0 { format!("{now}/{from}") } else { format!("{from}/{now}") });
        }
        return Some(h);
    }
    if let Some(wd) = weekday_at(cx, k) {
        return weekday_in_week(cx, i, k + 1, dir, wd);
    }
    if let Some(m) = month(cx, k).filter(|_| cx.lex.full_months.contains(cx.low(k))) {
        let mut f = Found::new(cx.span(i, k + 1), FigureKind::Date, "date:relative-month");
        if let Some(t) = cx.today {
            let y = match dir {
                d if d < 0 => t.year() - i32::from(m >= t.month()),
                d if d > 0 => t.year() + i32::from(m <= t.month()),
                _ => t.year(),
            };
            f.date = Some(format!("{y:04}-{m:02}"));
        }
        return Some(Hit { start: i, end: k + 1, found: f });
    }
    let Some(DateWord::Unit(u)) = date_word(cx, k) else { return None };
    if !matches!(u, 'D' | 'W' | 'M' | 'Y') || cx.low(k).ends_with('s') {
        return None;
    }
    // "next week on Friday", "last week Sunday".
    if u == 'W' {
        let j = if cx.low(k + 1) == "on" { k + 2 } else { k + 1 };
        if let Some(wd) = weekday_at(cx, j) {
            return weekday_in_week(cx, i, j + 1, dir, wd);
        }
    }
    if u == 'D' {
        return None;
    }
    let mut h = relative_hit(cx, i, k + 1, &[(u, dir.unsigned_abs() as f64)], dir.signum(), u, "date:relative-period");
    if u == 'W' {
        if let Some(t) = cx.today.and_then(|t| t.shift('W', dir)) {
            h.found.date = Some(t.iso_week());
        }
    }
    Some(h)
}

/// `d` written as precisely as `unit` (a year, a month, or a day).
fn precision_of(d: Date, unit: char) -> String {
    match unit {
        'Y' | 'E' | 'C' => format!("{:04}", d.year()),
        'M' => format!("{:04}-{:02}", d.year(), d.month()),
        _ => d.to_string(),
    }
}

/// Weekday `wd` of the week `dir` weeks from the document's (weeks start on
/// Monday).
fn weekday_in_week(cx: &Cx<'_>, a: usize, b: usize, dir: i64, wd: u32) -> Option<Hit> {
    // "this Friday week" and "Friday next week" forms end here too.
    let mut b = b;
    if let (Some(DateWord::Direction(_)), Some(DateWord::Unit('W'))) = (date_word(cx, b), date_word(cx, b + 1)) {
        b += 0;
    }
    let mut f = Found::new(cx.span(a, b), FigureKind::Date, "date:relative-weekday");
    if let Some(t) = cx.today {
        let monday = t.days() - i64::from(t.weekday()) + 1 + 7 * dir;
        f.date = Date::from_days(monday + i64::from(wd) - 1).map(|d| d.to_string());
    }
    Some(Hit { start: a, end: b, found: f })
}

/// "Friday", "on Tues.", "Friday next week", "Thursday the 21st": a
/// weekday, the most recent one up to the document date.
fn weekday_alone(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    let wd = weekday_at(cx, i)?;
    let full = cx.low(i).len() > 4 || cx.low(i) == "tues" || (i > 0 && cx.low(i - 1) == "on");
    if !full {
        return None;
    }
    // "Friday next week", "Tuesday of next week".
    let j = if cx.low(i + 1) == "of" { i + 2 } else { i + 1 };
    if let (Some(DateWord::Direction(dir)), Some(DateWord::Unit('W'))) = (date_word(cx, j), date_word(cx, j + 1)) {
        return weekday_in_week(cx, i, j + 2, dir, wd);
    }
    // "Thursday the 21st": a day of the document's month.
    if cx.low(i + 1) == "the" {
        if let Some((d, e)) = day(cx, i + 2) {
            let mut f = Found::new(cx.span(i, e), FigureKind::Date, "date:weekday-day");
            if let Some(t) = cx.today {
                f.date = Date::new(t.year(), t.month(), d).map(|d| d.to_string());
            }
            return Some(Hit { start: i, end: e, found: f });
        }
    }
    let mut f = Found::new(cx.span(i, i + 1), FigureKind::Date, "date:weekday");
    if let Some(t) = cx.today {
        // The coming such day after a future cue ("expected to make landfall
        // on Thursday"), the nearest one after a future seen from the past
        // ("was forecast to reach on Monday"), else the most recent one up to
        // the document date.
        let ahead = (i64::from(wd) - i64::from(t.weekday())).rem_euclid(7);
        let back = -(i64::from(t.weekday()) - i64::from(wd)).rem_euclid(7);
        let shift = match tense(cx, i) {
            FUTURE_IN_PAST if ahead < -back => ahead,
            FUTURE_IN_PAST => back,
            1 => ahead,
            _ => back,
        };
        f.date = Date::from_days(t.days() + shift).map(|d| d.to_string());
    }
    Some(Hit { start: i, end: i + 1, found: f })
}

/// "five years ago", "two weeks from now", "2 years 1 month 21 days ago",
/// "a few days ago", "three weeks from tomorrow", "two days later"; else a
/// duration: "five years", "48 hours".
fn offset(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    let mut parts: Vec<(char, f64)> = Vec::new();
    let mut k = i;
    let mut vague = false;
    loop {
        let (n, j) = if let Some((j, DateWord::Few(n))) = cx.longest(k, 3, true, &cx.lex.date_words) {
            vague = true;
            (f64::from(n), j)
        } else if matches!(cx.low(k), "a" | "an") && matches!(date_word(cx, k + 1), Some(DateWord::Unit(_))) {
            (1.0, k + 1)
        } else if let Some(n) = number::parse(cx, k).filter(|n| matches!(n.kind, NumKind::Integer | NumKind::Decimal)) {
            (n.value, n.end)
        } else {
            break;
        };
        // "five-year", "48-hour".
        let j2 = if cx.low(j) == "-" && cx.adjacent(j) && cx.adjacent(j + 1) { j + 1 } else { j };
        let Some(DateWord::Unit(u)) = date_word(cx, j2).filter(|_| cx.same_line(j2)) else { break };
        parts.push((u, n));
        k = j2 + 1;
        // "1 month, 21 days", "1 month and 21 days".
        let next = skip(cx, k, &[",", "and"]);
        if next != k && number::parse(cx, next).is_some() && parts.len() < 4 {
            let save = k;
            k = next;
            if number::parse(cx, k).and_then(|n| date_word(cx, n.end)).is_none() {
                k = save;
                break;
            }
        }
        if parts.len() >= 4 {
            break;
        }
    }
    if parts.is_empty() {
        return None;
    }
    let coarsest = parts.iter().map(|p| p.0).min_by_key(|u| "CEYMFWDHNS".find(*u).unwrap_or(9)).unwrap_or('D');
    // "ago", "later", "from now", "before yesterday", "after today", "from tomorrow".
    let after = match cx.longest(k, 2, true, &cx.lex.date_words) {
        Some((j, DateWord::After(dir))) => Some((j, dir)),
        _ if cx.low(k) == "from" && matches!(date_word(cx, k + 1), Some(DateWord::Day(_))) => Some((k + 1, 1)),
        _ => None,
    };
    if let Some((j, dir)) = after {
        if let Some(DateWord::Day(base)) = date_word(cx, j) {
            let mut h = relative_hit(cx, i, j + 1, &parts, dir, 'D', "date:relative-offset");
            if let Some(t) = cx.today.and_then(|t| t.shift('D', base)) {
                let mut d = Some(t);
                for &(u, n) in &parts {
                    d = d.and_then(|d| d.shift(u, dir * n as i64));
                }
                h.found.date = d.map(|d| d.to_string());
            }
            return Some(h);
        }
        if matches!(cx.low(k), "later" | "earlier") {
            // "two days later" counts from the last date the story named.
            if let Some(base) = anchor_for(cx, coarsest) {
                let mut h = relative_hit(cx, i, j, &parts, dir, coarsest, "date:anchored-later");
                h.found.relative = None;
                h.found.date = shifted(base, &parts, dir).map(|d| precision_of(d, coarsest));
                h.found.approx = vague;
                return Some(h);
            }
        }
        if matches!(cx.low(k), "ago" | "later" | "earlier" | "from" | "hence") {
            let rule = if dir < 0 { "date:relative-ago" } else { "date:relative-later" };
            let mut h = relative_hit(cx, i, j, &parts, dir, coarsest, rule);
            h.found.approx = vague;
            return Some(h);
        }
    }
    if vague || parts.len() > 1 && parts.iter().any(|p| p.0 == 'D') && k == i {
        return None;
    }
    // A duration. Only a single unit reads as one ("five years", "48 hours").
    let (u, n) = parts[0];
    let end = {
        let first = number::parse(cx, i).map_or(i + 2, |n| n.end);
        if cx.low(first) == "-" {
            first + 2
        } else {
            first + 1
        }
    };
    if matches!(cx.low(i), "a" | "an") {
        return None;
    }
    let mut f = Found::new(cx.span(i, end), FigureKind::Duration, "duration:number-unit").with_value(n);
    f.unit = Some(duration(&[(u, n)], 1));
    Some(Hit { start: i, end, found: f })
}

/// "the first Friday of July", "second Sunday", "the 20th of next month",
/// "the third Wednesday of previous month".
fn nth_weekday(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    let k = if cx.low(i) == "the" { i + 1 } else { i };
    let n = number::parse(cx, k).filter(|n| n.kind == NumKind::Ordinal && n.value <= 31.0)?;
    let today = cx.today;
    // Which month: "of July", "in this month", "of next month", or the document's.
    let month_after = |j: usize| -> Option<(Option<(i32, u32)>, usize)> {
        if !matches!(cx.low(j), "of" | "in") {
            return None;
        }
        if let Some(m) = month(cx, j + 1) {
            return Some((today.map(|t| (t.year(), m)), j + 2));
        }
        if let (Some(DateWord::Direction(dir)), Some(DateWord::Unit('M'))) =
            (date_word(cx, j + 1), date_word(cx, j + 2))
        {
            return Some((
                today.and_then(|t| Date::new(t.year(), t.month(), 1)?.shift('M', dir)).map(|d| (d.year(), d.month())),
                j + 3,
            ));
        }
        None
    };
    if let Some(wd) = weekday_at(cx, n.end) {
        if n.value > 5.0 {
            return None;
        }
        let (ym, end) = match month_after(n.end + 1) {
            Some(x) => x,
            None if k == i && cx.low(n.end).len() > 3 => (today.map(|t| (t.year(), t.month())), n.end + 1),
            None => return None,
        };
        let mut f = Found::new(cx.span(i, end), FigureKind::Date, "date:nth-weekday");
        if let Some((y, m)) = ym {
            let first = Date::new(y, m, 1)?;
            let offset = (i64::from(wd) - i64::from(first.weekday())).rem_euclid(7);
            let d = 1 + offset as u32 + 7 * (n.value as u32 - 1);
            f.date = Date::new(y, m, d).map(|d| d.to_string());
        }
        return Some(Hit { start: i, end, found: f });
    }
    // "the 20th of next month".
    let (ym, end) = month_after(n.end)?;
    if month(cx, n.end + 1).is_some() {
        return None;
    }
    let mut f = Found::new(cx.span(i, end), FigureKind::Date, "date:day-of-month");
    if let Some((y, m)) = ym {
        f.date = Date::new(y, m, n.value as u32).map(|d| d.to_string());
    }
    Some(Hit { start: i, end, found: f })
}

/// A year alone: "2020", "in 1391". 1900–2100 stand alone unless they count
/// something ("2020 prisoners"); other four-digit numbers need a cue
/// before them ("in 1391").
fn year(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    let raw = cx.raw(i);
    if !cx.is_number(i) || raw.len() != 4 || !raw.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: i32 = raw.parse().ok()?;
    let cue = i > 0 && matches!(date_word(cx, i - 1), Some(DateWord::YearCue)) && cx.same_line(i);
    let next_is_unitish = cx.adjacent(i + 1) && matches!(cx.kind(i + 1), Some(TokenKind::Word | TokenKind::Symbol));
    if next_is_unitish || matches!(cx.low(i + 1), "%" | "-" | "/") && cx.adjacent(i + 1) {
        return None;
    }
    // News writes counts of a thousand or more with a comma ("2,020
    // prisoners"), so four plain digits in this range are a year ("2019 protests").
    let in_range = (1900..=2100).contains(&y);
    if !(cue && (1000..=2999).contains(&y) || in_range) {
        return None;
    }
    // "$2020" and "2020 km" are not years.
    if i > 0 && cx.adjacent(i) && matches!(cx.kind(i - 1), Some(TokenKind::Symbol)) {
        return None;
    }
    let mut f = Found::new(cx.span(i, i + 1), FigureKind::Date, "date:year");
    f.date = Some(format!("{y:04}"));
    Some(Hit { start: i, end: i + 1, found: f })
}

/// "2017–2018", "2006-07": two years (1900–2100) joined by a dash, the
/// second later by at most sixty, no unit or counted noun after: an
/// interval of years, `2017/2018`.
fn year_range(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    let raw = cx.raw(i);
    if !cx.is_number(i) || raw.len() != 4 || !raw.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let a: i32 = raw.parse().ok()?;
    if !(1900..=2100).contains(&a) || !matches!(cx.low(i + 1), "-" | "–" | "—") {
        return None;
    }
    if !(cx.adjacent(i + 1) && cx.adjacent(i + 2) && cx.is_number(i + 2)) {
        return None;
    }
    let second = cx.raw(i + 2);
    if !second.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let b: i32 = match second.len() {
        4 => second.parse().ok()?,
        2 => a / 100 * 100 + second.parse::<i32>().ok()?,
        _ => return None,
    };
    if b <= a || b - a > 60 {
        return None;
    }
    // Not inside a longer code ("2017-2018-2019") nor a count ("2000-2005 people").
    if cx.adjacent(i + 3) && matches!(cx.low(i + 3), "-" | "–" | "/") || number::counts_noun(cx, i + 3) {
        return None;
    }
    if i > 0 && cx.adjacent(i) && !matches!(cx.kind(i - 1), Some(TokenKind::Punct)) {
        return None;
    }
    let mut f = Found::new(cx.span(i, i + 3), FigureKind::Date, "date:year-range");
    f.date = Some(format!("{a:04}/{b:04}"));
    Some(Hit { start: i, end: i + 3, found: f })
}

/// "the 1990s", "1990s", "'90s".
fn decade(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    let raw = cx.raw(i);
    if !cx.is_number(i) {
        return None;
    }
    let (v, suffix, dec) = parse_digits(raw)?;
    if suffix != "s" || dec || raw.len() != 5 || v % 10.0 != 0.0 {
        return None;
    }
    let mut f = Found::new(cx.span(i, i + 1), FigureKind::Date, "date:decade");
    f.date = Some(format!("{}s", v as i64));
    Some(Hit { start: i, end: i + 1, found: f })
}
