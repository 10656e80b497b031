//! The word lists the quote, role and relation patterns read: reporting verbs
//! (`lexicon/speech_verbs.tsv`, all rows: those that cue names and those that
//! only frame quotes, "called", "saying") and the classes of function words
//! (`lexicon/function_words.tsv`: preposition, determiner, pronoun, auxiliary
//! `verb`, `modal:…`, `negation`, `article`, `possessive`, `additive`,
//! `object_pronoun`, `copula`, and the hedges before a number, `hedge:…`, a
//! word taking as many classes as it has rows), and the cue words of the
//! count and event patterns (`lexicon/cues.tsv`: `collective`, `tally`, …).

use crate::tsv::{self, Table};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

pub(crate) struct Words {
    speech: HashSet<String>,
    /// Verbs that report a clause ("said he was"), column `reported`.
    reported: HashSet<String>,
    classes: HashMap<String, Vec<&'static str>>,
    /// Hedges before a number, as words, with their modifier; longest first.
    hedges: Vec<(Vec<&'static str>, &'static str)>,
    /// Month and weekday names (`figures/calendar.tsv`).
    calendar: HashSet<String>,
}

/// The rows of a `speech_verbs.tsv` (bundled or the user's).
fn add_speech_verbs(speech: &mut HashSet<String>, reported: &mut HashSet<String>, t: &Table<'_>) {
    let (v, r) = (t.column("verb"), t.column("reported"));
    for row in &t.rows {
        speech.insert(row.get(v).to_string());
        if row.get(r) == "yes" {
            reported.insert(row.get(v).to_string());
        }
    }
}

impl Words {
    /// Add the rows of a user `speech_verbs.tsv`.
    pub(crate) fn add_speech_verbs(&mut self, t: &Table<'_>) {
        add_speech_verbs(&mut self.speech, &mut self.reported, t);
    }

    pub(crate) fn bundled() -> Words {
        let t = tsv::bundled(
            "gazetteers/lexicon/speech_verbs.tsv",
            include_str!("../../gazetteers/lexicon/speech_verbs.tsv"),
            &["verb"],
        );
        let (mut speech, mut reported) = (HashSet::default(), HashSet::default());
        add_speech_verbs(&mut speech, &mut reported, &t);
        let mut classes: HashMap<String, Vec<&'static str>> = HashMap::default();
        let mut hedges = Vec::new();
        for &(word, class) in crate::text::TextRules::bundled().function_words() {
            if let Some(modifier) = class.strip_prefix("hedge:") {
                hedges.push((word.split(' ').collect::<Vec<_>>(), modifier));
            }
            classes.entry(word.to_lowercase()).or_default().push(class);
        }
        hedges.sort_by_key(|(words, _)| std::cmp::Reverse(words.len()));
        let t = tsv::bundled(
            "gazetteers/figures/calendar.tsv",
            include_str!("../../gazetteers/figures/calendar.tsv"),
            &["word"],
        );
        let w = t.column("word");
        let calendar = t.rows.iter().map(|r| r.get(w).to_string()).collect();
        Words { speech, reported, classes, hedges, calendar }
    }
}

impl Words {
    /// A reporting verb of the quote lexicon ("said", "called", "adding").
    pub(crate) fn is_speech(&self, word: &str) -> bool {
        self.speech.contains(word)
            || (word.chars().next().is_some_and(char::is_uppercase) && self.speech.contains(&*crate::text::lower(word)))
    }

    /// A verb that reports a clause without "that" ("said", "told").
    pub(crate) fn is_reported(&self, word: &str) -> bool {
        self.reported.contains(word)
    }

    /// An adverb of the function word list ("also", "later", "then").
    pub(crate) fn is_adverb(&self, word: &str) -> bool {
        self.has(word, "adverb")
    }

    /// An auxiliary, copula or modal ("was", "has", "will", "could").
    pub(crate) fn is_auxiliary(&self, word: &str) -> bool {
        self.classes_of(word).any(|c| c == "verb" || c == "modal" || c.starts_with("modal:"))
    }

    /// What a modal makes of an event: "possible" ("could"), "planned" ("will").
    pub(crate) fn modality(&self, word: &str) -> Option<&'static str> {
        self.classes_of(word).find_map(|c| c.strip_prefix("modal:"))
    }

    /// "not", "n't", "never".
    pub(crate) fn is_negation(&self, word: &str) -> bool {
        self.has(word, "negation")
    }

    /// "the", "a", "an" or a possessive determiner ("their").
    pub(crate) fn is_possessive_or_article(&self, word: &str) -> bool {
        self.has(word, "article") || self.has(word, "possessive")
    }

    /// "more", "other", "additional", "further", "another".
    pub(crate) fn is_additive(&self, word: &str) -> bool {
        self.has(word, "additive")
    }

    /// Whether `word` has the class `class` (a row of `function_words.tsv`).
    pub(crate) fn has(&self, word: &str, class: &str) -> bool {
        self.classes_of(word).any(|c| c == class)
    }

    /// The hedges before a number ("at least", "some of the") with the
    /// modifier each gives, longest first.
    pub(crate) fn hedges(&self) -> &[(Vec<&'static str>, &'static str)] {
        &self.hedges
    }

    fn classes_of(&self, word: &str) -> impl Iterator<Item = &'static str> + '_ {
        self.classes.get(&*crate::text::lower(word)).into_iter().flatten().copied()
    }

    /// A month or weekday name ("Monday").
    pub(crate) fn is_calendar(&self, word: &str) -> bool {
        self.calendar.contains(word)
    }

    pub(crate) fn is_preposition(&self, word: &str) -> bool {
        self.has(word, "preposition")
    }

    pub(crate) fn is_determiner(&self, word: &str) -> bool {
        self.has(word, "determiner")
    }

    pub(crate) fn is_pronoun(&self, word: &str) -> bool {
        self.has(word, "pronoun")
    }
}

impl std::fmt::Debug for Words {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Words").finish_non_exhaustive()
    }
}
