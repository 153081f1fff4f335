//! `pantau validate`.

use super::{Format, LangArg, INVALID, OK, USAGE};
use pantau::core::error::{DatasetError, DatasetWarning};
use pantau::core::text::Lang;
use pantau::core::validate::{check_bytes, MAX_BYTES};
use std::io::Read;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// Dataset files to check.
    #[arg(required = true, value_name = "FILE")]
    files: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Language of the messages.
    #[arg(long, value_enum, default_value_t = LangArg::En)]
    lang: LangArg,
    /// GeoJSON boundaries to check the areas against (else the dataset's
    /// own, when its URL is a relative path to a local file).
    #[arg(long, value_name = "FILE")]
    boundaries: Option<PathBuf>,
    /// The feature property that holds each area's key (else the dataset's).
    #[arg(long, value_name = "PROPERTY")]
    key: Option<String>,
}

/// What one file's check found.
struct Outcome {
    file: String,
    read_error: Option<String>,
    errors: Vec<DatasetError>,
    warnings: Vec<DatasetWarning>,
}

fn read_limited(path: &PathBuf) -> std::io::Result<Vec<u8>> {
    // Read one byte past the limit: enough to know it is too large
    // without reading a huge file into memory.
    let file = std::fs::File::open(path)?;
    let mut bytes = Vec::new();
    file.take(MAX_BYTES as u64 + 1).read_to_end(&mut bytes)?;
    Ok(bytes)
}

fn check_file(path: &PathBuf, boundaries: Option<&PathBuf>, key: Option<&str>) -> Outcome {
    let file = path.display().to_string();
    match read_limited(path) {
        Err(e) => Outcome {
            file,
            read_error: Some(e.to_string()),
            errors: vec![],
            warnings: vec![],
        },
        Ok(bytes) => {
            let mut report = check_bytes(&bytes);
            if let Ok(ds) = &report.result {
                if let Some((_, warnings)) = super::boundary_check(path, ds, boundaries, key) {
                    report.warnings.extend(warnings);
                }
            }
            Outcome {
                file,
                read_error: None,
                errors: report.result.err().unwrap_or_default(),
                warnings: report.warnings,
            }
        }
    }
}

pub fn run(args: &Args) -> u8 {
    let lang: Lang = args.lang.into();
    let outcomes: Vec<Outcome> = args
        .files
        .iter()
        .map(|f| check_file(f, args.boundaries.as_ref(), args.key.as_deref()))
        .collect();
    match args.format {
        Format::Text => print_text(&outcomes, lang),
        Format::Json => print_json(&outcomes, lang),
    }
    if outcomes.iter().any(|o| o.read_error.is_some()) {
        USAGE
    } else if outcomes.iter().any(|o| !o.errors.is_empty()) {
        INVALID
    } else {
        OK
    }
}

fn print_text(outcomes: &[Outcome], lang: Lang) {
    for o in outcomes {
        if let Some(e) = &o.read_error {
            eprintln!("{}: cannot read: {e}", o.file);
            continue;
        }
        for e in &o.errors {
            println!(
                "{}: error: {}",
                o.file,
                e.explain(lang).replace('\n', "\n    at ")
            );
        }
        for w in &o.warnings {
            println!("{}: warning: {}", o.file, w.message(lang));
        }
        if o.errors.is_empty() {
            let note = match (lang, o.warnings.len()) {
                (Lang::En, 0) => "valid".to_string(),
                (Lang::En, n) => format!("valid, {n} warning{}", if n == 1 { "" } else { "s" }),
                (Lang::Id, 0) => "valid".to_string(),
                (Lang::Id, n) => format!("valid, {n} peringatan"),
            };
            println!("{}: {note}", o.file);
        } else {
            let n = o.errors.len();
            match lang {
                Lang::En => println!(
                    "{}: invalid, {n} error{}",
                    o.file,
                    if n == 1 { "" } else { "s" }
                ),
                Lang::Id => println!("{}: tidak valid, {n} kesalahan", o.file),
            }
        }
    }
}

fn print_json(outcomes: &[Outcome], lang: Lang) {
    let files: Vec<serde_json::Value> = outcomes
        .iter()
        .map(|o| {
            let item = |path: &str, message: String| serde_json::json!({ "path": path, "message": message });
            serde_json::json!({
                "file": o.file,
                "valid": o.read_error.is_none() && o.errors.is_empty(),
                "read_error": o.read_error,
                "errors": o.errors.iter().map(|e| item(&e.path, e.kind.sentence(lang))).collect::<Vec<_>>(),
                "warnings": o.warnings.iter().map(|w| item(&w.path, w.message(lang))).collect::<Vec<_>>(),
            })
        })
        .collect();
    let doc = serde_json::json!({ "files": files });
    println!("{}", serde_json::to_string_pretty(&doc).unwrap_or_default());
}
