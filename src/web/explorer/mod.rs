//! The full app, drawn without yew: the reducer, the page contract, and
//! the frame every view sits in. Each part of the page is made again only
//! when what it shows changes ([`slot`]), and the chart is drawn again in
//! place. Leaving yew out takes its runtime and virtual DOM out of the
//! page's download, which the embed proved first ([`super::compact`]).

pub mod controls;
mod exports;
mod share;
mod slot;
mod view;

pub use share::embed_snippet;

use super::boundaries::{self, Bounds};
use super::dataset::{fetch_dataset, Fetched, Versions};
use super::dom::{el, replace_children};
use super::embed::HeightReporter;
use super::fetch::{self, KeptVersion};
use super::page::{self, PageState};
use super::{clip, parts, url, Shared};
use crate::core::format::PlainFormat;
use crate::core::geo::Shapes;
use crate::core::host::HostLook;
use crate::core::model::{Dataset, Date};
use crate::core::params::{ParamWarning, Params, ThemeChoice, View};
use crate::core::state::{Action, Load, UiState};
use crate::core::strings::strings;
use crate::core::text::Lang;
use crate::core::theme::Palette;
use crate::core::view::{describe, Context, Description};
use gloo_events::EventListener;
use share::ShareBar;
use slot::{Focus, Slot};
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};
use view::{Inputs, Kind, ViewArea};
use wasm_bindgen::JsCast;
use web_sys::Element;

/// Turns a reader's choice into the next state, and draws it.
pub type Dispatch = Rc<dyn Fn(Action)>;

/// The explorer on the page; dropping it stops it (the publisher's
/// preview makes a new one for each dataset it checks).
pub struct Explorer(#[allow(dead_code)] Rc<Inner>);

/// Draws the explorer into `root` with the first fetch's answer. A
/// `preview` (inside the publisher page) leaves the page's address, title
/// and language to that page.
pub fn start(root: Element, params: Params, first_load: Fetched, preview: bool) -> Explorer {
    let page::Start {
        state,
        dark_query,
        prefers_dark,
        palette,
    } = page::start(params, first_load);
    let frame = state.params.frame.clone();
    let inner = Rc::new(Inner {
        root,
        preview,
        state: RefCell::new(state),
        kept: fetch::kept_version(),
        host: Cell::new(None),
        prefers_dark: Cell::new(prefers_dark),
        palette: RefCell::new(Rc::new(palette)),
        bounds: RefCell::new((None, Bounds::None)),
        described: RefCell::new(None),
        area: RefCell::new(None),
        share: RefCell::new(None),
        slots: Slots::default(),
        keys: RefCell::new(Keys::default()),
        listeners: RefCell::new(Vec::new()),
        _height: HeightReporter::start(frame),
    });
    inner.listen(dark_query);
    inner.frame();
    inner.draw();
    Explorer(inner)
}

struct Inner {
    root: Element,
    preview: bool,
    state: RefCell<UiState>,
    kept: Option<KeptVersion>,
    host: Cell<Option<HostLook>>,
    prefers_dark: Cell<bool>,
    palette: RefCell<Rc<Palette>>,
    /// The map's boundaries, and the dataset they were read for.
    bounds: RefCell<(Option<Rc<Dataset>>, Bounds)>,
    /// The view's description, and what it was made from.
    described: RefCell<Option<(Described, Rc<Description>)>>,
    area: RefCell<Option<ViewArea>>,
    /// The share bar of the dataset shown.
    share: RefCell<Option<Rc<ShareBar>>>,
    slots: Slots,
    /// What each part was last made from.
    keys: RefCell<Keys>,
    /// The page-wide listeners, for the explorer's life.
    listeners: RefCell<Vec<EventListener>>,
    /// In an iframe, tells the host our height whenever it changes.
    _height: Option<HeightReporter>,
}

/// The parts of the page, in their order.
#[derive(Default)]
struct Slots {
    header: Slot,
    bar: Slot,
    status: Slot,
    stale: Slot,
    replaced: Slot,
    view: Slot,
    credits: Slot,
    share: Slot,
    source: Slot,
}

/// What a description is made from (colours and chrome are not part of
/// what a view says).
#[derive(PartialEq)]
struct Described {
    dataset: Shared<Dataset>,
    params: Params,
    lang: Lang,
    shapes: Option<Shared<Shapes>>,
}

#[derive(Default)]
struct Keys {
    /// A fetch's answer: each fetch has its own attempt number, so the
    /// parts drawn from it are made again when this changes, without
    /// comparing errors or datasets.
    loaded: Option<(u32, bool, Lang)>,
    bar: Option<(Option<View>, Lang, ThemeChoice)>,
    replaced: Option<(Option<(Date, String)>, Lang)>,
    source: Option<(String, Lang)>,
    fetched: Option<(String, u32)>,
    params: Option<Params>,
    title: Option<(Lang, String)>,
    warnings: Option<Vec<ParamWarning>>,
    failed: bool,
}

impl Inner {
    fn dispatch(self: &Rc<Self>) -> Dispatch {
        let me = Rc::downgrade(self);
        Rc::new(move |action| {
            if let Some(me) = me.upgrade() {
                me.apply(action)
            }
        })
    }

    fn apply(self: &Rc<Self>, action: Action) {
        self.state.borrow_mut().apply(action);
        self.draw();
    }

    /// Calls `f` with the explorer while it lives.
    fn weakly(self: &Rc<Self>, f: impl Fn(&Rc<Inner>)) -> impl Fn() {
        let me: Weak<Inner> = Rc::downgrade(self);
        move || {
            if let Some(me) = me.upgrade() {
                f(&me)
            }
        }
    }

    /// The colour scheme, the host's look, Back and Forward, and printing.
    fn listen(self: &Rc<Self>, dark_query: Option<web_sys::MediaQueryList>) {
        let mut listeners = Vec::new();
        if let Some(query) = dark_query {
            let me = Rc::downgrade(self);
            listeners.push(page::listen_prefers_dark(&query, move |dark| {
                if let Some(me) = me.upgrade() {
                    me.prefers_dark.set(dark);
                    me.draw();
                }
            }));
        }
        let me = Rc::downgrade(self);
        listeners.extend(super::embed::listen_host_look(move |host| {
            if let Some(me) = me.upgrade() {
                if me.host.replace(Some(host)) != Some(host) {
                    me.draw();
                }
            }
        }));
        if let Some(window) = web_sys::window() {
            // Back and Forward: the dataset, view and filters the address
            // now names. The address gets the reader's language and theme
            // at once: an entry that differs only in them changes no
            // state, so nothing else would write it. Not in the
            // publisher's preview: the address is the publisher page's.
            if !self.preview {
                let navigated = self.weakly(|me| {
                    let address = url::read().0;
                    let shown = me.keys.borrow().params.clone().unwrap_or_default();
                    url::write(&shown.navigated_to(address.clone()), false);
                    me.apply(Action::Navigated(address));
                });
                listeners.push(EventListener::new(&window, "popstate", move |_| {
                    navigated()
                }));
            }
            listeners.push(EventListener::new(&window, "beforeprint", |_| {
                open_folded_tables()
            }));
        }
        *self.listeners.borrow_mut() = listeners;
    }

    /// The frame the parts go in.
    fn frame(&self) {
        let s = &self.slots;
        let main = el("main")
            .node(s.status.anchor())
            .node(s.stale.anchor())
            .node(s.replaced.anchor())
            .node(s.view.anchor())
            .node(s.credits.anchor())
            .node(s.share.anchor());
        let frame = el("div")
            .class("pantau")
            .node(s.header.anchor())
            .node(s.bar.anchor())
            // The chart puts its tooltip in the main landmark with it.
            .child(main)
            .node(s.source.anchor());
        replace_children(&self.root, &frame);
    }

    /// The palette for the state and the page's look; a new one is put on
    /// the page (the page takes its colours from its custom properties).
    fn recolour(&self, params: &Params) -> Rc<Palette> {
        let next = page::palette(params, self.host.get(), self.prefers_dark.get());
        if **self.palette.borrow() != next {
            page::apply_palette(&next);
            *self.palette.borrow_mut() = Rc::new(next);
        }
        self.palette.borrow().clone()
    }

    /// Fetches the dataset, then reports back as fetch `attempt`.
    fn load(self: &Rc<Self>, url: String, attempt: u32) {
        page::set_state(PageState::Loading);
        let me = Rc::downgrade(self);
        wasm_bindgen_futures::spawn_local(async move {
            let fetched = fetch_dataset(&url).await;
            if let Some(me) = me.upgrade() {
                me.apply(fetched.into_action(attempt));
            }
        });
    }

    /// The boundaries of `ds`, fetched and read the first time its map is
    /// shown.
    fn boundaries(self: &Rc<Self>, ds: &Rc<Dataset>, data_url: &str) -> Bounds {
        {
            let bounds = self.bounds.borrow();
            if bounds.0.as_ref().is_some_and(|d| Rc::ptr_eq(d, ds)) {
                return bounds.1.clone();
            }
        }
        let bounds = match boundaries::source(ds, data_url) {
            Some((url, key)) => {
                page::set_state(PageState::Loading);
                let (me, ds) = (Rc::downgrade(self), ds.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    let loaded = boundaries::load(&ds, &url, &key).await;
                    let Some(me) = me.upgrade() else { return };
                    // Another dataset may have come meanwhile.
                    if !me
                        .bounds
                        .borrow()
                        .0
                        .as_ref()
                        .is_some_and(|d| Rc::ptr_eq(d, &ds))
                    {
                        return;
                    }
                    let failed = matches!(loaded, Bounds::Failed(_));
                    me.bounds.borrow_mut().1 = loaded;
                    me.draw();
                    // Failed: the dot map on screen is the map, and it has
                    // drawn.
                    let state = me.state.borrow();
                    let shown = state.dataset().is_some_and(|d| Rc::ptr_eq(d, &ds));
                    if failed && shown && state.params.view == View::Map {
                        page::set_state(PageState::Ready);
                    }
                });
                Bounds::Loading
            }
            None => Bounds::None,
        };
        *self.bounds.borrow_mut() = (Some(ds.clone()), bounds.clone());
        bounds
    }

    /// The view's description, made again only when what it says changes.
    fn describe(
        &self,
        ds: &Rc<Dataset>,
        params: &Params,
        lang: Lang,
        bounds: &Bounds,
    ) -> Rc<Description> {
        let mut said = params.clone();
        said.theme = Default::default();
        said.accent = None;
        let key = Described {
            dataset: Shared(ds.clone()),
            params: said,
            lang,
            shapes: bounds.shapes(),
        };
        if let Some((made_from, d)) = &*self.described.borrow() {
            if *made_from == key {
                return d.clone();
            }
        }
        let ctx = Context {
            dataset: ds.clone(),
            lang,
            format: Rc::new(PlainFormat(lang)),
            shapes: key.shapes.as_ref().map(|s| s.0.clone()),
        };
        let d = Rc::new(describe(&ctx, &key.params));
        *self.described.borrow_mut() = Some((key, d.clone()));
        d
    }

    /// Draws what changed since the last draw.
    fn draw(self: &Rc<Self>) {
        let state = self.state.borrow().clone();
        let lang = state.lang;
        let t = strings(lang);
        let focus = Focus::now();
        let palette = self.recolour(&state.params);
        let dispatch = self.dispatch();
        self.follow(&state);

        let loading = matches!(state.load, Load::Loading);
        let loaded = Some((state.attempt, loading, lang));
        if self.keys.borrow().loaded != loaded {
            self.keys.borrow_mut().loaded = loaded;
            let s = &self.slots;
            let status_had_focus = parts::load_status_focused(&self.root);
            let header = state.dataset().map(|ds| parts::full_masthead(ds, lang));
            s.header
                .show(header.into_iter().collect(), Vec::new(), &focus);
            let mut listeners = Vec::new();
            let status = match &state.load {
                Load::Loading => vec![el("p")
                    .class("loading")
                    .attr("aria-live", "polite")
                    .text(t.loading)],
                // Without a dataset there is no masthead: the page still
                // gets its one top heading.
                Load::Failed(error) => {
                    let retry = {
                        let dispatch = dispatch.clone();
                        parts::retry_button(lang)
                            .on(&mut listeners, "click", move |_| dispatch(Action::Retry))
                    };
                    vec![
                        el("h1").class("error-title").text(t.error_title),
                        parts::load_alert(error, lang, retry),
                    ]
                }
                Load::Ready(_) => Vec::new(),
            };
            s.status.show(status, listeners, &focus);
            if let Some(target) = status_had_focus
                .then(|| parts::after_retry(&self.root))
                .flatten()
            {
                focus.send_to(target);
            }
            let stale = match (&state.stale, state.dataset()) {
                (Some(why), Some(ds)) => Some(parts::stale_notice(ds, why, lang)),
                _ => None,
            };
            s.stale
                .show(stale.into_iter().collect(), Vec::new(), &focus);
        }

        let view = state.dataset().map(|_| state.params.view);
        let theme = state.params.theme;
        let before = self.keys.borrow_mut().bar.replace((view, lang, theme));
        let in_place = before
            .filter(|(shown, l, _)| *l == lang && shown.is_some() == view.is_some())
            .and_then(|_| self.root.query_selector(".bar").ok().flatten());
        if before == Some((view, lang, theme)) {
            // Nothing changed.
        } else if let Some(shown) = in_place {
            // Another view or theme, in the same words: the tabs and the
            // theme change in place, so the one the reader used keeps the
            // focus and a screen reader says only its new state.
            controls::show_view_and_theme(&shown, view, theme);
        } else {
            let mut listeners = Vec::new();
            let part = controls::bar(
                state.dataset().map(|_| state.params.view),
                lang,
                state.params.theme,
                &dispatch,
                &mut listeners,
            );
            self.slots.bar.show(vec![part], listeners, &focus);
        }

        match &state.load {
            Load::Ready(ds) => self.draw_view(ds, &state, &palette, &dispatch, &focus),
            _ => {
                // What the reader set for the dataset before goes with it.
                let s = &self.slots;
                self.area.borrow_mut().take();
                self.share.borrow_mut().take();
                *self.bounds.borrow_mut() = (None, Bounds::None);
                for slot in [&s.replaced, &s.view, &s.credits, &s.share] {
                    slot.clear(&focus);
                }
                self.keys.borrow_mut().replaced = None;
            }
        }

        let url = state.params.data_url();
        let source = Some((url.to_owned(), lang));
        let before = self
            .keys
            .borrow_mut()
            .source
            .replace((url.to_owned(), lang));
        if before != source {
            // Another language keeps an address the reader is typing.
            let typed = before
                .filter(|(shown, _)| shown == url)
                .and_then(|_| self.root.query_selector("#data-url").ok().flatten())
                .and_then(|field| field.dyn_into::<web_sys::HtmlInputElement>().ok())
                .map(|field| field.value());
            let mut listeners = Vec::new();
            let value = typed.as_deref().unwrap_or(url);
            let part = controls::data_source(value, lang, &dispatch, &mut listeners);
            self.slots.source.show(vec![part], listeners, &focus);
        }
        focus.restore();
    }

    /// What the page does beside drawing: fetches, the address, the title
    /// and the page's state.
    fn follow(self: &Rc<Self>, state: &UiState) {
        // The first fetch was answered before the start; later ones
        // (another dataset, a retry) are made here.
        let fetch = (state.params.data_url().to_owned(), state.attempt);
        let first = {
            let mut keys = self.keys.borrow_mut();
            let first = keys.fetched.is_none();
            if keys.fetched.as_ref() == Some(&fetch) {
                None
            } else {
                keys.fetched = Some(fetch.clone());
                Some(first)
            }
        };
        if first == Some(false) {
            self.load(fetch.0, fetch.1);
        }
        let mut keys = self.keys.borrow_mut();
        if !self.preview {
            let title = (state.lang, page::title(state));
            if keys.title.as_ref() != Some(&title) {
                page::set_lang_and_title(title.0, Some(title.1.as_str()));
                keys.title = Some(title);
            }
            // Another view or dataset than the address bar names is a new
            // entry in the tab's history; after Back or Forward they
            // agree, and it is not.
            if keys.params.as_ref() != Some(&state.params) {
                let address = url::read().0;
                let new_entry = address.view != state.params.view
                    || address.data_url() != state.params.data_url();
                url::write(&state.params, new_entry);
            }
        }
        keys.params = Some(state.params.clone());
        if keys.warnings.as_ref() != Some(&state.warnings) {
            url::warn(&state.warnings);
            keys.warnings = Some(state.warnings.clone());
        }
        let failed = matches!(state.load, Load::Failed(_));
        if failed && !keys.failed {
            page::set_state(PageState::Error);
        }
        keys.failed = failed;
    }

    /// The dataset's view, its notices and the share bar.
    fn draw_view(
        self: &Rc<Self>,
        ds: &Rc<Dataset>,
        state: &UiState,
        palette: &Rc<Palette>,
        dispatch: &Dispatch,
        focus: &Focus,
    ) {
        let lang = state.lang;
        let params = &state.params;
        let versions = Versions::of(params, Some(ds), &self.kept);
        // By value: a status made again may be announced again.
        let replaced = Some((versions.replaced.clone(), lang));
        if self.keys.borrow().replaced != replaced {
            let notice = versions
                .replaced
                .as_ref()
                .map(|(date, latest)| parts::replaced_notice(*date, latest, lang));
            self.slots
                .replaced
                .show(notice.into_iter().collect(), Vec::new(), focus);
            self.keys.borrow_mut().replaced = replaced;
        }

        // Only the map has boundaries: another view neither waits for
        // them nor is described again when they come.
        let bounds = if params.view == View::Map {
            // Boundaries that failed are asked for again each time the map
            // is shown: the network may be back.
            let entering = self.area.borrow().as_ref().map(|a| a.kind) != Some(Kind::Map);
            if entering && matches!(self.bounds.borrow().1, Bounds::Failed(_)) {
                *self.bounds.borrow_mut() = (None, Bounds::None);
            }
            self.boundaries(ds, params.data_url())
        } else {
            Bounds::None
        };
        let d = self.describe(ds, params, lang, &bounds);
        // What a citation and an export name: this view with its own
        // filters, in the language shown, and pinned to the dated copy of
        // its numbers when the bake kept one, so the cited figures never
        // change.
        let link = url::link(&Params {
            lang: Some(lang),
            data: versions
                .pin
                .as_ref()
                .map(|(href, _)| href.clone())
                .or(params.data.clone()),
            ..params.shared()
        })
        .unwrap_or_default();
        let inputs = Inputs {
            d: &d,
            ds,
            params,
            palette,
            link: &link,
            bounds: &bounds,
            dispatch,
        };
        let kind = Kind::of(&d, params.view);
        let mut area = self.area.borrow_mut();
        if area.as_ref().map(|a| a.kind) != Some(kind) {
            // The old view's chart stops listening first.
            area.take();
            let (made, parts) = ViewArea::new(kind, &inputs);
            self.slots.view.show(parts, Vec::new(), focus);
            made.attached();
            *area = Some(made);
        }
        if let Some(area) = &*area {
            area.update(&inputs, &self.slots.credits, focus);
        }
        drop(area);
        if kind.drawn_when_shown() {
            page::set_state(PageState::Ready);
        }

        let shared = share::Shared {
            params: params.clone(),
            lang,
            titles: Lang::ALL.map(|l| (l, clip(ds.title().get(l), 200))),
            programs: ds
                .programs()
                .iter()
                .map(|p| (p.id().to_owned(), clip(p.label().get(lang), 80)))
                .collect(),
            pin: versions.pin,
        };
        let bar = self.share.borrow().clone();
        let bar = bar.unwrap_or_else(|| {
            let bar = ShareBar::new();
            self.slots.share.show(vec![bar.part()], Vec::new(), focus);
            *self.share.borrow_mut() = Some(bar.clone());
            bar
        });
        bar.update(shared, Rc::new(self.weakly(|me| me.draw())), focus);
    }
}

/// Printing shows the tables that are folded away on screen.
fn open_folded_tables() {
    let folded =
        super::dom::document().and_then(|doc| doc.query_selector_all("details.numbers").ok());
    if let Some(all) = folded {
        for i in 0..all.length() {
            if let Some(el) = all.get(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                let _ = el.set_attribute("open", "");
            }
        }
    }
}
