//! GeoJSON boundaries: reading, matching, warnings, projection and
//! hit-testing, with GeoJSON the tests write, and with the real kelurahan
//! boundaries of the shared geo folder beside the repository when they are
//! there (never copied here).
#![cfg(not(target_arch = "wasm32"))]

use pantau::core::error::WarningKind;
use pantau::core::geo::{read, GeoError};
use pantau::core::hit;
use pantau::core::layout::map::{layout, MapInput};
use pantau::core::model::Dataset;
use pantau::core::text::Lang;
use pantau::core::validate::parse;
use serde_json::json;

fn dataset() -> Dataset {
    parse(
        &json!({
            "format": "pantau/1", "id": "geo", "title": "Geo", "place": {"name": "P"},
            "published": "2020-01-01", "sources": [{"id": "s", "name": "S"}],
            "areas": {"level": "Kelurahan", "group_level": "Kecamatan", "items": [
                {"id": "west", "name": "West", "group": "G", "code": "01"},
                {"id": "east", "name": "East", "group": "G", "code": "02", "lat": 0.5, "lon": 11.5},
                {"id": "lost", "name": "Lost", "group": "G", "code": "03"}
            ], "boundaries": {"url": "areas.geojson", "key": "kode"}},
            "programs": [{"id": "p", "label": "P", "source": "s", "coverage": [{"area": "east", "status": "formed", "year": 2017}]}]
        })
        .to_string(),
    )
    .expect("valid")
}

fn square(x: f64, y: f64, size: f64) -> serde_json::Value {
    json!([[
        [x, y],
        [x + size, y],
        [x + size, y + size],
        [x, y + size],
        [x, y]
    ]])
}

fn collection() -> String {
    json!({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"kode": "01"}, "geometry": {"type": "Polygon", "coordinates": square(10.0, 0.0, 1.0)}},
        {"type": "Feature", "properties": {"kode": "02"}, "geometry": {"type": "MultiPolygon", "coordinates": [square(11.0, 0.0, 1.0), square(11.2, 1.2, 0.2)]}},
        {"type": "Feature", "properties": {"kode": "99"}, "geometry": {"type": "Polygon", "coordinates": square(20.0, 0.0, 1.0)}},
        {"type": "Feature", "properties": {"kode": "01"}, "geometry": {"type": "Point", "coordinates": [10.5, 0.5]}},
        {"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": square(10.0, 0.0, 1.0)}},
        {"type": "Feature", "properties": {"kode": "03"}, "geometry": {"type": "Polygon", "coordinates": [[[10.0, 0.0], [500.0, 0.0], [10.0, 1.0]]]}}
    ]})
    .to_string()
}

#[test]
fn features_are_matched_by_key_and_problems_become_warnings() {
    let ds = dataset();
    let (shapes, warnings) =
        read(&collection(), ds.areas().unwrap(), "kode").expect("a FeatureCollection");
    assert_eq!(shapes.boundaries.len(), 2);
    assert_eq!(shapes.of(0).unwrap().rings.len(), 1);
    assert_eq!(
        shapes.of(1).unwrap().rings.len(),
        2,
        "both parts of the MultiPolygon"
    );
    let kinds: Vec<&WarningKind> = warnings.iter().map(|w| &w.kind).collect();
    assert!(
        kinds.contains(&&WarningKind::UnmatchedFeature { key: "99".into() }),
        "{kinds:?}"
    );
    assert!(
        kinds.contains(&&WarningKind::AreaWithoutBoundary {
            area: "lost".into()
        }),
        "{kinds:?}"
    );
    let unusable: Vec<String> = warnings
        .iter()
        .filter(|w| matches!(w.kind, WarningKind::UnusableFeature { .. }))
        .map(|w| w.to_string())
        .collect();
    assert_eq!(unusable.len(), 3, "{unusable:?}");
    assert!(unusable
        .iter()
        .any(|m| m.starts_with("features[3]: ") && m.contains("Point geometries are not drawn")));
    assert!(unusable
        .iter()
        .any(|m| m.starts_with("features[4]: ") && m.contains("no \"kode\" property")));
    assert!(unusable
        .iter()
        .any(|m| m.starts_with("features[5]: ") && m.contains("in range")));
}

#[test]
fn files_that_are_not_feature_collections_are_refused() {
    let ds = dataset();
    let areas = ds.areas().unwrap();
    assert_eq!(
        read("{\"type\": \"Feature\"}", areas, "kode"),
        Err(GeoError::NotFeatureCollection)
    );
    assert!(matches!(
        read("{oops", areas, "kode"),
        Err(GeoError::Syntax(_))
    ));
    assert_eq!(
        read("{\"type\": \"FeatureCollection\"}", areas, "kode"),
        Err(GeoError::NotFeatureCollection)
    );
}

#[test]
fn the_map_draws_polygons_and_finds_the_area_under_the_pointer() {
    let ds = dataset();
    let (shapes, _) = read(&collection(), ds.areas().unwrap(), "kode").unwrap();
    let map = layout(&MapInput {
        dataset: &ds,
        program: Some(0),
        group: None,
        width: 500.0,
        shapes: Some(&shapes),
    })
    .unwrap();
    assert!(map.polygons);
    assert_eq!(
        map.areas.len(),
        2,
        "the area with no boundary and no centroid is not placed"
    );
    assert_eq!(map.unplaced, vec![2]);
    let west = map.areas.iter().position(|a| a.area == 0).unwrap();
    let east = map.areas.iter().position(|a| a.area == 1).unwrap();
    let inside_west = {
        let b = map.areas[west].bbox;
        (b.x + b.w * 0.3, b.y + b.h * 0.7)
    };
    assert_eq!(hit::map(&map, inside_west), Some(west));
    assert_eq!(hit::map(&map, map.areas[east].center), Some(east));
    assert_eq!(hit::map(&map, (1.0, 1.0)), None);
    for a in &map.areas {
        for ring in &a.rings {
            for (x, y) in ring {
                assert!(*x >= 0.0 && *x <= map.size.0 && *y >= 0.0 && *y <= map.size.1);
            }
        }
    }
}

#[test]
fn the_real_kelurahan_boundaries_match_every_area_of_the_default_dataset() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/geo/tanjungpinang-kelurahan-hdx-bps-2020.geojson"
    );
    let Ok(text) = std::fs::read_to_string(path) else {
        eprintln!("skipped: {path} is not on this machine");
        return;
    };
    let ds = parse(include_str!("../static/data/tanjungpinang.json")).expect("valid");
    let (shapes, warnings) =
        read(&text, ds.areas().unwrap(), "village_code").expect("valid GeoJSON");
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(shapes.boundaries.len(), 18);
    let map = layout(&MapInput {
        dataset: &ds,
        program: Some(0),
        group: None,
        width: 800.0,
        shapes: Some(&shapes),
    })
    .unwrap();
    let raw_points: usize = shapes
        .boundaries
        .iter()
        .flat_map(|b| &b.rings)
        .map(Vec::len)
        .sum();
    let drawn_points: usize = map.areas.iter().flat_map(|a| &a.rings).map(Vec::len).sum();
    assert!(
        drawn_points * 3 < raw_points,
        "simplified {raw_points} to {drawn_points}"
    );
    // Each published centroid lies inside its own kelurahan.
    for (i, a) in map.areas.iter().enumerate() {
        let name = ds.areas().unwrap().items()[a.area].name();
        assert_eq!(hit::map(&map, a.center), Some(i), "{name}");
    }
}

#[test]
fn skipped_features_are_explained_in_the_readers_language() {
    let doc = json!({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"kode": "01"}, "geometry": {"type": "Point", "coordinates": [1, 1]}},
        {"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": square(0.0, 0.0, 1.0)}},
        {"type": "Feature", "properties": {"kode": "02"}, "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1, 1]]]}}
    ]});
    let ds = dataset();
    let (_, warnings) = read(&doc.to_string(), ds.areas().expect("areas"), "kode").expect("read");
    let skipped: Vec<_> = warnings
        .iter()
        .filter(|w| matches!(w.kind, WarningKind::UnusableFeature { .. }))
        .collect();
    assert_eq!(skipped.len(), 3);
    let id: Vec<String> = skipped.iter().map(|w| w.message(Lang::Id)).collect();
    assert_eq!(
        id[0],
        "features[0]: fitur batas wilayah dilewati: geometri Point tidak digambar"
    );
    assert_eq!(
        id[1],
        "features[1]: fitur batas wilayah dilewati: tidak ada properti \"kode\""
    );
    assert!(
        id[2].ends_with("sebuah cincin memiliki kurang dari 3 posisi"),
        "{}",
        id[2]
    );
    for english in ["geometries", "property", "ring has", "skipped"] {
        assert!(
            id.iter().all(|m| !m.contains(english)),
            "{english} in {id:?}"
        );
    }
    assert!(skipped[0]
        .message(Lang::En)
        .ends_with("Point geometries are not drawn"));
}
