//! `pantau render`.

use super::{LangArg, INVALID, OK, USAGE};
use pantau::core::chart::ChartLayout;
use pantau::core::export::{frame_for, svg};
use pantau::core::format::PlainFormat;
use pantau::core::layout::{coverage, map, trend};
use pantau::core::model::Dataset;
use pantau::core::stats::{year_range, Coverage};
use pantau::core::text::Lang;
use pantau::core::theme::{Mode, Palette};
use std::path::PathBuf;

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ViewArg {
    Trend,
    Coverage,
    Map,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ThemeArg {
    Light,
    Dark,
}

#[derive(clap::Args)]
pub struct Args {
    /// The dataset.
    #[arg(value_name = "FILE")]
    file: PathBuf,
    /// Which chart.
    #[arg(long, value_enum, default_value_t = ViewArg::Trend)]
    view: ViewArg,
    /// The SVG file to write.
    #[arg(long, short, value_name = "FILE")]
    out: PathBuf,
    /// Width of the chart in CSS pixels.
    #[arg(long, default_value_t = 720.0)]
    width: f64,
    /// Height of the chart; chosen from the width when absent.
    #[arg(long)]
    height: Option<f64>,
    /// Language of labels and attribution.
    #[arg(long, value_enum, default_value_t = LangArg::Id)]
    lang: LangArg,
    /// Colours.
    #[arg(long, value_enum, default_value_t = ThemeArg::Light)]
    theme: ThemeArg,
    /// GeoJSON boundaries for the map (else the dataset's, when a local file).
    #[arg(long, value_name = "FILE")]
    boundaries: Option<PathBuf>,
    /// The feature property that holds each area's key (else the dataset's).
    #[arg(long, value_name = "PROPERTY")]
    key: Option<String>,
}

fn write<L: ChartLayout>(
    args: &Args,
    ds: &Dataset,
    layout: &L,
    heading: &str,
    sources: &[usize],
    key: Option<String>,
) -> u8 {
    let lang: Lang = args.lang.into();
    let palette = Palette::new(
        if args.theme == ThemeArg::Dark {
            Mode::Dark
        } else {
            Mode::Light
        },
        None,
    );
    let frame = frame_for(ds, heading, sources, lang, layout.size(), key.as_deref());
    match svg(layout, &frame, &palette) {
        Ok(text) => match std::fs::write(&args.out, text) {
            Ok(()) => {
                eprintln!("{}: written", args.out.display());
                OK
            }
            Err(e) => {
                eprintln!("{}: cannot write: {e}", args.out.display());
                USAGE
            }
        },
        Err(e) => {
            eprintln!("error: {e}");
            USAGE
        }
    }
}

pub fn run(args: &Args) -> u8 {
    let Some(ds) = super::load(&args.file) else {
        return INVALID;
    };
    let lang: Lang = args.lang.into();
    let fmt = PlainFormat(lang);
    let width = args.width.clamp(160.0, 4000.0);
    match args.view {
        ViewArg::Trend => {
            let shown: Vec<usize> = (0..ds.series().len()).collect();
            let Some(range) = year_range(&ds, None, None) else {
                eprintln!(
                    "{}: the dataset has no yearly values to draw",
                    args.file.display()
                );
                return INVALID;
            };
            let height = args.height.unwrap_or((width * 0.55).clamp(220.0, 400.0));
            let input = trend::TrendInput {
                dataset: &ds,
                shown: &shown,
                range,
                size: (width, height),
                bars: shown.len() == 1,
                lang,
                format: &fmt,
            };
            let layout = trend::layout(&input);
            let heading: Vec<&str> = ds.series().iter().map(|s| s.label().get(lang)).collect();
            let sources: Vec<usize> = ds.series().iter().map(|s| s.source()).collect();
            write(args, &ds, &layout, &heading.join(", "), &sources, None)
        }
        ViewArg::Coverage | ViewArg::Map => {
            let (Some(areas), Some(program)) = (ds.areas(), ds.programs().first()) else {
                eprintln!(
                    "{}: the dataset has no areas with a program to draw",
                    args.file.display()
                );
                return INVALID;
            };
            let heading =
                Coverage::count(program, areas, |_| true).headline(program, areas, lang, &fmt);
            let sources = [program.source()];
            if args.view == ViewArg::Coverage {
                let height = args.height.unwrap_or((width * 0.42).clamp(200.0, 320.0));
                let input = coverage::CoverageInput {
                    dataset: &ds,
                    program: 0,
                    group: None,
                    size: (width, height),
                    lang,
                    format: &fmt,
                };
                match coverage::layout(&input) {
                    Some(layout) => write(
                        args,
                        &ds,
                        &layout,
                        &heading,
                        &sources,
                        Some(pantau::core::credits::coverage_key(lang)),
                    ),
                    None => INVALID,
                }
            } else {
                let shapes = super::boundaries(
                    &args.file,
                    &ds,
                    args.boundaries.as_ref(),
                    args.key.as_deref(),
                );
                let input = map::MapInput {
                    dataset: &ds,
                    program: Some(0),
                    group: None,
                    width,
                    shapes: shapes.as_ref(),
                };
                match map::layout(&input) {
                    Some(layout) => write(
                        args,
                        &ds,
                        &layout,
                        &heading,
                        &sources,
                        Some(pantau::core::credits::map_key(lang)),
                    ),
                    None => INVALID,
                }
            }
        }
    }
}
