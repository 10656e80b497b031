//! Clock times: "9:15am", "21:05", "10:30 p.m. EST", "7 p.m.", "5am",
//! "7.30pm", "0400 GMT", "1400 hours", "noon", "midnight", "seven o'clock".
//!
//! The value is an ISO 8601 time of day in `time` ("09:15", "22:30-05:00",
//! "04:00Z"), with the zone's offset only when the text names a zone. A
//! clock reading with seconds and no cue ("ran 2:01:39") is a duration.
//!
//! Rules, by form:
//! - H:MM (H 0–23, two-digit minutes), H:MM:SS, each with an optional
//!   meridiem ("a.m.", "PM") and zone ("GMT", "local time"); a bare H:MM
//!   right after a capitalized word is a reference ("John 3:16"), no time;
//! - H or H.MM glued to or followed by a meridiem (H 1–12): "5am", "7.30 p.m.";
//! - H or a number word followed by "o'clock"; a number word (1–12) with a meridiem;
//! - four digits HHMM followed by a zone or "hours": "0400 GMT", "1400 hrs";
//!   or by a weekday, with the zone after the day if any: "2053 Wednesday
//!   night, UTC" (the figure is "2053", the weekday stays a date);
//! - the clock words of `times.tsv` ("noon", "midnight"), also after "12".

use super::number::counts_noun;
use super::{Cx, Found, Hit};
use crate::date::Date;
use crate::kinds::FigureKind;
use crate::lexicon::figures::TimeWord;
use crate::text::TokenKind;

/// A time word at `k` (not a zone), on the line of the token before.
fn word_at<'a>(cx: &Cx<'a>, k: usize) -> Option<&'a TimeWord> {
    if !cx.same_line(k) {
        return None;
    }
    cx.lex.time_words.get(cx.low(k)).filter(|t| !matches!(t, TimeWord::Zone(_)))
}

fn meridiem(cx: &Cx<'_>, k: usize) -> Option<bool> {
    match word_at(cx, k) {
        Some(TimeWord::Meridiem(pm)) => Some(*pm),
        _ => None,
    }
}

/// A zone at `k`: "GMT", "EST" (in capitals), "local time", "(GMT)"; its
/// offset and the token after it.
fn zone<'a>(cx: &Cx<'a>, k: usize) -> Option<(&'a str, usize)> {
    if !cx.same_line(k) {
        return None;
    }
    if cx.low(k) == "(" {
        let (z, e) = zone(cx, k + 1)?;
        return (cx.low(e) == ")").then_some((z, e + 1));
    }
    let raw = cx.raw(k);
    if let Some(TimeWord::Zone(z)) = cx.lex.time_words.get(raw) {
        if raw.chars().all(|c| c.is_ascii_uppercase()) || matches!(raw, "Zulu" | "ChST") {
            return Some((seasonal(cx, z), k + 1));
        }
    }
    // "local time", "Eastern time", "US east coast time".
    (2..=4).rev().find_map(|n| match cx.lex.time_words.get(&cx.phrase(k, n, true)?) {
        Some(TimeWord::Zone(z)) => Some((seasonal(cx, z), k + n)),
        _ => None,
    })
}

/// A zone's offset: "-05:00", or for a zone that keeps summer time
/// ("-05:00|-04:00|us") the one in force at the document date (none
/// without a document date).
fn seasonal<'a>(cx: &Cx<'_>, z: &'a str) -> &'a str {
    let mut parts = z.split('|');
    let (Some(standard), Some(summer), Some(rule)) = (parts.next(), parts.next(), parts.next()) else { return z };
    let Some(d) = cx.today else { return "" };
    // The n-th (or, n = 0, the last) Sunday of month m of the document's year.
    let sunday = |m: u32, n: u32| -> Option<Date> {
        let days: Vec<u32> = (1..=crate::date::days_in_month(d.year(), m))
            .filter(|&day| Date::new(d.year(), m, day).is_some_and(|x| x.weekday() == 7))
            .collect();
        let day = if n == 0 { days.last() } else { days.get(n as usize - 1) };
        day.and_then(|&day| Date::new(d.year(), m, day))
    };
    let (from, to) = match rule {
        "us" => (sunday(3, 2), sunday(11, 1)),
        _ => (sunday(3, 0), sunday(10, 0)),
    };
    match (from, to) {
        (Some(a), Some(b)) if d >= a && d < b => summer,
        _ => standard,
    }
}

/// Digits only, at most `max` of them.
fn digits(s: &str, max: usize) -> Option<u32> {
    (!s.is_empty() && s.len() <= max && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok())?
}

/// A time figure at `i`.
pub(crate) fn at(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    if let Some(TimeWord::Clock(v)) = cx.lex.time_words.get(cx.low(i)) {
        // "noon", "midnight"; a capitalized one mid-sentence is a name ("Midnight Oil").
        let capital = cx.raw(i).starts_with(char::is_uppercase);
        if capital && i > 0 && cx.kind(i - 1) == Some(TokenKind::Word) && cx.same_line(i) {
            return None;
        }
        return Some(hit(cx, i, i + 1, v.clone(), "time:word"));
    }
    if cx.is_number(i) {
        return numeric(cx, i);
    }
    // "seven o'clock", "nine p.m.".
    let h = match cx.lex.num_words.get(cx.low(i)) {
        Some(crate::lexicon::figures::NumWord::Cardinal(v)) if (1.0..=12.0).contains(v) => *v as u32,
        _ => return None,
    };
    let (h, end) = match word_at(cx, i + 1) {
        Some(TimeWord::OClock) => (h, i + 2),
        Some(TimeWord::Meridiem(pm)) => (hour12(h, *pm)?, i + 2),
        _ => return None,
    };
    let (z, end) = zone(cx, end).unwrap_or(("", end));
    Some(hit(cx, i, end, format!("{h:02}:00{z}"), "time:words"))
}

/// `h` (1–12) on a 24-hour clock.
fn hour12(h: u32, pm: bool) -> Option<u32> {
    if !(1..=12).contains(&h) {
        return None;
    }
    Some(match (h, pm) {
        (12, false) => 0,
        (12, true) => 12,
        (h, true) => h + 12,
        (h, false) => h,
    })
}

fn numeric(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    let raw = cx.raw(i);
    // A time is never glued to a symbol before it ("$9:15", "#7pm").
    if i > 0 && cx.adjacent(i) && cx.kind(i - 1) == Some(TokenKind::Symbol) {
        return None;
    }
    if let Some(h) = digits(raw, 2) {
        if cx.low(i + 1) == ":" && cx.adjacent(i + 1) && cx.adjacent(i + 2) && cx.is_number(i + 2) {
            return colon(cx, i, h);
        }
        // "12 noon", "7 o'clock", "7 p.m.".
        match word_at(cx, i + 1) {
            Some(TimeWord::Clock(v)) if h == 12 => return Some(hit(cx, i, i + 2, v.clone(), "time:word")),
            Some(TimeWord::OClock) if (1..=12).contains(&h) => {
                let (z, end) = zone(cx, i + 2).unwrap_or(("", i + 2));
                return Some(hit(cx, i, end, format!("{h:02}:00{z}"), "time:oclock"));
            }
            Some(TimeWord::Meridiem(pm)) => {
                let h = hour12(h, *pm)?;
                let (z, end) = zone(cx, i + 2).unwrap_or(("", i + 2));
                return Some(hit(cx, i, end, format!("{h:02}:00{z}"), "time:meridiem"));
            }
            _ => {}
        }
    }
    // "5am", "7.30pm", "7.30 p.m.".
    let cut = raw.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(raw.len());
    let (num, suffix) = raw.split_at(cut);
    let (h, m) = match num.split_once('.') {
        Some((h, m)) if m.len() == 2 => (digits(h, 2)?, digits(m, 2)?),
        Some(_) => return None,
        None => (digits(num, 4)?, 0),
    };
    if num.len() == 4 && !num.contains('.') {
        // "0400 GMT", "1400 hours".
        let (h, m) = (h / 100, h % 100);
        if !suffix.is_empty() || h > 23 || m > 59 {
            return None;
        }
        let (z, end) = match (zone(cx, i + 1), word_at(cx, i + 1)) {
            (Some(z), _) => z,
            (None, Some(TimeWord::Hours)) if !counts_noun(cx, i + 2) => ("", i + 2),
            // "2053 Wednesday night, UTC": before a weekday no year; a zone may follow the day.
            _ if cx.same_line(i + 1) && cx.lex.weekdays.contains_key(cx.low(i + 1).trim_end_matches('.')) => {
                let mut k = i + 2;
                if matches!(cx.low(k), "morning" | "afternoon" | "evening" | "night") {
                    k += 1;
                }
                if cx.low(k) == "," {
                    k += 1;
                }
                let z = zone(cx, k).map_or("", |(z, _)| z);
                return Some(hit(cx, i, i + 1, format!("{h:02}:{m:02}{z}"), "time:military"));
            }
            _ => return None,
        };
        return Some(hit(cx, i, end, format!("{h:02}:{m:02}{z}"), "time:military"));
    }
    if m > 59 {
        return None;
    }
    let (pm, end) = if suffix.is_empty() {
        (meridiem(cx, i + 1)?, i + 2)
    } else {
        (matches!(cx.lex.time_words.get(&suffix.to_lowercase()), Some(TimeWord::Meridiem(true))), i + 1)
    };
    if !suffix.is_empty() && !matches!(cx.lex.time_words.get(&suffix.to_lowercase()), Some(TimeWord::Meridiem(_))) {
        return None;
    }
    let h = hour12(h, pm)?;
    let (z, end) = zone(cx, end).unwrap_or(("", end));
    Some(hit(cx, i, end, format!("{h:02}:{m:02}{z}"), "time:meridiem"))
}

/// "21:05", "9:15am", "10:30 p.m. EST", "2:01:39": `h` at `i`, ":" and minutes after.
fn colon(cx: &Cx<'_>, i: usize, h: u32) -> Option<Hit> {
    let mins = cx.raw(i + 2);
    // Two ASCII digits, then a suffix; a number token may go on in any script ("3É").
    let cut = mins.char_indices().nth(2).map_or(mins.len(), |(b, _)| b);
    let (mm, suffix) = mins.split_at(cut);
    let m = digits(mm, 2).filter(|m| *m <= 59 && mm.len() == 2)?;
    let mut end = i + 3;
    let mut secs = None;
    let mut pm = None;
    if suffix.is_empty() {
        if cx.low(end) == ":" && cx.adjacent(end) && cx.adjacent(end + 1) {
            secs = Some(digits(cx.raw(end + 1), 2).filter(|s| *s <= 59 && cx.raw(end + 1).len() == 2)?);
            end += 2;
        }
        if let Some(p) = meridiem(cx, end) {
            pm = Some(p);
            end += 1;
        }
    } else {
        match cx.lex.time_words.get(&suffix.to_lowercase()) {
            Some(TimeWord::Meridiem(p)) => pm = Some(*p),
            _ => return None,
        }
    }
    // "3:15:20:10" or "1:30.5" is something else.
    if cx.adjacent(end) && (cx.is_number(end) || matches!(cx.low(end), ":" | "." | "/") && cx.is_number(end + 1)) {
        return None;
    }
    let zoned = zone(cx, end);
    let cued = i > 0 && matches!(cx.low(i - 1), "at" | "by" | "until" | "from" | "around" | "before" | "after");
    if let (Some(s), None, None, false) = (secs, pm, zoned, cued) {
        // A race or a clock of elapsed time: "finished in 2:01:39".
        let mut f = Found::new(cx.span(i, end), FigureKind::Duration, "duration:clock");
        f.unit = Some(super::date::duration(&[('H', f64::from(h)), ('N', f64::from(m)), ('S', f64::from(s))], 1));
        return Some(Hit { start: i, end, found: f });
    }
    let h = match pm {
        Some(p) => hour12(h, p)?,
        None if h <= 23 => h,
        None => return None,
    };
    // "John 3:16", "Genesis 1:27": a reference after a capitalized word.
    if pm.is_none() && zoned.is_none() && i > 0 && cx.same_line(i) {
        let prev = cx.raw(i - 1);
        if cx.kind(i - 1) == Some(TokenKind::Word) && prev.starts_with(char::is_uppercase) && !cued {
            let open = i < 2 || matches!(cx.low(i - 2), "." | "\"" | "“" | "!" | "?") || !cx.same_line(i - 1);
            if !open && !cx.lex.function_words.contains(cx.low(i - 1)) {
                return None;
            }
        }
    }
    let (z, end) = zoned.unwrap_or(("", end));
    let value = match secs {
        Some(s) => format!("{h:02}:{m:02}:{s:02}{z}"),
        None => format!("{h:02}:{m:02}{z}"),
    };
    Some(hit(cx, i, end, value, "time:clock"))
}

fn hit(cx: &Cx<'_>, a: usize, b: usize, time: String, rule: &'static str) -> Hit {
    let mut f = Found::new(cx.span(a, b), FigureKind::Time, rule);
    f.time = Some(time);
    Hit { start: a, end: b, found: f }
}
