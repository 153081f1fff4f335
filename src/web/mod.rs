//! The browser layer: the full app (the explorer), the embed, and the
//! browser glue both share, all drawn with DOM calls; yew only in the
//! publisher page's own form. They hold UI state, turn events into actions
//! and call the core. Compiled for wasm32 only.

pub mod boundaries;
pub mod canvas;
pub mod chart;
pub mod compact;
pub mod crash;
pub mod dataset;
pub mod dom;
pub mod embed;
#[cfg(feature = "explorer")]
pub mod explorer;
#[cfg(feature = "explorer")]
pub mod export;
pub mod fetch;
pub mod locale;
pub mod page;
pub mod parts;
#[cfg(feature = "publisher")]
pub mod publisher;
pub mod start;
pub mod url;

/// Talc instead of Rust's default dlmalloc: 2.2 KB smaller in the gzipped
/// wasm, and faster at many small allocations.
// SAFETY: the browser runs this wasm on one thread (no atomics, no shared
// memory), which is what `TalckWasm` requires.
#[global_allocator]
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };

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
