//! The gazetteer stage: names from the lists under `gazetteers/`, found by one
//! automaton over the folded text.

mod automaton;
mod entry;
mod load;
mod matcher;
mod store;

pub(crate) use load::{Data, Sources, UserList};
pub(crate) use store::Entry;

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
    /// The bundled lists, read from the blob `build.rs` wrote, with the
    /// user's lists added (then the automaton is built again, over all of
    /// them). Leaving out bundled kinds loads everything from the lists.
    pub(crate) fn build(sources: &Sources) -> Result<Gazetteer, Error> {
        if !sources.without_bundled.is_empty() {
            return Gazetteer::parse(sources);
        }
        let (mut data, matcher) = prebuilt();
        if sources.user_lists.is_empty() {
            return Ok(Gazetteer { data, matcher });
        }
        load::add_user_lists(&mut data, sources)?;
        let matcher = Matcher::build(&data);
        Ok(Gazetteer { data, matcher })
    }

    /// Load every list from its text and build the automaton: what `build.rs`
    /// does at compile time for the bundled lists.
    pub(crate) fn parse(sources: &Sources) -> Result<Gazetteer, Error> {
        let data = load::load(sources)?;
        let matcher = Matcher::build(&data);
        Ok(Gazetteer { data, matcher })
    }

    /// The blob of data and matcher (what `build.rs` writes).
    #[cfg(test)]
    fn to_blob(&self) -> Vec<u8> {
        let mut w = store::Writer::default();
        self.data.write(&mut w);
        self.matcher.write(&mut w);
        w.out
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
        let raw = self.matcher.raw_matches(&self.data, doc, folded);
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
                *counts.entry(e.country).or_default() += 1;
            }
        }
        let single = counts.len() == 1;
        let talks_about_countries = counts.values().any(|&n| n >= 3);
        candidates.retain_mut(|c| {
            let e = self.entry(c.entry.expect("gazetteer candidates name entries"));
            let count = counts.get(e.country).copied().unwrap_or(0);
            if count >= 2 || (single && count == 1) {
                c.score += BONUS;
            }
            let foreign = talks_about_countries && count == 0 && !e.country.is_empty();
            !(c.weak && foreign && e.kind == EntityKind::Organization && NATIONAL_BODIES.contains(&e.subtype))
        });
    }

    /// The entry of the country with ISO code `iso2`.
    pub(crate) fn country(&self, iso2: &str) -> Option<u32> {
        self.data.find_id(&format!("iso:{iso2}"))
    }

    /// The entry a candidate names.
    pub(crate) fn entry(&self, i: u32) -> Entry<'_> {
        self.data.entry(i)
    }
}

/// The bundled data and matcher as `build.rs` built them.
fn prebuilt() -> (Data, Matcher) {
    static BLOB: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/gazetteer.bin"));
    let mut r = store::Reader::new(BLOB);
    let data = Data::read(&mut r);
    let matcher = Matcher::read(&mut r);
    assert!(r.is_empty(), "the prebuilt gazetteer blob has trailing bytes");
    (data, matcher)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The blob `build.rs` wrote is what loading the lists gives now, and
    /// user lists added to it give what loading everything gives.
    #[test]
    fn prebuilt_data_equals_loaded_data() {
        let default = Sources::default();
        assert!(Gazetteer::build(&default).unwrap().to_blob() == Gazetteer::parse(&default).unwrap().to_blob());
        let list = "name\tkind\tid\taliases\nBelarus\tplace\tiso:BY\tBielarus\nAcme Widgets\torganization\t\tAcme\n";
        let users = Sources {
            user_lists: vec![UserList::Text { name: "mine.tsv".into(), text: list.to_string() }],
            without_bundled: Vec::new(),
        };
        let (prebuilt, parsed) = (Gazetteer::build(&users).unwrap(), Gazetteer::parse(&users).unwrap());
        assert!(prebuilt.data.find_id("iso:BY").is_some_and(|i| prebuilt.entry(i).name == "Belarus"));
        assert_eq!(prebuilt.data.entries.len(), parsed.data.entries.len());
        for i in 0..prebuilt.data.entries.len() as u32 {
            let (a, b) = (prebuilt.entry(i), parsed.entry(i));
            assert_eq!((a.name, a.id, a.list, a.line), (b.name, b.id, b.list, b.line));
            let names = |g: &Gazetteer| g.data.entries.names(i).map(|s| g.data.text(s).to_string()).collect::<Vec<_>>();
            assert_eq!(names(&prebuilt), names(&parsed));
        }
        assert_eq!(prebuilt.matcher.form_ids, parsed.matcher.form_ids);
        assert_eq!(prebuilt.matcher.form_start, parsed.matcher.form_start);
        let text = "Acme Widgets said Bielarus and Belarus differ.";
        let doc = Document::new(text);
        let folded = Folded::new(text);
        let spans = |g: &Gazetteer| {
            g.matcher.raw_matches(&g.data, &doc, &folded).iter().map(|m| (m.start, m.end)).collect::<Vec<_>>()
        };
        assert_eq!(spans(&prebuilt), spans(&parsed));
        assert!(spans(&prebuilt).contains(&(0, 12)) && spans(&prebuilt).contains(&(18, 26)));
    }

    /// A user list whose names are all too short to match gives no
    /// automaton, and matching with none finds nothing.
    #[test]
    fn user_lists_without_patterns_match_nothing() {
        let users = Sources {
            user_lists: vec![UserList::Text { name: "short.tsv".into(), text: "name\tkind\nX\tplace\n".to_string() }],
            without_bundled: Vec::new(),
        };
        let g = Gazetteer::build_user_lists_only(&users).unwrap();
        assert_eq!(g.data.entries.len(), 1);
        assert!(g.matcher.automaton.is_none());
        let text = "X marks the spot in X.";
        assert!(g.matcher.raw_matches(&g.data, &Document::new(text), &Folded::new(text)).is_empty());
    }

    /// The byte-by-byte scan of `raw_matches` finds what the automaton's
    /// overlapping iterator finds on token boundaries with a fitting case,
    /// in the same order, on the corpus articles.
    #[test]
    fn raw_matches_are_the_overlapping_matches_on_token_boundaries() {
        let g = Gazetteer::build(&Sources::default()).unwrap();
        let automaton = g.matcher.automaton.as_ref().unwrap();
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus");
        let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
        files.retain(|p| p.extension().is_some_and(|e| e == "txt"));
        files.sort();
        assert!(files.len() >= 10);
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            let (doc, folded) = (Document::new(&text), Folded::new(&text));
            let starts: std::collections::HashSet<usize> = doc.tokens.iter().map(|t| t.span.start).collect();
            let ends: std::collections::HashSet<usize> = doc.tokens.iter().map(|t| t.span.end).collect();
            let mut expected = Vec::new();
            for m in automaton.find_overlapping_iter(&folded.text) {
                let (start, end) = (folded.original(m.start()), folded.original(m.end()));
                if !starts.contains(&start) || !ends.contains(&end) {
                    continue;
                }
                let p = m.value() as usize;
                for &fi in &g.matcher.form_ids[g.matcher.form_start[p] as usize..g.matcher.form_start[p + 1] as usize] {
                    if matcher::case_fits(&text[start..end], g.data.text(g.matcher.forms[fi as usize].text)) {
                        expected.push((start, end, fi));
                    }
                }
            }
            let found: Vec<_> =
                g.matcher.raw_matches(&g.data, &doc, &folded).iter().map(|m| (m.start, m.end, m.form)).collect();
            assert!(!found.is_empty());
            assert_eq!(found, expected, "{}", file.display());
        }
    }
}
