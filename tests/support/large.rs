//! A large synthetic `pantau/1` dataset for benchmarks and limit tests:
//! `series` series of `years` yearly values and `areas` areas with a
//! program's coverage. Numbers are made up by formula and say so.

use std::fmt::Write;

/// The dataset's JSON text.
pub fn large_dataset_json(series: usize, years: usize, areas: usize) -> String {
    let mut s = String::with_capacity(series * years * 32 + areas * 160 + 1024);
    s.push_str(r#"{"format":"pantau/1","id":"synthetic","title":{"id":"Data sintetis","en":"Synthetic data"},"#);
    s.push_str(r#""place":{"name":"Synthetic"},"published":"2020-01-01","sources":[{"id":"synth","name":"Generated for testing"}],"#);
    s.push_str(r#""notes":["Invented numbers, generated for benchmarks and tests."],"series":["#);
    for i in 0..series {
        if i > 0 {
            s.push(',');
        }
        let _ = write!(
            s,
            r#"{{"id":"s{i}","label":"Series {i}","unit":"cases","source":"synth","points":["#
        );
        for y in 0..years {
            if y > 0 {
                s.push(',');
            }
            let year = 2000 - years as i64 / 2 + y as i64;
            if (i + y) % 37 == 0 {
                let _ = write!(s, r#"{{"year":{year},"value":null}}"#);
            } else {
                let value = ((i * 7 + y * 13) % 97) as f64 * 3.5 + (i as f64);
                let _ = write!(s, r#"{{"year":{year},"value":{value}}}"#);
            }
        }
        s.push_str("]}");
    }
    s.push_str(r#"],"areas":{"level":"Area","group_level":"Group","items":["#);
    let side = (areas as f64).sqrt().ceil() as usize;
    for a in 0..areas {
        if a > 0 {
            s.push(',');
        }
        let (row, col) = (a / side.max(1), a % side.max(1));
        let lat = -1.0 + row as f64 * 0.01;
        let lon = 100.0 + col as f64 * 0.01;
        let _ = write!(
            s,
            r#"{{"id":"a{a}","name":"Area {a}","group":"Group {}","code":"{a:05}","lat":{lat:.4},"lon":{lon:.4}}}"#,
            a % 40
        );
    }
    s.push_str(r#"]},"programs":[{"id":"p","label":"Program","source":"synth","coverage":["#);
    for a in 0..areas {
        if a > 0 {
            s.push(',');
        }
        match a % 3 {
            0 => {
                let _ = write!(
                    s,
                    r#"{{"area":"a{a}","status":"formed","year":{}}}"#,
                    2010 + a % 8
                );
            }
            1 => {
                let _ = write!(
                    s,
                    r#"{{"area":"a{a}","status":"planned","year":{}}}"#,
                    2018 + a % 3
                );
            }
            _ => {
                let _ = write!(s, r#"{{"area":"a{a}","status":"none"}}"#);
            }
        }
    }
    s.push_str(r#"]}],"events":[{"year":2000,"label":"Midpoint"}]}"#);
    s
}

/// Square boundaries around each area of [`large_dataset_json`], keyed by code.
pub fn large_boundaries_json(areas: usize) -> String {
    let side = (areas as f64).sqrt().ceil() as usize;
    let mut s = String::from(r#"{"type":"FeatureCollection","features":["#);
    for a in 0..areas {
        if a > 0 {
            s.push(',');
        }
        let (row, col) = (a / side.max(1), a % side.max(1));
        let (lat, lon, d) = (-1.0 + row as f64 * 0.01, 100.0 + col as f64 * 0.01, 0.0045);
        let _ = write!(
            s,
            r#"{{"type":"Feature","properties":{{"code":"{a:05}"}},"geometry":{{"type":"Polygon","coordinates":[[[{},{}],[{},{}],[{},{}],[{},{}],[{},{}]]]}}}}"#,
            lon - d,
            lat - d,
            lon + d,
            lat - d,
            lon + d,
            lat + d,
            lon - d,
            lat + d,
            lon - d,
            lat - d
        );
    }
    s.push_str("]}");
    s
}
