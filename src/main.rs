//! Entry point of the browser app: starts the app. Natively there is
//! nothing to run here; the publisher's tool is the `pantau` binary.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

#[cfg(target_arch = "wasm32")]
fn main() {
    pantau::web::start::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("pantau-app is the browser app: build it with `trunk build`. The command-line tool is `pantau`.");
}
