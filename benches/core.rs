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
    use pantau::core::layout::map;
    use pantau::core::params::{Params, View};
    use pantau::core::text::Lang;
    use pantau::core::validate::parse;
    use pantau::core::view::{describe, Context};
    use std::hint::black_box;
    use std::rc::Rc;

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

    /// Each view as the browser and `pantau render` get it: described
    /// once, laid out per width, hit-tested per pointer move.
    fn layouts(c: &mut Criterion) {
        for (name, text) in [
            ("default", DEFAULT.to_string()),
            ("large", large::large_dataset_json(40, 100, 2000)),
        ] {
            let ctx = Context {
                dataset: Rc::new(parse(&text).expect("valid")),
                lang: Lang::En,
                format: Rc::new(PlainFormat(Lang::En)),
                shapes: None,
            };
            for view in [View::Trend, View::Coverage, View::Map] {
                let params = Params::of_view(view);
                c.bench_function(&format!("describe {} ({name})", view.key()), |b| {
                    b.iter(|| describe(black_box(&ctx), black_box(&params)))
                });
                let d = describe(&ctx, &params);
                c.bench_function(&format!("layout {} at 1000 px ({name})", view.key()), |b| {
                    b.iter(|| d.chart(black_box(1000.0)))
                });
                let chart = d.chart(1000.0).expect("a chart");
                let (w, h) = chart.size();
                let mut x = 0.0;
                c.bench_function(
                    &format!("hit-test {} per pointer move ({name})", view.key()),
                    |b| {
                        b.iter(|| {
                            x = (x + 7.3) % w;
                            chart.hit(black_box((x, h / 2.0)))
                        })
                    },
                );
            }
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
