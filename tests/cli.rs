//! The `pantau` binary, run as a publisher would run it.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;
use std::process::{Command, Output};

fn pantau(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pantau"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the pantau binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// A file in a fresh temporary folder, removed at the end of the test.
struct TempFile(PathBuf);

impl TempFile {
    fn new(name: &str, content: &[u8]) -> TempFile {
        let dir = std::env::temp_dir().join(format!("pantau-cli-{}-{name}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let path = dir.join(name);
        std::fs::write(&path, content).expect("write fixture");
        TempFile(path)
    }
    fn path(&self) -> &str {
        self.0.to_str().expect("utf-8 path")
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        if let Some(dir) = self.0.parent() {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}

const DEFAULT: &str = "static/data/tanjungpinang.json";

#[test]
fn a_valid_dataset_exits_0() {
    let o = pantau(&["validate", DEFAULT]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).contains("tanjungpinang.json: valid"));
}

#[test]
fn an_invalid_dataset_exits_1_with_every_path() {
    let text = std::fs::read_to_string(DEFAULT)
        .expect("default")
        .replacen("\"value\": 150", "\"value\": -3", 1)
        .replacen("\"area\": \"sei-jang\"", "\"area\": \"sungai-jang\"", 1);
    let file = TempFile::new("bad.json", text.as_bytes());
    let o = pantau(&["validate", file.path()]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    // Named as the publisher knows them, counting from 1; the path follows.
    assert!(
        out.contains("error: Series 1 \u{201c}Cases reported to P2TP2A\u{201d}, year 2016: must be a number >= 0 or null, got -3\n    at series[0].points[1].value"),
        "{out}"
    );
    assert!(
        out.contains("\"sungai-jang\" is not an area id; did you mean \u{201c}sei-jang\u{201d}?"),
        "{out}"
    );
    assert!(
        out.contains("    at programs[0].coverage[16].area"),
        "{out}"
    );
    assert!(out.contains("invalid, 2 errors"), "{out}");
}

#[test]
fn messages_can_be_in_indonesian() {
    let file = TempFile::new("syntax.json", b"{\n\"format\": }");
    let o = pantau(&["validate", "--lang", "id", file.path()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stdout(&o).contains("kesalahan sintaks JSON pada baris 2, kolom 11"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn json_output_is_machine_readable() {
    let file = TempFile::new(
        "warn.json",
        std::fs::read_to_string(DEFAULT)
            .expect("default")
            .replacen("{", "{\"extra\": 1,", 1)
            .as_bytes(),
    );
    let o = pantau(&["validate", "--format", "json", file.path(), DEFAULT]);
    assert_eq!(o.status.code(), Some(0));
    let doc: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json output");
    assert_eq!(doc["files"][0]["valid"], true);
    assert_eq!(
        doc["files"][0]["warnings"][0]["message"],
        "unknown field \"extra\" is ignored"
    );
    assert_eq!(doc["files"][1]["errors"].as_array().map(Vec::len), Some(0));
}

#[test]
fn unreadable_files_and_bad_usage_exit_2() {
    let o = pantau(&["validate", "/no/such/file.json"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("cannot read"));
    assert_eq!(pantau(&["validate"]).status.code(), Some(2));
    assert_eq!(pantau(&["frobnicate"]).status.code(), Some(2));
}

#[test]
fn help_has_examples() {
    let o = pantau(&["validate", "--help"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("Examples:"));
}

#[test]
fn every_broken_fixture_gets_its_path_and_exit_1() {
    let expected = [
        ("bad-status.json", "must be \"formed\", \"planned\" or \"none\", got \"done\"; did you mean \u{201c}none\u{201d}?\n    at programs[0].coverage[0].status"),
        ("bad-url.json", "must be an http: or https: address, got \"javascript:alert(1)\"\n    at sources[0].url"),
        ("format-version.json", "format: unsupported format version 2"),
        ("missing-title.json", "title: is required but missing"),
        ("negative-value.json", "year 2016: must be a number >= 0 or null, got -3\n    at series[0].points[1].value"),
        ("syntax.json", "JSON syntax error at line 3, column 12: an extra comma before a closing bracket: remove it"),
        ("unknown-area.json", "\"sungai-jang\" is not an area id; did you mean \u{201c}sei-jang\u{201d}?"),
        ("year-out-of-range.json", "year from 1900 to 2100, got 1850\n    at series[0].points[0].year"),
    ];
    for (file, message) in expected {
        let path = format!("tests/fixtures/invalid/{file}");
        let o = pantau(&["validate", &path]);
        assert_eq!(o.status.code(), Some(1), "{file}");
        assert!(stdout(&o).contains(message), "{file}: {}", stdout(&o));
    }
    let o = pantau(&[
        "validate",
        "tests/fixtures/valid/minimal.json",
        "tests/fixtures/valid/multi-series.json",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
}

#[test]
fn local_boundaries_are_checked_and_unmatched_features_warned() {
    let o = pantau(&["validate", "tests/fixtures/valid/with-boundaries.json"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(
        stdout(&o)
            .contains("warning: features[18]: boundary feature \"id0000000000\" matches no area"),
        "{}",
        stdout(&o)
    );
    let o = pantau(&[
        "validate",
        "--boundaries",
        "tests/fixtures/valid/squares.geojson",
        "--key",
        "village_code",
        DEFAULT,
    ]);
    assert!(stdout(&o).contains("valid, 1 warning"), "{}", stdout(&o));
}

/// The header and data rows of an exported CSV, without the notes block
/// that follows them.
fn data_rows(csv: &str) -> Vec<String> {
    csv.lines()
        .take_while(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

#[test]
fn from_csv_builds_a_valid_dataset_with_the_same_numbers() {
    let out = TempFile::new("built.json", b"");
    let o = pantau(&[
        "from-csv",
        "--meta",
        "tests/fixtures/csv/meta.json",
        "--series",
        "tests/fixtures/csv/series.csv",
        "--areas",
        "tests/fixtures/csv/areas.csv",
        "--out",
        out.path(),
    ]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let built =
        pantau::core::validate::parse(&std::fs::read_to_string(out.path()).expect("written"))
            .expect("valid");
    let original =
        pantau::core::validate::parse(&std::fs::read_to_string(DEFAULT).expect("default"))
            .expect("valid");
    assert_eq!(built.series()[0].points(), original.series()[0].points());
    assert_eq!(
        built.programs()[0].status(),
        original.programs()[0].status()
    );
    assert_eq!(built.areas().map(|a| a.items().len()), Some(18));
}

#[test]
fn the_widgets_csv_downloads_convert_back() {
    use pantau::core::export::{areas_csv, series_csv};
    use pantau::core::text::Lang;
    let original =
        pantau::core::validate::parse(&std::fs::read_to_string(DEFAULT).expect("default"))
            .expect("valid");
    let series = TempFile::new(
        "series-download.csv",
        series_csv(
            &original,
            &[0],
            None,
            Lang::En,
            Some("https://example.org/"),
        )
        .as_bytes(),
    );
    let areas = TempFile::new(
        "areas-download.csv",
        areas_csv(&original, None, Lang::En, None).as_bytes(),
    );
    let o = pantau(&[
        "from-csv",
        "--meta",
        "tests/fixtures/csv/meta.json",
        "--series",
        series.path(),
        "--areas",
        areas.path(),
    ]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let back = pantau::core::validate::parse(&stdout(&o)).expect("valid");
    assert_eq!(back.series()[0].points(), original.series()[0].points());
    // Where the boundaries are is metadata (meta.json), not a CSV row.
    assert_eq!(
        back.areas().map(|a| a.items()),
        original.areas().map(|a| a.items())
    );
    assert_eq!(back.programs(), original.programs());
    assert_eq!(
        data_rows(&series_csv(&back, &[0], None, Lang::En, None)),
        data_rows(&series_csv(&original, &[0], None, Lang::En, None))
    );
}

#[test]
fn from_csv_errors_name_file_line_and_column() {
    let series = TempFile::new(
        "bad-series.csv",
        b"series,year,value\nkasus-p2tp2a,2015,75\nkasus-p2tp2a,2016,lots\n",
    );
    let o = pantau(&[
        "from-csv",
        "--meta",
        "tests/fixtures/csv/meta.json",
        "--series",
        series.path(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains(&format!(
            "{}:3:3: the value must be a number >= 0, or empty for not reported, got \"lots\"",
            series.path()
        )),
        "{err}"
    );
    let o = pantau(&["from-csv", "--meta", "/no/meta.json"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn summary_says_the_numbers_in_words() {
    let o = pantau(&["summary", "--lang", "en", DEFAULT]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert!(out.contains("Cases reported to P2TP2A rose from 75 in 2015 to 150 in 2016, then fell to 87 in 2017."), "{out}");
    assert!(
        out.contains(
            "5 of 18 kelurahan have a PATBM team (28%); with the 4 planned for 2018, 9 of 18 (50%)"
        ),
        "{out}"
    );
    let id = stdout(&pantau(&["summary", DEFAULT]));
    assert!(
        id.contains("naik dari 75 pada 2015 menjadi 150 pada 2016"),
        "{id}"
    );
    assert_eq!(
        pantau(&["summary", "tests/fixtures/invalid/negative-value.json"])
            .status
            .code(),
        Some(1)
    );
}

fn svg_texts(svg: &str) -> Vec<String> {
    svg.split("<text")
        .skip(1)
        .filter_map(|t| {
            t.split_once('>')
                .and_then(|(_, rest)| rest.split_once("</text>"))
                .map(|(text, _)| text.trim().to_owned())
        })
        .collect()
}

#[test]
fn render_writes_svgs_with_the_charts_numbers() {
    let out = TempFile::new("trend.svg", b"");
    let o = pantau(&[
        "render",
        DEFAULT,
        "--view",
        "trend",
        "--out",
        out.path(),
        "--lang",
        "en",
        "--width",
        "640",
    ]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let svg = std::fs::read_to_string(out.path()).expect("svg");
    assert!(
        svg.starts_with("<svg") && svg.contains("width=\"672\""),
        "640 + frame padding"
    );
    let texts = svg_texts(&svg);
    for n in ["75", "150", "87", "2016"] {
        assert!(texts.iter().any(|t| t == n), "{n} in {texts:?}");
    }
    assert!(texts
        .iter()
        .any(|t| t.contains("Source: Humas Pemko Tanjungpinang")));
    for view in ["coverage", "map"] {
        let out = TempFile::new(&format!("{view}.svg"), b"");
        let o = pantau(&[
            "render",
            "tests/fixtures/valid/with-boundaries.json",
            "--view",
            view,
            "--out",
            out.path(),
            "--lang",
            "en",
        ]);
        assert_eq!(o.status.code(), Some(0), "{view}");
        let svg = std::fs::read_to_string(out.path()).expect("svg");
        // The title wraps over lines: read it as one text.
        assert!(
            svg_texts(&svg).join(" ").contains("5 of 18 kelurahan"),
            "{view}"
        );
        if view == "map" {
            assert!(
                svg.matches("<polygon").count() >= 18,
                "the boundaries are drawn"
            );
            assert!(svg_texts(&svg).iter().any(|t| t == "Sei Jang"));
        }
    }
    assert_eq!(
        pantau(&[
            "render",
            "tests/fixtures/valid/minimal.json",
            "--view",
            "map",
            "--out",
            "/tmp/x.svg"
        ])
        .status
        .code(),
        Some(1)
    );
}

#[test]
fn every_command_has_help_with_examples() {
    for cmd in ["validate", "from-csv", "summary", "render"] {
        let o = pantau(&[cmd, "--help"]);
        assert_eq!(o.status.code(), Some(0), "{cmd}");
        assert!(stdout(&o).contains("Examples:"), "{cmd}");
    }
}

/// `pantau render` to standard output, with its exit status.
fn render_stdout(args: &[&str]) -> (Option<i32>, String) {
    let mut all = vec!["render"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--out", "-"]);
    let o = pantau(&all);
    (o.status.code(), stdout(&o))
}

#[test]
fn render_draws_the_state_a_link_carries() {
    const TWO: &str = "tests/fixtures/valid/two-programs.json";
    let (code, by_link) = render_stdout(&[
        TWO,
        "--link",
        "https://city.example/pantau/?view=coverage&program=test-program&lang=en#top",
    ]);
    assert_eq!(code, Some(0));
    let title = svg_texts(&by_link).join(" ");
    assert!(
        title.contains("3 of 18 kelurahan have a Test program"),
        "{title}"
    );
    assert!(title.contains("Fixture source (test data)"), "{title}");
    assert!(
        !title.contains("Humas"),
        "the view cites its program's source only: {title}"
    );
    // One flag per parameter gives the same picture; a flag beats the link.
    let (_, by_flags) = render_stdout(&[
        TWO,
        "--view",
        "coverage",
        "--program",
        "test-program",
        "--lang",
        "en",
    ]);
    // A whole link is cited under the picture, as the browser cites its
    // own; otherwise the flags draw the same words.
    let link =
        "https://city.example/pantau/?view=coverage&amp;program=test-program&amp;lang=en#top";
    let texts = svg_texts(&by_link);
    assert!(texts.iter().any(|t| t == link), "{texts:?}");
    let uncited: Vec<String> = texts.into_iter().filter(|t| t != link).collect();
    assert_eq!(uncited, svg_texts(&by_flags));
    let (_, overridden) = render_stdout(&[TWO, "--link", "view=coverage&lang=en", "--lang", "id"]);
    assert!(
        svg_texts(&overridden).join(" ").contains("memiliki"),
        "Indonesian"
    );
    // The link's group and years reach the drawing too.
    let (_, group) = render_stdout(&[
        DEFAULT,
        "--link",
        "view=coverage&group=Bukit%20Bestari&lang=en",
    ]);
    assert!(svg_texts(&group)
        .join(" ")
        .contains("Kecamatan Bukit Bestari:"));
    let (_, years) = render_stdout(&[DEFAULT, "--link", "from=2016&to=2017&lang=en"]);
    let texts = svg_texts(&years);
    assert!(texts.iter().any(|t| t == "2016") && !texts.iter().any(|t| t == "2015"));
    let (_, dark) = render_stdout(&[DEFAULT, "--link", "theme=dark"]);
    assert_ne!(dark, render_stdout(&[DEFAULT]).1, "dark colours");
    assert_eq!(
        render_stdout(&[DEFAULT, "--view", "table"]).0,
        Some(1),
        "the table view has no chart"
    );
}

#[test]
fn geo_writes_a_light_file_and_says_how_much_lighter() {
    let out = TempFile::new("light.geojson", b"");
    let o = pantau(&[
        "geo",
        "tests/fixtures/valid/squares.geojson",
        "--key",
        "village_code",
        "--out",
        out.path(),
    ]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let report = stdout(&o);
    assert!(
        report.contains("before: ") && report.contains("after : "),
        "{report}"
    );
    let written = std::fs::read_to_string(out.path()).expect("written");
    let before = std::fs::read_to_string("tests/fixtures/valid/squares.geojson").expect("fixture");
    assert!(written.len() < before.len());
    let doc: serde_json::Value = serde_json::from_str(&written).expect("GeoJSON");
    let count = |d: &serde_json::Value| d["features"].as_array().map_or(0, Vec::len);
    let original: serde_json::Value = serde_json::from_str(&before).expect("fixture JSON");
    assert_eq!(count(&doc), count(&original), "every feature stays");
    assert!(
        report.contains(&format!("after : {} features", count(&original))),
        "{report}"
    );
}

#[test]
fn geo_refuses_what_it_cannot_use_and_writes_nothing() {
    let out = TempFile::new("never.geojson", b"");
    std::fs::remove_file(out.path()).expect("start without it");
    for (input, reason) in [
        (
            "tests/fixtures/valid/minimal.json",
            "not a GeoJSON FeatureCollection",
        ),
        (
            "tests/fixtures/valid/squares.geojson",
            "has no \"code\" property",
        ),
    ] {
        let o = pantau(&["geo", input, "--key", "code", "--out", out.path()]);
        assert_eq!(o.status.code(), Some(1), "{input}");
        assert!(
            String::from_utf8_lossy(&o.stderr).contains(reason),
            "{input}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        assert!(
            std::fs::metadata(out.path()).is_err(),
            "nothing written for {input}"
        );
    }
}

/// A built site's two pages, before a bake: the full app's and the embed
/// build's (whose base is the site).
const SITE_PAGE: &str = "<!doctype html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>Pantau</title></head><body data-state=\"loading\"><div id=\"pantau\"></div></body></html>";

fn baked_body(page: &str) -> &str {
    let start = page.find("<!-- pantau:bake -->").expect("baked views");
    let end = page.find("<!-- /pantau:bake -->").expect("their end");
    &page[start..end]
}

/// Bakes the site at `dist`, which must succeed; what it reported.
fn bake(dist: &str) -> String {
    let o = pantau(&["bake", "--dist", dist]);
    let report = String::from_utf8_lossy(&o.stderr).into_owned();
    assert_eq!(o.status.code(), Some(0), "{report}");
    report
}

#[test]
fn bake_gives_the_embed_page_the_same_static_views_as_the_full_page() {
    let index = TempFile::new("index.html", SITE_PAGE.as_bytes());
    let site = index.0.parent().expect("site").to_path_buf();
    std::fs::create_dir_all(site.join("data")).expect("data dir");
    std::fs::copy(DEFAULT, site.join("data/tanjungpinang.json")).expect("dataset");
    let dist = site.to_str().expect("utf-8");

    // Without an embed page, the bake writes none.
    bake(dist);
    assert!(!site.join("embed").exists());

    std::fs::create_dir_all(site.join("embed")).expect("embed dir");
    std::fs::write(
        site.join("embed/index.html"),
        SITE_PAGE.replace("<head>", "<head><base href=\"../\">"),
    )
    .expect("embed page");
    assert!(bake(dist).contains("the embed page"));
    let full = std::fs::read_to_string(site.join("index.html")).expect("index");
    let embed = std::fs::read_to_string(site.join("embed/index.html")).expect("embed page");
    assert!(
        embed.contains("<base href=\"../\">"),
        "the embed page keeps its base"
    );
    assert!(baked_body(&embed).contains("data-checksum="));
    assert_eq!(baked_body(&full), baked_body(&embed));
    // Baking again replaces the views instead of adding a second copy.
    bake(dist);
    let again = std::fs::read_to_string(site.join("embed/index.html")).expect("embed page");
    assert_eq!(again.matches("<!-- pantau:bake -->").count(), 1);
}
