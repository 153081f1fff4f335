//! Checks of the areas and of the programs whose coverage they carry:
//! ids, names, positions and boundaries, then each program's statuses by
//! area (see docs/format.md).

use super::values::*;
use super::MAX_AREAS;
use crate::core::error::{DatasetWarning, ErrorKind, Expected, WarningKind};
use crate::core::model::{Area, Areas, Boundaries, LatLon, Program, Source, Status};
use crate::core::order::SortedMap;
use crate::core::raw::{fields, Obj};
use serde_json::Value;

impl Checker {
    pub(super) fn areas(&mut self, raw: Obj<'_>) -> Option<Areas> {
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
                let attribution =
                    self.text("areas.boundaries.attribution", b.get("attribution"), false);
                let license = self.string("areas.boundaries.license", b.get("license"), false);
                if attribution.is_none() && b.get("attribution").is_none() {
                    self.warnings.push(DatasetWarning {
                        path: "areas.boundaries".into(),
                        kind: WarningKind::BoundariesWithoutAttribution,
                    });
                }
                match (url.filter(|u| is_fetchable_url(u)), key) {
                    (Some(url), Some(key)) => Some(Boundaries {
                        url: url.to_owned(),
                        key: key.to_owned(),
                        attribution,
                        license: license.map(str::to_owned),
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
        let lat = self.coordinate(&join(path, "lat"), raw.get("lat"), 90);
        let lon = self.coordinate(&join(path, "lon"), raw.get("lon"), 180);
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

    fn coordinate(&mut self, path: &str, value: Option<&Value>, limit: i64) -> Option<f64> {
        let value = self.present(path, value, false)?;
        let Some(x) = value.as_f64() else {
            self.wrong_type(path, Expected::Number, value);
            return None;
        };
        if (-limit as f64..=limit as f64).contains(&x) {
            Some(x)
        } else {
            self.error(
                path,
                ErrorKind::OutOfRange {
                    min: -limit,
                    max: limit,
                    got: describe(value),
                },
            );
            None
        }
    }

    pub(super) fn programs(
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
        let mut first: SortedMap<usize, String> = SortedMap::default();
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
                    // The closest id, or the id of an area whose name was
                    // typed instead ("Sei Jang" for sei-jang).
                    let ids = || areas.items().iter().map(|a| a.id());
                    let meant = areas
                        .items()
                        .iter()
                        .find(|a| a.name().eq_ignore_ascii_case(id.trim()))
                        .map(|a| a.id().to_owned())
                        .or_else(|| crate::core::explain::closest(id, ids()));
                    let valid = if areas.items().len() <= 20 {
                        ids().map(str::to_owned).collect()
                    } else {
                        Vec::new()
                    };
                    self.error(
                        &area_path,
                        ErrorKind::UnknownArea {
                            id: id.to_owned(),
                            meant,
                            valid,
                        },
                    );
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
                self.error(
                    status_path,
                    ErrorKind::NotStatus {
                        got: quoted(other),
                        meant: crate::core::explain::status_meant(other),
                    },
                );
                None
            }
            None => None,
        };
        Some((area?, status?))
    }
}
