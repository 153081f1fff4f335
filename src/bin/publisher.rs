//! Entry point of the publisher page (`dist/terbitkan/`): checks, previews
//! and converts a dataset in the browser. Natively there is nothing to run.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

#[cfg(target_arch = "wasm32")]
fn main() {
    pantau::web::publisher::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("pantau-publisher is the publisher page: build it with `trunk build terbitkan/index.html`. The command-line tool is `pantau`.");
}
