//! Fixtures shared by the core's unit tests.

use super::layout::map::{layout, MapInput, MapLayout};
use super::model::Dataset;

/// The default Tanjungpinang dataset, validated.
pub fn default_dataset() -> Dataset {
    super::validate::parse(include_str!("../../static/data/tanjungpinang.json"))
        .expect("the default dataset is valid")
}

/// The dot map of `ds`'s first program, `width` px wide, all groups.
pub fn dot_map(ds: &Dataset, width: f64) -> MapLayout {
    layout(&MapInput {
        dataset: ds,
        program: Some(0),
        group: None,
        width,
        shapes: None,
    })
    .expect("the dataset has areas")
}
