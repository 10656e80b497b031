//! The name forms of every entry and one Aho-Corasick automaton over their
//! folded texts (the matching itself is in `matcher.rs`).
//!
//! The automaton is daachorse's double-array Aho-Corasick (bytewise, standard
//! overlapping matches). Measured against aho-corasick's contiguous NFA on the
//! bundled lists (55,849 patterns) and 380 kB of news (release, 2 cores):
//! build 183–205 ms against 110–228 ms, overlapping scan 32–36 MiB/s against
//! 25–27 MiB/s, heap 5.2 MB against 5.9 MB, the same matches in the same
//! order; and it serializes, so the bundled automaton is built by `build.rs`
//! and read back in about 3 ms instead of built at start-up.

use super::load::Data;
use super::store::{Reader, Str, Writer};
use crate::kinds::EntityKind;
use crate::text::fold;
use daachorse::DoubleArrayAhoCorasick;
use rustc_hash::FxHashMap as HashMap;

/// One name form of an entry ("US" of the United States).
#[derive(Clone, Debug)]
pub(crate) struct Form {
    pub entry: u32,
    /// As listed, for the case check: in the entries' arena ([`Data::text`]).
    pub text: Str,
    pub demonym: bool,
    /// Needs support from context to count.
    pub ambiguous: bool,
    /// Also a common first name: capitalization is no evidence for it.
    pub first_name: bool,
    /// Shared by three or more entries, all ambiguous ("Western", "Central"):
    /// a generic word of names rather than a name.
    pub generic: bool,
    /// A month or weekday name ("March", "Sunday").
    pub calendar: bool,
}

/// The compiled matcher.
pub(crate) struct Matcher {
    pub forms: Vec<Form>,
    /// For each automaton pattern `p`, the forms that fold to it:
    /// `form_ids[form_start[p]..form_start[p + 1]]` (one flat array, not a
    /// vector a pattern: most patterns have a single form).
    pub form_start: Vec<u32>,
    pub form_ids: Vec<u32>,
    /// None when no form makes a pattern (user lists of single letters).
    pub automaton: Option<DoubleArrayAhoCorasick<u32>>,
}

impl std::fmt::Debug for Matcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Matcher").field("forms", &self.forms.len()).field("patterns", &self.form_start.len()).finish()
    }
}

impl Matcher {
    pub(crate) fn build(data: &Data) -> Matcher {
        let mut forms = Vec::new();
        // Each form's folded text, folded once: the pattern it is found by.
        let mut folds: Vec<String> = Vec::new();
        for (i, e) in data.entries.iter().enumerate() {
            let canonical = fold(e.name);
            for text in data.entries.names(i as u32) {
                let name = data.text(text);
                let folded = fold(name);
                // A name that is a common word is ambiguous; its longer aliases are not.
                let ambiguous = e.ambiguous && (folded == canonical || !folded.contains(' '));
                // An acronym written in capitals is no first name ("US" is not "Us").
                let acronym = name.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
                let first_name = !acronym && !folded.contains(' ') && data.first_names.contains(&folded);
                forms.push(Form {
                    entry: i as u32,
                    text,
                    demonym: false,
                    ambiguous,
                    first_name,
                    generic: false,
                    calendar: data.calendar_words.contains(&folded),
                });
                folds.push(folded);
            }
        }
        // A demonym is often listed as adjective and noun alike ("Afghan"): one form is enough.
        let mut seen = rustc_hash::FxHashSet::default();
        for d in data.demonyms.iter().filter(|d| seen.insert((d.entry, data.text(d.form)))) {
            let form = Form {
                entry: d.entry,
                text: d.form,
                demonym: true,
                ambiguous: d.ambiguous,
                first_name: false,
                generic: false,
                calendar: false,
            };
            forms.push(form);
            folds.push(fold(data.text(d.form)));
        }
        let mut index: HashMap<&str, u32> = HashMap::default();
        let mut patterns: Vec<&str> = Vec::new();
        // (pattern, form) pairs, grouped by pattern below.
        let mut pairs: Vec<(u32, u32)> = Vec::with_capacity(folds.len());
        for (fi, folded) in folds.iter().enumerate() {
            // Single letters would match everywhere and name nothing reliably.
            if folded.chars().filter(|c| c.is_alphanumeric()).count() < 2 {
                continue;
            }
            let p = *index.entry(folded.as_str()).or_insert_with(|| {
                patterns.push(folded);
                (patterns.len() - 1) as u32
            });
            pairs.push((p, fi as u32));
        }
        // Stable: each pattern's forms stay in form order.
        pairs.sort_by_key(|&(p, _)| p);
        let form_ids: Vec<u32> = pairs.iter().map(|&(_, f)| f).collect();
        let mut form_start = vec![0u32; patterns.len() + 1];
        for &(p, _) in &pairs {
            form_start[p as usize + 1] += 1;
        }
        for p in 0..patterns.len() {
            form_start[p + 1] += form_start[p];
        }
        let pattern_forms = |p: usize| &form_ids[form_start[p] as usize..form_start[p + 1] as usize];
        // An organization name that is ambiguous for one entry is ambiguous for all:
        // "Labour Party", an alias of New Zealand's, is also the name of
        // Britain's, which needs support.
        let org = |f: &Form| data.entry(f.entry).kind == EntityKind::Organization;
        let shared: Vec<u32> = (0..patterns.len())
            .map(pattern_forms)
            .filter(|fs| {
                fs.iter().all(|&fi| org(&forms[fi as usize])) && fs.iter().any(|&fi| forms[fi as usize].ambiguous)
            })
            .flatten()
            .copied()
            .collect();
        for fi in shared {
            forms[fi as usize].ambiguous = true;
        }
        let generic: Vec<u32> = (0..patterns.len())
            .map(pattern_forms)
            .filter(|f| f.len() >= 3 && f.iter().all(|&fi| forms[fi as usize].ambiguous))
            .flatten()
            .copied()
            .collect();
        for fi in generic {
            forms[fi as usize].generic = true;
        }
        // Pattern `p` has the value `p`. The patterns are distinct and none is
        // empty, so only a list past the automaton's size limits (16 million
        // patterns) fails.
        let automaton = (!patterns.is_empty())
            .then(|| DoubleArrayAhoCorasick::new(&patterns).expect("gazetteer automaton within size limits"));
        Matcher { forms, form_start, form_ids, automaton }
    }

    /// Append the matcher to the blob.
    #[cfg_attr(not(test), allow(dead_code))] // build.rs writes the blob
    pub(crate) fn write(&self, w: &mut Writer) {
        w.u32(self.forms.len() as u32);
        for f in &self.forms {
            w.u32(f.entry);
            w.range(f.text);
            let flags = [f.demonym, f.ambiguous, f.first_name, f.generic, f.calendar];
            w.u32(flags.iter().enumerate().map(|(i, &b)| u32::from(b) << i).sum());
        }
        w.u32s(&self.form_start);
        w.u32s(&self.form_ids);
        w.bytes(&self.automaton.as_ref().map(DoubleArrayAhoCorasick::serialize).unwrap_or_default());
    }

    /// Read back what [`write`](Matcher::write) wrote.
    pub(crate) fn read(r: &mut Reader) -> Matcher {
        let n = r.u32() as usize;
        let forms = (0..n)
            .map(|_| {
                let (entry, text, flags) = (r.u32(), r.range(), r.u32());
                let bit = |i: u32| flags & (1 << i) != 0;
                Form {
                    entry,
                    text,
                    demonym: bit(0),
                    ambiguous: bit(1),
                    first_name: bit(2),
                    generic: bit(3),
                    calendar: bit(4),
                }
            })
            .collect();
        let form_start = r.u32s();
        let form_ids = r.u32s();
        let bytes = r.bytes();
        let automaton = (!bytes.is_empty()).then(|| {
            let (automaton, rest) =
                DoubleArrayAhoCorasick::deserialize(bytes).expect("the prebuilt gazetteer automaton is well formed");
            assert!(rest.is_empty(), "the prebuilt gazetteer automaton has trailing bytes");
            automaton
        });
        Matcher { forms, form_start, form_ids, automaton }
    }
}
