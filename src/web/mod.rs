//! The browser layer: yew components that hold UI state, turn events into
//! actions and call the core. Compiled for wasm32 only.

pub mod app;
pub mod canvas;
pub mod components;
pub mod crash;
pub mod embed;
pub mod export;
pub mod fetch;
pub mod i18n;
pub mod intl;
pub mod page;
pub mod url;

/// Dataset text as shown on screen: long strings are shortened (exports
/// keep them whole), so a hostile or careless file cannot flood the page.
pub fn clip(text: &str, max_chars: usize) -> String {
    crate::core::text::shorten(text, max_chars).into_owned()
}

use std::ops::Deref;
use std::rc::Rc;

/// Shared data compared by identity, not by value: props holding the
/// dataset or a layout stay cheap to compare on every render.
pub struct Shared<T: ?Sized>(pub Rc<T>);

impl<T: ?Sized> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Rc::clone(&self.0))
    }
}

impl<T: ?Sized> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T: ?Sized> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// Fetches the dataset, then mounts the app into `#pantau` (or the body).
/// The page's own "loading" text shows until then: mounting once with the
/// data saves rendering, laying out and painting a loading state first.
pub fn start() {
    crash::install();
    let (params, warnings) = url::read();
    url::warn(&warnings);
    wasm_bindgen_futures::spawn_local(async move {
        let first_load = app::fetch_dataset(params.data_url()).await;
        mount(app::AppProps {
            params,
            first_load: Shared(Rc::new(first_load)),
        });
    });
}

fn mount(props: app::AppProps) {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("pantau"));
    match root {
        Some(root) => {
            root.set_inner_html("");
            yew::Renderer::<app::App>::with_root_and_props(root, props).render();
        }
        None => {
            yew::Renderer::<app::App>::with_props(props).render();
        }
    }
}
