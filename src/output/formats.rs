//! An extraction in the formats other NER tools read: CoNLL token lines with
//! IOB2 tags ([`conll`]), brat standoff annotations ([`brat`]) and the JSON of
//! spaCy's `Doc.to_json`/`Doc.from_json` ([`spacy`]).
//!
//! Entity mentions get the CoNLL-2003 labels ([`ner_label`]): person → `PER`,
//! place → `LOC`, organization → `ORG`, misc → `MISC`, and a place written as
//! its demonym ("Belarusian") → `MISC`, as CoNLL and the gold sets in
//! `tests/data/gold/` tag nationalities. Figures, where a format takes them,
//! get OntoNotes labels ([`figure_label`]).
//!
//! Token-based formats use factum's own tokens ([`Document`]). A mention
//! that starts or ends inside a token (rare: factum matches on token
//! boundaries, but a possessive or a user list can cut one) covers every
//! token it overlaps; where two mentions overlap one token the first keeps it.

use crate::output::{EntityKind, Extraction, FigureKind};
use crate::span::{CharOffsets, Span};
use crate::text::{Document, Token};
use crate::{Entity, Mention};
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt::{self, Write};

/// The CoNLL label of a mention: `PER`, `LOC`, `ORG` or `MISC`; a place
/// named by its demonym ("Belarusian", rule `gazetteer:places/demonyms`) is
/// `MISC`, as CoNLL tags nationalities.
///
/// ```
/// let text = "The BBC reported that Belarusian officers arrested Maria Kolesnikova in Minsk.";
/// let out = factum::Extractor::default().extract(text);
/// let labels: Vec<&str> = out
///     .entities
///     .iter()
///     .flat_map(|e| e.mentions.iter().map(move |m| factum::formats::ner_label(e, m)))
///     .collect();
/// assert_eq!(labels, ["ORG", "MISC", "PER", "LOC"]);
/// ```
pub fn ner_label(entity: &Entity, mention: &Mention) -> &'static str {
    match entity.kind {
        EntityKind::Person => "PER",
        EntityKind::Place if mention.rule.contains("demonym") => "MISC",
        EntityKind::Place => "LOC",
        EntityKind::Organization => "ORG",
        EntityKind::Misc => "MISC",
    }
}

/// The OntoNotes label of a figure: counts and other numbers are `CARDINAL`;
/// durations are `DATE`, as OntoNotes tags "five years".
///
/// ```
/// use factum::{formats::figure_label, FigureKind};
/// assert_eq!(figure_label(FigureKind::Count), "CARDINAL");
/// assert_eq!(figure_label(FigureKind::Money), "MONEY");
/// ```
pub fn figure_label(kind: FigureKind) -> &'static str {
    match kind {
        FigureKind::Count | FigureKind::Number => "CARDINAL",
        FigureKind::Ordinal => "ORDINAL",
        FigureKind::Money => "MONEY",
        FigureKind::Percent => "PERCENT",
        FigureKind::Date | FigureKind::Duration => "DATE",
        FigureKind::Time => "TIME",
        FigureKind::Quantity => "QUANTITY",
        FigureKind::Score => "CARDINAL",
    }
}

/// One token's IOB2 tag: outside, or beginning or inside a labelled span.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Iob<'a> {
    /// `O`: in no span.
    Outside,
    /// `B-LABEL`: the first token of a span.
    Begin(&'a str),
    /// `I-LABEL`: a later token of a span.
    Inside(&'a str),
}

impl fmt::Display for Iob<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Iob::Outside => f.write_str("O"),
            Iob::Begin(l) => write!(f, "B-{l}"),
            Iob::Inside(l) => write!(f, "I-{l}"),
        }
    }
}

/// IOB2 tags of `tokens` for labelled byte spans: a span tags every token it
/// overlaps; a token already tagged by an earlier span (by start) keeps its
/// tag, and the span starts afresh (`B-`) after it. Empty spans tag nothing.
/// Linear in the tokens covered, plus a sort of the spans.
///
/// ```
/// use factum::formats::{iob2, Iob};
/// use factum::{text::Document, Span};
/// let doc = Document::new("Maria Kolesnikova met AFP in Kyiv.");
/// let tags = iob2(&doc.tokens, &[(Span::new(0, 17), "PER"), (Span::new(29, 33), "LOC")]);
/// let shown: Vec<String> = tags.iter().map(Iob::to_string).collect();
/// assert_eq!(shown, ["B-PER", "I-PER", "O", "O", "O", "B-LOC", "O"]);
/// ```
pub fn iob2<'a>(tokens: &[Token], spans: &[(Span, &'a str)]) -> Vec<Iob<'a>> {
    let mut tags = vec![Iob::Outside; tokens.len()];
    let mut order: Vec<&(Span, &str)> = spans.iter().filter(|(s, _)| !s.is_empty()).collect();
    order.sort_by_key(|(s, _)| (s.start, s.end));
    for &(span, label) in order {
        let first = tokens.partition_point(|t| t.span.end <= span.start);
        let mut begun = false;
        for i in first..tokens.len() {
            if tokens[i].span.start >= span.end {
                break;
            }
            if tags[i] == Iob::Outside {
                tags[i] = if begun { Iob::Inside(label) } else { Iob::Begin(label) };
                begun = true;
            } else {
                begun = false;
            }
        }
    }
    tags
}

/// Every entity mention as a labelled span, in no particular order.
fn mention_spans(extraction: &Extraction) -> Vec<(Span, &'static str)> {
    extraction.entities.iter().flat_map(|e| e.mentions.iter().map(move |m| (m.span, ner_label(e, m)))).collect()
}

/// The extraction's entity mentions as CoNLL token lines: `TOKEN TAG`, one
/// token a line with its IOB2 tag ([`iob2`], labels by [`ner_label`]), a
/// blank line after each sentence. Whitespace inside a token (none with the
/// bundled tokenizer) is written `_` so every line has two columns. Figures
/// are not written: CoNLL-2003 has no label for them.
///
/// ```
/// let text = "Belarus freed Maria Kolesnikova.\nShe thanked the US.";
/// let out = factum::Extractor::default().extract(text);
/// assert_eq!(
///     factum::formats::conll(text, &out),
///     "Belarus B-LOC\nfreed O\nMaria B-PER\nKolesnikova I-PER\n. O\n\nShe O\nthanked O\nthe O\nUS B-LOC\n. O\n\n"
/// );
/// ```
pub fn conll(text: &str, extraction: &Extraction) -> String {
    let doc = Document::new(text);
    let tags = iob2(&doc.tokens, &mention_spans(extraction));
    let mut out = String::with_capacity(text.len() * 2);
    for sentence in &doc.sentences {
        if sentence.tokens.is_empty() {
            continue;
        }
        for i in sentence.tokens.clone() {
            let word = doc.slice(doc.tokens[i].span);
            out.extend(word.chars().map(|c| if c.is_whitespace() { '_' } else { c }));
            let _ = writeln!(out, " {}", tags[i]);
        }
        out.push('\n');
    }
    out
}

/// The extraction as brat standoff annotations (the `.ann` file beside the
/// text as `.txt`): one text-bound annotation per mention and figure, in text
/// order, `T1\tPER 66 83\tMaria Kolesnikova`, with char (code point) offsets
/// as brat counts them; then an `AnnotatorNotes` line for each naming its
/// entity (`E3 Maria Kolesnikova`) or the figure's value (`F1 123`).
///
/// Mentions take [`ner_label`]s, figures [`figure_label`]s. brat allows
/// overlapping annotations, so both are written in full. A span across a line
/// break or tab is written as brat writes a discontinuous one: its fragments
/// between those breaks, `0 5;6 11`, their texts joined by a space.
///
/// ```
/// let text = "Belarus freed 123 prisoners.";
/// let out = factum::Extractor::default().extract(text);
/// assert_eq!(
///     factum::formats::brat(text, &out),
///     "T1\tLOC 0 7\tBelarus\nT2\tCARDINAL 14 17\t123\n#1\tAnnotatorNotes T1\tE1 Belarus\n#2\tAnnotatorNotes T2\tF1 123\n"
/// );
/// ```
pub fn brat(text: &str, extraction: &Extraction) -> String {
    // (span, label, note)
    let mut items: Vec<(Span, &str, String)> = Vec::new();
    for e in &extraction.entities {
        for m in &e.mentions {
            items.push((m.span, ner_label(e, m), format!("{} {}", e.id, e.name)));
        }
    }
    for f in &extraction.figures {
        items.push((f.span, figure_label(f.kind), format!("{} {}", f.id, f.value_text())));
    }
    items.sort_by_key(|(s, l, _)| (s.start, s.end, *l));
    let offsets = CharOffsets::new(text);
    let mut out = String::new();
    let mut notes = String::new();
    let mut n = 0;
    for (span, label, note) in &items {
        let Some(fragments) = brat_fragments(text, *span) else { continue };
        n += 1;
        let ranges: Vec<String> = fragments
            .iter()
            .map(|s| format!("{} {}", offsets.char_offset(s.start), offsets.char_offset(s.end)))
            .collect();
        let texts: Vec<&str> = fragments.iter().map(|s| &text[s.range()]).collect();
        let _ = writeln!(out, "T{n}\t{label} {}\t{}", ranges.join(";"), texts.join(" "));
        let note: String = note.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
        let _ = writeln!(notes, "#{n}\tAnnotatorNotes T{n}\t{note}");
    }
    out + &notes
}

/// The parts of `span` between line breaks and tabs, which a brat line
/// cannot hold; `None` when nothing but those is left.
fn brat_fragments(text: &str, span: Span) -> Option<Vec<Span>> {
    let s = text.get(span.range())?;
    let breaks = |c: char| c.is_whitespace() && c != ' ';
    let mut fragments = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices().chain(std::iter::once((s.len(), '\n'))) {
        match (breaks(c), start) {
            (true, Some(b)) => {
                // A fragment neither starts nor ends with a space.
                let part = &s[b..i];
                let lead = part.len() - part.trim_start_matches(' ').len();
                let trimmed = part.trim_matches(' ');
                if !trimmed.is_empty() {
                    let from = span.start + b + lead;
                    fragments.push(Span::new(from, from + trimmed.len()));
                }
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    (!fragments.is_empty()).then_some(fragments)
}

/// A document as spaCy's `Doc.to_json` writes it and `Doc.from_json` reads
/// it (spaCy 3.4 and later): serialize it with `serde_json` and load it with
/// `Doc(nlp.vocab).from_json(json.loads(s))`. Offsets are in chars (code
/// points), as Python counts them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct SpacyDoc {
    /// The whole text.
    pub text: String,
    /// The entity mentions, on token boundaries, not overlapping.
    pub ents: Vec<SpacyEnt>,
    /// The sentences.
    pub sents: Vec<SpacySent>,
    /// Span groups: `"figures"` holds the figures, on token boundaries,
    /// labelled by [`figure_label`].
    pub spans: BTreeMap<String, Vec<SpacySpan>>,
    /// The tokens, covering the whole text: factum's tokens, each followed
    /// by at most one space, and the other whitespace as tokens of its own,
    /// as spaCy's tokenizer leaves it.
    pub tokens: Vec<SpacyToken>,
}

/// An entity of a [`SpacyDoc`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct SpacyEnt {
    /// Char offset of the first token's start.
    pub start: usize,
    /// Char offset of the last token's end.
    pub end: usize,
    /// `PER`, `LOC`, `ORG` or `MISC`.
    pub label: &'static str,
}

/// A sentence of a [`SpacyDoc`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct SpacySent {
    /// Char offset of the start.
    pub start: usize,
    /// Char offset of the end.
    pub end: usize,
}

/// A span of a [`SpacyDoc`] span group.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct SpacySpan {
    /// Char offset of the first token's start.
    pub start: usize,
    /// Char offset of the last token's end.
    pub end: usize,
    /// The label.
    pub label: &'static str,
    /// A knowledge-base id; empty (spaCy requires the key).
    pub kb_id: String,
}

/// A token of a [`SpacyDoc`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct SpacyToken {
    /// Its index.
    pub id: usize,
    /// Char offset of the start.
    pub start: usize,
    /// Char offset of the end.
    pub end: usize,
}

/// The extraction as spaCy's `Doc` JSON ([`SpacyDoc`]). The entities are the
/// chunks of the [`conll`] tags, so they lie on token boundaries and never
/// overlap, as spaCy requires.
///
/// ```
/// let text = "Belarus freed  123 prisoners.";
/// let out = factum::Extractor::default().extract(text);
/// let doc = factum::formats::spacy(text, &out);
/// let json = serde_json::to_string(&doc).unwrap();
/// assert!(json.starts_with(r#"{"text":"Belarus freed  123 prisoners.","ents":[{"start":0,"end":7,"label":"LOC"}],"#));
/// assert!(json.contains(r#""spans":{"figures":[{"start":15,"end":18,"label":"CARDINAL","kb_id":""}]}"#));
/// // The second space of "freed  123" is a token, as spaCy makes it.
/// let tokens: Vec<&str> = doc.tokens.iter().map(|t| &text[t.start..t.end]).collect();
/// assert_eq!(tokens, ["Belarus", "freed", " ", "123", "prisoners", "."]);
/// ```
pub fn spacy(text: &str, extraction: &Extraction) -> SpacyDoc {
    let doc = Document::new(text);
    let offsets = CharOffsets::new(text);
    let at = |byte: usize| offsets.char_offset(byte);

    let mut tokens = Vec::with_capacity(doc.tokens.len());
    // Our token index → spaCy token index.
    let mut index = Vec::with_capacity(doc.tokens.len());
    let push = |tokens: &mut Vec<SpacyToken>, s: Span| {
        let id = tokens.len();
        tokens.push(SpacyToken { id, start: at(s.start), end: at(s.end) });
    };
    let mut pos = 0;
    for (i, t) in doc.tokens.iter().enumerate() {
        // The gap before a token: one space belongs to the token before it;
        // the rest, or the whole gap at the start, is a token of its own.
        let gap_start = if i > 0 && text[pos..t.span.start].starts_with(' ') { pos + 1 } else { pos };
        if gap_start < t.span.start {
            push(&mut tokens, Span::new(gap_start, t.span.start));
        }
        index.push(tokens.len());
        push(&mut tokens, t.span);
        pos = t.span.end;
    }
    let tail = if !doc.tokens.is_empty() && text[pos..].starts_with(' ') { pos + 1 } else { pos };
    if tail < text.len() {
        push(&mut tokens, Span::new(tail, text.len()));
    }

    let chunks = |tags: &[Iob<'static>]| -> Vec<(usize, usize, &'static str)> {
        let mut out: Vec<(usize, usize, &'static str)> = Vec::new();
        for (i, tag) in tags.iter().enumerate() {
            match *tag {
                Iob::Begin(l) => out.push((i, i, l)),
                Iob::Inside(_) => {
                    if let Some(last) = out.last_mut() {
                        last.1 = i;
                    }
                }
                Iob::Outside => {}
            }
        }
        out
    };
    let span_of = |first: usize, last: usize| (tokens[index[first]].start, tokens[index[last]].end);

    let ents = chunks(&iob2(&doc.tokens, &mention_spans(extraction)))
        .into_iter()
        .map(|(a, b, label)| {
            let (start, end) = span_of(a, b);
            SpacyEnt { start, end, label }
        })
        .collect();
    let figures = extraction
        .figures
        .iter()
        .filter_map(|f| {
            let first = doc.tokens.partition_point(|t| t.span.end <= f.span.start);
            let last = doc.tokens.partition_point(|t| t.span.start < f.span.end).checked_sub(1)?;
            (first <= last && !f.span.is_empty()).then(|| {
                let (start, end) = span_of(first, last);
                SpacySpan { start, end, label: figure_label(f.kind), kb_id: String::new() }
            })
        })
        .collect();
    let sents = doc
        .sentences
        .iter()
        .filter(|s| !s.tokens.is_empty())
        .map(|s| {
            let (start, end) = span_of(s.tokens.start, s.tokens.end - 1);
            SpacySent { start, end }
        })
        .collect();
    SpacyDoc { text: text.to_string(), ents, sents, spans: BTreeMap::from([("figures".to_string(), figures)]), tokens }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(text: &str, spans: &[(usize, usize, &'static str)]) -> Vec<String> {
        let doc = Document::new(text);
        let spans: Vec<(Span, &str)> = spans.iter().map(|&(a, b, l)| (Span::new(a, b), l)).collect();
        iob2(&doc.tokens, &spans).iter().map(Iob::to_string).collect()
    }

    #[test]
    fn iob2_table() {
        // (text, spans as (start, end, label), tags)
        type Row<'a> = (&'a str, &'a [(usize, usize, &'a str)], &'a [&'a str]);
        let t: &[Row] = &[
            ("a b c", &[], &["O", "O", "O"]),
            // Adjacent spans of one label stay two chunks.
            ("Poland Lithuania", &[(0, 6, "LOC"), (7, 16, "LOC")], &["B-LOC", "B-LOC"]),
            // A span inside a token tags the token.
            ("Kyivans rose", &[(0, 4, "LOC")], &["B-LOC", "O"]),
            // A span ending inside a token tags it too.
            ("New Yorkers", &[(0, 8, "LOC")], &["B-LOC", "I-LOC"]),
            // Two spans in one token: the first keeps it; the second starts afresh after it.
            ("AB-CD EF", &[(0, 1, "ORG"), (1, 8, "PER")], &["B-ORG", "B-PER", "I-PER", "I-PER"]),
            // Empty and out-of-range spans tag nothing.
            ("a b", &[(1, 1, "PER"), (9, 12, "LOC")], &["O", "O"]),
        ];
        for &(text, spans, want) in t {
            assert_eq!(tags(text, spans), want, "{text:?} {spans:?}");
        }
    }

    #[test]
    fn any_text_renders_in_every_format() {
        let ex = crate::Extractor::default();
        let texts = [
            "",
            " \n\t ",
            "Belarus\r\nfreed 123 prisoners.\r\n",
            "Kyiv\u{0}Minsk \u{1b}[31m 😀 Belarus’ US–EU\u{2028}Poland",
            "Maria Kolesnikova\n\nKolesnikova.",
        ];
        for text in texts {
            let out = ex.extract(text);
            let lines = conll(text, &out);
            let tokens = Document::new(text).tokens.len();
            assert_eq!(lines.lines().filter(|l| !l.is_empty()).count(), tokens, "{text:?}");
            assert!(lines.lines().all(|l| l.is_empty() || l.split(' ').count() == 2), "{text:?}: {lines}");
            let offsets = CharOffsets::new(text);
            let chars = offsets.char_offset(text.len());
            for line in brat(text, &out).lines().filter(|l| l.starts_with('T')) {
                let ranges = line.split('\t').nth(1).unwrap().split_once(' ').unwrap().1;
                for r in ranges.split(';') {
                    let (a, b) = r.split_once(' ').unwrap();
                    let (a, b): (usize, usize) = (a.parse().unwrap(), b.parse().unwrap());
                    assert!(a < b && b <= chars, "{text:?}: {line}");
                }
            }
            let doc = spacy(text, &out);
            let last = doc.tokens.last().map_or(0, |t| t.end);
            assert!(last == chars || last + 1 == chars, "{text:?}");
        }
    }

    #[test]
    fn brat_splits_spans_at_line_breaks() {
        let text = "Coordination\nHeadquarters here";
        let got = brat_fragments(text, Span::new(0, 25)).unwrap();
        assert_eq!(got, [Span::new(0, 12), Span::new(13, 25)]);
        assert_eq!(brat_fragments("a\n\nb", Span::new(1, 3)), None);
    }

    #[test]
    fn spacy_tokens_cover_the_text() {
        for text in ["", "  ", " a", "a ", "a  b\n\nc \n d ", "\n\nKyiv’s  centre.\t"] {
            let doc = spacy(text, &Extraction::new());
            let chars: Vec<char> = text.chars().collect();
            let mut pos = 0;
            for (i, t) in doc.tokens.iter().enumerate() {
                assert_eq!(t.id, i);
                // Between tokens: nothing, or one space after a non-space token.
                if t.start != pos {
                    assert_eq!(t.start, pos + 1, "{text:?}");
                    assert_eq!(chars[pos], ' ');
                    assert!(!chars[pos - 1].is_whitespace(), "{text:?}");
                }
                pos = t.end;
            }
            assert!(pos == chars.len() || (pos + 1 == chars.len() && chars[pos] == ' '), "{text:?}");
        }
    }
}
