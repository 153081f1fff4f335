//! The page URL as the view's state: read on load, written back through
//! `URLSearchParams` (`history.pushState` for another view, so Back
//! returns to it; `replaceState` for the rest).

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

/// The URL (path, query and hash) for `params`, keeping parameters of
/// other owners (a host's tracking codes) as they were.
pub fn relative_url(params: &Params) -> Option<String> {
    let location = web_sys::window()?.location();
    let usp = search_params()?;
    for name in NAMES {
        usp.delete(name);
    }
    for (name, value) in params.to_pairs() {
        usp.append(name, &value);
    }
    let query = String::from(usp.to_string());
    let path = location.pathname().ok()?;
    let hash = location.hash().ok().unwrap_or_default();
    Some(if query.is_empty() {
        format!("{path}{hash}")
    } else {
        format!("{path}?{query}{hash}")
    })
}

/// The absolute link that reopens this view.
pub fn link(params: &Params) -> Option<String> {
    let origin = web_sys::window()?.location().origin().ok()?;
    Some(format!("{origin}{}", relative_url(params)?))
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
