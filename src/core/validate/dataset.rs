//! Checks of the dataset's objects, field by field: what a `pantau/1`
//! file must hold (see docs/format.md), collecting every problem. The
//! areas and programs are checked in `areas.rs`.

use super::values::*;
use super::{MAX_POINTS, MAX_SERIES};
use crate::core::error::{DatasetWarning, ErrorKind, Expected, WarningKind};
use crate::core::model::{Dataset, Event, Place, Point, Series, Source, Year};
use crate::core::order::SortedMap;
use crate::core::raw::{fields, Obj};
use serde_json::Value;

impl Checker {
    pub(super) fn dataset(&mut self, raw: Obj<'_>) -> Option<Dataset> {
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
        let compiled_by = self.text("compiled_by", raw.get("compiled_by"), false);
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
            compiled_by,
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
                        version: crate::core::text::shorten(version, 20).into_owned(),
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
        let mut first_year: SortedMap<Year, String> = SortedMap::default();
        for (point_path, raw_point) in self.objects(
            &points_path,
            raw.get("points"),
            fields::POINT,
            true,
            (0, MAX_POINTS),
        ) {
            let Some(point) = self.point(&point_path, raw_point, sources) else {
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
        crate::core::order::sort_by_key(&mut points, |p| i64::from(p.year.get()));
        Some(Series {
            id: id?.to_owned(),
            label: label?,
            unit: unit?,
            source: source?,
            definition,
            points,
        })
    }

    fn point(&mut self, path: &str, raw: Obj<'_>, sources: &[Source]) -> Option<Point> {
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
        let source = self.source_ref(&join(path, "source"), raw.get("source"), sources, false);
        let note = self.text(&join(path, "note"), raw.get("note"), false);
        Some(Point {
            year: year?,
            value,
            source,
            note,
        })
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
        crate::core::order::sort_by_key(&mut events, |e| i64::from(e.year.get()));
        events
    }
}
