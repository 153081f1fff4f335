//! The map view: areas coloured and marked by program status, as dots
//! from their centroids or as the boundary polygons a dataset names.
//! Boundary problems are listed under the map, never an error.

use super::chart::{concrete, ChartSpec, DynChart, HitKey};
use super::coverage::{group_filter, program_filter, program_heading, status_key};
use super::table::coverage_table;
use super::toolbar::chart_with_exports;
use super::ViewProps;
use crate::core::chart::HitCode;
use crate::core::error::{DatasetWarning, WarningKind};
use crate::core::export::areas_csv;
use crate::core::geo::{self, Shapes};
use crate::core::layout::map::{layout, MapInput, MapLayout};
use crate::core::loading::LoadError;
use crate::core::model::Dataset;
use crate::core::stats::{status_summary, Coverage};
use crate::core::text::Lang;
use crate::core::tooltip::{self, Tip};
use crate::web::fetch::{absolute, fetch_text, page_url};
use crate::web::i18n::strings;
use crate::web::intl::IntlFormat;
use crate::web::page::{self, PageState};
use crate::web::Shared;
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// The map for the canvas.
pub struct MapSpec {
    pub dataset: Shared<Dataset>,
    pub program: Option<usize>,
    pub group: Option<String>,
    pub shapes: Option<Shared<Shapes>>,
    pub lang: Lang,
    pub format: Shared<IntlFormat>,
}

impl ChartSpec for MapSpec {
    fn dataset(&self) -> &Dataset {
        &self.dataset
    }

    fn lang(&self) -> Lang {
        self.lang
    }

    fn heading(&self) -> String {
        self.program
            .map(|p| {
                program_heading(
                    &self.dataset,
                    p,
                    self.group.as_deref(),
                    self.lang,
                    &*self.format,
                )
            })
            .unwrap_or_default()
    }

    fn sources(&self) -> Vec<usize> {
        self.dataset.programs().iter().map(|p| p.source()).collect()
    }

    fn csv(&self, link: &str) -> String {
        areas_csv(&self.dataset, self.group.as_deref(), self.lang, Some(link))
    }

    fn view_key(&self) -> &'static str {
        "map"
    }

    fn key(&self) -> Option<String> {
        Some(crate::core::credits::map_key(self.lang))
    }

    fn layout(&self, width: f64) -> Option<Rc<dyn DynChart>> {
        Some(Rc::new(layout(&MapInput {
            dataset: &self.dataset,
            program: self.program,
            group: self.group.as_deref(),
            width,
            shapes: self.shapes.as_deref(),
        })?))
    }

    fn tip(&self, layout: &dyn DynChart, hit: HitKey) -> Option<Tip> {
        let layout = concrete::<MapLayout>(layout)?;
        tooltip::map(
            &self.dataset,
            layout,
            self.program,
            usize::decode(hit),
            self.lang,
        )
    }

    fn summary(&self) -> String {
        match self.program {
            Some(p) => status_summary(
                &self.dataset,
                p,
                self.group.as_deref(),
                self.lang,
                &*self.format,
            ),
            None => strings(self.lang).no_areas.to_owned(),
        }
    }
}

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

#[function_component]
pub fn MapView(props: &ViewProps) -> Html {
    let ds = &props.dataset;
    let lang = props.lang;
    let t = strings(lang);
    let group = props.params.group.clone();
    let embed = props.params.embed;
    let program = (!ds.programs().is_empty()).then_some(props.params.program_index(ds));
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
        use_effect_with((ds.clone(), source.clone()), move |(ds, source)| {
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
    let shapes = match &*bounds {
        Bounds::Loaded(shapes, _) => Some(shapes.clone()),
        _ => None,
    };
    let spec = use_memo(
        (
            ds.clone(),
            group.clone(),
            lang,
            props.format.clone(),
            shapes,
            program,
        ),
        |(dataset, group, lang, format, shapes, program)| {
            Shared::<dyn ChartSpec>(Rc::new(MapSpec {
                dataset: dataset.clone(),
                program: *program,
                group: group.clone(),
                shapes: shapes.clone(),
                lang: *lang,
                format: format.clone(),
            }))
        },
    );
    let Some(areas) = ds.areas() else {
        props.on_drawn.emit(());
        return html! { <p class="empty">{ t.no_areas }</p> };
    };
    let mut notes: Vec<String> = areas
        .items()
        .iter()
        .enumerate()
        .filter(|(_, a)| a.centroid().is_none() && group.as_deref().is_none_or(|g| a.group() == g))
        .filter(|(i, _)| shapes_missing(&bounds, *i))
        .map(|(i, a)| {
            DatasetWarning {
                path: format!("areas.items[{i}]"),
                kind: WarningKind::AreaWithoutPosition {
                    area: a.id().to_owned(),
                },
            }
            .message(lang)
        })
        .collect();
    match &*bounds {
        Bounds::Loaded(_, warnings) => notes.extend(warnings.iter().map(|w| w.message(lang))),
        Bounds::Failed(error) => notes.insert(0, error.message(lang)),
        _ => {}
    }
    let heading = match program.and_then(|p| ds.programs().get(p)) {
        Some(p) => format!("{} · {}", crate::web::clip(p.label().get(lang), 120), t.map),
        None => t.map.to_owned(),
    };
    let key = program.and_then(|p| ds.programs().get(p)).map(|p| {
        let include = |i: usize| {
            group
                .as_deref()
                .is_none_or(|g| areas.items()[i].group() == g)
        };
        status_key(
            &Coverage::count(p, areas, include),
            &props.palette,
            lang,
            &props.format,
        )
    });
    html! {
        <section class="view map" aria-labelledby="view-heading">
            <h2 id="view-heading">{ heading }</h2>
            <div class="controls">
                if !embed {
                    { program_filter(ds, program.unwrap_or(0), lang, &props.dispatch) }
                    { group_filter(ds, group.as_deref(), lang, &props.dispatch) }
                }
                { key.unwrap_or_default() }
            </div>
            if *bounds == Bounds::Loading {
                <p class="loading" aria-live="polite">{ t.loading }</p>
            } else {
                { chart_with_exports((*spec).clone(), props.palette.clone(), props.on_tip.clone(), props.on_drawn.clone(), props.link.clone(), embed) }
            }
            if !notes.is_empty() {
                <div class="map-warnings">
                    <h3>{ t.map_warnings }</h3>
                    <ul>{ for notes.iter().take(50).map(|n| html! { <li>{ n }</li> }) }</ul>
                    if notes.len() > 50 { <p>{ format!("… {} {}", notes.len() - 50, t.more_problems) }</p> }
                </div>
            }
            if !embed {
                <details class="numbers">
                    <summary>{ t.show_numbers }</summary>
                    { coverage_table(ds, group.as_deref(), lang) }
                </details>
            }
        </section>
    }
}

fn shapes_missing(bounds: &Bounds, area: usize) -> bool {
    match bounds {
        Bounds::Loaded(shapes, _) => shapes.of(area).is_none(),
        _ => true,
    }
}
