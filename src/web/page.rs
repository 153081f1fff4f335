//! The page contract: `body[data-state]`, `<html lang>`, and the theme's
//! colours as CSS custom properties on `<html>`.

use crate::core::host::HostLook;
use crate::core::params::{Params, ThemeChoice};
use crate::core::state::{Load, UiState};
use crate::core::strings::strings;
use crate::core::text::Lang;
use crate::core::theme::{Mode, Palette};
use gloo_events::EventListener;
use wasm_bindgen::JsCast;

/// What `document.body.dataset.state` says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageState {
    Loading,
    Ready,
    Error,
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Sets `body[data-state]` when it changes. Once the app has drawn (or
/// has something to say), it takes the place of a static first view.
pub fn set_state(state: PageState) {
    let value = match state {
        PageState::Loading => "loading",
        PageState::Ready => "ready",
        PageState::Error => "error",
    };
    // Only on a change: every redraw (a hover) reports "ready" again.
    if let Some(body) = document().and_then(|d| d.body()) {
        let data = body.dataset();
        let shown = data.get("state");
        // The static view stays on screen while the app fetches more (the
        // map its boundaries): the page stays "baked" until it takes over,
        // and never goes back to "loading" (the page contract's order).
        if state == PageState::Loading && shown.as_deref() == Some("baked") {
            return;
        }
        if shown.as_deref() != Some(value) {
            if state != PageState::Loading {
                take_over_from_static_view();
            }
            let _ = data.set("state", value);
        }
    }
}

/// Removes the static first view `static/preload.js` showed (if any) and
/// brings the app, rendered behind it, into its place in the same frame:
/// the page's layout does not shift, and nothing goes blank in between.
fn take_over_from_static_view() {
    let Some(doc) = document() else { return };
    if let Some(baked) = doc.get_element_by_id("pantau-baked") {
        baked.remove();
    }
    if let Some(app) = doc.get_element_by_id("pantau") {
        let _ = app.class_list().remove_1("pantau-behind");
    }
}

thread_local! {
    static STATIC_CHART_WIDTH: std::cell::Cell<Option<f64>> = const { std::cell::Cell::new(None) };
}

/// Notes the width of the static first view's chart box, when one is
/// shown, for the app's first chart ([`take_static_chart_width`]), which
/// gets a box of the same width. Called at start, before the app changes
/// the page: the layout is clean then, so reading the width costs nothing,
/// where measuring the app's own box would cost laying out its whole new
/// page at once.
pub fn keep_static_chart_width() {
    let width = document()
        .and_then(|d| {
            d.query_selector("#pantau-baked:not([hidden]) .baked:not([hidden]) .baked-chart")
                .ok()?
        })
        .map(|chart| chart.client_width())
        .filter(|w| *w > 0)
        .map(f64::from);
    STATIC_CHART_WIDTH.with(|kept| kept.set(width));
}

/// The width [`keep_static_chart_width`] noted, once, while the static
/// view is still shown: only the first chart takes its place.
pub fn take_static_chart_width() -> Option<f64> {
    let width = STATIC_CHART_WIDTH.with(std::cell::Cell::take);
    width.filter(|_| {
        document()
            .and_then(|d| d.get_element_by_id("pantau-baked"))
            .is_some()
    })
}

/// The tab's title for `state`: the dataset's, that it is loading, or that
/// it cannot be shown; never the title of a dataset that another is
/// replacing or failed to replace.
pub fn title(state: &UiState) -> String {
    let t = strings(state.lang);
    match &state.load {
        Load::Ready(ds) => super::clip(ds.title().get(state.lang), 120),
        Load::Loading => format!("{} · Pantau", t.loading),
        Load::Failed(_) => format!("{} · Pantau", t.error_title),
    }
}

/// Sets `<html lang>` and the document title.
pub fn set_lang_and_title(lang: Lang, title: Option<&str>) {
    if let Some(doc) = document() {
        // Only on a change: setting `lang`, even to the same value, makes
        // the browser work out the whole page's style again (20 ms on a
        // slow phone), and the static view already set it.
        if let Some(root) = doc
            .document_element()
            .filter(|root| root.get_attribute("lang").as_deref() != Some(lang.tag()))
        {
            let _ = root.set_attribute("lang", lang.tag());
        }
        if let Some(title) = title {
            doc.set_title(title);
        }
    }
}

/// The page's colours: the theme a link asks for; for `auto`, in an
/// embed, the host page where it sits (its `embed.js` says how it looks),
/// then the reader's system. On the host's background when the widget has
/// the host's scheme.
pub fn palette(params: &Params, host: Option<HostLook>, prefers_dark: bool) -> Palette {
    let mode = match (params.theme, host) {
        (ThemeChoice::Light, _) => Mode::Light,
        (ThemeChoice::Dark, _) => Mode::Dark,
        (ThemeChoice::Auto, Some(host)) => host.mode,
        (ThemeChoice::Auto, None) if prefers_dark => Mode::Dark,
        (ThemeChoice::Auto, None) => Mode::Light,
    };
    let mut palette = Palette::new(mode, params.accent);
    if let Some(host) = host.filter(|h| h.mode == mode) {
        palette = palette.on_background(host.background);
    }
    palette.transparent = params.transparent;
    palette
}

/// Puts the palette on `<html>` as CSS custom properties, so the page's
/// chrome and the charts share one set of colours.
pub fn apply_palette(palette: &Palette) {
    let Some(root) = document()
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let mode = if palette.mode == Mode::Dark {
        "dark"
    } else {
        "light"
    };
    let _ = root.set_attribute("data-theme", mode);
    let style = root.style();
    let vars = [
        ("--bg", palette.background),
        ("--fg", palette.text),
        ("--muted", palette.muted),
        ("--grid", palette.grid),
        ("--accent", palette.accent),
        ("--accent-text", palette.accent_text),
        ("--on-accent", palette.accent.readable_text()),
        ("--formed", palette.formed),
        ("--planned", palette.planned),
        ("--none", palette.none),
    ];
    for (name, color) in vars {
        let _ = style.set_property(name, &color.to_string());
    }
    if palette.transparent {
        let _ = style.set_property("--bg", "transparent");
    }
}

/// The media query of the reader's system asking for dark colours.
pub fn prefers_dark_query() -> Option<web_sys::MediaQueryList> {
    web_sys::window()?
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten()
}

/// Calls `on_change` with whether the system asks for dark colours each
/// time that changes, while the listener is kept.
pub fn listen_prefers_dark(
    query: &web_sys::MediaQueryList,
    on_change: impl Fn(bool) + 'static,
) -> EventListener {
    let q = query.clone();
    EventListener::new(query, "change", move |_| on_change(q.matches()))
}

/// What the explorer and the embed start from: the state with the first
/// fetch's answer, and the reader's colour scheme, whose palette is
/// already on the page.
pub struct Start {
    pub state: UiState,
    pub dark_query: Option<web_sys::MediaQueryList>,
    pub prefers_dark: bool,
    pub palette: Palette,
}

/// The state at start-up, with the page's first colours put on it.
pub fn start(params: Params, first_load: super::dataset::Fetched) -> Start {
    let mut state = UiState::new(params, super::locale::browser_lang());
    let attempt = state.attempt;
    state.apply(first_load.into_action(attempt));
    let dark_query = prefers_dark_query();
    let prefers_dark = dark_query.as_ref().is_some_and(|q| q.matches());
    let palette = palette(&state.params, None, prefers_dark);
    apply_palette(&palette);
    Start {
        state,
        dark_query,
        prefers_dark,
        palette,
    }
}
