use super::*;
use serde_json::json;

const OPTIONS: fn() -> Options = || Options {
    key: "code".into(),
    tolerance_m: 30.0,
    min_area_m2: 2_000.0,
};

/// Degrees near the equator, so 1e-5 degree is about 1.1 m.
fn at(x: f64, y: f64) -> [f64; 2] {
    [104.0 + x * 1e-5, 1.0 + y * 1e-5]
}

/// A border that wiggles by 5 m every 10 m: under a 30 m tolerance it
/// straightens, on both sides alike.
fn wiggle(from_y: i32, to_y: i32) -> Vec<[f64; 2]> {
    let step = if to_y > from_y { 10 } else { -10 };
    (0..=((to_y - from_y) / step))
        .map(|k| {
            let y = from_y + k * step;
            at(1000.0 + if (y / 10) % 2 == 0 { 0.0 } else { 5.0 }, y as f64)
        })
        .collect()
}

/// Two neighbours sharing the wiggly border x ≈ 1000, and a tiny island.
fn neighbours() -> Value {
    let mut west = vec![at(0.0, 0.0)];
    west.extend(wiggle(0, 1000));
    west.extend([at(0.0, 1000.0), at(0.0, 0.0)]);
    let mut east = vec![at(2000.0, 0.0), at(2000.0, 1000.0)];
    east.extend(wiggle(1000, 0));
    east.push(at(2000.0, 0.0));
    let islet = vec![
        at(3000.0, 0.0),
        at(3010.0, 0.0),
        at(3010.0, 10.0),
        at(3000.0, 0.0),
    ];
    let big = vec![
        at(2500.0, 0.0),
        at(2900.0, 0.0),
        at(2900.0, 400.0),
        at(2500.0, 0.0),
    ];
    json!({
        "type": "FeatureCollection",
        "features": [
            {"type": "Feature", "properties": {"code": "W", "name": "West", "extra": 1},
             "geometry": {"type": "Polygon", "coordinates": [west]}},
            {"type": "Feature", "properties": {"code": "E"},
             "geometry": {"type": "MultiPolygon", "coordinates": [[east], [islet.clone()]]}},
            {"type": "Feature", "properties": {"code": 7},
             "geometry": {"type": "MultiPolygon", "coordinates": [[islet], [big]]}},
            {"type": "Feature", "properties": {"code": "only-an-islet"},
             "geometry": {"type": "Polygon", "coordinates": [[at(4000.0, 0.0), at(4005.0, 0.0), at(4005.0, 5.0), at(4000.0, 0.0)]]}}
        ]
    })
}

fn points(feature: &Value) -> Vec<(i64, i64)> {
    let mut out = Vec::new();
    let mut walk = |v: &Value| {
        fn go(v: &Value, out: &mut Vec<(i64, i64)>) {
            match v.as_array() {
                Some(a) if a.len() == 2 && a[0].is_number() => out.push((
                    (a[0].as_f64().unwrap_or(0.0) * 1e5).round() as i64,
                    (a[1].as_f64().unwrap_or(0.0) * 1e5).round() as i64,
                )),
                Some(a) => a.iter().for_each(|x| go(x, out)),
                None => {}
            }
        }
        go(v, &mut out)
    };
    walk(&feature["geometry"]["coordinates"]);
    out
}

#[test]
fn shared_borders_stay_shared_and_get_lighter() {
    let input = neighbours().to_string();
    let light = lighten(&input, &OPTIONS()).expect("lightens");
    let doc: Value = serde_json::from_str(&light.text).expect("JSON out");
    let (west, east) = (points(&doc["features"][0]), points(&doc["features"][1]));
    // The border's points: west's east side is exactly east's west side.
    let border = |pts: &[(i64, i64)]| {
        let mut b: Vec<_> = pts
            .iter()
            .filter(|p| p.0 > 10_400_000 + 500 && p.0 < 10_400_000 + 1500)
            .copied()
            .collect();
        b.sort();
        b.dedup();
        b
    };
    assert_eq!(border(&west), border(&east));
    assert!(
        border(&west).len() < 10,
        "the wiggle straightened: {:?}",
        border(&west)
    );
    assert!(
        light.after.vertices < light.before.vertices / 4,
        "{:?} -> {:?}",
        light.before,
        light.after
    );
    assert!(light.after.bytes < light.before.bytes);
}

#[test]
fn every_feature_stays_and_slivers_go_but_never_a_whole_feature() {
    let light = lighten(&neighbours().to_string(), &OPTIONS()).expect("lightens");
    let doc: Value = serde_json::from_str(&light.text).expect("JSON out");
    let features = doc["features"].as_array().expect("features");
    assert_eq!(features.len(), 4);
    assert_eq!((light.before.features, light.after.features), (4, 4));
    // East's islet (about 60 m²) goes; feature 7 keeps its large part only;
    // the feature that is only an islet keeps it.
    assert_eq!(
        features[1]["geometry"]["coordinates"]
            .as_array()
            .map(Vec::len),
        Some(1)
    );
    assert_eq!(
        features[2]["geometry"]["coordinates"]
            .as_array()
            .map(Vec::len),
        Some(1)
    );
    assert!(points(&features[2])
        .iter()
        .all(|p| p.0 >= 10_400_000 + 2500 && p.0 <= 10_400_000 + 2900));
    assert_eq!(points(&features[3]).len(), 4);
    assert_eq!(light.dropped, 2);
    assert_eq!(features[1]["geometry"]["type"], "MultiPolygon");
    assert_eq!(features[0]["geometry"]["type"], "Polygon");
}

#[test]
fn only_the_key_stays_and_coordinates_are_rounded_to_a_metre() {
    let mut doc = neighbours();
    doc["features"][0]["geometry"]["coordinates"][0][0] = json!([104.000_001_234_5, 1.000_005_1]);
    let last = doc["features"][0]["geometry"]["coordinates"][0]
        .as_array()
        .map_or(0, Vec::len)
        - 1;
    doc["features"][0]["geometry"]["coordinates"][0][last] =
        json!([104.000_001_234_5, 1.000_005_1]);
    let light = lighten(&doc.to_string(), &OPTIONS()).expect("lightens");
    let out: Value = serde_json::from_str(&light.text).expect("JSON out");
    assert_eq!(out["features"][0]["properties"], json!({"code": "W"}));
    assert_eq!(out["features"][2]["properties"], json!({"code": 7}));
    assert!(
        light.text.contains("[104,1.00001]"),
        "{}",
        &light.text[..200]
    );
    for number in light
        .text
        .split(|c: char| !(c.is_ascii_digit() || c == '.'))
    {
        if let Some((_, decimals)) = number.split_once('.') {
            assert!(decimals.len() <= 5, "{number}");
        }
    }
}

#[test]
fn what_comes_out_is_valid_and_reads_the_same_again() {
    let light = lighten(&neighbours().to_string(), &OPTIONS()).expect("lightens");
    let again = lighten(&light.text, &OPTIONS()).expect("lightens again");
    assert_eq!(again.after.features, 4);
    let doc: Value = serde_json::from_str(&light.text).expect("JSON");
    for f in doc["features"].as_array().into_iter().flatten() {
        let polys = match f["geometry"]["type"].as_str() {
            Some("Polygon") => vec![f["geometry"]["coordinates"].clone()],
            _ => f["geometry"]["coordinates"]
                .as_array()
                .cloned()
                .unwrap_or_default(),
        };
        let rings: Vec<Vec<Ring>> = polys.iter().filter_map(polygon).collect();
        assert!(to_multipolygon(&rings).is_valid(), "{}", f["properties"]);
    }
}

#[test]
fn bad_input_is_named() {
    let o = OPTIONS();
    assert!(matches!(lighten("{", &o), Err(GeoInputError::Syntax(_))));
    assert_eq!(
        lighten("{\"type\":\"Feature\"}", &o),
        Err(GeoInputError::NotFeatureCollection)
    );
    let mut doc = neighbours();
    doc["features"][1]["properties"] = json!({"name": "East"});
    let err = lighten(&doc.to_string(), &o).expect_err("no key");
    assert_eq!(
        err,
        GeoInputError::NoKey {
            feature: 2,
            key: "code".into()
        }
    );
    assert!(err.to_string().contains("--key"));
    let mut doc = neighbours();
    doc["features"][0]["geometry"] = json!({"type": "Point", "coordinates": [104.0, 1.0]});
    assert_eq!(
        lighten(&doc.to_string(), &o),
        Err(GeoInputError::NoPolygon { feature: 1 })
    );
}
