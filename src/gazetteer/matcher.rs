//! The automaton of `automaton.rs` run once over the folded text. A match counts only where it starts and ends on token
//! boundaries and its letter case fits the listed name; an ambiguous name
//! ("Reading", "Jordan") counts only with support from its context.

pub(crate) use super::automaton::{Form, Matcher};
use super::load::Data;
use crate::candidate::Candidate;
use crate::kinds::EntityKind;
use crate::lexicon::Lexicons;
use crate::text::{fold, Cursor, Document, Folded, Shape, TextRules, Token, TokenKind};

impl Matcher {
    /// Every match of a listed name on token boundaries whose case fits,
    /// before support and overlap are judged.
    pub(crate) fn raw_matches(&self, data: &Data, doc: &Document<'_>, folded: &Folded) -> Vec<RawMatch> {
        let text = doc.text;
        let Some(automaton) = &self.automaton else { return Vec::new() };
        // bit 0: a token starts here; bit 1: a token ends here.
        let mut bounds = vec![0u8; text.len() + 1];
        for t in &doc.tokens {
            bounds[t.span.start] |= 1;
            bounds[t.span.end] |= 2;
        }
        let mut out = Vec::new();
        // Byte by byte: the matches ending at a byte are listed only where a
        // token ends, so the many names found inside words ("us" in
        // "because") cost no walk through the automaton's output lists. The
        // matches are those of `find_overlapping_iter`, in its order.
        let mut stepper = automaton.find_overlapping_stepper();
        for &b in folded.text.as_bytes() {
            stepper.consume(b);
            let mut matches = stepper.matches().peekable();
            let Some(m) = matches.peek() else { continue };
            let end = folded.original(m.end());
            if bounds[end] & 2 == 0 {
                continue;
            }
            for m in matches {
                let start = folded.original(m.start());
                if bounds[start] & 1 == 0 {
                    continue;
                }
                let written = &text[start..end];
                let p = m.value() as usize;
                for &fi in &self.form_ids[self.form_start[p] as usize..self.form_start[p + 1] as usize] {
                    if case_fits(written, data.text(self.forms[fi as usize].text)) {
                        out.push(RawMatch { start, end, form: fi });
                    }
                }
            }
        }
        out
    }
}

/// A listed name found in the text.
#[derive(Clone, Copy, Debug)]
pub(crate) struct RawMatch {
    pub start: usize,
    pub end: usize,
    pub form: u32,
}

/// Whether the letter case of `written` fits the listed `form`: an acronym
/// ("US", "WHO") must be upper case as written; a capitalized word must be
/// capitalized (or all capitals, as in a headline); a lower-case word may be
/// written any way.
pub(super) fn case_fits(written: &str, form: &str) -> bool {
    fn words(s: &str) -> impl Iterator<Item = &str> {
        s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())
    }
    for (w, f) in words(written).zip(words(form)) {
        let letters = f.chars().filter(|c| c.is_alphabetic()).count();
        let upper = f.chars().filter(|c| c.is_uppercase()).count();
        if letters >= 2 && upper == letters {
            if w.chars().any(char::is_lowercase) {
                return false;
            }
        } else if f.chars().next().is_some_and(char::is_uppercase) && !w.chars().next().is_some_and(char::is_uppercase)
        {
            return false;
        }
    }
    true
}

/// What the context says about a match, for ambiguous names.
pub(crate) struct Context<'d, 't> {
    doc: &'d Document<'t>,
    /// The tokens with their features (sentence starters, Title Case).
    cur: Cursor<'d, 't>,
    /// The cue words of the support policy.
    lex: &'d Lexicons,
}

impl<'d, 't> Context<'d, 't> {
    pub(crate) fn new(doc: &'d Document<'t>, _rules: &'d TextRules, lex: &'d Lexicons) -> Context<'d, 't> {
        Context { doc, cur: Cursor::new(doc, &lex.vocab), lex }
    }

    /// Index of the token starting at byte `start`.
    pub(crate) fn token_at(&self, start: usize) -> Option<usize> {
        let i = self.doc.tokens.partition_point(|t| t.span.start < start);
        (i < self.doc.tokens.len() && self.doc.tokens[i].span.start == start).then_some(i)
    }

    /// Whether the token at `i` opens its sentence (after any quotes or brackets).
    pub(crate) fn sentence_initial(&self, i: usize) -> bool {
        let s = self.cur.sentence(self.doc.sentence_at(self.doc.tokens[i].span.start));
        self.doc.tokens[s.start..i].iter().all(|t| t.kind == TokenKind::Punct)
    }

    /// Whether the sentence holding byte `at` is in Title Case.
    pub(crate) fn in_title_case(&self, at: usize) -> bool {
        self.cur.is_title_case(self.doc.sentence_at(at))
    }

    /// The lower-cased word before token `i`, if it is a word.
    pub(crate) fn word_before(&self, i: usize) -> Option<std::borrow::Cow<'t, str>> {
        let p = i.checked_sub(1)?;
        (self.cur.kind(p)? == TokenKind::Word).then(|| self.cur.lower(p))
    }

    pub(crate) fn token(&self, i: usize) -> Option<&Token> {
        self.doc.tokens.get(i)
    }

    pub(crate) fn is_capitalized_word(&self, i: usize) -> bool {
        self.cur.is_capitalized(i)
    }
}

impl Context<'_, '_> {
    /// Whether tokens `first..=last` sit inside a longer capitalized name:
    /// a capitalized word right before or after them (in the same sentence,
    /// not a title), or, for a place, "Xxx of" / "Xxx of the" right before them.
    fn inside_longer_name(
        &self,
        first: usize,
        last: Option<usize>,
        place: bool,
        is_title: &impl Fn(&Token) -> bool,
    ) -> bool {
        let name_word = |i: usize| self.is_capitalized_word(i) && !self.token(i).is_some_and(is_title);
        if let Some(next) = last.map(|l| l + 1) {
            if name_word(next) && !self.sentence_initial(next) {
                return true;
            }
        }
        if self.sentence_initial(first) {
            return false;
        }
        let prev = first - 1;
        if name_word(prev) && !self.sentence_initial(prev) {
            return true;
        }
        // "University of Leicester", but "Yvette Cooper of the Labour Party".
        if !place {
            return false;
        }
        let word = |i: usize| self.token(i).map(|t| self.doc.slice(t.span));
        let of_at = if word(prev) == Some("the") { prev.checked_sub(1) } else { Some(prev) };
        of_at.is_some_and(|o| word(o) == Some("of") && o > 0 && name_word(o - 1))
    }
}

/// Places below this prior (towns under ~100,000 people) need a cue.
const OBSCURE_PLACE: u8 = 40;
/// An ambiguous common-word place name counts when capitalized mid-sentence from this prior.
const CAPITALIZED_PLACE: u8 = 45;
/// From this prior an ambiguous name counts unless a capitalized word follows it.
const FAMOUS: u8 = 90;

/// Turn raw matches into candidates, dropping ambiguous names that lack
/// support.
pub(crate) fn candidates(
    matcher: &Matcher,
    data: &Data,
    raw: &[RawMatch],
    ctx: &Context<'_, '_>,
    mut dropped: Option<&mut Vec<Candidate>>,
) -> Vec<Candidate> {
    // Titles and calendar words stand beside a name without being part of
    // it: "US President", "On Friday Ford Motor Company announced".
    let is_title_word = |t: &Token| {
        let word = fold(ctx.doc.slice(t.span));
        data.title_words.contains(&word) || data.calendar_words.contains(&word)
    };
    let candidate = |m: &RawMatch, form: &Form, score: i32, weak: bool| {
        let list = &data.lists[data.entry(form.entry).list as usize];
        let rule = if form.demonym { "gazetteer:places/demonyms".to_string() } else { format!("gazetteer:{list}") };
        let kind = data.entry(form.entry).kind;
        Candidate {
            span: crate::Span::new(m.start, m.end),
            kind,
            entry: Some(form.entry),
            rule,
            score,
            weak,
            subtype: None,
        }
    };
    let mut unsupported = Vec::new();
    // Places and regions that stand after a comma support a name before them ("Reading, England").
    let firm_place_at: rustc_hash::FxHashSet<usize> = raw
        .iter()
        .filter(|m| {
            let f = &matcher.forms[m.form as usize];
            !f.ambiguous && !f.demonym && data.entry(f.entry).kind == EntityKind::Place
        })
        .map(|m| m.start)
        .collect();
    // Places that end before a comma support a name after it ("Richmond, Virginia").
    let place_end_at: rustc_hash::FxHashSet<usize> = raw
        .iter()
        .filter(|m| data.entry(matcher.forms[m.form as usize].entry).kind == EntityKind::Place)
        .map(|m| m.end)
        .collect();
    // A common first name and a capitalized word after it open a person's
    // name: a place or organization just before is its premodifier, not part
    // of one longer name ("Governor of Oklahoma Clara Whitfield", "Kremlin
    // Dmitry Peskov").
    // Listed people's names of two words or more, by their start.
    let person_start_at: rustc_hash::FxHashSet<usize> = raw
        .iter()
        .filter(|m| {
            let f = &matcher.forms[m.form as usize];
            data.entry(f.entry).kind == EntityKind::Person && data.text(f.text).contains(' ')
        })
        .map(|m| m.start)
        .collect();
    let person_at = |i: usize| {
        // Capitalization first: it costs no folding, and most tokens fail it.
        ctx.is_capitalized_word(i)
            && ctx.token(i).is_some_and(|t| {
                person_start_at.contains(&t.span.start)
                    || (data.first_names.contains(&fold(ctx.doc.slice(t.span))) && ctx.is_capitalized_word(i + 1))
            })
    };
    let mut out = Vec::with_capacity(raw.len());
    for m in raw {
        let form = &matcher.forms[m.form as usize];
        let entry = data.entry(form.entry);
        let Some(first) = ctx.token_at(m.start) else { continue };
        let last = ctx.token_at_end(m.end);
        let premodifier = matches!(entry.kind, EntityKind::Place | EntityKind::Organization)
            && !form.first_name
            && !form.ambiguous
            && last.is_some_and(|l| person_at(l + 1));
        let after_premodifier = entry.kind == EntityKind::Person
            && first > 0
            && data.text(form.text).contains(' ')
            && ctx.token(first - 1).is_some_and(|t| place_end_at.contains(&t.span.end));
        // A name inside a longer capitalized name is part of that name:
        // "Atlantic City Railroad", "FC Basel", "Ontario Liberal Party",
        // "University of Leicester". Titles may stand beside it ("US
        // President", "President of Belarus"); headlines say nothing.
        let place = entry.kind == EntityKind::Place;
        if !ctx.in_title_case(m.start)
            && !premodifier
            && !after_premodifier
            && ctx.inside_longer_name(first, last, place, &is_title_word)
        {
            continue;
        }
        // "the Azna", "the Victorias": towns take no article.
        let town = entry.kind == EntityKind::Place && entry.subtype == "city";
        if town && ctx.word_before(first).as_deref() == Some("the") {
            continue;
        }
        let mut score = i32::from(entry.prior);
        // A short acronym ("KO", "PA") names many things: the name alone is weak.
        let letters = data.text(form.text).chars().filter(|c| c.is_alphabetic()).count();
        let mut weak =
            letters <= 3 && data.text(form.text).chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
        // Small towns are named far more often as something else (a surname,
        // a team) than as the place, unless the context says "place".
        let obscure = entry.kind == EntityKind::Place && entry.prior < OBSCURE_PLACE && !form.demonym;
        if form.ambiguous || form.first_name || obscure || form.calendar {
            // "in March 2020", "in May 2019": a month, not the town.
            let before_number = last.is_some_and(|l| ctx.token(l + 1).is_some_and(|t| t.kind == TokenKind::Number));
            let cue = entry.kind == EntityKind::Place
                && !before_number
                && ctx.word_before(first).is_some_and(|w| ctx.lex.cue("place_before", &w));
            let comma_place = last.is_some_and(|l| {
                ctx.token(l + 1).is_some_and(|t| ctx.doc.slice(t.span) == ",")
                    && ctx.token(l + 2).is_some_and(|t| firm_place_at.contains(&t.span.start))
            }) || (place
                && first >= 2
                && ctx.token(first - 1).is_some_and(|t| ctx.doc.slice(t.span) == ",")
                && ctx.token(first - 2).is_some_and(|t| place_end_at.contains(&t.span.end)));
            // "Apple shares", "shares of Apple", "Apple's chief executive".
            let business = entry.kind == EntityKind::Organization && last.is_some_and(|l| business_cue(ctx, first, l));
            // "Arsenal beat …", "lost to Arsenal": a club beside a sports verb.
            let business =
                business || (entry.subtype == "sports_club" && last.is_some_and(|l| sports_cue(ctx, first, l)));
            // Capitalization is evidence only for a common word ("Nice",
            // "Reading") of a sizeable place, mid-sentence, outside headlines;
            // never for first names, which are always capitalized.
            // "the Northern District of Texas": an article or an "of" make it part of a longer name.
            let the_or_of = ctx.word_before(first).as_deref() == Some("the")
                || last.is_some_and(|l| ctx.token(l + 1).is_some_and(|t| ctx.doc.slice(t.span) == "of"));
            // Organization names are capitalized phrases whatever precedes them
            // ("the Labour Party"); place names of common words are not. A
            // name of several capitalized words is one even at a sentence start.
            let several_words = last.is_some_and(|l| l > first);
            let capitalized = form.ambiguous
                && !form.first_name
                && !(place && (form.generic || the_or_of || entry.prior < CAPITALIZED_PLACE))
                && (several_words || !ctx.sentence_initial(first))
                && !ctx.in_title_case(m.start)
                && ctx.token(first).is_some_and(|t| t.shape != Shape::Lower);
            let famous = entry.prior >= FAMOUS && !last.is_some_and(|l| ctx.is_capitalized_word(l + 1));
            score -= 10;
            weak = true;
            if !(comma_place || business || (!form.calendar && (cue || capitalized || famous))) {
                // An organization named with support elsewhere in the text is
                // the same one here: "Ford said …" at a sentence start.
                // So is a place named with support elsewhere, unless its name is
                // also a first name ("Jordan") or it opens a sentence, where a
                // common word is capitalized anyway ("Reading the news, …").
                let place_again = entry.kind == EntityKind::Place
                    && !form.first_name
                    && !form.calendar
                    && !ctx.sentence_initial(first);
                if (entry.kind == EntityKind::Organization || place_again) && !ctx.in_title_case(m.start) {
                    unsupported.push(candidate(m, form, score, weak));
                } else if let Some(d) = dropped.as_deref_mut() {
                    d.push(candidate(m, form, score, weak));
                }
                continue;
            }
        }
        out.push(candidate(m, form, score, weak));
    }
    let named: rustc_hash::FxHashSet<Option<u32>> = out.iter().map(|c| c.entry).collect();
    let (again, unsupported): (Vec<Candidate>, Vec<Candidate>) =
        unsupported.into_iter().partition(|c| named.contains(&c.entry));
    out.extend(again);
    if let Some(d) = dropped {
        d.extend(unsupported);
    }
    out
}

/// Whether a business word stands beside tokens `first..=last`: "shares of
/// X", "X shares", "X's chief executive" (`lexicon/cues.tsv`).
fn business_cue(ctx: &Context<'_, '_>, first: usize, last: usize) -> bool {
    let word = |i: usize| ctx.token(i).map_or("", |t| ctx.doc.slice(t.span));
    if ctx.token(last + 1).is_some_and(|t| t.kind == TokenKind::Possessive) {
        return ctx.lex.cue("org_owner", word(last + 2));
    }
    let before =
        first >= 2 && ctx.lex.cue("org_before", &format!("{} {}", word(first - 2).to_lowercase(), word(first - 1)));
    before || ctx.lex.cue("org_after", word(last + 1))
}

/// Whether a sports verb stands beside tokens `first..=last`: "X beat",
/// "beat X", "lost to X" (`lexicon/cues.tsv`, `sports_verb`).
fn sports_cue(ctx: &Context<'_, '_>, first: usize, last: usize) -> bool {
    let word = |i: usize| ctx.token(i).map_or("", |t| ctx.doc.slice(t.span));
    let before = |i: usize| first >= i && ctx.lex.cue("sports_verb", word(first - i));
    ctx.lex.cue("sports_verb", word(last + 1))
        || before(1)
        || (before(2) && matches!(word(first - 1), "to" | "with" | "over" | "against"))
}

impl Context<'_, '_> {
    /// Index of the token ending at byte `end`.
    pub(crate) fn token_at_end(&self, end: usize) -> Option<usize> {
        let i = self.doc.tokens.partition_point(|t| t.span.end < end);
        (i < self.doc.tokens.len() && self.doc.tokens[i].span.end == end).then_some(i)
    }
}

#[cfg(test)]
mod tests {
    use super::case_fits;

    #[test]
    fn case_policy() {
        assert!(case_fits("US", "US"));
        assert!(!case_fits("us", "US"));
        assert!(!case_fits("Us", "US"));
        assert!(!case_fits("who", "WHO"));
        assert!(case_fits("BELARUS", "Belarus"));
        assert!(!case_fits("police", "Police"));
        assert!(case_fits("Bank Of England", "Bank of England"));
        assert!(case_fits("U.S.", "U.S."));
        assert!(!case_fits("u.s.", "U.S."));
    }
}
