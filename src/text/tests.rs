use super::*;

/// The tokens of `text` as strings.
fn toks(text: &str) -> Vec<&str> {
    let doc = Document::new(text);
    doc.tokens.iter().map(|t| doc.slice(t.span)).collect()
}

/// The sentences of `text` as strings.
fn sents(text: &str) -> Vec<&str> {
    let doc = Document::new(text);
    doc.sentences.iter().map(|s| doc.slice(s.span)).collect()
}

macro_rules! t {
    ($f:ident, $input:expr, [$($want:expr),* $(,)?]) => {
        let want: Vec<&str> = vec![$($want),*];
        assert_eq!($f($input), want, "input {:?}", $input);
    };
}

#[test]
fn tokens_of_news_text() {
    t!(toks, "the U.S. said", ["the", "U.S.", "said"]);
    t!(toks, "U.S.A. and e.g. this", ["U.S.A.", "and", "e.g.", "this"]);
    t!(toks, "Kyiv's Headquarters", ["Kyiv", "'s", "Headquarters"]);
    t!(toks, "Kyiv’s Headquarters", ["Kyiv", "’s", "Headquarters"]);
    t!(toks, "one of Belarus’ major exports", ["one", "of", "Belarus", "’", "major", "exports"]);
    t!(toks, "the Joneses' house", ["the", "Joneses", "'", "house"]);
    t!(toks, "O'Brien's dog", ["O'Brien", "'s", "dog"]);
    t!(toks, "Belarus–US relations", ["Belarus", "–", "US", "relations"]);
    t!(toks, "Agence France-Presse", ["Agence", "France", "-", "Presse"]);
    t!(toks, "1,234.5 people", ["1,234.5", "people"]);
    t!(toks, "10% of", ["10", "%", "of"]);
    t!(toks, "$5m and €2.3bn", ["$", "5m", "and", "€", "2.3bn"]);
    t!(toks, "the 2020s", ["the", "2020s"]);
    t!(toks, "a 3-year-old", ["a", "3", "-", "year", "-", "old"]);
    t!(toks, "see https://example.com/a?b=1. Then", ["see", "https://example.com/a?b=1", ".", "Then"]);
    t!(toks, "at www.bbc.co.uk/news, or", ["at", "www.bbc.co.uk/news", ",", "or"]);
    t!(toks, "mail jane.doe@example.org now", ["mail", "jane.doe@example.org", "now"]);
    t!(toks, "(see https://en.example.org/wiki/A_(b)).", ["(", "see", "https://en.example.org/wiki/A_(b)", ")", "."]);
    t!(toks, "Www.Example.com said", ["Www.Example.com", "said"]);
    // A bare domain is a name the word rules may read, not a URL.
    t!(toks, "Znak.com reported", ["Znak.com", "reported"]);
    t!(toks, "J. R. R. Tolkien", ["J.", "R.", "R.", "Tolkien"]);
    t!(toks, "Mr. and Dr. Jan. 5", ["Mr.", "and", "Dr.", "Jan.", "5"]);
    t!(toks, "ended. Then", ["ended", ".", "Then"]);
}

#[test]
fn token_kinds_and_shapes() {
    let doc = Document::new("Belarus US U.S. J. potash iPhone 1,234 2020s Kyiv’s $ ( https://x.org a@b.io");
    let got: Vec<(TokenKind, Shape)> = doc.tokens.iter().map(|t| (t.kind, t.shape)).collect();
    use Shape::*;
    use TokenKind::*;
    assert_eq!(
        got,
        vec![
            (Word, Capitalized),
            (Word, Upper),
            (Word, Upper),
            (Word, Initial),
            (Word, Lower),
            (Word, Mixed),
            (Number, Digits),
            (Number, Alphanumeric),
            (Word, Capitalized),
            (Possessive, Other),
            (Symbol, Other),
            (Punct, Other),
            (Url, Other),
            (Email, Other),
        ]
    );
}

#[test]
fn spans_slice_to_token_text() {
    let text = "Belarus’ exports — “quoted” 😀 text\r\nnext";
    let doc = Document::new(text);
    for t in &doc.tokens {
        assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
        assert!(!doc.slice(t.span).trim().is_empty());
    }
    assert_eq!(doc.tokens.last().map(|t| t.breaks_before), Some(1));
}

#[test]
fn sentences_of_news_text() {
    t!(sents, "Mr. Smith arrived. Dr. Jones left.", ["Mr. Smith arrived.", "Dr. Jones left."]);
    t!(sents, "The U.S. President spoke. He left.", ["The U.S. President spoke.", "He left."]);
    t!(sents, "Sanctions on the U.S. The move failed.", ["Sanctions on the U.S.", "The move failed."]);
    t!(sents, "It was on Jan. 5 in St. Louis.", ["It was on Jan. 5 in St. Louis."]);
    t!(sents, "J. R. R. Tolkien wrote it. Fans agree.", ["J. R. R. Tolkien wrote it.", "Fans agree."]);
    t!(
        sents,
        "\"She is free, she looks good,\" Khomich said. Then she left.",
        ["\"She is free, she looks good,\" Khomich said.", "Then she left."]
    );
    t!(sents, "“Why?” he asked. Nobody knew.", ["“Why?” he asked.", "Nobody knew."]);
    t!(
        sents,
        "Belarus Releases 123 Prisoners\n\nTotal Views : 80\nZoom In Zoom Out\n\nBelarus has released them.",
        ["Belarus Releases 123 Prisoners", "Total Views : 80", "Zoom In Zoom Out", "Belarus has released them."]
    );
    t!(sents, "A line wrapped\nin the middle. Next one.", ["A line wrapped\nin the middle.", "Next one."]);
    t!(sents, "He said: \"It ended.\" She agreed.", ["He said: \"It ended.\"", "She agreed."]);
    t!(sents, "", []);
    t!(sents, "   \n\n  ", []);
}

#[test]
fn sentences_cover_every_token_once() {
    let text = "One. Two!  Three?\n\nFour\nfive. Mr. X.";
    let doc = Document::new(text);
    let mut next = 0;
    for s in &doc.sentences {
        assert_eq!(s.tokens.start, next);
        assert!(s.tokens.end > s.tokens.start);
        next = s.tokens.end;
    }
    assert_eq!(next, doc.tokens.len());
    assert_eq!(doc.sentence_at(text.find("Four").unwrap()), 3);
}

#[test]
fn lower_borrows_what_is_lower_already() {
    use std::borrow::Cow;
    let cases: &[(&str, &str, &str, bool)] = &[
        ("plain word", "potash", "potash", true),
        ("capitalized", "The", "the", false),
        ("all capitals", "NATO", "nato", false),
        ("accented lower case", "café", "café", false),
        ("accented capital", "Émile", "émile", false),
        ("digits and dots", "u.s.", "u.s.", true),
        ("empty", "", "", true),
    ];
    for &(name, word, want, borrowed) in cases {
        let got = lower(word);
        assert_eq!(got, want, "{name}");
        assert_eq!(matches!(got, Cow::Borrowed(_)), borrowed, "{name}");
        assert_eq!(got, word.to_lowercase(), "{name}: same as to_lowercase");
    }
}
