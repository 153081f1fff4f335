//! The URL parameter parser and its round trip: no input may panic, and
//! what it writes back reads back the same.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    pantau_fuzz_support::params(data);
});

#[path = "../support.rs"]
mod pantau_fuzz_support;
