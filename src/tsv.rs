//! Reading the tab-separated data files under `gazetteers/` (bundled or the
//! user's): a header line names the columns, then one record a line.
//! Blank lines and lines starting with `#` are skipped.

use crate::error::{Error, ErrorKind};
use std::path::Path;

/// A parsed TSV file whose cells borrow from the file's text.
#[allow(dead_code)] // path and lines serve the gazetteer loader
pub(crate) struct Table<'a> {
    path: &'a Path,
    header: Vec<&'a str>,
    pub(crate) rows: Vec<Row<'a>>,
}

/// One record and the 1-based line it came from.
#[allow(dead_code)]
pub(crate) struct Row<'a> {
    pub(crate) line: usize,
    cells: Vec<&'a str>,
}

impl<'a> Table<'a> {
    /// Parse `text` (the contents of `path`), requiring the named columns.
    pub(crate) fn parse(text: &'a str, path: &'a Path, required: &[&'static str]) -> Result<Table<'a>, Error> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut lines = text.split('\n').enumerate().map(|(i, l)| (i + 1, l.strip_suffix('\r').unwrap_or(l)));
        // The header is the first line that is neither blank nor a comment.
        let (header_line, header): (usize, Vec<&str>) =
            match lines.find(|(_, l)| !l.trim().is_empty() && !l.starts_with('#')) {
                Some((n, l)) => (n, l.split('\t').map(str::trim).collect()),
                None => (1, Vec::new()),
            };
        for &name in required {
            if !header.contains(&name) {
                return Err(Error::new(ErrorKind::MissingColumn(name)).at(path, Some(header_line)));
            }
        }
        let mut rows = Vec::with_capacity(text.as_bytes().iter().filter(|&&b| b == b'\n').count());
        for (line, l) in lines {
            if l.trim().is_empty() || l.starts_with('#') {
                continue;
            }
            // Sized once from the header: most rows have exactly its cells.
            let mut cells: Vec<&str> = Vec::with_capacity(header.len());
            cells.extend(l.split('\t').map(trim));
            if cells.len() != header.len() {
                let kind = ErrorKind::ColumnCount { expected: header.len(), found: cells.len() };
                return Err(Error::new(kind).at(path, Some(line)));
            }
            rows.push(Row { line, cells });
        }
        Ok(Table { path, header, rows })
    }

    /// The index of a column, if the header has it.
    pub(crate) fn column(&self, name: &str) -> Option<usize> {
        self.header.iter().position(|&h| h == name)
    }

    /// An error located at `row` of this file.
    #[allow(dead_code)]
    pub(crate) fn error(&self, row: &Row<'_>, kind: ErrorKind) -> Error {
        Error::new(kind).at(self.path, Some(row.line))
    }
}

impl<'a> Row<'a> {
    /// The cell in column `col`, or "" when the file has no such column.
    pub(crate) fn get(&self, col: Option<usize>) -> &'a str {
        col.map_or("", |c| self.cells[c])
    }
}

/// `str::trim`, with a shortcut for the usual cell that has nothing to trim.
fn trim(cell: &str) -> &str {
    let b = cell.as_bytes();
    let plain = |x: u8| x.is_ascii() && !x.is_ascii_whitespace();
    match (b.first(), b.last()) {
        (Some(&f), Some(&l)) if plain(f) && plain(l) => cell,
        _ => cell.trim(),
    }
}

/// A user file's text; invalid UTF-8 is reported at the line it is on.
pub(crate) fn read_utf8(path: &Path) -> Result<String, Error> {
    let bytes = std::fs::read(path).map_err(|e| Error::new(ErrorKind::Io(e)).at(path, None))?;
    String::from_utf8(bytes).map_err(|e| {
        let line = 1 + e.as_bytes()[..e.utf8_error().valid_up_to()].iter().filter(|&&b| b == b'\n').count();
        Error::new(ErrorKind::InvalidUtf8).at(path, Some(line))
    })
}

/// Parse one of the data files compiled into the crate. They are checked by
/// the test suite, so a failure here is a bug in the crate, not user input.
pub(crate) fn bundled(name: &'static str, text: &'static str, required: &[&'static str]) -> Table<'static> {
    let path: &'static Path = Path::new(name);
    match Table::parse(text, path, required) {
        Ok(t) => t,
        Err(e) => panic!("bundled data file is broken: {e}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_header_rows_and_reports_lines() {
        let path = Path::new("x.tsv");
        let t = Table::parse("\u{feff}a\tb\r\n# note\n\n1\t2\r\n3\t4\n", path, &["a"]).unwrap();
        assert_eq!(t.rows.len(), 2);
        assert_eq!(t.rows[1].line, 5);
        assert_eq!(t.rows[1].get(t.column("b")), "4");
        assert_eq!(t.rows[1].get(t.column("zzz")), "");
        let err = Table::parse("a\tb\n1\t2\t3\n", path, &[]).err().unwrap();
        assert_eq!(err.to_string(), "x.tsv:2: expected 2 tab-separated columns as in the header, found 3");
        let err = Table::parse("b\n", path, &["a"]).err().unwrap();
        assert_eq!(err.to_string(), "x.tsv:1: header lacks the required column \"a\"");
        let err = Table::parse("# a list\n\nb\n", path, &["a"]).err().unwrap();
        assert_eq!(err.to_string(), "x.tsv:3: header lacks the required column \"a\"");
    }
}
