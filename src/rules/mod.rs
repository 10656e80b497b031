//! The rule stage: names the gazetteers cannot know. People by title, first
//! name, initials or speech cue; organizations and places by their head word
//! ("Ministry", "Headquarters", "County") or a cue ("the city of X").
//!
//! Rules read the word lists under `gazetteers/` (first names, surnames,
//! titles, head words, particles, speech verbs) and the gazetteer candidates,
//! and propose candidates of their own; the resolve stage decides.

mod orgs;
mod people;
mod places;
mod sports;
mod unknown;

use crate::candidate::Candidate;
use crate::kinds::EntityKind;
use crate::lexicon::{FirstName, Lexicons, Title};
use crate::text::{Cursor, Document, Feature, TextRules, Token};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// What the rules see of one document.
pub(crate) struct View<'a, 't> {
    pub doc: &'a Document<'t>,
    pub lex: &'a Lexicons,
    /// Abbreviations and sentence starters of the text stage.
    pub text_rules: &'a TextRules,
    /// The tokens with their features.
    pub cur: Cursor<'a, 't>,
    /// For each token that starts a gazetteer candidate: the candidate's kind,
    /// end token, and prior-based score.
    pub listed: HashMap<usize, (EntityKind, usize, i32)>,
    /// Acronyms that stand somewhere in the text for a thing or a
    /// statistic, not an organization: worked out on first use.
    thing_acronyms: std::cell::OnceCell<HashSet<&'t str>>,
}

impl<'a, 't> View<'a, 't> {
    fn new(doc: &'a Document<'t>, text_rules: &'a TextRules, lex: &'a Lexicons, listed: &[Candidate]) -> View<'a, 't> {
        let mut at = HashMap::default();
        for c in listed {
            let (start, end) = doc.token_bounds(c.span);
            if start < doc.tokens.len() && end < doc.tokens.len() {
                let e = at.entry(start).or_insert((c.kind, end, c.score));
                if c.score > e.2 {
                    *e = (c.kind, end, c.score);
                }
            }
        }
        let cur = Cursor::new(doc, &lex.vocab);
        View { doc, lex, text_rules, cur, listed: at, thing_acronyms: std::cell::OnceCell::new() }
    }

    fn token(&self, i: usize) -> Option<&Token> {
        self.doc.tokens.get(i)
    }

    fn word(&self, i: usize) -> &'t str {
        self.cur.word(i)
    }

    /// A capitalized word that may be part of a name: not a function word
    /// ("The", "But"), month or weekday ([`Cursor::is_name_word`]).
    fn name_word(&self, i: usize) -> bool {
        self.cur.is_name_word(i)
    }

    /// Whether tokens `a` and `b` touch (no space between them).
    fn touching(&self, a: usize, b: usize) -> bool {
        self.cur.touching(a, b)
    }

    /// Whether token `i` is a cue word of `kind` as written (`lexicon/cues.tsv`).
    fn cue(&self, kind: &str, i: usize) -> bool {
        self.cur.has(i, Feature::Cue) && self.lex.cue(kind, self.word(i))
    }

    /// Whether token `i` is a head word of `lexicon/name_heads.tsv`, as written.
    fn is_head(&self, i: usize) -> bool {
        self.head(i).is_some()
    }

    /// The kind a head word gives, if token `i` is one (as written).
    fn head(&self, i: usize) -> Option<&'a EntityKind> {
        self.cur.has(i, Feature::Head).then(|| self.lex.heads.get(self.word(i))).flatten()
    }

    /// Whether token `i` is a listed surname, as written.
    fn is_surname(&self, i: usize) -> bool {
        self.lex.surnames.contains(self.word(i))
    }

    /// Whether token `i` is a listed first name, as written.
    fn is_first_name(&self, i: usize) -> bool {
        self.first_name(i).is_some()
    }

    /// Token `i` as a listed first name, as written.
    fn first_name(&self, i: usize) -> Option<&'a FirstName> {
        self.cur.has(i, Feature::FirstName).then(|| self.lex.first_names.get(self.word(i))).flatten()
    }

    fn title_ending_at(&self, end: usize, floor: usize) -> Option<(usize, &'a Title)> {
        self.lex.title_ending_at(self.doc, end, floor)
    }

    fn title_starting_at(&self, start: usize, limit: usize) -> Option<(usize, &'a Title)> {
        self.lex.title_starting_at(self.doc, start, limit)
    }

    fn sentence_range(&self, s: usize) -> std::ops::Range<usize> {
        self.doc.sentences[s].tokens.clone()
    }

    fn candidate(&self, first: usize, last: usize, kind: EntityKind, rule: &str, score: i32) -> Candidate {
        let span = self.cur.span(first, last);
        Candidate { span, kind, entry: None, rule: rule.to_string(), score, weak: false, subtype: None }
    }
}

/// Candidates proposed by every rule for `doc`, given the gazetteer's.
pub(crate) fn candidates(
    doc: &Document<'_>,
    text_rules: &TextRules,
    lex: &Lexicons,
    listed: &[Candidate],
) -> Vec<Candidate> {
    let view = View::new(doc, text_rules, lex, listed);
    let mut out = Vec::new();
    for s in 0..doc.sentences.len() {
        people::find(&view, s, &mut out);
        orgs::find(&view, s, &mut out);
        places::find(&view, s, &mut out);
        sports::find(&view, s, &mut out);
    }
    let found = out.clone();
    sports::find_again(&view, &found, &mut out);
    // Names no list or rule above holds, read from their context.
    let mut covered = vec![false; doc.tokens.len()];
    for c in listed.iter().chain(&out) {
        let (first, last) = doc.token_bounds(c.span);
        for t in covered.iter_mut().take((last + 1).min(doc.tokens.len())).skip(first) {
            *t = true;
        }
    }
    let ruled: Vec<Candidate> = out.iter().filter(|c| c.kind == EntityKind::Organization).cloned().collect();
    unknown::legal_form_extensions(&view, listed.iter().chain(&ruled), &mut out);
    for s in 0..doc.sentences.len() {
        unknown::find(&view, s, &covered, &mut out);
    }
    let people: Vec<Candidate> = listed.iter().chain(&out).filter(|c| c.kind == EntityKind::Person).cloned().collect();
    for c in listed.iter().chain(&out) {
        let (first, last) = doc.token_bounds(c.span);
        for t in covered.iter_mut().take((last + 1).min(doc.tokens.len())).skip(first) {
            *t = true;
        }
    }
    unknown::list_members(&view, &people, &covered, &mut out);
    out
}
