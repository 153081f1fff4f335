//! What each fuzz target does with its input, shared with the regression
//! test (`tests/fuzz_regressions.rs`) that replays every crash found.

use pantau::core::format::PlainFormat;
use pantau::core::model::Dataset;
use pantau::core::params::{Params, View};
use pantau::core::text::Lang;
use pantau::core::validate::{check_bytes, parse};
use pantau::core::view::{describe, Context};
use std::rc::Rc;

const DEFAULT: &str = include_str!("../static/data/tanjungpinang.json");

/// Describes every view of `ds` and lays each chart out, as the browser
/// and `pantau render` do.
fn describe_every_view(ds: Rc<Dataset>, shapes: Option<pantau::core::geo::Shapes>) {
    let ctx = Context {
        dataset: ds,
        lang: Lang::En,
        format: Rc::new(PlainFormat(Lang::En)),
        shapes: shapes.map(Rc::new),
    };
    for view in View::ALL {
        let d = describe(&ctx, &Params::of_view(view));
        if let Some(chart) = d.chart(320.0) {
            let _ = chart.hit((100.0, 100.0));
        }
    }
}

/// Validates the bytes; a valid dataset is also described and laid out.
pub fn dataset(data: &[u8]) {
    let report = check_bytes(data);
    let ds = match report.result {
        Ok(ds) => ds,
        Err(errors) => {
            assert!(!errors.is_empty(), "a refused dataset says why");
            for e in &errors {
                let _ = e.message(Lang::Id);
            }
            return;
        }
    };
    describe_every_view(Rc::new(ds), None);
}

/// Reads the bytes as boundaries for the default dataset and draws the map.
pub fn geojson(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // Parsed once: the fuzzer calls this many thousand times a second.
    static DATASET: std::sync::OnceLock<Option<Dataset>> = std::sync::OnceLock::new();
    let Some(ds) = DATASET.get_or_init(|| parse(DEFAULT).ok()) else {
        return;
    };
    let Some(areas) = ds.areas() else { return };
    if let Ok((shapes, _warnings)) = pantau::core::geo::read(text, areas, "village_code") {
        describe_every_view(Rc::new(ds.clone()), Some(shapes));
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
