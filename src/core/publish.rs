//! What the publisher page does with the files an officer gives it, with no
//! browser in it: recognise each file (a dataset, the metadata, the series
//! or the areas CSV), convert the spreadsheet files as `pantau from-csv`
//! does, and validate the result with the widget's own validator.

use super::import::{from_csv, Input};
use super::model::Dataset;
use super::text::Lang;
use super::validate::check;

/// A file as the officer gave it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Upload {
    pub name: String,
    pub text: String,
}

/// What a file is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A whole `pantau/1` dataset.
    Dataset,
    /// The metadata that goes with the CSV files.
    Meta,
    /// Yearly values: `series,year,value`.
    Series,
    /// Areas and their coverage: `area,group,…`.
    Areas,
    /// Something else.
    Unknown,
}

impl Kind {
    /// The kind in words.
    pub fn name(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Kind::Dataset, Lang::Id) => "dataset pantau/1",
            (Kind::Dataset, Lang::En) => "pantau/1 dataset",
            (Kind::Meta, Lang::Id) => "berkas metadata",
            (Kind::Meta, Lang::En) => "metadata file",
            (Kind::Series, Lang::Id) => "CSV seri tahunan",
            (Kind::Series, Lang::En) => "yearly series CSV",
            (Kind::Areas, Lang::Id) => "CSV wilayah dan cakupan",
            (Kind::Areas, Lang::En) => "areas and coverage CSV",
            (Kind::Unknown, Lang::Id) => "tidak dikenali (bukan .json atau .csv Pantau)",
            (Kind::Unknown, Lang::En) => "not recognised (not a Pantau .json or .csv)",
        }
    }
}

/// Recognises a file by its name and first line.
pub fn classify(upload: &Upload) -> Kind {
    let name = upload.name.to_ascii_lowercase();
    if name.ends_with(".json") {
        // A dataset holds the numbers (points, areas, coverage); the
        // metadata file leaves them to the CSV files. Read as text, so a
        // dataset with a syntax error is still recognised (and its error
        // reported).
        let numbers = ["\"points\"", "\"items\"", "\"coverage\""];
        return if numbers.iter().any(|key| upload.text.contains(key)) {
            Kind::Dataset
        } else {
            Kind::Meta
        };
    }
    if name.ends_with(".csv") {
        let header = upload
            .text
            .trim_start_matches('\u{feff}')
            .lines()
            .find(|l| !l.trim_start().starts_with('#') && !l.trim().is_empty())
            .unwrap_or_default()
            .to_ascii_lowercase();
        let columns: Vec<&str> = header.split([',', ';']).map(str::trim).collect();
        if columns.contains(&"series") {
            return Kind::Series;
        }
        if columns.contains(&"area") {
            return Kind::Areas;
        }
    }
    Kind::Unknown
}

/// What the files came to.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// The dataset as it will be uploaded, when the files make one.
    pub json: Option<String>,
    /// The validated dataset, when there are no problems.
    pub dataset: Option<Dataset>,
    /// Every problem, in plain words (the JSON path on a second line).
    pub problems: Vec<String>,
    /// Things worth a look that do not stop publishing.
    pub warnings: Vec<String>,
}

fn what_is_missing(lang: Lang) -> String {
    match lang {
        Lang::Id => "Tambahkan dataset pantau/1 (.json), atau berkas metadata (.json) beserta CSV seri dan/atau CSV wilayah.".into(),
        Lang::En => "Add a pantau/1 dataset (.json), or the metadata file (.json) with the series CSV and/or the areas CSV.".into(),
    }
}

/// Checks the files: a dataset is validated as it is; metadata and CSV
/// files are converted first. The last file of each kind counts, so a
/// corrected file replaces the one before it.
pub fn check_uploads(uploads: &[Upload], lang: Lang) -> Outcome {
    let last = |kind: Kind| uploads.iter().rev().find(|u| classify(u) == kind);
    let text = match (last(Kind::Dataset), last(Kind::Meta)) {
        (Some(dataset), _) => dataset.text.clone(),
        (None, Some(meta)) => {
            fn input(u: &Upload) -> Input<'_> {
                Input {
                    name: u.name.as_str(),
                    text: u.text.as_str(),
                }
            }
            let (series, areas) = (last(Kind::Series), last(Kind::Areas));
            if series.is_none() && areas.is_none() {
                return Outcome {
                    json: None,
                    dataset: None,
                    problems: vec![what_is_missing(lang)],
                    warnings: Vec::new(),
                };
            }
            let converted = from_csv(
                &input(meta),
                series.map(input).as_ref(),
                areas.map(input).as_ref(),
            );
            match converted.map(|doc| serde_json::to_string_pretty(&doc)) {
                Ok(Ok(text)) => text + "\n",
                Ok(Err(e)) => {
                    return Outcome {
                        json: None,
                        dataset: None,
                        problems: vec![e.to_string()],
                        warnings: Vec::new(),
                    }
                }
                Err(errors) => {
                    return Outcome {
                        json: None,
                        dataset: None,
                        problems: errors.iter().map(|e| e.in_lang(lang)).collect(),
                        warnings: Vec::new(),
                    }
                }
            }
        }
        (None, None) => {
            return Outcome {
                json: None,
                dataset: None,
                problems: vec![what_is_missing(lang)],
                warnings: Vec::new(),
            }
        }
    };
    let report = check(&text);
    let warnings = report.warnings.iter().map(|w| w.message(lang)).collect();
    match report.result {
        Ok(dataset) => Outcome {
            json: Some(text),
            dataset: Some(dataset),
            problems: Vec::new(),
            warnings,
        },
        Err(errors) => Outcome {
            json: Some(text),
            dataset: None,
            problems: errors.iter().map(|e| e.explain(lang)).collect(),
            warnings,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn upload(name: &str, text: &str) -> Upload {
        Upload {
            name: name.into(),
            text: text.into(),
        }
    }

    fn example() -> Vec<Upload> {
        vec![
            upload("meta.json", include_str!("../../static/contoh/meta.json")),
            upload("series.csv", include_str!("../../static/contoh/series.csv")),
            upload("areas.csv", include_str!("../../static/contoh/areas.csv")),
        ]
    }

    #[test]
    fn files_are_recognised_by_name_and_header() {
        let kinds: Vec<Kind> = example().iter().map(classify).collect();
        assert_eq!(kinds, [Kind::Meta, Kind::Series, Kind::Areas]);
        let ds = upload(
            "data.json",
            include_str!("../../static/data/tanjungpinang.json"),
        );
        assert_eq!(classify(&ds), Kind::Dataset);
        assert_eq!(classify(&upload("notes.txt", "hello")), Kind::Unknown);
        let exported = upload("x.csv", "# Source: someone\nseries,year,value\n");
        assert_eq!(classify(&exported), Kind::Series);
    }

    #[test]
    fn the_example_files_make_the_default_numbers() {
        let outcome = check_uploads(&example(), Lang::Id);
        assert_eq!(outcome.problems, Vec::<String>::new());
        let ds = outcome.dataset.expect("valid");
        assert_eq!(ds.series()[0].points().len(), 3);
        assert!(outcome.json.expect("json").contains("\"value\": 150"));
    }

    #[test]
    fn a_problem_is_in_plain_indonesian_and_a_corrected_file_replaces_it() {
        let mut files = example();
        let wrong =
            include_str!("../../static/contoh/areas.csv").replacen(",formed,", ",terbentuk,", 1);
        files.push(upload("areas-2.csv", &wrong));
        let outcome = check_uploads(&files, Lang::Id);
        assert!(outcome.dataset.is_none());
        assert!(
            outcome
                .problems
                .iter()
                .any(|p| p == "areas-2.csv:2:4: status harus formed, planned, none atau kosong, bukan \"terbentuk\"; maksudnya \"formed\"?"),
            "{:?}",
            outcome.problems
        );
        files.push(upload(
            "areas-3.csv",
            include_str!("../../static/contoh/areas.csv"),
        ));
        assert!(check_uploads(&files, Lang::Id).dataset.is_some());
    }

    #[test]
    fn nothing_usable_says_what_to_add() {
        let outcome = check_uploads(&[upload("series.csv", "series,year,value\n")], Lang::En);
        assert!(outcome.problems[0].starts_with("Add a pantau/1 dataset"));
    }
}
