//! The ground floor's vocabulary: the kinds of entity and figure and the
//! numeric value type. Every stage names them; none of them knows a stage,
//! so stages read them here and never from `output`.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// The kind of an entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum EntityKind {
    /// A person.
    Person,
    /// A place: country, region, city, …
    Place,
    /// An organization: government body, company, party, news agency, …
    Organization,
    /// Another named thing: an award, an event, a product.
    Misc,
}

impl EntityKind {
    /// The lower-case name used in JSON and data files.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Place => "place",
            EntityKind::Organization => "organization",
            EntityKind::Misc => "misc",
        }
    }
}

impl fmt::Display for EntityKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The sort of a figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum FigureKind {
    /// A number that counts something: "123 prisoners", "hundreds".
    Count,
    /// Any other number.
    Number,
    /// "first", "21st".
    Ordinal,
    /// An amount of money.
    Money,
    /// A percentage.
    Percent,
    /// A calendar date, month, year or decade, absolute or relative.
    Date,
    /// A time of day.
    Time,
    /// A length of time: "five years", "48 hours".
    Duration,
    /// An amount with a unit: "30 km", "2 million barrels".
    Quantity,
    /// A result with two sides: "3-1", "a 24-17 victory".
    Score,
}

impl FigureKind {
    /// The lower-case name used in JSON: `count`, `money`, `date`, …
    ///
    /// ```
    /// assert_eq!(factum::FigureKind::Percent.as_str(), "percent");
    /// assert_eq!(factum::FigureKind::Count.to_string(), "count");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            FigureKind::Count => "count",
            FigureKind::Number => "number",
            FigureKind::Ordinal => "ordinal",
            FigureKind::Money => "money",
            FigureKind::Percent => "percent",
            FigureKind::Date => "date",
            FigureKind::Time => "time",
            FigureKind::Duration => "duration",
            FigureKind::Quantity => "quantity",
            FigureKind::Score => "score",
        }
    }
}

impl fmt::Display for FigureKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A numeric value. Whole numbers serialize as JSON integers ("123", not
/// "123.0") so output reads naturally and snapshots are stable.
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
pub struct Number(pub f64);

impl Serialize for Number {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let v = self.0;
        if v.fract() == 0.0 && v.abs() < 9_007_199_254_740_992.0 {
            s.serialize_i64(v as i64)
        } else {
            s.serialize_f64(v)
        }
    }
}

impl<'de> Deserialize<'de> for Number {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Number, D::Error> {
        f64::deserialize(d).map(Number)
    }
}

impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}
