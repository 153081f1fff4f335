//! Typed problems found in a dataset, each with the JSON path where it was
//! found and a sentence a publisher can act on, in Indonesian or English.

use super::explain::{suggestion, syntax_sentence, Located, SyntaxReason};
use super::text::Lang;
use std::fmt;

mod warning;
pub use warning::{DatasetWarning, WarningKind};

/// One problem in a dataset: where (a JSON path such as
/// `series[0].points[2].value`, empty for the whole file) and what.
#[derive(Clone, Debug, PartialEq)]
pub struct DatasetError {
    /// JSON path of the offending value; empty for the file as a whole.
    pub path: String,
    /// What is wrong.
    pub kind: ErrorKind,
    /// Where it is, as the publisher knows it (filled in by validation).
    pub at: Option<Located>,
}

/// What can be wrong in a dataset file.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The file is larger than the limit and was not parsed.
    TooLarge { bytes: usize, limit: usize },
    /// The bytes are not UTF-8.
    NotUtf8 { byte: usize },
    /// The JSON itself is malformed: most likely `reason`; `message` is
    /// serde_json's, untranslated, for the other cases.
    Syntax {
        line: usize,
        column: usize,
        message: String,
        reason: SyntaxReason,
    },
    /// Arrays and objects nested deeper than the parser allows.
    TooDeep { line: usize, column: usize },
    /// A required field is absent.
    Missing,
    /// A value has the wrong JSON type or shape.
    WrongType { expected: Expected, got: String },
    /// `format` names another version of pantau.
    UnsupportedVersion { version: String },
    /// `format` is not a pantau format at all.
    NotPantau { got: String },
    /// An id that must be a slug is not one.
    NotSlug { got: String },
    /// A date is not a real `YYYY-MM-DD` date.
    NotDate { got: String },
    /// A country is not an ISO 3166 alpha-2 code.
    NotCountry { got: String },
    /// A link is not `http:` or `https:`.
    NotHttpUrl { got: String },
    /// A language tag of a text is malformed.
    NotLanguageTag { got: String },
    /// A string that must say something is empty.
    Empty,
    /// A series id contains a comma, which the `series` URL parameter uses
    /// to separate ids.
    CommaInId { got: String },
    /// The same id appears twice; `first` is the path of the first one.
    Duplicate { id: String, first: String },
    /// The same year appears twice in one series.
    DuplicateYear { year: i64, first: String },
    /// The same area appears twice in one program's coverage.
    DuplicateCoverage { area: String, first: String },
    /// A source reference names no source; `meant` is the closest id.
    UnknownSource { id: String, meant: Option<String> },
    /// An area reference names no area; `meant` is the closest id, `valid`
    /// every id when there are few.
    UnknownArea {
        id: String,
        meant: Option<String>,
        valid: Vec<String>,
    },
    /// Coverage is given but the dataset has no areas.
    NoAreas,
    /// A year is outside 1900..=2100.
    YearOutOfRange { got: String },
    /// A number is outside its allowed range.
    OutOfRange { min: i64, max: i64, got: String },
    /// A list is longer than allowed.
    TooMany { max: usize, got: usize },
    /// A list is shorter than allowed.
    TooFew { min: usize },
    /// A coverage status is not one of the three; `meant` is the one the
    /// words most likely mean (`terbentuk` is `formed`).
    NotStatus {
        got: String,
        meant: Option<&'static str>,
    },
    /// `formed` and `planned` need the year.
    YearRequired { status: &'static str },
    /// Only one of `lat` and `lon` is given.
    HalfCoordinate,
}

/// The JSON type or shape a value should have had.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Expected {
    Object,
    Array,
    String,
    Integer,
    Number,
    /// A count: a number >= 0 or null for "not reported".
    Count,
    /// A string, or an object of language tags to strings.
    Text,
}

impl Expected {
    fn describe(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Expected::Object, Lang::En) => "an object",
            (Expected::Object, Lang::Id) => "objek",
            (Expected::Array, Lang::En) => "an array",
            (Expected::Array, Lang::Id) => "larik (array)",
            (Expected::String, Lang::En) => "a string",
            (Expected::String, Lang::Id) => "string",
            (Expected::Integer, Lang::En) => "an integer",
            (Expected::Integer, Lang::Id) => "bilangan bulat",
            (Expected::Number, Lang::En) => "a number",
            (Expected::Number, Lang::Id) => "angka",
            (Expected::Count, Lang::En) => "a number >= 0 or null",
            (Expected::Count, Lang::Id) => "angka >= 0 atau null",
            (Expected::Text, Lang::En) => "a string or an object of language tags to strings",
            (Expected::Text, Lang::Id) => "string atau objek berisi tag bahasa dan string",
        }
    }
}

impl DatasetError {
    /// An error at `path`.
    pub fn new(path: impl Into<String>, kind: ErrorKind) -> DatasetError {
        DatasetError {
            path: path.into(),
            kind,
            at: None,
        }
    }

    /// `path: sentence` in `lang` (the sentence alone for whole-file errors).
    pub fn message(&self, lang: Lang) -> String {
        let sentence = self.kind.sentence(lang);
        if self.path.is_empty() {
            sentence
        } else {
            format!("{}: {}", self.path, sentence)
        }
    }
}

impl DatasetError {
    /// The message for publishers: where the problem is as they know it
    /// (the series by label and year, the area by name, counting from 1)
    /// and what to do, then the JSON path on a line of its own.
    pub fn explain(&self, lang: Lang) -> String {
        let sentence = self.kind.sentence(lang);
        match (&self.at, self.path.is_empty()) {
            (Some(at), _) => format!("{}: {sentence}\n{}", at.describe(lang), self.path),
            (None, true) => sentence,
            (None, false) => format!("{}: {sentence}", self.path),
        }
    }
}

impl fmt::Display for DatasetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for DatasetError {}

fn mib(bytes: usize) -> String {
    // In tenths, rounded half up, without a float printer.
    let tenths = (bytes as u64 * 10 + (1 << 19)) >> 20;
    format!("{}.{} MiB", tenths / 10, tenths % 10)
}

impl ErrorKind {
    /// The sentence a publisher reads, without the path.
    pub fn sentence(&self, lang: Lang) -> String {
        use ErrorKind as K;
        let en = lang == Lang::En;
        match self {
            K::TooLarge { bytes, limit } => {
                if en {
                    format!(
                        "the file is {}, more than the {} limit; it was not read",
                        mib(*bytes),
                        mib(*limit)
                    )
                } else {
                    format!(
                        "berkas berukuran {}, melebihi batas {}; berkas tidak dibaca",
                        mib(*bytes),
                        mib(*limit)
                    )
                }
            }
            K::NotUtf8 { byte } => {
                if en {
                    format!("the file is not UTF-8 text (invalid byte at offset {byte})")
                } else {
                    format!("berkas bukan teks UTF-8 (byte tidak valid pada posisi {byte})")
                }
            }
            K::Syntax {
                line,
                column,
                message,
                reason,
            } => syntax_sentence(*reason, *line, *column, message, lang),
            K::TooDeep { line, column } => {
                if en {
                    format!(
                        "arrays and objects are nested too deeply (line {line}, column {column})"
                    )
                } else {
                    format!(
                        "larik dan objek bersarang terlalu dalam (baris {line}, kolom {column})"
                    )
                }
            }
            K::Missing => {
                if en {
                    "is required but missing".into()
                } else {
                    "wajib diisi tetapi tidak ada".into()
                }
            }
            K::WrongType { expected, got } => {
                if en {
                    format!("must be {}, got {got}", expected.describe(lang))
                } else {
                    format!("harus berupa {}, bukan {got}", expected.describe(lang))
                }
            }
            K::UnsupportedVersion { version } => {
                if en {
                    format!("unsupported format version {version}; this widget reads pantau/1")
                } else {
                    format!("versi format {version} tidak didukung; widget ini membaca pantau/1")
                }
            }
            K::NotPantau { got } => {
                if en {
                    format!("must be \"pantau/1\", got {got}")
                } else {
                    format!("harus \"pantau/1\", bukan {got}")
                }
            }
            K::NotSlug { got } => {
                if en {
                    format!("must use only a-z, 0-9 and -, got {got}")
                } else {
                    format!("hanya boleh berisi a-z, 0-9 dan -, bukan {got}")
                }
            }
            K::NotDate { got } => {
                if en {
                    format!("must be a date written YYYY-MM-DD, got {got}")
                } else {
                    format!("harus berupa tanggal YYYY-MM-DD, bukan {got}")
                }
            }
            K::NotCountry { got } => {
                if en {
                    format!("must be a two-letter ISO 3166 country code such as \"ID\", got {got}")
                } else {
                    format!(
                        "harus berupa kode negara ISO 3166 dua huruf seperti \"ID\", bukan {got}"
                    )
                }
            }
            K::NotHttpUrl { got } => {
                if en {
                    format!("must be an http: or https: address, got {got}")
                } else {
                    format!("harus berupa alamat http: atau https:, bukan {got}")
                }
            }
            K::NotLanguageTag { got } => {
                if en {
                    format!("{got} is not a language tag such as \"id\" or \"en\"")
                } else {
                    format!("{got} bukan tag bahasa seperti \"id\" atau \"en\"")
                }
            }
            K::Empty => {
                if en {
                    "must not be empty".into()
                } else {
                    "tidak boleh kosong".into()
                }
            }
            K::CommaInId { got } => {
                if en {
                    format!("must not contain a comma (the series URL parameter separates ids with commas), got {got}")
                } else {
                    format!("tidak boleh berisi koma (parameter URL series memisahkan id dengan koma), bukan {got}")
                }
            }
            K::Duplicate { id, first } => {
                if en {
                    format!("duplicate id \"{id}\" (first used at {first})")
                } else {
                    format!("id \"{id}\" ganda (pertama dipakai di {first})")
                }
            }
            K::DuplicateYear { year, first } => {
                if en {
                    format!("year {year} appears twice in this series (first at {first})")
                } else {
                    format!("tahun {year} muncul dua kali dalam seri ini (pertama di {first})")
                }
            }
            K::DuplicateCoverage { area, first } => {
                if en {
                    format!("area \"{area}\" is listed twice in this program (first at {first})")
                } else {
                    format!(
                        "area \"{area}\" tercantum dua kali dalam program ini (pertama di {first})"
                    )
                }
            }
            K::UnknownSource { id, meant } => {
                let hint = suggestion(meant.as_deref(), &[], lang);
                if en {
                    format!("\"{id}\" is not a source id{hint}")
                } else {
                    format!("\"{id}\" bukan id sumber{hint}")
                }
            }
            K::UnknownArea { id, meant, valid } => {
                let hint = suggestion(meant.as_deref(), valid, lang);
                if en {
                    format!("\"{id}\" is not an area id{hint}")
                } else {
                    format!("\"{id}\" bukan id wilayah{hint}")
                }
            }
            K::NoAreas => {
                if en {
                    "coverage needs the dataset's areas, but there are none".into()
                } else {
                    "cakupan memerlukan daftar area, tetapi dataset tidak memilikinya".into()
                }
            }
            K::YearOutOfRange { got } => {
                if en {
                    format!("must be a year from 1900 to 2100, got {got}")
                } else {
                    format!("harus berupa tahun 1900 sampai 2100, bukan {got}")
                }
            }
            K::OutOfRange { min, max, got } => {
                if en {
                    format!("must be between {min} and {max}, got {got}")
                } else {
                    format!("harus di antara {min} dan {max}, bukan {got}")
                }
            }
            K::TooMany { max, got } => {
                if en {
                    format!("has {got} entries; at most {max} are allowed")
                } else {
                    format!("berisi {got} entri; paling banyak {max}")
                }
            }
            K::TooFew { min } => {
                if en {
                    format!(
                        "needs at least {min} entr{}",
                        if *min == 1 { "y" } else { "ies" }
                    )
                } else {
                    format!("memerlukan paling sedikit {min} entri")
                }
            }
            K::NotStatus { got, meant } => {
                let hint = suggestion(*meant, &[], lang);
                if en {
                    format!("must be \"formed\", \"planned\" or \"none\", got {got}{hint}")
                } else {
                    format!("harus \"formed\", \"planned\" atau \"none\", bukan {got}{hint}")
                }
            }
            K::YearRequired { status } => {
                if en {
                    format!("a \"{status}\" status needs its year")
                } else {
                    format!("status \"{status}\" memerlukan tahunnya")
                }
            }
            K::HalfCoordinate => {
                if en {
                    "give both lat and lon, or neither".into()
                } else {
                    "isi lat dan lon sekaligus, atau kosongkan keduanya".into()
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::mib;

    #[test]
    fn sizes_read_in_mib_to_one_decimal() {
        assert_eq!(mib(8 * 1024 * 1024), "8.0 MiB");
        assert_eq!(mib(8 * 1024 * 1024 + 1), "8.0 MiB");
        assert_eq!(mib(12_345_678), "11.8 MiB");
        assert_eq!(mib(100 * 1024), "0.1 MiB");
        assert_eq!(mib(0), "0.0 MiB");
    }
}
