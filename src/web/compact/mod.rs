//! The embed: the embed build (`dist/embed/`), where `index.html?embed=1`
//! sends the reader too. An embed shows one view with compact chrome and
//! changes only when its dataset arrives, the host's look changes or the
//! reader retries, so it draws its page once per change with plain DOM
//! calls ([`crate::web::dom`]); the chart redraws itself on hover and
//! resize ([`crate::web::chart`]).

use super::boundaries::{self, Bounds};
use super::chart::ChartHandle;
use super::dataset::{fetch_dataset, Fetched, Versions};
use super::dom::{el, replace_children, El};
use super::fetch::{self, absolute, page_url, KeptVersion};
use super::page::{self, PageState};
use super::parts;
use super::url;
use crate::core::format::PlainFormat;
use crate::core::host::HostLook;
use crate::core::model::Dataset;
use crate::core::params::{Params, View};
use crate::core::state::{Action, Load, UiState};
use crate::core::strings::strings;
use crate::core::theme::Palette;
use crate::core::view::{describe, Context, Description, Detail};
use gloo_events::EventListener;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use web_sys::Element;

/// The embed on the page.
struct Embed {
    root: Element,
    state: RefCell<UiState>,
    kept: Option<KeptVersion>,
    host: Cell<Option<HostLook>>,
    prefers_dark: Cell<bool>,
    palette: RefCell<Rc<Palette>>,
    /// The map's boundaries, for the dataset shown.
    bounds: RefCell<Bounds>,
    /// What the page drawn last listens to, dropped with it.
    chart: RefCell<Option<ChartHandle>>,
    listeners: RefCell<Vec<EventListener>>,
}

/// Draws the embed into `root` with the first fetch's answer, and keeps
/// it for the page's life.
pub fn start(root: Element, params: Params, first_load: Fetched) {
    let page::Start {
        state,
        dark_query,
        prefers_dark,
        palette,
    } = page::start(params, first_load);
    let embed = Rc::new(Embed {
        root,
        state: RefCell::new(state),
        kept: fetch::kept_version(),
        host: Cell::new(None),
        prefers_dark: Cell::new(prefers_dark),
        palette: RefCell::new(Rc::new(palette)),
        bounds: RefCell::new(Bounds::None),
        chart: RefCell::new(None),
        listeners: RefCell::new(Vec::new()),
    });
    // The embed lives as long as its page: these listen for ever.
    if let Some(query) = dark_query {
        let embed = Rc::clone(&embed);
        page::listen_prefers_dark(&query, move |dark| {
            embed.prefers_dark.set(dark);
            embed.recolour();
        })
        .forget();
    }
    {
        let embed = Rc::clone(&embed);
        if let Some(listener) = super::embed::listen_host_look(move |host| {
            if embed.host.replace(Some(host)) != Some(host) {
                embed.recolour();
            }
        }) {
            listener.forget();
        }
    }
    if let Some(window) = web_sys::window() {
        let embed = Rc::clone(&embed);
        EventListener::new(&window, "popstate", move |_| {
            embed.apply(Action::SetView(url::read().0.view));
        })
        .forget();
    }
    let frame = embed.state.borrow().params.frame.clone();
    std::mem::forget(super::embed::HeightReporter::start(frame));
    embed.draw();
}

impl Embed {
    fn apply(self: &Rc<Self>, action: Action) {
        self.state.borrow_mut().apply(action);
        self.draw();
    }

    /// Works the palette out again; a new one is put on the page and the
    /// chart is painted in it (the rest of the page takes its colours from
    /// the page's custom properties).
    fn recolour(&self) {
        let next = page::palette(
            &self.state.borrow().params,
            self.host.get(),
            self.prefers_dark.get(),
        );
        if **self.palette.borrow() == next {
            return;
        }
        page::apply_palette(&next);
        let next = Rc::new(next);
        *self.palette.borrow_mut() = next.clone();
        if let Some(chart) = &*self.chart.borrow() {
            chart.set_palette(next);
        }
    }

    /// Fetches the dataset again, as fetch `attempt`.
    fn load(self: &Rc<Self>) {
        let (url, attempt) = {
            let state = self.state.borrow();
            (state.params.data_url().to_owned(), state.attempt)
        };
        page::set_state(PageState::Loading);
        let embed = Rc::clone(self);
        wasm_bindgen_futures::spawn_local(async move {
            let fetched = fetch_dataset(&url).await;
            // Boundaries belong to the dataset they were read for.
            *embed.bounds.borrow_mut() = Bounds::None;
            embed.apply(fetched.into_action(attempt));
        });
    }

    /// Fetches the map's boundaries when the dataset names them, then
    /// draws the map again with them.
    fn load_boundaries(self: &Rc<Self>) {
        let (ds, url) = {
            let state = self.state.borrow();
            let Some(ds) = state.dataset().cloned() else {
                return;
            };
            (ds, state.params.data_url().to_owned())
        };
        let Some((url, key)) = boundaries::source(&ds, &url) else {
            return;
        };
        *self.bounds.borrow_mut() = Bounds::Loading;
        page::set_state(PageState::Loading);
        let embed = Rc::clone(self);
        wasm_bindgen_futures::spawn_local(async move {
            let loaded = boundaries::load(&ds, &url, &key).await;
            // A retry may have brought another dataset meanwhile.
            let current = embed
                .state
                .borrow()
                .dataset()
                .is_some_and(|shown| Rc::ptr_eq(shown, &ds));
            if current {
                *embed.bounds.borrow_mut() = loaded;
                embed.draw();
            }
        });
    }

    /// Draws the whole page for the state.
    fn draw(self: &Rc<Self>) {
        let status_had_focus = parts::load_status_focused(&self.root);
        // The old page's chart and buttons stop listening first.
        self.chart.borrow_mut().take();
        self.listeners.borrow_mut().clear();
        let state = self.state.borrow().clone();
        let lang = state.lang;
        let t = strings(lang);
        url::warn(&state.warnings);
        let mut listeners = Vec::new();
        let mut chart = None;
        let body = match &state.load {
            Load::Loading => {
                page::set_state(PageState::Loading);
                vec![el("p")
                    .class("loading")
                    .attr("aria-live", "polite")
                    .text(t.loading)]
            }
            Load::Failed(error) => {
                let me = Rc::clone(self);
                let retry = parts::retry_button(lang).on(&mut listeners, "click", move |_| {
                    // After this handler: drawing drops its listener.
                    let me = Rc::clone(&me);
                    wasm_bindgen_futures::spawn_local(async move {
                        me.apply(Action::Retry);
                        me.load();
                    });
                });
                // Without a dataset there is no masthead: the page still
                // gets its one top heading.
                vec![
                    el("h1").class("error-title").text(t.error_title),
                    parts::load_alert(error, lang, retry),
                ]
            }
            Load::Ready(ds) => {
                // Boundaries are fetched when the map is first shown.
                if state.params.view == View::Map && matches!(*self.bounds.borrow(), Bounds::None) {
                    self.load_boundaries();
                }
                let (view, canvas) = self.view(ds, &state);
                chart = canvas;
                let versions = Versions::of(&state.params, Some(ds), &self.kept);
                let data_file = state
                    .params
                    .shown()
                    .data
                    .then(|| absolute(state.params.data_url(), &page_url()));
                let full_view = url::full_view_link(&state.params).unwrap_or_default();
                let stale = state
                    .stale
                    .as_ref()
                    .map(|why| parts::stale_notice(ds, why, lang));
                let replaced = versions
                    .replaced
                    .map(|(date, latest)| parts::replaced_notice(date, &latest, lang));
                let links = parts::full_view_links(&full_view, data_file.as_deref(), lang);
                stale
                    .into_iter()
                    .chain(replaced)
                    .chain(view)
                    .chain([links])
                    .collect()
            }
        };
        let header = state
            .dataset()
            .map(|ds| parts::masthead(ds, lang, state.params.shown().title));
        let frame = el("div")
            .class("pantau embed")
            .child_if(header)
            .child(el("main").children(body));
        // The chart draws before its page is in the document: its labels'
        // font then waits on no style of the page, and the page is styled
        // and laid out once, with the drawn chart in it. Without the static
        // view's width, it draws once laid out (its ResizeObserver).
        match (&state.load, chart) {
            (Load::Failed(_), _) => page::set_state(PageState::Error),
            (Load::Ready(_), Some((container, description))) => {
                let loading = matches!(*self.bounds.borrow(), Bounds::Loading);
                let on_drawn: Rc<dyn Fn()> = if loading {
                    Rc::new(|| {})
                } else {
                    Rc::new(|| page::set_state(PageState::Ready))
                };
                *self.chart.borrow_mut() = Some(ChartHandle::mount(
                    &container.0,
                    description,
                    self.palette.borrow().clone(),
                    on_drawn,
                    page::take_static_chart_width(),
                ));
            }
            (Load::Ready(_), None) => page::set_state(PageState::Ready),
            (Load::Loading, _) => {}
        }
        replace_children(&self.root, &frame);
        if let Some(target) = status_had_focus
            .then(|| parts::after_retry(&self.root))
            .flatten()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(t).ok())
        {
            let _ = target.focus();
        }
        if let Some(chart) = &*self.chart.borrow() {
            chart.attached();
        }
        page::set_lang_and_title(lang, Some(&page::title(&state)));
        url::write(&state.params, false);
        *self.listeners.borrow_mut() = listeners;
    }

    /// The view's section and credits, and where its chart goes.
    fn view(&self, ds: &Rc<Dataset>, state: &UiState) -> (Vec<El>, Option<(El, Rc<Description>)>) {
        let lang = state.lang;
        let t = strings(lang);
        let format = PlainFormat(lang);
        let bounds = self.bounds.borrow().clone();
        let ctx = Context {
            dataset: ds.clone(),
            lang,
            format: Rc::new(format),
            shapes: bounds.shapes().map(|s| s.0.clone()),
        };
        let d = Rc::new(describe(&ctx, &state.params));
        let chart_slot = || el("div").class("chart");
        let section = |class: &str| {
            el("section")
                .class(&format!("view {class}"))
                .attr("aria-labelledby", "view-heading")
        };
        let heading = || el("h2").id("view-heading").text(&d.heading);
        let numbers = || parts::folded_numbers(&d.tables, t);
        let (section, chart) = match &d.detail {
            Detail::Trend(_) => {
                let chart = chart_slot();
                (
                    section("trend")
                        .child(heading())
                        .child(El(chart.0.clone()))
                        .child(numbers()),
                    Some(chart),
                )
            }
            Detail::Coverage(detail) => {
                let chart = chart_slot();
                let section = section("coverage")
                    .child(heading().class("headline"))
                    .child(el("div").class("controls").child(parts::status_key(
                        &detail.counts,
                        lang,
                        &format,
                    )))
                    .child(
                        el("div")
                            .class("groups")
                            .children(detail.groups.iter().map(|g| parts::group_card(g, t))),
                    )
                    .child(el("h3").class("chart-title").text(&detail.chart_heading))
                    .child(El(chart.0.clone()))
                    .child(numbers());
                (section, Some(chart))
            }
            Detail::Map(detail) => {
                let chart = chart_slot();
                let warnings = parts::map_warnings(&bounds.notes(&detail.notes, lang), t);
                let section = section("map")
                    .attr_if(
                        "aria-busy",
                        matches!(bounds, Bounds::Loading).then_some("true"),
                    )
                    .child(heading())
                    .child(
                        el("div").class("controls").child_if(
                            detail
                                .counts
                                .as_ref()
                                .map(|c| parts::status_key(c, lang, &format)),
                        ),
                    )
                    .child(El(chart.0.clone()))
                    .child_if(warnings)
                    .child(numbers());
                (section, Some(chart))
            }
            Detail::Plain if state.params.view == View::Table => (
                section("tables")
                    .child(heading())
                    .children(d.tables.iter().map(parts::data_table)),
                None,
            ),
            Detail::Plain => {
                let message = el("p").class("empty").text(d.empty.unwrap_or_default());
                return (vec![message], None);
            }
        };
        let credits = parts::credits(&d, &state.params);
        (vec![section, credits], chart.map(|c| (c, d)))
    }
}
