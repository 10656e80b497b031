//! The gazetteer stage: names from the lists under `gazetteers/`, found by one
//! automaton over the folded text.

mod entry;
mod load;
mod matcher;

pub(crate) use entry::Entry;
pub(crate) use load::{Data, Sources};

use crate::candidate::Candidate;
use crate::error::Error;
use crate::text::{Document, Folded, TextRules};
use crate::tsv;
use matcher::{Context, Matcher};
use once_cell::sync::Lazy;
use std::collections::HashSet;

/// The loaded lists and their compiled matcher.
#[derive(Debug)]
pub(crate) struct Gazetteer {
    pub data: Data,
    matcher: Matcher,
}

/// Words before a name that mark it as a place ("in", "from").
static PLACE_CUES: Lazy<HashSet<&'static str>> = Lazy::new(|| {
    let table = tsv::bundled(
        "gazetteers/lexicon/cues.tsv",
        include_str!("../../gazetteers/lexicon/cues.tsv"),
        &["word", "cue"],
    );
    let (w, c) = (table.column("word"), table.column("cue"));
    table.rows.iter().filter(|r| r.get(c) == "place_before").map(|r| r.get(w)).collect()
});

impl Gazetteer {
    pub(crate) fn build(sources: &Sources) -> Result<Gazetteer, Error> {
        let data = load::load(sources)?;
        let matcher = Matcher::build(&data);
        Ok(Gazetteer { data, matcher })
    }

    /// Candidate mentions of listed names in `doc`.
    pub(crate) fn candidates(&self, doc: &Document<'_>, folded: &Folded, rules: &TextRules) -> Vec<Candidate> {
        let raw = self.matcher.raw_matches(doc, folded);
        let ctx = Context::new(doc, rules);
        matcher::candidates(&self.matcher, &self.data, &raw, &ctx, |w| PLACE_CUES.contains(w))
    }

    /// The entry a candidate names.
    pub(crate) fn entry(&self, i: u32) -> &Entry {
        &self.data.entries[i as usize]
    }
}
