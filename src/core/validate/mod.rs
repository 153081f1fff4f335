//! Turns the text of a file into a [`Dataset`], or into the list of every
//! problem in it, each with its JSON path.

use super::error::{DatasetError, DatasetWarning, ErrorKind, Expected};
use super::model::Dataset;
use super::raw::{fields, Obj};
use serde_json::Value;
use values::Checker;

mod areas;
mod dataset;
mod values;

pub(crate) use values::describe;

/// Files larger than this are refused before parsing.
pub const MAX_BYTES: usize = 8 * 1024 * 1024;
/// At most this many series.
pub const MAX_SERIES: usize = 64;
/// At most this many points in one series.
pub const MAX_POINTS: usize = 500;
/// At most this many areas.
pub const MAX_AREAS: usize = 5000;

/// Everything validation found out about a file.
#[derive(Debug)]
pub struct Report {
    /// The dataset, or every error that keeps it from being drawn (never
    /// both: a dataset with errors is never drawn half-way).
    pub result: Result<Dataset, Vec<DatasetError>>,
    /// Things worth a look, whether or not there were errors.
    pub warnings: Vec<DatasetWarning>,
}

/// Validates the bytes of a file: size first, then UTF-8, then everything else.
pub fn check_bytes(bytes: &[u8]) -> Report {
    if bytes.len() > MAX_BYTES {
        return Report::failed(too_large(bytes.len()));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => check(text),
        Err(e) => Report::failed(DatasetError::new(
            "",
            ErrorKind::NotUtf8 {
                byte: e.valid_up_to(),
            },
        )),
    }
}

/// Validates the text of a file.
pub fn check(text: &str) -> Report {
    if text.len() > MAX_BYTES {
        return Report::failed(too_large(text.len()));
    }
    // A byte-order mark is common in files saved by spreadsheet tools.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(e) => return Report::failed(syntax_error(&e, text)),
    };
    let Some(raw) = Obj::new(&value, fields::DATASET) else {
        return Report::failed(DatasetError::new(
            "",
            ErrorKind::WrongType {
                expected: Expected::Object,
                got: describe(&value),
            },
        ));
    };
    let mut checker = Checker::default();
    let dataset = checker.dataset(raw);
    let result = match dataset {
        Some(dataset) if checker.errors.is_empty() => Ok(dataset),
        _ => {
            let mut errors = checker.errors;
            for e in &mut errors {
                e.at = super::explain::locate(&value, &e.path);
            }
            Err(errors)
        }
    };
    Report {
        result,
        warnings: checker.warnings,
    }
}

/// Validates text into a dataset, or every error.
pub fn parse(text: &str) -> Result<Dataset, Vec<DatasetError>> {
    check(text).result
}

/// Reads the bytes of a file into a dataset, or every error found.
pub fn parse_bytes(bytes: &[u8]) -> Result<Dataset, Vec<DatasetError>> {
    check_bytes(bytes).result
}

impl Report {
    /// The errors; none when the dataset was read.
    pub fn errors(&self) -> &[DatasetError] {
        self.result.as_ref().err().map_or(&[], Vec::as_slice)
    }

    fn failed(error: DatasetError) -> Report {
        Report {
            result: Err(vec![error]),
            warnings: Vec::new(),
        }
    }
}

fn too_large(bytes: usize) -> DatasetError {
    DatasetError::new(
        "",
        ErrorKind::TooLarge {
            bytes,
            limit: MAX_BYTES,
        },
    )
}

fn syntax_error(e: &serde_json::Error, text: &str) -> DatasetError {
    let (line, column) = (e.line(), e.column());
    let message = super::explain::parser_words(e);
    let kind = if message.starts_with("recursion limit exceeded") {
        let (line, column) = super::explain::position(text, line, column);
        ErrorKind::TooDeep { line, column }
    } else {
        let (reason, line, column) = super::explain::diagnose(text, &message, line, column);
        ErrorKind::Syntax {
            line,
            column,
            message,
            reason,
        }
    };
    DatasetError::new("", kind)
}
