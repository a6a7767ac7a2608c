//! The runtime's wire behaviour, through an enum the macro generates from
//! `catalog.toml` (a subset of the Login catalog): the exact output of every
//! format (`formats`), JSON bodies from a hostile server (`hostile_json`),
//! the formats' properties for arbitrary text (`properties`,
//! `security_properties`, on the strategies of `hostile_text`), and the
//! serde, http and axum integrations (`serde_and_http`), the http adapter
//! against the neutral response (`neutral_response`), catalog text at the
//! bound of `error_description` (`catalog_at_the_bound`), the text and
//! `error_uri` rules read as a client reads them (`wire_text`), real
//! clients' form parsers on redirects (`redirect_clients`), a
//! `text = "unicode"` catalog on every format (`unicode_text`), and the
//! readers against reference parsers in Python (`reference_json`,
//! `reference_challenge`, run by `reference_python`).
//!
//! One test binary, `cargo test -p errcat --test wire`: each file in this
//! directory is a module of it. New wire tests go in a file here with a
//! `mod` line below; a file directly in `runtime/tests/` would be a test
//! binary of its own, linking proptest and the generated catalog again.
//!
//! The binary needs the `serde` and `http` features (`required-features` in
//! Cargo.toml), which are on by default; the axum test needs `axum` too.

mod bounds;
mod catalog_at_the_bound;
mod formats;
mod hostile_json;
mod hostile_text;
mod neutral_response;
mod properties;
mod read_back;
mod redirect_clients;
mod redirect_roundtrip;
mod reference_challenge;
mod reference_json;
mod reference_python;
mod security_properties;
mod serde_and_http;
mod unicode_text;
mod wire_text;

errcat::catalog! {
    /// The wire tests' codes: one for each status of the Login catalog and
    /// the code it shares, `invalid_token` at 400 and 401. The name is the
    /// Login enum's, whose entries these are.
    enum LoginError = "tests/wire/catalog.toml";
}
