//! The root package's integration tests, one test binary
//! (`cargo test --test integration`) with a module for each file here:
//! `LoginError`'s generated API (`api`) against the published page
//! (`seed`), read by a real OAuth 2.0 client (`oauth2_interop`) and served
//! by the example server (`example_server`), answered alike by axum and
//! actix-web over real HTTP (`actix_axum_parity`, and `actix_example` for
//! the actix-web example; both serve through `two_servers`), over a real gRPC channel
//! (`grpc_channel`), documented with utoipa (`utoipa_openapi`, the OpenAPI document of
//! `examples/utoipa_server.rs` against what it sends) and with aide
//! (`aide_openapi`), its replies validated against both documents by
//! openapi-core (`openapi_responses`), its endpoint tags against the
//! specifications (`endpoint_tags`), its subset enums by tag and their
//! conversions (`subsets`); the macro on other catalogs
//! (`interleaved_statuses`, `large_catalog`) and in crates outside the
//! workspace
//! (`standalone_crate`, `catalog_v2_crate` for every part of the v2
//! format, and `rustdoc_text_crate` for a catalog whose every text is
//! hostile Markdown, all built by `nested_cargo`); the samples and links
//! of the README and the manual (`docs_samples`).
//!
//! The runtime's wire tests are errcat's own, in `runtime/tests/wire`; the
//! macro's compile-fail and pass cases are errcat-macros' (`macros/tests/ui`).

mod actix_axum_parity;
mod actix_example;
mod aide_openapi;
mod api;
mod catalog_v2_crate;
mod docs_samples;
mod endpoint_tags;
mod example_server;
mod grpc_channel;
mod interleaved_statuses;
mod large_catalog;
mod nested_cargo;
mod oauth2_interop;
mod openapi_responses;
mod rustdoc_text_crate;
mod seed;
mod standalone_crate;
mod subsets;
mod two_servers;
mod utoipa_openapi;
