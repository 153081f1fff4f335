//! The file as serde parsed it: `serde_json::Value`, read through small
//! typed views. Validation walks these views and reports every mistake at
//! once, where serde's derived structs would stop at the first.
//!
//! Walking the parsed value, rather than deriving a tolerant struct per
//! object, keeps the browser build small: one generic walker instead of a
//! monomorphised deserializer for every field of every object.

use serde_json::{Map, Number, Value};

/// A JSON number as the file wrote it: integers exactly, other numbers in
/// their shortest form ("2.5", "2016.0", "1e300"), from the one float
/// printer the browser build carries ([`crate::core::format::shortest`]).
pub fn number_text(n: &Number) -> String {
    match (n.as_i64(), n.as_u64(), n.as_f64()) {
        (Some(i), _, _) => i.to_string(),
        (None, Some(u), _) => u.to_string(),
        (None, None, Some(f)) => crate::core::format::shortest(f),
        (None, None, None) => String::from("?"),
    }
}

/// A JSON object of the file, with the fields the format defines.
#[derive(Clone, Copy)]
pub struct Obj<'a> {
    map: &'a Map<String, Value>,
    known: &'static [&'static str],
}

impl<'a> Obj<'a> {
    /// A view of `value` as an object whose defined fields are `known`.
    pub fn new(value: &'a Value, known: &'static [&'static str]) -> Option<Obj<'a>> {
        value.as_object().map(|map| Obj { map, known })
    }

    /// A field's value; `None` when absent.
    pub fn get(&self, key: &str) -> Option<&'a Value> {
        debug_assert!(self.known.contains(&key), "{key} is not a known field");
        self.map.get(key)
    }

    /// Fields the format does not define, in file order.
    pub fn unknown(&self) -> impl Iterator<Item = &'a str> + '_ {
        self.map
            .keys()
            .map(String::as_str)
            .filter(|k| !self.known.contains(k))
    }
}

/// The fields of each object of `pantau/1`.
pub mod fields {
    pub const DATASET: &[&str] = &[
        "$schema",
        "format",
        "id",
        "title",
        "description",
        "place",
        "published",
        "updated",
        "license",
        "compiled_by",
        "sources",
        "series",
        "areas",
        "programs",
        "events",
        "notes",
    ];
    pub const PLACE: &[&str] = &["name", "province", "country"];
    pub const SOURCE: &[&str] = &["id", "name", "title", "date", "url"];
    pub const SERIES: &[&str] = &["id", "label", "unit", "source", "definition", "points"];
    pub const POINT: &[&str] = &["year", "value", "source", "note"];
    pub const AREAS: &[&str] = &["level", "group_level", "items", "boundaries"];
    pub const AREA: &[&str] = &["id", "name", "group", "code", "lat", "lon", "boundary_id"];
    pub const BOUNDARIES: &[&str] = &["url", "key", "attribution", "license"];
    pub const PROGRAM: &[&str] = &["id", "label", "source", "definition", "coverage"];
    pub const COVERAGE: &[&str] = &["area", "status", "year"];
    pub const EVENT: &[&str] = &["year", "date", "label", "source"];
}
