//! Replays every input in tests/fixtures/fuzz/ through what the fuzz
//! targets do: each crash the fuzzer ever found is kept there, so it can
//! never come back.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../fuzz/support.rs"]
mod support;

fn replay(target: &str, run: fn(&[u8])) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/fuzz")
        .join(target);
    let mut count = 0;
    for entry in std::fs::read_dir(&dir).expect("fixture folder") {
        let path = entry.expect("entry").path();
        let bytes = std::fs::read(&path).expect("readable");
        let outcome = std::panic::catch_unwind(|| run(&bytes));
        assert!(outcome.is_ok(), "{} panics", path.display());
        count += 1;
    }
    assert!(count > 0, "no inputs in {}", dir.display());
}

#[test]
fn dataset_inputs_never_panic() {
    replay("dataset", support::dataset);
}

#[test]
fn geojson_inputs_never_panic() {
    replay("geojson", support::geojson);
}

#[test]
fn params_inputs_never_panic_and_round_trip() {
    replay("params", support::params);
}
