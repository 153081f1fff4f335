//! Native benchmarks of the core (criterion): parsing and validation,
//! layout of each view, hit-testing per pointer move, and projecting and
//! simplifying boundaries. Run with `cargo bench`.

// Criterion is native only; on wasm32 (clippy --all-targets) this is empty.
#[cfg(not(target_arch = "wasm32"))]
#[path = "../tests/support/large.rs"]
mod large;

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use super::large;

    use criterion::{criterion_group, Criterion};
    use pantau::core::format::PlainFormat;
    use pantau::core::geo;
    use pantau::core::hit;
    use pantau::core::layout::{coverage, map, trend};
    use pantau::core::stats::year_range;
    use pantau::core::text::Lang;
    use pantau::core::validate::parse;
    use std::hint::black_box;

    const DEFAULT: &str = include_str!("../static/data/tanjungpinang.json");

    fn parsing(c: &mut Criterion) {
        let large = large::large_dataset_json(40, 100, 2000);
        c.bench_function("parse+validate default dataset", |b| {
            b.iter(|| parse(black_box(DEFAULT)))
        });
        c.bench_function("parse+validate 40x100 series, 2000 areas", |b| {
            b.iter(|| parse(black_box(&large)))
        });
    }

    fn layouts(c: &mut Criterion) {
        let fmt = PlainFormat(Lang::En);
        for (name, text) in [
            ("default", DEFAULT.to_string()),
            ("large", large::large_dataset_json(40, 100, 2000)),
        ] {
            let ds = parse(&text).expect("valid");
            let shown: Vec<usize> = (0..ds.series().len()).collect();
            let range = year_range(&ds, None, None).expect("years");
            let input = trend::TrendInput {
                dataset: &ds,
                shown: &shown,
                range,
                size: (1000.0, 400.0),
                bars: shown.len() == 1,
                lang: Lang::En,
                format: &fmt,
            };
            c.bench_function(&format!("layout trend ({name})"), |b| {
                b.iter(|| trend::layout(black_box(&input)))
            });
            let tl = trend::layout(&input);
            let plot = tl.plot;
            let mut i = 0.0;
            c.bench_function(&format!("hit-test trend per pointer move ({name})"), |b| {
                b.iter(|| {
                    i = (i + 7.3) % plot.w;
                    hit::trend(black_box(&tl), (plot.x + i, plot.y + plot.h / 2.0))
                })
            });
            let cov = coverage::CoverageInput {
                dataset: &ds,
                program: 0,
                group: None,
                size: (1000.0, 300.0),
                lang: Lang::En,
                format: &fmt,
            };
            c.bench_function(&format!("layout coverage ({name})"), |b| {
                b.iter(|| coverage::layout(black_box(&cov)))
            });
            let mi = map::MapInput {
                dataset: &ds,
                program: Some(0),
                group: None,
                width: 1000.0,
                shapes: None,
            };
            c.bench_function(&format!("layout dot map ({name})"), |b| {
                b.iter(|| map::layout(black_box(&mi)))
            });
            let ml = map::layout(&mi).expect("areas");
            let mut j = 0.0;
            c.bench_function(&format!("hit-test map per pointer move ({name})"), |b| {
                b.iter(|| {
                    j = (j + 5.1) % ml.size.0;
                    hit::map(black_box(&ml), (j, ml.size.1 / 2.0))
                })
            });
        }
    }

    fn boundaries(c: &mut Criterion) {
        let ds = parse(DEFAULT).expect("valid");
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/geo/tanjungpinang-kelurahan-hdx-bps-2020.geojson"
        );
        if let Ok(text) = std::fs::read_to_string(path) {
            let areas = ds.areas().expect("areas");
            c.bench_function("read 18 kelurahan boundaries", |b| {
                b.iter(|| geo::read(black_box(&text), areas, "village_code"))
            });
            let (shapes, _) = geo::read(&text, areas, "village_code").expect("valid");
            let input = map::MapInput {
                dataset: &ds,
                program: Some(0),
                group: None,
                width: 1000.0,
                shapes: Some(&shapes),
            };
            c.bench_function("project+simplify 18 kelurahan boundaries", |b| {
                b.iter(|| map::layout(black_box(&input)))
            });
        }
        let large = parse(&large::large_dataset_json(1, 1, 2000)).expect("valid");
        let text = large::large_boundaries_json(2000);
        let (shapes, _) = geo::read(&text, large.areas().expect("areas"), "code").expect("valid");
        let input = map::MapInput {
            dataset: &large,
            program: Some(0),
            group: None,
            width: 1000.0,
            shapes: Some(&shapes),
        };
        c.bench_function("project+simplify 2000 boundaries", |b| {
            b.iter(|| map::layout(black_box(&input)))
        });
        let ml = map::layout(&input).expect("areas");
        let mut j = 0.0;
        c.bench_function("hit-test 2000 polygons per pointer move", |b| {
            b.iter(|| {
                j = (j + 5.1) % ml.size.0;
                hit::map(black_box(&ml), (j, ml.size.1 / 2.0))
            })
        });
    }

    criterion_group!(benches, parsing, layouts, boundaries);
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(native::benches);

#[cfg(target_arch = "wasm32")]
fn main() {}
