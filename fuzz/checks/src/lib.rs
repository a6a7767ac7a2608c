//! The properties errcat's fuzz targets check, one module per target.
//!
//! Each check takes the fuzzer's raw bytes and panics when a property does
//! not hold, which is how libFuzzer notices. The fuzz targets in `fuzz/`
//! (nightly, cargo-fuzz) are one-line calls into this crate, and the tests
//! of this crate replay `fuzz/corpus/<target>/*` and
//! `fuzz/artifacts/<target>/*` on stable, so a bug the fuzzer found stays
//! fixed without a fuzzer.
#![forbid(unsafe_code)]

mod carrier;
pub mod catalog;
pub mod challenge;
mod form;
pub mod json;
pub mod redirect;
pub mod render;

/// A fuzz target: its name (the directory of its corpus) and its check.
pub type Target = (&'static str, fn(&[u8]));

/// Every fuzz target, by the name of its directory under `fuzz/corpus` and
/// `fuzz/artifacts`.
pub const TARGETS: &[Target] = &[
    ("catalog", catalog::check),
    ("parse_json", json::check),
    ("parse_redirect", redirect::check),
    ("parse_challenge", challenge::check),
    ("render", render::check),
];
