//! Pantau: an embeddable, client-side data widget for `pantau/1` datasets.
//!
//! [`core`] is plain Rust with no browser in it: the dataset model and its
//! validation, statistics, layout, hit-testing and drawing generic over
//! a small `Surface` trait (canvas, SVG). It serves the browser app, the SVG export
//! and the `pantau` command-line tool alike. `web` is the thin browser layer,
//! compiled for wasm32 only.

// A panic on a data path is a bug: errors are values here.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod core;
#[cfg(target_arch = "wasm32")]
pub mod web;
