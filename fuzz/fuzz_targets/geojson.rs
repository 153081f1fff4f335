//! The GeoJSON reader, projection and map layout against the default
//! dataset's areas: no input may panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    pantau_fuzz_support::geojson(data);
});

#[path = "../support.rs"]
mod pantau_fuzz_support;
