//! The one error type. Only building an extractor (loading data files) and
//! parsing option values can fail; extracting never does.

use std::fmt;
use std::path::{Path, PathBuf};

/// An error from building an [`Extractor`](crate::Extractor) or parsing a
/// value such as a date. It names the file and line where a data file is at
/// fault.
///
/// ```
/// let err = "2025-13-01".parse::<factum::Date>().unwrap_err();
/// assert_eq!(err.to_string(), r#"invalid date "2025-13-01": expected YYYY-MM-DD"#);
/// assert!(err.path().is_none());
/// ```
#[derive(Debug)]
pub struct Error {
    kind: ErrorKind,
    path: Option<PathBuf>,
    line: Option<usize>,
}

/// What went wrong. New kinds may be added, so match with a wildcard arm.
#[derive(Debug)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Reading a file failed.
    Io(std::io::Error),
    /// A file is not valid UTF-8.
    InvalidUtf8,
    /// A data line has a different number of columns than the header.
    ColumnCount {
        /// Columns in the header.
        expected: usize,
        /// Columns in this line.
        found: usize,
    },
    /// The header lacks a required column.
    MissingColumn(&'static str),
    /// A required field is empty.
    EmptyField(&'static str),
    /// A field holds a value that is not allowed there.
    InvalidValue {
        /// The column.
        column: &'static str,
        /// The value found.
        value: String,
        /// What is allowed instead.
        expected: &'static str,
    },
    /// An id appears twice in one file.
    DuplicateId {
        /// The repeated id.
        id: String,
        /// The line where it first appeared.
        first_line: usize,
    },
    /// A date could not be parsed.
    InvalidDate(String),
}

impl Error {
    pub(crate) fn new(kind: ErrorKind) -> Error {
        Error { kind, path: None, line: None }
    }

    pub(crate) fn at(mut self, path: &Path, line: Option<usize>) -> Error {
        self.path = Some(path.to_path_buf());
        self.line = line;
        self
    }

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    /// The file at fault, if any.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The 1-based line at fault, if any.
    pub fn line(&self) -> Option<usize> {
        self.line
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(path) = &self.path {
            write!(f, "{}", path.display())?;
            if let Some(line) = self.line {
                write!(f, ":{line}")?;
            }
            write!(f, ": ")?;
        }
        match &self.kind {
            ErrorKind::Io(e) => write!(f, "{e}"),
            ErrorKind::InvalidUtf8 => write!(f, "invalid UTF-8"),
            ErrorKind::ColumnCount { expected, found } => {
                write!(f, "expected {expected} tab-separated columns as in the header, found {found}")
            }
            ErrorKind::MissingColumn(c) => write!(f, "header lacks the required column {c:?}"),
            ErrorKind::EmptyField(c) => write!(f, "empty {c}"),
            ErrorKind::InvalidValue { column, value, expected } => {
                write!(f, "invalid {column} {value:?}: expected {expected}")
            }
            ErrorKind::DuplicateId { id, first_line } => {
                write!(f, "duplicate id {id:?} (first on line {first_line})")
            }
            ErrorKind::InvalidDate(s) => write!(f, "invalid date {s:?}: expected YYYY-MM-DD"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            ErrorKind::Io(e) => Some(e),
            _ => None,
        }
    }
}
