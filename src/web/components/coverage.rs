//! The coverage view: a headline that keeps formed and planned apart,
//! every area grouped by kecamatan and labelled by status, the growth by
//! year against the total, and a kecamatan filter.

use super::exports::{chart_with_exports, use_exports};
use super::pickers::{group_filter, program_filter};
use super::table::{use_credits, use_folded_numbers};
use super::{nothing_to_show, use_description, use_part, use_status_key, ViewProps};
use crate::core::strings::strings;
use crate::core::view::Detail;
use crate::web::parts;
use yew::prelude::*;

#[function_component]
pub fn CoverageView(props: &ViewProps) -> Html {
    let d = use_description(props, None);
    // Made before any early return: hooks run in the same order each time.
    let key = use_status_key(&d, &props.format);
    let groups = use_part(d.clone(), |d, _| match &d.detail {
        Detail::Coverage(detail) => {
            let t = strings(d.lang);
            detail
                .groups
                .iter()
                .map(|g| parts::group_card(g, t))
                .collect()
        }
        _ => Vec::new(),
    });
    let numbers = use_folded_numbers(&d);
    let credits = use_credits(&d, &props.link);
    let exports = use_exports(&d, &props.palette, &props.link);
    let Detail::Coverage(detail) = &d.detail else {
        return nothing_to_show(&d, &props.on_drawn);
    };
    let ds = &props.dataset;
    html! {
        <>
        <section class="view coverage" aria-labelledby="view-heading">
            <h2 id="view-heading" class="headline">{ &d.heading }</h2>
            <div class="controls">
                { program_filter(ds, detail.program, props.lang, &props.dispatch) }
                { group_filter(ds, props.params.group.as_deref(), props.lang, &props.dispatch) }
                { key }
            </div>
            <div class="groups">{ groups }</div>
            <h3 class="chart-title">{ &detail.chart_heading }</h3>
            { chart_with_exports(&d, props, exports) }
            { numbers }
        </section>
        { credits }
        </>
    }
}
