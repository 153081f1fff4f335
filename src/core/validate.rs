//! Turns the text of a file into a [`Dataset`], or into the list of every
//! problem in it, each with its JSON path.

use super::error::{DatasetError, DatasetWarning, ErrorKind, Expected, WarningKind};
use super::model::{
    Area, Areas, Boundaries, Dataset, Date, Event, LatLon, Place, Point, Program, Series, Source,
    Status, Year,
};
use super::raw::{fields, Obj};
use super::text::Text;
use serde_json::Value;
use std::collections::HashMap;

/// Files larger than this are refused before parsing.
pub const MAX_BYTES: usize = 8 * 1024 * 1024;
/// At most this many series.
pub const MAX_SERIES: usize = 64;
/// At most this many points in one series.
pub const MAX_POINTS: usize = 500;
/// At most this many areas.
pub const MAX_AREAS: usize = 5000;

/// Everything validation found out about a file.
#[derive(Debug)]
pub struct Report {
    /// The dataset, when there were no errors.
    pub dataset: Option<Dataset>,
    /// Every error, in file order.
    pub errors: Vec<DatasetError>,
    /// Things worth a look that do not stop the dataset from being drawn.
    pub warnings: Vec<DatasetWarning>,
}

/// Validates the bytes of a file: size first, then UTF-8, then everything else.
pub fn check_bytes(bytes: &[u8]) -> Report {
    if bytes.len() > MAX_BYTES {
        return Report::failed(too_large(bytes.len()));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => check(text),
        Err(e) => Report::failed(DatasetError::new(
            "",
            ErrorKind::NotUtf8 {
                byte: e.valid_up_to(),
            },
        )),
    }
}

/// Validates the text of a file.
pub fn check(text: &str) -> Report {
    if text.len() > MAX_BYTES {
        return Report::failed(too_large(text.len()));
    }
    // A byte-order mark is common in files saved by spreadsheet tools.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(e) => return Report::failed(syntax_error(&e)),
    };
    if !value.is_object() {
        return Report::failed(DatasetError::new(
            "",
            ErrorKind::WrongType {
                expected: Expected::Object,
                got: describe(&value),
            },
        ));
    }
    let Some(raw) = Obj::new(&value, fields::DATASET) else {
        return Report::failed(DatasetError::new(
            "",
            ErrorKind::WrongType {
                expected: Expected::Object,
                got: describe(&value),
            },
        ));
    };
    let mut checker = Checker::default();
    let dataset = checker.dataset(raw);
    Report {
        dataset: if checker.errors.is_empty() {
            dataset
        } else {
            None
        },
        errors: checker.errors,
        warnings: checker.warnings,
    }
}

/// Validates text into a dataset, or every error.
pub fn parse(text: &str) -> Result<Dataset, Vec<DatasetError>> {
    let report = check(text);
    match report.dataset {
        Some(dataset) if report.errors.is_empty() => Ok(dataset),
        _ => Err(report.errors),
    }
}

impl Report {
    fn failed(error: DatasetError) -> Report {
        Report {
            dataset: None,
            errors: vec![error],
            warnings: Vec::new(),
        }
    }
}

fn too_large(bytes: usize) -> DatasetError {
    DatasetError::new(
        "",
        ErrorKind::TooLarge {
            bytes,
            limit: MAX_BYTES,
        },
    )
}

fn syntax_error(e: &serde_json::Error) -> DatasetError {
    let (line, column) = (e.line(), e.column());
    let full = e.to_string();
    let suffix = format!(" at line {line} column {column}");
    let message = full.strip_suffix(&suffix).unwrap_or(&full).to_string();
    let kind = if message.starts_with("recursion limit exceeded") {
        ErrorKind::TooDeep { line, column }
    } else {
        ErrorKind::Syntax {
            line,
            column,
            message,
        }
    };
    DatasetError::new("", kind)
}

/// A short, language-neutral rendering of a JSON value for "got …".
pub(crate) fn describe(value: &Value) -> String {
    match value {
        Value::String(s) => {
            let shown = super::text::shorten(s, 40);
            serde_json::to_string(shown.as_ref()).unwrap_or_else(|_| "\"…\"".into())
        }
        Value::Array(a) if a.is_empty() => "[]".into(),
        Value::Array(_) => "[…]".into(),
        Value::Object(o) if o.is_empty() => "{}".into(),
        Value::Object(_) => "{…}".into(),
        Value::Number(n) => super::raw::number_text(n),
        Value::Bool(b) => b.to_string(),
        Value::Null => "null".into(),
    }
}

fn quoted(s: &str) -> String {
    describe(&Value::String(s.to_owned()))
}

fn join(base: &str, key: &str) -> String {
    if base.is_empty() {
        key.to_owned()
    } else {
        format!("{base}.{key}")
    }
}

fn index(base: &str, i: usize) -> String {
    format!("{base}[{i}]")
}

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn is_language_tag(tag: &str) -> bool {
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
    let rest = if lower.starts_with("https://") {
        &url[8..]
    } else if lower.starts_with("http://") {
        &url[7..]
    } else {
        return false;
    };
    !rest.is_empty() && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// A relative reference, or an absolute `http(s)` one: what a dataset may
/// name as its boundaries file.
fn is_fetchable_url(url: &str) -> bool {
    let scheme_end = url.find(':');
    let has_scheme = scheme_end.is_some_and(|end| {
        let scheme = &url[..end];
        !scheme.is_empty()
            && scheme
                .bytes()
                .next()
                .is_some_and(|b| b.is_ascii_alphabetic())
            && scheme
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'-' || b == b'.')
            && !url[..end].contains('/')
    });
    if has_scheme {
        is_http_url(url)
    } else {
        !url.trim().is_empty() && !url.chars().any(|c| c.is_control())
    }
}

#[derive(Default)]
struct Checker {
    errors: Vec<DatasetError>,
    warnings: Vec<DatasetWarning>,
}

/// Remembers the first path of each id to report duplicates.
#[derive(Default)]
struct Seen<'a> {
    first: HashMap<&'a str, String>,
}

impl<'a> Seen<'a> {
    /// `Err(first path)` when `id` was seen before.
    fn insert(&mut self, id: &'a str, path: &str) -> Result<(), String> {
        match self.first.get(id) {
            Some(first) => Err(first.clone()),
            None => {
                self.first.insert(id, path.to_owned());
                Ok(())
            }
        }
    }
}

impl Checker {
    fn error(&mut self, path: impl Into<String>, kind: ErrorKind) {
        self.errors.push(DatasetError::new(path, kind));
    }

    fn wrong_type(&mut self, path: &str, expected: Expected, got: &Value) {
        self.error(
            path,
            ErrorKind::WrongType {
                expected,
                got: describe(got),
            },
        );
    }

    /// A view of an object, warning about the fields it does not define.
    fn object<'a>(
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
    fn present<'a>(
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

    fn string<'a>(
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

    fn text(&mut self, path: &str, value: Option<&Value>, required: bool) -> Option<Text> {
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

    fn date(&mut self, path: &str, value: Option<&Value>, required: bool) -> Option<Date> {
        let s = self.string_raw(path, value, required)?;
        let date = Date::parse(s);
        if date.is_none() {
            self.error(path, ErrorKind::NotDate { got: quoted(s) });
        }
        date
    }

    /// A string field without the emptiness check (dates say more).
    fn string_raw<'a>(
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

    fn year(&mut self, path: &str, value: Option<&Value>, required: bool) -> Option<Year> {
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
                            got: super::raw::number_text(n),
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
    fn list<'a>(
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
    fn objects<'a>(
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

    fn source_ref(
        &mut self,
        path: &str,
        value: Option<&Value>,
        sources: &[Source],
        required: bool,
    ) -> Option<usize> {
        let id = self.string(path, value, required)?;
        let found = sources.iter().position(|s| s.id == id);
        if found.is_none() && !sources.is_empty() {
            self.error(path, ErrorKind::UnknownSource { id: id.to_owned() });
        }
        found
    }

    fn unique_id<'a>(&mut self, path: &str, obj: Obj<'a>, seen: &mut Seen<'a>) -> Option<&'a str> {
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

    fn dataset(&mut self, raw: Obj<'_>) -> Option<Dataset> {
        for name in raw.unknown() {
            self.warnings.push(DatasetWarning {
                path: String::new(),
                kind: WarningKind::UnknownField {
                    name: name.to_owned(),
                },
            });
        }
        self.format(raw.get("format"));
        let id = self.string("id", raw.get("id"), true);
        if let Some(id) = id {
            if !is_slug(id) {
                self.error("id", ErrorKind::NotSlug { got: quoted(id) });
            }
        }
        let title = self.text("title", raw.get("title"), true);
        let description = self.text("description", raw.get("description"), false);
        let place = self.place(raw.get("place"));
        let published = self.date("published", raw.get("published"), true);
        let updated = self.date("updated", raw.get("updated"), false);
        let license = self.string("license", raw.get("license"), false);
        let sources = self.sources(raw.get("sources"));
        let series = self.all_series(raw.get("series"), &sources);
        let areas = match self.object("areas", raw.get("areas"), fields::AREAS, false) {
            Some(areas) => self.areas(areas),
            None => None,
        };
        let programs = self.programs(raw.get("programs"), &sources, areas.as_ref());
        let events = self.events(raw.get("events"), &sources);
        let notes = self
            .list("notes", raw.get("notes"), false, (0, usize::MAX))
            .into_iter()
            .filter_map(|(path, note)| self.text(&path, Some(note), true))
            .collect();
        Some(Dataset {
            id: id?.to_owned(),
            title: title?,
            description,
            place: place?,
            published: published?,
            updated,
            license: license.map(str::to_owned),
            sources,
            series,
            areas,
            programs,
            events,
            notes,
        })
    }

    fn format(&mut self, value: Option<&Value>) {
        let Some(value) = self.present("format", value, true) else {
            return;
        };
        match value {
            Value::String(s) if s == "pantau/1" => {}
            Value::String(s) => match s.strip_prefix("pantau/") {
                Some(version) if !version.is_empty() => self.error(
                    "format",
                    ErrorKind::UnsupportedVersion {
                        version: super::text::shorten(version, 20).into_owned(),
                    },
                ),
                _ => self.error("format", ErrorKind::NotPantau { got: quoted(s) }),
            },
            other => self.wrong_type("format", Expected::String, other),
        }
    }

    fn place(&mut self, value: Option<&Value>) -> Option<Place> {
        let place = self.object("place", value, fields::PLACE, true)?;
        let name = self.string("place.name", place.get("name"), true);
        let province = self.string("place.province", place.get("province"), false);
        let country = self.string("place.country", place.get("country"), false);
        if let Some(c) = country {
            if !(c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase())) {
                self.error("place.country", ErrorKind::NotCountry { got: quoted(c) });
            }
        }
        Some(Place {
            name: name?.to_owned(),
            province: province.map(str::to_owned),
            country: country.map(str::to_owned),
        })
    }

    fn sources(&mut self, value: Option<&Value>) -> Vec<Source> {
        let mut seen = Seen::default();
        let mut sources = Vec::new();
        for (path, raw) in self.objects("sources", value, fields::SOURCE, true, (1, usize::MAX)) {
            let id = self.unique_id(&path, raw, &mut seen);
            let name = self.string(&join(&path, "name"), raw.get("name"), true);
            let title = self.text(&join(&path, "title"), raw.get("title"), false);
            let date = self.date(&join(&path, "date"), raw.get("date"), false);
            let url = self.string(&join(&path, "url"), raw.get("url"), false);
            if let Some(u) = url {
                if !is_http_url(u) {
                    self.error(join(&path, "url"), ErrorKind::NotHttpUrl { got: quoted(u) });
                }
            }
            if let (Some(id), Some(name)) = (id, name) {
                sources.push(Source {
                    id: id.to_owned(),
                    name: name.to_owned(),
                    title,
                    date,
                    url: url.filter(|u| is_http_url(u)).map(str::to_owned),
                });
            }
        }
        sources
    }

    fn all_series(&mut self, value: Option<&Value>, sources: &[Source]) -> Vec<Series> {
        let mut seen = Seen::default();
        let mut all = Vec::new();
        for (path, raw) in self.objects("series", value, fields::SERIES, false, (0, MAX_SERIES)) {
            if let Some(series) = self.series(&path, raw, sources, &mut seen) {
                all.push(series);
            }
        }
        all
    }

    fn series<'a>(
        &mut self,
        path: &str,
        raw: Obj<'a>,
        sources: &[Source],
        seen: &mut Seen<'a>,
    ) -> Option<Series> {
        let id = self.unique_id(path, raw, seen);
        if let Some(id) = id {
            if id.contains(',') {
                self.error(join(path, "id"), ErrorKind::CommaInId { got: quoted(id) });
            }
        }
        let label = self.text(&join(path, "label"), raw.get("label"), true);
        let unit = self.text(&join(path, "unit"), raw.get("unit"), true);
        let source = self.source_ref(&join(path, "source"), raw.get("source"), sources, true);
        let definition = self.text(&join(path, "definition"), raw.get("definition"), false);
        let points_path = join(path, "points");
        let mut points = Vec::new();
        let mut first_year: HashMap<Year, String> = HashMap::new();
        for (point_path, raw_point) in self.objects(
            &points_path,
            raw.get("points"),
            fields::POINT,
            true,
            (0, MAX_POINTS),
        ) {
            let Some(point) = self.point(&point_path, raw_point) else {
                continue;
            };
            let year_path = join(&point_path, "year");
            match first_year.get(&point.year) {
                Some(first) => {
                    let first = first.clone();
                    self.error(
                        year_path,
                        ErrorKind::DuplicateYear {
                            year: i64::from(point.year.get()),
                            first,
                        },
                    );
                }
                None => {
                    first_year.insert(point.year, year_path);
                    points.push(point);
                }
            }
        }
        super::order::sort_by_key(&mut points, |p| i64::from(p.year.get()));
        Some(Series {
            id: id?.to_owned(),
            label: label?,
            unit: unit?,
            source: source?,
            definition,
            points,
        })
    }

    fn point(&mut self, path: &str, raw: Obj<'_>) -> Option<Point> {
        let year = self.year(&join(path, "year"), raw.get("year"), true);
        let value_path = join(path, "value");
        let value = match raw.get("value") {
            None => {
                self.error(value_path, ErrorKind::Missing);
                return None;
            }
            Some(Value::Null) => None,
            Some(v @ Value::Number(n)) => match n.as_f64() {
                Some(x) if x >= 0.0 && x.is_finite() => Some(x),
                _ => {
                    self.wrong_type(&value_path, Expected::Count, v);
                    return None;
                }
            },
            Some(other) => {
                self.wrong_type(&value_path, Expected::Count, other);
                return None;
            }
        };
        Some(Point { year: year?, value })
    }

    fn areas(&mut self, raw: Obj<'_>) -> Option<Areas> {
        let level = self.text("areas.level", raw.get("level"), true);
        let group_level = self.text("areas.group_level", raw.get("group_level"), true);
        let mut seen = Seen::default();
        let mut items = Vec::new();
        for (path, raw_area) in self.objects(
            "areas.items",
            raw.get("items"),
            fields::AREA,
            true,
            (1, MAX_AREAS),
        ) {
            if let Some(area) = self.area(&path, raw_area, &mut seen) {
                items.push(area);
            }
        }
        let boundaries = match self.object(
            "areas.boundaries",
            raw.get("boundaries"),
            fields::BOUNDARIES,
            false,
        ) {
            Some(b) => {
                let url = self.string("areas.boundaries.url", b.get("url"), true);
                if let Some(u) = url {
                    if !is_fetchable_url(u) {
                        self.error(
                            "areas.boundaries.url",
                            ErrorKind::NotHttpUrl { got: quoted(u) },
                        );
                    }
                }
                let key = self.string("areas.boundaries.key", b.get("key"), true);
                match (url.filter(|u| is_fetchable_url(u)), key) {
                    (Some(url), Some(key)) => Some(Boundaries {
                        url: url.to_owned(),
                        key: key.to_owned(),
                    }),
                    _ => None,
                }
            }
            None => None,
        };
        if items.is_empty() {
            return None;
        }
        Some(Areas {
            level: level?,
            group_level: group_level?,
            items,
            boundaries,
        })
    }

    fn area<'a>(&mut self, path: &str, raw: Obj<'a>, seen: &mut Seen<'a>) -> Option<Area> {
        let id = self.unique_id(path, raw, seen);
        let name = self.string(&join(path, "name"), raw.get("name"), true);
        let group = self.string(&join(path, "group"), raw.get("group"), true);
        let code = self.string(&join(path, "code"), raw.get("code"), false);
        let lat = self.coordinate(&join(path, "lat"), raw.get("lat"), 90.0);
        let lon = self.coordinate(&join(path, "lon"), raw.get("lon"), 180.0);
        let boundary_id = self.string(&join(path, "boundary_id"), raw.get("boundary_id"), false);
        let centroid = match (lat, lon) {
            (Some(lat), Some(lon)) => Some(LatLon { lat, lon }),
            (None, None) => None,
            _ => {
                let given = if lat.is_some() { "lat" } else { "lon" };
                self.error(join(path, given), ErrorKind::HalfCoordinate);
                None
            }
        };
        Some(Area {
            id: id?.to_owned(),
            name: name?.to_owned(),
            group: group?.to_owned(),
            code: code.map(str::to_owned),
            centroid,
            boundary_id: boundary_id.map(str::to_owned),
        })
    }

    fn coordinate(&mut self, path: &str, value: Option<&Value>, limit: f64) -> Option<f64> {
        let value = self.present(path, value, false)?;
        let Some(x) = value.as_f64() else {
            self.wrong_type(path, Expected::Number, value);
            return None;
        };
        if (-limit..=limit).contains(&x) {
            Some(x)
        } else {
            self.error(
                path,
                ErrorKind::OutOfRange {
                    min: -limit,
                    max: limit,
                    got: x.to_string(),
                },
            );
            None
        }
    }

    fn programs(
        &mut self,
        value: Option<&Value>,
        sources: &[Source],
        areas: Option<&Areas>,
    ) -> Vec<Program> {
        let mut seen = Seen::default();
        let mut programs = Vec::new();
        for (path, raw) in self.objects("programs", value, fields::PROGRAM, false, (0, usize::MAX))
        {
            if let Some(program) = self.program(&path, raw, sources, areas, &mut seen) {
                programs.push(program);
            }
        }
        programs
    }

    fn program<'a>(
        &mut self,
        path: &str,
        raw: Obj<'a>,
        sources: &[Source],
        areas: Option<&Areas>,
        seen: &mut Seen<'a>,
    ) -> Option<Program> {
        let id = self.unique_id(path, raw, seen);
        let label = self.text(&join(path, "label"), raw.get("label"), true);
        let source = self.source_ref(&join(path, "source"), raw.get("source"), sources, true);
        let definition = self.text(&join(path, "definition"), raw.get("definition"), false);
        let coverage_path = join(path, "coverage");
        let entries = self.objects(
            &coverage_path,
            raw.get("coverage"),
            fields::COVERAGE,
            true,
            (0, usize::MAX),
        );
        let mut status = vec![Status::None; areas.map_or(0, |a| a.items.len())];
        let mut first: HashMap<usize, String> = HashMap::new();
        if areas.is_none() && !entries.is_empty() {
            self.error(coverage_path, ErrorKind::NoAreas);
        }
        for (entry_path, entry) in entries {
            let Some((area, value)) = self.coverage(&entry_path, entry, areas) else {
                continue;
            };
            let area_path = join(&entry_path, "area");
            match first.get(&area) {
                Some(first_path) => {
                    let first_path = first_path.clone();
                    let area_id = areas.map_or_else(String::new, |a| a.items[area].id.clone());
                    self.error(
                        area_path,
                        ErrorKind::DuplicateCoverage {
                            area: area_id,
                            first: first_path,
                        },
                    );
                }
                None => {
                    first.insert(area, area_path);
                    status[area] = value;
                }
            }
        }
        Some(Program {
            id: id?.to_owned(),
            label: label?,
            source: source?,
            definition,
            status,
        })
    }

    fn coverage(
        &mut self,
        path: &str,
        raw: Obj<'_>,
        areas: Option<&Areas>,
    ) -> Option<(usize, Status)> {
        let area_path = join(path, "area");
        let area_id = self.string(&area_path, raw.get("area"), true);
        let area = match (area_id, areas) {
            (Some(id), Some(areas)) => {
                let found = areas.index_of(id);
                if found.is_none() {
                    self.error(&area_path, ErrorKind::UnknownArea { id: id.to_owned() });
                }
                found
            }
            _ => None,
        };
        let status_path = join(path, "status");
        let year_path = join(path, "year");
        let status = match self.string(&status_path, raw.get("status"), true) {
            Some("none") => Some(Status::None),
            Some(key @ ("formed" | "planned")) => {
                let key: &'static str = if key == "formed" { "formed" } else { "planned" };
                match self.year(&year_path, raw.get("year"), false) {
                    Some(year) if key == "formed" => Some(Status::Formed(year)),
                    Some(year) => Some(Status::Planned(year)),
                    None => {
                        if matches!(raw.get("year"), None | Some(Value::Null)) {
                            self.error(&year_path, ErrorKind::YearRequired { status: key });
                        }
                        None
                    }
                }
            }
            Some(other) => {
                self.error(status_path, ErrorKind::NotStatus { got: quoted(other) });
                None
            }
            None => None,
        };
        Some((area?, status?))
    }

    fn events(&mut self, value: Option<&Value>, sources: &[Source]) -> Vec<Event> {
        let mut events = Vec::new();
        for (path, raw) in self.objects("events", value, fields::EVENT, false, (0, usize::MAX)) {
            let year = self.year(&join(&path, "year"), raw.get("year"), true);
            let date = self.date(&join(&path, "date"), raw.get("date"), false);
            let label = self.text(&join(&path, "label"), raw.get("label"), true);
            let source = self.source_ref(&join(&path, "source"), raw.get("source"), sources, false);
            if let (Some(year), Some(label)) = (year, label) {
                events.push(Event {
                    year,
                    date,
                    label,
                    source,
                });
            }
        }
        // Events of the same year keep the file's order.
        super::order::sort_by_key(&mut events, |e| i64::from(e.year.get()));
        events
    }
}
