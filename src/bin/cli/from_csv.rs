//! `pantau from-csv`.

use super::{INVALID, OK, USAGE};
use pantau::core::import::{from_csv, Input};
use pantau::core::text::Lang;
use pantau::core::validate::check;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// JSON file with everything but the numbers: id, title, place,
    /// published, sources, and labels of series, areas and programs.
    #[arg(long, value_name = "FILE")]
    meta: PathBuf,
    /// CSV with the columns series,year,value (optional: unit,label).
    #[arg(long, value_name = "FILE")]
    series: Option<PathBuf>,
    /// CSV with the columns area,group (optional: code,status,year,name,lat,lon,program).
    #[arg(long, value_name = "FILE")]
    areas: Option<PathBuf>,
    /// Where to write the dataset; standard output when absent.
    #[arg(long, short, value_name = "FILE")]
    out: Option<PathBuf>,
}

fn read(path: &PathBuf) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: cannot read: {e}", path.display()))
}

pub fn run(args: &Args) -> u8 {
    let texts = (|| -> Result<_, String> {
        let meta = read(&args.meta)?;
        let series = args.series.as_ref().map(read).transpose()?;
        let areas = args.areas.as_ref().map(read).transpose()?;
        Ok((meta, series, areas))
    })();
    let (meta, series, areas) = match texts {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{e}");
            return USAGE;
        }
    };
    let names: Vec<String> = [Some(&args.meta), args.series.as_ref(), args.areas.as_ref()]
        .iter()
        .map(|p| p.map(|p| p.display().to_string()).unwrap_or_default())
        .collect();
    let doc = from_csv(
        &Input {
            name: &names[0],
            text: &meta,
        },
        series
            .as_deref()
            .map(|text| Input {
                name: &names[1],
                text,
            })
            .as_ref(),
        areas
            .as_deref()
            .map(|text| Input {
                name: &names[2],
                text,
            })
            .as_ref(),
    );
    let doc = match doc {
        Ok(doc) => doc,
        Err(errors) => {
            for e in &errors {
                eprintln!("error: {e}");
            }
            return INVALID;
        }
    };
    let text = match serde_json::to_string_pretty(&doc) {
        Ok(t) => t + "\n",
        Err(e) => {
            eprintln!("error: {e}");
            return USAGE;
        }
    };
    let report = check(&text);
    if let Err(errors) = &report.result {
        eprintln!("The files convert, but the dataset is not valid yet:");
        for e in errors {
            eprintln!("error: {}", e.message(Lang::En));
        }
        return INVALID;
    }
    match &args.out {
        Some(path) => match std::fs::write(path, &text) {
            Ok(()) => {
                eprintln!("{}: written, valid", path.display());
                OK
            }
            Err(e) => {
                eprintln!("{}: cannot write: {e}", path.display());
                USAGE
            }
        },
        None => {
            print!("{text}");
            OK
        }
    }
}
