//! Command-line parsing and the commands.

mod bake;
mod from_csv;
mod geo;
mod render;
mod summary;
mod validate;

use clap::{Parser, Subcommand, ValueEnum};
use std::process::ExitCode;

/// Exit status: everything valid.
pub const OK: u8 = 0;
/// Exit status: a dataset has errors.
pub const INVALID: u8 = 1;
/// Exit status: wrong usage, or a file could not be read or written.
pub const USAGE: u8 = 2;

#[derive(Parser)]
#[command(
    name = "pantau",
    version,
    about = "Check, build and render pantau/1 datasets before publishing them.",
    after_help = "Examples:\n  pantau validate static/data/tanjungpinang.json\n  pantau from-csv --meta meta.json --series series.csv --areas areas.csv --out data.json\n  pantau summary --lang en data.json\n  pantau render data.json --view coverage --out coverage.svg\n  pantau render data.json --link 'view=coverage&program=patbm&lang=en' --width 360 --out c.svg\n\nExit status: 0 success, 1 invalid data, 2 usage or I/O error."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// Output format of reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Sentences for people.
    Text,
    /// One JSON document for programs.
    Json,
}

/// Language of messages and sentences.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    Id,
    En,
}

impl From<LangArg> for pantau::core::text::Lang {
    fn from(l: LangArg) -> Self {
        match l {
            LangArg::Id => pantau::core::text::Lang::Id,
            LangArg::En => pantau::core::text::Lang::En,
        }
    }
}

#[derive(Subcommand)]
enum Command {
    /// Check datasets: every error with its JSON path, then warnings.
    #[command(
        after_help = "Examples:\n  pantau validate data/tanjungpinang.json\n  pantau validate --lang id a.json b.json\n  pantau validate --format json data.json\n  pantau validate --boundaries kelurahan.geojson data.json\n\nExit status: 0 when every file is valid, 1 when one is invalid, 2 when a file cannot be read."
    )]
    Validate(validate::Args),
    /// Build a dataset from spreadsheet CSV files and a metadata file.
    #[command(
        name = "from-csv",
        after_help = "Examples:\n  pantau from-csv --meta meta.json --series series.csv --areas areas.csv --out data.json\n  pantau from-csv --meta meta.json --series pantau-trend.csv > data.json\n\nCSV files may start with # comment lines (the widget's downloads do).\nseries.csv: series,year,value[,unit,label]; an empty value is \"not reported\".\nareas.csv: area,group[,code,status,year,name,lat,lon,program]; status is formed, planned or none.\n\nExit status: 0 written and valid, 1 a file has errors (each with file:line:column), 2 a file cannot be read or written."
    )]
    FromCsv(from_csv::Args),
    /// Say what a dataset shows, in the same sentences as the charts.
    #[command(
        after_help = "Examples:\n  pantau summary data/tanjungpinang.json\n  pantau summary --lang en data/tanjungpinang.json"
    )]
    Summary(summary::Args),
    /// Draw a chart as SVG with the same code as the browser.
    #[command(
        after_help = "Examples:\n  pantau render data.json --view trend --out trend.svg\n  pantau render data.json --link 'https://example.org/pantau/?view=coverage&group=Bukit%20Bestari' --out c.svg\n  pantau render data.json --view map --boundaries kelurahan.geojson --out map.svg --width 900 --lang en\n\nExit status: 0 written, 1 the dataset is invalid or has nothing to draw, 2 a file cannot be read or written."
    )]
    Render(Box<render::Args>),
    /// Bake a built site's static first views, share image and meta tags.
    #[command(
        after_help = "Examples:\n  pantau bake --dist dist\n  pantau bake --dist dist --data dist/data/tanjungpinang.json --site-url https://city.example/pantau/\n\nValidates the dataset first; an invalid one is not baked and nothing is written.\nRun it again after every change of the dataset: the page shows a static view only\nwhen the served bytes are the ones it was baked from, and draws live otherwise.\n\nExit status: 0 baked, 1 the dataset is invalid, 2 a file cannot be read or written."
    )]
    Bake(bake::Args),
    /// Make a boundaries file light enough for the widget.
    #[command(
        after_help = "Examples:\n  pantau geo kelurahan.geojson --key village_code --out static/data/kelurahan.geojson\n  pantau geo big.geojson --key code --tolerance 20 --min-area 10000 --out light.geojson\n\nShared borders are simplified once, so neighbours still meet; every feature is kept;\ncoordinates are rounded to about 1 m and only the key property stays.\n\nExit status: 0 written, 1 the file is not a usable FeatureCollection (nothing written),\n2 a file cannot be read or written."
    )]
    Geo(geo::Args),
}

/// Reads and validates a dataset, printing its errors; `None` when it
/// cannot be used.
pub fn load(path: &std::path::Path) -> Option<pantau::core::model::Dataset> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{}: cannot read: {e}", path.display());
            return None;
        }
    };
    let report = pantau::core::validate::check_bytes(&bytes);
    for e in report.errors() {
        eprintln!("{}: error: {e}", path.display());
    }
    report.result.ok()
}

/// The boundaries for a dataset: the file given, else the dataset's own
/// when its URL is a relative path to a local file. Problems are printed.
pub fn boundaries(
    dataset_path: &std::path::Path,
    ds: &pantau::core::model::Dataset,
    given: Option<&std::path::PathBuf>,
    key: Option<&str>,
) -> Option<pantau::core::geo::Shapes> {
    let (shapes, warnings) = boundary_check(dataset_path, ds, given, key)?;
    for w in warnings {
        eprintln!("{}: warning: {w}", dataset_path.display());
    }
    Some(shapes)
}

/// Like [`boundaries`], returning the warnings instead of printing them;
/// what makes the boundaries unusable (no key, an unreadable file, no
/// FeatureCollection) is still printed, as an error.
pub fn boundary_check(
    dataset_path: &std::path::Path,
    ds: &pantau::core::model::Dataset,
    given: Option<&std::path::PathBuf>,
    key: Option<&str>,
) -> Option<(
    pantau::core::geo::Shapes,
    Vec<pantau::core::error::DatasetWarning>,
)> {
    let areas = ds.areas()?;
    let key = key
        .map(str::to_owned)
        .or_else(|| areas.boundaries().map(|b| b.key().to_owned()));
    let path = match given {
        Some(p) => p.clone(),
        None => {
            let url = areas.boundaries()?.url();
            if url.contains("://") || url.starts_with("//") {
                return None;
            }
            let clean = url.split(['?', '#']).next().unwrap_or(url);
            dataset_path
                .parent()
                .unwrap_or(std::path::Path::new("."))
                .join(clean)
        }
    };
    let Some(key) = key else {
        eprintln!(
            "{}: give --key: the dataset names no boundaries key (areas.boundaries.key)",
            dataset_path.display()
        );
        return None;
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{}: cannot read boundaries: {e}", path.display());
            return None;
        }
    };
    match pantau::core::geo::read(&text, areas, &key) {
        Ok(result) => Some(result),
        Err(e) => {
            eprintln!(
                "{}: {}",
                path.display(),
                e.message(pantau::core::text::Lang::En)
            );
            None
        }
    }
}

/// Parses the command line and runs the command.
pub fn run() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { USAGE } else { OK });
        }
    };
    let code = match cli.command {
        Command::Validate(args) => validate::run(&args),
        Command::FromCsv(args) => from_csv::run(&args),
        Command::Summary(args) => summary::run(&args),
        Command::Render(args) => render::run(&args),
        Command::Bake(args) => bake::run(&args),
        Command::Geo(args) => geo::run(&args),
    };
    ExitCode::from(code)
}
