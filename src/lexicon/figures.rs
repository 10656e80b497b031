//! The words the figures stage knows, read once from the TSV files under
//! `gazetteers/figures/`: number words, scale words and suffixes,
//! approximation cues, relative-date words, months and weekdays, currencies
//! and units. Code in the sibling modules holds only mechanisms.
//!
//! Multi-word entries ("per cent", "US dollars", "km/h") are keyed by their
//! text with runs of whitespace collapsed to one space, which is how
//! [`Cx::phrase`](super::Cx::phrase) renders a run of tokens.

use crate::tsv::{self, Table};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// What kind of number word a word is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum NumWord {
    /// "seven", "twenty".
    Cardinal(f64),
    /// "seventh", "hundredth".
    Ordinal(f64),
    /// "hundred", "million", "lakh".
    Scale(f64),
}

/// How an approximation cue bends the number after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Cue {
    /// "about 30": value 30, approximate.
    About,
    /// "more than 50": at least 50.
    Min,
    /// "nearly 200": at most 200.
    Max,
    /// "between 3 and 5", "from 3 to 5".
    Range,
}

/// A word of relative dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DateWord {
    /// "yesterday": days from the document date.
    Day(i64),
    /// "last", "next", "this".
    Direction(i64),
    /// "years", "week": the ISO 8601 designator (D, W, M, Y; E decade, C
    /// century, F fortnight; H, N minute, S for times).
    Unit(char),
    /// "ago" (-1), "later" (+1).
    After(i64),
    /// "a few", "several": a vague count.
    Few(u32),
    /// A preposition that marks a bare four-digit number as a year: "in 2020".
    YearCue,
}

/// A unit of measurement.
#[derive(Clone, Debug)]
pub(crate) struct Unit {
    /// The normalized unit name, e.g. "kilometre".
    pub name: String,
}

/// A currency form and what it means.
#[derive(Clone, Debug)]
pub(crate) struct Currency {
    /// ISO 4217 code, or `None` for names that do not pin one down ("francs").
    pub code: Option<String>,
    /// 0.01 for a minor unit ("cents"), else 1.
    pub factor: f64,
}

/// Everything the figures stage knows, parsed once.
pub(crate) struct Lex {
    pub num_words: HashMap<String, NumWord>,
    /// Scale abbreviations after digits, case-sensitive: "bn", "m", "K".
    pub suffixes: HashMap<String, f64>,
    pub multipliers: HashMap<String, f64>,
    /// "half" → 2, "quarters" → 4.
    pub denominators: HashMap<String, f64>,
    /// "hundreds" → 200 (the least the word can mean).
    pub vague: HashMap<String, f64>,
    pub signs: HashSet<String>,
    /// Vulgar fraction characters: "½" → 0.5.
    pub vulgar: HashMap<String, f64>,
    /// Words that make an approximate number after "a": "couple" → 2, "few" → 3.
    pub approximate: HashMap<String, f64>,
    /// Approximation cues, lower case, up to three words.
    pub cues: HashMap<String, Cue>,
    pub date_words: HashMap<String, DateWord>,
    /// Month names and abbreviations, lower case, → 1–12.
    pub months: HashMap<String, u32>,
    /// Full month names (not abbreviations), lower case.
    pub full_months: HashSet<String>,
    /// Weekday names and abbreviations, lower case, → 1 (Monday)–7.
    pub weekdays: HashMap<String, u32>,
    /// Currency names, lower case: "us dollars", "euros", "pence".
    pub currency_names: HashMap<String, Currency>,
    /// Currency symbols and codes, case-sensitive: "$", "€", "USD", "HK$".
    pub currency_symbols: HashMap<String, Currency>,
    /// Lower-case letters written before "$": "c" → CAD, "hk" → HKD.
    pub dollar_prefixes: HashMap<String, String>,
    /// ISO codes, upper case, usable as currency marks.
    pub codes: HashSet<String>,
    /// Unit names, lower case: "kilometres", "barrels".
    pub unit_names: HashMap<String, Unit>,
    /// Unit symbols, case-sensitive: "km", "°C", "km/h".
    pub unit_symbols: HashMap<String, Unit>,
    /// Irregular plural nouns that make a count ("people", "police").
    pub count_nouns: HashSet<String>,
    /// Words that may stand between a count and its noun ("other", "more").
    pub count_modifiers: HashSet<String>,
    /// Words ending in "s" that are not plural nouns ("times", "this").
    pub not_nouns: HashSet<String>,
    /// Function words (determiners, pronouns, prepositions), lower case.
    pub function_words: HashSet<String>,
    /// Words of clock times, lower case ("p.m.", "noon", "local time"),
    /// and zone abbreviations as written ("GMT", "EST").
    pub time_words: HashMap<String, TimeWord>,
    /// Nouns that make the number after them part of a designation
    /// ("flight", "category", "interstate"), lower case.
    pub designators: HashSet<String>,
    /// Whole expressions written with digits that are no figure ("24/7").
    pub expressions: HashSet<String>,
    /// Words after a number that make it a model's name, as written ("737 Max").
    pub models: HashSet<String>,
    /// Nouns made with an ordinal, which is then no figure ("first responders").
    pub compounds: HashSet<String>,
    /// Street words, as written: "36 Quai des Orfèvres", "10 Downing Street".
    pub streets: HashSet<String>,
    /// Words that mark a sports result, lower case ("beat", "victory").
    pub score_words: HashSet<String>,
    /// Words that set the tense of a clause, lower case: +1 future ("will",
    /// "scheduled"), -1 past ("was", "said").
    pub tense: HashMap<String, i8>,
    /// Verbs that attribute a quotation, lower case ("said", "told").
    pub speech_verbs: HashSet<String>,
    /// The first token of every entry of every list, as written and lower
    /// case: an entry can only start at a token that is one of these.
    pub first_tokens: HashSet<String>,
    /// Function words that open figure phrases ("a", "in", "over", "this")
    /// but are no figure alone, unlike "one", "may" or "today".
    pub leads: HashSet<String>,
}

/// A word of clock times.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum TimeWord {
    /// "a.m." (false), "p.m." (true).
    Meridiem(bool),
    /// "noon" → "12:00".
    Clock(String),
    /// "o'clock".
    OClock,
    /// "hours", "hrs" after four digits ("1400 hours").
    Hours,
    /// A zone and its ISO 8601 offset ("Z", "-05:00"; "" for "local time").
    Zone(String),
}

/// Collapse whitespace runs to one space, as `Cx::phrase` does.
pub(crate) fn key(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

macro_rules! table {
    ($name:literal, $cols:expr) => {
        tsv::bundled(
            concat!("gazetteers/", $name, ".tsv"),
            include_str!(concat!("../../gazetteers/", $name, ".tsv")),
            $cols,
        )
    };
}

fn num(s: &str) -> f64 {
    s.parse().unwrap_or(0.0)
}

impl Lex {
    /// Whether a lower-case word names a unit of measurement or a currency
    /// ("kilometres", "złotys"): the facts stage tells counted things from measures by it.
    pub(crate) fn is_unit_word(&self, word: &str) -> bool {
        self.unit_names.contains_key(word) || self.currency_names.contains_key(word)
    }

    /// Whether a lower-case word is a number word ("twelve").
    pub(crate) fn is_number_word(&self, word: &str) -> bool {
        self.num_words.contains_key(word)
    }

    pub(crate) fn bundled() -> Lex {
        let mut lex = Lex {
            num_words: HashMap::default(),
            suffixes: HashMap::default(),
            multipliers: HashMap::default(),
            denominators: HashMap::default(),
            vague: HashMap::default(),
            signs: HashSet::default(),
            vulgar: HashMap::default(),
            approximate: HashMap::default(),
            cues: HashMap::default(),
            date_words: HashMap::default(),
            months: HashMap::default(),
            full_months: HashSet::default(),
            weekdays: HashMap::default(),
            currency_names: HashMap::default(),
            currency_symbols: HashMap::default(),
            dollar_prefixes: HashMap::default(),
            codes: HashSet::default(),
            unit_names: HashMap::default(),
            unit_symbols: HashMap::default(),
            count_nouns: HashSet::default(),
            count_modifiers: HashSet::default(),
            not_nouns: HashSet::default(),
            function_words: HashSet::default(),
            time_words: HashMap::default(),
            designators: HashSet::default(),
            expressions: HashSet::default(),
            models: HashSet::default(),
            compounds: HashSet::default(),
            streets: HashSet::default(),
            score_words: HashSet::default(),
            tense: HashMap::default(),
            speech_verbs: HashSet::default(),
            first_tokens: HashSet::default(),
            leads: HashSet::default(),
        };
        numbers(&mut lex, &table!("figures/numbers", &["word", "kind", "value"]));
        let cues = table!("figures/approximations", &["cue", "kind"]);
        let (c, k) = (cues.column("cue"), cues.column("kind"));
        for r in &cues.rows {
            let cue = match r.get(k) {
                "about" => Cue::About,
                "min" => Cue::Min,
                "max" => Cue::Max,
                _ => Cue::Range,
            };
            lex.cues.insert(key(r.get(c)), cue);
        }
        dates(&mut lex, &table!("figures/dates", &["word", "kind", "value"]));
        let cal = table!("figures/calendar", &["word", "kind", "value", "abbreviations"]);
        let (w, k, v, a) = (cal.column("word"), cal.column("kind"), cal.column("value"), cal.column("abbreviations"));
        for r in &cal.rows {
            let n = num(r.get(v)) as u32;
            let map = if r.get(k) == "month" { &mut lex.months } else { &mut lex.weekdays };
            let word = r.get(w).to_lowercase();
            map.insert(word.clone(), n);
            for ab in r.get(a).split('|').filter(|s| !s.is_empty()) {
                map.insert(ab.to_lowercase(), n);
            }
            if r.get(k) == "month" {
                lex.full_months.insert(word);
            }
        }
        currencies(&mut lex);
        units(&mut lex, &table!("figures/units", &["unit", "dimension", "singular", "plural", "symbols", "aliases"]));
        let words = table!("figures/count_words", &["word", "kind"]);
        let (w, k) = (words.column("word"), words.column("kind"));
        for r in &words.rows {
            let set = match r.get(k) {
                "noun" => &mut lex.count_nouns,
                "modifier" => &mut lex.count_modifiers,
                _ => &mut lex.not_nouns,
            };
            set.insert(r.get(w).to_string());
        }
        let fw = crate::text::TextRules::bundled().function_words();
        lex.function_words = fw.iter().map(|(w, _)| w.to_lowercase()).collect();
        let times = table!("figures/times", &["word", "kind", "value"]);
        let (w, k, v) = (times.column("word"), times.column("kind"), times.column("value"));
        for r in &times.rows {
            let (word, value) = (key(r.get(w)), r.get(v).to_string());
            let tw = match r.get(k) {
                "meridiem" => TimeWord::Meridiem(value == "pm"),
                "clock" => TimeWord::Clock(value),
                "oclock" => TimeWord::OClock,
                "hours" => TimeWord::Hours,
                _ => TimeWord::Zone(value),
            };
            // Zone abbreviations keep their capitals ("EST", not "est").
            let word = if matches!(tw, TimeWord::Zone(_)) && word.contains(' ') { word.to_lowercase() } else { word };
            lex.time_words.insert(word, tw);
        }
        let des = table!("figures/designators", &["word", "kind"]);
        let (w, k) = (des.column("word"), des.column("kind"));
        for r in &des.rows {
            match r.get(k) {
                "expression" => drop(lex.expressions.insert(r.get(w).to_lowercase())),
                "model" => drop(lex.models.insert(r.get(w).to_string())),
                "compound" => drop(lex.compounds.insert(r.get(w).to_lowercase())),
                "street" => drop(lex.streets.insert(r.get(w).to_string())),
                _ => drop(lex.designators.insert(r.get(w).to_lowercase())),
            }
        }
        let sc = table!("figures/scores", &["word", "kind"]);
        let w = sc.column("word");
        lex.score_words = sc.rows.iter().map(|r| r.get(w).to_lowercase()).collect();
        let sv = table!("lexicon/speech_verbs", &["verb"]);
        let v = sv.column("verb");
        lex.speech_verbs = sv.rows.iter().map(|r| r.get(v).to_lowercase()).collect();
        let tn = table!("figures/tense", &["word", "kind"]);
        let (w, k) = (tn.column("word"), tn.column("kind"));
        for r in &tn.rows {
            lex.tense.insert(r.get(w).to_lowercase(), if r.get(k) == "future" { 1 } else { -1 });
        }
        lex.first_tokens = first_tokens(&lex);
        lex.leads = leads(&lex);
        lex
    }
}

fn numbers(lex: &mut Lex, t: &Table<'static>) {
    let (w, k, v) = (t.column("word"), t.column("kind"), t.column("value"));
    for r in &t.rows {
        let (word, value) = (r.get(w).to_string(), num(r.get(v)));
        match r.get(k) {
            "cardinal" => drop(lex.num_words.insert(word, NumWord::Cardinal(value))),
            "ordinal" => drop(lex.num_words.insert(word, NumWord::Ordinal(value))),
            "scale" => drop(lex.num_words.insert(word, NumWord::Scale(value))),
            "suffix" => drop(lex.suffixes.insert(word, value)),
            "multiplier" => drop(lex.multipliers.insert(word, value)),
            "denominator" => drop(lex.denominators.insert(word, value)),
            "vague" => drop(lex.vague.insert(word, value)),
            "approximate" => drop(lex.approximate.insert(word, value)),
            "fraction" => {
                let (a, b) = r.get(v).split_once('/').unwrap_or(("0", "1"));
                lex.vulgar.insert(word, num(a) / num(b));
            }
            _ => drop(lex.signs.insert(word)),
        }
    }
}

fn dates(lex: &mut Lex, t: &Table<'static>) {
    let (w, k, v) = (t.column("word"), t.column("kind"), t.column("value"));
    for r in &t.rows {
        let value = r.get(v);
        let n = value.parse::<i64>().unwrap_or(0);
        let word = match r.get(k) {
            "day" => DateWord::Day(n),
            "direction" => DateWord::Direction(n),
            "unit" => DateWord::Unit(value.chars().next().unwrap_or('D')),
            "after" => DateWord::After(n),
            "few" => DateWord::Few(n as u32),
            _ => DateWord::YearCue,
        };
        let word_key = key(r.get(w));
        // A word may be both a unit and a cue ("second"); the first row wins.
        lex.date_words.entry(word_key).or_insert(word);
    }
}

fn currencies(lex: &mut Lex) {
    let t = table!("figures/currencies", &["code", "name", "plural", "symbols", "aliases"]);
    let extra = table!("figures/currency_extra", &["form", "kind", "code", "factor"]);
    let (f, k, c) = (extra.column("form"), extra.column("kind"), extra.column("code"));
    let blocked: HashSet<&str> = extra.rows.iter().filter(|r| r.get(k) == "block").map(|r| r.get(f)).collect();
    let cols = ["code", "name", "plural", "symbols", "aliases"].map(|n| t.column(n));
    for r in &t.rows {
        let code = r.get(cols[0]);
        let cur = || Currency { code: Some(code.to_string()), factor: 1.0 };
        for name in [r.get(cols[1]), r.get(cols[2])].into_iter().chain(r.get(cols[4]).split('|')) {
            if !name.is_empty() {
                lex.currency_names.entry(key(&name.to_lowercase())).or_insert_with(cur);
            }
        }
        for sym in r.get(cols[3]).split('|').filter(|s| !s.is_empty() && !blocked.contains(s)) {
            lex.currency_symbols.entry(sym.to_string()).or_insert_with(cur);
            // "HK$" and "C$" are also written "hk $", "c $".
            if let Some(prefix) = sym.strip_suffix('$').filter(|p| !p.is_empty() && p.chars().all(char::is_alphabetic))
            {
                lex.dollar_prefixes.entry(prefix.to_lowercase()).or_insert_with(|| code.to_string());
            }
        }
        if !blocked.contains(code) {
            lex.codes.insert(code.to_string());
            lex.currency_symbols.entry(code.to_string()).or_insert_with(cur);
            lex.dollar_prefixes.entry(code.to_lowercase()).or_insert_with(|| code.to_string());
        }
    }
    let x = extra.column("factor");
    for r in &extra.rows {
        let code = Some(r.get(c)).filter(|c| !c.is_empty()).map(String::from);
        let cur = Currency { code: code.clone(), factor: r.get(x).parse().unwrap_or(1.0) };
        match r.get(k) {
            "minor" | "name" => drop(lex.currency_names.insert(key(r.get(f)), cur)),
            "symbol" => drop(lex.currency_symbols.insert(r.get(f).to_string(), cur)),
            "prefix" => drop(lex.dollar_prefixes.insert(r.get(f).to_string(), code.unwrap_or_default())),
            _ => {}
        }
    }
}

fn units(lex: &mut Lex, t: &Table<'static>) {
    let cols = ["unit", "singular", "plural", "symbols", "aliases"].map(|n| t.column(n));
    let dimension = t.column("dimension");
    // Lengths of time are durations, read by the date module.
    for r in t.rows.iter().filter(|r| r.get(dimension) != "time") {
        let unit = Unit { name: r.get(cols[0]).to_string() };
        for name in [r.get(cols[1]), r.get(cols[2])].into_iter().chain(r.get(cols[4]).split('|')) {
            if !name.is_empty() {
                lex.unit_names.entry(key(&name.to_lowercase())).or_insert_with(|| unit.clone());
            }
        }
        for sym in r.get(cols[3]).split('|').filter(|s| !s.is_empty()) {
            lex.unit_symbols.entry(sym.to_string()).or_insert_with(|| unit.clone());
        }
    }
}

/// The first token of every entry of every figure list, as written and lower
/// case: an entry can only start at a token that is one of these.
fn first_tokens(l: &Lex) -> HashSet<String> {
    let mut keys: Vec<&String> = Vec::new();
    keys.extend(l.num_words.keys());
    keys.extend(l.suffixes.keys());
    keys.extend(l.multipliers.keys());
    keys.extend(l.denominators.keys());
    keys.extend(l.vague.keys());
    keys.extend(l.signs.iter());
    keys.extend(l.vulgar.keys());
    keys.extend(l.cues.keys());
    keys.extend(l.date_words.keys());
    keys.extend(l.months.keys());
    keys.extend(l.weekdays.keys());
    keys.extend(l.currency_names.keys());
    keys.extend(l.currency_symbols.keys());
    keys.extend(l.dollar_prefixes.keys());
    keys.extend(l.codes.iter());
    keys.extend(l.unit_names.keys());
    keys.extend(l.unit_symbols.keys());
    keys.extend(l.time_words.keys());
    let mut first = HashSet::default();
    for k in keys {
        let doc = crate::text::Document::new(k);
        if let Some(t) = doc.tokens.first() {
            let w = doc.slice(t.span);
            first.insert(w.to_string());
            first.insert(w.to_lowercase().replace('’', "'"));
        }
    }
    first
}

/// Function words that open figure phrases ("a", "in", "over", "this")
/// but are no figure alone, unlike "one", "may" or "today".
fn leads(l: &Lex) -> HashSet<String> {
    let alone = |w: &String| {
        l.num_words.contains_key(w)
            || l.date_words.get(w).is_some_and(|d| matches!(d, DateWord::Day(_)))
            || l.months.contains_key(w)
            || l.weekdays.contains_key(w)
            || l.vague.contains_key(w)
    };
    l.function_words.iter().filter(|w| !alone(w)).cloned().collect()
}

impl std::fmt::Debug for Lex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lex").finish_non_exhaustive()
    }
}
