//! The browser layer (yew), wasm32 only.
