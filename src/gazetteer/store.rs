//! The entries in compact arrays: every string in one arena, each entry a
//! fixed-size record of `u32` offsets into it. Built from the lists at run
//! time, or read back from the blob `build.rs` wrote at compile time (then the
//! arena borrows from the blob embedded in the binary).
//!
//! The blob is a sequence of little-endian `u32`s, bytes and strings written by
//! [`Writer`] and read back by [`Reader`] in the same order.

use crate::kinds::EntityKind;
use std::borrow::Cow;

/// A string in an [`Arena`]: its byte range.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Str {
    start: u32,
    len: u32,
}

/// Strings one after another.
#[derive(Debug, Default)]
pub(crate) struct Arena {
    text: Cow<'static, str>,
}

impl Arena {
    /// Append `s`.
    pub(crate) fn push(&mut self, s: &str) -> Str {
        if s.is_empty() {
            return Str::default();
        }
        let text = self.text.to_mut();
        let start = u32::try_from(text.len()).expect("gazetteer strings under 4 GiB");
        text.push_str(s);
        Str { start, len: s.len() as u32 }
    }

    /// Append `s` unless `seen` says it is there already: for the columns of
    /// few distinct values (subtype, country).
    pub(crate) fn intern(&mut self, seen: &mut rustc_hash::FxHashMap<String, Str>, s: &str) -> Str {
        if let Some(&at) = seen.get(s) {
            return at;
        }
        let at = self.push(s);
        seen.insert(s.to_string(), at);
        at
    }

    pub(crate) fn get(&self, s: Str) -> &str {
        &self.text[s.start as usize..(s.start + s.len) as usize]
    }
}

/// One entry, as stored.
#[derive(Clone, Copy, Debug)]
struct Record {
    name: Str,
    subtype: Str,
    id: Str,
    wikidata: Str,
    country: Str,
    /// Its aliases: `aliases[aliases_start..aliases_start + aliases_len]`.
    aliases_start: u32,
    aliases_len: u32,
    line: u32,
    list: u16,
    kind: EntityKind,
    prior: u8,
    ambiguous: bool,
}

/// A person, place or organization from a list, as read from the store.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Entry<'a> {
    /// Canonical name.
    pub name: &'a str,
    pub kind: EntityKind,
    pub subtype: &'a str,
    /// Stable id: `iso:BY`, `geonames:625144`, `wikidata:Q184`, `slug:…`.
    pub id: &'a str,
    /// Wikidata QID, or empty.
    pub wikidata: &'a str,
    /// ISO 3166-1 alpha-2 of the country it belongs to, or empty.
    pub country: &'a str,
    /// Prominence 0–100.
    pub prior: u8,
    /// A name of the entry is also a common word or first name.
    pub ambiguous: bool,
    /// Index of the list it came from.
    pub list: u16,
    /// Line in that list.
    pub line: u32,
}

/// The fields of an entry as a list gives them.
pub(crate) struct Fields<'s> {
    pub name: &'s str,
    pub kind: EntityKind,
    pub subtype: &'s str,
    pub id: &'s str,
    pub wikidata: &'s str,
    pub country: &'s str,
    pub aliases: &'s [String],
    pub prior: u8,
    pub ambiguous: bool,
    pub list: u16,
    pub line: u32,
}

/// Every entry.
#[derive(Debug, Default)]
pub(crate) struct Entries {
    pub arena: Arena,
    records: Vec<Record>,
    aliases: Vec<Str>,
    /// Strings of few distinct values already in the arena (while loading).
    interned: rustc_hash::FxHashMap<String, Str>,
}

impl Entries {
    pub(crate) fn len(&self) -> usize {
        self.records.len()
    }

    /// Entry `i`; panics when out of range, like a slice.
    pub(crate) fn get(&self, i: u32) -> Entry<'_> {
        let r = &self.records[i as usize];
        let s = |x: Str| self.arena.get(x);
        Entry {
            name: s(r.name),
            kind: r.kind,
            subtype: s(r.subtype),
            id: s(r.id),
            wikidata: s(r.wikidata),
            country: s(r.country),
            prior: r.prior,
            ambiguous: r.ambiguous,
            list: r.list,
            line: r.line,
        }
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = Entry<'_>> {
        (0..self.records.len() as u32).map(|i| self.get(i))
    }

    /// Where the name and then each alias of entry `i` are stored.
    pub(crate) fn names(&self, i: u32) -> impl Iterator<Item = Str> + '_ {
        let r = &self.records[i as usize];
        std::iter::once(r.name)
            .chain(self.aliases[r.aliases_start as usize..(r.aliases_start + r.aliases_len) as usize].iter().copied())
    }

    fn record(&mut self, f: &Fields<'_>) -> Record {
        let aliases_start = self.aliases.len() as u32;
        for a in f.aliases {
            let a = self.arena.push(a);
            self.aliases.push(a);
        }
        let mut interned = std::mem::take(&mut self.interned);
        let record = Record {
            name: self.arena.push(f.name),
            subtype: self.arena.intern(&mut interned, f.subtype),
            id: self.arena.push(f.id),
            wikidata: self.arena.push(f.wikidata),
            country: self.arena.intern(&mut interned, f.country),
            aliases_start,
            aliases_len: f.aliases.len() as u32,
            line: f.line,
            list: f.list,
            kind: f.kind,
            prior: f.prior,
            ambiguous: f.ambiguous,
        };
        self.interned = interned;
        record
    }

    /// Add an entry; its index.
    pub(crate) fn push(&mut self, f: &Fields<'_>) -> u32 {
        let r = self.record(f);
        self.records.push(r);
        (self.records.len() - 1) as u32
    }

    /// Replace entry `i` (its old strings stay in the arena, unused).
    pub(crate) fn replace(&mut self, i: u32, f: &Fields<'_>) {
        let r = self.record(f);
        self.records[i as usize] = r;
    }

    pub(crate) fn reserve(&mut self, n: usize) {
        self.records.reserve_exact(n);
    }

    #[cfg_attr(not(test), allow(dead_code))] // build.rs writes the blob
    pub(crate) fn write(&self, w: &mut Writer) {
        w.str(&self.arena.text);
        w.u32(self.records.len() as u32);
        for r in &self.records {
            for s in [r.name, r.subtype, r.id, r.wikidata, r.country] {
                w.range(s);
            }
            w.u32(r.aliases_start);
            w.u32(r.aliases_len);
            w.u32(r.line);
            w.u32(u32::from(r.list));
            w.u32(kind_code(r.kind));
            w.u32(u32::from(r.prior));
            w.u32(u32::from(r.ambiguous));
        }
        w.u32(self.aliases.len() as u32);
        for &a in &self.aliases {
            w.range(a);
        }
    }

    pub(crate) fn read(r: &mut Reader) -> Entries {
        let arena = Arena { text: Cow::Borrowed(r.str()) };
        let n = r.u32() as usize;
        let mut records = Vec::with_capacity(n);
        for _ in 0..n {
            let [name, subtype, id, wikidata, country] = [(); 5].map(|()| r.range());
            records.push(Record {
                name,
                subtype,
                id,
                wikidata,
                country,
                aliases_start: r.u32(),
                aliases_len: r.u32(),
                line: r.u32(),
                list: r.u32() as u16,
                kind: kind_of(r.u32()),
                prior: r.u32() as u8,
                ambiguous: r.u32() != 0,
            });
        }
        let n = r.u32() as usize;
        let aliases = (0..n).map(|_| r.range()).collect();
        Entries { arena, records, aliases, interned: Default::default() }
    }
}

#[cfg_attr(not(test), allow(dead_code))] // build.rs writes the blob
fn kind_code(k: EntityKind) -> u32 {
    match k {
        EntityKind::Person => 0,
        EntityKind::Place => 1,
        EntityKind::Organization => 2,
        EntityKind::Misc => 3,
    }
}

fn kind_of(code: u32) -> EntityKind {
    match code {
        0 => EntityKind::Person,
        1 => EntityKind::Place,
        2 => EntityKind::Organization,
        _ => EntityKind::Misc,
    }
}

/// Writes the blob.
#[derive(Default)]
#[cfg_attr(not(test), allow(dead_code))] // build.rs writes the blob
pub(crate) struct Writer {
    pub out: Vec<u8>,
}

#[cfg_attr(not(test), allow(dead_code))] // build.rs writes the blob
impl Writer {
    pub(crate) fn u32(&mut self, x: u32) {
        self.out.extend_from_slice(&x.to_le_bytes());
    }

    pub(crate) fn bytes(&mut self, b: &[u8]) {
        self.u32(u32::try_from(b.len()).expect("gazetteer blob parts under 4 GiB"));
        self.out.extend_from_slice(b);
    }

    pub(crate) fn str(&mut self, s: &str) {
        self.bytes(s.as_bytes());
    }

    pub(crate) fn range(&mut self, s: Str) {
        self.u32(s.start);
        self.u32(s.len);
    }

    pub(crate) fn u32s(&mut self, xs: &[u32]) {
        self.u32(xs.len() as u32);
        for &x in xs {
            self.u32(x);
        }
    }

    pub(crate) fn strs<'s>(&mut self, xs: impl ExactSizeIterator<Item = &'s str>) {
        self.u32(xs.len() as u32);
        for x in xs {
            self.str(x);
        }
    }
}

/// Reads the blob back. The blob is written by the crate's own build script
/// for the crate being compiled, so a short or malformed blob is a bug in the
/// crate: it panics, as a broken bundled data file does.
pub(crate) struct Reader {
    bytes: &'static [u8],
}

impl Reader {
    pub(crate) fn new(bytes: &'static [u8]) -> Reader {
        Reader { bytes }
    }

    fn take(&mut self, n: usize) -> &'static [u8] {
        assert!(n <= self.bytes.len(), "the prebuilt gazetteer blob is truncated");
        let (head, tail) = self.bytes.split_at(n);
        self.bytes = tail;
        head
    }

    pub(crate) fn u32(&mut self) -> u32 {
        let b = self.take(4);
        u32::from_le_bytes([b[0], b[1], b[2], b[3]])
    }

    pub(crate) fn bytes(&mut self) -> &'static [u8] {
        let n = self.u32() as usize;
        self.take(n)
    }

    pub(crate) fn str(&mut self) -> &'static str {
        std::str::from_utf8(self.bytes()).expect("the prebuilt gazetteer blob holds UTF-8 strings")
    }

    pub(crate) fn range(&mut self) -> Str {
        Str { start: self.u32(), len: self.u32() }
    }

    pub(crate) fn u32s(&mut self) -> Vec<u32> {
        let n = self.u32() as usize;
        self.take(n * 4).chunks_exact(4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]])).collect()
    }

    pub(crate) fn strs(&mut self) -> Vec<&'static str> {
        let n = self.u32() as usize;
        (0..n).map(|_| self.str()).collect()
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }
}
