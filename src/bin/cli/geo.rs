//! `pantau geo`.

use super::{INVALID, OK, USAGE};
use pantau::core::lighten::{lighten, Options, Stats};
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// The GeoJSON FeatureCollection to lighten.
    #[arg(value_name = "FILE")]
    file: PathBuf,
    /// The feature property that identifies each area (the dataset's
    /// `areas.boundaries.key`); the only property kept.
    #[arg(long)]
    key: String,
    /// Where to write the light file.
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
    /// How far a simplified border may move, in metres.
    #[arg(long, default_value_t = 12.0)]
    tolerance: f64,
    /// Islands and holes under this area, in square metres, are dropped
    /// (never a feature's largest part).
    #[arg(long, default_value_t = 5_000.0)]
    min_area: f64,
}

fn line(name: &str, s: &Stats) -> String {
    format!(
        "{name}: {} features, {} vertices, {} bytes",
        s.features, s.vertices, s.bytes
    )
}

pub fn run(args: &Args) -> u8 {
    if !(args.tolerance >= 0.0 && args.min_area >= 0.0) {
        eprintln!("--tolerance and --min-area must be numbers >= 0");
        return USAGE;
    }
    let text = match std::fs::read_to_string(&args.file) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{}: cannot read: {e}", args.file.display());
            return USAGE;
        }
    };
    let options = Options {
        key: args.key.clone(),
        tolerance_m: args.tolerance,
        min_area_m2: args.min_area,
    };
    let light = match lighten(&text, &options) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("{}: error: {e}", args.file.display());
            return INVALID;
        }
    };
    if let Err(e) = std::fs::write(&args.out, &light.text) {
        eprintln!("{}: cannot write: {e}", args.out.display());
        return USAGE;
    }
    println!("{}", line("before", &light.before));
    println!("{}", line("after ", &light.after));
    println!(
        "simplified to {} m; {} islands or holes under {} m² dropped; {} arcs left as they were to keep polygons valid",
        args.tolerance, light.dropped, args.min_area, light.unsimplified_arcs
    );
    OK
}
