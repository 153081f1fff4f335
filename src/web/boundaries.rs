//! The map's boundaries: fetched and read when the map is first shown,
//! with what went wrong said under the map, never as an error.

use super::fetch::{absolute, fetch_bytes, page_url};
use super::Shared;
use crate::core::error::DatasetWarning;
use crate::core::geo::{self, GeoError, Shapes};
use crate::core::loading::LoadError;
use crate::core::model::Dataset;
use crate::core::text::Lang;
use std::rc::Rc;

/// Where the boundaries are. Not `PartialEq`: comparing the warnings and
/// errors inside would bring their equality code into the wasm (1 KB gzip)
/// for checks that only need the variant.
#[derive(Clone)]
pub enum Bounds {
    /// The dataset names none: a dot map.
    None,
    Loading,
    Loaded(Shared<Shapes>, Rc<Vec<DatasetWarning>>),
    /// They could not be used; the dot map is drawn and this is said.
    Failed(Rc<BoundsError>),
}

/// Why boundaries could not be used.
pub enum BoundsError {
    Load(LoadError),
    Geo(geo::GeoError),
}

impl BoundsError {
    fn message(&self, lang: Lang) -> String {
        match self {
            BoundsError::Load(e) => e.headline(lang),
            BoundsError::Geo(e) => e.message(lang),
        }
    }
}

impl Bounds {
    /// The shapes to draw, once loaded.
    pub fn shapes(&self) -> Option<Shared<Shapes>> {
        match self {
            Bounds::Loaded(shapes, _) => Some(shapes.clone()),
            _ => None,
        }
    }

    /// The notes under the map: the view's own (`described`), with what
    /// the boundaries' reading found.
    pub fn notes(&self, described: &[String], lang: Lang) -> Vec<String> {
        let mut notes = described.to_vec();
        match self {
            Bounds::Loaded(_, warnings) => notes.extend(warnings.iter().map(|w| w.message(lang))),
            Bounds::Failed(error) => notes.insert(0, error.message(lang)),
            _ => {}
        }
        notes
    }
}

/// The boundaries file `ds` names (absolute, against the dataset's own
/// address `data_url`) and the property that keys its features.
pub fn source(ds: &Dataset, data_url: &str) -> Option<(String, String)> {
    let dataset_url = absolute(data_url, &page_url());
    ds.areas()
        .and_then(|a| a.boundaries())
        .map(|b| (absolute(b.url(), &dataset_url), b.key().to_owned()))
}

/// Fetches and reads the boundaries at `url` for `ds`'s areas.
pub async fn load(ds: &Dataset, url: &str, key: &str) -> Bounds {
    let Some(areas) = ds.areas() else {
        return Bounds::None;
    };
    let bytes = match fetch_bytes(url).await {
        Ok(bytes) => bytes,
        Err(e) => return Bounds::Failed(Rc::new(BoundsError::Load(e))),
    };
    let read = std::str::from_utf8(&bytes)
        .map_err(|e| GeoError::Syntax(format!("not UTF-8 text at byte {}", e.valid_up_to())))
        .and_then(|text| geo::read(text.strip_prefix('\u{feff}').unwrap_or(text), areas, key));
    match read {
        Ok((shapes, warnings)) => Bounds::Loaded(Shared(Rc::new(shapes)), Rc::new(warnings)),
        Err(e) => Bounds::Failed(Rc::new(BoundsError::Geo(e))),
    }
}
