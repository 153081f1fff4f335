//! `pantau render`: the SVG of any view for the state a link carries,
//! drawn from the same view description as the browser's "SVG" download.

use super::{INVALID, OK, USAGE};
use pantau::core::format::PlainFormat;
use pantau::core::params::{Params, ThemeChoice};
use pantau::core::text::Lang;
use pantau::core::theme::{Mode, Palette};
use pantau::core::view::{describe, Context};
use std::path::PathBuf;
use std::rc::Rc;

#[derive(clap::Args)]
pub struct Args {
    /// The dataset.
    #[arg(value_name = "FILE")]
    file: PathBuf,
    /// The state of a link: its query (`view=coverage&lang=en`) or the
    /// whole link. The flags below override it.
    #[arg(long, value_name = "LINK")]
    link: Option<String>,
    /// Which view: trend, coverage, map (the table view has no chart).
    #[arg(long)]
    view: Option<String>,
    /// Language of labels and attribution: id or en (default id).
    #[arg(long)]
    lang: Option<String>,
    /// Comma-separated ids of the series to show.
    #[arg(long)]
    series: Option<String>,
    /// First year of the trend.
    #[arg(long)]
    from: Option<String>,
    /// Last year of the trend.
    #[arg(long)]
    to: Option<String>,
    /// One group (kecamatan) only.
    #[arg(long)]
    group: Option<String>,
    /// The id of the program the coverage and map show.
    #[arg(long)]
    program: Option<String>,
    /// Colours: light or dark (auto draws light).
    #[arg(long)]
    theme: Option<String>,
    /// Brand colour, 6 hex digits.
    #[arg(long)]
    accent: Option<String>,
    /// The SVG file to write; `-` writes to standard output.
    #[arg(long, short, value_name = "FILE")]
    out: PathBuf,
    /// Width of the chart in CSS pixels, as the browser's chart is wide.
    #[arg(long, default_value_t = 720.0)]
    width: f64,
    /// GeoJSON boundaries for the map (else the dataset's, when a local file).
    #[arg(long, value_name = "FILE")]
    boundaries: Option<PathBuf>,
    /// The feature property that holds each area's key (else the dataset's).
    #[arg(long, value_name = "PROPERTY")]
    key: Option<String>,
}

/// The `name=value` pairs of a link or of its query alone, decoded.
fn link_pairs(link: &str) -> Vec<(String, String)> {
    let query = link.split('#').next().unwrap_or_default();
    let query = match query.split_once('?') {
        Some((_, q)) => q,
        None if query.contains('=') => query,
        None => "",
    };
    form_urlencoded::parse(query.as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

/// The state to draw: each flag, then the link (the first value of a name
/// wins), read by the same parser as the browser's URL.
fn params(args: &Args) -> Params {
    let flags = [
        ("view", &args.view),
        ("lang", &args.lang),
        ("series", &args.series),
        ("from", &args.from),
        ("to", &args.to),
        ("group", &args.group),
        ("program", &args.program),
        ("theme", &args.theme),
        ("accent", &args.accent),
    ];
    let pairs = flags
        .iter()
        .filter_map(|(name, value)| value.as_ref().map(|v| ((*name).to_owned(), v.clone())))
        .chain(args.link.as_deref().map(link_pairs).unwrap_or_default());
    let (params, warnings) = Params::parse(pairs);
    for w in warnings {
        eprintln!("warning: {}", w.to_string().trim_start_matches("Pantau: "));
    }
    params
}

fn write(out: &std::path::Path, text: &str) -> u8 {
    let written = if out == std::path::Path::new("-") {
        use std::io::Write;
        std::io::stdout().write_all(text.as_bytes())
    } else {
        std::fs::write(out, text)
    };
    match written {
        Ok(()) => {
            if out != std::path::Path::new("-") {
                eprintln!("{}: written", out.display());
            }
            OK
        }
        Err(e) => {
            eprintln!("{}: cannot write: {e}", out.display());
            USAGE
        }
    }
}

pub fn run(args: &Args) -> u8 {
    let Some(ds) = super::load(&args.file) else {
        return INVALID;
    };
    let mut params = params(args);
    for w in params.reconcile(&ds) {
        eprintln!("warning: {}", w.to_string().trim_start_matches("Pantau: "));
    }
    let lang = params.lang.unwrap_or(Lang::Id);
    let shapes = (params.view == pantau::core::params::View::Map)
        .then(|| {
            super::boundaries(
                &args.file,
                &ds,
                args.boundaries.as_ref(),
                args.key.as_deref(),
            )
        })
        .flatten();
    let ctx = Context {
        dataset: Rc::new(ds),
        lang,
        format: Rc::new(PlainFormat(lang)),
        shapes: shapes.map(Rc::new),
    };
    let description = describe(&ctx, &params);
    let mode = match params.theme {
        ThemeChoice::Dark => Mode::Dark,
        ThemeChoice::Light | ThemeChoice::Auto => Mode::Light,
    };
    let palette = Palette::new(mode, params.accent);
    // A whole link (not just its query) is cited in the image, as the
    // browser cites its own address.
    let cited = args
        .link
        .as_deref()
        .filter(|l| l.starts_with("https://") || l.starts_with("http://"));
    match description.svg(args.width.clamp(160.0, 4000.0), &palette, cited) {
        Some(Ok(svg)) => write(&args.out, &svg),
        Some(Err(e)) => {
            eprintln!("error: {e}");
            USAGE
        }
        None => {
            let why = description
                .empty
                .unwrap_or("this view has no chart to draw (the table view is tables only)");
            eprintln!("{}: {why}", args.file.display());
            INVALID
        }
    }
}
