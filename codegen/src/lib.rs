//! errcat's compiler: a TOML catalog of error codes becomes a validated
//! model, rustc-style diagnostics, and the tokens of a Rust enum.
//!
//! The passes, each in its own module: [`invocation`] reads the macro input;
//! `load` reads the file; `parse` turns TOML text into values with byte
//! spans; `validate` applies the catalog rules, collecting every problem
//! (`analyze` runs the two); `expand` generates tokens from a [`Catalog`]
//! that is known to be valid, so generation cannot fail; `driver` is the
//! macro's entry point, [`expand`], over them. There is no `proc_macro`
//! dependency here: the passes are unit-tested on strings and reused by
//! the CLI.
#![forbid(unsafe_code)]

mod analyze;
pub mod diagnostic;
mod driver;
mod expand;
pub mod http_status;
pub mod invocation;
pub mod keys;
mod load;
pub mod markdown;
pub mod model;
pub mod naming;
mod parse;
mod printable;
pub mod reference;
pub mod source;
mod subset;
mod suggest;
mod validate;
pub mod wire_text;

pub use analyze::check;
pub use diagnostic::{Diagnostic, Style};
pub use driver::{MAX_REPORTED, expand, generate};
pub use load::{MAX_CATALOG_BYTES, check_bytes, read_catalog_bytes};
pub use model::{Catalog, Deprecation, Entry, FieldDecl, FieldType, FieldValue, TextRule};
pub use source::SourceFile;
