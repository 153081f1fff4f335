//! What each fuzz target does with its input, shared with the regression
//! test (`tests/fuzz_regressions.rs`) that replays every crash found.

use pantau::core::format::PlainFormat;
use pantau::core::layout::{coverage, map, trend};
use pantau::core::params::Params;
use pantau::core::stats::{trend_summary, year_range};
use pantau::core::text::Lang;
use pantau::core::validate::{check_bytes, parse};

const DEFAULT: &str = include_str!("../static/data/tanjungpinang.json");

/// Validates the bytes; a valid dataset is also laid out and summarised.
pub fn dataset(data: &[u8]) {
    let report = check_bytes(data);
    assert_eq!(report.dataset.is_some(), report.errors.is_empty());
    for e in &report.errors {
        let _ = e.message(Lang::Id);
    }
    let Some(ds) = report.dataset else { return };
    let fmt = PlainFormat(Lang::En);
    let shown: Vec<usize> = (0..ds.series().len()).collect();
    let range = year_range(&ds, None, None);
    let _ = trend_summary(&ds, &shown, range, Lang::En, &fmt);
    if let Some(range) = range {
        let _ = trend::layout(&trend::TrendInput {
            dataset: &ds,
            shown: &shown,
            range,
            size: (320.0, 240.0),
            bars: false,
            lang: Lang::En,
            format: &fmt,
        });
    }
    if !ds.programs().is_empty() {
        let _ = coverage::layout(&coverage::CoverageInput {
            dataset: &ds,
            program: 0,
            group: None,
            size: (320.0, 240.0),
            lang: Lang::En,
            format: &fmt,
        });
    }
    let _ = map::layout(&map::MapInput {
        dataset: &ds,
        program: Some(0),
        group: None,
        width: 320.0,
        shapes: None,
    });
}

/// Reads the bytes as boundaries for the default dataset and draws the map.
pub fn geojson(data: &[u8]) {
    static DATASET: std::sync::OnceLock<Option<pantau::core::model::Dataset>> =
        std::sync::OnceLock::new();
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Some(ds) = DATASET.get_or_init(|| parse(DEFAULT).ok()) else {
        return;
    };
    let Some(areas) = ds.areas() else { return };
    if let Ok((shapes, _warnings)) = pantau::core::geo::read(text, areas, "village_code") {
        let _ = map::layout(&map::MapInput {
            dataset: ds,
            program: Some(0),
            group: None,
            width: 400.0,
            shapes: Some(&shapes),
        });
    }
}

/// Splits the bytes into `name=value` pairs at `&`, parses them, and checks
/// that what is written back parses to the same parameters.
pub fn params(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let pairs: Vec<(String, String)> = text
        .split('&')
        .map(|pair| match pair.split_once('=') {
            Some((k, v)) => (k.to_owned(), v.to_owned()),
            None => (pair.to_owned(), String::new()),
        })
        .collect();
    let (params, _warnings) = Params::parse(pairs);
    let written = params.to_pairs();
    let (again, warnings) = Params::parse(written.iter().map(|(k, v)| (*k, v.as_str())));
    assert!(
        warnings.is_empty(),
        "what Pantau writes, it reads back without warnings: {warnings:?}"
    );
    assert_eq!(again, params);
}
