//! Reading a spreadsheet's CSV file into rows with their line numbers, and
//! the problems found in input files, in English and Indonesian.

use std::fmt;

/// A problem in an input file, with its position.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputError {
    pub file: String,
    /// 1-based line, when known.
    pub line: Option<u64>,
    /// 1-based column (field), when known.
    pub column: Option<usize>,
    /// What is wrong, in English (the command-line tool's language).
    pub message: String,
    /// The same in Indonesian, for the publisher page.
    pub pesan: String,
}

impl InputError {
    /// `file:line:column: message` in `lang`.
    pub fn in_lang(&self, lang: crate::core::text::Lang) -> String {
        let text = match lang {
            crate::core::text::Lang::En => &self.message,
            crate::core::text::Lang::Id => &self.pesan,
        };
        match (self.line, self.column) {
            (Some(l), Some(c)) => format!("{}:{l}:{c}: {text}", self.file),
            (Some(l), None) => format!("{}:{l}: {text}", self.file),
            _ => format!("{}: {text}", self.file),
        }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.column) {
            (Some(l), Some(c)) => write!(f, "{}:{l}:{c}: {}", self.file, self.message),
            (Some(l), None) => write!(f, "{}:{l}: {}", self.file, self.message),
            _ => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// A named input file's text.
pub struct Input<'a> {
    pub name: &'a str,
    pub text: &'a str,
}

pub(super) struct Table<'a> {
    pub(super) name: &'a str,
    pub(super) headers: Vec<String>,
    pub(super) rows: Vec<(u64, csv::StringRecord)>,
}

impl Table<'_> {
    pub(super) fn column(&self, name: &str) -> Option<usize> {
        self.headers
            .iter()
            .position(|h| h.eq_ignore_ascii_case(name))
    }

    pub(super) fn error(
        &self,
        line: Option<u64>,
        column: Option<usize>,
        message: impl Into<String>,
        pesan: impl Into<String>,
    ) -> InputError {
        InputError {
            file: self.name.to_owned(),
            line,
            column: column.map(|c| c + 1),
            message: message.into(),
            pesan: pesan.into(),
        }
    }
}

pub(super) fn read_table<'a>(
    input: &Input<'a>,
    required: &[&str],
    errors: &mut Vec<InputError>,
) -> Option<Table<'a>> {
    let text = input.text.strip_prefix('\u{feff}').unwrap_or(input.text);
    let mut reader = csv::ReaderBuilder::new()
        .comment(Some(b'#'))
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(str::to_owned).collect(),
        Err(e) => {
            errors.push(InputError {
                file: input.name.to_owned(),
                line: e.position().map(|p| p.line()),
                column: None,
                message: e.to_string(),
                pesan: format!("CSV tidak dapat dibaca ({e})"),
            });
            return None;
        }
    };
    let mut table = Table {
        name: input.name,
        headers,
        rows: Vec::new(),
    };
    let missing: Vec<&str> = required
        .iter()
        .copied()
        .filter(|r| table.column(r).is_none())
        .collect();
    if !missing.is_empty() {
        errors.push(table.error(
            Some(1),
            None,
            format!(
                "the header row needs the column{} {}",
                if missing.len() == 1 { "" } else { "s" },
                missing.join(", ")
            ),
            format!("baris judul memerlukan kolom {}", missing.join(", ")),
        ));
        return None;
    }
    for record in reader.records() {
        match record {
            Ok(r) => {
                let line = r.position().map_or(0, |p| p.line());
                // Blank rows, and the notes block Pantau's export writes
                // after its data (quoted cells starting with "#").
                if r.iter().all(str::is_empty) || r.get(0).is_some_and(|c| c.starts_with('#')) {
                    continue;
                }
                table.rows.push((line, r));
            }
            Err(e) => errors.push(table.error(
                e.position().map(|p| p.line()),
                None,
                e.to_string(),
                format!("CSV tidak dapat dibaca ({e})"),
            )),
        }
    }
    Some(table)
}

/// A cell's text, without the apostrophe Pantau's CSV export puts before
/// a text that a spreadsheet would otherwise run as a formula.
pub(super) fn cell(record: &csv::StringRecord, column: Option<usize>) -> &str {
    let text = column.and_then(|c| record.get(c)).unwrap_or("");
    match text.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r', '\'']) => rest,
        _ => text,
    }
}
