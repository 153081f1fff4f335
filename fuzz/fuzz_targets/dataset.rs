//! The dataset parser and validator, and everything drawn from a valid
//! dataset: no input may panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    pantau_fuzz_support::dataset(data);
});

#[path = "../support.rs"]
mod pantau_fuzz_support;
