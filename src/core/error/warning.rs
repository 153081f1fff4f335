//! Things worth a publisher's attention that do not stop a dataset from
//! being drawn.

use crate::core::text::Lang;
use std::fmt;

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
    UnusableFeature {
        problem: crate::core::geo::FeatureProblem,
    },
    /// An area that has no boundary feature.
    AreaWithoutBoundary { area: String },
    /// Areas with no centroid cannot be placed on a dot map.
    AreaWithoutPosition { area: String },
    /// Boundaries that do not say whom they are from: most licences for
    /// them ask to be named.
    BoundariesWithoutAttribution,
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
            WarningKind::BoundariesWithoutAttribution => if en {
                "no \"attribution\": name whom the boundaries are from, as their licence asks (e.g. \"BPS / OCHA, via HDX\")"
            } else {
                "tidak ada \"attribution\": sebutkan asal batas wilayah, seperti diminta lisensinya (mis. \"BPS / OCHA, via HDX\")"
            }
            .to_owned(),
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
