//! Fuzz target `parse_json`: see `errcat_fuzz_checks::json` for what it checks.
// No `forbid(unsafe_code)` here: libFuzzer calls the exported
// `#[no_mangle]` entry point that `fuzz_target!` defines, which that lint
// refuses. The checks crate forbids unsafe code.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| errcat_fuzz_checks::json::check(data));
