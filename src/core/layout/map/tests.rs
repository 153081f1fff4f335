use super::*;

use crate::core::testing::default_dataset;

#[test]
fn every_kelurahan_gets_a_dot_inside_the_map() {
    let ds = default_dataset();
    let l = crate::core::testing::dot_map(&ds, 600.0);
    assert_eq!(l.areas.len(), 18);
    assert!(!l.polygons);
    for a in &l.areas {
        assert!(
            a.center.0 > 0.0 && a.center.0 < l.size.0 && a.center.1 > 0.0 && a.center.1 < l.size.1,
            "{a:?}"
        );
    }
    let formed = l
        .areas
        .iter()
        .filter(|a| matches!(a.status, Status::Formed(_)))
        .count();
    assert_eq!(formed, 5);
}

#[test]
fn east_is_right_and_north_is_up() {
    let ds = default_dataset();
    let l = crate::core::testing::dot_map(&ds, 600.0);
    let find = |name: &str| {
        let idx = ds
            .areas()
            .unwrap()
            .items()
            .iter()
            .position(|a| a.name() == name)
            .unwrap();
        l.areas.iter().find(|a| a.area == idx).unwrap().center
    };
    let (penyengat, pinang_kencana) = (find("Penyengat"), find("Pinang Kencana"));
    assert!(
        pinang_kencana.0 > penyengat.0,
        "Pinang Kencana lies east of Penyengat"
    );
    let (senggarang, dompak) = (find("Senggarang"), find("Dompak"));
    assert!(senggarang.1 < dompak.1, "Senggarang lies north of Dompak");
}

#[test]
fn labels_never_overlap_and_stay_on_the_map() {
    let ds = default_dataset();
    for width in [320.0, 600.0, 1200.0] {
        let l = crate::core::testing::dot_map(&ds, width);
        let rects: Vec<Rect> = l
            .labels
            .iter()
            .map(|lb| Rect {
                x: lb.x,
                y: lb.y - 6.5,
                w: text_width(&lb.text, FONT_SMALL),
                h: 13.0,
            })
            .collect();
        for (i, a) in rects.iter().enumerate() {
            assert!(a.x >= 0.0 && a.right() <= l.size.0, "{width}: {a:?}");
            for b in &rects[i + 1..] {
                assert!(!a.intersects(b), "{width}: {a:?} overlaps {b:?}");
            }
        }
        for (label, a) in l.labels.iter().zip(&rects) {
            for (i, area) in l.areas.iter().enumerate() {
                let r = l.dot_radius;
                let dot = Rect {
                    x: area.center.0 - r,
                    y: area.center.1 - r,
                    w: 2.0 * r,
                    h: 2.0 * r,
                };
                assert!(
                    !a.intersects(&dot),
                    "{width}: label {} covers dot {i}",
                    label.text
                );
            }
        }
        assert!(
            l.labels.len() >= 8,
            "{width}: only {} labels",
            l.labels.len()
        );
    }
}

#[test]
fn a_group_zooms_to_its_areas() {
    let ds = default_dataset();
    let l = layout(&MapInput {
        dataset: &ds,
        program: Some(0),
        group: Some("Bukit Bestari"),
        width: 600.0,
        shapes: None,
    })
    .unwrap();
    assert_eq!(l.areas.len(), 5);
}

/// The default dataset with its real boundaries (static/data), as the
/// page draws it.
fn real_map(width: f64) -> (crate::core::model::Dataset, MapLayout) {
    let ds = default_dataset();
    let areas = ds.areas().expect("areas");
    let (shapes, warnings) = crate::core::geo::read(
        include_str!("../../../../static/data/tanjungpinang-kelurahan.geojson"),
        areas,
        "village_code",
    )
    .expect("the boundaries read");
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(
        shapes.boundaries.len(),
        18,
        "every kelurahan has its polygon"
    );
    let l = layout(&MapInput {
        dataset: &ds,
        program: Some(0),
        group: None,
        width,
        shapes: Some(&shapes),
    })
    .expect("a map");
    (ds, l)
}

#[test]
fn every_kelurahan_is_named_on_the_map_or_numbered_in_its_key() {
    for width in [360.0, 768.0, 1200.0] {
        let (ds, l) = real_map(width);
        assert!(l.polygons);
        assert_eq!(l.areas.len(), 18);
        let items = ds.areas().expect("areas").items();
        let mut named: Vec<&str> = l.labels.iter().map(|lb| lb.text.as_str()).collect();
        assert_eq!(l.numbers.len(), l.key.len(), "{width}");
        for (n, (number, key)) in l.numbers.iter().zip(&l.key).enumerate() {
            assert_eq!(number.text, (n + 1).to_string());
            assert_eq!(number.area, key.area);
            let name = key
                .text
                .strip_prefix(&format!("{} ", n + 1))
                .expect("numbered");
            assert_eq!(name, items[l.areas[key.area].area].name());
            named.push(name);
            // The key is under the map, inside the chart.
            assert!(
                key.y < l.size.1 && key.x + text_width(&key.text, FONT_SMALL) <= width,
                "{width}: {key:?}"
            );
        }
        named.sort_unstable();
        let mut all: Vec<&str> = items.iter().map(|a| a.name()).collect();
        all.sort_unstable();
        assert_eq!(named, all, "{width}");
        // Names and numbers never cover each other.
        let rect = |lb: &MapLabel| Rect {
            x: lb.x,
            y: lb.y - 6.5,
            w: text_width(&lb.text, FONT_SMALL),
            h: 13.0,
        };
        let on_map: Vec<Rect> = l.labels.iter().chain(&l.numbers).map(rect).collect();
        for (i, a) in on_map.iter().enumerate() {
            for b in &on_map[i + 1..] {
                assert!(!a.intersects(b), "{width}: {a:?} overlaps {b:?}");
            }
        }
    }
    // On a phone the crowded centre needs the key; on a desktop most names fit.
    assert!(!real_map(360.0).1.key.is_empty());
    assert!(real_map(1200.0).1.labels.len() >= 14);
}

#[test]
fn the_map_keeps_its_size_when_its_boundaries_arrive() {
    for width in [360.0, 768.0, 1200.0] {
        let (ds, polygons) = real_map(width);
        let dots = crate::core::testing::dot_map(&ds, width);
        assert!(!dots.polygons && polygons.polygons);
        // The map itself; a key of numbered names may follow it.
        let map_height = |l: &MapLayout| {
            l.key
                .first()
                .map_or(l.size.1, |k| k.y - (FONT_SMALL + 6.0) / 2.0)
        };
        assert_eq!(dots.size.0, polygons.size.0, "{width}");
        assert!(
            (map_height(&dots) - map_height(&polygons)).abs() < 1e-9,
            "{width}"
        );
        // Every polygon still fits on it.
        for a in &polygons.areas {
            assert!(
                a.bbox.x >= 0.0
                    && a.bbox.right() <= width
                    && a.bbox.y >= 0.0
                    && a.bbox.bottom() <= map_height(&polygons),
                "{width}: {:?}",
                a.bbox
            );
        }
    }
}
