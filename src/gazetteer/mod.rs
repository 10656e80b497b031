//! The gazetteer stage: names from the lists under `gazetteers/`, found by one
//! automaton over the folded text.

mod entry;
mod load;
mod matcher;

pub(crate) use entry::Entry;
pub(crate) use load::{Data, Sources, UserList};

use crate::candidate::Candidate;
use crate::error::Error;
use crate::kinds::EntityKind;
use crate::lexicon::Lexicons;
use crate::text::{Document, Folded, TextRules};
use matcher::{Context, Matcher};

/// The loaded lists and their compiled matcher.
#[derive(Debug)]
pub(crate) struct Gazetteer {
    pub data: Data,
    matcher: Matcher,
}

/// Organization subtypes that belong to one country's public life.
const NATIONAL_BODIES: &[&str] = &[
    "party",
    "legislature",
    "government_body",
    "agency",
    "court",
    "police",
    "intelligence",
    "armed_forces",
    "central_bank",
];

impl Gazetteer {
    pub(crate) fn build(sources: &Sources) -> Result<Gazetteer, Error> {
        let data = load::load(sources)?;
        let matcher = Matcher::build(&data);
        Ok(Gazetteer { data, matcher })
    }

    /// The user lists alone, compiled: for the gazetteer fuzz target.
    pub(crate) fn build_user_lists_only(sources: &Sources) -> Result<Gazetteer, Error> {
        let data = load::load_user_lists(sources)?;
        let matcher = Matcher::build(&data);
        Ok(Gazetteer { data, matcher })
    }

    /// Candidate mentions of listed names in `doc`.
    pub(crate) fn candidates(
        &self,
        doc: &Document<'_>,
        folded: &Folded,
        rules: &TextRules,
        lex: &Lexicons,
    ) -> Vec<Candidate> {
        self.candidates_explained(doc, folded, rules, lex, None)
    }

    /// [`candidates`](Gazetteer::candidates), and the ambiguous names dropped
    /// for lack of support in `dropped` when given (explain mode).
    pub(crate) fn candidates_explained(
        &self,
        doc: &Document<'_>,
        folded: &Folded,
        rules: &TextRules,
        lex: &Lexicons,
        dropped: Option<&mut Vec<Candidate>>,
    ) -> Vec<Candidate> {
        let raw = self.matcher.raw_matches(doc, folded);
        let ctx = Context::new(doc, rules, lex);
        let mut candidates = matcher::candidates(&self.matcher, &self.data, &raw, &ctx, dropped);
        self.prefer_document_countries(&mut candidates);
        candidates
    }

    /// Where one name fits several entries ("Labour Party", "Coast Guard",
    /// "Georgia"), prefer the entry of a country the document talks about:
    /// a country counts when it is named twice, or once and nothing else is.
    /// An ambiguous name of a national body (a party, a legislature, a police
    /// force: not a company, whose country is only its seat) of a country the document does not
    /// name at all, while it names some country three times, is dropped ("Congress" in an article about India).
    fn prefer_document_countries(&self, candidates: &mut Vec<Candidate>) {
        const BONUS: i32 = 15;
        let mut counts: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
        for c in candidates.iter() {
            let e = self.entry(c.entry.expect("gazetteer candidates name entries"));
            if e.kind == EntityKind::Place && !e.country.is_empty() {
                *counts.entry(e.country.as_str()).or_default() += 1;
            }
        }
        let single = counts.len() == 1;
        let talks_about_countries = counts.values().any(|&n| n >= 3);
        candidates.retain_mut(|c| {
            let e = self.entry(c.entry.expect("gazetteer candidates name entries"));
            let count = counts.get(e.country.as_str()).copied().unwrap_or(0);
            if count >= 2 || (single && count == 1) {
                c.score += BONUS;
            }
            let foreign = talks_about_countries && count == 0 && !e.country.is_empty();
            !(c.weak && foreign && e.kind == EntityKind::Organization && NATIONAL_BODIES.contains(&e.subtype.as_str()))
        });
    }

    /// The entry of the country with ISO code `iso2`.
    pub(crate) fn country(&self, iso2: &str) -> Option<u32> {
        self.data.by_id.get(&format!("iso:{iso2}")).copied()
    }

    /// The entry a candidate names.
    pub(crate) fn entry(&self, i: u32) -> &Entry {
        &self.data.entries[i as usize]
    }
}
