//! Loading the entity lists: the bundled ones compiled into the crate, and
//! the user's files, which add entries or replace bundled ones with the same id.

use super::entry::{Columns, Listed};
use super::store::{Entries, Entry, Reader, Str, Writer};
use crate::error::{Error, ErrorKind};
use crate::kinds::EntityKind;
use crate::text::fold;
use crate::tsv::Table;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::borrow::Cow;
use std::path::{Path, PathBuf};

/// An entity list compiled into the crate.
struct Bundled {
    /// Its name in rule ids: `gazetteer:places/countries`.
    name: &'static str,
    text: &'static str,
}

macro_rules! bundled {
    ($($name:literal),* $(,)?) => {
        &[$(Bundled { name: $name, text: include_str!(concat!("../../gazetteers/", $name, ".tsv")) }),*]
    };
}

/// Every bundled entity list. Order matters only for equal priors.
const ENTITY_LISTS: &[Bundled] = bundled![
    "places/countries",
    "places/subdivisions",
    "places/cities",
    "places/regions",
    "people/notable",
    "orgs/intergovernmental",
    "orgs/ngos",
    "orgs/media",
    "orgs/central_banks",
    "orgs/parties",
    "orgs/platforms",
    "orgs/government",
    "orgs/armed",
    "orgs/companies",
    "orgs/companies_extra",
    "orgs/sports_other",
    "orgs/football_clubs",
    "orgs/universities",
    "orgs/exchanges",
    "misc/religions",
];

const DEMONYMS: Bundled =
    Bundled { name: "places/demonyms", text: include_str!("../../gazetteers/places/demonyms.tsv") };
const CALENDAR: Bundled =
    Bundled { name: "figures/calendar", text: include_str!("../../gazetteers/figures/calendar.tsv") };
const TITLES: Bundled = Bundled { name: "people/titles", text: include_str!("../../gazetteers/people/titles.tsv") };
const FIRST_NAMES: Bundled =
    Bundled { name: "people/first_names", text: include_str!("../../gazetteers/people/first_names.tsv") };

/// The names of every bundled list the gazetteer reads ("places/cities"):
/// what `build.rs` watches for changes.
#[allow(dead_code)] // used by build.rs only
pub(crate) fn bundled_names() -> impl Iterator<Item = &'static str> {
    ENTITY_LISTS.iter().chain([&DEMONYMS, &CALENDAR, &TITLES, &FIRST_NAMES]).map(|b| b.name)
}

/// The prior from which a first name is common enough to make a place name ambiguous.
const COMMON_FIRST_NAME: u8 = 50;

/// A demonym ("Belarusian") naming a country entry.
#[derive(Clone, Debug)]
pub(crate) struct Demonym {
    /// In the entries' arena.
    pub form: Str,
    pub entry: u32,
    pub ambiguous: bool,
    /// Line in `places/demonyms.tsv`, for explain mode.
    pub line: u32,
}

/// Everything the gazetteer stage knows.
#[derive(Debug, Default)]
pub(crate) struct Data {
    /// List names ("places/cities" or a user file's path), indexed by `Entry::list`.
    pub lists: Vec<String>,
    /// The file each list was read from ("gazetteers/places/cities.tsv" or a
    /// user file's path), indexed by `Entry::list`: where explain mode points.
    pub files: Vec<String>,
    pub entries: Entries,
    pub demonyms: Vec<Demonym>,
    /// Folded first names: an ambiguous name that is also a first name needs
    /// more than capitalization to count as a place.
    pub first_names: HashSet<String>,
    /// Folded first words of titles ("president", "prime"): a place name
    /// followed by one is not part of a longer name ("US President").
    pub title_words: HashSet<String>,
    /// Folded month and weekday names: "March" or "Sunday" name a place only
    /// with a firm place beside them ("March, Cambridgeshire").
    pub calendar_words: HashSet<String>,
    /// Entry indices sorted by id ("iso:BY"), for lookups by bisection.
    by_id: Vec<u32>,
}

/// A user list: a file read when building, or text given in memory under a
/// name that errors and rule ids use as its file name.
#[derive(Clone, Debug)]
pub(crate) enum UserList {
    File(PathBuf),
    Text { name: PathBuf, text: String },
}

/// What to load.
#[derive(Clone, Debug, Default)]
pub(crate) struct Sources {
    pub user_lists: Vec<UserList>,
    pub without_bundled: Vec<EntityKind>,
}

/// Parse the bundled lists (those of kinds not left out) and the user's.
/// `build.rs` runs this at compile time for the default data, which
/// [`Data::read`] then reads back; at run time it serves only builders that
/// leave out bundled kinds.
pub(crate) fn load(sources: &Sources) -> Result<Data, Error> {
    let mut data = Data::default();
    let mut by_id: HashMap<String, u32> = HashMap::default();
    let mut lists = Vec::with_capacity(ENTITY_LISTS.len());
    for (i, list) in ENTITY_LISTS.iter().enumerate() {
        let table = Table::parse(list.text, Path::new(list.name), &["name", "kind"])?;
        lists.push(entries_of(&table, i, list.name)?);
    }
    // One allocation for every bundled entry, not a doubling vector's slack.
    data.entries.reserve(lists.iter().map(Vec::len).sum());
    by_id.reserve(lists.iter().map(Vec::len).sum());
    for (list, entries) in ENTITY_LISTS.iter().zip(lists) {
        data.lists.push(list.name.to_string());
        data.files.push(bundled_file(list.name));
        merge(&mut data, &mut by_id, entries, |e| !sources.without_bundled.contains(&e.kind));
    }
    add_lists(&mut data, &mut by_id, sources)?;
    if !sources.without_bundled.contains(&EntityKind::Place) {
        load_demonyms(&mut data, &by_id)?;
    }
    data.index_ids();
    let names = Table::parse(FIRST_NAMES.text, Path::new(FIRST_NAMES.name), &["name", "prior"])?;
    let (n, p) = (names.column("name"), names.column("prior"));
    // Only common first names: "Jordan" and "Chad" are, "Paris" and "Washington" rarely.
    let common = |r: &&crate::tsv::Row<'_>| r.get(p).parse::<u8>().is_ok_and(|p| p >= COMMON_FIRST_NAME);
    data.first_names = names.rows.iter().filter(common).map(|r| fold(r.get(n))).collect();
    let calendar = Table::parse(CALENDAR.text, Path::new(CALENDAR.name), &["word"])?;
    let w = calendar.column("word");
    data.calendar_words = calendar.rows.iter().map(|r| fold(r.get(w))).collect();
    let titles = Table::parse(TITLES.text, Path::new(TITLES.name), &["title"])?;
    let t = titles.column("title");
    data.title_words = titles.rows.iter().filter_map(|r| fold(r.get(t)).split(' ').next().map(String::from)).collect();
    Ok(data)
}

/// The user lists alone, without any bundled data: what the gazetteer fuzz
/// target builds, so that each input costs only its own parsing.
pub(crate) fn load_user_lists(sources: &Sources) -> Result<Data, Error> {
    let mut data = Data::default();
    add_lists(&mut data, &mut HashMap::default(), sources)?;
    data.index_ids();
    Ok(data)
}

/// Add the user lists to `data` (the prebuilt bundled data): the same
/// entries, in the same order, as [`load`] gives.
pub(crate) fn add_user_lists(data: &mut Data, sources: &Sources) -> Result<(), Error> {
    add_lists(data, &mut HashMap::default(), sources)?;
    data.index_ids();
    Ok(())
}

/// Merge the user lists; `by_id` holds the ids not yet in `data`'s index.
fn add_lists(data: &mut Data, by_id: &mut HashMap<String, u32>, sources: &Sources) -> Result<(), Error> {
    for list in &sources.user_lists {
        let (path, text) = match list {
            UserList::File(path) => (path, Cow::Owned(crate::tsv::read_utf8(path)?)),
            UserList::Text { name, text } => (name, Cow::Borrowed(text.as_str())),
        };
        let table = Table::parse(&text, path, &["name", "kind"])?;
        let name = path.display().to_string();
        let entries = entries_of(&table, data.lists.len(), &name)?;
        data.files.push(name.clone());
        data.lists.push(name);
        merge(data, by_id, entries, |_| true);
    }
    Ok(())
}

/// The entries of list number `list` (named `name` in rule ids and errors);
/// an id repeated within the list is an error.
fn entries_of(table: &Table<'_>, list: usize, name: &str) -> Result<Vec<Listed>, Error> {
    let list = u16::try_from(list).map_err(|_| {
        let kind = ErrorKind::InvalidValue { column: "file", value: name.to_string(), expected: "at most 65535 lists" };
        Error::new(kind)
    })?;
    let cols = Columns::of(table);
    let mut seen: HashMap<String, u32> = HashMap::default();
    let mut entries = Vec::with_capacity(table.rows.len());
    for row in &table.rows {
        let entry = Listed::from_row(table, row, &cols, list, name)?;
        if let Some(&first_line) = seen.get(entry.id.as_str()) {
            let kind = ErrorKind::DuplicateId { id: entry.id.clone(), first_line: first_line as usize };
            return Err(table.error(row, kind));
        }
        seen.insert(entry.id.clone(), entry.line);
        entries.push(entry);
    }
    Ok(entries)
}

/// Add a list's entries; an id seen in an earlier list (in `data`'s index or
/// in `by_id`) is replaced.
fn merge(data: &mut Data, by_id: &mut HashMap<String, u32>, entries: Vec<Listed>, keep: impl Fn(&Listed) -> bool) {
    for entry in entries.into_iter().filter(|e| keep(e)) {
        match by_id.get(&entry.id).copied().or_else(|| data.find_id(&entry.id)) {
            Some(i) => data.entries.replace(i, &entry.fields()),
            None => {
                let i = data.entries.push(&entry.fields());
                by_id.insert(entry.id, i);
            }
        }
    }
}

/// The path of a bundled list in the repository, as explain mode shows it.
fn bundled_file(name: &str) -> String {
    format!("gazetteers/{name}.tsv")
}

/// Marks the blob's format: a blob from another version of this code is refused.
const BLOB_VERSION: u32 = 0x6661_0001;

impl Data {
    /// The entry at index `i`.
    pub(crate) fn entry(&self, i: u32) -> Entry<'_> {
        self.entries.get(i)
    }

    /// A string of the entries' arena (a form's text).
    pub(crate) fn text(&self, s: Str) -> &str {
        self.entries.arena.get(s)
    }

    /// The index of the entry with id `id`.
    pub(crate) fn find_id(&self, id: &str) -> Option<u32> {
        let i = self.by_id.partition_point(|&e| self.entries.get(e).id < id);
        self.by_id.get(i).copied().filter(|&e| self.entries.get(e).id == id)
    }

    /// Sort the id index after entries were added.
    fn index_ids(&mut self) {
        let entries = &self.entries;
        let mut by_id: Vec<u32> = (0..entries.len() as u32).collect();
        by_id.sort_unstable_by(|&a, &b| entries.get(a).id.cmp(entries.get(b).id));
        self.by_id = by_id;
    }

    /// Where a gazetteer candidate came from, as `FILE:LINE`: the demonym's
    /// line for a demonym (`rule` says so), else the line of the entry it
    /// names. Built only on request (explain mode), so it may search.
    pub(crate) fn source(&self, entry: u32, rule: &str, text: &str) -> Option<String> {
        if entry as usize >= self.entries.len() {
            return None;
        }
        let e = self.entry(entry);
        if rule == "gazetteer:places/demonyms" {
            let folded = fold(text);
            if let Some(d) = self.demonyms.iter().find(|d| d.entry == entry && fold(self.text(d.form)) == folded) {
                return Some(format!("{}:{}", bundled_file(DEMONYMS.name), d.line));
            }
        }
        Some(format!("{}:{}", self.files.get(usize::from(e.list))?, e.line))
    }

    /// Append the data to the blob.
    #[cfg_attr(not(test), allow(dead_code))] // build.rs writes the blob
    pub(crate) fn write(&self, w: &mut Writer) {
        w.u32(BLOB_VERSION);
        w.strs(self.lists.iter().map(String::as_str));
        w.strs(self.files.iter().map(String::as_str));
        self.entries.write(w);
        w.u32(self.demonyms.len() as u32);
        for d in &self.demonyms {
            w.range(d.form);
            w.u32(d.entry);
            w.u32(u32::from(d.ambiguous));
            w.u32(d.line);
        }
        for set in [&self.first_names, &self.title_words, &self.calendar_words] {
            // Sorted: the blob is the same from one build to the next.
            let mut words: Vec<&str> = set.iter().map(String::as_str).collect();
            words.sort_unstable();
            w.strs(words.into_iter());
        }
        w.u32s(&self.by_id);
    }

    /// Read back what [`write`](Data::write) wrote.
    pub(crate) fn read(r: &mut Reader) -> Data {
        assert_eq!(r.u32(), BLOB_VERSION, "the prebuilt gazetteer blob is of another version");
        let lists = r.strs().into_iter().map(String::from).collect();
        let files = r.strs().into_iter().map(String::from).collect();
        let entries = Entries::read(r);
        let n = r.u32() as usize;
        let demonyms = (0..n)
            .map(|_| Demonym { form: r.range(), entry: r.u32(), ambiguous: r.u32() != 0, line: r.u32() })
            .collect();
        let mut set = || r.strs().into_iter().map(String::from).collect::<HashSet<String>>();
        let (first_names, title_words, calendar_words) = (set(), set(), set());
        let by_id = r.u32s();
        Data { lists, files, entries, demonyms, first_names, title_words, calendar_words, by_id }
    }
}

fn load_demonyms(data: &mut Data, by_id: &HashMap<String, u32>) -> Result<(), Error> {
    let table = Table::parse(DEMONYMS.text, Path::new(DEMONYMS.name), &["demonym", "country_id"])?;
    let (d, c, a) = (table.column("demonym"), table.column("country_id"), table.column("ambiguous"));
    for row in &table.rows {
        let Some(&entry) = by_id.get(row.get(c)) else {
            let kind = ErrorKind::InvalidValue {
                column: "country_id",
                value: row.get(c).to_string(),
                expected: "an id of a place list",
            };
            return Err(table.error(row, kind));
        };
        let ambiguous = matches!(row.get(a), "yes" | "true" | "ambiguous");
        let form = data.entries.arena.push(row.get(d));
        data.demonyms.push(Demonym { form, entry, ambiguous, line: row.line as u32 });
    }
    Ok(())
}
