//! Command-line parsing and the commands.

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
    after_help = "Examples:\n  pantau validate static/data/tanjungpinang.json\n  pantau validate --format json data/*.json\n\nExit status: 0 valid, 1 invalid, 2 usage or I/O error."
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
        after_help = "Examples:\n  pantau validate data/tanjungpinang.json\n  pantau validate --lang id a.json b.json\n  pantau validate --format json data.json\n\nExit status: 0 when every file is valid, 1 when one is invalid, 2 when a file cannot be read."
    )]
    Validate(validate::Args),
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
    };
    ExitCode::from(code)
}
