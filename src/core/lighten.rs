//! `pantau geo`: a boundaries file made light enough for the widget.
//!
//! Simplifying each polygon on its own (what the `geo` crate's algorithms
//! do) moves a border two neighbours share differently on each side, and
//! gaps and overlaps show. So the rings are first cut into arcs where the
//! set of rings a point belongs to changes (TopoJSON's idea), each arc is
//! simplified once with `geo`'s Douglas–Peucker (`SimplifyIdx`), and both
//! neighbours reuse the same result. No crate offers that arc step, so it
//! is written here; the geometry itself is `geo`'s.

use geo::{
    ChamberlainDuquetteArea, Coord, LineString, MultiPolygon, Polygon, SimplifyIdx, Validation,
};
use serde_json::{Map, Value};
use std::collections::HashMap;
use std::fmt::Write;

/// Coordinates are rounded to 1e-5 degree: about 1.1 m, finer than a
/// pixel of any map the widget draws, and what lets neighbours' shared
/// points meet exactly.
const SCALE: f64 = 1e5;
/// Metres per degree of latitude, and of longitude at the equator.
const METRES_PER_DEGREE: f64 = 111_320.0;

/// How to lighten.
#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    /// The feature property that identifies an area; the only one kept.
    pub key: String,
    /// Douglas–Peucker tolerance, in metres.
    pub tolerance_m: f64,
    /// Parts (islands) and holes smaller than this are dropped, but never
    /// a feature's largest part.
    pub min_area_m2: f64,
}

/// Size of a boundaries file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    pub bytes: usize,
    pub vertices: usize,
    pub features: usize,
}

/// The light file and what it took.
#[derive(Clone, Debug, PartialEq)]
pub struct Lightened {
    pub text: String,
    pub before: Stats,
    pub after: Stats,
    /// Parts and holes dropped as slivers.
    pub dropped: usize,
    /// Arcs left as they were, because simplifying them broke a polygon.
    pub unsimplified_arcs: usize,
}

/// Why a file cannot be lightened.
#[derive(Clone, Debug, PartialEq)]
pub enum GeoInputError {
    /// Not JSON: serde's message with line and column.
    Syntax(String),
    NotFeatureCollection,
    /// A feature (by position, from 1) lacks the key property.
    NoKey {
        feature: usize,
        key: String,
    },
    /// A feature has no Polygon or MultiPolygon geometry.
    NoPolygon {
        feature: usize,
    },
}

impl std::fmt::Display for GeoInputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            GeoInputError::Syntax(m) => write!(f, "not valid JSON: {m}"),
            GeoInputError::NotFeatureCollection => {
                f.write_str("not a GeoJSON FeatureCollection (no \"type\": \"FeatureCollection\" with \"features\")")
            }
            GeoInputError::NoKey { feature, key } => write!(
                f,
                "feature {feature} has no \"{key}\" property: name the property that identifies each area with --key"
            ),
            GeoInputError::NoPolygon { feature } => {
                write!(f, "feature {feature} has no Polygon or MultiPolygon geometry with coordinates")
            }
        }
    }
}

type Point = (i64, i64);
/// A ring as read, closed: its last point is its first.
type Ring = Vec<Point>;

struct Feature {
    key: Value,
    multi: bool,
    /// Polygons, each an outer ring then holes.
    polygons: Vec<Vec<Ring>>,
}

/// Lightens the GeoJSON `text`.
pub fn lighten(text: &str, options: &Options) -> Result<Lightened, GeoInputError> {
    let doc: Value =
        serde_json::from_str(text).map_err(|e| GeoInputError::Syntax(e.to_string()))?;
    let mut features = read(&doc, &options.key)?;
    let before = Stats {
        bytes: text.len(),
        vertices: count_vertices(&features),
        features: features.len(),
    };
    let dropped = drop_slivers(&mut features, options.min_area_m2);
    let (simplified, unsimplified_arcs) = simplify(&features, options.tolerance_m);
    for (feature, polygons) in features.iter_mut().zip(simplified) {
        feature.polygons = polygons;
    }
    let text = write(&features, &options.key);
    let after = Stats {
        bytes: text.len(),
        vertices: count_vertices(&features),
        features: features.len(),
    };
    Ok(Lightened {
        text,
        before,
        after,
        dropped,
        unsimplified_arcs,
    })
}

fn read(doc: &Value, key: &str) -> Result<Vec<Feature>, GeoInputError> {
    let features = match (doc.get("type").and_then(Value::as_str), doc.get("features")) {
        (Some("FeatureCollection"), Some(Value::Array(f))) => f,
        _ => return Err(GeoInputError::NotFeatureCollection),
    };
    features
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let value = f
                .get("properties")
                .and_then(|p| p.get(key))
                .filter(|v| v.is_string() || v.is_number())
                .ok_or_else(|| GeoInputError::NoKey {
                    feature: i + 1,
                    key: key.to_owned(),
                })?;
            let geometry = f.get("geometry");
            let coords = geometry.and_then(|g| g.get("coordinates"));
            let polygons = match (
                geometry.and_then(|g| g.get("type")).and_then(Value::as_str),
                coords,
            ) {
                (Some("Polygon"), Some(c)) => polygon(c).into_iter().collect(),
                (Some("MultiPolygon"), Some(Value::Array(parts))) => {
                    parts.iter().filter_map(polygon).collect()
                }
                _ => Vec::new(),
            };
            if polygons.is_empty() {
                return Err(GeoInputError::NoPolygon { feature: i + 1 });
            }
            Ok(Feature {
                key: value.clone(),
                multi: geometry.and_then(|g| g.get("type")).and_then(Value::as_str)
                    == Some("MultiPolygon"),
                polygons,
            })
        })
        .collect()
}

/// A polygon's rings, rounded, with repeated points gone; `None` when its
/// outer ring has fewer than three distinct points (a hole that has is
/// left out).
fn polygon(value: &Value) -> Option<Vec<Ring>> {
    let mut rings = value.as_array()?.iter();
    let outer = ring(rings.next()?)?;
    Some(
        std::iter::once(outer)
            .chain(rings.filter_map(ring))
            .collect(),
    )
}

fn ring(value: &Value) -> Option<Ring> {
    let mut out: Ring = Vec::new();
    for p in value.as_array()? {
        let lon = p.get(0).and_then(Value::as_f64)?;
        let lat = p.get(1).and_then(Value::as_f64)?;
        let q = ((lon * SCALE).round() as i64, (lat * SCALE).round() as i64);
        if out.last() != Some(&q) {
            out.push(q);
        }
    }
    if out.first() != out.last() {
        let first = *out.first()?;
        out.push(first);
    }
    (out.len() >= 4).then_some(out)
}

fn count_vertices(features: &[Feature]) -> usize {
    features
        .iter()
        .flat_map(|f| &f.polygons)
        .flatten()
        .map(Vec::len)
        .sum()
}

fn to_geo(ring: &[Point]) -> LineString<f64> {
    ring.iter()
        .map(|&(x, y)| Coord {
            x: x as f64 / SCALE,
            y: y as f64 / SCALE,
        })
        .collect()
}

fn area_m2(ring: &[Point]) -> f64 {
    Polygon::new(to_geo(ring), Vec::new()).chamberlain_duquette_unsigned_area()
}

/// Drops parts and holes under `min_area_m2`, keeping each feature's
/// largest part whatever its size. Returns how many went.
fn drop_slivers(features: &mut [Feature], min_area_m2: f64) -> usize {
    let mut dropped = 0;
    for f in features.iter_mut() {
        let areas: Vec<f64> = f.polygons.iter().map(|p| area_m2(&p[0])).collect();
        let largest = areas
            .iter()
            .enumerate()
            .max_by(|a, b| a.1.total_cmp(b.1))
            .map_or(0, |(i, _)| i);
        let before = f.polygons.len();
        let mut index = 0;
        f.polygons.retain(|_| {
            let keep = index == largest || areas[index] >= min_area_m2;
            index += 1;
            keep
        });
        dropped += before - f.polygons.len();
        for p in f.polygons.iter_mut() {
            let holes = p.len() - 1;
            let outer = p.remove(0);
            p.retain(|hole| area_m2(hole) >= min_area_m2);
            dropped += holes - p.len();
            p.insert(0, outer);
        }
    }
    dropped
}

/// Where each ring is in the features: feature, polygon, ring.
type RingAt = (usize, usize, usize);

/// Every feature's polygons with each arc simplified once; and how many
/// arcs had to stay as they were.
fn simplify(features: &[Feature], tolerance_m: f64) -> (Vec<Vec<Vec<Ring>>>, usize) {
    let rings: Vec<(RingAt, &Ring)> = features
        .iter()
        .enumerate()
        .flat_map(|(fi, f)| {
            f.polygons
                .iter()
                .enumerate()
                .flat_map(move |(pi, p)| p.iter().enumerate().map(move |(ri, r)| ((fi, pi, ri), r)))
        })
        .collect();
    // Which rings each point is on.
    let mut owners: HashMap<Point, Vec<usize>> = HashMap::new();
    for (id, (_, ring)) in rings.iter().enumerate() {
        for p in &ring[..ring.len() - 1] {
            let list = owners.entry(*p).or_default();
            if list.last() != Some(&id) {
                list.push(id);
            }
        }
    }
    let arcs: Vec<Vec<Vec<Point>>> = rings.iter().map(|(_, r)| cut(r, &owners)).collect();
    let mean_lat = rings
        .first()
        .map_or(0.0, |(_, r)| r[0].1 as f64 / SCALE)
        .to_radians();
    let mut keep: Vec<Vec<Point>> = Vec::new();
    loop {
        let mut done: HashMap<Vec<Point>, Vec<Point>> = HashMap::new();
        let mut out: Vec<Vec<Vec<Ring>>> = features
            .iter()
            .map(|f| {
                f.polygons
                    .iter()
                    .map(|p| vec![Vec::new(); p.len()])
                    .collect()
            })
            .collect();
        for ((at, original), ring_arcs) in rings.iter().zip(&arcs) {
            let mut ring: Ring = Vec::new();
            for arc in ring_arcs {
                let simple = simplified_arc(arc, &keep, &mut done, tolerance_m, mean_lat);
                ring.extend(&simple[usize::from(!ring.is_empty())..]);
            }
            // Fewer than three distinct points is no polygon: keep it whole.
            if ring.len() < 4 {
                ring = (*original).clone();
            }
            out[at.0][at.1][at.2] = ring;
        }
        let broken: Vec<usize> = out
            .iter()
            .enumerate()
            .filter(|(_, polygons)| !to_multipolygon(polygons).is_valid())
            .map(|(i, _)| i)
            .collect();
        let newly: Vec<Vec<Point>> = rings
            .iter()
            .zip(&arcs)
            .filter(|((at, _), _)| broken.contains(&at.0))
            .flat_map(|(_, a)| a.iter().map(|arc| canonical(arc).0))
            .filter(|arc| !keep.contains(arc))
            .collect();
        if newly.is_empty() {
            return (out, keep.len());
        }
        keep.extend(newly);
        keep.sort();
        keep.dedup();
    }
}

/// A ring cut into arcs at the points where the rings it borders change;
/// a ring that borders no other is cut at its first and farthest points,
/// so Douglas–Peucker has two ends to hold on to.
fn cut(ring: &Ring, owners: &HashMap<Point, Vec<usize>>) -> Vec<Vec<Point>> {
    let open = &ring[..ring.len() - 1];
    let n = open.len();
    let of = |i: usize| owners.get(&open[i % n]);
    let mut nodes: Vec<usize> = (0..n)
        .filter(|&i| of(i) != of(i + n - 1) || of(i) != of(i + 1))
        .collect();
    if nodes.len() < 2 {
        let start = nodes.first().copied().unwrap_or(0);
        let far = (0..n)
            .max_by_key(|&i| {
                let (dx, dy) = (open[i].0 - open[start].0, open[i].1 - open[start].1);
                dx * dx + dy * dy
            })
            .unwrap_or(0);
        nodes = vec![start, far];
        nodes.sort_unstable();
        nodes.dedup();
    }
    let mut arcs = Vec::new();
    for (k, &from) in nodes.iter().enumerate() {
        let to = nodes.get(k + 1).copied().unwrap_or(nodes[0] + n);
        arcs.push((from..=to).map(|i| open[i % n]).collect());
    }
    arcs
}

/// The arc in the direction both its rings agree on, and whether that
/// is the reverse of `arc`.
fn canonical(arc: &[Point]) -> (Vec<Point>, bool) {
    let reversed: Vec<Point> = arc.iter().rev().copied().collect();
    if reversed.as_slice() < arc {
        (reversed, true)
    } else {
        (arc.to_vec(), false)
    }
}

fn simplified_arc(
    arc: &[Point],
    keep: &[Vec<Point>],
    done: &mut HashMap<Vec<Point>, Vec<Point>>,
    tolerance_m: f64,
    lat: f64,
) -> Vec<Point> {
    let (key, reversed) = canonical(arc);
    let simple = done
        .entry(key.clone())
        .or_insert_with(|| {
            if keep.binary_search(&key).is_ok() {
                return key.clone();
            }
            // Metres, near enough over a city, so the tolerance is one.
            let metres: LineString<f64> = key
                .iter()
                .map(|&(x, y)| Coord {
                    x: x as f64 / SCALE * METRES_PER_DEGREE * lat.cos(),
                    y: y as f64 / SCALE * METRES_PER_DEGREE,
                })
                .collect();
            metres
                .simplify_idx(tolerance_m)
                .into_iter()
                .map(|i| key[i])
                .collect()
        })
        .clone();
    if reversed {
        simple.into_iter().rev().collect()
    } else {
        simple
    }
}

fn to_multipolygon(polygons: &[Vec<Ring>]) -> MultiPolygon<f64> {
    MultiPolygon::new(
        polygons
            .iter()
            .map(|p| Polygon::new(to_geo(&p[0]), p[1..].iter().map(|h| to_geo(h)).collect()))
            .collect(),
    )
}

/// Compact GeoJSON: the key property only, coordinates at five decimals.
fn write(features: &[Feature], key: &str) -> String {
    let mut out = String::from("{\"type\":\"FeatureCollection\",\"features\":[");
    for (i, f) in features.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let mut properties = Map::new();
        properties.insert(key.to_owned(), f.key.clone());
        let _ = write!(
            out,
            "{{\"type\":\"Feature\",\"properties\":{},\"geometry\":{{\"type\":\"{}\",\"coordinates\":",
            Value::Object(properties),
            if f.multi { "MultiPolygon" } else { "Polygon" }
        );
        if f.multi {
            out.push('[');
        }
        for (pi, p) in f.polygons.iter().enumerate() {
            if pi > 0 {
                out.push(',');
            }
            out.push('[');
            for (ri, r) in p.iter().enumerate() {
                if ri > 0 {
                    out.push(',');
                }
                out.push('[');
                for (k, &(x, y)) in r.iter().enumerate() {
                    if k > 0 {
                        out.push(',');
                    }
                    // Shortest decimals that read back as the same number.
                    let _ = write!(out, "[{},{}]", x as f64 / SCALE, y as f64 / SCALE);
                }
                out.push(']');
            }
            out.push(']');
        }
        if f.multi {
            out.push(']');
        }
        out.push_str("}}");
    }
    out.push_str("]}\n");
    out
}

#[cfg(test)]
mod tests;
