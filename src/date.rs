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

    /// Days since 1970-01-01 (Howard Hinnant's algorithm), for any valid
    /// `y`, `m`, `d` of the proleptic Gregorian calendar.
    pub(crate) fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
        let y = i64::from(y) - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(m);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `z` days after 1970-01-01.
    pub(crate) fn from_days(z: i64) -> Option<Date> {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let y = yoe + era * 400 + i64::from(m <= 2);
        Date::new(i32::try_from(y).ok()?, m, d)
    }

    /// Days since 1970-01-01.
    pub(crate) fn days(self) -> i64 {
        Date::days_from_civil(self.year(), self.month(), self.day())
    }

    /// The day of the week, 1 (Monday) to 7 (Sunday).
    ///
    /// ```
    /// use factum::Date;
    /// assert_eq!(Date::new(2025, 12, 13).unwrap().weekday(), 6); // a Saturday
    /// ```
    pub fn weekday(self) -> u32 {
        ((self.days() + 3).rem_euclid(7) + 1) as u32
    }

    /// The date moved by `n` units (D days, W weeks, F fortnights, M months,
    /// Y years, E decades, C centuries); months and years clamp the day to
    /// the month's end.
    pub(crate) fn shift(self, unit: char, n: i64) -> Option<Date> {
        let by_days = |k: i64| Date::from_days(self.days() + k);
        let by_months = |k: i64| {
            let total = i64::from(self.year()) * 12 + i64::from(self.month()) - 1 + k;
            let (y, m) = (i32::try_from(total.div_euclid(12)).ok()?, (total.rem_euclid(12) + 1) as u32);
            Date::new(y, m, self.day().min(days_in_month(y, m)))
        };
        match unit {
            'D' => by_days(n),
            'W' => by_days(7 * n),
            'F' => by_days(14 * n),
            'M' => by_months(n),
            'Y' => by_months(12 * n),
            'E' => by_months(120 * n),
            'C' => by_months(1200 * n),
            _ => Some(self),
        }
    }

    /// The ISO 8601 week date: "2016-W45".
    pub(crate) fn iso_week(self) -> String {
        let thursday = self.days() - i64::from(self.weekday()) + 4;
        let year = Date::from_days(thursday).map_or(self.year(), Date::year);
        let week = (thursday - Date::days_from_civil(year, 1, 1)) / 7 + 1;
        format!("{year:04}-W{week:02}")
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
