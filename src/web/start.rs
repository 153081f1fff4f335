//! Start-up: fetch the dataset, then mount the app into `#pantau` (or the
//! body). The page's own "loading" text shows until then: mounting once
//! with the data saves rendering, laying out and painting a loading state
//! first.

use super::app::{fetch_dataset, App, AppProps};
use super::{crash, url, Shared};
use std::rc::Rc;

/// Starts the app.
pub fn start() {
    crash::install();
    let (params, warnings) = url::read();
    url::warn(&warnings);
    wasm_bindgen_futures::spawn_local(async move {
        let first_load = fetch_dataset(params.data_url()).await;
        mount(AppProps {
            params,
            first_load: Shared(Rc::new(first_load)),
            preview: false,
        });
    });
}

fn mount(props: AppProps) {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("pantau"));
    match root {
        Some(root) => {
            // Not `innerHTML`: under Trusted Types even an empty string
            // there is refused, and the page would stay "loading".
            root.set_text_content(None);
            yew::Renderer::<App>::with_root_and_props(root, props).render();
        }
        None => {
            yew::Renderer::<App>::with_props(props).render();
        }
    }
}
