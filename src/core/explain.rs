//! Messages a data officer understands: where a problem is, named as the
//! officer knows it (the series by its label and the year, the area by its
//! name, counting from 1), what a JSON syntax error most likely is (an
//! extra comma, a decimal comma, curly quotes, a file cut short), and the
//! closest valid value for an unknown id or status. The JSON path stays,
//! on a line of its own, for the technically minded.

use super::text::{shorten, Lang, Text};
use serde_json::Value;

/// Where a problem is, as the person who typed the file knows it.
#[derive(Clone, Debug, PartialEq)]
pub enum Located {
    /// A series (counted from 1, with its label) and, for a value, its year
    /// (or its position when the year is unreadable).
    Series {
        number: usize,
        label: Option<Text>,
        year: Option<i64>,
        point: Option<usize>,
    },
    /// An area, counted from 1, with its name.
    Area { number: usize, name: Option<String> },
    /// A program and an entry of its coverage, with the area it names.
    Program {
        number: usize,
        label: Option<Text>,
        entry: Option<usize>,
        area: Option<String>,
    },
    /// A source, counted from 1, with its name.
    Source { number: usize, name: Option<String> },
    /// An event, counted from 1, with its year.
    Event { number: usize, year: Option<i64> },
}

/// The steps of a JSON path such as `series[0].points[2].value`.
fn steps(path: &str) -> Vec<Result<usize, &str>> {
    path.split(['.', '['])
        .filter(|s| !s.is_empty())
        .map(|s| match s.strip_suffix(']') {
            Some(n) => n.parse().map_err(|_| s),
            None => Err(s),
        })
        .collect()
}

fn text_of(value: Option<&Value>) -> Option<Text> {
    match value? {
        Value::String(s) if !s.trim().is_empty() => Some(Text::plain(s.clone())),
        Value::Object(map) => Text::from_entries(
            map.iter()
                .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_owned())))
                .collect(),
        ),
        _ => None,
    }
}

fn string_of(value: Option<&Value>) -> Option<String> {
    value?.as_str().map(str::to_owned)
}

/// Where `path` points in the file's JSON, when it is inside something a
/// publisher knows by name.
pub fn locate(doc: &Value, path: &str) -> Option<Located> {
    let steps = steps(path);
    let index = |i: usize| match steps.get(i) {
        Some(Ok(n)) => Some(*n),
        _ => None,
    };
    let top = match steps.first() {
        Some(Err(name)) => *name,
        _ => return None,
    };
    match top {
        "series" => {
            let number = index(1)?;
            let series = doc.get("series")?.get(number)?;
            let point = (steps.get(2) == Some(&Err("points")))
                .then(|| index(3))
                .flatten();
            let year = point.and_then(|p| series.get("points")?.get(p)?.get("year")?.as_i64());
            Some(Located::Series {
                number: number + 1,
                label: text_of(series.get("label")),
                year,
                point: point.map(|p| p + 1),
            })
        }
        "areas" if steps.get(1) == Some(&Err("items")) => {
            let number = index(2)?;
            let area = doc.get("areas")?.get("items")?.get(number)?;
            Some(Located::Area {
                number: number + 1,
                name: string_of(area.get("name")),
            })
        }
        "programs" => {
            let number = index(1)?;
            let program = doc.get("programs")?.get(number)?;
            let entry = (steps.get(2) == Some(&Err("coverage")))
                .then(|| index(3))
                .flatten();
            let area = entry.and_then(|e| string_of(program.get("coverage")?.get(e)?.get("area")));
            Some(Located::Program {
                number: number + 1,
                label: text_of(program.get("label")),
                entry: entry.map(|e| e + 1),
                area,
            })
        }
        "sources" => {
            let number = index(1)?;
            let source = doc.get("sources")?.get(number)?;
            Some(Located::Source {
                number: number + 1,
                name: string_of(source.get("name")),
            })
        }
        "events" => {
            let number = index(1)?;
            Some(Located::Event {
                number: number + 1,
                year: doc.get("events")?.get(number)?.get("year")?.as_i64(),
            })
        }
        _ => None,
    }
}

fn quoted_label(label: &Option<Text>, lang: Lang) -> String {
    label
        .as_ref()
        .map(|l| format!(" \u{201c}{}\u{201d}", shorten(l.get(lang), 80)))
        .unwrap_or_default()
}

impl Located {
    /// The place in words: "Series 1 “Cases reported to P2TP2A”, year 2017".
    pub fn describe(&self, lang: Lang) -> String {
        let name = |n: &Option<String>| {
            n.as_ref()
                .map(|n| format!(" \u{201c}{}\u{201d}", shorten(n, 80)))
                .unwrap_or_default()
        };
        match (self, lang) {
            (
                Located::Series {
                    number,
                    label,
                    year,
                    point,
                },
                _,
            ) => {
                let lead = match lang {
                    Lang::En => format!("Series {number}{}", quoted_label(label, lang)),
                    Lang::Id => format!("Seri {number}{}", quoted_label(label, lang)),
                };
                match (year, point, lang) {
                    (Some(y), _, Lang::En) => format!("{lead}, year {y}"),
                    (Some(y), _, Lang::Id) => format!("{lead}, tahun {y}"),
                    (None, Some(p), Lang::En) => format!("{lead}, value {p}"),
                    (None, Some(p), Lang::Id) => format!("{lead}, nilai ke-{p}"),
                    (None, None, _) => lead,
                }
            }
            (Located::Area { number, name: n }, Lang::En) => format!("Area {number}{}", name(n)),
            (Located::Area { number, name: n }, Lang::Id) => format!("Wilayah {number}{}", name(n)),
            (
                Located::Program {
                    number,
                    label,
                    entry,
                    area,
                },
                _,
            ) => {
                let lead = format!("Program {number}{}", quoted_label(label, lang));
                let area = area.as_ref().map(|a| shorten(a, 60).into_owned());
                match (entry, area, lang) {
                    (Some(e), Some(a), Lang::En) => {
                        format!("{lead}, coverage entry {e} (area \u{201c}{a}\u{201d})")
                    }
                    (Some(e), Some(a), Lang::Id) => {
                        format!("{lead}, entri cakupan ke-{e} (wilayah \u{201c}{a}\u{201d})")
                    }
                    (Some(e), None, Lang::En) => format!("{lead}, coverage entry {e}"),
                    (Some(e), None, Lang::Id) => format!("{lead}, entri cakupan ke-{e}"),
                    (None, _, _) => lead,
                }
            }
            (Located::Source { number, name: n }, Lang::En) => {
                format!("Source {number}{}", name(n))
            }
            (Located::Source { number, name: n }, Lang::Id) => {
                format!("Sumber {number}{}", name(n))
            }
            (Located::Event { number, year }, _) => {
                let year = year.map(|y| format!(" ({y})")).unwrap_or_default();
                match lang {
                    Lang::En => format!("Event {number}{year}"),
                    Lang::Id => format!("Peristiwa {number}{year}"),
                }
            }
        }
    }
}

/// What a JSON syntax error most likely is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxReason {
    /// A comma before a closing bracket.
    ExtraComma,
    /// Two commas in a row (`1,,`).
    DoubledComma,
    /// A comma or a quotation mark is missing.
    MissingCommaOrQuote,
    /// A decimal comma (`87,5`) where JSON wants a point.
    DecimalComma,
    /// Curly quotation marks, as word processors write them.
    CurlyQuotes,
    /// The file ends in the middle of a value.
    CutShort,
    /// The file does not begin as a JSON document does: a web page, a
    /// spreadsheet or plain text.
    NotJson,
    /// A word without quotation marks where a value stands.
    UnquotedText,
    /// More follows the end of the document.
    TrailingCharacters,
    /// A number JSON cannot read (`87.`, `-`).
    BadNumber,
    /// A number beyond what a double holds (`1e400`).
    NumberTooLarge,
    /// A line break or a tab inside a string.
    ControlCharacter,
    /// A backslash JSON does not allow inside a string.
    BadEscape,
    /// Something else; the parser's own words are kept.
    Other,
}

/// The byte offset in `text` of serde_json's 1-based `line` and `column`.
/// Its column counts bytes (it reads bytes), so on a line with `é` or `—`
/// it is further right than the character an editor shows.
fn offset(text: &str, line: usize, column: usize) -> usize {
    let start = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum::<usize>();
    let mut at = (start + column.saturating_sub(1)).min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// serde_json's `line` and `column` (in bytes) as an editor shows them:
/// the column in characters, counting from 1.
pub fn position(text: &str, line: usize, column: usize) -> (usize, usize) {
    line_column(text, offset(text, line, column))
}

/// 1-based line and column of byte `at`.
fn line_column(text: &str, at: usize) -> (usize, usize) {
    let before = text.get(..at).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// What the parser's `message` at `line`:`column` most likely means, and
/// where to look: for an extra comma, the comma itself rather than the
/// bracket after it.
pub fn diagnose(
    text: &str,
    message: &str,
    line: usize,
    column: usize,
) -> (SyntaxReason, usize, usize) {
    let at = offset(text, line, column);
    let (line, column) = line_column(text, at);
    let before = text.get(..at).unwrap_or_default();
    let near = text
        .get(at.saturating_sub(3)..(at + 3).min(text.len()))
        .unwrap_or_default();
    let prev = before.trim_end().chars().last();
    let prev_prev = before.trim_end().chars().rev().nth(1);
    let here = text.get(at..).and_then(|t| t.chars().next());
    let body = text.trim_start();
    if body.starts_with(|c| c != '{' && c != '[') {
        let (line, column) = line_column(text, text.len() - body.len());
        return (SyntaxReason::NotJson, line, column);
    }
    if near.contains(['\u{201c}', '\u{201d}', '\u{2018}', '\u{2019}']) {
        return (SyntaxReason::CurlyQuotes, line, column);
    }
    // The parser's messages that name one cause (serde_json's `ErrorCode`).
    let by_message = [
        ("trailing characters", SyntaxReason::TrailingCharacters),
        ("invalid number", SyntaxReason::BadNumber),
        ("number out of range", SyntaxReason::NumberTooLarge),
        ("control character", SyntaxReason::ControlCharacter),
        ("invalid escape", SyntaxReason::BadEscape),
        ("invalid unicode code point", SyntaxReason::BadEscape),
        ("unexpected end of hex escape", SyntaxReason::BadEscape),
        ("lone leading surrogate", SyntaxReason::BadEscape),
        ("expected ident", SyntaxReason::UnquotedText),
    ];
    if let Some((_, reason)) = by_message.iter().find(|(m, _)| message.starts_with(m)) {
        return (*reason, line, column);
    }
    if message.starts_with("expected value") && here.is_some_and(|c| c.is_ascii_alphabetic()) {
        return (SyntaxReason::UnquotedText, line, column);
    }
    if message.starts_with("EOF while parsing") {
        return (SyntaxReason::CutShort, line, column);
    }
    if message.starts_with("trailing comma") {
        let comma = before.trim_end().len().saturating_sub(1);
        let (l, c) = if prev == Some(',') {
            line_column(text, comma)
        } else {
            (line, column)
        };
        return (SyntaxReason::ExtraComma, l, c);
    }
    if prev == Some(',')
        && prev_prev.is_some_and(|c| c.is_ascii_digit())
        && here.is_some_and(|c| c.is_ascii_digit())
    {
        return (SyntaxReason::DecimalComma, line, column);
    }
    // `1,,` or `[1, , 2]`: the parser wants a value or a key where a
    // second comma stands.
    if here == Some(',')
        && prev == Some(',')
        && (message.starts_with("expected value") || message.starts_with("key must be a string"))
    {
        return (SyntaxReason::DoubledComma, line, column);
    }
    if message.starts_with("expected `,`")
        || message.starts_with("key must be a string")
        || message.starts_with("expected `:`")
        || message.starts_with("expected value")
    {
        return (SyntaxReason::MissingCommaOrQuote, line, column);
    }
    (SyntaxReason::Other, line, column)
}

/// serde_json's own words for `e`, without the " at line L column C" it
/// appends (the position is given in characters instead).
pub fn parser_words(e: &serde_json::Error) -> String {
    let full = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    full.strip_suffix(&suffix).unwrap_or(&full).to_string()
}

/// The syntax error in words, with its hint.
pub fn syntax_sentence(
    reason: SyntaxReason,
    line: usize,
    column: usize,
    message: &str,
    lang: Lang,
) -> String {
    let (lead, hint) = match (reason, lang) {
        (_, Lang::En) => (format!("JSON syntax error at line {line}, column {column}"), match reason {
            SyntaxReason::ExtraComma => "an extra comma before a closing bracket: remove it".to_owned(),
            SyntaxReason::DoubledComma => "two commas in a row: remove one of them".to_owned(),
            SyntaxReason::MissingCommaOrQuote => "a comma or a quotation mark is missing here (between two values, or around a text)".to_owned(),
            SyntaxReason::DecimalComma => "a decimal comma: write numbers with a point, 87.5 and not 87,5".to_owned(),
            SyntaxReason::CurlyQuotes => "curly quotation marks (\u{201c} \u{201d}), as a word processor writes them: use straight ones (\")".to_owned(),
            SyntaxReason::CutShort => "the file ends too early, as if cut short: check that it was saved and uploaded whole".to_owned(),
            SyntaxReason::NotJson => "this is not a JSON file: a dataset begins with {. Check that the address leads to the .json file itself, not to a web page or a spreadsheet".to_owned(),
            SyntaxReason::UnquotedText => "text without quotation marks: put text between straight quotation marks (\"…\"), and write true, false and null in lower case".to_owned(),
            SyntaxReason::TrailingCharacters => "the data has already ended before this point: remove what is here, most often one closing brace } or bracket ] too many".to_owned(),
            SyntaxReason::BadNumber => "a number JSON cannot read: write decimals with a point, without spaces or thousands separators (87.5, 1500)".to_owned(),
            SyntaxReason::NumberTooLarge => "a number too large to read (over about 1.8e308)".to_owned(),
            SyntaxReason::ControlCharacter => "a line break or a tab inside a text: most often the text's closing quotation mark (\") is missing before it; a break meant to be in the text is written \\n".to_owned(),
            SyntaxReason::BadEscape => "a backslash (\\) inside a text that JSON cannot read: write it twice (\\\\), or use a slash (/)".to_owned(),
            SyntaxReason::Other => message.to_owned(),
        }),
        (_, Lang::Id) => (format!("kesalahan sintaks JSON pada baris {line}, kolom {column}"), match reason {
            SyntaxReason::ExtraComma => "ada koma berlebih sebelum tanda kurung penutup: hapus koma itu".to_owned(),
            SyntaxReason::DoubledComma => "ada dua koma berturut-turut: hapus salah satunya".to_owned(),
            SyntaxReason::MissingCommaOrQuote => "ada koma atau tanda kutip yang hilang di sini (di antara dua nilai, atau di sekitar teks)".to_owned(),
            SyntaxReason::DecimalComma => "koma desimal: tulis angka dengan titik, 87.5 dan bukan 87,5".to_owned(),
            SyntaxReason::CurlyQuotes => "tanda kutip miring (\u{201c} \u{201d}) seperti dari pengolah kata: gunakan tanda kutip lurus (\")".to_owned(),
            SyntaxReason::CutShort => "berkas berakhir terlalu cepat, seperti terpotong: pastikan berkas disimpan dan diunggah utuh".to_owned(),
            SyntaxReason::NotJson => "ini bukan berkas JSON: dataset diawali dengan {. Pastikan alamatnya menuju berkas .json itu sendiri, bukan halaman web atau lembar kerja".to_owned(),
            SyntaxReason::UnquotedText => "ada teks tanpa tanda kutip: apit teks dengan tanda kutip lurus (\"…\"), dan tulis true, false dan null dengan huruf kecil".to_owned(),
            SyntaxReason::TrailingCharacters => "data sudah berakhir sebelum titik ini: hapus yang ada di sini, biasanya satu kurung kurawal } atau kurung siku ] yang berlebih".to_owned(),
            SyntaxReason::BadNumber => "angka yang tidak dapat dibaca JSON: tulis desimal dengan titik, tanpa spasi atau pemisah ribuan (87.5, 1500)".to_owned(),
            SyntaxReason::NumberTooLarge => "angka terlalu besar untuk dibaca (lebih dari sekitar 1,8e308)".to_owned(),
            SyntaxReason::ControlCharacter => "ada baris baru atau tab di dalam teks: biasanya tanda kutip penutup teks (\") hilang sebelumnya; baris baru yang memang bagian dari teks ditulis \\n".to_owned(),
            SyntaxReason::BadEscape => "ada garis miring terbalik (\\) di dalam teks yang tidak dapat dibaca JSON: tulis dua kali (\\\\), atau gunakan garis miring (/)".to_owned(),
            SyntaxReason::Other => format!("pesan pengurai (dalam bahasa Inggris): {message}"),
        }),
    };
    format!("{lead}: {hint}")
}

/// The candidate closest to `got` (by edit distance, ignoring case), when
/// it is close enough to be what was meant: two edits at most, or most of
/// the word alike ("sungai-jang" for "sei-jang", Sei being short for Sungai).
pub fn closest<'a>(got: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<String> {
    let got = got.to_ascii_lowercase();
    candidates
        .into_iter()
        .map(|c| {
            let c_lower = c.to_ascii_lowercase();
            let edits = strsim::levenshtein(&got, &c_lower);
            let alike = strsim::normalized_levenshtein(&got, &c_lower);
            (edits, alike, c)
        })
        .filter(|(edits, alike, _)| *edits <= 2 || *alike >= 0.6)
        .min_by_key(|(edits, _, _)| *edits)
        .map(|(_, _, c)| c.to_owned())
}

/// The status meant by what was typed: the interface's own words (in
/// either language) or a near miss of `formed`, `planned` or `none`.
pub fn status_meant(got: &str) -> Option<&'static str> {
    let words = got.trim().to_ascii_lowercase();
    let by_word = match words.as_str() {
        "terbentuk" | "sudah terbentuk" | "sudah" | "ada" => Some("formed"),
        "direncanakan" | "rencana" | "planned for" => Some("planned"),
        "belum ada" | "belum" | "tidak ada" | "none yet" => Some("none"),
        _ => None,
    };
    by_word.or_else(
        || match closest(&words, ["formed", "planned", "none"])?.as_str() {
            "formed" => Some("formed"),
            "planned" => Some("planned"),
            _ => Some("none"),
        },
    )
}

/// "; did you mean “x”?" (and the valid values, when there are few).
pub fn suggestion(meant: Option<&str>, valid: &[String], lang: Lang) -> String {
    let mut out = String::new();
    if let Some(m) = meant {
        out.push_str(&match lang {
            Lang::En => format!("; did you mean \u{201c}{m}\u{201d}?"),
            Lang::Id => format!("; maksudnya \u{201c}{m}\u{201d}?"),
        });
    }
    if !valid.is_empty() && valid.len() <= 20 {
        let list = valid.join(", ");
        out.push_str(&match (lang, meant.is_some()) {
            (Lang::En, true) => format!(" Valid: {list}."),
            (Lang::En, false) => format!("; valid: {list}."),
            (Lang::Id, true) => format!(" Yang sah: {list}."),
            (Lang::Id, false) => format!("; yang sah: {list}."),
        });
    }
    out
}

#[cfg(test)]
mod tests;
