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
    let mut bounds = text.split_sentence_bound_indices().map(|(i, _)| i).skip(1).peekable();
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
