//! Area boundaries from GeoJSON: reading a FeatureCollection of Polygons
//! and MultiPolygons, matching features to areas by a property, projecting
//! to the screen and simplifying for its size.

use super::error::{DatasetWarning, WarningKind};
use super::geometry::Rect;
use super::model::Areas;
use super::order::SortedMap;
use super::text::Lang;
use serde_json::Value;

/// A position as `(lon, lat)`, the order GeoJSON uses.
pub type LonLat = (f64, f64);

/// The outer rings of one area's polygons. Holes are left out: the
/// backends fill polygons without them, and kelurahan rarely have any.
#[derive(Clone, Debug, PartialEq)]
pub struct Boundary {
    /// Index of the area in [`Areas::items`].
    pub area: usize,
    pub rings: Vec<Vec<LonLat>>,
}

/// Every matched boundary, at most one per area.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Shapes {
    pub boundaries: Vec<Boundary>,
}

impl Shapes {
    /// The boundary of area `index`.
    pub fn of(&self, index: usize) -> Option<&Boundary> {
        self.boundaries.iter().find(|b| b.area == index)
    }
}

/// Why a boundaries file could not be used at all.
#[derive(Clone, Debug, PartialEq)]
pub enum GeoError {
    /// Not JSON; the serde message with its line and column.
    Syntax(String),
    /// JSON, but not a GeoJSON FeatureCollection.
    NotFeatureCollection,
    /// Larger than the limit.
    TooLarge(usize),
}

impl GeoError {
    /// The problem in words.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (GeoError::Syntax(m), Lang::En) => {
                format!("the boundaries file is not valid JSON: {m}")
            }
            (GeoError::Syntax(m), Lang::Id) => {
                format!("berkas batas wilayah bukan JSON yang valid: {m}")
            }
            (GeoError::NotFeatureCollection, Lang::En) => {
                "the boundaries file is not a GeoJSON FeatureCollection".into()
            }
            (GeoError::NotFeatureCollection, Lang::Id) => {
                "berkas batas wilayah bukan GeoJSON FeatureCollection".into()
            }
            (GeoError::TooLarge(n), Lang::En) => {
                format!("the boundaries file is too large ({n} bytes)")
            }
            (GeoError::TooLarge(n), Lang::Id) => {
                format!("berkas batas wilayah terlalu besar ({n} bita)")
            }
        }
    }
}

/// Reads `text`, matching each feature's `key` property to an area's
/// boundary key (`boundary_id`, else `code`, else `id`). Features that match
/// no area, unusable features and areas without a feature become warnings.
pub fn read(
    text: &str,
    areas: &Areas,
    key: &str,
) -> Result<(Shapes, Vec<DatasetWarning>), GeoError> {
    if text.len() > super::validate::MAX_BYTES {
        return Err(GeoError::TooLarge(text.len()));
    }
    let doc: Value = serde_json::from_str(text).map_err(|e| GeoError::Syntax(e.to_string()))?;
    if doc.get("type").and_then(Value::as_str) != Some("FeatureCollection") {
        return Err(GeoError::NotFeatureCollection);
    }
    let features = doc
        .get("features")
        .and_then(Value::as_array)
        .ok_or(GeoError::NotFeatureCollection)?;
    let mut by_key: SortedMap<&str, usize> = SortedMap::default();
    for (i, area) in areas.items().iter().enumerate() {
        by_key.insert(area.boundary_key(), i);
    }
    let mut warnings = Vec::new();
    let mut rings_of: Vec<Vec<Vec<LonLat>>> = vec![Vec::new(); areas.items().len()];
    for (i, feature) in features.iter().enumerate() {
        let path = format!("features[{i}]");
        let unusable = |problem: FeatureProblem| DatasetWarning {
            path: path.clone(),
            kind: WarningKind::UnusableFeature { problem },
        };
        let value = match feature.get("properties").and_then(|p| p.get(key)) {
            Some(Value::String(s)) => s.clone(),
            Some(Value::Number(n)) => super::raw::number_text(n),
            _ => {
                warnings.push(unusable(FeatureProblem::NoKey(key.to_owned())));
                continue;
            }
        };
        let rings = match feature.get("geometry").map(outer_rings) {
            Some(Ok(rings)) if !rings.is_empty() => rings,
            Some(Err(problem)) => {
                warnings.push(unusable(problem));
                continue;
            }
            _ => {
                warnings.push(unusable(FeatureProblem::NoGeometry));
                continue;
            }
        };
        match by_key.get(&value.as_str()) {
            Some(&area) => rings_of[area].extend(rings),
            None => warnings.push(DatasetWarning {
                path,
                kind: WarningKind::UnmatchedFeature { key: value },
            }),
        }
    }
    let mut shapes = Shapes::default();
    for (area, rings) in rings_of.into_iter().enumerate() {
        if rings.is_empty() {
            warnings.push(DatasetWarning {
                path: format!("areas.items[{area}]"),
                kind: WarningKind::AreaWithoutBoundary {
                    area: areas.items()[area].id().to_owned(),
                },
            });
        } else {
            shapes.boundaries.push(Boundary { area, rings });
        }
    }
    Ok((shapes, warnings))
}

fn position(v: &Value) -> Option<LonLat> {
    let pair = v.as_array()?;
    let lon = pair.first()?.as_f64()?;
    let lat = pair.get(1)?.as_f64()?;
    ((-180.0..=180.0).contains(&lon) && (-90.0..=90.0).contains(&lat)).then_some((lon, lat))
}

fn ring(v: &Value) -> Result<Vec<LonLat>, FeatureProblem> {
    let points = v.as_array().ok_or(FeatureProblem::NoRing)?;
    let ring: Option<Vec<LonLat>> = points.iter().map(position).collect();
    let ring = ring.ok_or(FeatureProblem::BadPosition)?;
    if ring.len() < 3 {
        return Err(FeatureProblem::ShortRing);
    }
    Ok(ring)
}

/// The outer ring of each polygon of a Polygon or MultiPolygon.
fn outer_rings(geometry: &Value) -> Result<Vec<Vec<LonLat>>, FeatureProblem> {
    let coordinates = geometry
        .get("coordinates")
        .ok_or(FeatureProblem::NoCoordinates)?;
    let polygons: Vec<&Value> = match geometry.get("type").and_then(Value::as_str) {
        Some("Polygon") => vec![coordinates],
        Some("MultiPolygon") => coordinates
            .as_array()
            .ok_or(FeatureProblem::NoCoordinates)?
            .iter()
            .collect(),
        Some(other) => return Err(FeatureProblem::NotDrawn(other.to_owned())),
        None => return Err(FeatureProblem::NoGeometry),
    };
    polygons
        .into_iter()
        .map(|polygon| {
            polygon
                .as_array()
                .and_then(|rings| rings.first())
                .ok_or(FeatureProblem::NoRing)
                .and_then(ring)
        })
        .collect()
}

/// Why a boundary feature cannot be drawn.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FeatureProblem {
    /// It has no property named as the dataset's key.
    NoKey(String),
    /// It has no Polygon or MultiPolygon geometry.
    NoGeometry,
    /// Its geometry has no usable coordinates.
    NoCoordinates,
    /// Its geometry is of a type the map does not draw (points, lines).
    NotDrawn(String),
    /// A polygon has no ring.
    NoRing,
    /// A position is not `[lon, lat]` within range.
    BadPosition,
    /// A ring has fewer than three positions.
    ShortRing,
}

impl FeatureProblem {
    /// The problem in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (FeatureProblem::NoKey(key), Lang::En) => format!("no \"{key}\" property"),
            (FeatureProblem::NoKey(key), Lang::Id) => format!("tidak ada properti \"{key}\""),
            (FeatureProblem::NoGeometry, Lang::En) => "no Polygon or MultiPolygon geometry".into(),
            (FeatureProblem::NoGeometry, Lang::Id) => {
                "tidak ada geometri Polygon atau MultiPolygon".into()
            }
            (FeatureProblem::NoCoordinates, Lang::En) => "the geometry has no coordinates".into(),
            (FeatureProblem::NoCoordinates, Lang::Id) => {
                "geometrinya tidak memiliki koordinat".into()
            }
            (FeatureProblem::NotDrawn(kind), Lang::En) => {
                format!("{kind} geometries are not drawn")
            }
            (FeatureProblem::NotDrawn(kind), Lang::Id) => format!("geometri {kind} tidak digambar"),
            (FeatureProblem::NoRing, Lang::En) => "a polygon has no ring".into(),
            (FeatureProblem::NoRing, Lang::Id) => "sebuah poligon tidak memiliki cincin".into(),
            (FeatureProblem::BadPosition, Lang::En) => {
                "a position is not [lon, lat] in range".into()
            }
            (FeatureProblem::BadPosition, Lang::Id) => {
                "sebuah posisi bukan [lon, lat] dalam rentang yang sah".into()
            }
            (FeatureProblem::ShortRing, Lang::En) => "a ring has fewer than 3 positions".into(),
            (FeatureProblem::ShortRing, Lang::Id) => {
                "sebuah cincin memiliki kurang dari 3 posisi".into()
            }
        }
    }
}

/// An equirectangular projection scaled by the cosine of the middle
/// latitude, fitted into a rectangle: at a city's scale it is as good as
/// any and costs a multiply per point.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Projection {
    lon0: f64,
    lat0: f64,
    k: f64,
    scale: f64,
    cx: f64,
    cy: f64,
}

/// The cosine of a latitude in degrees: how much a degree of longitude
/// shrinks there.
///
/// A polynomial rather than `f64::cos`, which in the browser build brings
/// libm's argument reduction for angles up to 1e308 (about 6 KB of wasm)
/// when a latitude is never beyond ±90°. The Taylor series to x¹² is within
/// 1e-8 of the cosine on ±π/2, far below a pixel on any map.
pub fn cos_latitude(degrees: f64) -> f64 {
    let x = degrees.clamp(-90.0, 90.0).to_radians();
    let x2 = x * x;
    // 1 - x²/2! + x⁴/4! - … + x¹²/12!, in Horner form.
    let mut sum = 1.0;
    for n in (1..=6).rev() {
        let k = f64::from(2 * n);
        sum = 1.0 - x2 / (k * (k - 1.0)) * sum;
    }
    sum
}

impl Projection {
    /// Fits the box `(min, max)` of positions into `rect`, centred.
    pub fn fit(min: LonLat, max: LonLat, rect: Rect) -> Projection {
        let lon0 = (min.0 + max.0) / 2.0;
        let lat0 = (min.1 + max.1) / 2.0;
        let k = cos_latitude(lat0).max(0.01);
        let span_x = ((max.0 - min.0) * k).max(1e-9);
        let span_y = (max.1 - min.1).max(1e-9);
        let scale = (rect.w / span_x).min(rect.h / span_y);
        Projection {
            lon0,
            lat0,
            k,
            scale,
            cx: rect.x + rect.w / 2.0,
            cy: rect.y + rect.h / 2.0,
        }
    }

    /// Screen position of a point.
    pub fn project(&self, (lon, lat): LonLat) -> (f64, f64) {
        (
            self.cx + (lon - self.lon0) * self.k * self.scale,
            self.cy - (lat - self.lat0) * self.scale,
        )
    }

    /// The height-to-width ratio of a box on screen.
    pub fn aspect(min: LonLat, max: LonLat) -> f64 {
        let k = cos_latitude((min.1 + max.1) / 2.0).max(0.01);
        let w = ((max.0 - min.0) * k).max(1e-9);
        let h = (max.1 - min.1).max(1e-9);
        h / w
    }
}

/// Douglas–Peucker simplification: drops points closer than `tolerance`
/// to the line between their neighbours that are kept. Iterative, so
/// rings of any length never overflow the stack.
pub fn simplify(points: &[(f64, f64)], tolerance: f64) -> Vec<(f64, f64)> {
    if points.len() < 3 {
        return points.to_vec();
    }
    let mut keep = vec![false; points.len()];
    keep[0] = true;
    keep[points.len() - 1] = true;
    let mut stack = vec![(0, points.len() - 1)];
    while let Some((first, last)) = stack.pop() {
        let (a, b) = (points[first], points[last]);
        let (dx, dy) = (b.0 - a.0, b.1 - a.1);
        let len = (dx * dx + dy * dy).sqrt();
        let mut worst = (0.0, first);
        for (i, p) in points.iter().enumerate().take(last).skip(first + 1) {
            let d = if len == 0.0 {
                ((p.0 - a.0).powi(2) + (p.1 - a.1).powi(2)).sqrt()
            } else {
                ((p.0 - a.0) * dy - (p.1 - a.1) * dx).abs() / len
            };
            if d > worst.0 {
                worst = (d, i);
            }
        }
        if worst.0 > tolerance {
            keep[worst.1] = true;
            stack.push((first, worst.1));
            stack.push((worst.1, last));
        }
    }
    points
        .iter()
        .zip(keep)
        .filter(|(_, k)| *k)
        .map(|(p, _)| *p)
        .collect()
}

/// Whether `p` lies inside `ring` (even–odd rule).
pub fn contains(ring: &[(f64, f64)], p: (f64, f64)) -> bool {
    let mut inside = false;
    let mut j = ring.len().wrapping_sub(1);
    for i in 0..ring.len() {
        let (a, b) = (ring[i], ring[j]);
        if (a.1 > p.1) != (b.1 > p.1) && p.0 < (b.0 - a.0) * (p.1 - a.1) / (b.1 - a.1) + a.0 {
            inside = !inside;
        }
        j = i;
    }
    inside
}

/// Signed area (shoelace) and centroid of a ring.
pub fn area_and_centroid(ring: &[(f64, f64)]) -> (f64, (f64, f64)) {
    let mut area = 0.0;
    let (mut cx, mut cy) = (0.0, 0.0);
    for i in 0..ring.len() {
        let (a, b) = (ring[i], ring[(i + 1) % ring.len()]);
        let cross = a.0 * b.1 - b.0 * a.1;
        area += cross;
        cx += (a.0 + b.0) * cross;
        cy += (a.1 + b.1) * cross;
    }
    area /= 2.0;
    if area.abs() < 1e-12 {
        let n = ring.len().max(1) as f64;
        let sum = ring.iter().fold((0.0, 0.0), |s, p| (s.0 + p.0, s.1 + p.1));
        return (0.0, (sum.0 / n, sum.1 / n));
    }
    (area, (cx / (6.0 * area), cy / (6.0 * area)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn simplification_keeps_corners_and_drops_collinear_points() {
        let line: Vec<(f64, f64)> = (0..=10)
            .map(|i| (f64::from(i), 0.0))
            .chain([(10.0, 10.0)])
            .collect();
        assert_eq!(
            simplify(&line, 0.5),
            vec![(0.0, 0.0), (10.0, 0.0), (10.0, 10.0)]
        );
    }

    #[test]
    fn cos_latitude_matches_the_cosine_within_a_hundred_millionth() {
        for tenth in -900..=900 {
            let degrees = f64::from(tenth) / 10.0;
            let want = degrees.to_radians().cos();
            let got = cos_latitude(degrees);
            assert!((got - want).abs() < 1e-8, "{degrees}: {got} vs {want}");
        }
        assert!(
            cos_latitude(120.0).abs() < 1e-8,
            "beyond the pole is the pole"
        );
        assert!(cos_latitude(f64::NAN).is_nan());
    }

    #[test]
    fn simplification_of_a_long_ring_does_not_recurse() {
        let ring: Vec<(f64, f64)> = (0..200_000)
            .map(|i| {
                let t = f64::from(i) / 200_000.0 * std::f64::consts::TAU;
                (t.cos() * 100.0, t.sin() * 100.0)
            })
            .collect();
        let simple = simplify(&ring, 0.5);
        assert!(simple.len() < 200 && simple.len() > 10, "{}", simple.len());
    }

    #[test]
    fn point_in_polygon() {
        let square = [(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)];
        assert!(contains(&square, (5.0, 5.0)));
        assert!(!contains(&square, (15.0, 5.0)));
        assert!(!contains(&[], (0.0, 0.0)));
    }

    #[test]
    fn centroid_of_a_square() {
        let (area, c) = area_and_centroid(&[(0.0, 0.0), (2.0, 0.0), (2.0, 2.0), (0.0, 2.0)]);
        assert_eq!(area, 4.0);
        assert_eq!(c, (1.0, 1.0));
    }

    #[test]
    fn projection_keeps_north_up_and_fits_the_box() {
        let rect = Rect {
            x: 0.0,
            y: 0.0,
            w: 400.0,
            h: 300.0,
        };
        let p = Projection::fit((104.40, 0.85), (104.55, 0.98), rect);
        let (x0, y0) = p.project((104.40, 0.85));
        let (x1, y1) = p.project((104.55, 0.98));
        assert!(x1 > x0 && y1 < y0, "east is right, north is up");
        for (x, y) in [(x0, y0), (x1, y1)] {
            assert!((-1e-9..=400.0 + 1e-9).contains(&x) && (-1e-9..=300.0 + 1e-9).contains(&y));
        }
    }
}
