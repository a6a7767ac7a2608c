//! The procedural macro behind `errcat::catalog!`. Use it through the
//! `errcat` crate, which passes its own path in and holds the runtime items
//! the generated code names. All the work is in `errcat-codegen`.
#![forbid(unsafe_code)]

use proc_macro::TokenStream;

/// Generates an error enum from a TOML catalog; see `errcat::catalog!`.
#[proc_macro]
pub fn catalog(input: TokenStream) -> TokenStream {
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR").map(std::path::PathBuf::from);
    errcat_codegen::expand(input.into(), manifest_dir.as_deref()).into()
}
