//! The word lists the fact patterns read: count nouns
//! (`lexicon/count_nouns.tsv`) and event words (`lexicon/events.tsv`).

use crate::tsv;
use once_cell::sync::Lazy;
use rustc_hash::FxHashMap as HashMap;

/// A noun that news counts ("prisoners").
#[derive(Clone, Debug)]
pub(crate) struct CountNoun {
    pub lemma: String,
}

/// A word that says what happened ("released", "arrest", "deaths").
#[derive(Clone, Debug)]
pub(crate) struct EventWord {
    /// Base form: "release", "hand over".
    pub lemma: String,
    /// Event type: "release", "arrest", "kill".
    pub event: String,
    /// `verb` or `noun`.
    pub noun: bool,
    /// A past participle, usable in passives ("were arrested").
    pub participle: bool,
    /// Its line in [`EVENTS_FILE`].
    pub line: u32,
}

/// The event word list, as explain mode names it.
pub(crate) const EVENTS_FILE: &str = "gazetteers/lexicon/events.tsv";

pub(crate) struct FactLexicons {
    pub count_nouns: HashMap<String, CountNoun>,
    pub events: HashMap<String, Vec<EventWord>>,
}

pub(crate) static LEXICONS: Lazy<FactLexicons> = Lazy::new(|| {
    let t = tsv::bundled(
        "gazetteers/lexicon/count_nouns.tsv",
        include_str!("../../gazetteers/lexicon/count_nouns.tsv"),
        &["noun", "lemma"],
    );
    let (n, l) = (t.column("noun"), t.column("lemma"));
    let count_nouns =
        t.rows.iter().map(|r| (r.get(n).to_string(), CountNoun { lemma: r.get(l).to_string() })).collect();

    let t = tsv::bundled(
        EVENTS_FILE,
        include_str!("../../gazetteers/lexicon/events.tsv"),
        &["form", "lemma", "event", "pos", "voice"],
    );
    let (f, l, e, p, v) = (t.column("form"), t.column("lemma"), t.column("event"), t.column("pos"), t.column("voice"));
    let mut events: HashMap<String, Vec<EventWord>> = HashMap::default();
    for r in &t.rows {
        let word = EventWord {
            lemma: r.get(l).to_string(),
            event: r.get(e).to_string(),
            noun: r.get(p) == "noun",
            participle: r.get(v) == "participle",
            line: r.line as u32,
        };
        events.entry(r.get(f).to_string()).or_default().push(word);
    }
    FactLexicons { count_nouns, events }
});

impl FactLexicons {
    /// The verb reading of `word`, if it is an event verb; participles first.
    pub(crate) fn verb(&self, word: &str) -> Option<&EventWord> {
        let forms = self.events.get(word.to_lowercase().as_str())?;
        forms.iter().filter(|w| !w.noun).max_by_key(|w| w.participle)
    }

    /// The participle reading of `word`, for passives and reduced clauses.
    pub(crate) fn participle(&self, word: &str) -> Option<&EventWord> {
        self.events.get(word.to_lowercase().as_str())?.iter().find(|w| !w.noun && w.participle)
    }

    /// The noun reading of `word` ("release", "deaths").
    pub(crate) fn noun(&self, word: &str) -> Option<&EventWord> {
        self.events.get(word.to_lowercase().as_str())?.iter().find(|w| w.noun)
    }
}
