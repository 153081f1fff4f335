//! The page URL as the view's state: read on load, written back through
//! `URLSearchParams` (`history.pushState` for another view, so Back
//! returns to it; `replaceState` for the rest).

use super::fetch::{absolute, page_url};
use crate::core::params::{ParamWarning, Params, NAMES};
use wasm_bindgen::JsCast;
use web_sys::UrlSearchParams;

fn search_params() -> Option<UrlSearchParams> {
    let search = web_sys::window()?.location().search().ok()?;
    UrlSearchParams::new_with_str(&search).ok()
}

/// The parameters of the page's URL, and the values that were ignored.
pub fn read() -> (Params, Vec<ParamWarning>) {
    let Some(usp) = search_params() else {
        return (Params::default(), Vec::new());
    };
    let mut pairs = Vec::new();
    if let Ok(Some(iter)) = js_sys::try_iter(&usp) {
        for entry in iter.flatten() {
            let Ok(pair) = entry.dyn_into::<js_sys::Array>() else {
                continue;
            };
            if let (Some(k), Some(v)) = (pair.get(0).as_string(), pair.get(1).as_string()) {
                pairs.push((k, v));
            }
        }
    }
    Params::parse(pairs)
}

/// The query for `params`, keeping parameters of other owners (a host's
/// tracking codes) as they were.
fn query(params: &Params) -> Option<String> {
    let usp = search_params()?;
    for name in NAMES {
        usp.delete(name);
    }
    for (name, value) in params.to_pairs() {
        usp.append(name, &value);
    }
    Some(String::from(usp.to_string()))
}

/// `path` with `query` after it, when there is one.
fn with_query(path: &str, query: &str) -> String {
    if query.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{query}")
    }
}

/// The URL (path, query and hash) for `params` on this page.
pub fn relative_url(params: &Params) -> Option<String> {
    let location = web_sys::window()?.location();
    let path = location.pathname().ok()?;
    let hash = location.hash().ok().unwrap_or_default();
    Some(with_query(&path, &query(params)?) + &hash)
}

/// The absolute link that reopens this view.
pub fn link(params: &Params) -> Option<String> {
    let origin = web_sys::window()?.location().origin().ok()?;
    Some(format!("{origin}{}", relative_url(params)?))
}

/// The absolute link to `page` (relative to the site, whose root is the
/// page's base) showing `params`.
fn site_link(page: &str, params: &Params) -> Option<String> {
    Some(absolute(&with_query(page, &query(params)?), &page_url()))
}

/// An embed's "open full view" link: the same view, filters and language
/// in the full app: the site's main page (the embed build's base is the
/// site's root).
pub fn full_view_link(params: &Params) -> Option<String> {
    let full = Params {
        embed: false,
        frame: None,
        ..params.clone()
    };
    site_link("./", &full)
}

/// The address an embed snippet's iframe loads: the embed build's page
/// (`embed/` beside the app), which carries only what an embed shows.
/// It is an embed whatever its parameters say, so they leave `embed` out.
pub fn embed_link(params: &Params) -> Option<String> {
    site_link(
        "embed/",
        &Params {
            embed: false,
            ..params.clone()
        },
    )
}

/// Writes `params` into the address bar when they changed it: as a new
/// history entry when `new_entry` (another view, so Back returns to the
/// one before), else in place.
pub fn write(params: &Params, new_entry: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(next) = relative_url(params) else {
        return;
    };
    let location = window.location();
    let current = format!(
        "{}{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default(),
        location.hash().unwrap_or_default()
    );
    if current != next {
        if let Ok(history) = window.history() {
            // Failing to rewrite the address bar (a sandboxed iframe) loses
            // only the shareable URL, never the view.
            let _ = if new_entry {
                history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&next))
            } else {
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&next))
            };
        }
    }
}

/// Logs ignored parameters, as SPEC asks.
pub fn warn(warnings: &[ParamWarning]) {
    for w in warnings {
        web_sys::console::warn_1(&w.to_string().into());
    }
}
