//! The word lists the quote, role and relation patterns read: reporting verbs
//! (`lexicon/speech_verbs.tsv`, all rows: those that cue names and those that
//! only frame quotes, "called", "saying") and the classes of function words
//! (`lexicon/function_words.tsv`: preposition, determiner, pronoun, …).

use crate::tsv;
use once_cell::sync::Lazy;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

pub(crate) struct Words {
    speech: HashSet<String>,
    /// Verbs that report a clause ("said he was"), column `reported`.
    reported: HashSet<String>,
    classes: HashMap<String, String>,
    /// Month and weekday names (`figures/calendar.tsv`).
    calendar: HashSet<String>,
}

pub(crate) static WORDS: Lazy<Words> = Lazy::new(|| {
    let t = tsv::bundled(
        "gazetteers/lexicon/speech_verbs.tsv",
        include_str!("../../gazetteers/lexicon/speech_verbs.tsv"),
        &["verb"],
    );
    let (v, r) = (t.column("verb"), t.column("reported"));
    let speech = t.rows.iter().map(|r| r.get(v).to_string()).collect();
    let reported = t.rows.iter().filter(|row| row.get(r) == "yes").map(|row| row.get(v).to_string()).collect();
    let t = tsv::bundled(
        "gazetteers/lexicon/function_words.tsv",
        include_str!("../../gazetteers/lexicon/function_words.tsv"),
        &["word", "class"],
    );
    let (w, c) = (t.column("word"), t.column("class"));
    let classes = t.rows.iter().map(|r| (r.get(w).to_lowercase(), r.get(c).to_string())).collect();
    let t = tsv::bundled(
        "gazetteers/figures/calendar.tsv",
        include_str!("../../gazetteers/figures/calendar.tsv"),
        &["word"],
    );
    let w = t.column("word");
    let calendar = t.rows.iter().map(|r| r.get(w).to_string()).collect();
    Words { speech, reported, classes, calendar }
});

impl Words {
    /// A reporting verb of the quote lexicon ("said", "called", "adding").
    pub(crate) fn is_speech(&self, word: &str) -> bool {
        self.speech.contains(word)
            || (word.chars().next().is_some_and(char::is_uppercase)
                && self.speech.contains(word.to_lowercase().as_str()))
    }

    /// A verb that reports a clause without "that" ("said", "told").
    pub(crate) fn is_reported(&self, word: &str) -> bool {
        self.reported.contains(word)
    }

    /// An adverb of the function word list ("also", "later", "then").
    pub(crate) fn is_adverb(&self, word: &str) -> bool {
        self.class(word) == Some("adverb")
    }

    /// An auxiliary or copula ("was", "has", "will").
    pub(crate) fn is_auxiliary(&self, word: &str) -> bool {
        self.class(word) == Some("verb")
    }

    /// A month or weekday name ("Monday").
    pub(crate) fn is_calendar(&self, word: &str) -> bool {
        self.calendar.contains(word)
    }

    fn class(&self, word: &str) -> Option<&str> {
        self.classes.get(word.to_lowercase().as_str()).map(String::as_str)
    }

    pub(crate) fn is_preposition(&self, word: &str) -> bool {
        self.class(word) == Some("preposition")
    }

    pub(crate) fn is_determiner(&self, word: &str) -> bool {
        self.class(word) == Some("determiner")
    }
}
