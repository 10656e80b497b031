//! The word lists every stage reads, on the ground floor: names, titles,
//! head words, particles, speech verbs and cue words, each file parsed once.
//! Stages look words up here; none reaches into another stage for a list.

use crate::error::{Error, ErrorKind};
use crate::kinds::EntityKind;
use crate::text::{fold_into, Document, Feature, TextRules, Vocab};
use crate::tsv::{self, Table};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::path::{Path, PathBuf};

pub(crate) mod facts;
pub(crate) mod figures;
pub(crate) mod words;

/// A first name from `people/first_names.tsv`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct FirstName {
    /// Also a common word or otherwise doubtful ("Will", "May", "John").
    pub(crate) ambiguous: bool,
    /// How common the name is, 0–100.
    pub(crate) prior: u8,
    /// 'F', 'M' or 'U' (both or unknown).
    pub(crate) gender: char,
}

/// A title from `people/titles.tsv`.
#[derive(Clone, Debug)]
pub(crate) struct Title {
    /// Normalized head: "president", "envoy".
    pub head: String,
    /// Often starts a name that is not a person ("General Motors").
    pub ambiguous: bool,
    /// A form of address ("Mr.", "Dr."), not a role.
    pub honorific: bool,
}

/// The word lists the rules read, built once.
#[derive(Debug)]
pub(crate) struct Lexicons {
    pub(crate) first_names: HashMap<String, FirstName>,
    pub(crate) surnames: HashSet<String>,
    /// Legal forms as written, by their tokens joined with single spaces:
    /// "Inc", "Co . Ltd", "S.A." (`lexicon/legal_forms.tsv`).
    pub(crate) legal_forms: HashSet<String>,
    pub(crate) max_legal_tokens: usize,
    /// Kinship nouns ("son", "wife"): "Ahmed, the son of …".
    pub(crate) kinship: HashSet<String>,
    /// Titles by their folded tokens joined with single spaces.
    pub(crate) titles: HashMap<String, Title>,
    /// The folded first and last tokens of every title: most tokens are
    /// neither, and then no title needs to be looked up at them.
    pub(crate) title_firsts: HashSet<String>,
    pub(crate) title_lasts: HashSet<String>,
    pub(crate) max_title_tokens: usize,
    pub(crate) heads: HashMap<String, EntityKind>,
    /// Head words that stand before the name they head ("Hurricane Milton",
    /// "FC Basel"), with the subtype they give.
    pub(crate) heads_before: HashMap<String, (EntityKind, Option<String>)>,
    pub(crate) particles: HashSet<String>,
    /// Demonyms as written ("German", "Nazi" is not one): `places/demonyms.tsv`.
    pub(crate) demonyms: HashSet<String>,
    pub(crate) speech_verbs: HashSet<String>,
    /// Cue words by their kind (`lexicon/cues.tsv`), as (kind, word).
    cues: HashSet<(&'static str, &'static str)>,
    /// Cue words of user files, as (kind, word).
    user_cues: HashSet<(String, String)>,
    pub(crate) calendar: HashSet<String>,
    /// The fact patterns' lists: event and count words, word classes,
    /// actions, kin words, result words.
    pub(crate) facts: facts::FactLexicons,
    /// Function-word classes, reporting verbs and calendar words as the
    /// fact patterns read them.
    pub(crate) words: words::Words,
    /// The figures' word lists: number words, scales, months, currencies, units.
    pub(crate) figures: figures::Lex,
    /// Every word of the lists above that the stages test by token, with
    /// its features: the text stage gives each token its id here.
    pub(crate) vocab: Vocab,
}

macro_rules! bundled {
    ($name:literal, $($col:literal),+) => {
        tsv::bundled(concat!("gazetteers/", $name, ".tsv"), include_str!(concat!("../../gazetteers/", $name, ".tsv")), &[$($col),+])
    };
}

/// A user file of rows for one of the bundled lexicon lists; its file name
/// says which ([`EXTENSIBLE`]).
#[derive(Clone, Debug)]
pub(crate) enum UserRows {
    File(PathBuf),
    Text { name: PathBuf, text: String },
}

/// The lexicon lists a user file may add rows to, with the columns it must have.
pub(crate) const EXTENSIBLE: &[(&str, &[&str])] = &[
    ("speech_verbs.tsv", &["verb"]),
    ("events.tsv", &["form", "lemma", "event", "pos", "voice"]),
    ("count_nouns.tsv", &["noun", "lemma"]),
    ("cues.tsv", &["word", "cue"]),
];

/// The list a user file extends, by its file name, and the columns it needs.
fn list_of(path: &Path) -> Result<(&'static str, &'static [&'static str]), Error> {
    let name = path.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
    match EXTENSIBLE.iter().find(|(list, _)| *list == name) {
        Some(&found) => Ok(found),
        None => {
            let expected = "speech_verbs.tsv, events.tsv, count_nouns.tsv or cues.tsv";
            Err(Error::new(ErrorKind::InvalidValue { column: "lexicon list", value: name, expected }).at(path, None))
        }
    }
}

impl Lexicons {
    /// The bundled lists and the rows of the user's files, in the order given.
    pub(crate) fn build(user: &[UserRows]) -> Result<Lexicons, Error> {
        let mut lex = Lexicons::bundled();
        for rows in user {
            let path = match rows {
                UserRows::File(path) | UserRows::Text { name: path, .. } => path,
            };
            // The name first: a misnamed file is reported as such, read or not.
            list_of(path)?;
            let (path, text) = match rows {
                UserRows::File(path) => (path, std::borrow::Cow::Owned(crate::tsv::read_utf8(path)?)),
                UserRows::Text { name, text } => (name, std::borrow::Cow::Borrowed(text.as_str())),
            };
            lex.add_rows(path, &text)?;
        }
        Ok(lex)
    }

    fn add_rows(&mut self, path: &Path, text: &str) -> Result<(), Error> {
        let (list, columns) = list_of(path)?;
        let t = Table::parse(text, path, columns)?;
        for r in &t.rows {
            for &c in columns {
                if r.get(t.column(c)).is_empty() {
                    return Err(t.error(r, ErrorKind::EmptyField(c)));
                }
            }
        }
        match list {
            "speech_verbs.tsv" => {
                let (v, n) = (t.column("verb"), t.column("names"));
                for r in t.rows.iter().filter(|r| r.get(n) != "no") {
                    self.speech_verbs.insert(r.get(v).to_string());
                    self.vocab.add(r.get(v), Feature::SpeechVerb);
                }
                self.words.add_speech_verbs(&t);
            }
            "events.tsv" => self.facts.add_events(&t),
            "count_nouns.tsv" => self.facts.add_count_nouns(&t),
            _ => {
                let (w, c) = (t.column("word"), t.column("cue"));
                for r in &t.rows {
                    self.user_cues.insert((r.get(c).to_string(), r.get(w).to_string()));
                    self.vocab.add(r.get(w), Feature::Cue);
                }
            }
        }
        Ok(())
    }

    pub(crate) fn bundled() -> Lexicons {
        let t = bundled!("people/first_names", "name", "prior", "flags");
        let (n, p, f, g) = (t.column("name"), t.column("prior"), t.column("flags"), t.column("gender"));
        let first_names = t
            .rows
            .iter()
            .map(|r| {
                let name = FirstName {
                    ambiguous: r.get(f).contains("ambiguous"),
                    prior: r.get(p).parse().unwrap_or(0),
                    gender: r.get(g).chars().next().unwrap_or('U'),
                };
                (r.get(n).to_string(), name)
            })
            .collect();

        let t = bundled!("people/surnames", "name");
        let n = t.column("name");
        let surnames = t.rows.iter().map(|r| r.get(n).to_string()).collect();

        // Forms written in lower case ("a.s.") read as words too often.
        let t = bundled!("lexicon/legal_forms", "form");
        let f = t.column("form");
        let mut legal_forms = HashSet::default();
        let mut max_legal_tokens = 1;
        for r in t.rows.iter().filter(|r| r.get(f).starts_with(|c: char| c.is_uppercase())) {
            let doc = Document::new(r.get(f));
            max_legal_tokens = max_legal_tokens.max(doc.tokens.len());
            legal_forms.insert(doc.tokens.iter().map(|t| doc.slice(t.span)).collect::<Vec<_>>().join(" "));
        }

        let t = bundled!("lexicon/kinship", "word");
        let w = t.column("word");
        let kinship = t.rows.iter().map(|r| r.get(w).to_string()).collect();

        let t = bundled!("people/titles", "title", "head");
        let (n, h, f, pos) = (t.column("title"), t.column("head"), t.column("flags"), t.column("position"));
        let mut titles = HashMap::default();
        let mut max_title_tokens = 1;
        let (mut title_firsts, mut title_lasts) = (HashSet::default(), HashSet::default());
        for r in &t.rows {
            let key = token_key(r.get(n));
            max_title_tokens = max_title_tokens.max(key.split(' ').count());
            title_firsts.insert(key.split(' ').next().unwrap_or_default().to_string());
            title_lasts.insert(key.rsplit(' ').next().unwrap_or_default().to_string());
            let title = Title {
                head: r.get(h).to_string(),
                ambiguous: r.get(f).contains("ambiguous"),
                honorific: r.get(pos) == "honorific",
            };
            titles.insert(key, title);
        }

        let t = bundled!("lexicon/name_heads", "word", "kind");
        let (w, k, pos, sub) = (t.column("word"), t.column("kind"), t.column("position"), t.column("subtype"));
        let mut heads = HashMap::default();
        let mut heads_before = HashMap::default();
        for r in &t.rows {
            let kind = match r.get(k) {
                "place" => EntityKind::Place,
                "misc" => EntityKind::Misc,
                _ => EntityKind::Organization,
            };
            heads.insert(r.get(w).to_string(), kind);
            if r.get(pos) == "before" {
                let subtype = Some(r.get(sub).to_string()).filter(|s| !s.is_empty());
                heads_before.insert(r.get(w).to_string(), (kind, subtype));
            }
        }

        let t = bundled!("places/demonyms", "demonym");
        let d = t.column("demonym");
        let demonyms = t.rows.iter().map(|r| r.get(d).to_string()).collect();

        let t = bundled!("lexicon/name_particles", "particle");
        let p = t.column("particle");
        let particles = t.rows.iter().map(|r| r.get(p).to_string()).collect();

        // Verbs marked `names: no` cue quotes only ("called", "saying"), not names.
        let t = bundled!("lexicon/speech_verbs", "verb");
        let (v, n) = (t.column("verb"), t.column("names"));
        let speech_verbs = t.rows.iter().filter(|r| r.get(n) != "no").map(|r| r.get(v).to_string()).collect();

        let t = bundled!("figures/calendar", "word");
        let w = t.column("word");
        let calendar = t.rows.iter().map(|r| r.get(w).to_string()).collect();

        // Cue words by kind: "in", "from" before a place (`place_before`);
        // "relations", "sanctions" in a political sentence (`political`); …
        let t = bundled!("lexicon/cues", "word", "cue");
        let (w, c) = (t.column("word"), t.column("cue"));
        let cues = t.rows.iter().map(|r| (r.get(c), r.get(w))).collect();

        let mut lex = Lexicons {
            first_names,
            surnames,
            legal_forms,
            max_legal_tokens,
            kinship,
            titles,
            title_firsts,
            title_lasts,
            max_title_tokens,
            heads,
            heads_before,
            particles,
            demonyms,
            speech_verbs,
            cues,
            user_cues: HashSet::default(),
            calendar,
            facts: facts::FactLexicons::bundled(),
            words: words::Words::bundled(),
            figures: figures::Lex::bundled(),
            vocab: Vocab::default(),
        };
        lex.vocab = lex.vocabulary();
        lex
    }

    /// The vocabulary of the lists the stages test by token.
    fn vocabulary(&self) -> Vocab {
        let mut v = Vocab::default();
        let rules = TextRules::bundled();
        for w in rules.starters() {
            v.add_lower(w, Feature::Starter);
        }
        // `Words` keys the classes by lower-case form.
        for &(w, class) in rules.function_words() {
            v.add(w, Feature::Function);
            let f = match class {
                "adverb" => Feature::Adverb,
                "verb" => Feature::Auxiliary,
                "modal" => Feature::Modal,
                c if c.starts_with("modal:") => Feature::Modal,
                "negation" => Feature::Negation,
                "copula" => Feature::Copula,
                "article" => Feature::Article,
                "possessive" => Feature::Possessive,
                "additive" => Feature::Additive,
                "preposition" => Feature::Preposition,
                "determiner" => Feature::Determiner,
                "pronoun" => Feature::Pronoun,
                _ => continue,
            };
            v.add(w, f);
            if f == Feature::Modal {
                v.add(w, Feature::Auxiliary);
            }
        }
        // Gates: lists looked up as written.
        // Surnames (105,000 rows) are left out: they are read at candidate
        // names only, and their bits would cost more to build than they save.
        let gates: [(&mut dyn Iterator<Item = &str>, Feature); 7] = [
            (&mut self.calendar.iter().map(String::as_str), Feature::Calendar),
            (&mut self.first_names.keys().map(String::as_str), Feature::FirstName),
            (&mut self.heads.keys().map(String::as_str), Feature::Head),
            (&mut self.title_firsts.iter().map(String::as_str), Feature::TitleFirst),
            (&mut self.title_lasts.iter().map(String::as_str), Feature::TitleLast),
            (&mut self.speech_verbs.iter().map(String::as_str), Feature::SpeechVerb),
            (&mut self.figures.first_tokens.iter().map(String::as_str), Feature::FigureStart),
        ];
        for (words, f) in gates {
            for w in words {
                v.add(w, f);
            }
        }
        for w in &self.figures.leads {
            v.add(w, Feature::FigureLead);
        }
        for &(_, w) in &self.cues {
            v.add(w, Feature::Cue);
        }
        v
    }

    /// The gender a first name is listed with: 'F', 'M', or `None` when
    /// unknown or both.
    pub(crate) fn gender(&self, first_name: &str) -> Option<char> {
        self.first_names.get(first_name).map(|f| f.gender).filter(|g| matches!(g, 'F' | 'M'))
    }

    /// Whether `word` is an English function word ("also", "the", "which").
    pub(crate) fn is_function_word(&self, word: &str) -> bool {
        TextRules::bundled().is_sentence_starter(word)
    }

    /// The end (exclusive) of the longest legal form ("Inc", "Co. Ltd")
    /// starting at token `start` of `doc` and ending before token `limit`.
    pub(crate) fn legal_form_at(&self, doc: &Document<'_>, start: usize, limit: usize) -> Option<usize> {
        let limit = limit.min(doc.tokens.len());
        (1..=self.max_legal_tokens)
            .rev()
            .find(|&n| {
                start + n <= limit && {
                    let words: Vec<&str> = doc.tokens[start..start + n].iter().map(|t| doc.slice(t.span)).collect();
                    self.legal_forms.contains(&words.join(" "))
                }
            })
            .map(|n| start + n)
    }

    /// Whether `word` before a name qualifies it rather than being a first
    /// name: a compass word or the like ("North", "New": `lexicon/cues.tsv`,
    /// `name_modifier`) or a demonym ("German Christian").
    pub(crate) fn qualifies_name(&self, word: &str) -> bool {
        self.cue("name_modifier", word) || self.demonyms.contains(word)
    }

    /// Whether `word` is an organization head that ends a name ("Group",
    /// "University"), not one that opens it.
    pub(crate) fn ends_org_name(&self, word: &str) -> bool {
        self.heads.get(word) == Some(&EntityKind::Organization) && !self.heads_before.contains_key(word)
    }

    /// Whether `word` is a cue word of `kind` in `lexicon/cues.tsv`
    /// ("org_before", "sports_verb", …).
    pub(crate) fn cue(&self, kind: &str, word: &str) -> bool {
        // The set holds `'static` strings; looked up with shorter-lived ones.
        let cues: &HashSet<(&str, &str)> = &self.cues;
        cues.contains(&(kind, word))
            || (!self.user_cues.is_empty() && self.user_cues.contains(&(kind.to_string(), word.to_string())))
    }

    /// [`cue`](Lexicons::cue) for `word` as written or in lower case.
    pub(crate) fn cue_any_case(&self, kind: &str, word: &str) -> bool {
        self.cue(kind, word) || self.cue(kind, &crate::text::lower(word))
    }

    pub(crate) fn is_speech_verb(&self, word: &str) -> bool {
        self.speech_verbs.contains(word)
    }

    /// Whether token `i` of `doc` may be in the folded list that feature `f`
    /// gates: it has the feature, or it is not ASCII (where folding drops
    /// diacritics, which lower-casing keeps).
    fn may_be(&self, doc: &Document<'_>, i: usize, f: Feature) -> bool {
        let word = doc.slice(doc.tokens[i].span);
        let id = doc.ids.get(i).copied().unwrap_or_else(|| self.vocab.id(word));
        self.vocab.has(id, f) || !word.is_ascii()
    }

    /// The longest title ending at token `end` (inclusive) of `doc` and
    /// starting at or after token `floor`: its first token and the title.
    pub(crate) fn title_ending_at(&self, doc: &Document<'_>, end: usize, floor: usize) -> Option<(usize, &Title)> {
        if end >= doc.tokens.len()
            || !self.may_be(doc, end, Feature::TitleLast)
            || !self.title_lasts.contains(&key_of(doc, end..end + 1))
        {
            return None;
        }
        (0..self.max_title_tokens).rev().find_map(|n| {
            let start = end.checked_sub(n)?;
            if start < floor {
                return None;
            }
            self.titles.get(&key_of(doc, start..end + 1)).map(|t| (start, t))
        })
    }

    /// The longest title starting at token `start` of `doc` and ending before
    /// token `limit`: the token after it and the title.
    pub(crate) fn title_starting_at(&self, doc: &Document<'_>, start: usize, limit: usize) -> Option<(usize, &Title)> {
        if start >= doc.tokens.len()
            || !self.may_be(doc, start, Feature::TitleFirst)
            || !self.title_firsts.contains(&key_of(doc, start..start + 1))
        {
            return None;
        }
        (1..=self.max_title_tokens).rev().find_map(|n| {
            let end = start + n;
            if end > limit.min(doc.tokens.len()) {
                return None;
            }
            self.titles.get(&key_of(doc, start..end)).map(|t| (end, t))
        })
    }
}

/// The lookup key of tokens `range` of `doc`.
pub(crate) fn key_of(doc: &Document<'_>, range: std::ops::Range<usize>) -> String {
    let mut key = String::new();
    for i in range {
        if !key.is_empty() {
            key.push(' ');
        }
        fold_into(doc.slice(doc.tokens[i].span), &mut key);
    }
    key
}

/// The lookup key of a phrase: its tokens, folded, joined by single spaces,
/// so "President-elect" and "president - elect" meet.
pub(crate) fn token_key(phrase: &str) -> String {
    let doc = Document::new(phrase);
    key_of(&doc, 0..doc.tokens.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Cursor;

    /// The words the tests check the features on: the tokens of the test
    /// corpus, and words of our own in every case and with diacritics.
    fn documents() -> Vec<String> {
        let mut texts: Vec<String> = crate::text::samples::corpus().into_iter().map(|(_, t)| t).collect();
        texts.push(
            "THE Monday MONDAY monday MonDay Mr. Présidente PRESIDENT-elect Oct. o’clock THEY'RE Will \
             Smith said Reuters, SMITH SAID; María José Ñúñez, Jr. was there in April and Çağrı left."
                .to_string(),
        );
        texts
    }

    /// Every feature bit answers as the list lookup it stands in for, for
    /// every token: exactly for lists read in lower case, and as a gate (no
    /// bit, no entry) for lists read as written.
    #[test]
    fn features_agree_with_the_lists() {
        let lex = Lexicons::bundled();
        let rules = TextRules::bundled();
        let mut checked = 0;
        for text in documents() {
            let doc = Document::with_vocab(&text, rules, &lex.vocab);
            let cur = Cursor::new(&doc, &lex.vocab);
            for i in 0..doc.tokens.len() {
                let w = cur.word(i);
                assert_eq!(cur.id(i), lex.vocab.id(w), "{w:?}");
                assert_eq!(cur.is_starter(i), rules.is_sentence_starter(w), "{w:?}");
                assert_eq!(cur.is_starter(i), lex.is_function_word(w), "{w:?}");
                assert_eq!(cur.is_calendar(i), lex.calendar.contains(w), "{w:?}");
                let words = &lex.words;
                assert_eq!(cur.has(i, Feature::Auxiliary), words.is_auxiliary(w), "{w:?}");
                assert_eq!(cur.has(i, Feature::Copula), words.has(w, "copula"), "{w:?}");
                assert_eq!(cur.has(i, Feature::Determiner), words.is_determiner(w), "{w:?}");
                assert_eq!(cur.has(i, Feature::Preposition), words.is_preposition(w), "{w:?}");
                assert_eq!(
                    cur.has(i, Feature::Article) || cur.has(i, Feature::Possessive),
                    words.is_possessive_or_article(w),
                    "{w:?}"
                );
                let gates = [
                    (Feature::FirstName, lex.first_names.contains_key(w)),
                    (Feature::Head, lex.heads.contains_key(w)),
                    (Feature::SpeechVerb, lex.speech_verbs.contains(w)),
                    (Feature::Cue, lex.cues.iter().any(|&(_, c)| c == w)),
                ];
                for (f, listed) in gates {
                    assert!(!listed || cur.has(i, f), "{w:?} is listed without {f:?}");
                }
                if w.is_ascii() {
                    let key = key_of(&doc, i..i + 1);
                    assert!(!lex.title_firsts.contains(&key) || cur.has(i, Feature::TitleFirst), "{w:?}");
                    assert!(!lex.title_lasts.contains(&key) || cur.has(i, Feature::TitleLast), "{w:?}");
                }
                checked += 1;
            }
        }
        assert!(checked > 5_000, "{checked} tokens");
    }

    /// [`Cursor::is_calendar`] reads the calendar words as written in title
    /// case, which holds of the list.
    #[test]
    fn calendar_words_are_listed_in_title_case() {
        let lex = Lexicons::bundled();
        for w in &lex.calendar {
            let mut chars = w.chars();
            assert!(chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase), "{w:?}");
        }
    }

    /// A user's speech verb gets its bit too.
    #[test]
    fn user_speech_verbs_join_the_vocabulary() {
        let rows = UserRows::Text { name: "speech_verbs.tsv".into(), text: "verb\nharrumphed\n".to_string() };
        let lex = Lexicons::build(&[rows]).expect("user list");
        assert!(lex.vocab.word_has("harrumphed", Feature::SpeechVerb));
        assert!(!Lexicons::bundled().vocab.word_has("harrumphed", Feature::SpeechVerb));
    }

    /// A user's cue word gets its bit too, and is a cue at a token.
    #[test]
    fn user_cue_words_join_the_vocabulary() {
        let rows = UserRows::Text { name: "cues.tsv".into(), text: "word\tcue\nKickabout\tsports_word\n".to_string() };
        let lex = Lexicons::build(&[rows]).expect("user list");
        assert!(lex.vocab.word_has("kickabout", Feature::Cue));
        assert!(lex.cue("sports_word", "Kickabout"));
        assert!(!Lexicons::bundled().vocab.word_has("kickabout", Feature::Cue));
    }
}
