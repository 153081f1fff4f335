//! The map view: areas coloured and marked by program status, as dots
//! from their centroids or as the boundary polygons a dataset names,
//! downloaded when the map is first shown. Boundary problems are listed
//! under the map, never an error.

use super::exports::{chart_with_exports, use_exports};
use super::pickers::{group_filter, program_filter};
use super::table::{use_credits, use_folded_numbers};
use super::{nothing_to_show, use_description, use_part, use_status_key, ViewProps};
use crate::core::strings::strings;
use crate::core::view::Detail;
use crate::web::boundaries::{self, Bounds};
use crate::web::page::{self, PageState};
use crate::web::parts;
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// The dataset's boundaries, fetched and read while the map is shown.
#[hook]
fn use_boundaries(props: &ViewProps) -> UseStateHandle<Bounds> {
    let ds = &props.dataset;
    let source = boundaries::source(ds, props.params.data_url());
    let bounds = use_state(|| {
        if source.is_some() {
            Bounds::Loading
        } else {
            Bounds::None
        }
    });
    {
        let bounds = bounds.clone();
        use_effect_with((ds.clone(), source), move |(ds, source)| {
            let cancelled = Rc::new(Cell::new(false));
            match source.clone() {
                Some((url, key)) => {
                    bounds.set(Bounds::Loading);
                    page::set_state(PageState::Loading);
                    let ds = ds.clone();
                    let cancelled = cancelled.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        let loaded = boundaries::load(&ds, &url, &key).await;
                        if !cancelled.get() {
                            bounds.set(loaded);
                        }
                    });
                }
                None => bounds.set(Bounds::None),
            }
            move || cancelled.set(true)
        });
    }
    bounds
}

#[function_component]
pub fn MapView(props: &ViewProps) -> Html {
    let bounds = use_boundaries(props);
    let loading = matches!(*bounds, Bounds::Loading);
    {
        // Failed: the dot map on screen is the map, and it has drawn.
        let on_drawn = props.on_drawn.clone();
        let failed = matches!(&*bounds, Bounds::Failed(_));
        use_effect_with(failed, move |failed| {
            if *failed {
                on_drawn.emit(());
            }
        });
    }
    let d = use_description(props, bounds.shapes());
    let lang = props.lang;
    // Made before any early return: hooks run in the same order each time.
    let key = use_status_key(&d, &props.format);
    let notes = match &d.detail {
        Detail::Map(detail) => bounds.notes(&detail.notes, lang),
        _ => Vec::new(),
    };
    let warnings = use_part((notes, lang), |(notes, lang), _| {
        parts::map_warnings(notes, strings(*lang))
            .into_iter()
            .collect()
    });
    let numbers = use_folded_numbers(&d);
    let credits = use_credits(&d, &props.link);
    let exports = use_exports(&d, &props.palette, &props.link);
    let Detail::Map(detail) = &d.detail else {
        return nothing_to_show(&d, &props.on_drawn);
    };
    let ds = &props.dataset;
    // While the boundaries download, the dot map holds their place: the
    // map has the same size either way (the areas' positions set it), so
    // nothing below moves when the polygons come. It is not "drawn" for
    // the page until they have come (or failed).
    let chart_props = if loading {
        ViewProps {
            on_drawn: Callback::noop(),
            ..props.clone()
        }
    } else {
        props.clone()
    };
    html! {
        <>
        <section class="view map" aria-labelledby="view-heading" aria-busy={loading.then_some("true")}>
            <h2 id="view-heading">{ &d.heading }</h2>
            <div class="controls">
                { program_filter(ds, detail.program.unwrap_or(0), lang, &props.dispatch) }
                { group_filter(ds, props.params.group.as_deref(), lang, &props.dispatch) }
                { key }
            </div>
            { chart_with_exports(&d, &chart_props, exports) }
            { warnings }
            { numbers }
        </section>
        { credits }
        </>
    }
}
