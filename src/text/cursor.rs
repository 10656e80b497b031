//! One view of a document's tokens for every stage: the word, its lower-case
//! form, span, shape and kind of token `i`, its features in the vocabulary,
//! and what a name word is. Out-of-range indices read as nothing (`""`,
//! `None`, `false`), so patterns can look around without bounds checks.

use super::vocab::{Feature, Vocab, UNKNOWN};
use super::{Document, Shape, Token, TokenKind};
use crate::span::Span;
use std::borrow::Cow;
use std::cell::OnceCell;

/// Tokens of a document with their vocabulary features.
pub(crate) struct Cursor<'a, 't> {
    pub(crate) doc: &'a Document<'t>,
    pub(crate) vocab: &'a Vocab,
    /// Per sentence: whether it is in Title Case; worked out on first use.
    title_case: OnceCell<Vec<bool>>,
}

impl<'a, 't> Cursor<'a, 't> {
    pub(crate) fn new(doc: &'a Document<'t>, vocab: &'a Vocab) -> Cursor<'a, 't> {
        Cursor { doc, vocab, title_case: OnceCell::new() }
    }

    pub(crate) fn len(&self) -> usize {
        self.doc.tokens.len()
    }

    pub(crate) fn token(&self, i: usize) -> Option<&'a Token> {
        self.doc.tokens.get(i)
    }

    pub(crate) fn kind(&self, i: usize) -> Option<TokenKind> {
        self.token(i).map(|t| t.kind)
    }

    /// The text of token `i`, `""` past the end.
    pub(crate) fn word(&self, i: usize) -> &'t str {
        self.token(i).map_or("", |t| self.doc.slice(t.span))
    }

    /// Token `i` in lower case, borrowed when it already is.
    pub(crate) fn lower(&self, i: usize) -> Cow<'t, str> {
        super::lower(self.word(i))
    }

    /// The span from the start of token `first` to the end of token `last`.
    pub(crate) fn span(&self, first: usize, last: usize) -> Span {
        self.doc.tokens[first].span.cover(self.doc.tokens[last].span)
    }

    /// Whether tokens `a` and `b` touch (no space between them).
    pub(crate) fn touching(&self, a: usize, b: usize) -> bool {
        matches!((self.token(a), self.token(b)), (Some(x), Some(y)) if x.span.end == y.span.start)
    }

    /// The vocabulary id of token `i` ([`UNKNOWN`] past the end).
    pub(crate) fn id(&self, i: usize) -> u32 {
        match self.doc.ids.get(i) {
            Some(&id) => id,
            None if i < self.len() => self.vocab.id(self.word(i)),
            None => UNKNOWN,
        }
    }

    /// Whether token `i` has feature `f`.
    pub(crate) fn has(&self, i: usize, f: Feature) -> bool {
        self.vocab.has(self.id(i), f)
    }

    /// Whether token `i` is a function word that often opens a sentence
    /// ("The", "But", "he"): `TextRules::is_sentence_starter` by its bit.
    pub(crate) fn is_starter(&self, i: usize) -> bool {
        self.has(i, Feature::Starter)
    }

    /// Whether token `i` is a month or weekday name as listed ("Monday";
    /// `figures/calendar.tsv` lists them in title case, which a test checks).
    pub(crate) fn is_calendar(&self, i: usize) -> bool {
        self.has(i, Feature::Calendar) && {
            let mut chars = self.word(i).chars();
            chars.next().is_some_and(char::is_uppercase) && chars.all(|c| !c.is_uppercase())
        }
    }

    /// A capitalized word that may be part of a name, as the name rules read
    /// it: a capitalized word or an initial, not a function word ("The",
    /// "But"), month or weekday.
    pub(crate) fn is_name_word(&self, i: usize) -> bool {
        self.token(i).is_some_and(|t| {
            t.kind == TokenKind::Word
                && matches!(t.shape, Shape::Capitalized | Shape::Initial)
                && !self.is_starter(i)
                && !self.is_calendar(i)
        })
    }

    /// A word written with capitals, as the gazetteer's support policy reads
    /// it: capitalized, all capitals or mixed case ("McDonald", "BBC",
    /// "iPhone"), not a function word. Unlike [`is_name_word`](Self::is_name_word)
    /// it takes acronyms and months, and no initials: it asks whether a
    /// listed name sits inside a longer capitalized phrase.
    pub(crate) fn is_capitalized(&self, i: usize) -> bool {
        self.token(i).is_some_and(|t| {
            t.kind == TokenKind::Word && matches!(t.shape, Shape::Capitalized | Shape::Upper | Shape::Mixed)
        }) && !self.is_starter(i)
    }

    /// The tokens of sentence `s`.
    pub(crate) fn sentence(&self, s: usize) -> std::ops::Range<usize> {
        self.doc.sentences[s].tokens.clone()
    }

    /// Whether sentence `s` is in Title Case or all capitals (a headline,
    /// page chrome), where capitalization is no evidence of a name: three
    /// or more content words, three in four of them capitalized.
    pub(crate) fn is_title_case(&self, s: usize) -> bool {
        let flags = self.title_case.get_or_init(|| {
            (0..self.doc.sentences.len())
                .map(|s| {
                    let mut content = 0;
                    let mut capital = 0;
                    for i in self.sentence(s) {
                        let t = &self.doc.tokens[i];
                        if t.kind != TokenKind::Word || (t.shape == Shape::Lower && self.is_starter(i)) {
                            continue;
                        }
                        content += 1;
                        if matches!(t.shape, Shape::Capitalized | Shape::Upper | Shape::Initial | Shape::Mixed) {
                            capital += 1;
                        }
                    }
                    content >= 3 && capital * 4 >= content * 3
                })
                .collect()
        });
        flags.get(s).copied().unwrap_or(false)
    }
}
