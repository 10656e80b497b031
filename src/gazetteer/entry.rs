//! One line of an entity list: a named thing with its aliases.

use super::store::Fields;
use crate::error::Error;
use crate::error::ErrorKind;
use crate::kinds::EntityKind;
use crate::tsv::{Row, Table};

/// A person, place or organization as a list gives it (the store keeps
/// [`Entry`](super::store::Entry)s).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Listed {
    /// Canonical name.
    pub name: String,
    pub kind: EntityKind,
    pub subtype: String,
    /// Stable id: `iso:BY`, `geonames:625144`, `wikidata:Q184`, `slug:…`.
    pub id: String,
    /// Wikidata QID, or empty.
    pub wikidata: String,
    /// ISO 3166-1 alpha-2 of the country it belongs to, or empty.
    pub country: String,
    /// Other names.
    pub aliases: Vec<String>,
    /// Prominence 0–100.
    pub prior: u8,
    /// A name of the entry is also a common word or first name.
    pub ambiguous: bool,
    /// Index of the list it came from.
    pub list: u16,
    /// Line in that list.
    pub line: u32,
}

/// The columns of an entity list; `name` and `kind` are required.
pub(crate) const COLUMNS: [&str; 9] =
    ["name", "kind", "subtype", "id", "wikidata", "country", "aliases", "prior", "flags"];

/// Column indices of a parsed table.
pub(crate) struct Columns([Option<usize>; 9]);

impl Columns {
    pub(crate) fn of(table: &Table<'_>) -> Columns {
        Columns(COLUMNS.map(|c| table.column(c)))
    }
}

pub(crate) fn parse_kind(s: &str) -> Option<EntityKind> {
    match s {
        "person" => Some(EntityKind::Person),
        "place" => Some(EntityKind::Place),
        "organization" | "organisation" => Some(EntityKind::Organization),
        "misc" => Some(EntityKind::Misc),
        _ => None,
    }
}

impl Listed {
    /// Read one row; `list_name` makes ids for rows without one.
    pub(crate) fn from_row(
        table: &Table<'_>,
        row: &Row<'_>,
        cols: &Columns,
        list: u16,
        list_name: &str,
    ) -> Result<Listed, Error> {
        let [name, kind, subtype, id, wikidata, country, aliases, prior, flags] = cols.0.map(|c| row.get(c));
        if name.is_empty() {
            return Err(table.error(row, ErrorKind::EmptyField("name")));
        }
        let kind = parse_kind(kind).ok_or_else(|| {
            let expected = "person, place, organization or misc";
            table.error(row, ErrorKind::InvalidValue { column: "kind", value: kind.to_string(), expected })
        })?;
        let prior = if prior.is_empty() {
            50
        } else {
            prior.parse::<u8>().ok().filter(|&p| p <= 100).ok_or_else(|| {
                let expected = "a whole number from 0 to 100";
                table.error(row, ErrorKind::InvalidValue { column: "prior", value: prior.to_string(), expected })
            })?
        };
        let mut ambiguous = false;
        for flag in flags.split(',').map(str::trim).filter(|f| !f.is_empty()) {
            match flag {
                "ambiguous" => ambiguous = true,
                other => {
                    let expected = "a comma-separated list of: ambiguous";
                    return Err(table
                        .error(row, ErrorKind::InvalidValue { column: "flags", value: other.to_string(), expected }));
                }
            }
        }
        let id = if id.is_empty() { format!("{list_name}:{}", row.line) } else { id.to_string() };
        let aliases =
            aliases.split('|').map(str::trim).filter(|a| !a.is_empty() && *a != name).map(String::from).collect();
        Ok(Listed {
            name: name.to_string(),
            kind,
            subtype: subtype.to_string(),
            id,
            wikidata: wikidata.to_string(),
            country: country.to_string(),
            aliases,
            prior,
            ambiguous,
            list,
            line: row.line as u32,
        })
    }
}

impl Listed {
    pub(crate) fn fields(&self) -> Fields<'_> {
        Fields {
            name: &self.name,
            kind: self.kind,
            subtype: &self.subtype,
            id: &self.id,
            wikidata: &self.wikidata,
            country: &self.country,
            aliases: &self.aliases,
            prior: self.prior,
            ambiguous: self.ambiguous,
            list: self.list,
            line: self.line,
        }
    }
}
