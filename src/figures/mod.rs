//! The figures stage: numbers, money, percentages, dates, durations and
//! quantities, each with a normalized value.
//!
//! One scan over the tokens: at each token every dimension (`date`,
//! `money`, `percent`, `quantity`, `number`) may claim a run of tokens
//! starting there; the longest claim wins (ties go to the dimension listed
//! first), and the scan resumes after it. So figures come out in text order,
//! never overlap, and "$2.3bn" is one money figure rather than a number
//! inside one. Every recognizer looks ahead a bounded number of tokens (or
//! consumes what it reads), which keeps the scan linear.
//!
//! Approximation cues ("about", "more than") and ranges ("15-20", "between
//! 3 and 5") wrap whatever numeric figure follows them, here, once for all
//! dimensions.
//!
//! Conventions of the output:
//! - `value` is the number as stated; `min`/`max` bound ranges and
//!   approximations ("more than 50": value 50, min 50, approx); vague
//!   plurals ("hundreds") have no value, only bounds (200..999).
//! - Money: `value` in major units ("50 cents" → 0.5), `unit` ISO 4217.
//! - Percent: `value` is the number of percent ("10%" → 10).
//! - Dates: `date` as precise as the text ("2020", "2025-03", "2025-03-03",
//!   "1990s", "2016-W45"); a month or day without a year and no document
//!   date is written "--03" / "--03-03". Relative dates keep `relative`
//!   (ISO 8601 duration from the document date: "-P5Y") and get `date`
//!   only when a document date is given.
//! - Durations: `value` is the count and `unit` the ISO 8601 duration
//!   ("48 hours" → value 48, unit "PT48H").

mod date;
mod money;
mod names;
mod number;
mod percent;
mod quantity;
mod quoted;
mod score;
mod time;

use crate::date::Date;
use crate::kinds::{FigureKind, Number};
use crate::lexicon::figures::{Cue, Lex};
use crate::span::Span;
use crate::text::{Cursor, Document, Feature, Token, TokenKind, Vocab};
use rustc_hash::FxHashMap as HashMap;

/// A figure found in the text, before ids and char offsets are attached.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Found {
    pub span: Span,
    pub kind: FigureKind,
    pub value: Option<Number>,
    pub min: Option<Number>,
    pub max: Option<Number>,
    pub approx: bool,
    /// ISO 4217 code for money, unit name for quantities.
    pub unit: Option<String>,
    /// "2020", "2025-03", "2025-03-03", "1990s".
    pub date: Option<String>,
    /// ISO 8601 duration relative to the document date: "-P5Y".
    pub relative: Option<String>,
    /// ISO 8601 time of day for times: "09:15", "22:30-05:00".
    pub time: Option<String>,
    /// The two sides of a score, as written: "3-1" → [3, 1].
    pub sides: Option<[Number; 2]>,
    /// Rule id, e.g. `number:digits`, `date:relative-ago`.
    pub rule: &'static str,
}

impl Found {
    fn new(span: Span, kind: FigureKind, rule: &'static str) -> Found {
        Found {
            span,
            kind,
            value: None,
            min: None,
            max: None,
            approx: false,
            unit: None,
            date: None,
            relative: None,
            time: None,
            sides: None,
            rule,
        }
    }

    fn with_value(mut self, v: f64) -> Found {
        self.value = Some(Number(v));
        self
    }
}

/// A claim on tokens `start..end` (token indices).
#[derive(Clone, Debug)]
pub(crate) struct Hit {
    pub start: usize,
    pub end: usize,
    pub found: Found,
}

/// Every figure in `doc`, in text order, not overlapping. Relative dates are
/// resolved against `document_date` when given.
#[cfg(test)]
pub(crate) fn find(doc: &Document<'_>, document_date: Option<Date>, lex: &Lex) -> Vec<Found> {
    find_in(Cx::new(doc, document_date, lex))
}

/// [`find`] with the tokens' vocabulary ids, which tell most words that
/// open no figure without a lookup.
pub(crate) fn find_with(doc: &Document<'_>, document_date: Option<Date>, lex: &Lex, vocab: &Vocab) -> Vec<Found> {
    find_in(Cx::with_vocab(doc, vocab, document_date, lex))
}

fn find_in(cx: Cx<'_>) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    let mut i = 0;
    while i < cx.len() {
        // Most tokens can start no figure; the recognizers are tried only
        // where one could (see `may_start`).
        if !cx.may_start(i) {
            i += 1;
            continue;
        }
        // A score before a name's number: "beat Arsenal 3-1".
        if let Some(h) = score::at(&cx, i) {
            i = h.end;
            out.push(h.found);
            continue;
        }
        if let Some(end) = names::designation(&cx, i) {
            i = end.max(i + 1);
            continue;
        }
        match best_at(&cx, i) {
            Some(mut h) if h.end > i => {
                // "five (5)": the number repeated in brackets is part of the figure.
                if let Some(e) = repeated(&cx, &h) {
                    h.found.span.end = cx.toks[e - 1].span.end;
                    h.end = e;
                    if h.found.kind == FigureKind::Number && number::counts_noun(&cx, e) {
                        h.found.kind = FigureKind::Count;
                        h.found.rule = "count:words";
                    }
                }
                or_more(&cx, &mut h);
                i = h.end;
                cx.note_date(&h.found);
                out.push(h.found);
            }
            _ => i += 1,
        }
    }
    quoted::resolve(&cx, &mut out);
    link_times(&cx, &mut out);
    out
}

/// "10 or more people", "1,000 or more kilograms", "50 or fewer": a bound
/// written after a plain number; the counted noun or unit after it still
/// counts.
fn or_more(cx: &Cx<'_>, h: &mut Hit) {
    let f = &h.found;
    let e = h.end;
    if !is_plain(f.kind) || f.value.is_none() || f.min.is_some() || f.max.is_some() || cx.low(e) != "or" {
        return;
    }
    let at_least = match cx.low(e + 1) {
        "more" | "greater" | "above" | "over" | "higher" => true,
        "fewer" | "less" | "below" | "under" | "lower" => false,
        _ => return,
    };
    if !cx.same_line(e + 1) {
        return;
    }
    let mut end = e + 2;
    let v = h.found.value;
    if let Some((u_end, unit)) = quantity::unit_at(cx, end).filter(|_| cx.same_line(end)) {
        h.found.kind = FigureKind::Quantity;
        h.found.unit = Some(unit.name.clone());
        h.found.rule = "quantity:bound";
        end = u_end;
    } else if number::counts_noun(cx, end) {
        h.found.kind = FigureKind::Count;
    }
    if at_least {
        h.found.min = v;
    } else {
        h.found.max = v;
    }
    h.found.approx = true;
    h.found.span = Span::new(h.found.span.start, cx.toks[end - 1].span.end);
    h.end = end;
}

/// The token after "(5)" when a number figure is followed by its own value
/// in digits within brackets: "five (5)".
fn repeated(cx: &Cx<'_>, h: &Hit) -> Option<usize> {
    let e = h.end;
    let v = h.found.value?;
    if cx.low(e) != "(" || cx.low(e + 2) != ")" || !cx.same_line(e) || !cx.is_number(e + 1) {
        return None;
    }
    let (x, suffix, _) = number::parse_digits(cx.raw(e + 1))?;
    (suffix.is_empty() && x == v.0 && cx.toks[h.start..h.end].iter().any(|t| t.kind == TokenKind::Word))
        .then_some(e + 3)
}

/// A time takes the date of its sentence (the nearest day-precise date
/// figure with no sentence end between them, among the eight figures on
/// either side) when it has none.
fn link_times(cx: &Cx<'_>, out: &mut [Found]) {
    if !out.iter().any(|f| f.kind == FigureKind::Time) {
        return;
    }
    let day =
        |f: &Found| f.kind == FigureKind::Date && f.date.as_deref().is_some_and(|d| d.len() == 10 && !d.contains('/'));
    // Sentence number of every token: a line break or a full stop token
    // ("p.m." is one token, so its dot ends nothing) starts a new one.
    let mut sentence = Vec::with_capacity(cx.len());
    let mut n = 0usize;
    for k in 0..cx.len() {
        if k > 0 && (!cx.same_line(k) || matches!(cx.low(k - 1), "." | "!" | "?")) {
            n += 1;
        }
        sentence.push(n);
    }
    let of = |f: &Found| {
        let k = cx.toks.partition_point(|t| t.span.start < f.span.start);
        sentence.get(k).copied().unwrap_or(usize::MAX)
    };
    for t in 0..out.len() {
        if out[t].kind != FigureKind::Time || out[t].date.is_some() {
            continue;
        }
        let s = of(&out[t]);
        let near =
            (t.saturating_sub(8)..(t + 9).min(out.len())).filter(|&j| j != t && day(&out[j]) && of(&out[j]) == s);
        let best = near.min_by_key(|&j| out[j].span.start.abs_diff(out[t].span.start));
        out[t].date = best.and_then(|j| out[j].date.clone());
    }
}

/// The longest figure starting at token `i`.
fn best_at(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    let mut best: Option<Hit> = None;
    let mut consider = |h: Option<Hit>| {
        if let Some(h) = h {
            if !matches!(&best, Some(b) if b.end >= h.end) {
                best = Some(h);
            }
        }
    };
    consider(time::at(cx, i));
    consider(date::at(cx, i));
    consider(cued(cx, i));
    consider(numeric_with_range(cx, i));
    best
}

/// A money, percent, quantity or plain number figure at `i`, extended to a
/// range when another of the same kind follows after "-" or "to".
fn numeric_with_range(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    let first = numeric_at(cx, i)?;
    if first.found.value.is_none() || first.found.kind == FigureKind::Ordinal {
        return Some(first);
    }
    let sep = cx.low(first.end);
    // "15-20" and "$3–5", but not "three-nought-four": dashes join digits.
    let digits = |k: usize| cx.is_number(k) || cx.kind(k) == Some(TokenKind::Symbol);
    let dash = matches!(sep, "-" | "–" | "—") && digits(first.start) && digits(first.end + 1) || sep == "to";
    if !dash || !cx.same_line(first.end) || !cx.same_line(first.end + 1) {
        return Some(first);
    }
    match numeric_at(cx, first.end + 1) {
        Some(second) if money_range(cx, &first, &second).is_some() => money_range(cx, &first, &second),
        Some(second) if joinable(&first.found, &second.found) => {
            let scale = shared_scale(cx, &first, &second);
            let mut r = range(first, second);
            // (Unless the range already scaled it: "3 to 5 million".)
            if let (Some(s), Some(lo), Some(hi)) = (scale, r.found.min, r.found.max) {
                if lo.0 * s <= hi.0 {
                    r.found.min = Some(Number(lo.0 * s));
                }
            }
            Some(duration_range(cx, r))
        }
        _ => Some(first),
    }
}

/// "10-15 minutes", "between two and three weeks": a range of plain numbers
/// before a unit of time is a range of durations; `unit` is one of that
/// unit ("PT1M"). Not before "ago" or "later", which make dates.
fn duration_range(cx: &Cx<'_>, mut h: Hit) -> Hit {
    let f = &h.found;
    if !is_plain(f.kind) || f.value.is_some() || f.min.is_none() || f.max.is_none() || !cx.same_line(h.end) {
        return h;
    }
    let Some(crate::lexicon::figures::DateWord::Unit(u)) = cx.lex.date_words.get(cx.low(h.end)) else { return h };
    if matches!(cx.lex.date_words.get(cx.low(h.end + 1)), Some(crate::lexicon::figures::DateWord::After(_))) {
        return h;
    }
    h.found.kind = FigureKind::Duration;
    h.found.unit = Some(date::duration(&[(*u, 1.0)], 1));
    h.found.span = Span::new(h.found.span.start, cx.toks[h.end].span.end);
    h.found.rule = "duration:range";
    h.end += 1;
    h
}

/// "two to three hundred": the scale word ending the second number when the
/// first has none and is below its multiplier (2 < 3), which the first then
/// shares (200 to 300).
fn shared_scale(cx: &Cx<'_>, first: &Hit, second: &Hit) -> Option<f64> {
    let scale = |k: usize| match cx.lex.num_words.get(cx.low(k)) {
        Some(crate::lexicon::figures::NumWord::Scale(s)) => Some(*s),
        _ => None,
    };
    let s = scale(second.end - 1)?;
    let (lo, hi) = (first.found.value?.0, second.found.value?.0);
    let bare = (first.start..first.end).all(|k| scale(k).is_none());
    (bare && lo < hi / s).then_some(s)
}

/// "between US$300 and 400 billion": a money figure, then a plain number
/// with a scale word; the range is money, both sides at that scale.
fn money_range(cx: &Cx<'_>, first: &Hit, second: &Hit) -> Option<Hit> {
    if first.found.kind != FigureKind::Money || !is_plain(second.found.kind) || first.found.min.is_some() {
        return None;
    }
    let s = match cx.lex.num_words.get(cx.low(second.end - 1)) {
        Some(crate::lexicon::figures::NumWord::Scale(s)) => *s,
        _ => return None,
    };
    let (lo, hi) = (first.found.value?.0, second.found.value?.0);
    if lo * s > hi || lo >= s {
        return None;
    }
    let mut f = first.found.clone();
    f.span = Span::new(first.found.span.start, second.found.span.end);
    f.value = None;
    f.min = Some(Number(lo * s));
    f.max = Some(Number(hi));
    f.rule = "money:range";
    Some(Hit { start: first.start, end: second.end, found: f })
}

fn joinable(a: &Found, b: &Found) -> bool {
    let same = a.kind == b.kind || (is_plain(a.kind) && b.kind != FigureKind::Ordinal);
    let (Some(x), Some(y)) = (a.value, b.value) else { return false };
    same && x.0 < y.0 && a.min.is_none() && b.min.is_none() && b.max.is_none()
}

fn is_plain(k: FigureKind) -> bool {
    matches!(k, FigureKind::Number | FigureKind::Count)
}

/// Join "15" and "20" (or "$3" and "$5 million") into one range figure.
fn range(first: Hit, second: Hit) -> Hit {
    let mut f = second.found.clone();
    let (lo, hi) = (first.found.value.unwrap_or(Number(0.0)), second.found.value.unwrap_or(Number(0.0)));
    // "3 to 5 million": the first number shares the scale of the second.
    let lo = if first.found.kind != second.found.kind && lo.0 < 1000.0 && hi.0 >= 1e6 {
        let scale = 10f64.powi(hi.0.log10().floor() as i32 / 3 * 3);
        Number(lo.0 * scale)
    } else {
        lo
    };
    f.span = Span::new(first.found.span.start, second.found.span.end);
    f.value = None;
    f.min = Some(lo);
    f.max = Some(hi);
    f.rule = match f.kind {
        FigureKind::Money => "money:range",
        FigureKind::Percent => "percent:range",
        FigureKind::Quantity => "quantity:range",
        _ => "number:range",
    };
    Hit { start: first.start, end: second.end, found: f }
}

/// Money, percent, quantity or number at `i`, the longest.
fn numeric_at(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    let mut best: Option<Hit> = None;
    let quantity = quantity::at(cx, i);
    for h in [money::at(cx, i), percent::at(cx, i), quantity.clone(), number::at(cx, i)].into_iter().flatten() {
        if !matches!(&best, Some(b) if b.end >= h.end) {
            best = Some(h);
        }
    }
    // "weighed 82 pounds (37 kg)": a word that is both a currency and a unit
    // is the unit after a verb of weighing or before a converted quantity.
    if let (Some(b), Some(q)) = (&best, quantity) {
        let weigh = (i.saturating_sub(3)..i).any(|k| cx.low(k).starts_with("weigh"));
        let converted = cx.low(q.end) == "(" && cx.is_number(q.end + 1) && quantity::at(cx, q.end + 1).is_some();
        if b.found.kind == FigureKind::Money && q.end == b.end && (weigh || converted) {
            best = Some(q);
        }
    }
    best
}

/// An approximation cue or range opener at `i` and the figure it governs.
fn cued(cx: &Cx<'_>, i: usize) -> Option<Hit> {
    let (j, cue) = cx.longest(i, 3, true, &cx.lex.cues)?;
    if cue == Cue::Range {
        return between(cx, i, j);
    }
    let mut h = numeric_at(cx, j)?;
    if h.found.value.is_none() || h.found.kind == FigureKind::Ordinal || !cx.same_line(j) {
        return None;
    }
    // "about 95–130 km/h": an approximate range.
    if cue == Cue::About {
        if let Some(mut r) = numeric_with_range(cx, j).filter(|r| r.end > h.end && r.found.value.is_none()) {
            r.found.approx = true;
            r.start = i;
            return Some(r);
        }
    }
    // "over 3 years" is a duration, "around 7:38 pm" a time, read from "3" or "7" on;
    // but "almost fourteen years", "more than two weeks" are approximate durations
    // ("over" and "under" may be spans of time: "over 3 years, sales rose").
    if time::at(cx, j).is_some_and(|t| t.end > h.end) {
        return None;
    }
    if let Some(d) = date::at(cx, j).filter(|d| d.end > h.end) {
        let spans = matches!(cx.low(i), "over" | "under" | "within");
        if d.found.kind != FigureKind::Duration || d.found.value.is_none() || spans {
            return None;
        }
        h = d;
    }
    let f = &mut h.found;
    let v = f.value;
    match cue {
        Cue::About => f.approx = true,
        Cue::Min => {
            f.min = v;
            f.approx = true;
        }
        Cue::Max => {
            f.max = v;
            f.approx = true;
        }
        Cue::Range => {}
    }
    // The cue is not part of the figure's text: "about $30" is the figure
    // "$30", approximate. The scan still resumes after the figure.
    h.start = i;
    Some(h)
}

/// "between 3 and 5", "from $3 to $5": the cue at `i`, the first figure at `j`.
fn between(cx: &Cx<'_>, i: usize, j: usize) -> Option<Hit> {
    let first = numeric_at(cx, j)?;
    let joiner = if cx.low(i) == "between" { "and" } else { "to" };
    if cx.low(first.end) != joiner {
        return None;
    }
    let second = numeric_at(cx, first.end + 1)?;
    if let Some(mut h) = money_range(cx, &first, &second) {
        h.found.span = Span::new(cx.toks[i].span.start, h.found.span.end);
        h.start = i;
        return Some(h);
    }
    if !joinable(&first.found, &second.found) {
        return None;
    }
    let scale = shared_scale(cx, &first, &second);
    let mut h = range(first, second);
    if let (Some(s), Some(lo), Some(hi)) = (scale, h.found.min, h.found.max) {
        if lo.0 * s <= hi.0 {
            h.found.min = Some(Number(lo.0 * s));
        }
    }
    h.found.span = Span::new(cx.toks[i].span.start, h.found.span.end);
    h.start = i;
    Some(duration_range(cx, h))
}

/// The tokens of a document (a [`Cursor`]) with their lower-cased text as
/// the figure lists read it, and the document date: what every recognizer
/// reads.
pub(crate) struct Cx<'a> {
    pub text: &'a str,
    pub toks: &'a [Token],
    /// The tokens with their vocabulary features.
    cur: Cursor<'a, 'a>,
    /// The figures' word lists.
    pub lex: &'a Lex,
    /// The lower-cased text of every token, back to back in one buffer
    /// (one allocation per document, not two per token); token `i` is
    /// `low_buf[low_end[i - 1]..low_end[i]]`. Unlike [`Cursor::lower`] it
    /// writes "’" as "'", as the figure lists are keyed.
    low_buf: String,
    low_end: Vec<u32>,
    /// For each token, `Cx::opens_at`: worked out once, since `may_start`
    /// asks it of the next tokens too.
    opens: Vec<bool>,
    /// Whether the tokens' vocabulary ids are known: then they gate the
    /// figure lists' first words and leads.
    gated: bool,
    /// The numbers read so far, by their first token: every dimension
    /// reads the number at the token it tries.
    pub(crate) numbers: std::cell::RefCell<HashMap<usize, Option<number::Num>>>,
    pub today: Option<Date>,
    /// The last date the text named, and its precision ('D', 'M', 'Y'):
    /// what "two days later" and "the next day" count from.
    pub anchor: std::cell::Cell<Option<(Date, char)>>,
}

impl<'a> Cx<'a> {
    /// The figures' view of `doc`, looking each word up in the lists.
    #[cfg(test)]
    pub(crate) fn new(doc: &'a Document<'a>, today: Option<Date>, lex: &'a Lex) -> Cx<'a> {
        static NONE: Vocab = Vocab::EMPTY;
        Cx::over(doc, &NONE, false, today, lex)
    }

    /// The figures' view of `doc`, whose token ids in `vocab` answer for
    /// most words without a lookup.
    pub(crate) fn with_vocab(doc: &'a Document<'a>, vocab: &'a Vocab, today: Option<Date>, lex: &'a Lex) -> Cx<'a> {
        Cx::over(doc, vocab, doc.ids.len() == doc.tokens.len(), today, lex)
    }

    fn over(doc: &'a Document<'a>, vocab: &'a Vocab, gated: bool, today: Option<Date>, lex: &'a Lex) -> Cx<'a> {
        let (text, toks) = (doc.text, &doc.tokens[..]);
        let mut low_buf = String::with_capacity(text.len());
        let mut low_end = Vec::with_capacity(toks.len());
        for t in toks {
            let w = &text[t.span.range()];
            if w.is_ascii() {
                let from = low_buf.len();
                low_buf.push_str(w);
                low_buf[from..].make_ascii_lowercase();
            } else {
                for c in w.chars().flat_map(char::to_lowercase) {
                    low_buf.push(if c == '’' { '\'' } else { c });
                }
            }
            low_end.push(low_buf.len() as u32);
        }
        let anchor = std::cell::Cell::new(None);
        let numbers = std::cell::RefCell::default();
        let cur = Cursor::new(doc, vocab);
        let mut cx = Cx { text, toks, cur, lex, low_buf, low_end, opens: Vec::new(), gated, numbers, today, anchor };
        cx.opens = (0..toks.len()).map(|i| cx.opens_at(i)).collect();
        cx
    }

    /// Whether a figure can start at token `i`: it holds a digit or a
    /// symbol, it is the first word of some entry of the figure lists, or it
    /// is one of the few openers the recognizers read by hand ("-5", ".5",
    /// "the 5th", "percent of"). The scan skips every other token; a test
    /// checks over the whole test corpus that no figure starts at one.
    pub(crate) fn may_start(&self, i: usize) -> bool {
        let low = self.low(i);
        if self.opens(i) {
            // A function word ("a", "in", "over", "this") starts a figure only
            // with a number or a listed word right after it ("a hundred",
            // "over 50", "this year"); they are a third of all tokens.
            return !self.is_lead(i)
                || (i + 1..i + 4).any(|k| self.opens(k) && !self.is_lead(k))
                || matches!(low, "a" | "an") && self.lex.approximate.contains_key(self.low(i + 1));
        }
        match low {
            "-" | "−" | "." => self.adjacent(i + 1) && self.is_number(i + 1),
            "the" => matches!(self.low(i + 1), "day" | "following") || self.opens(i + 1),
            "per" | "percent" | "percents" | "pct" | "percentage" => true,
            _ => false,
        }
    }

    /// Whether token `i` holds a digit or a symbol or is the first token of a
    /// listed entry (false past the end).
    fn opens(&self, i: usize) -> bool {
        self.opens.get(i).copied().unwrap_or(false)
    }

    /// Whether token `i` is one of the lists' leads ("a", "in", "over").
    fn is_lead(&self, i: usize) -> bool {
        if self.gate(i) {
            self.cur.has(i, Feature::FigureLead)
        } else {
            self.lex.leads.contains(self.low(i))
        }
    }

    /// Whether the id of token `i` answers for its lower-case form here: an
    /// ASCII word, where `low` is the vocabulary's key, without the final
    /// dot the lists are also read without.
    fn gate(&self, i: usize) -> bool {
        let raw = self.raw(i);
        self.gated && raw.is_ascii() && !raw.ends_with('.')
    }

    fn opens_at(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else { return false };
        if matches!(t.kind, TokenKind::Number | TokenKind::Symbol) {
            return true;
        }
        let (raw, low) = (self.raw(i), self.low(i));
        if self.gate(i) {
            return self.cur.has(i, Feature::FigureStart) || raw.bytes().any(|b| b.is_ascii_digit());
        }
        // "Oct." and "Tues." are read without their dot.
        raw.bytes().any(|b| b.is_ascii_digit())
            || self.lex.first_tokens.contains(low)
            || self.lex.first_tokens.contains(raw)
            || low.strip_suffix('.').is_some_and(|l| self.lex.first_tokens.contains(l))
    }

    /// Remember a date figure as the anchor of later relative dates.
    fn note_date(&self, f: &Found) {
        if f.kind != FigureKind::Date {
            return;
        }
        let Some(d) = f.date.as_deref().filter(|d| !d.contains('/') && !d.starts_with('-')) else { return };
        let part = |a: usize, b: usize| d.get(a..b).and_then(|s| s.parse::<u32>().ok());
        let found = match d.len() {
            10 => d.parse::<Date>().ok().map(|x| (x, 'D')),
            7 => part(0, 4).zip(part(5, 7)).and_then(|(y, m)| Date::new(y as i32, m, 1)).map(|x| (x, 'M')),
            4 => part(0, 4).and_then(|y| Date::new(y as i32, 1, 1)).map(|x| (x, 'Y')),
            _ => None,
        };
        if found.is_some() {
            self.anchor.set(found);
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.toks.len()
    }

    /// Lower-cased text of token `i`, "" past the end.
    pub(crate) fn low(&self, i: usize) -> &str {
        if i >= self.low_end.len() {
            return "";
        }
        let start = if i == 0 { 0 } else { self.low_end[i - 1] as usize };
        &self.low_buf[start..self.low_end[i] as usize]
    }

    /// Original text of token `i`, "" past the end.
    pub(crate) fn raw(&self, i: usize) -> &'a str {
        self.cur.word(i)
    }

    pub(crate) fn kind(&self, i: usize) -> Option<TokenKind> {
        self.cur.kind(i)
    }

    pub(crate) fn is_number(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Number)
    }

    /// Whether token `i` follows token `i - 1` with no space between.
    pub(crate) fn adjacent(&self, i: usize) -> bool {
        i > 0 && self.cur.touching(i - 1, i)
    }

    /// Whether token `i` exists and is on the same line as token `i - 1`.
    pub(crate) fn same_line(&self, i: usize) -> bool {
        i < self.len() && (i == 0 || self.toks[i].breaks_before == 0)
    }

    /// The whitespace (or nothing) between tokens `i - 1` and `i`.
    pub(crate) fn gap(&self, i: usize) -> &'a str {
        if i == 0 || i >= self.len() {
            return "";
        }
        &self.text[self.toks[i - 1].span.end..self.toks[i].span.start]
    }

    /// Byte span of tokens `a..b`.
    pub(crate) fn span(&self, a: usize, b: usize) -> Span {
        self.cur.span(a, b - 1)
    }

    /// Tokens `i..i + n` as one string, whitespace collapsed to one space;
    /// `None` past the end or across a line break.
    pub(crate) fn phrase(&self, i: usize, n: usize, lower: bool) -> Option<String> {
        let (s, ends) = self.phrases(i, n, lower);
        (n > 0 && ends.len() == n).then_some(s)
    }

    /// The phrases of tokens from `i`, up to `max` tokens, in one string:
    /// the string of the longest one [`phrase`](Self::phrase) renders, and
    /// where each shorter one ends in it (the phrase of `n` tokens is
    /// `s[..ends[n - 1]]`). One string, not one a length.
    pub(crate) fn phrases(&self, i: usize, max: usize, lower: bool) -> (String, Vec<usize>) {
        let mut s = String::new();
        let mut ends = Vec::with_capacity(max);
        for k in i..(i + max).min(self.len()) {
            if k > i {
                if !self.same_line(k) {
                    break;
                }
                if !self.adjacent(k) {
                    s.push(' ');
                }
            }
            s.push_str(if lower { self.low(k) } else { self.raw(k) });
            ends.push(s.len());
        }
        (s, ends)
    }

    /// The longest entry of `map` spelled by tokens from `i` (up to `max`
    /// tokens): the token after it and the entry.
    pub(crate) fn longest<T: Clone>(
        &self,
        i: usize,
        max: usize,
        lower: bool,
        map: &HashMap<String, T>,
    ) -> Option<(usize, T)> {
        // Most tokens start no entry of any list: say so without building phrases.
        if !self.lex.first_tokens.contains(self.low(i)) && !self.lex.first_tokens.contains(self.raw(i)) {
            return None;
        }
        let (s, ends) = self.phrases(i, max, lower);
        ends.iter().enumerate().rev().find_map(|(n, &e)| map.get(&s[..e]).map(|v| (i + n + 1, v.clone())))
    }
}

#[cfg(test)]
mod tests;
