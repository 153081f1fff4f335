//! Start-up: fetch the dataset, then draw the page into `#pantau` (or the
//! body): the embed ([`super::compact`]) in the embed build, else the
//! full app ([`super::explorer`]).
//! The page's own "loading" text shows until then: drawing once with the
//! data saves rendering, laying out and painting a loading state first.

use super::dataset::fetch_dataset;
use super::{crash, page, url};

/// Starts the app.
pub fn start() {
    crash::install();
    page::keep_static_chart_width();
    let (params, warnings) = url::read();
    url::warn(&warnings);
    wasm_bindgen_futures::spawn_local(async move {
        let first_load = fetch_dataset(params.data_url()).await;
        let Some(root) = root() else { return };
        // Not `innerHTML`: under Trusted Types even an empty string there
        // is refused, and the page would stay "loading".
        root.set_text_content(None);
        // The embed build (without the `explorer` feature) is always an
        // embed.
        #[cfg(feature = "explorer")]
        if params.embed {
            // `index.html?embed=1`, pasted before the embed build existed:
            // the page's script has sent the reader on to the embed build,
            // and this is its fallback.
            if let Some(embed) = url::embed_link(&params) {
                let _ = web_sys::window().map(|w| w.location().replace(&embed));
            }
        } else {
            // The explorer lives as long as its page.
            std::mem::forget(super::explorer::start(root, params, first_load, false));
        }
        #[cfg(not(feature = "explorer"))]
        super::compact::start(root, params, first_load);
    });
}

/// The element the page is drawn in: `#pantau`, else a new one at the end
/// of the body.
fn root() -> Option<web_sys::Element> {
    let document = web_sys::window()?.document()?;
    if let Some(root) = document.get_element_by_id("pantau") {
        return Some(root);
    }
    let root = document.create_element("div").ok()?;
    document.body()?.append_child(&root).ok()?;
    Some(root)
}
