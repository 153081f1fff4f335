//! The browser layer: yew components that hold UI state, turn events into
//! actions and call the core. Compiled for wasm32 only.

pub mod app;
pub mod canvas;
pub mod components;
pub mod crash;
pub mod embed;
pub mod export;
pub mod fetch;
pub mod hooks;
pub mod intl;
pub mod page;
pub mod publisher;
pub mod start;
pub mod url;

/// Talc instead of Rust's default dlmalloc: 2.2 KB smaller in the gzipped
/// wasm, and faster at the many small allocations yew makes.
// SAFETY: the browser runs this wasm on one thread (no atomics, no shared
// memory), which is what `TalckWasm` requires.
#[global_allocator]
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };

/// Whether the page is an embed: the embed build (`dist/embed/`, built
/// without the `explorer` feature) always is, the full app with `embed=1`.
/// A constant `true` in the embed build, so the compiler leaves the
/// explorer's parts (share bar, Embed panel, downloads, dataset form, view
/// tabs, citation) out of it.
pub fn embedded(params: &crate::core::params::Params) -> bool {
    !cfg!(feature = "explorer") || params.embed
}

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
