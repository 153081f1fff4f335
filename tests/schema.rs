//! The JSON Schema of pantau/1 agrees with the validator: the default
//! dataset and the valid fixtures pass it, the broken fixtures do not.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::Value;
use std::path::Path;

fn schema() -> jsonschema::Validator {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/static/schema/pantau-1.schema.json"
    ))
    .expect("schema file");
    let schema: Value = serde_json::from_str(&text).expect("the schema is JSON");
    jsonschema::draft202012::new(&schema).expect("the schema is a valid draft 2020-12 schema")
}

fn fixtures(dir: &str) -> Vec<(String, String)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(dir);
    let mut files: Vec<(String, String)> = std::fs::read_dir(path)
        .expect("fixtures")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| {
            (
                p.display().to_string(),
                std::fs::read_to_string(&p).expect("readable"),
            )
        })
        .collect();
    files.sort();
    files
}

#[test]
fn the_default_dataset_and_valid_fixtures_match_the_schema() {
    let validator = schema();
    let mut all = fixtures("valid");
    all.push((
        "default".into(),
        include_str!("../static/data/tanjungpinang.json").into(),
    ));
    assert!(all.len() >= 4);
    for (name, text) in all {
        let doc: Value = serde_json::from_str(&text).expect("json");
        let errors: Vec<String> = validator
            .iter_errors(&doc)
            .map(|e| format!("{} at {}", e, e.instance_path))
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:?}");
        assert!(
            pantau::core::validate::parse(&text).is_ok(),
            "{name} is valid for the widget too"
        );
    }
}

#[test]
fn broken_fixtures_fail_the_schema_and_the_validator() {
    let validator = schema();
    let broken = fixtures("invalid");
    assert!(broken.len() >= 7);
    for (name, text) in broken {
        assert!(
            pantau::core::validate::parse(&text).is_err(),
            "{name} is refused by the validator"
        );
        let Ok(doc) = serde_json::from_str::<Value>(&text) else {
            continue;
        };
        // Reference errors (an unknown area id) are beyond JSON Schema.
        if name.ends_with("unknown-area.json") {
            continue;
        }
        assert!(!validator.is_valid(&doc), "{name} passes the schema");
    }
}
