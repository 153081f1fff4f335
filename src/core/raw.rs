//! A serde mirror of a `pantau/1` file, as close to the file as possible and
//! tolerant of every mistake, so that validation can report all of them at
//! once instead of stopping at serde's first.

use serde::de::{DeserializeOwned, IgnoredAny};
use serde::{Deserialize, Deserializer};
use serde_json::Value;
use std::collections::BTreeMap;

/// A field as found in the file: absent, of the expected shape, or present
/// with some other value (kept so the error can say what it got).
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Field<T> {
    /// Not in the file.
    #[default]
    Missing,
    /// Present and of the expected shape.
    Present(T),
    /// Present with a value of another shape.
    Invalid(Value),
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for Field<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(deserializer)?;
        Ok(match T::deserialize(&value) {
            Ok(parsed) => Field::Present(parsed),
            Err(_) => Field::Invalid(value),
        })
    }
}

/// Names of fields the format does not define, kept to warn about them.
pub type Unknown = BTreeMap<String, IgnoredAny>;

/// A list whose every element is checked on its own.
pub type List<T> = Field<Vec<Field<T>>>;

/// The whole file.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RawDataset {
    /// An editor's pointer to the JSON Schema; allowed, not used.
    #[serde(rename = "$schema")]
    pub schema: Field<Value>,
    pub format: Field<Value>,
    pub id: Field<String>,
    pub title: Field<Value>,
    pub description: Field<Value>,
    pub place: Field<RawPlace>,
    pub published: Field<String>,
    pub updated: Field<String>,
    pub license: Field<String>,
    pub sources: List<RawSource>,
    pub series: List<RawSeries>,
    pub areas: Field<RawAreas>,
    pub programs: List<RawProgram>,
    pub events: List<RawEvent>,
    pub notes: List<Value>,
    #[serde(flatten)]
    pub unknown: Unknown,
}

/// `place`.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RawPlace {
    pub name: Field<String>,
    pub province: Field<String>,
    pub country: Field<String>,
    #[serde(flatten)]
    pub unknown: Unknown,
}

/// One of `sources`.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RawSource {
    pub id: Field<String>,
    pub name: Field<String>,
    pub title: Field<Value>,
    pub date: Field<String>,
    pub url: Field<String>,
    #[serde(flatten)]
    pub unknown: Unknown,
}

/// One of `series`.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RawSeries {
    pub id: Field<String>,
    pub label: Field<Value>,
    pub unit: Field<Value>,
    pub source: Field<String>,
    pub definition: Field<Value>,
    pub points: List<RawPoint>,
    #[serde(flatten)]
    pub unknown: Unknown,
}

/// One point of a series.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RawPoint {
    pub year: Field<Value>,
    pub value: Field<Value>,
    #[serde(flatten)]
    pub unknown: Unknown,
}

/// `areas`.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RawAreas {
    pub level: Field<Value>,
    pub group_level: Field<Value>,
    pub items: List<RawArea>,
    pub boundaries: Field<RawBoundaries>,
    #[serde(flatten)]
    pub unknown: Unknown,
}

/// One of `areas.items`.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RawArea {
    pub id: Field<String>,
    pub name: Field<String>,
    pub group: Field<String>,
    pub code: Field<String>,
    pub lat: Field<f64>,
    pub lon: Field<f64>,
    pub boundary_id: Field<String>,
    #[serde(flatten)]
    pub unknown: Unknown,
}

/// `areas.boundaries`.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RawBoundaries {
    pub url: Field<String>,
    pub key: Field<String>,
    #[serde(flatten)]
    pub unknown: Unknown,
}

/// One of `programs`.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RawProgram {
    pub id: Field<String>,
    pub label: Field<Value>,
    pub source: Field<String>,
    pub definition: Field<Value>,
    pub coverage: List<RawCoverage>,
    #[serde(flatten)]
    pub unknown: Unknown,
}

/// One entry of a program's coverage.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RawCoverage {
    pub area: Field<String>,
    pub status: Field<String>,
    pub year: Field<Value>,
    #[serde(flatten)]
    pub unknown: Unknown,
}

/// One of `events`.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RawEvent {
    pub year: Field<Value>,
    pub date: Field<String>,
    pub label: Field<Value>,
    pub source: Field<String>,
    #[serde(flatten)]
    pub unknown: Unknown,
}
