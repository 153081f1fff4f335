//! The coverage view: a headline that keeps formed and planned apart,
//! every area grouped by kecamatan and labelled by status, the growth by
//! year against the total, and a kecamatan filter.

use super::credits::credits;
use super::exports::chart_with_exports;
use super::pickers::{group_filter, program_filter};
use super::status::{status_icon, status_key};
use super::table::folded_numbers;
use super::{nothing_to_show, use_description, ViewProps};
use crate::core::strings::strings;
use crate::core::theme::Palette;
use crate::core::view::{Detail, GroupCard};
use yew::prelude::*;

fn group_card(card: &GroupCard, palette: &Palette, t: &crate::core::strings::Strings) -> Html {
    html! {
        <section class="group-card">
            <h3>{ &card.heading }<span class="count">{ format!(" · {} {} {}", card.formed, t.of, card.areas.len()) }{ " " }{ t.formed_of }</span></h3>
            <ul>
                { for card.areas.iter().map(|a| html! {
                    <li class={classes!("area", a.status.key())}>
                        { status_icon(a.status, palette) }
                        <span class="name">{ &a.name }</span>
                        <span class="status">{ &a.words }</span>
                    </li>
                }) }
            </ul>
        </section>
    }
}

#[function_component]
pub fn CoverageView(props: &ViewProps) -> Html {
    let d = use_description(props, None);
    let t = strings(props.lang);
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
                { status_key(&detail.counts, &props.palette, props.lang, &*props.format) }
            </div>
            <div class="groups">{ for detail.groups.iter().map(|g| group_card(g, &props.palette, t)) }</div>
            <h3 class="chart-title">{ &detail.chart_heading }</h3>
            { chart_with_exports(&d, props) }
            { folded_numbers(&d.tables, props.lang) }
        </section>
        { credits(&d, &props.link) }
        </>
    }
}
