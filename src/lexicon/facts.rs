//! The word lists the fact patterns read: count nouns
//! (`lexicon/count_nouns.tsv`), event words (`lexicon/events.tsv`), verbs that
//! state rather than tell an event (`lexicon/stative_verbs.tsv`) and the word
//! classes of English words (`lexicon/word_classes.tsv`, from WordNet 3.0),
//! with inflection by rule: plural nouns and verb forms are not listed.

use crate::tsv::{self, Table};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

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
    /// `idiom`: a verb that is this event only with its complement, the rest
    /// of the lemma ("lost their lives": "lose life"); read by [`FactLexicons::idiom`].
    pub idiom: bool,
    /// A past participle, usable in passives ("were arrested").
    pub participle: bool,
    /// A noun naming the counted people by what happened to them ("deceased").
    pub victim: bool,
    /// Its line in [`EVENTS_FILE`]; 0 for a row of a user file.
    pub line: u32,
}

/// The event word list, as explain mode names it.
pub(crate) const EVENTS_FILE: &str = "gazetteers/lexicon/events.tsv";

/// An action word: its action type and the object it needs, if any.
pub(crate) struct Action {
    pub action: &'static str,
    pub object: &'static str,
    /// Its line in [`ACTIONS_FILE`].
    pub line: u32,
}

/// The action list, as explain mode names it.
pub(crate) const ACTIONS_FILE: &str = "gazetteers/lexicon/actions.tsv";

/// The word lists of the fact patterns.
pub(crate) struct FactLexicons {
    /// Action words of the event patterns (`lexicon/actions.tsv`).
    pub actions: HashMap<&'static str, Action>,
    /// Kin word → relation ("sister" → "sister_of"), `lexicon/kinship.tsv`.
    pub kin: HashMap<&'static str, &'static str>,
    /// Result words of sports reports (`figures/scores.tsv`).
    pub results: Results,
    pub count_nouns: HashMap<String, CountNoun>,
    pub events: HashMap<String, Vec<EventWord>>,
    /// Verbs whose object or subject count is no event ("has", "include").
    pub stative: HashSet<&'static str>,
    /// Word → its classes (bits [`NOUN`], [`VERB`], [`ADJ`], [`ADV`]), its most
    /// frequent class, and the lemmas it is an irregular form of ("v:strike").
    pub classes: HashMap<&'static str, (u8, u8, &'static str)>,
}

pub(crate) const NOUN: u8 = 1;
pub(crate) const VERB: u8 = 2;
pub(crate) const ADJ: u8 = 4;
pub(crate) const ADV: u8 = 8;

fn class_bit(c: char) -> u8 {
    match c.to_ascii_lowercase() {
        'n' => NOUN,
        'v' => VERB,
        'a' => ADJ,
        'r' => ADV,
        _ => 0,
    }
}

/// The rows of a `count_nouns.tsv` (bundled or the user's).
fn add_count_nouns(count_nouns: &mut HashMap<String, CountNoun>, t: &Table<'_>) {
    let (n, l) = (t.column("noun"), t.column("lemma"));
    for r in &t.rows {
        count_nouns.insert(r.get(n).to_string(), CountNoun { lemma: r.get(l).to_string() });
    }
}

/// The rows of an `events.tsv`; only the bundled file's lines are sources
/// explain mode can cite.
fn add_events(events: &mut HashMap<String, Vec<EventWord>>, t: &Table<'_>, bundled: bool) {
    let (f, l, e, p, v) = (t.column("form"), t.column("lemma"), t.column("event"), t.column("pos"), t.column("voice"));
    for r in &t.rows {
        let word = EventWord {
            lemma: r.get(l).to_string(),
            event: r.get(e).to_string(),
            noun: r.get(p) == "noun",
            idiom: r.get(p) == "idiom",
            participle: r.get(v) == "participle",
            victim: r.get(v) == "victim",
            line: if bundled { r.line as u32 } else { 0 },
        };
        events.entry(r.get(f).to_string()).or_default().push(word);
    }
}

impl FactLexicons {
    /// Add the rows of a user `count_nouns.tsv`.
    pub(crate) fn add_count_nouns(&mut self, t: &Table<'_>) {
        add_count_nouns(&mut self.count_nouns, t);
    }

    /// Add the rows of a user `events.tsv`.
    pub(crate) fn add_events(&mut self, t: &Table<'_>) {
        add_events(&mut self.events, t, false);
    }

    pub(crate) fn bundled() -> FactLexicons {
        let t = tsv::bundled(
            "gazetteers/lexicon/count_nouns.tsv",
            include_str!("../../gazetteers/lexicon/count_nouns.tsv"),
            &["noun", "lemma"],
        );
        let mut count_nouns = HashMap::default();
        add_count_nouns(&mut count_nouns, &t);

        let t = tsv::bundled(
            EVENTS_FILE,
            include_str!("../../gazetteers/lexicon/events.tsv"),
            &["form", "lemma", "event", "pos", "voice"],
        );
        let mut events = HashMap::default();
        add_events(&mut events, &t, true);
        let t = tsv::bundled(
            "gazetteers/lexicon/stative_verbs.tsv",
            include_str!("../../gazetteers/lexicon/stative_verbs.tsv"),
            &["lemma"],
        );
        let l = t.column("lemma");
        let stative = t.rows.iter().map(|r| r.get(l)).collect();

        let t = tsv::bundled(
            "gazetteers/lexicon/word_classes.tsv",
            include_str!("../../gazetteers/lexicon/word_classes.tsv"),
            &["word", "classes", "base"],
        );
        let (w, c, b) = (t.column("word"), t.column("classes"), t.column("base"));
        let classes = t
            .rows
            .iter()
            .map(|r| {
                let cls = r.get(c);
                let bits = cls.chars().map(class_bit).fold(0, |a, x| a | x);
                let top = cls.chars().find(char::is_ascii_uppercase).map_or(0, class_bit);
                (r.get(w), (bits, top, r.get(b)))
            })
            .collect();
        let t = tsv::bundled(ACTIONS_FILE, include_str!("../../gazetteers/lexicon/actions.tsv"), &["form", "action"]);
        let (f, a, o) = (t.column("form"), t.column("action"), t.column("object"));
        let actions = t
            .rows
            .iter()
            .map(|r| (r.get(f), Action { action: r.get(a), object: r.get(o), line: r.line as u32 }))
            .collect();
        let t = tsv::bundled(
            "gazetteers/lexicon/kinship.tsv",
            include_str!("../../gazetteers/lexicon/kinship.tsv"),
            &["word", "relation"],
        );
        let (w, r) = (t.column("word"), t.column("relation"));
        let kin = t.rows.iter().map(|row| (row.get(w), row.get(r))).collect();
        FactLexicons { count_nouns, events, stative, classes, actions, kin, results: Results::bundled() }
    }
}

impl FactLexicons {
    /// The verb reading of `word`, if it is an event verb; participles first.
    pub(crate) fn verb(&self, word: &str) -> Option<&EventWord> {
        let forms = self.events.get(&*crate::text::lower(word))?;
        forms.iter().filter(|w| !w.noun && !w.idiom).max_by_key(|w| w.participle)
    }

    /// The idiom reading of the verb `word` when `next` (the words after it)
    /// hold its complement, past one possessive or article ("lost their
    /// lives" → die), with how many of `next` it takes.
    pub(crate) fn idiom(&self, words: &super::words::Words, word: &str, next: &[&str]) -> Option<(&EventWord, usize)> {
        let forms = self.events.get(&*crate::text::lower(word))?;
        forms.iter().filter(|w| w.idiom).find_map(|w| {
            let rest: Vec<&str> = w.lemma.split(' ').skip(1).collect();
            let skip = usize::from(next.first().is_some_and(|n| words.is_possessive_or_article(n)));
            let fits = rest.len() + skip <= next.len()
                && rest.iter().zip(&next[skip..]).all(|(r, n)| {
                    let n = crate::text::lower(n);
                    *n == **r || self.plural_noun(&n).as_deref() == Some(*r)
                });
            (fits && !rest.is_empty()).then_some((w, skip + rest.len()))
        })
    }

    /// The participle reading of `word`, for passives and reduced clauses.
    pub(crate) fn participle(&self, word: &str) -> Option<&EventWord> {
        self.events.get(&*crate::text::lower(word))?.iter().find(|w| !w.noun && !w.idiom && w.participle)
    }

    /// The noun reading of `word` ("release", "deaths").
    pub(crate) fn noun(&self, word: &str) -> Option<&EventWord> {
        self.events.get(&*crate::text::lower(word))?.iter().find(|w| w.noun)
    }
}

impl FactLexicons {
    /// The classes of a lower-case word as a lemma (0 if unknown).
    pub(crate) fn classes_of(&self, word: &str) -> u8 {
        self.classes.get(word).map_or(0, |c| c.0)
    }

    /// Whether the word's most frequent class is `class`.
    pub(crate) fn mostly(&self, word: &str, class: u8) -> bool {
        self.classes.get(word).is_some_and(|c| c.1 == class)
    }

    /// The lemmas `word` is an irregular form of, in `class` ("struck" → "strike").
    fn irregular<'s>(&'s self, word: &str, class: char) -> impl Iterator<Item = &'static str> + 's {
        let bases = self.classes.get(word).map_or("", |c| c.2);
        bases.split('|').filter_map(move |b| b.strip_prefix(class).and_then(|b| b.strip_prefix(':')))
    }

    /// The lemma `word` is an irregular verb form of ("left" → "leave").
    pub(crate) fn irregular_verb(&self, word: &str) -> Option<&'static str> {
        self.irregular(word, 'v').next()
    }

    /// The singular of a plural noun, by the irregular list and the rules of
    /// English plurals ("civilians", "centres", "lives", "boxes", "men").
    pub(crate) fn plural_noun(&self, word: &str) -> Option<String> {
        let w = crate::text::lower(word);
        if let Some(b) = self.irregular(&w, 'n').next() {
            return Some(b.to_string());
        }
        let noun = |s: &str| self.classes_of(s) & NOUN != 0 || self.count_nouns.contains_key(s);
        let stem = |suffix: &str, add: &str| w.strip_suffix(suffix).map(|s| format!("{s}{add}"));
        let tries = [
            stem("ies", "y"),
            stem("ves", "f"),
            stem("ves", "fe"),
            ["ches", "shes", "sses", "xes", "zes", "oes"]
                .iter()
                .find_map(|x| w.strip_suffix(x).map(|s| format!("{s}{}", &x[..x.len() - 2]))),
            w.strip_suffix('s').filter(|s| !s.ends_with('s') && !s.ends_with('\'')).map(str::to_string),
        ];
        tries.into_iter().flatten().find(|s| s.len() > 1 && noun(s))
    }

    /// The lemma of a verb form by the irregular list and the rules of English
    /// inflection ("struck" → "strike", "closed" → "close", "stopped" → "stop").
    pub(crate) fn verb_lemma(&self, word: &str) -> Option<String> {
        let w = word.to_lowercase();
        if let Some(b) = self.irregular(&w, 'v').next() {
            return Some(b.to_string());
        }
        let verb = |s: &str| self.classes_of(s) & VERB != 0;
        if verb(&w) {
            return Some(w);
        }
        let mut tries = Vec::new();
        for (suffix, add) in
            [("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("es", ""), ("s", "")]
        {
            if let Some(s) = w.strip_suffix(suffix) {
                tries.push(format!("{s}{add}"));
                let b = s.as_bytes();
                if (suffix == "ed" || suffix == "ing")
                    && b.len() > 2
                    && b[b.len() - 1].is_ascii()
                    && b[b.len() - 1] == b[b.len() - 2]
                {
                    tries.push(s[..s.len() - 1].to_string());
                }
            }
        }
        tries.into_iter().find(|s| s.len() > 1 && verb(s))
    }

    /// Whether a verb (its lemma, and the word after it) states rather than
    /// tells an event: "has", "include", "took place".
    pub(crate) fn is_stative(&self, lemma: &str, next: &str) -> bool {
        self.stative.contains(lemma) || self.stative.contains(format!("{lemma} {next}").as_str())
    }

    /// Whether `word` is a past tense or participle of a verb ("closed", "struck").
    pub(crate) fn past_verb(&self, word: &str) -> bool {
        let w = crate::text::lower(word);
        (w.ends_with("ed") || self.irregular(&w, 'v').next().is_some()) && self.verb_lemma(&w).is_some()
    }
}

pub(crate) const SCORES_FILE: &str = "gazetteers/figures/scores.tsv";

/// A result word's reading.
pub(crate) struct Rule {
    /// Whether the side before the word is the winner.
    pub winner_first: bool,
    /// The prepositions before the other side; empty: a direct object.
    pub preps: Vec<&'static str>,
    /// Whether the sentence must also hold a score or a game noun.
    pub context: bool,
    /// Whether the word is a noun ("victory"): then no passive reading.
    pub noun: bool,
    pub line: u32,
}

/// Result words of sports reports and how they read.
pub(crate) struct Results {
    pub rules: HashMap<&'static str, Vec<Rule>>,
    /// Result words that are no defeat words: "match", "final", "game".
    pub game_nouns: Vec<&'static str>,
}

impl Results {
    fn bundled() -> Results {
        let t = tsv::bundled(
            SCORES_FILE,
            include_str!("../../gazetteers/figures/scores.tsv"),
            &["word", "kind", "defeat", "prep", "context"],
        );
        let (w, k, d, p, c) =
            (t.column("word"), t.column("kind"), t.column("defeat"), t.column("prep"), t.column("context"));
        let mut rules: HashMap<&'static str, Vec<Rule>> = HashMap::default();
        let mut game_nouns = Vec::new();
        for r in &t.rows {
            match r.get(d) {
                "" if r.get(k) == "noun" => game_nouns.push(r.get(w)),
                "" => {}
                role => rules.entry(r.get(w)).or_default().push(Rule {
                    winner_first: role == "winner",
                    preps: r.get(p).split('|').filter(|s| !s.is_empty()).collect(),
                    context: r.get(c) == "yes",
                    noun: r.get(k) == "noun",
                    line: r.line as u32,
                }),
            }
        }
        // Rules that need a preposition are tried first ("defeat to" before "defeat").
        for list in rules.values_mut() {
            list.sort_by_key(|r| r.preps.is_empty());
        }
        Results { rules, game_nouns }
    }
}

impl std::fmt::Debug for FactLexicons {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FactLexicons").finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::FactLexicons;

    #[test]
    fn verb_lemmas() {
        let lex = FactLexicons::bundled();
        for (word, lemma) in [("struck", Some("strike")), ("closed", Some("close")), ("stopped", Some("stop"))] {
            assert_eq!(lex.verb_lemma(word).as_deref(), lemma, "{word}");
        }
        // The doubled-consonant rule looks at bytes: the last two bytes of
        // "\u{0FBE}" are equal continuation bytes, not a doubled letter.
        for word in ["\u{0FBE}ed", "\u{0FBE}ing"] {
            assert_eq!(lex.verb_lemma(word), None, "{word}");
        }
    }
}
