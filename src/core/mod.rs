//! The pure core of Pantau: no browser in here, so everything runs and is
//! tested natively. Data flows one way: JSON text → [`raw`] mirror →
//! [`validate`] → [`model`] → statistics and layout → drawing on any
//! [`render::Surface`].

pub mod bake;
pub mod calendar;
pub mod credits;
pub mod error;
pub mod explain;
pub mod export;
pub mod format;
pub mod geo;
pub mod geometry;
pub mod hit;
pub mod host;
pub mod import;
pub mod layout;
#[cfg(all(feature = "cli", not(target_arch = "wasm32")))]
pub mod lighten;
pub mod loading;
pub mod model;
pub mod order;
pub mod params;
pub mod publish;
pub mod raw;
pub mod render;
pub mod scale;
pub mod scheme;
pub mod sentences;
pub mod state;
pub mod stats;
pub mod strings;
#[cfg(test)]
pub(crate) mod testing;
pub mod text;
pub mod theme;
pub mod tooltip;
pub mod validate;
pub mod versions;
pub mod view;
