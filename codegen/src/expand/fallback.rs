//! What the macro emits for a catalog with problems: the errors, and a stub
//! enum with the same API, so that the user's code that names the enum and
//! its variants compiles far enough to show only the catalog's errors.

use proc_macro2::{Ident, TokenStream};
use quote::format_ident;

use super::skeleton::{self, Parts};
use super::table::Columns;
use super::{by_status, lookup};
use crate::invocation::Invocation;

/// The stub: every variant name that could be recovered, and the real
/// enum, table and accessors of [`skeleton`] over placeholder rows, no
/// perfect hash and no statuses; `field_accessors` are those of the
/// declared fields that could be read.
pub(crate) fn fallback(
    invocation: &Invocation,
    recovered: &[String],
    include: &TokenStream,
    field_accessors: &TokenStream,
) -> TokenStream {
    let mut names: Vec<String> = recovered.to_vec();
    if names.is_empty() {
        // A variant keeps `self as usize` legal, which an empty enum is not.
        names.push("CatalogHasErrors".to_owned());
    }
    let variants: Vec<Ident> = names
        .iter()
        .map(|variant| format_ident!("{}", variant))
        .collect();
    let parts = Parts {
        enum_doc: TokenStream::new(),
        variant_attrs: vec![TokenStream::new(); variants.len()],
        variants,
        columns: Columns::stub(&names),
        lookup: lookup::stub(),
        by_status: by_status::stub(),
        fields: field_accessors.clone(),
    };
    skeleton::generate(invocation, include, parts)
}
