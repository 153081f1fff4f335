//! Fetching text over HTTP with revalidation, a time limit and errors that
//! say what went wrong; the default dataset's first download is started
//! by the page itself (`static/preload.js`) and taken over here.

use crate::core::error::{DatasetError, ErrorKind};
use crate::core::loading::{is_html, LoadError, TIMEOUT_SECONDS};
use crate::core::validate::MAX_BYTES;
use gloo_timers::callback::Timeout;
use js_sys::{Object, Promise, Reflect};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, RequestCache, RequestInit, Response, Window};

/// `url` made absolute against `base` (the page, or a dataset's URL for
/// the files it names); unchanged when the browser cannot parse it.
pub fn absolute(url: &str, base: &str) -> String {
    web_sys::Url::new_with_base(url, base)
        .map(|u| u.href())
        .unwrap_or_else(|_| url.to_owned())
}

/// The dated copy a bake kept of the page's dataset
/// (`<link id="pantau-version" href="…" data-for="…">`).
#[derive(Clone, Debug, PartialEq)]
pub struct KeptVersion {
    /// The copy's address as the page gives it (relative to the page).
    pub href: String,
    /// The copy's absolute address.
    pub absolute: String,
    /// The live dataset's address as the page gives it.
    pub live_href: String,
    /// The live dataset's absolute address.
    pub live: String,
}

/// The dated copy the bake kept, when the page was baked.
pub fn kept_version() -> Option<KeptVersion> {
    let link = web_sys::window()?
        .document()?
        .get_element_by_id("pantau-version")?;
    let page = page_url();
    let href = link.get_attribute("href")?;
    let live_href = link.get_attribute("data-for")?;
    Some(KeptVersion {
        absolute: absolute(&href, &page),
        live: absolute(&live_href, &page),
        href,
        live_href,
    })
}

/// The page's own URL, the base of relative dataset URLs.
pub fn page_url() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_default()
}

/// Fetches `url` (absolute). Revalidates with the server
/// (`cache: "no-cache"`) so a republished file shows on the next load, and
/// gives up after [`TIMEOUT_SECONDS`]. Bytes, not text: copying them into
/// the wasm is a copy, where a string is transcoded from UTF-16.
pub async fn fetch_bytes(url: &str) -> Result<Vec<u8>, LoadError> {
    let Some(window) = web_sys::window() else {
        return Err(LoadError::Network {
            url: url.to_owned(),
        });
    };
    if !window.navigator().on_line() {
        return Err(LoadError::Offline {
            url: url.to_owned(),
        });
    }
    let (request, controller, preloaded) = match take_preload(&window, url) {
        Some(started) => started,
        None => {
            let controller = AbortController::new().ok();
            let init = RequestInit::new();
            init.set_cache(RequestCache::NoCache);
            if let Some(controller) = &controller {
                init.set_signal(Some(&controller.signal()));
            }
            (window.fetch_with_str_and_init(url, &init), controller, None)
        }
    };
    let timed_out = Rc::new(Cell::new(false));
    // Dropping the timeout cancels it, so it lives exactly as long as the load.
    let _deadline = {
        let timed_out = Rc::clone(&timed_out);
        let controller = controller.clone();
        Timeout::new(TIMEOUT_SECONDS * 1000, move || {
            timed_out.set(true);
            if let Some(controller) = controller {
                controller.abort();
            }
        })
    };
    let failed = |timed_out: &Cell<bool>| {
        if timed_out.get() {
            LoadError::Timeout {
                url: url.to_owned(),
                seconds: TIMEOUT_SECONDS,
            }
        } else if web_sys::window().is_some_and(|w| !w.navigator().on_line()) {
            LoadError::Offline {
                url: url.to_owned(),
            }
        } else {
            LoadError::Network {
                url: url.to_owned(),
            }
        }
    };
    let response = JsFuture::from(request)
        .await
        .map_err(|_| failed(&timed_out))?;
    let response: Response = response.dyn_into().map_err(|_| failed(&timed_out))?;
    if !response.ok() {
        return Err(LoadError::Http {
            url: url.to_owned(),
            status: response.status(),
        });
    }
    let headers = response.headers();
    let content_type = headers
        .get("content-type")
        .ok()
        .flatten()
        .unwrap_or_default();
    if is_html(&content_type) {
        return Err(LoadError::NotJson {
            url: url.to_owned(),
            content_type,
        });
    }
    let declared = headers
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|n| n.trim().parse::<usize>().ok());
    if let Some(bytes) = declared.filter(|b| *b > MAX_BYTES) {
        return Err(too_large(url, bytes));
    }
    let body = match preloaded {
        Some(bytes) => bytes,
        None => response.array_buffer().map_err(|_| failed(&timed_out))?,
    };
    let body = JsFuture::from(body).await.map_err(|_| failed(&timed_out))?;
    let body = js_sys::Uint8Array::new(&body);
    if body.length() as usize > MAX_BYTES {
        return Err(too_large(url, body.length() as usize));
    }
    Ok(body.to_vec())
}

/// The download of `url` that `static/preload.js` started before the app,
/// with its abort controller and, when it has read them, the body's bytes.
/// Taken once: a retry or another dataset fetches anew, and a download of
/// another URL is stopped.
fn take_preload(
    window: &Window,
    url: &str,
) -> Option<(Promise, Option<AbortController>, Option<Promise>)> {
    let key = JsValue::from_str("pantauPreload");
    let preload = Reflect::get(window, &key).ok().filter(JsValue::is_object)?;
    let _ = Reflect::delete_property(window.unchecked_ref::<Object>(), &key);
    let field = |name: &str| Reflect::get(&preload, &JsValue::from_str(name)).ok();
    let controller = field("controller").and_then(|c| c.dyn_into::<AbortController>().ok());
    if field("url").and_then(|u| u.as_string()).as_deref() != Some(url) {
        if let Some(controller) = controller {
            controller.abort();
        }
        return None;
    }
    let response = field("response")?.dyn_into::<Promise>().ok()?;
    let bytes = field("bytes").and_then(|b| b.dyn_into::<Promise>().ok());
    Some((response, controller, bytes))
}

fn too_large(url: &str, bytes: usize) -> LoadError {
    LoadError::Invalid {
        url: url.to_owned(),
        errors: vec![DatasetError::new(
            "",
            ErrorKind::TooLarge {
                bytes,
                limit: MAX_BYTES,
            },
        )],
    }
}
