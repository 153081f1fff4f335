//! Layout of the map: a dot map from the areas' centroids, or their
//! boundary polygons when the dataset has them, with non-overlapping labels.

use super::{text_width, Rect, FONT_SMALL};
use crate::core::geo::{area_and_centroid, simplify, LonLat, Projection, Shapes};
use crate::core::model::{Dataset, Status};
use crate::core::order;

/// What the map shows.
pub struct MapInput<'a> {
    pub dataset: &'a Dataset,
    /// The program whose status colours the areas.
    pub program: Option<usize>,
    pub group: Option<&'a str>,
    pub width: f64,
    /// Boundaries, when loaded.
    pub shapes: Option<&'a Shapes>,
}

/// One area on the map.
#[derive(Clone, Debug, PartialEq)]
pub struct MapArea {
    /// Index in the dataset's areas.
    pub area: usize,
    pub status: Status,
    /// Where its dot, marker and label go.
    pub center: (f64, f64),
    /// Its polygons on screen, simplified; empty on a dot map.
    pub rings: Vec<Vec<(f64, f64)>>,
    /// Bounding box of the rings (or of the dot).
    pub bbox: Rect,
}

/// A name written on the map; `x` is where the text starts, `y` its middle.
#[derive(Clone, Debug, PartialEq)]
pub struct MapLabel {
    pub area: usize,
    pub text: String,
    pub x: f64,
    pub y: f64,
}

/// The computed map.
#[derive(Clone, Debug, PartialEq)]
pub struct MapLayout {
    pub size: (f64, f64),
    pub areas: Vec<MapArea>,
    pub dot_radius: f64,
    pub labels: Vec<MapLabel>,
    /// Numbers beside the markers of areas whose names did not fit, and
    /// the key under the map that names them (`1 Tanjung Ayun Sakti`).
    pub numbers: Vec<MapLabel>,
    pub key: Vec<MapLabel>,
    /// Whether boundaries are drawn (else dots).
    pub polygons: bool,
    /// Areas that could not be placed (no centroid and no boundary).
    pub unplaced: Vec<usize>,
}

/// Beyond this many areas, names would only be clutter; the tooltip and
/// the table still give every one.
const MAX_LABELS: usize = 300;
const PAD: f64 = 14.0;

/// Lays out the map; `None` when the dataset has no areas.
pub fn layout(input: &MapInput<'_>) -> Option<MapLayout> {
    let ds = input.dataset;
    let areas = ds.areas()?;
    let program = input.program.and_then(|p| ds.programs().get(p));
    let shapes = input.shapes.filter(|s| !s.boundaries.is_empty());
    let mut placed: Vec<(usize, LonLat)> = Vec::new();
    let mut unplaced = Vec::new();
    let member = areas.member_of(input.group);
    for (i, area) in areas.items().iter().enumerate() {
        if !member(i) {
            continue;
        }
        let from_shape = || {
            let boundary = shapes?.of(i)?;
            let largest = boundary
                .rings
                .iter()
                .map(|r| area_and_centroid(r))
                .max_by(|a, b| a.0.abs().total_cmp(&b.0.abs()))?;
            Some(largest.1)
        };
        match area.centroid().map(|c| (c.lon, c.lat)).or_else(from_shape) {
            Some(pos) => placed.push((i, pos)),
            None => unplaced.push(i),
        }
    }
    // The box of everything drawn (centroids and boundary points), which
    // the projection fits; and the box of the areas' positions alone,
    // which sets the map's shape, so the map keeps its size when its
    // boundaries arrive after its dots and nothing below it moves.
    let grow = |(min, max): (LonLat, LonLat), p: LonLat| {
        (
            (min.0.min(p.0), min.1.min(p.1)),
            (max.0.max(p.0), max.1.max(p.1)),
        )
    };
    let empty = (
        (f64::INFINITY, f64::INFINITY),
        (f64::NEG_INFINITY, f64::NEG_INFINITY),
    );
    let positions = placed.iter().fold(empty, |b, (_, pos)| grow(b, *pos));
    let (min, max) = placed
        .iter()
        .filter_map(|(i, _)| shapes.and_then(|s| s.of(*i)))
        .flat_map(|b| b.rings.iter().flatten())
        .fold(positions, |b, p| grow(b, *p));
    let width = input.width.max(160.0);
    if placed.is_empty() {
        return Some(MapLayout {
            size: (width, 160.0),
            areas: Vec::new(),
            dot_radius: 4.0,
            labels: Vec::new(),
            numbers: Vec::new(),
            key: Vec::new(),
            polygons: false,
            unplaced,
        });
    }
    let aspect = Projection::aspect(positions.0, positions.1).clamp(0.35, 1.4);
    let height = ((width - 2.0 * PAD) * aspect + 2.0 * PAD).clamp(220.0, 640.0);
    let n = placed.len() as f64;
    let dot_radius = (0.12 * (width * height / n).sqrt()).clamp(3.0, 8.0);
    let inner = Rect {
        x: PAD + dot_radius,
        y: PAD + dot_radius,
        w: width - 2.0 * (PAD + dot_radius),
        h: height - 2.0 * (PAD + dot_radius),
    };
    let projection = Projection::fit(min, max, inner);
    let polygons = shapes.is_some();
    let mut map_areas: Vec<MapArea> = placed
        .iter()
        .map(|&(i, pos)| {
            let center = projection.project(pos);
            let rings: Vec<Vec<(f64, f64)>> = shapes
                .and_then(|s| s.of(i))
                .map(|b| {
                    b.rings
                        .iter()
                        .map(|r| {
                            simplify(
                                &r.iter().map(|p| projection.project(*p)).collect::<Vec<_>>(),
                                0.4,
                            )
                        })
                        .filter(|r| r.len() >= 3)
                        .collect()
                })
                .unwrap_or_default();
            let bbox = if rings.is_empty() {
                Rect {
                    x: center.0 - dot_radius,
                    y: center.1 - dot_radius,
                    w: 2.0 * dot_radius,
                    h: 2.0 * dot_radius,
                }
            } else {
                let pts = rings.iter().flatten();
                let (x0, y0, x1, y1) = pts.fold(
                    (
                        f64::INFINITY,
                        f64::INFINITY,
                        f64::NEG_INFINITY,
                        f64::NEG_INFINITY,
                    ),
                    |b, p| (b.0.min(p.0), b.1.min(p.1), b.2.max(p.0), b.3.max(p.1)),
                );
                Rect {
                    x: x0,
                    y: y0,
                    w: x1 - x0,
                    h: y1 - y0,
                }
            };
            MapArea {
                area: i,
                status: program
                    .and_then(|p| p.status().get(i).copied())
                    .unwrap_or(Status::None),
                center,
                rings,
                bbox,
            }
        })
        .collect();
    // Larger polygons first, so small ones on top stay visible and hittable.
    if polygons {
        order::sort_by_key(&mut map_areas, |a| order::float_key(-(a.bbox.w * a.bbox.h)));
    }
    let names = if map_areas.len() <= MAX_LABELS {
        place_labels(ds, &map_areas, dot_radius, polygons, (width, height))
    } else {
        Names::default()
    };
    let (key, key_height) = key_rows(&names.unlabelled, width, height);
    Some(MapLayout {
        size: (width, height + key_height),
        areas: map_areas,
        dot_radius,
        labels: names.labels,
        numbers: names.numbers,
        key,
        polygons,
        unplaced,
    })
}

/// The names on the map, and the numbered areas whose names did not fit.
#[derive(Default)]
struct Names {
    labels: Vec<MapLabel>,
    numbers: Vec<MapLabel>,
    /// `(area, "3 Name")` for the key, in number order.
    unlabelled: Vec<(usize, String)>,
}

/// The key's entries flowed into rows under the map, and their height.
fn key_rows(entries: &[(usize, String)], width: f64, top: f64) -> (Vec<MapLabel>, f64) {
    let row = FONT_SMALL + 6.0;
    let (mut x, mut y) = (PAD, top + row / 2.0);
    let mut key = Vec::new();
    for (area, text) in entries {
        let w = text_width(text, FONT_SMALL);
        if x > PAD && x + w > width - PAD {
            (x, y) = (PAD, y + row);
        }
        key.push(MapLabel {
            area: *area,
            text: text.clone(),
            x,
            y,
        });
        x += w + 16.0;
    }
    let height = if key.is_empty() {
        0.0
    } else {
        y - top + row / 2.0 + 4.0
    };
    (key, height)
}

/// Greedy placement: programs' areas first, each label at the first of a
/// few spots around its point that stays on the map and clear of the
/// labels and dots already there. An area whose name fits nowhere gets a
/// number beside its marker instead, and a line in the key.
fn place_labels(
    ds: &Dataset,
    areas: &[MapArea],
    r: f64,
    polygons: bool,
    size: (f64, f64),
) -> Names {
    let Some(items) = ds.areas().map(|a| a.items()) else {
        return Names::default();
    };
    let mut by_status: Vec<usize> = (0..areas.len()).collect();
    // File order within a status.
    order::sort_by_key(&mut by_status, |&i| match areas[i].status {
        Status::Formed(_) => 0,
        Status::Planned(_) => 1,
        Status::None => 2,
    });
    // Every marker is an obstacle (on polygon maps they are smaller).
    let marker = if polygons {
        (r * 0.55).clamp(3.0, 5.0)
    } else {
        r
    };
    let mut taken: Vec<Rect> = areas
        .iter()
        .map(|a| Rect {
            x: a.center.0 - marker,
            y: a.center.1 - marker,
            w: 2.0 * marker,
            h: 2.0 * marker,
        })
        .collect();
    let mut names = Names::default();
    let mut crowded = Vec::new();
    for i in by_status {
        let a = &areas[i];
        let text = crate::core::text::shorten(items[a.area].name(), 28).into_owned();
        match free_spot(&text, a.center, marker, polygons, size, &mut taken) {
            Some((x, y)) => names.labels.push(MapLabel {
                area: i,
                text,
                x,
                y,
            }),
            None => crowded.push((i, text)),
        }
    }
    // Numbered west to east, then north to south, as a reader scans.
    order::sort_by_key(&mut crowded, |&(i, _)| {
        let (x, y) = areas[i].center;
        x.round() as i64 * 100_000 + y.round() as i64
    });
    for (n, (i, name)) in crowded.into_iter().enumerate() {
        let number = (n + 1).to_string();
        let (cx, cy) = areas[i].center;
        // A number is short: it may sit a little further out, all round.
        let (x, y) = [0.0, 8.0, 16.0, 28.0]
            .into_iter()
            .find_map(|further| {
                free_spot(
                    &number,
                    areas[i].center,
                    marker + further,
                    false,
                    size,
                    &mut taken,
                )
            })
            .unwrap_or((cx + marker + 2.0, cy));
        names.unlabelled.push((i, format!("{number} {name}")));
        names.numbers.push(MapLabel {
            area: i,
            text: number,
            x,
            y,
        });
    }
    names
}

/// The first spot around a marker at `center` where `text` stays on the
/// map and clear of everything `taken`, which then takes it too.
fn free_spot(
    text: &str,
    center: (f64, f64),
    marker: f64,
    polygons: bool,
    size: (f64, f64),
    taken: &mut Vec<Rect>,
) -> Option<(f64, f64)> {
    let h = FONT_SMALL + 2.0;
    let w = text_width(text, FONT_SMALL);
    let (cx, cy) = center;
    // Clear of the area's own marker, below or above it first on
    // polygons (the name sits inside its area), beside it on dots.
    let (across, along) = (marker + 4.0, marker + h / 2.0 + 2.0);
    let spots = if polygons {
        [
            (cx - w / 2.0, cy + along),
            (cx - w / 2.0, cy - along),
            (cx + across, cy),
            (cx - across - w, cy),
        ]
    } else {
        [
            (cx + across, cy),
            (cx - across - w, cy),
            (cx - w / 2.0, cy - along),
            (cx - w / 2.0, cy + along),
        ]
    };
    // Then the corners.
    let corners = [
        (cx + across, cy - along),
        (cx + across, cy + along),
        (cx - across - w, cy - along),
        (cx - across - w, cy + along),
    ];
    let spot = spots.into_iter().chain(corners).find(|&(x, y)| {
        let rect = Rect {
            x,
            y: y - h / 2.0,
            w,
            h,
        };
        rect.x >= 1.0
            && rect.right() <= size.0 - 1.0
            && rect.y >= 1.0
            && rect.bottom() <= size.1 - 1.0
            && !taken.iter().any(|t| t.intersects(&rect))
    });
    let (x, y) = spot?;
    // A little air around each placed label keeps neighbours legible.
    taken.push(Rect {
        x: x - 2.0,
        y: y - h / 2.0 - 2.0,
        w: w + 4.0,
        h: h + 4.0,
    });
    Some((x, y))
}

#[cfg(test)]
mod tests;
