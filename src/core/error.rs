//! Typed problems found in a dataset, each with the JSON path where it was
//! found and a sentence a publisher can act on, in Indonesian or English.

use super::text::Lang;
use std::fmt;

/// One problem in a dataset: where (a JSON path such as
/// `series[0].points[2].value`, empty for the whole file) and what.
#[derive(Clone, Debug, PartialEq)]
pub struct DatasetError {
    /// JSON path of the offending value; empty for the file as a whole.
    pub path: String,
    /// What is wrong.
    pub kind: ErrorKind,
}

/// What can be wrong in a dataset file.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The file is larger than the limit and was not parsed.
    TooLarge { bytes: usize, limit: usize },
    /// The bytes are not UTF-8.
    NotUtf8 { byte: usize },
    /// The JSON itself is malformed; `message` is serde_json's, untranslated.
    Syntax {
        line: usize,
        column: usize,
        message: String,
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
    /// A source reference names no source.
    UnknownSource { id: String },
    /// An area reference names no area.
    UnknownArea { id: String },
    /// Coverage is given but the dataset has no areas.
    NoAreas,
    /// A year is outside 1900..=2100.
    YearOutOfRange { got: String },
    /// A number is outside its allowed range.
    OutOfRange { min: f64, max: f64, got: String },
    /// A list is longer than allowed.
    TooMany { max: usize, got: usize },
    /// A list is shorter than allowed.
    TooFew { min: usize },
    /// A coverage status is not one of the three.
    NotStatus { got: String },
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

impl fmt::Display for DatasetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for DatasetError {}

fn mib(bytes: usize) -> String {
    format!("{:.1} MiB", bytes as f64 / (1024.0 * 1024.0))
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
            } => {
                if en {
                    format!("JSON syntax error at line {line}, column {column}: {message}")
                } else {
                    format!("kesalahan sintaks JSON pada baris {line}, kolom {column}: {message}")
                }
            }
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
            K::UnknownSource { id } => {
                if en {
                    format!("\"{id}\" is not a source id")
                } else {
                    format!("\"{id}\" bukan id sumber")
                }
            }
            K::UnknownArea { id } => {
                if en {
                    format!("\"{id}\" is not an area id")
                } else {
                    format!("\"{id}\" bukan id area")
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
            K::NotStatus { got } => {
                if en {
                    format!("must be \"formed\", \"planned\" or \"none\", got {got}")
                } else {
                    format!("harus \"formed\", \"planned\" atau \"none\", bukan {got}")
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

/// Something worth a publisher's attention that does not stop the dataset
/// from being drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct DatasetWarning {
    /// JSON path, as for errors.
    pub path: String,
    /// What was noticed.
    pub kind: WarningKind,
}

/// What a warning is about.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum WarningKind {
    /// A field this version of the format does not know; it is ignored.
    UnknownField { name: String },
    /// A boundary feature whose key matches no area.
    UnmatchedFeature { key: String },
    /// A boundary feature with no usable key or geometry.
    UnusableFeature { problem: super::geo::FeatureProblem },
    /// An area that has no boundary feature.
    AreaWithoutBoundary { area: String },
    /// Areas with no centroid cannot be placed on a dot map.
    AreaWithoutPosition { area: String },
}

impl DatasetWarning {
    /// `path: sentence` in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let en = lang == Lang::En;
        let sentence = match &self.kind {
            WarningKind::UnknownField { name } => {
                if en {
                    format!("unknown field \"{name}\" is ignored")
                } else {
                    format!("kolom \"{name}\" tidak dikenal dan diabaikan")
                }
            }
            WarningKind::UnmatchedFeature { key } => {
                if en {
                    format!("boundary feature \"{key}\" matches no area")
                } else {
                    format!("fitur batas wilayah \"{key}\" tidak cocok dengan area mana pun")
                }
            }
            WarningKind::UnusableFeature { problem } => {
                let reason = problem.message(lang);
                if en {
                    format!("boundary feature skipped: {reason}")
                } else {
                    format!("fitur batas wilayah dilewati: {reason}")
                }
            }
            WarningKind::AreaWithoutBoundary { area } => {
                if en {
                    format!("area \"{area}\" has no boundary feature")
                } else {
                    format!("area \"{area}\" tidak memiliki fitur batas wilayah")
                }
            }
            WarningKind::AreaWithoutPosition { area } => {
                if en {
                    format!("area \"{area}\" has no lat/lon and is not on the map")
                } else {
                    format!("area \"{area}\" tidak memiliki lat/lon dan tidak tampil di peta")
                }
            }
        };
        if self.path.is_empty() {
            sentence
        } else {
            format!("{}: {}", self.path, sentence)
        }
    }
}

impl fmt::Display for DatasetWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}
