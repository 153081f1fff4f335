//! `pantau summary`.

use super::{LangArg, INVALID, OK};
use pantau::core::format::PlainFormat;
use pantau::core::sentences::{coverage_summary, status_summary, trend_summary};
use pantau::core::stats::year_range;
use pantau::core::text::Lang;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// The dataset.
    #[arg(value_name = "FILE")]
    file: PathBuf,
    /// Language of the sentences.
    #[arg(long, value_enum, default_value_t = LangArg::Id)]
    lang: LangArg,
}

pub fn run(args: &Args) -> u8 {
    let Some(ds) = super::load(&args.file) else {
        return INVALID;
    };
    let lang: Lang = args.lang.into();
    let fmt = PlainFormat(lang);
    println!("{}", ds.title().get(lang));
    if !ds.series().is_empty() {
        let shown: Vec<usize> = (0..ds.series().len()).collect();
        println!(
            "{}",
            trend_summary(&ds, &shown, year_range(&ds, None, None), lang, &fmt)
        );
    }
    for p in 0..ds.programs().len() {
        println!("{}", coverage_summary(&ds, p, None, lang, &fmt));
        println!("{}", status_summary(&ds, p, None, lang, &fmt));
    }
    println!("{}", pantau::core::credits::source_line(&ds, &[], lang));
    OK
}
