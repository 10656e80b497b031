//! The extractor: the whole pipeline, built once and applied to any number of
//! texts.

use crate::candidate::Candidate;
use crate::date::Date;
use crate::detail::{FactDetail, RoleFact};
use crate::error::Error;
use crate::facts;
use crate::facts::Ref;
use crate::figures;
use crate::gazetteer::{Gazetteer, Sources, UserList};
use crate::lexicon::{Lexicons, UserRows};
use crate::output::{Entity, EntityKind, Evidence, Extraction, Fact, Figure, Mention, Rejected};
use crate::resolve::{coref, overlap};
use crate::rules;
use crate::span::CharOffsets;
use crate::text::{Document, Folded, TextRules};
use once_cell::sync::Lazy;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Reads English news text and returns entities, figures and facts.
///
/// Building one loads and compiles the data files; do it once and reuse it.
/// `Extractor::default()` returns the bundled extractor, built on first use
/// and shared: cloning is cheap. It is `Send + Sync`.
///
/// ```
/// use factum::Extractor;
/// let ex = Extractor::default();
/// let out = ex.extract("Belarus has released 123 prisoners.");
/// assert_eq!(out.schema, factum::SCHEMA);
/// ```
#[derive(Clone, Debug)]
pub struct Extractor {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    text: &'static TextRules,
    gazetteer: Gazetteer,
    lexicons: Lexicons,
}

/// Per-call options for [`Extractor::extract_with`].
///
/// ```
/// use factum::{Date, Options};
/// let opts = Options { document_date: Some("2025-12-13".parse::<Date>()?), ..Options::default() };
/// # Ok::<(), factum::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// The date the text was published; relative dates ("five years ago",
    /// "yesterday") are resolved against it. Without it they stay relative.
    pub document_date: Option<Date>,
    /// Return only entities of these kinds; empty means all kinds.
    pub include: Vec<EntityKind>,
    /// Never return entities of these kinds.
    pub exclude: Vec<EntityKind>,
    /// Explain mode, for debugging: also return the candidate mentions that
    /// lost to overlapping ones, with what beat them ([`Extraction::rejected`]),
    /// and the data line each mention, rejected candidate and fact came from
    /// where one did ([`Mention::source`], [`Fact::source`]).
    ///
    /// ```
    /// use factum::{Extractor, Options};
    /// let text = "Belarus freed 123 prisoners.";
    /// let out = Extractor::default().extract_with(text, &Options { explain: true, ..Options::default() });
    /// let belarus = &out.entities[0].mentions[0];
    /// assert_eq!(belarus.rule, "gazetteer:places/countries");
    /// assert!(belarus.source.as_deref().unwrap().starts_with("gazetteers/places/countries.tsv:"));
    /// assert!(out.facts[0].source.as_deref().unwrap().starts_with("gazetteers/lexicon/events.tsv:"));
    /// // Without it, nothing of the kind is returned.
    /// assert_eq!(Extractor::default().extract(text).entities[0].mentions[0].source, None);
    /// ```
    pub explain: bool,
}

impl Options {
    /// Whether entities of `kind` are wanted.
    pub fn wants(&self, kind: EntityKind) -> bool {
        (self.include.is_empty() || self.include.contains(&kind)) && !self.exclude.contains(&kind)
    }
}

static DEFAULT: Lazy<Extractor> =
    Lazy::new(|| ExtractorBuilder::new().build().unwrap_or_else(|e| panic!("bundled data failed to build: {e}")));

impl Default for Extractor {
    fn default() -> Extractor {
        DEFAULT.clone()
    }
}

impl Extractor {
    /// A builder for an extractor with user data files or without some
    /// bundled lists.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::new()
    }

    /// The gazetteer stage alone (tokens, folding, matching, support), for
    /// benchmarks: the number of candidate mentions.
    #[doc(hidden)]
    pub fn __gazetteer_candidates(&self, text: &str) -> usize {
        let doc = Document::with_vocab(text, self.inner.text, &self.inner.lexicons.vocab);
        self.inner.gazetteer.candidates(&doc, &Folded::new(text), self.inner.text, &self.inner.lexicons).len()
    }

    /// Extract from `text` with default options. Never panics.
    pub fn extract(&self, text: &str) -> Extraction {
        self.extract_with(text, &Options::default())
    }

    /// Extract from many texts in parallel (rayon's global pool), with default
    /// options. The results are in the order of `texts` and equal to calling
    /// [`extract`](Extractor::extract) on each.
    ///
    /// ```
    /// let ex = factum::Extractor::default();
    /// let texts = ["Belarus freed 123 prisoners.", "Kyiv welcomed them."];
    /// let out = ex.extract_batch(&texts);
    /// assert_eq!(out.len(), 2);
    /// assert_eq!(out[1], ex.extract(texts[1]));
    /// ```
    pub fn extract_batch<T: AsRef<str> + Sync>(&self, texts: &[T]) -> Vec<Extraction> {
        self.extract_batch_with(texts, &Options::default())
    }

    /// [`extract_batch`](Extractor::extract_batch) with `options` for every text.
    pub fn extract_batch_with<T: AsRef<str> + Sync>(&self, texts: &[T], options: &Options) -> Vec<Extraction> {
        use rayon::prelude::*;
        texts.par_iter().map(|t| self.extract_with(t.as_ref(), options)).collect()
    }

    /// Extract from `text` with `options`. Never panics.
    pub fn extract_with(&self, text: &str, options: &Options) -> Extraction {
        let Inner { text: text_rules, gazetteer, lexicons } = &*self.inner;
        let doc = Document::with_vocab(text, text_rules, &lexicons.vocab);
        let mut unsupported = options.explain.then(Vec::new);
        // The folded copy of the text serves the gazetteer alone: dropped at once.
        let mut candidates =
            gazetteer.candidates_explained(&doc, &Folded::new(text), text_rules, lexicons, unsupported.as_mut());
        candidates.extend(rules::candidates(&doc, text_rules, lexicons, &candidates));
        let mut rejected = options.explain.then(Vec::new);
        let mentions = overlap::select(candidates, rejected.as_mut());
        let mut clusters = coref::cluster(&doc, mentions, gazetteer, lexicons);
        clusters.retain(|c| options.wants(c.kind));
        let figures = figures::find_with(&doc, options.document_date, &lexicons.figures, &lexicons.vocab);
        let facts = facts::find(&doc, &clusters, &figures, lexicons);
        let found = Found { clusters, figures, facts, rejected, unsupported };
        Assembly { doc: &doc, offsets: CharOffsets::new(text), gazetteer, explain: options.explain }.output(found)
    }
}

/// What the stages found in one text, before ids and char offsets.
struct Found {
    clusters: Vec<coref::Cluster>,
    figures: Vec<figures::Found>,
    facts: Vec<facts::Found>,
    /// Candidates that lost to overlapping ones (explain mode).
    rejected: Option<Vec<overlap::Rejected>>,
    /// Ambiguous list matches dropped for lack of support (explain mode).
    unsupported: Option<Vec<Candidate>>,
}

/// The one step that turns what the stages found into the output: it numbers
/// entities, figures and facts ("E1", "F1", "X1") in output order, turns the
/// facts' typed references into those ids, adds char offsets and sentence
/// numbers, collects each person's roles and, in explain mode, the data line
/// of each mention.
struct Assembly<'a, 't> {
    doc: &'a Document<'t>,
    offsets: CharOffsets<'t>,
    gazetteer: &'a Gazetteer,
    explain: bool,
}

impl Assembly<'_, '_> {
    fn output(&self, found: Found) -> Extraction {
        let Found { mut clusters, figures, facts, rejected, unsupported } = found;
        let mut out = Extraction::new();
        out.figures = figures.into_iter().enumerate().map(|(i, f)| self.figure(i, f)).collect();
        for r in rejected.unwrap_or_default() {
            out.rejected.push(self.rejected(&r.candidate, Some(&r.winner), None));
        }
        for c in unsupported.unwrap_or_default() {
            out.rejected.push(self.rejected(&c, None, Some("no support from context")));
        }
        // By start, then the longer first (a stable sort keeps each group's order).
        out.rejected.sort_by_key(|r| (r.span.start, std::cmp::Reverse(r.span.end)));
        for f in &facts {
            if let FactDetail::Role(RoleFact { person: Ref::Entity(e), role, .. }) = &f.detail {
                if let Some(c) = clusters.get_mut(*e).filter(|c| !c.roles.contains(role)) {
                    c.roles.push(role.clone());
                }
            }
        }
        out.facts = facts.into_iter().enumerate().map(|(i, f)| self.fact(i, f)).collect();
        out.entities = clusters.into_iter().enumerate().map(|(i, c)| self.entity(i, c)).collect();
        out
    }

    fn figure(&self, i: usize, f: figures::Found) -> Figure {
        Figure {
            id: format!("F{}", i + 1),
            kind: f.kind,
            span: f.span,
            char_start: self.offsets.char_offset(f.span.start),
            char_end: self.offsets.char_offset(f.span.end),
            text: self.doc.slice(f.span).to_string(),
            value: f.value,
            min: f.min,
            max: f.max,
            approx: f.approx,
            unit: f.unit,
            date: f.date,
            relative: f.relative,
            time: f.time,
            sides: f.sides,
            sentence: self.doc.sentence_at(f.span.start),
            rule: f.rule.to_string(),
        }
    }

    fn fact(&self, i: usize, f: facts::Found) -> Fact {
        let detail = f.detail.map_refs(|r| match r {
            Ref::Entity(e) => format!("E{}", e + 1),
            Ref::Figure(f) => format!("F{}", f + 1),
            Ref::Said(words) => words,
        });
        Fact {
            id: format!("X{}", i + 1),
            detail,
            sentence: self.doc.sentence_at(f.evidence.start),
            evidence: Evidence {
                span: f.evidence,
                char_start: self.offsets.char_offset(f.evidence.start),
                char_end: self.offsets.char_offset(f.evidence.end),
                text: self.doc.slice(f.evidence).to_string(),
            },
            rule: f.rule.to_string(),
            source: f.source.filter(|_| self.explain).map(|(file, line)| format!("{file}:{line}")),
        }
    }

    fn entity(&self, i: usize, c: coref::Cluster) -> Entity {
        let mentions = c
            .mentions
            .iter()
            .map(|m| Mention {
                source: self.source(m),
                ..Mention::new(self.doc, &self.offsets, m.span, m.rule.clone())
            })
            .collect();
        Entity {
            id: format!("E{}", i + 1),
            kind: c.kind,
            subtype: c.subtype,
            name: c.name,
            mentions,
            roles: c.roles,
            ids: c.ids,
        }
    }

    fn rejected(&self, c: &Candidate, beaten_by: Option<&Candidate>, reason: Option<&str>) -> Rejected {
        Rejected {
            span: c.span,
            char_start: self.offsets.char_offset(c.span.start),
            char_end: self.offsets.char_offset(c.span.end),
            text: self.doc.slice(c.span).to_string(),
            kind: c.kind,
            rule: c.rule.clone(),
            source: self.source(c),
            beaten_by: beaten_by.map_or(String::new(), |w| self.doc.slice(w.span).to_string()),
            beaten_by_rule: beaten_by.map_or(String::new(), |w| w.rule.clone()),
            reason: reason.map(str::to_string),
        }
    }

    /// The data line a candidate came from, in explain mode.
    fn source(&self, c: &Candidate) -> Option<String> {
        if !self.explain {
            return None;
        }
        c.entry.and_then(|e| self.gazetteer.data.source(e, &c.rule, self.doc.slice(c.span)))
    }
}

/// Builds an [`Extractor`]. Setters take `&mut self`; data files are read
/// by [`build`](ExtractorBuilder::build), which reports a bad line by file and
/// line.
///
/// A user list has the columns of the bundled ones (see `gazetteers/README.md`):
/// a header line, then one entry a line; `name` and `kind` are required. An
/// entry whose `id` matches a bundled entry replaces it.
///
/// ```
/// use factum::{EntityKind, Extractor};
/// # let dir = std::env::temp_dir().join("factum-doc-builder");
/// # std::fs::create_dir_all(&dir).unwrap();
/// let path = dir.join("my_orgs.tsv");
/// std::fs::write(&path, "name\tkind\tsubtype\taliases\nAcme Widgets\torganization\tcompany\tAcme\n")?;
/// let ex = Extractor::builder().gazetteer_file(&path).without_bundled(EntityKind::Person).build()?;
/// let out = ex.extract("Shares in Acme rose.");
/// assert_eq!(out.entities[0].name, "Acme Widgets");
/// assert_eq!(out.entities[0].mentions[0].text, "Acme");
///
/// std::fs::write(&path, "name\tkind\nAcme\tcompany\n")?;
/// let err = Extractor::builder().gazetteer_file(&path).build().unwrap_err();
/// assert!(err.to_string().ends_with("my_orgs.tsv:2: invalid kind \"company\": expected person, place, organization or misc"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, Default)]
pub struct ExtractorBuilder {
    sources: Sources,
    lexicon: Vec<UserRows>,
}

impl ExtractorBuilder {
    /// A builder with the bundled data.
    pub fn new() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// Add a user gazetteer (TSV) file, read when building. Files are read in
    /// the order given; later entries replace earlier ones with the same id.
    pub fn gazetteer_file(&mut self, path: impl AsRef<Path>) -> &mut ExtractorBuilder {
        self.sources.user_lists.push(UserList::File(PathBuf::from(path.as_ref())));
        self
    }

    /// Add a user gazetteer given as text, in the format of a file for
    /// [`gazetteer_file`](ExtractorBuilder::gazetteer_file); `name` stands
    /// for the file name in errors and rule ids. Lists given either way are
    /// read in the order given.
    ///
    /// ```
    /// use factum::Extractor;
    /// let list = "name\tkind\taliases\nAcme Widgets\torganization\tAcme\n";
    /// let ex = Extractor::builder().gazetteer_text("my_orgs.tsv", list).build()?;
    /// let out = ex.extract("Shares in Acme rose.");
    /// assert_eq!(out.entities[0].name, "Acme Widgets");
    /// assert_eq!(out.entities[0].mentions[0].rule, "gazetteer:my_orgs.tsv");
    ///
    /// let err = Extractor::builder().gazetteer_text("my_orgs.tsv", "name\tkind\n\tplace\n").build().unwrap_err();
    /// assert_eq!(err.to_string(), "my_orgs.tsv:2: empty name");
    /// # Ok::<(), factum::Error>(())
    /// ```
    pub fn gazetteer_text(&mut self, name: &str, text: &str) -> &mut ExtractorBuilder {
        self.sources.user_lists.push(UserList::Text { name: PathBuf::from(name), text: text.to_string() });
        self
    }

    /// Add rows to one of the bundled word lists the rules read, from a
    /// TSV file named like the list it extends, with that list's columns
    /// (`gazetteers/README.md`): `speech_verbs.tsv` (reporting verbs),
    /// `events.tsv` (event words of the count facts), `count_nouns.tsv`
    /// (nouns that news counts) or `cues.tsv` (cue words by kind). Read
    /// when building; a bad line is reported by file and line.
    ///
    /// ```
    /// use factum::{Extractor, FactDetail};
    /// # let dir = std::env::temp_dir().join("factum-doc-lexicon");
    /// # std::fs::create_dir_all(&dir).unwrap();
    /// let text = "Officials quarantined 40 sailors.";
    /// let event = |ex: &Extractor| match &ex.extract(text).facts[0].detail {
    ///     FactDetail::Count(c) => c.event.clone(),
    ///     _ => unreachable!(),
    /// };
    /// assert_eq!(event(&Extractor::default()), "quarantine");
    /// let path = dir.join("events.tsv");
    /// std::fs::write(&path, "form\tlemma\tevent\tpos\tvoice\nquarantined\tquarantine\tdetain\tverb\tparticiple\n")?;
    /// let ex = Extractor::builder().lexicon_file(&path).build()?;
    /// assert_eq!(event(&ex), "detain");
    ///
    /// let err = Extractor::builder().lexicon_file(dir.join("verbs.tsv")).build().unwrap_err();
    /// assert!(err.to_string().contains("invalid lexicon list \"verbs.tsv\": expected speech_verbs.tsv"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn lexicon_file(&mut self, path: impl AsRef<Path>) -> &mut ExtractorBuilder {
        self.lexicon.push(UserRows::File(PathBuf::from(path.as_ref())));
        self
    }

    /// [`lexicon_file`](ExtractorBuilder::lexicon_file) with the rows given
    /// as text; `name` is the list's file name ("speech_verbs.tsv").
    ///
    /// ```
    /// use factum::{Extractor, FactDetail};
    /// let text = "\"We will rebuild,\" Maria Lopez blurted.";
    /// let speaker = |ex: &Extractor| {
    ///     let out = ex.extract(text);
    ///     out.facts.iter().find_map(|f| match &f.detail { FactDetail::Quote(q) => q.speaker.clone(), _ => None })
    /// };
    /// assert_eq!(speaker(&Extractor::default()), None);
    /// let ex = Extractor::builder().lexicon_text("speech_verbs.tsv", "verb\nblurted\n").build()?;
    /// assert_eq!(speaker(&ex).as_deref(), Some("E1"));
    ///
    /// let err = Extractor::builder().lexicon_text("speech_verbs.tsv", "word\nblurted\n").build().unwrap_err();
    /// assert_eq!(err.to_string(), "speech_verbs.tsv:1: header lacks the required column \"verb\"");
    /// # Ok::<(), factum::Error>(())
    /// ```
    pub fn lexicon_text(&mut self, name: &str, text: &str) -> &mut ExtractorBuilder {
        self.lexicon.push(UserRows::Text { name: PathBuf::from(name), text: text.to_string() });
        self
    }

    /// Leave out the bundled lists of entities of `kind` (user files still count).
    pub fn without_bundled(&mut self, kind: EntityKind) -> &mut ExtractorBuilder {
        self.sources.without_bundled.push(kind);
        self
    }

    /// For the gazetteer fuzz target: load and compile only the user lists
    /// (no bundled data, so it is fast) and count the candidate mentions
    /// they give in `text`. Fails as [`build`](ExtractorBuilder::build) would
    /// on a bad user list.
    #[doc(hidden)]
    pub fn __user_lists_candidates(&self, text: &str) -> Result<usize, Error> {
        let gazetteer = Gazetteer::build_user_lists_only(&self.sources)?;
        let rules = TextRules::bundled();
        let doc = Document::with_rules(text, rules);
        // The bundled word lists, built once per process with the default extractor.
        let lexicons = &DEFAULT.inner.lexicons;
        Ok(gazetteer.candidates(&doc, &Folded::new(text), rules, lexicons).len())
    }

    /// Load and compile everything into an extractor.
    pub fn build(&self) -> Result<Extractor, Error> {
        // The gazetteer is most of the data; the stages' word lists are
        // independent of it: build them on another core meanwhile.
        let (gazetteer, lexicons) = rayon::join(|| Gazetteer::build(&self.sources), || Lexicons::build(&self.lexicon));
        let inner = Inner { text: TextRules::bundled(), gazetteer: gazetteer?, lexicons: lexicons? };
        Ok(Extractor { inner: Arc::new(inner) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extractor_is_send_sync_and_cheap_to_clone() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Extractor>();
        let a = Extractor::default();
        let b = Extractor::default();
        assert!(Arc::ptr_eq(&a.inner, &b.inner));
    }

    #[test]
    fn options_filter_kinds() {
        let opts = Options {
            include: vec![EntityKind::Person, EntityKind::Place],
            exclude: vec![EntityKind::Place],
            ..Options::default()
        };
        assert!(opts.wants(EntityKind::Person));
        assert!(!opts.wants(EntityKind::Place));
        assert!(!opts.wants(EntityKind::Organization));
        assert!(Options::default().wants(EntityKind::Misc));
    }
}
