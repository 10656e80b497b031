//! Tokens: UAX#29 word bounds, repaired for news text.
//!
//! UAX#29 gets most of English right ("1,234.5" is one token, "Belarus–US" is
//! three) but not what names need: possessives are split off ("Kyiv's" →
//! "Kyiv" + "'s"), dotted acronyms, initials and known abbreviations keep
//! their final dot ("U.S.", "J.", "Mr."), and URLs and e-mail addresses stay
//! whole.

use super::TextRules;
use crate::span::Span;
use linkify::{LinkFinder, LinkKind};
use once_cell::sync::Lazy;
use serde::{Deserialize, Serialize};
use unicode_segmentation::UnicodeSegmentation;

/// One token of the text. Whitespace is not a token; the line breaks before a
/// token are counted in [`Token::breaks_before`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    /// Where the token lies in the text.
    pub span: Span,
    /// What sort of token it is.
    pub kind: TokenKind,
    /// Its letter case and digit pattern.
    pub shape: Shape,
    /// Line breaks in the whitespace just before this token (saturating at 255).
    pub breaks_before: u8,
}

/// What sort of token it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum TokenKind {
    /// Letters, possibly with digits, apostrophes, or dots of an abbreviation ("U.S.", "Mr.").
    Word,
    /// Starts with a digit: "123", "1,234.5", "2020s", "5m", "21st".
    Number,
    /// A possessive ending split from its name: "'s", "’s", or a lone "’" after "s".
    Possessive,
    /// Punctuation: `. , ; : ! ? " ' ( ) [ ] - – —` and the like.
    Punct,
    /// Any other symbol: `$ € % & + = @ #` and emoji.
    Symbol,
    /// A web address.
    Url,
    /// An e-mail address.
    Email,
}

/// The letter case and digit pattern of a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Shape {
    /// All letters lower case: "potash".
    Lower,
    /// First letter upper case, not all upper case: "Belarus", "McDonald".
    Capitalized,
    /// Two or more letters, all upper case: "US", "BBC", "U.S.".
    Upper,
    /// A single upper-case letter, with or without a dot: "J.", "A".
    Initial,
    /// Lower case first, upper case later: "iPhone".
    Mixed,
    /// Only digits and number separators: "123", "1,234.5".
    Digits,
    /// Digits and letters: "2020s", "5m", "21st", "G7".
    Alphanumeric,
    /// No letters or digits.
    Other,
}

// URLs and e-mail addresses, found in one pass before word segmentation by
// `linkify`, which gets the boundaries right with surrounding punctuation
// (a sentence's full stop, a closing bracket) and scans with memchr. A bare
// domain ("Znak.com") is left to the word rules, where it can be a name: a URL
// needs a scheme or a "www." start.
static LINKS: Lazy<LinkFinder> = Lazy::new(|| {
    let mut finder = LinkFinder::new();
    finder.url_must_have_scheme(false);
    finder
});

/// Split `text` into tokens.
pub(crate) fn tokenize(text: &str, rules: &TextRules) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5);
    let mut breaks = 0u8;
    let mut pos = 0;
    for link in LINKS.links(text) {
        let kind = match link.kind() {
            LinkKind::Email => TokenKind::Email,
            _ if has_scheme_or_www(link.as_str()) => TokenKind::Url,
            _ => continue,
        };
        segment(text, pos, link.start(), rules, &mut breaks, &mut out);
        let span = Span::new(link.start(), link.end());
        out.push(Token { span, kind, shape: Shape::Other, breaks_before: breaks });
        breaks = 0;
        pos = link.end();
    }
    segment(text, pos, text.len(), rules, &mut breaks, &mut out);
    out
}

fn has_scheme_or_www(url: &str) -> bool {
    url.contains("://") || url.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("www."))
}

/// Tokenize `text[from..to]` (no URLs inside) and append to `out`.
fn segment(text: &str, from: usize, to: usize, rules: &TextRules, breaks: &mut u8, out: &mut Vec<Token>) {
    word_pieces(&text[from..to], |offset, piece| {
        let start = from + offset;
        let first = piece.chars().next().unwrap_or(' ');
        if first.is_whitespace() {
            let n = piece.bytes().filter(|&b| b == b'\n').count()
                + piece.chars().filter(|&c| matches!(c, '\u{2028}' | '\u{2029}' | '\u{85}')).count();
            // A lone CR (old Mac line ends) is a break too; CRLF counts once.
            let n = if n == 0 { piece.bytes().filter(|&b| b == b'\r').count() } else { n };
            *breaks = breaks.saturating_add(n.min(255) as u8);
            return;
        }
        let end = start + piece.len();
        let span = Span::new(start, end);
        if let Some(cut) = possessive_cut(piece) {
            push(out, text, Span::new(start, start + cut), breaks);
            let suffix = Span::new(start + cut, end);
            out.push(Token { span: suffix, kind: TokenKind::Possessive, shape: Shape::Other, breaks_before: 0 });
            return;
        }
        match attach(out, text, start, piece, rules) {
            Attach::Joined => return,
            Attach::Possessive => {
                out.push(Token { span, kind: TokenKind::Possessive, shape: Shape::Other, breaks_before: *breaks });
                *breaks = 0;
                return;
            }
            Attach::No => {}
        }
        push(out, text, span, breaks);
    });
}

/// The word-boundary pieces of `s` (UAX #29), with their offsets.
///
/// A break always falls between an ASCII space and a following ASCII
/// character other than a space (UAX #29 joins a space only to spaces and to
/// marks that extend it), and no rule looks across such a break. So `s` is
/// cut there into chunks, mostly one word and its space; ASCII chunks are
/// segmented by `ascii_pieces`, the rest by `unicode-segmentation`. The
/// result is the same as `s.split_word_bound_indices()` (a test checks it),
/// several times faster on English text.
fn word_pieces<'s>(s: &'s str, mut f: impl FnMut(usize, &'s str)) {
    let b = s.as_bytes();
    let mut start = 0;
    while start < b.len() {
        let mut end = start + 1;
        while end < b.len() && !(b[end - 1] == b' ' && b[end] != b' ' && b[end].is_ascii()) {
            end += 1;
        }
        let chunk = &s[start..end];
        if chunk.is_ascii() {
            ascii_pieces(chunk, |o, p| f(start + o, p));
        } else {
            for (o, p) in chunk.split_word_bound_indices() {
                f(start + o, p);
            }
        }
        start = end;
    }
}

/// UAX #29 word-break classes of ASCII bytes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Wb {
    Cr,
    Lf,
    Newline,
    Space,
    Letter,
    Numeric,
    /// ":"
    MidLetter,
    /// "." and "'" (MidNumLet and Single_Quote act alike outside Hebrew).
    MidNumLetQ,
    /// "," and ";"
    MidNum,
    /// "_"
    ExtendNumLet,
    Other,
}

fn wb(b: u8) -> Wb {
    match b {
        b'\r' => Wb::Cr,
        b'\n' => Wb::Lf,
        0x0B | 0x0C => Wb::Newline,
        b' ' => Wb::Space,
        b'a'..=b'z' | b'A'..=b'Z' => Wb::Letter,
        b'0'..=b'9' => Wb::Numeric,
        b':' => Wb::MidLetter,
        b'.' | b'\'' => Wb::MidNumLetQ,
        b',' | b';' => Wb::MidNum,
        b'_' => Wb::ExtendNumLet,
        _ => Wb::Other,
    }
}

/// The UAX #29 word-break rules that apply to ASCII (WB3–WB13b), over an
/// ASCII string.
fn ascii_pieces<'s>(s: &'s str, mut f: impl FnMut(usize, &'s str)) {
    use Wb::*;
    let b = s.as_bytes();
    let class = |i: usize| b.get(i).map_or(Other, |&x| wb(x));
    let mut start = 0;
    for i in 1..b.len() {
        let (a2, a, c, d) = (if i >= 2 { class(i - 2) } else { Other }, class(i - 1), class(i), class(i + 1));
        let join = match (a, c) {
            (Cr, Lf) => true,
            (Cr | Lf | Newline, _) | (_, Cr | Lf | Newline) => false,
            (Space, Space) => true,
            (Letter, Letter) | (Numeric, Numeric) | (Letter, Numeric) | (Numeric, Letter) => true,
            (Letter, MidLetter | MidNumLetQ) => d == Letter,
            (MidLetter | MidNumLetQ, Letter) => a2 == Letter,
            (Numeric, MidNum | MidNumLetQ) => d == Numeric,
            (MidNum | MidNumLetQ, Numeric) => a2 == Numeric,
            (Letter | Numeric | ExtendNumLet, ExtendNumLet) => true,
            (ExtendNumLet, Letter | Numeric) => true,
            _ => false,
        };
        if !join {
            f(start, &s[start..i]);
            start = i;
        }
    }
    if start < b.len() {
        f(start, &s[start..]);
    }
}

fn push(out: &mut Vec<Token>, text: &str, span: Span, breaks: &mut u8) {
    let s = &text[span.range()];
    let (kind, shape) = classify(s);
    out.push(Token { span, kind, shape, breaks_before: *breaks });
    *breaks = 0;
}

/// Where "'s" or "’s" starts in a word such as "Kyiv's" (not "it's"? yes: the
/// contraction is split the same way, which is harmless), or `None`.
fn possessive_cut(piece: &str) -> Option<usize> {
    let lower_s = piece.strip_suffix('s').or_else(|| piece.strip_suffix('S'))?;
    let stem = lower_s.strip_suffix('\'').or_else(|| lower_s.strip_suffix('’'))?;
    let last = stem.chars().last()?;
    (last.is_alphanumeric() && stem.chars().any(char::is_alphabetic)).then_some(stem.len())
}

enum Attach {
    Joined,
    Possessive,
    No,
}

/// Handle a "." or apostrophe right after a word: the dot of "U.S.", "J." or
/// "Mr." joins its word; an apostrophe after a word ending in "s"
/// ("Belarus’ exports", "the Joneses' house") is a possessive.
fn attach(out: &mut [Token], text: &str, start: usize, piece: &str, rules: &TextRules) -> Attach {
    let Some(prev) = out.last_mut() else { return Attach::No };
    if prev.span.end != start || prev.kind != TokenKind::Word || !matches!(piece, "." | "'" | "’") {
        return Attach::No;
    }
    let word = &text[prev.span.range()];
    if piece == "." {
        if dotted_acronym(word) || rules.is_abbreviation(word) {
            prev.span.end = start + 1;
            prev.shape = classify(&text[prev.span.range()]).1;
            return Attach::Joined;
        }
        return Attach::No;
    }
    let after = text[start + piece.len()..].chars().next();
    if word.ends_with(['s', 'S']) && !after.is_some_and(char::is_alphanumeric) {
        return Attach::Possessive;
    }
    Attach::No
}

/// "U.S", "U.S.A", "e.g", or a single letter: the token before a final dot
/// that belongs to it.
fn dotted_acronym(word: &str) -> bool {
    let mut chars = word.chars();
    let mut expect_letter = true;
    let mut letters = 0;
    for c in chars.by_ref() {
        if expect_letter {
            if !c.is_alphabetic() {
                return false;
            }
            letters += 1;
        } else if c != '.' {
            return false;
        }
        expect_letter = !expect_letter;
    }
    // Ends on a letter; a single letter counts only when upper case ("J").
    !expect_letter && (letters > 1 || word.chars().all(char::is_uppercase))
}

/// Kind and shape of a token's text.
pub(crate) fn classify(s: &str) -> (TokenKind, Shape) {
    let mut letters = 0usize;
    let mut upper = 0usize;
    let mut digits = 0usize;
    let mut first_letter_upper = None;
    for c in s.chars() {
        if c.is_alphabetic() {
            letters += 1;
            if c.is_uppercase() {
                upper += 1;
            }
            if first_letter_upper.is_none() {
                first_letter_upper = Some(c.is_uppercase());
            }
        } else if c.is_numeric() {
            digits += 1;
        }
    }
    let first = s.chars().next().unwrap_or(' ');
    let kind = if first.is_numeric() {
        TokenKind::Number
    } else if letters > 0 || digits > 0 {
        TokenKind::Word
    } else if is_punct(first) {
        TokenKind::Punct
    } else {
        TokenKind::Symbol
    };
    let shape = if letters == 0 {
        if digits > 0 {
            Shape::Digits
        } else {
            Shape::Other
        }
    } else if digits > 0 {
        Shape::Alphanumeric
    } else if upper == letters && letters == 1 {
        Shape::Initial
    } else if upper == letters {
        Shape::Upper
    } else if first_letter_upper == Some(true) {
        Shape::Capitalized
    } else if upper == 0 {
        Shape::Lower
    } else {
        Shape::Mixed
    };
    (kind, shape)
}

fn is_punct(c: char) -> bool {
    c.is_ascii_punctuation()
        && !matches!(c, '$' | '%' | '&' | '+' | '<' | '=' | '>' | '@' | '#' | '^' | '|' | '~' | '`')
        || matches!(
            c,
            '‘' | '’'
                | '“'
                | '”'
                | '„'
                | '«'
                | '»'
                | '‹'
                | '›'
                | '–'
                | '—'
                | '‐'
                | '‑'
                | '‒'
                | '―'
                | '…'
                | '·'
                | '¡'
                | '¿'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ours(s: &str) -> Vec<(usize, &str)> {
        let mut v = Vec::new();
        word_pieces(s, |o, p| v.push((o, p)));
        v
    }

    fn theirs(s: &str) -> Vec<(usize, &str)> {
        s.split_word_bound_indices().collect()
    }

    /// The chunked ASCII segmenter agrees with `unicode-segmentation` on
    /// the test corpus and on random strings of the characters where the
    /// rules differ (letters, digits, the Mid classes, spaces, line ends,
    /// and non-ASCII neighbours: marks, curly quotes, letters, ideographs).
    #[test]
    fn word_pieces_match_unicode_segmentation() {
        for (path, text) in crate::text::samples::corpus() {
            assert_eq!(ours(&text), theirs(&text), "{path}");
        }
        let alphabet = "aZ09 .,:;'\"_-\r\n\t\u{b}\u{c}é’\u{301}\u{200d}\u{a0}中🇧🇾$%";
        for s in crate::text::samples::random(alphabet, 0x9E37_79B9_7F4A_7C15, 40_000) {
            assert_eq!(ours(&s), theirs(&s), "{s:?}");
        }
    }
}
