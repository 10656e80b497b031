//! The promises every extraction keeps, for any input text: spans in bounds,
//! on char boundaries and slicing to their `text`; char offsets that agree
//! with the byte offsets; the documented order (README "Output"); ids in
//! that order; fact slots that name figures and entities which exist.
//!
//! Shared by the property tests, the adversarial tests and the fuzz target
//! (`fuzz/fuzz_targets/extract.rs` includes this file by path), so all three
//! check the same thing. It depends on nothing but `factum`.
#![allow(dead_code)]

use factum::{Extraction, FactDetail, Span};
use std::collections::HashSet;

macro_rules! ensure {
    ($cond:expr, $($fmt:tt)*) => {
        if !$cond {
            return Err(format!($($fmt)*));
        }
    };
}

/// The char offset of every char boundary of a text, by byte offset
/// (`usize::MAX` inside a char): counted once, so checking all spans stays
/// linear in the text (timing the adversarial inputs relies on that).
struct Chars(Vec<usize>);

impl Chars {
    fn new(text: &str) -> Chars {
        let mut at = vec![usize::MAX; text.len() + 1];
        for (n, (i, _)) in text.char_indices().enumerate() {
            at[i] = n;
        }
        at[text.len()] = text.chars().count();
        Chars(at)
    }
}

/// One output span: in bounds, on char boundaries, slicing to `shown`, with
/// char offsets counted from the start of the text.
fn span(
    text: &str,
    chars: &Chars,
    s: Span,
    char_start: usize,
    char_end: usize,
    shown: &str,
    what: &str,
) -> Result<(), String> {
    ensure!(s.start <= s.end && s.end <= text.len(), "{what}: span {s:?} out of bounds (text is {} bytes)", text.len());
    ensure!(
        text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
        "{what}: span {s:?} not on char boundaries"
    );
    ensure!(&text[s.range()] == shown, "{what}: text[{s:?}] = {:?}, but the item says {shown:?}", &text[s.range()]);
    let (cs, ce) = (chars.0[s.start], chars.0[s.end]);
    ensure!((char_start, char_end) == (cs, ce), "{what}: char offsets {char_start}..{char_end}, expected {cs}..{ce}");
    Ok(())
}

/// Every invariant of `out`, extracted from `text`. `Err` says which failed.
pub fn check(text: &str, out: &Extraction) -> Result<(), String> {
    ensure!(out.schema == factum::SCHEMA, "schema {}", out.schema);
    let chars = Chars::new(text);

    // Entities: ids E1… in order of first mention; mentions non-empty, in
    // text order; no two mentions (of any entities) overlap.
    let mut all_mentions: Vec<Span> = Vec::new();
    let mut first_mention: Option<Span> = None;
    for (i, e) in out.entities.iter().enumerate() {
        ensure!(e.id == format!("E{}", i + 1), "entity {i} has id {}", e.id);
        ensure!(!e.mentions.is_empty(), "{} has no mentions", e.id);
        ensure!(!e.name.is_empty(), "{} has an empty name", e.id);
        for (j, m) in e.mentions.iter().enumerate() {
            let what = format!("{} mention {j}", e.id);
            span(text, &chars, m.span, m.char_start, m.char_end, &m.text, &what)?;
            ensure!(!m.span.is_empty(), "{what} is empty");
            if j > 0 {
                let prev = &e.mentions[j - 1];
                ensure!(prev.span < m.span, "{what} {:?} is not after {:?}", m.span, prev.span);
                ensure!(prev.sentence <= m.sentence, "{what}: sentence {} after {}", m.sentence, prev.sentence);
            }
            all_mentions.push(m.span);
        }
        let first = e.mentions[0].span;
        if let Some(prev) = first_mention {
            ensure!(prev < first, "{} (first mention {first:?}) is not after the entity before it ({prev:?})", e.id);
        }
        first_mention = Some(first);
    }
    all_mentions.sort();
    for w in all_mentions.windows(2) {
        ensure!(!w[0].overlaps(w[1]), "mentions {:?} and {:?} overlap", w[0], w[1]);
    }

    // Figures: ids F1… in text order, non-empty, not overlapping.
    for (i, f) in out.figures.iter().enumerate() {
        let what = format!("figure {}", f.id);
        ensure!(f.id == format!("F{}", i + 1), "figure {i} has id {}", f.id);
        span(text, &chars, f.span, f.char_start, f.char_end, &f.text, &what)?;
        ensure!(!f.span.is_empty(), "{what} is empty");
        if i > 0 {
            let prev = &out.figures[i - 1];
            ensure!(prev.span.end <= f.span.start, "{what} {:?} overlaps or precedes {:?}", f.span, prev.span);
            ensure!(prev.sentence <= f.sentence, "{what}: sentence {} after {}", f.sentence, prev.sentence);
        }
    }

    // Facts: ids X1… ordered by evidence span, then rule; slots name
    // entities and figures of this extraction.
    let entity_ids: HashSet<&str> = out.entities.iter().map(|e| e.id.as_str()).collect();
    let figure_ids: HashSet<&str> = out.figures.iter().map(|f| f.id.as_str()).collect();
    for (i, x) in out.facts.iter().enumerate() {
        let what = format!("fact {}", x.id);
        ensure!(x.id == format!("X{}", i + 1), "fact {i} has id {}", x.id);
        let ev = &x.evidence;
        span(text, &chars, ev.span, ev.char_start, ev.char_end, &ev.text, &what)?;
        ensure!(!ev.span.is_empty(), "{what}: empty evidence");
        if i > 0 {
            let prev = &out.facts[i - 1];
            ensure!(
                (prev.evidence.span, prev.rule.as_str()) <= (ev.span, x.rule.as_str()),
                "{what} ({:?}, {}) is before {} ({:?}, {})",
                ev.span,
                x.rule,
                prev.id,
                prev.evidence.span,
                prev.rule
            );
            ensure!(prev.sentence <= x.sentence, "{what}: sentence {} after {}", x.sentence, prev.sentence);
        }
        let is_entity = |id: &str| entity_ids.contains(id);
        let is_figure = |id: &str| figure_ids.contains(id);
        match &x.detail {
            FactDetail::Count(c) => {
                ensure!(is_figure(&c.figure), "{what}: figure {} does not exist", c.figure);
                if let Some(t) = &c.time {
                    ensure!(is_figure(t), "{what}: time {t} is no figure");
                }
                if let Some(p) = &c.place {
                    ensure!(is_entity(p), "{what}: place {p} is no entity");
                }
            }
            FactDetail::Event(e) => {
                if let Some(t) = &e.time {
                    ensure!(is_figure(t), "{what}: time {t} is no figure");
                }
                for p in &e.places {
                    ensure!(is_entity(p), "{what}: place {p} is no entity");
                }
            }
            FactDetail::Role(r) => {
                ensure!(is_entity(&r.person), "{what}: person {} is no entity", r.person);
            }
            FactDetail::Relation(r) => {
                ensure!(is_entity(&r.subject), "{what}: subject {} is no entity", r.subject);
                if let Some(o) = &r.object {
                    ensure!(is_entity(o), "{what}: object {o} is no entity");
                }
            }
            _ => {}
        }
    }

    // Rejected candidates (explain mode): valid spans, each beaten by
    // something or dropped for a reason, ordered by start, then the longer first.
    for (i, r) in out.rejected.iter().enumerate() {
        let what = format!("rejected {i}");
        span(text, &chars, r.span, r.char_start, r.char_end, &r.text, &what)?;
        // A candidate nothing beat says why it was dropped instead.
        ensure!(
            (!r.beaten_by.is_empty() && !r.beaten_by_rule.is_empty()) != r.reason.is_some(),
            "{what}: neither a winner nor a reason"
        );
        if i > 0 {
            let prev = out.rejected[i - 1].span;
            let key = |s: Span| (s.start, std::cmp::Reverse(s.len()));
            ensure!(key(prev) <= key(r.span), "{what} {:?} is out of order after {prev:?}", r.span);
        }
    }
    Ok(())
}

/// [`check`], panicking with the text's length and the failure.
pub fn assert_ok(text: &str, out: &Extraction) {
    if let Err(e) = check(text, out) {
        panic!("invariant broken on a text of {} bytes: {e}", text.len());
    }
}
