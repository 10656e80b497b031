//! Sentences: UAX#29 sentence bounds, repaired for news text.
//!
//! UAX#29 breaks after every "." followed by a capital, so "Mr. Smith",
//! "U.S. President" and "J. R. R. Tolkien" would each be cut; it also breaks
//! after `?"` before a lower-case "he asked". The repairs below undo those
//! breaks. Every line break already ends a sentence in UAX#29, which is what
//! headlines and page-chrome lines without a full stop need; only a line that
//! continues in lower case (hard-wrapped text) is joined back.

use super::tokenize::{Shape, Token, TokenKind};
use super::{AbbrevKind, TextRules};
use crate::span::Span;
use serde::{Deserialize, Serialize};
use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

/// One sentence: its span (from its first to its last token) and its tokens.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// From the start of the first token to the end of the last.
    pub span: Span,
    /// Indices into [`Document::tokens`](super::Document::tokens).
    pub tokens: Range<usize>,
}

/// Group `tokens` into sentences.
pub(crate) fn split(text: &str, tokens: &[Token], rules: &TextRules) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    if tokens.is_empty() {
        return sentences;
    }
    // UAX#29 boundaries are byte offsets; walk them alongside the tokens.
    let mut bounds = uax_breaks(text).into_iter().peekable();
    let mut first = 0;
    for i in 1..tokens.len() {
        let start = tokens[i].span.start;
        let mut uax_break = false;
        while let Some(&b) = bounds.peek() {
            if b > start {
                break;
            }
            // A bound inside the previous token (possible in URLs) is ignored.
            if b > tokens[i - 1].span.start {
                uax_break = true;
            }
            bounds.next();
        }
        if uax_break && keep_break(text, tokens, i, rules) {
            sentences.push(make(tokens, first..i));
            first = i;
        }
    }
    sentences.push(make(tokens, first..tokens.len()));
    sentences
}

/// The UAX #29 sentence breaks of `text` (byte offsets, without 0), as
/// `split_sentence_bound_indices` gives them.
///
/// No rule looks across a paragraph separator (SB4), so each paragraph is
/// segmented on its own: paragraphs of ASCII and the few other chars news
/// text is made of (curly quotes, dashes, Latin letters with accents) by
/// `simple_breaks`, the others by `unicode-segmentation`. A test checks that
/// the two agree.
fn uax_breaks(text: &str) -> Vec<usize> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    // The classes of the current paragraph's chars, with their offsets.
    let mut classes: Vec<(usize, Sb)> = Vec::new();
    let mut start = 0;
    while start < b.len() {
        // The paragraph ends after LF, after a CR not followed by LF, or after
        // a non-ASCII separator (handled by the slow path).
        let mut end = start;
        while end < b.len() {
            end += 1;
            match b[end - 1] {
                b'\n' => break,
                b'\r' if b.get(end) != Some(&b'\n') => break,
                _ => {}
            }
        }
        let para = &text[start..end];
        if classify_simple(para, &mut classes) {
            simple_breaks(&classes, |i| out.push(start + i));
        } else {
            for (from, piece) in pieces(para) {
                out.extend(piece.split_sentence_bound_indices().skip(1).map(|(i, _)| start + from + i));
            }
        }
        if end < b.len() {
            out.push(end);
        }
        start = end;
    }
    out
}

/// A paragraph cut for `unicode-segmentation`, which looks ahead from every
/// position of a run of closing marks or spaces after a full stop (SB8) and
/// so takes time quadratic in the run's length (`.` and 10,000 `”"`). A run of
/// more than `RUN` such chars is cut every `RUN` chars; the rules then miss
/// the context across a cut, which only such runs have. Other paragraphs are
/// one piece.
fn pieces(para: &str) -> Vec<(usize, &str)> {
    const RUN: usize = 32;
    let filler = |c: char| c.is_whitespace() || "\"'()[]{}”“’‘«»‹›„".contains(c);
    let mut cuts = Vec::new();
    let mut run = 0;
    for (i, c) in para.char_indices() {
        run = if filler(c) { run + 1 } else { 0 };
        if run > RUN {
            cuts.push(i);
            run = 1;
        }
    }
    let mut out = Vec::with_capacity(cuts.len() + 1);
    let mut from = 0;
    for cut in cuts.into_iter().chain(std::iter::once(para.len())) {
        out.push((from, &para[from..cut]));
        from = cut;
    }
    out
}

/// UAX #29 sentence-break classes of ASCII bytes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Sb {
    Cr,
    Lf,
    Sp,
    Lower,
    Upper,
    Numeric,
    ATerm,
    STerm,
    Close,
    SContinue,
    Other,
}

fn sb(b: u8) -> Sb {
    match b {
        b'\r' => Sb::Cr,
        b'\n' => Sb::Lf,
        b' ' | b'\t' | 0x0B | 0x0C => Sb::Sp,
        b'a'..=b'z' => Sb::Lower,
        b'A'..=b'Z' => Sb::Upper,
        b'0'..=b'9' => Sb::Numeric,
        b'.' => Sb::ATerm,
        b'!' | b'?' => Sb::STerm,
        b'"' | b'\'' | b'(' | b')' | b'[' | b']' | b'{' | b'}' => Sb::Close,
        b',' | b'-' | b':' | b';' => Sb::SContinue,
        _ => Sb::Other,
    }
}

/// Where the text before a position stands after a terminator.
#[derive(Clone, Copy)]
enum After {
    Nothing,
    /// `SATerm Close*`; `term` when the terminator is the previous byte.
    Close {
        aterm: bool,
        term: bool,
        letter_before: bool,
    },
    /// `SATerm Close* Sp+`.
    Space {
        aterm: bool,
    },
}

/// The class of a char outside ASCII that the fast path knows, or `None`
/// for the rest (other scripts, marks, format chars, other terminators and
/// separators), which the slow path segments.
fn sb_wide(c: char) -> Option<Sb> {
    match c {
        '\u{a0}' => Some(Sb::Sp),
        // Quotation marks, curly and angled: Pi, Pf and Ps, all Close.
        '‘' | '’' | '‚' | '“' | '”' | '„' | '«' | '»' | '‹' | '›' => Some(Sb::Close),
        '–' | '—' => Some(Sb::SContinue),
        // Latin-1 and Latin Extended-A letters (not × and ÷).
        '\u{c0}'..='\u{17f}' if c != '×' && c != '÷' => {
            if c.is_lowercase() {
                Some(Sb::Lower)
            } else if c.is_uppercase() {
                Some(Sb::Upper)
            } else {
                None
            }
        }
        _ => None,
    }
}

/// The sentence-break class of every char of `para`, with its offset, into
/// `out`; false when a char is one the fast path does not know.
fn classify_simple(para: &str, out: &mut Vec<(usize, Sb)>) -> bool {
    out.clear();
    for (i, c) in para.char_indices() {
        let class = if c.is_ascii() { Some(sb(c as u8)) } else { sb_wide(c) };
        match class {
            Some(class) => out.push((i, class)),
            None => return false,
        }
    }
    true
}

/// The sentence-break rules SB3–SB11 over one paragraph's classes (its
/// final separator included): calls `f` with the offset of each break inside it.
fn simple_breaks(p: &[(usize, Sb)], mut f: impl FnMut(usize)) {
    use Sb::*;
    let mut after = After::Nothing;
    // SB8's look-ahead result for the current terminator, computed once.
    let mut lower_ahead: Option<bool> = None;
    for (i, &(offset, c)) in p.iter().enumerate() {
        if i > 0 {
            let join = match after {
                After::Nothing => true,
                After::Close { aterm, term, letter_before } => {
                    (aterm && term && c == Numeric)
                        || (aterm && term && letter_before && c == Upper)
                        || matches!(c, SContinue | ATerm | STerm | Close | Sp | Cr | Lf)
                        || (aterm && *lower_ahead.get_or_insert_with(|| lower_next(&p[i..])))
                }
                After::Space { aterm } => {
                    matches!(c, SContinue | ATerm | STerm | Sp | Cr | Lf)
                        || (aterm && *lower_ahead.get_or_insert_with(|| lower_next(&p[i..])))
                }
            };
            if !join {
                f(offset);
                after = After::Nothing;
            }
        }
        after = match (c, after) {
            (ATerm | STerm, _) => {
                lower_ahead = None;
                let letter_before = i > 0 && matches!(p[i - 1].1, Upper | Lower);
                After::Close { aterm: c == ATerm, term: true, letter_before }
            }
            (Close, After::Close { aterm, letter_before, .. }) => After::Close { aterm, term: false, letter_before },
            (Sp, After::Close { aterm, .. } | After::Space { aterm }) => After::Space { aterm },
            _ => After::Nothing,
        };
    }
}

/// SB8: whether the next letter, before any terminator or line end, is lower case.
fn lower_next(rest: &[(usize, Sb)]) -> bool {
    use Sb::*;
    rest.iter().map(|&(_, c)| c).find(|c| matches!(c, Lower | Upper | Cr | Lf | ATerm | STerm)) == Some(Lower)
}

fn make(tokens: &[Token], range: Range<usize>) -> Sentence {
    let span = Span::new(tokens[range.start].span.start, tokens[range.end - 1].span.end);
    Sentence { span, tokens: range }
}

/// Whether the UAX#29 break before `tokens[i]` is a real sentence end.
fn keep_break(text: &str, tokens: &[Token], i: usize, rules: &TextRules) -> bool {
    let next = tokens[i];
    let prev = tokens[i - 1];
    let next_text = &text[next.span.range()];
    let prev_text = &text[prev.span.range()];
    if next.breaks_before >= 2 {
        return true;
    }
    let starts_lower = next_text.chars().next().is_some_and(char::is_lowercase);
    if next.breaks_before == 1 {
        // A wrapped line continues in lower case after a line without a full stop.
        return !starts_lower || ends_sentence(prev_text);
    }
    if starts_lower {
        return false;
    }
    if prev.kind != TokenKind::Word || !prev_text.ends_with('.') {
        return true;
    }
    // The break follows an abbreviation or initial carrying its own dot.
    let stem = prev_text.trim_end_matches('.');
    let starter = next.kind == TokenKind::Word && rules.is_sentence_starter(next_text);
    match rules.abbreviation(stem) {
        Some(AbbrevKind::Title) => false,
        Some(AbbrevKind::Month) => starter,
        Some(_) => starter,
        None if prev.shape == Shape::Initial || prev.shape == Shape::Upper => starter,
        None => true,
    }
}

fn ends_sentence(s: &str) -> bool {
    s.ends_with(['.', '!', '?', '"', '”', ')', ':'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn theirs(s: &str) -> Vec<usize> {
        s.split_sentence_bound_indices().skip(1).map(|(i, _)| i).collect()
    }

    /// The per-paragraph ASCII path gives the breaks `unicode-segmentation`
    /// gives, on the test corpus and on random strings of the characters the
    /// rules treat differently (with non-ASCII ones to take the slow path).
    #[test]
    fn breaks_match_unicode_segmentation() {
        for (path, text) in crate::text::samples::corpus() {
            assert_eq!(uax_breaks(&text), theirs(&text), "{path}");
        }
        let alphabet = "aZ9 .!?\"')(,-;:\r\n\t\u{b}éÉß’”“«–—\u{a0}×\u{301}\u{85}\u{2029}\u{2026}中%$";
        for s in crate::text::samples::random(alphabet, 0x2545_F491_4F6C_DD1D, 40_000) {
            assert_eq!(uax_breaks(&s), theirs(&s), "{s:?}");
        }
        // Only chars of the fast path, so that it, not the fallback, is tested.
        let simple = "aZ9 .!?\"')(,-;:\r\néÉßÿŁł’‘”“«»–—\u{a0}";
        for s in crate::text::samples::random(simple, 0x9E37_79B9_7F4A_7C15, 40_000) {
            let mut classes = Vec::new();
            assert!(s.split(['\r', '\n']).all(|p| classify_simple(p, &mut classes)), "{s:?}");
            assert_eq!(uax_breaks(&s), theirs(&s), "{s:?}");
        }
    }
}
