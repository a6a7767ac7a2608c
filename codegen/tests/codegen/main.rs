//! errcat-codegen's integration tests, one binary: each module was a test
//! binary of its own, and each binary linked the codegen crate, proptest
//! and syn again.

mod contract;
mod diagnostics;
mod expand;
mod field_properties;
mod generated;
mod generator_properties;
mod keys_by_symbol;
mod keys_table;
mod limits;
mod rustdoc_text;
