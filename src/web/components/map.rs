//! The map view: areas coloured and marked by program status, as dots
//! from their centroids or as the boundary polygons a dataset names,
//! downloaded when the map is first shown. Boundary problems are listed
//! under the map, never an error.

use super::credits::credits;
use super::exports::chart_with_exports;
use super::pickers::{group_filter, program_filter};
use super::status::status_key;
use super::table::folded_numbers;
use super::{nothing_to_show, use_description, ViewProps};
use crate::core::error::DatasetWarning;
use crate::core::geo::{self, Shapes};
use crate::core::loading::LoadError;
use crate::core::strings::strings;
use crate::core::text::Lang;
use crate::core::view::Detail;
use crate::web::fetch::{absolute, fetch_text, page_url};
use crate::web::page::{self, PageState};
use crate::web::Shared;
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// Where the boundaries are.
#[derive(Clone, PartialEq)]
enum Bounds {
    /// The dataset names none: a dot map.
    None,
    Loading,
    Loaded(Shared<Shapes>, Rc<Vec<DatasetWarning>>),
    /// They could not be used; the dot map is drawn and this is said.
    Failed(Rc<BoundsError>),
}

/// Why boundaries could not be used.
#[derive(PartialEq)]
enum BoundsError {
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

/// The dataset's boundaries, fetched and read while the map is shown.
#[hook]
fn use_boundaries(props: &ViewProps) -> UseStateHandle<Bounds> {
    let ds = &props.dataset;
    let dataset_url = absolute(props.params.data_url(), &page_url());
    let source = ds
        .areas()
        .and_then(|a| a.boundaries())
        .map(|b| (absolute(b.url(), &dataset_url), b.key().to_owned()));
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
            match (source.clone(), ds.areas()) {
                (Some((url, key)), Some(_)) => {
                    bounds.set(Bounds::Loading);
                    page::set_state(PageState::Loading);
                    let ds = ds.clone();
                    let cancelled = cancelled.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        let text = fetch_text(&url).await;
                        if cancelled.get() {
                            return;
                        }
                        let Some(areas) = ds.areas() else { return };
                        bounds.set(match text {
                            Ok(text) => match geo::read(&text, areas, &key) {
                                Ok((shapes, warnings)) => {
                                    Bounds::Loaded(Shared(Rc::new(shapes)), Rc::new(warnings))
                                }
                                Err(e) => Bounds::Failed(Rc::new(BoundsError::Geo(e))),
                            },
                            Err(e) => Bounds::Failed(Rc::new(BoundsError::Load(e))),
                        });
                    });
                }
                _ => bounds.set(Bounds::None),
            }
            move || cancelled.set(true)
        });
    }
    bounds
}

#[function_component]
pub fn MapView(props: &ViewProps) -> Html {
    let bounds = use_boundaries(props);
    let loading = *bounds == Bounds::Loading;
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
    let shapes = match &*bounds {
        Bounds::Loaded(shapes, _) => Some(shapes.clone()),
        _ => None,
    };
    let d = use_description(props, shapes);
    let (lang, embed) = (props.lang, crate::web::embedded(&props.params));
    let t = strings(lang);
    let Detail::Map(detail) = &d.detail else {
        return nothing_to_show(&d, &props.on_drawn);
    };
    let mut notes = detail.notes.clone();
    match &*bounds {
        Bounds::Loaded(_, warnings) => notes.extend(warnings.iter().map(|w| w.message(lang))),
        Bounds::Failed(error) => notes.insert(0, error.message(lang)),
        _ => {}
    }
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
                if !embed {
                    { program_filter(ds, detail.program.unwrap_or(0), lang, &props.dispatch) }
                    { group_filter(ds, props.params.group.as_deref(), lang, &props.dispatch) }
                }
                if let Some(counts) = &detail.counts {
                    { status_key(counts, &props.palette, lang, &*props.format) }
                }
            </div>
            { chart_with_exports(&d, &chart_props) }
            if !notes.is_empty() {
                <div class="map-warnings">
                    <h3>{ t.map_warnings }</h3>
                    <ul>{ for notes.iter().take(50).map(|n| html! { <li>{ n }</li> }) }</ul>
                    if notes.len() > 50 { <p>{ format!("… {} {}", notes.len() - 50, t.more_problems) }</p> }
                </div>
            }
            { folded_numbers(&d.tables, lang, embed) }
        </section>
        { credits(&d, &props.params, &props.link) }
        </>
    }
}
