//! Checks of single values: types, strings, texts, dates, years, lists
//! and ids, each problem recorded with its JSON path.

use crate::core::error::{DatasetError, DatasetWarning, ErrorKind, Expected, WarningKind};
use crate::core::model::{Date, Source, Year};
use crate::core::order::SortedMap;
use crate::core::raw::Obj;
use crate::core::scheme::{scheme, Scheme};
use crate::core::text::Text;
use serde_json::Value;

/// A short, language-neutral rendering of a JSON value for "got …".
pub(crate) fn describe(value: &Value) -> String {
    match value {
        Value::String(s) => {
            let shown = crate::core::text::shorten(s, 40);
            serde_json::to_string(shown.as_ref()).unwrap_or_else(|_| "\"…\"".into())
        }
        Value::Array(a) if a.is_empty() => "[]".into(),
        Value::Array(_) => "[…]".into(),
        Value::Object(o) if o.is_empty() => "{}".into(),
        Value::Object(_) => "{…}".into(),
        Value::Number(n) => crate::core::raw::number_text(n),
        Value::Bool(b) => b.to_string(),
        Value::Null => "null".into(),
    }
}

pub(super) fn quoted(s: &str) -> String {
    describe(&Value::String(s.to_owned()))
}

pub(super) fn join(base: &str, key: &str) -> String {
    if base.is_empty() {
        key.to_owned()
    } else {
        format!("{base}.{key}")
    }
}

pub(super) fn index(base: &str, i: usize) -> String {
    format!("{base}[{i}]")
}

pub(super) fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

pub(super) fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary_ok = parts
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphabetic()));
    primary_ok
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// `http:` or `https:` with something after it, and nothing that a browser
/// would strip or reinterpret (spaces, control characters).
pub(crate) fn is_http_url(url: &str) -> bool {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let scheme_length = if lower.starts_with("https://") {
        8
    } else if lower.starts_with("http://") {
        7
    } else {
        return false;
    };
    url.len() > scheme_length && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// A relative reference, or an absolute `http(s)` one: what a dataset may
/// name as its boundaries file.
pub(super) fn is_fetchable_url(url: &str) -> bool {
    match scheme(url) {
        Scheme::Relative => !url.trim().is_empty() && !url.chars().any(|c| c.is_control()),
        Scheme::Http => is_http_url(url),
        Scheme::Other => false,
    }
}

#[derive(Default)]
pub(super) struct Checker {
    pub(super) errors: Vec<DatasetError>,
    pub(super) warnings: Vec<DatasetWarning>,
}

/// Remembers the first path of each id to report duplicates.
#[derive(Default)]
pub(super) struct Seen<'a> {
    first: SortedMap<&'a str, String>,
}

impl<'a> Seen<'a> {
    /// `Err(first path)` when `id` was seen before.
    pub(super) fn insert(&mut self, id: &'a str, path: &str) -> Result<(), String> {
        match self.first.get(&id) {
            Some(first) => Err(first.clone()),
            None => {
                self.first.insert(id, path.to_owned());
                Ok(())
            }
        }
    }
}

impl Checker {
    pub(super) fn error(&mut self, path: impl Into<String>, kind: ErrorKind) {
        self.errors.push(DatasetError::new(path, kind));
    }

    pub(super) fn wrong_type(&mut self, path: &str, expected: Expected, got: &Value) {
        self.error(
            path,
            ErrorKind::WrongType {
                expected,
                got: describe(got),
            },
        );
    }

    /// A view of an object, warning about the fields it does not define.
    pub(super) fn object<'a>(
        &mut self,
        path: &str,
        value: Option<&'a Value>,
        known: &'static [&'static str],
        required: bool,
    ) -> Option<Obj<'a>> {
        let value = self.present(path, value, required)?;
        match Obj::new(value, known) {
            Some(obj) => {
                for name in obj.unknown() {
                    self.warnings.push(DatasetWarning {
                        path: path.to_owned(),
                        kind: WarningKind::UnknownField {
                            name: name.to_owned(),
                        },
                    });
                }
                Some(obj)
            }
            None => {
                self.wrong_type(path, Expected::Object, value);
                None
            }
        }
    }

    /// The value when present; reports a missing required field. `null`
    /// counts as absent for optional fields.
    pub(super) fn present<'a>(
        &mut self,
        path: &str,
        value: Option<&'a Value>,
        required: bool,
    ) -> Option<&'a Value> {
        match value {
            None => {
                if required {
                    self.error(path, ErrorKind::Missing);
                }
                None
            }
            Some(Value::Null) if !required => None,
            Some(v) => Some(v),
        }
    }

    pub(super) fn string<'a>(
        &mut self,
        path: &str,
        value: Option<&'a Value>,
        required: bool,
    ) -> Option<&'a str> {
        match self.present(path, value, required)? {
            Value::String(s) if s.trim().is_empty() => {
                self.error(path, ErrorKind::Empty);
                None
            }
            Value::String(s) => Some(s),
            other => {
                self.wrong_type(path, Expected::String, other);
                None
            }
        }
    }

    pub(super) fn text(
        &mut self,
        path: &str,
        value: Option<&Value>,
        required: bool,
    ) -> Option<Text> {
        match self.present(path, value, required)? {
            Value::String(s) if s.trim().is_empty() => {
                self.error(path, ErrorKind::Empty);
                None
            }
            Value::String(s) => Some(Text::plain(s.clone())),
            Value::Object(map) => {
                let mut entries = Vec::with_capacity(map.len());
                for (tag, text) in map {
                    let entry_path = join(path, tag);
                    if !is_language_tag(tag) {
                        self.error(entry_path, ErrorKind::NotLanguageTag { got: quoted(tag) });
                        continue;
                    }
                    match text {
                        Value::String(s) if s.trim().is_empty() => {
                            self.error(entry_path, ErrorKind::Empty)
                        }
                        Value::String(s) => entries.push((tag.clone(), s.clone())),
                        other => self.wrong_type(&entry_path, Expected::String, other),
                    }
                }
                if map.is_empty() {
                    self.error(path, ErrorKind::Empty);
                }
                Text::from_entries(entries)
            }
            other => {
                self.wrong_type(path, Expected::Text, other);
                None
            }
        }
    }

    pub(super) fn date(
        &mut self,
        path: &str,
        value: Option<&Value>,
        required: bool,
    ) -> Option<Date> {
        let s = self.string_raw(path, value, required)?;
        let date = Date::parse(s);
        if date.is_none() {
            self.error(path, ErrorKind::NotDate { got: quoted(s) });
        }
        date
    }

    /// A string field without the emptiness check (dates say more).
    pub(super) fn string_raw<'a>(
        &mut self,
        path: &str,
        value: Option<&'a Value>,
        required: bool,
    ) -> Option<&'a str> {
        match self.present(path, value, required)? {
            Value::String(s) => Some(s),
            other => {
                self.wrong_type(path, Expected::String, other);
                None
            }
        }
    }

    pub(super) fn year(
        &mut self,
        path: &str,
        value: Option<&Value>,
        required: bool,
    ) -> Option<Year> {
        let value = self.present(path, value, required)?;
        match value {
            Value::Number(n) => match n.as_i64() {
                Some(y) => {
                    let year = Year::new(y);
                    if year.is_none() {
                        self.error(path, ErrorKind::YearOutOfRange { got: y.to_string() });
                    }
                    year
                }
                None if n.as_u64().is_some() => {
                    self.error(
                        path,
                        ErrorKind::YearOutOfRange {
                            got: crate::core::raw::number_text(n),
                        },
                    );
                    None
                }
                None => {
                    self.wrong_type(path, Expected::Integer, value);
                    None
                }
            },
            other => {
                self.wrong_type(path, Expected::Integer, other);
                None
            }
        }
    }

    /// The items of an array, each with its path; `limits` are (min, max).
    pub(super) fn list<'a>(
        &mut self,
        path: &str,
        value: Option<&'a Value>,
        required: bool,
        limits: (usize, usize),
    ) -> Vec<(String, &'a Value)> {
        let Some(value) = self.present(path, value, required) else {
            return Vec::new();
        };
        let Value::Array(items) = value else {
            self.wrong_type(path, Expected::Array, value);
            return Vec::new();
        };
        let (min, max) = limits;
        if items.len() < min {
            self.error(path, ErrorKind::TooFew { min });
        }
        if items.len() > max {
            self.error(
                path,
                ErrorKind::TooMany {
                    max,
                    got: items.len(),
                },
            );
        }
        items
            .iter()
            .enumerate()
            .map(|(i, item)| (index(path, i), item))
            .collect()
    }

    /// The items of an array of objects.
    pub(super) fn objects<'a>(
        &mut self,
        path: &str,
        value: Option<&'a Value>,
        known: &'static [&'static str],
        required: bool,
        limits: (usize, usize),
    ) -> Vec<(String, Obj<'a>)> {
        self.list(path, value, required, limits)
            .into_iter()
            .filter_map(|(item_path, item)| {
                let obj = self.object(&item_path, Some(item), known, true)?;
                Some((item_path, obj))
            })
            .collect()
    }

    pub(super) fn source_ref(
        &mut self,
        path: &str,
        value: Option<&Value>,
        sources: &[Source],
        required: bool,
    ) -> Option<usize> {
        let id = self.string(path, value, required)?;
        let found = sources.iter().position(|s| s.id == id);
        if found.is_none() && !sources.is_empty() {
            let meant = crate::core::explain::closest(id, sources.iter().map(|s| s.id.as_str()));
            self.error(
                path,
                ErrorKind::UnknownSource {
                    id: id.to_owned(),
                    meant,
                },
            );
        }
        found
    }

    pub(super) fn unique_id<'a>(
        &mut self,
        path: &str,
        obj: Obj<'a>,
        seen: &mut Seen<'a>,
    ) -> Option<&'a str> {
        let id_path = join(path, "id");
        let id = self.string(&id_path, obj.get("id"), true)?;
        if let Err(first) = seen.insert(id, &id_path) {
            self.error(
                id_path,
                ErrorKind::Duplicate {
                    id: id.to_owned(),
                    first,
                },
            );
        }
        Some(id)
    }
}
