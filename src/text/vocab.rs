//! Token ids: every lower-cased word any lexicon list mentions gets an id,
//! and each id a set of feature bits (first name, surname, month, function
//! word class, …). The text stage gives every token of a document its id in
//! one pass, with one lower-casing (borrowed when the word already is lower
//! case) and one hash lookup; later stages test bits instead of looking
//! lower-cased strings up in sets of their own.
//!
//! A bit says "some entry of the list lower-cases to this word". For a list
//! looked up by lower-case form that is exact ([`Feature::is_exact`]); for a
//! list looked up as written ("John", "Monday") it is a gate: a word without
//! the bit is not in the list, and one with it is checked as written.

use rustc_hash::FxHashMap as HashMap;

/// A feature of a word: one bit of [`Vocab::features`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum Feature {
    /// A function word that often opens a sentence ("The", "He", "But"): the
    /// classes of `TextRules::is_sentence_starter`. Exact.
    Starter,
    /// Any row of `lexicon/function_words.tsv`. Exact.
    Function,
    /// Classes of `lexicon/function_words.tsv`. Exact.
    Adverb,
    Auxiliary,
    Modal,
    Negation,
    Copula,
    Article,
    Possessive,
    Additive,
    Preposition,
    Determiner,
    Pronoun,
    /// A month or weekday of `figures/calendar.tsv` (a gate: listed capitalized).
    Calendar,
    /// A first name of `people/first_names.tsv` (a gate).
    FirstName,
    /// A head word of `lexicon/name_heads.tsv` (a gate).
    Head,
    /// The first or last token of a title of `people/titles.tsv` (gates, for
    /// ASCII words: titles are keyed by their folded tokens).
    TitleFirst,
    TitleLast,
    /// A reporting verb that cues names (`lexicon/speech_verbs.tsv`, a gate).
    SpeechVerb,
    /// The first token of an entry of the figures' lists (a gate, for words
    /// without a typographic apostrophe).
    FigureStart,
    /// A word that opens figure phrases but is none alone ("a", "in", "over"; a gate).
    FigureLead,
    /// A cue word of any kind of `lexicon/cues.tsv`, bundled or the user's (a gate).
    Cue,
}

impl Feature {
    fn bit(self) -> u64 {
        1 << self as u8
    }
}

/// The unknown word: no entry of any list lower-cases to it.
pub(crate) const UNKNOWN: u32 = 0;

/// The vocabulary of the lexicon: lower-cased words, their ids and features.
#[derive(Clone, Debug)]
pub(crate) struct Vocab {
    ids: HashMap<Box<str>, u32>,
    /// Features by id; id 0 is [`UNKNOWN`], with none.
    features: Vec<u64>,
}

impl Default for Vocab {
    fn default() -> Vocab {
        Vocab { ids: HashMap::default(), features: vec![0] }
    }
}

impl Vocab {
    /// A vocabulary with no words.
    #[cfg(test)]
    pub(crate) const EMPTY: Vocab =
        Vocab { ids: HashMap::with_hasher(rustc_hash::FxBuildHasher), features: Vec::new() };

    /// Give `word` (as listed; lower-cased here) the feature `f`.
    pub(crate) fn add(&mut self, word: &str, f: Feature) {
        let mut buf = String::new();
        let key = lower_into(word, &mut buf);
        let id = match self.ids.get(key) {
            Some(&id) => id,
            None => {
                let id = self.features.len() as u32;
                self.ids.insert(key.into(), id);
                self.features.push(0);
                id
            }
        };
        self.features[id as usize] |= f.bit();
    }

    /// Give `word` the feature `f` only if it is already lower case: for
    /// lists looked up by lower-case form, where a listed "I" never matches.
    pub(crate) fn add_lower(&mut self, word: &str, f: Feature) {
        if word.to_lowercase() == word {
            self.add(word, f);
        }
    }

    /// The id of `word` as it stands in a text: one lower-casing (into
    /// `buf` when the word is not lower case already) and one lookup.
    pub(crate) fn id_in(&self, word: &str, buf: &mut String) -> u32 {
        self.ids.get(lower_into(word, buf)).copied().unwrap_or(UNKNOWN)
    }

    /// The id of `word`.
    pub(crate) fn id(&self, word: &str) -> u32 {
        self.id_in(word, &mut String::new())
    }

    /// Whether the word with id `id` has feature `f`.
    pub(crate) fn has(&self, id: u32, f: Feature) -> bool {
        self.features.get(id as usize).is_some_and(|b| b & f.bit() != 0)
    }

    /// Whether `word` has feature `f`.
    #[cfg(test)]
    pub(crate) fn word_has(&self, word: &str, f: Feature) -> bool {
        self.has(self.id(word), f)
    }

    /// How many words the vocabulary holds.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.features.len() - 1
    }
}

/// `word` in lower case (as [`lower`] has it), borrowed when it already is,
/// else written into `buf`.
fn lower_into<'w>(word: &'w str, buf: &'w mut String) -> &'w str {
    if word.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        return word;
    }
    buf.clear();
    if word.is_ascii() {
        buf.push_str(word);
        buf.make_ascii_lowercase();
    } else {
        buf.push_str(&word.to_lowercase());
    }
    buf
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_case_blind_and_features_add_up() {
        let mut v = Vocab::default();
        v.add("Monday", Feature::Calendar);
        v.add("the", Feature::Starter);
        v.add("the", Feature::Article);
        v.add_lower("I", Feature::Pronoun);
        assert_eq!(v.len(), 2);
        assert_eq!(v.id("MONDAY"), v.id("monday"));
        assert!(v.word_has("Monday", Feature::Calendar));
        assert!(v.word_has("THE", Feature::Starter) && v.word_has("The", Feature::Article));
        assert!(!v.word_has("the", Feature::Calendar));
        assert!(!v.word_has("I", Feature::Pronoun), "a listed capital is no lower-case entry");
        assert_eq!(v.id("Ärger"), UNKNOWN);
        v.add("ÄRGER", Feature::Head);
        assert!(v.word_has("ärger", Feature::Head));
        for w in ["Ärger", "ΟΔΟΣ", "İstanbul", "MIXed", "plain", ""] {
            assert_eq!(lower_into(w, &mut String::new()), super::super::lower(w), "{w:?}");
        }
        assert!(!v.has(UNKNOWN, Feature::Starter));
    }
}
