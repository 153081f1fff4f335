//! Every rule of the pantau/1 table: a case that passes and one that fails
//! with its path and sentence. Runs natively.
#![cfg(not(target_arch = "wasm32"))]

use pantau::core::text::Lang;
use pantau::core::validate::{check, parse, MAX_BYTES};
use serde_json::{json, Value};

/// A small valid dataset exercising every field.
fn base() -> Value {
    json!({
        "format": "pantau/1",
        "id": "test-set",
        "title": {"id": "Judul", "en": "Title"},
        "description": "Plain description",
        "place": {"name": "Kota Contoh", "province": "Prov", "country": "ID"},
        "published": "2018-08-13",
        "updated": "2020-02-29",
        "license": "CC-BY-4.0",
        "sources": [
            {"id": "src", "name": "Publisher", "title": {"en": "T"}, "date": "2018-08-13", "url": "https://example.org/a"},
            {"id": "src2", "name": "Other"}
        ],
        "series": [
            {"id": "s1", "label": "Cases", "unit": {"id": "kasus", "en": "cases"}, "source": "src",
             "definition": "What is counted",
             "points": [{"year": 2017, "value": 87}, {"year": 2015, "value": 75}, {"year": 2016, "value": null}]}
        ],
        "areas": {
            "level": "Kelurahan", "group_level": "Kecamatan",
            "items": [
                {"id": "a", "name": "A", "group": "G1", "code": "21.72.01.1001", "lat": 0.9, "lon": 104.4},
                {"id": "b", "name": "B", "group": "G2"}
            ],
            "boundaries": {"url": "geo/areas.geojson", "key": "code"}
        },
        "programs": [
            {"id": "p", "label": "P", "source": "src2", "definition": "D",
             "coverage": [{"area": "a", "status": "formed", "year": 2017}, {"area": "b", "status": "planned", "year": 2018}]}
        ],
        "events": [{"year": 2018, "date": "2018-07-23", "label": "Award", "source": "src"}],
        "notes": ["A note", {"en": "Another"}]
    })
}

/// Sets the value at a dotted/indexed path such as `series.0.points.1.value`.
fn set(doc: &mut Value, path: &str, value: Option<Value>) {
    let parts: Vec<&str> = path.split('.').collect();
    let mut cur = doc;
    for part in &parts[..parts.len() - 1] {
        cur = match part.parse::<usize>() {
            Ok(i) => &mut cur[i],
            Err(_) => &mut cur[*part],
        };
    }
    let last = parts[parts.len() - 1];
    match (value, last.parse::<usize>()) {
        (Some(v), Ok(i)) => cur[i] = v,
        (Some(v), Err(_)) => cur[last] = v,
        (None, Ok(i)) => {
            cur.as_array_mut().expect("array").remove(i);
        }
        (None, Err(_)) => {
            cur.as_object_mut().expect("object").remove(last);
        }
    }
}

fn messages(doc: &Value) -> Vec<String> {
    match parse(&doc.to_string()) {
        Ok(_) => vec![],
        Err(errors) => errors.iter().map(|e| e.message(Lang::En)).collect(),
    }
}

/// Asserts that changing `path` to `value` yields exactly the message
/// `expected` among the errors.
fn fails(path: &str, value: Option<Value>, expected: &str) {
    let mut doc = base();
    set(&mut doc, path, value);
    let got = messages(&doc);
    assert!(
        got.iter().any(|m| m == expected),
        "{path}: expected {expected:?}, got {got:?}"
    );
}

/// Asserts that changing `path` to `value` keeps the dataset valid.
fn passes(path: &str, value: Option<Value>) {
    let mut doc = base();
    set(&mut doc, path, value);
    let got = messages(&doc);
    assert!(got.is_empty(), "{path}: expected valid, got {got:?}");
}

#[test]
fn the_base_fixture_is_valid_and_complete() {
    let ds = parse(&base().to_string()).expect("valid");
    assert_eq!(ds.id(), "test-set");
    assert_eq!(
        ds.series()[0]
            .points()
            .iter()
            .map(|p| p.year.get())
            .collect::<Vec<_>>(),
        [2015, 2016, 2017]
    );
    assert_eq!(
        ds.series()[0].points()[1].value,
        None,
        "null stays not-reported"
    );
    assert_eq!(
        ds.areas().unwrap().items()[0].boundary_key(),
        "21.72.01.1001"
    );
    assert_eq!(ds.areas().unwrap().items()[1].boundary_key(), "b");
    assert_eq!(ds.notes().len(), 2);
}

#[test]
fn format() {
    fails("format", None, "format: is required but missing");
    fails(
        "format",
        Some(json!("pantau/2")),
        "format: unsupported format version 2; this widget reads pantau/1",
    );
    fails(
        "format",
        Some(json!("csv")),
        "format: must be \"pantau/1\", got \"csv\"",
    );
    fails("format", Some(json!(1)), "format: must be a string, got 1");
}

#[test]
fn id() {
    passes("id", Some(json!("a-1-b")));
    fails(
        "id",
        Some(json!("Tanjung Pinang")),
        "id: must use only a-z, 0-9 and -, got \"Tanjung Pinang\"",
    );
    fails("id", None, "id: is required but missing");
}

#[test]
fn title_and_description() {
    passes("title", Some(json!("Plain title")));
    passes("description", None);
    fails("title", None, "title: is required but missing");
    fails("title", Some(json!({})), "title: must not be empty");
    fails(
        "title",
        Some(json!(["x"])),
        "title: must be a string or an object of language tags to strings, got […]",
    );
    fails(
        "title",
        Some(json!({"id": 3})),
        "title.id: must be a string, got 3",
    );
    fails(
        "title",
        Some(json!({"not a tag": "x"})),
        "title.not a tag: \"not a tag\" is not a language tag such as \"id\" or \"en\"",
    );
    fails(
        "description",
        Some(json!("  ")),
        "description: must not be empty",
    );
}

#[test]
fn text_falls_back_to_indonesian_then_the_first() {
    let mut doc = base();
    set(
        &mut doc,
        "title",
        Some(json!({"de": "Titel", "id": "Judul"})),
    );
    let ds = parse(&doc.to_string()).expect("valid");
    assert_eq!(ds.title().get(Lang::En), "Judul");
    set(
        &mut doc,
        "title",
        Some(json!({"de": "Titel", "fr": "Titre"})),
    );
    let ds = parse(&doc.to_string()).expect("valid");
    assert_eq!(ds.title().get(Lang::En), "Titel");
}

#[test]
fn place() {
    passes("place.province", None);
    passes("place.country", None);
    fails("place", None, "place: is required but missing");
    fails("place.name", None, "place.name: is required but missing");
    fails(
        "place.country",
        Some(json!("IDN")),
        "place.country: must be a two-letter ISO 3166 country code such as \"ID\", got \"IDN\"",
    );
    fails(
        "place.country",
        Some(json!("id")),
        "place.country: must be a two-letter ISO 3166 country code such as \"ID\", got \"id\"",
    );
}

#[test]
fn dates() {
    passes("updated", None);
    fails("published", None, "published: is required but missing");
    fails(
        "published",
        Some(json!("13-08-2018")),
        "published: must be a date written YYYY-MM-DD, got \"13-08-2018\"",
    );
    fails(
        "published",
        Some(json!("2018-02-30")),
        "published: must be a date written YYYY-MM-DD, got \"2018-02-30\"",
    );
    fails(
        "updated",
        Some(json!("2019-02-29")),
        "updated: must be a date written YYYY-MM-DD, got \"2019-02-29\"",
    );
    fails(
        "sources.0.date",
        Some(json!("2018-13-01")),
        "sources[0].date: must be a date written YYYY-MM-DD, got \"2018-13-01\"",
    );
}

#[test]
fn license() {
    passes("license", None);
    fails(
        "license",
        Some(json!(4)),
        "license: must be a string, got 4",
    );
}

#[test]
fn sources() {
    fails("sources", None, "sources: is required but missing");
    fails(
        "sources",
        Some(json!([])),
        "sources: needs at least 1 entry",
    );
    fails(
        "sources.1.id",
        Some(json!("src")),
        "sources[1].id: duplicate id \"src\" (first used at sources[0].id)",
    );
    fails(
        "sources.0.name",
        None,
        "sources[0].name: is required but missing",
    );
    fails(
        "sources.0.url",
        Some(json!("javascript:alert(1)")),
        "sources[0].url: must be an http: or https: address, got \"javascript:alert(1)\"",
    );
    fails(
        "sources.0.url",
        Some(json!("ftp://x.org/a")),
        "sources[0].url: must be an http: or https: address, got \"ftp://x.org/a\"",
    );
    passes("sources.0.url", Some(json!("http://example.org")));
    fails(
        "sources.0",
        Some(json!("src")),
        "sources[0]: must be an object, got \"src\"",
    );
}

#[test]
fn series() {
    passes("series", Some(json!([])));
    passes("series", None);
    fails("series.0.id", Some(json!("a,b")), "series[0].id: must not contain a comma (the series URL parameter separates ids with commas), got \"a,b\"");
    fails(
        "series.0.label",
        None,
        "series[0].label: is required but missing",
    );
    fails(
        "series.0.unit",
        None,
        "series[0].unit: is required but missing",
    );
    fails(
        "series.0.source",
        Some(json!("nope")),
        "series[0].source: \"nope\" is not a source id",
    );
    fails(
        "series.0.source",
        None,
        "series[0].source: is required but missing",
    );
    let many: Vec<Value> = (0..65)
        .map(|i| json!({"id": format!("s{i}"), "label": "L", "unit": "u", "source": "src", "points": []}))
        .collect();
    fails(
        "series",
        Some(json!(many)),
        "series: has 65 entries; at most 64 are allowed",
    );
    passes("series", Some(json!(many[..64])));
}

#[test]
fn points() {
    passes("series.0.points", Some(json!([])));
    fails(
        "series.0.points.1.value",
        Some(json!(-3)),
        "series[0].points[1].value: must be a number >= 0 or null, got -3",
    );
    fails(
        "series.0.points.1.value",
        Some(json!("150")),
        "series[0].points[1].value: must be a number >= 0 or null, got \"150\"",
    );
    fails(
        "series.0.points.1.value",
        None,
        "series[0].points[1].value: is required but missing",
    );
    passes("series.0.points.1.value", Some(json!(0)));
    passes("series.0.points.1.value", Some(json!(1.5)));
    fails(
        "series.0.points.1.year",
        Some(json!(1899)),
        "series[0].points[1].year: must be a year from 1900 to 2100, got 1899",
    );
    fails(
        "series.0.points.1.year",
        Some(json!(2101)),
        "series[0].points[1].year: must be a year from 1900 to 2100, got 2101",
    );
    fails(
        "series.0.points.1.year",
        Some(json!(2015.5)),
        "series[0].points[1].year: must be an integer, got 2015.5",
    );
    fails("series.0.points.1.year", Some(json!(2017)), "series[0].points[1].year: year 2017 appears twice in this series (first at series[0].points[0].year)");
    let many: Vec<Value> = (0..501)
        .map(|i| json!({"year": 1900 + (i % 201), "value": 1}))
        .collect();
    let mut doc = base();
    set(&mut doc, "series.0.points", Some(json!(many)));
    assert!(messages(&doc)
        .iter()
        .any(|m| m == "series[0].points: has 501 entries; at most 500 are allowed"));
}

#[test]
fn areas() {
    let mut without = base();
    set(&mut without, "programs", None);
    set(&mut without, "areas", None);
    assert!(messages(&without).is_empty());
    fails("areas.level", None, "areas.level: is required but missing");
    fails(
        "areas.group_level",
        None,
        "areas.group_level: is required but missing",
    );
    fails(
        "areas.items",
        Some(json!([])),
        "areas.items: needs at least 1 entry",
    );
    fails(
        "areas.items.1.id",
        Some(json!("a")),
        "areas.items[1].id: duplicate id \"a\" (first used at areas.items[0].id)",
    );
    fails(
        "areas.items.0.name",
        None,
        "areas.items[0].name: is required but missing",
    );
    fails(
        "areas.items.0.group",
        None,
        "areas.items[0].group: is required but missing",
    );
    fails(
        "areas.items.0.lat",
        Some(json!(91)),
        "areas.items[0].lat: must be between -90 and 90, got 91",
    );
    fails(
        "areas.items.0.lon",
        Some(json!(-181)),
        "areas.items[0].lon: must be between -180 and 180, got -181",
    );
    fails(
        "areas.items.0.lon",
        None,
        "areas.items[0].lat: give both lat and lon, or neither",
    );
    fails(
        "areas.items.0.lat",
        Some(json!("0.9")),
        "areas.items[0].lat: must be a number, got \"0.9\"",
    );
}

#[test]
fn boundaries() {
    passes("areas.boundaries", None);
    passes(
        "areas.boundaries.url",
        Some(json!("https://example.org/b.geojson")),
    );
    fails(
        "areas.boundaries.url",
        Some(json!("javascript:alert(1)")),
        "areas.boundaries.url: must be an http: or https: address, got \"javascript:alert(1)\"",
    );
    // The browser skips the leading space and would fetch the data: URL.
    fails(
        "areas.boundaries.url",
        Some(json!(" data:application/json,{}")),
        "areas.boundaries.url: must be an http: or https: address, got \" data:application/json,{}\"",
    );
    passes("areas.boundaries.url", Some(json!("2019:b.geojson")));
    fails(
        "areas.boundaries.key",
        None,
        "areas.boundaries.key: is required but missing",
    );
}

#[test]
fn programs() {
    passes("programs", None);
    fails(
        "programs.0.coverage.0.area",
        Some(json!("sungai-jang")),
        "programs[0].coverage[0].area: \"sungai-jang\" is not an area id; valid: a, b.",
    );
    fails("programs.0.coverage.1.area", Some(json!("a")), "programs[0].coverage[1].area: area \"a\" is listed twice in this program (first at programs[0].coverage[0].area)");
    fails(
        "programs.0.coverage.0.status",
        Some(json!("done")),
        "programs[0].coverage[0].status: must be \"formed\", \"planned\" or \"none\", got \"done\"; did you mean \u{201c}none\u{201d}?",
    );
    fails(
        "programs.0.coverage.0.year",
        None,
        "programs[0].coverage[0].year: a \"formed\" status needs its year",
    );
    passes(
        "programs.0.coverage.0",
        Some(json!({"area": "a", "status": "none"})),
    );
    fails(
        "programs.0.source",
        Some(json!("x")),
        "programs[0].source: \"x\" is not a source id",
    );
    fails(
        "programs.0.label",
        None,
        "programs[0].label: is required but missing",
    );
    let mut doc = base();
    set(&mut doc, "areas", None);
    assert!(messages(&doc).iter().any(
        |m| m == "programs[0].coverage: coverage needs the dataset's areas, but there are none"
    ));
}

#[test]
fn coverage_defaults_to_none() {
    let mut doc = base();
    set(
        &mut doc,
        "programs.0.coverage",
        Some(json!([{"area": "b", "status": "formed", "year": 2017}])),
    );
    let ds = parse(&doc.to_string()).expect("valid");
    use pantau::core::model::Status;
    assert_eq!(ds.programs()[0].status()[0], Status::None);
    assert!(matches!(ds.programs()[0].status()[1], Status::Formed(y) if y.get() == 2017));
}

#[test]
fn events() {
    passes("events", None);
    fails(
        "events.0.year",
        None,
        "events[0].year: is required but missing",
    );
    fails(
        "events.0.label",
        None,
        "events[0].label: is required but missing",
    );
    fails(
        "events.0.source",
        Some(json!("nope")),
        "events[0].source: \"nope\" is not a source id",
    );
    passes("events.0.source", None);
}

#[test]
fn notes() {
    passes("notes", Some(json!([])));
    fails(
        "notes.0",
        Some(json!(7)),
        "notes[0]: must be a string or an object of language tags to strings, got 7",
    );
}

#[test]
fn every_problem_is_reported_at_once() {
    let mut doc = base();
    set(&mut doc, "id", Some(json!("Bad Id")));
    set(&mut doc, "series.0.points.0.value", Some(json!(-1)));
    set(&mut doc, "programs.0.coverage.0.area", Some(json!("zz")));
    set(&mut doc, "published", None);
    assert_eq!(messages(&doc).len(), 4, "{:?}", messages(&doc));
}

#[test]
fn syntax_errors_name_line_and_column() {
    let got = parse("{\n  \"format\": \"pantau/1\",\n  \"id\": x\n}").unwrap_err();
    assert_eq!(got.len(), 1);
    assert_eq!(
        got[0].message(Lang::En),
        "JSON syntax error at line 3, column 9: text without quotation marks: put text between straight quotation marks (\"…\"), and write true, false and null in lower case"
    );
    assert_eq!(
        got[0].message(Lang::Id),
        "kesalahan sintaks JSON pada baris 3, kolom 9: ada teks tanpa tanda kutip: apit teks dengan tanda kutip lurus (\"…\"), dan tulis true, false dan null dengan huruf kecil"
    );
    let got = parse("{\n  \"format\": \"pantau/1\"\n  \"id\": \"x\"\n}").unwrap_err();
    assert_eq!(
        got[0].message(Lang::En),
        "JSON syntax error at line 3, column 3: a comma or a quotation mark is missing here (between two values, or around a text)"
    );
}

#[test]
fn the_root_must_be_an_object() {
    let got = parse("[1, 2]").unwrap_err();
    assert_eq!(got[0].message(Lang::En), "must be an object, got […]");
}

#[test]
fn absurd_nesting_is_an_error_not_a_crash() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let got = parse(&deep).unwrap_err();
    assert!(
        got[0]
            .message(Lang::En)
            .starts_with("arrays and objects are nested too deeply"),
        "{got:?}"
    );
    let deep_in_field = format!(
        "{{\"format\": \"pantau/1\", \"notes\": {}{}}}",
        "[".repeat(5000),
        "]".repeat(5000)
    );
    assert!(parse(&deep_in_field).is_err());
}

#[test]
fn files_over_8_mib_are_refused_before_parsing() {
    let big = format!("{{\"pad\": \"{}\"}}", "x".repeat(MAX_BYTES));
    let report = check(&big);
    assert_eq!(report.errors().len(), 1);
    assert!(report.errors()[0]
        .message(Lang::En)
        .starts_with("the file is 8.0 MiB, more than the 8.0 MiB limit"));
    let bytes = pantau::core::validate::check_bytes(b"\xff\xfe{}");
    assert!(bytes.errors()[0].message(Lang::En).contains("not UTF-8"));
}

#[test]
fn unknown_fields_are_ignored_with_a_warning() {
    let mut doc = base();
    set(&mut doc, "colour", Some(json!("red")));
    set(
        &mut doc,
        "series.0.points.0.remark",
        Some(json!("estimate")),
    );
    let report = check(&doc.to_string());
    assert!(report.result.is_ok());
    let warnings: Vec<String> = report
        .warnings
        .iter()
        .map(|w| w.message(Lang::En))
        .collect();
    assert!(
        warnings.contains(&"unknown field \"colour\" is ignored".to_string()),
        "{warnings:?}"
    );
    assert!(
        warnings.contains(&"series[0].points[0]: unknown field \"remark\" is ignored".to_string()),
        "{warnings:?}"
    );
}

#[test]
fn a_byte_order_mark_is_tolerated() {
    assert!(parse(&format!("\u{feff}{}", base())).is_ok());
}

#[test]
fn numbers_near_f64_max_are_kept_and_beyond_it_are_a_syntax_error() {
    passes("series.0.points.0.value", Some(json!(f64::MAX)));
    let text = base()
        .to_string()
        .replace("\"value\":87", "\"value\":1e400");
    let got = parse(&text).unwrap_err();
    assert!(
        got[0]
            .message(Lang::En)
            .contains("a number too large to read"),
        "{got:?}"
    );
    assert!(
        got[0].message(Lang::Id).contains("angka terlalu besar"),
        "{got:?}"
    );
}

#[test]
fn limits_just_under_and_just_over() {
    // 500 points.
    let points = |n: i64| {
        json!((0..n)
            .map(|i| json!({"year": 1900 + i % 201, "value": 1}))
            .collect::<Vec<_>>())
    };
    let mut doc = base();
    set(&mut doc, "series.0.points", Some(points(201)));
    assert!(messages(&doc).is_empty());
    // 5000 areas.
    let areas = |n: usize| {
        json!((0..n)
            .map(|i| json!({"id": format!("a{i}"), "name": "A", "group": "G"}))
            .collect::<Vec<_>>())
    };
    let mut doc = base();
    set(&mut doc, "areas.items", Some(areas(5000)));
    set(&mut doc, "programs.0.coverage", Some(json!([])));
    assert!(messages(&doc).is_empty(), "{:?}", messages(&doc).first());
    set(&mut doc, "areas.items", Some(areas(5001)));
    assert!(messages(&doc)
        .contains(&"areas.items: has 5001 entries; at most 5000 are allowed".to_string()));
    // 8 MiB: a long note just under the limit is fine.
    let mut doc = base();
    let pad = MAX_BYTES - doc.to_string().len() - 64;
    set(&mut doc, "notes", Some(json!(["x".repeat(pad)])));
    let text = doc.to_string();
    assert!(text.len() < MAX_BYTES && text.len() > MAX_BYTES - 128);
    assert!(parse(&text).is_ok());
    // Nesting: deep but within the parser's limit inside an ignored field.
    let nested = |depth: usize| format!("{}1{}", "[".repeat(depth), "]".repeat(depth));
    let with = |depth: usize| {
        base()
            .to_string()
            .replacen('{', &format!("{{\"extra\": {},", nested(depth)), 1)
    };
    assert!(parse(&with(100)).is_ok());
    assert!(parse(&with(200)).is_err());
}

#[test]
fn duplicate_series_and_program_ids_are_errors() {
    let mut doc = base();
    let copy = doc["series"][0].clone();
    doc["series"].as_array_mut().unwrap().push(copy);
    assert!(messages(&doc)
        .contains(&"series[1].id: duplicate id \"s1\" (first used at series[0].id)".to_string()));
    let mut doc = base();
    let copy = doc["programs"][0].clone();
    doc["programs"].as_array_mut().unwrap().push(copy);
    assert!(messages(&doc).contains(
        &"programs[1].id: duplicate id \"p\" (first used at programs[0].id)".to_string()
    ));
}

#[test]
fn very_long_strings_are_kept_whole_in_the_model() {
    let long = "x".repeat(1_000_000);
    let mut doc = base();
    set(&mut doc, "title", Some(json!(long)));
    let ds = parse(&doc.to_string()).expect("valid");
    assert_eq!(ds.title().get(Lang::En).len(), 1_000_000);
}

#[test]
fn values_near_f64_max_lay_out_finite() {
    use pantau::core::format::PlainFormat;
    use pantau::core::layout::trend::{layout, TrendInput};
    let mut doc = base();
    set(&mut doc, "series.0.points.0.value", Some(json!(f64::MAX)));
    let ds = parse(&doc.to_string()).expect("valid");
    let l = layout(&TrendInput {
        dataset: &ds,
        shown: &[0],
        range: pantau::core::stats::year_range(&ds, None, None).unwrap(),
        size: (400.0, 300.0),
        bars: true,
        lang: Lang::En,
        format: &PlainFormat(Lang::En),
    });
    for p in &l.series[0].points {
        assert!(p.x.is_finite() && p.y.is_finite(), "{p:?}");
        assert!(l.plot.contains((p.x, p.y)), "{p:?}");
    }
}

#[test]
fn a_point_may_name_its_own_source_and_a_note() {
    let mut doc = base();
    set(
        &mut doc,
        "series.0.points.0.note",
        Some(json!({"id": "perkiraan", "en": "estimate"})),
    );
    set(&mut doc, "series.0.points.0.source", Some(json!("nowhere")));
    let errors = parse(&doc.to_string()).expect_err("an unknown source");
    let messages: Vec<String> = errors.iter().map(|e| e.message(Lang::En)).collect();
    assert!(
        messages
            .iter()
            .any(|m| m.starts_with("series[0].points[0].source:")),
        "{messages:?}"
    );
    let source = doc["sources"][0]["id"].clone();
    set(&mut doc, "series.0.points.0.source", Some(source));
    let ds = parse(&doc.to_string()).expect("valid");
    let point = ds.series()[0]
        .points()
        .iter()
        .find(|p| p.note.is_some())
        .expect("the noted point");
    assert_eq!(point.source, Some(0));
    assert_eq!(
        point.note.as_ref().map(|n| n.get(Lang::En)),
        Some("estimate")
    );
}

#[test]
fn boundaries_name_whom_they_are_from_or_get_a_warning() {
    let warnings = |doc: &Value| -> Vec<String> {
        let report = check(&doc.to_string());
        assert!(report.result.is_ok(), "{:?}", report.errors());
        report
            .warnings
            .iter()
            .map(|w| w.message(Lang::En))
            .collect()
    };
    // The base fixture's boundaries name no one.
    let mut doc = base();
    assert!(
        warnings(&doc)
            .iter()
            .any(|w| w.starts_with("areas.boundaries: no \"attribution\"")),
        "{:?}",
        warnings(&doc)
    );
    set(
        &mut doc,
        "areas.boundaries.attribution",
        Some(json!({"id": "BPS / OCHA, lewat HDX", "en": "BPS / OCHA, via HDX"})),
    );
    set(
        &mut doc,
        "areas.boundaries.license",
        Some(json!("CC-BY-IGO-3.0")),
    );
    assert_eq!(warnings(&doc), Vec::<String>::new());
    let ds = parse(&doc.to_string()).expect("valid");
    let b = ds.areas().and_then(|a| a.boundaries()).expect("boundaries");
    assert_eq!(
        b.attribution().map(|a| a.get(Lang::Id)),
        Some("BPS / OCHA, lewat HDX")
    );
    assert_eq!(b.license(), Some("CC-BY-IGO-3.0"));
    fails(
        "areas.boundaries.license",
        Some(json!(3)),
        "areas.boundaries.license: must be a string, got 3",
    );
    fails(
        "areas.boundaries.attribution",
        Some(json!("")),
        "areas.boundaries.attribution: must not be empty",
    );
}
