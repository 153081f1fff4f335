//! The page's components, one job each.

pub mod alert;
pub mod chart;
pub mod coverage;
pub mod credits;
pub mod legend;
pub mod map;
pub mod table;
pub mod toolbar;
pub mod tooltip;
pub mod trend;

use super::intl::IntlFormat;
use super::Shared;
use crate::core::model::Dataset;
use crate::core::params::Params;
use crate::core::state::Action;
use crate::core::text::Lang;
use crate::core::theme::Palette;
use tooltip::TipAt;
use yew::prelude::*;

/// What every view gets from the app.
#[derive(Properties, PartialEq, Clone)]
pub struct ViewProps {
    pub dataset: Shared<Dataset>,
    pub params: Params,
    pub lang: Lang,
    pub palette: Shared<Palette>,
    pub format: Shared<IntlFormat>,
    pub on_tip: Callback<Option<TipAt>>,
    pub dispatch: Callback<Action>,
    /// Called after each draw of the view's charts.
    pub on_drawn: Callback<()>,
    /// The link that reopens this view.
    pub link: String,
}

/// The value a `<select>` changed to, from its change event.
pub fn selected_value(e: &Event) -> Option<String> {
    e.target()
        .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlSelectElement>(t).ok())
        .map(|s| s.value())
}
