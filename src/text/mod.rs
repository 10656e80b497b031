//! The text stage: tokens and sentences with exact byte spans, and (with
//! the lexicon's `Vocab`) each token's id, whose feature bits the later
//! stages test through one `Cursor` instead of looking lower-cased words
//! up in lists of their own.
//!
//! ```
//! use factum::text::Document;
//! let doc = Document::new("Mr. Smith met U.S. officials in Kyiv’s centre. They talked.");
//! let words: Vec<&str> = doc.tokens.iter().map(|t| doc.slice(t.span)).collect();
//! assert_eq!(&words[..4], ["Mr.", "Smith", "met", "U.S."]);
//! assert_eq!(&words[6..8], ["Kyiv", "’s"]);
//! assert_eq!(doc.sentences.len(), 2);
//! assert_eq!(doc.slice(doc.sentences[1].span), "They talked.");
//! ```

mod cursor;
mod fold;
mod sentence;
mod tokenize;
mod vocab;

pub use sentence::Sentence;
pub use tokenize::{Shape, Token, TokenKind};

pub(crate) use cursor::Cursor;
pub(crate) use fold::{fold, fold_into, Folded};
pub(crate) use vocab::{Feature, Vocab};

use crate::span::Span;
use crate::tsv;
use once_cell::sync::Lazy;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// A text split into tokens and sentences. It borrows the text; every span
/// points into it.
#[derive(Clone, Debug)]
pub struct Document<'t> {
    /// The original text.
    pub text: &'t str,
    /// Tokens in text order. Whitespace is not a token.
    pub tokens: Vec<Token>,
    /// Sentences in text order; together they hold every token once.
    pub sentences: Vec<Sentence>,
    /// The vocabulary id of each token (see [`Vocab`]), when the document
    /// was made with one ([`Document::with_vocab`]); empty otherwise, and
    /// a [`Cursor`] then looks words up as it goes.
    pub(crate) ids: Vec<u32>,
}

impl<'t> Document<'t> {
    /// Tokenize `text` and split it into sentences, with the bundled
    /// abbreviation and function-word lists.
    pub fn new(text: &'t str) -> Document<'t> {
        Document::with_rules(text, &BUNDLED)
    }

    pub(crate) fn with_rules(text: &'t str, rules: &TextRules) -> Document<'t> {
        let tokens = tokenize::tokenize(text, rules);
        let sentences = sentence::split(text, &tokens, rules);
        Document { text, tokens, sentences, ids: Vec::new() }
    }

    /// [`Document::with_rules`], and each token's id in `vocab`: one
    /// lower-casing and one lookup a token (web and e-mail addresses are unknown).
    pub(crate) fn with_vocab(text: &'t str, rules: &TextRules, vocab: &Vocab) -> Document<'t> {
        let mut doc = Document::with_rules(text, rules);
        let mut buf = String::new();
        doc.ids = doc
            .tokens
            .iter()
            .map(|t| match t.kind {
                TokenKind::Url | TokenKind::Email => vocab::UNKNOWN,
                _ => vocab.id_in(&text[t.span.range()], &mut buf),
            })
            .collect();
        doc
    }

    /// The text of a span of this document.
    pub fn slice(&self, span: Span) -> &'t str {
        &self.text[span.range()]
    }

    /// The tokens `span` covers: the index of the first token starting at or
    /// after its start and of the first token ending at or after its end
    /// (`tokens.len()` when there is none).
    pub(crate) fn token_bounds(&self, span: Span) -> (usize, usize) {
        let first = self.tokens.partition_point(|t| t.span.start < span.start);
        let last = self.tokens.partition_point(|t| t.span.end < span.end);
        (first, last)
    }

    /// The index of the sentence holding byte offset `byte` (the last
    /// sentence for offsets past the end; 0 for an empty document).
    pub fn sentence_at(&self, byte: usize) -> usize {
        self.sentences.partition_point(|s| s.span.end <= byte).min(self.sentences.len().saturating_sub(1))
    }
}

/// `word` in lower case, borrowed when it already is (most words of a text
/// are), so that a lookup by lower-case form costs no allocation.
pub(crate) fn lower(word: &str) -> std::borrow::Cow<'_, str> {
    if word.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        std::borrow::Cow::Borrowed(word)
    } else {
        std::borrow::Cow::Owned(word.to_lowercase())
    }
}

/// What kind of abbreviation a word is, which decides whether its dot may end
/// a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum AbbrevKind {
    /// Stands before a name ("Mr.", "Gen."): never ends a sentence.
    Title,
    /// A month ("Jan."): usually followed by a day.
    Month,
    /// A place ("Calif.") or anything else ("Inc.", "etc."): may end a sentence.
    Other,
}

/// The word lists the text stage needs: abbreviations that keep their dot, and
/// words that start sentences (to tell "U.S. The" from "U.S. President").
#[derive(Clone, Debug)]
pub(crate) struct TextRules {
    abbreviations: HashMap<String, AbbrevKind>,
    starters: HashSet<String>,
    /// The rows of `lexicon/function_words.tsv` as (word, class), parsed
    /// here once for every stage that reads them.
    function_words: Vec<(&'static str, &'static str)>,
}

static BUNDLED: Lazy<TextRules> = Lazy::new(|| {
    let abbrevs = tsv::bundled(
        "gazetteers/lexicon/abbreviations.tsv",
        include_str!("../../gazetteers/lexicon/abbreviations.tsv"),
        &["abbrev", "type"],
    );
    let (a, t) = (abbrevs.column("abbrev"), abbrevs.column("type"));
    let abbreviations = abbrevs
        .rows
        .iter()
        .map(|r| {
            let kind = match r.get(t) {
                "title" => AbbrevKind::Title,
                "month" => AbbrevKind::Month,
                _ => AbbrevKind::Other,
            };
            (r.get(a).to_string(), kind)
        })
        .collect();
    let words = tsv::bundled(
        "gazetteers/lexicon/function_words.tsv",
        include_str!("../../gazetteers/lexicon/function_words.tsv"),
        &["word", "class"],
    );
    let (w, c) = (words.column("word"), words.column("class"));
    // The classes of words that open sentences without being names. Modals
    // and the like are left out: "May", "Will" and "Can" are names too.
    const STARTER_CLASSES: [&str; 7] =
        ["adverb", "conjunction", "determiner", "other", "preposition", "pronoun", "verb"];
    let starters =
        words.rows.iter().filter(|r| STARTER_CLASSES.contains(&r.get(c))).map(|r| r.get(w).to_string()).collect();
    let function_words = words.rows.iter().map(|r| (r.get(w), r.get(c))).collect();
    TextRules { abbreviations, starters, function_words }
});

impl TextRules {
    pub(crate) fn bundled() -> &'static TextRules {
        &BUNDLED
    }

    pub(crate) fn abbreviation(&self, word: &str) -> Option<AbbrevKind> {
        self.abbreviations.get(word).copied()
    }

    pub(crate) fn is_abbreviation(&self, word: &str) -> bool {
        self.abbreviations.contains_key(word)
    }

    /// Whether a capitalized `word` is a function word that often starts a
    /// sentence ("The", "He", "But").
    pub(crate) fn is_sentence_starter(&self, word: &str) -> bool {
        self.starters.contains(&*lower(word))
    }

    /// The sentence starters, as listed.
    pub(crate) fn starters(&self) -> impl Iterator<Item = &str> + '_ {
        self.starters.iter().map(String::as_str)
    }

    /// The rows of `lexicon/function_words.tsv`: (word, class), a word
    /// taking as many rows as it has classes.
    pub(crate) fn function_words(&self) -> &[(&'static str, &'static str)] {
        &self.function_words
    }
}

#[cfg(test)]
mod tests;

/// Inputs for the tests that check a fast path against `unicode-segmentation`.
#[cfg(test)]
pub(crate) mod samples {
    /// The articles of `tests/corpus/`, with their paths.
    pub(crate) fn corpus() -> Vec<(String, String)> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
        let mut out = Vec::new();
        for entry in std::fs::read_dir(dir).expect("tests/corpus") {
            let p = entry.expect("entry").path();
            if p.extension().is_some_and(|x| x == "txt") {
                out.push((p.display().to_string(), std::fs::read_to_string(&p).expect("article")));
            }
        }
        out
    }

    /// `count` random strings of 6 to 19 chars from `alphabet`, the same on
    /// every run (xorshift64 from `seed`: no dev-dependency needed).
    pub(crate) fn random(alphabet: &str, seed: u64, count: usize) -> Vec<String> {
        let alphabet: Vec<char> = alphabet.chars().collect();
        let mut state = seed;
        (0..count)
            .map(|n| {
                (0..6 + n % 14)
                    .map(|_| {
                        state ^= state << 13;
                        state ^= state >> 7;
                        state ^= state << 17;
                        alphabet[(state % alphabet.len() as u64) as usize]
                    })
                    .collect()
            })
            .collect()
    }
}
