//! Round trips as properties: any valid dataset survives model → JSON →
//! model, and its CSV exports survive `pantau from-csv`.
#![cfg(not(target_arch = "wasm32"))]

use pantau::core::export::{areas_csv, series_csv};
use pantau::core::import::{from_csv, Input};
use pantau::core::model::Dataset;
use pantau::core::text::Lang;
use pantau::core::validate::parse;
#[path = "support/write.rs"]
mod write;
use proptest::prelude::*;
use serde_json::{json, Value};
use write::to_json;

/// Texts a spreadsheet could hold: printable, not blank at either end.
fn words() -> impl Strategy<Value = String> {
    "[A-Za-z0-9À-ÿ\"',;=+@#()<>&-][A-Za-z0-9À-ÿ \"',;=+@#()<>&-]{0,14}[A-Za-z0-9À-ÿ\"',;()<>&]"
}

fn text() -> impl Strategy<Value = Value> {
    prop_oneof![
        words().prop_map(Value::from),
        (words(), words()).prop_map(|(id, en)| json!({"id": id, "en": en})),
    ]
}

fn dataset() -> impl Strategy<Value = Value> {
    let series = prop::collection::vec(
        (
            text(),
            text(),
            prop::collection::btree_map(1900i64..=2100, prop::option::of(0.0f64..1e9), 0..12),
        ),
        0..4,
    );
    let areas = prop::collection::vec(
        (
            words(),
            0usize..3,
            prop::option::of((-90.0f64..90.0, -180.0f64..180.0)),
            prop::option::of(words()),
        ),
        1..10,
    );
    let coverage = prop::collection::vec(prop::collection::vec((0u8..3, 1990i64..2030), 10), 0..3);
    (text(), series, areas, coverage, prop::collection::vec((1900i64..=2100, text()), 0..3), prop::collection::vec(text(), 0..3)).prop_map(
        |(title, series, areas, coverage, events, notes)| {
            let series: Vec<Value> = series
                .into_iter()
                .enumerate()
                .map(|(i, (label, unit, points))| {
                    let points: Vec<Value> = points.into_iter().map(|(year, value)| json!({"year": year, "value": value})).collect();
                    json!({"id": format!("s{i}"), "label": label, "unit": unit, "source": "src", "points": points})
                })
                .collect();
            let items: Vec<Value> = areas
                .iter()
                .enumerate()
                .map(|(i, (name, group, pos, code))| {
                    let mut item = json!({"id": format!("a{i}"), "name": name, "group": format!("Group {group}")});
                    if let Some((lat, lon)) = pos {
                        item["lat"] = json!(lat);
                        item["lon"] = json!(lon);
                    }
                    if let Some(code) = code {
                        item["code"] = json!(code);
                    }
                    item
                })
                .collect();
            let programs: Vec<Value> = coverage
                .into_iter()
                .enumerate()
                .map(|(p, statuses)| {
                    let entries: Vec<Value> = statuses
                        .into_iter()
                        .take(items.len())
                        .enumerate()
                        .map(|(a, (status, year))| match status {
                            0 => json!({"area": format!("a{a}"), "status": "formed", "year": year}),
                            1 => json!({"area": format!("a{a}"), "status": "planned", "year": year}),
                            _ => json!({"area": format!("a{a}"), "status": "none"}),
                        })
                        .collect();
                    json!({"id": format!("p{p}"), "label": format!("Program {p}"), "source": "src", "coverage": entries})
                })
                .collect();
            let events: Vec<Value> = events.into_iter().map(|(year, label)| json!({"year": year, "label": label})).collect();
            json!({
                "format": "pantau/1", "id": "generated", "title": title, "place": {"name": "Somewhere"},
                "published": "2020-02-29", "sources": [{"id": "src", "name": "Generator"}],
                "series": series, "areas": {"level": "Kelurahan", "group_level": "Kecamatan", "items": items},
                "programs": programs, "events": events, "notes": notes
            })
        },
    )
}

/// The metadata a publisher would keep beside the CSV: everything but numbers.
fn meta_of(ds: &Dataset) -> Value {
    let mut meta = to_json(ds);
    if let Some(series) = meta["series"].as_array_mut() {
        for s in series {
            s.as_object_mut().map(|o| o.remove("points"));
        }
    }
    meta["areas"].as_object_mut().map(|o| o.remove("items"));
    if let Some(programs) = meta["programs"].as_array_mut() {
        for p in programs {
            p.as_object_mut().map(|o| o.remove("coverage"));
        }
    }
    meta
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn model_to_json_to_model_is_the_identity(doc in dataset()) {
        let first = parse(&doc.to_string()).expect("generated datasets are valid");
        let again = parse(&to_json(&first).to_string()).expect("written datasets are valid");
        prop_assert_eq!(first, again);
    }

    #[test]
    fn csv_exports_convert_back_to_the_same_numbers(doc in dataset()) {
        let ds = parse(&doc.to_string()).expect("valid");
        let shown: Vec<usize> = (0..ds.series().len()).collect();
        let series = series_csv(&ds, &shown, None, Lang::En, Some("https://example.org/"));
        let areas = areas_csv(&ds, None, Lang::En, None);
        let meta = meta_of(&ds).to_string();
        let built = from_csv(
            &Input { name: "meta.json", text: &meta },
            Some(&Input { name: "series.csv", text: &series }),
            Some(&Input { name: "areas.csv", text: &areas }),
        );
        let built = built.map_err(|e| format!("{e:?}\n{series}\n{areas}")).expect("converts");
        let back = parse(&built.to_string()).expect("valid after conversion");
        prop_assert_eq!(back.series(), ds.series());
        prop_assert_eq!(back.areas(), ds.areas());
        prop_assert_eq!(back.programs(), ds.programs());
    }
}
