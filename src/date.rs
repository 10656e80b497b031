//! A calendar date, used for the document date and for resolved date figures.

use crate::error::{Error, ErrorKind};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// A day of the proleptic Gregorian calendar, written `YYYY-MM-DD`.
///
/// ```
/// use factum::Date;
/// let d: Date = "2025-12-13".parse().unwrap();
/// assert_eq!((d.year(), d.month(), d.day()), (2025, 12, 13));
/// assert_eq!(d.to_string(), "2025-12-13");
/// assert!("2025-02-30".parse::<Date>().is_err());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

impl Date {
    /// The date, if it exists (`month` 1–12, `day` within the month).
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        let valid = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        valid.then_some(Date { year, month: month as u8, day: day as u8 })
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.year
    }

    /// The month, 1–12.
    pub fn month(self) -> u32 {
        u32::from(self.month)
    }

    /// The day of the month, 1–31.
    pub fn day(self) -> u32 {
        u32::from(self.day)
    }
}

/// Days in `month` of `year`.
pub(crate) fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl FromStr for Date {
    type Err = Error;

    fn from_str(s: &str) -> Result<Date, Error> {
        let bad = || Error::new(ErrorKind::InvalidDate(s.to_string()));
        let mut parts = s.trim().splitn(3, '-');
        let mut next = |len: usize| {
            let p = parts.next().filter(|p| p.len() == len && p.bytes().all(|b| b.is_ascii_digit()));
            p.and_then(|p| p.parse::<u32>().ok())
        };
        let (y, m, d) = (next(4), next(2), next(2));
        match (y, m, d) {
            (Some(y), Some(m), Some(d)) => Date::new(y as i32, m, d).ok_or_else(bad),
            _ => Err(bad()),
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_rejects() {
        assert_eq!("2024-02-29".parse::<Date>().unwrap(), Date::new(2024, 2, 29).unwrap());
        for bad in ["2023-02-29", "2025-13-01", "2025-1-01", "25-01-01", "2025-01-01x", "", "2025-00-10"] {
            let err = bad.parse::<Date>().unwrap_err();
            assert_eq!(err.to_string(), format!("invalid date {bad:?}: expected YYYY-MM-DD"));
        }
    }
}
