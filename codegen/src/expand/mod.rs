//! Validated catalog -> Rust tokens.
//!
//! The output is data, not code: one table of columns indexed by the
//! discriminant serves every accessor, so the enum costs rustc the same per
//! variant whatever its size, where a `match` per accessor grows with it.
//! Each file below writes one part of it; [`generate`] puts them together.

mod by_status;
mod docs;
mod fallback;
mod fields;
mod impls;
mod literal;
mod lookup;
mod oauth_text;
mod perfect_hash;
mod skeleton;
mod subset;
mod table;

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use crate::invocation::Invocation;
use crate::model::Catalog;

pub(crate) use fallback::fallback;
pub(crate) use fields::stub_accessors;
pub(crate) use subset::{fallback as subset_fallback, generate as generate_subset};

/// The enum and everything generated for it.
pub(crate) fn generate(
    catalog: &Catalog,
    invocation: &Invocation,
    include: &TokenStream,
) -> TokenStream {
    let name = &invocation.name;
    let enum_doc = literal::doc_attrs(&docs::enum_doc(
        catalog,
        &name.to_string(),
        &invocation.path,
    ));
    let variants: Vec<Ident> = catalog
        .entries
        .iter()
        .map(|entry| format_ident!("{}", entry.name))
        .collect();
    let variant_attrs = catalog
        .entries
        .iter()
        .map(|entry| {
            let mut lines = docs::variant_doc(entry);
            lines.extend(fields::variant_lines(entry, &catalog.fields));
            let doc = literal::doc_attrs(&lines);
            let alias = docs::usable_as_alias(&entry.code, &entry.name).then(|| {
                let code = &entry.code;
                quote!(#[doc(alias = #code)])
            });
            let deprecated = docs::deprecated_attr(entry);
            quote!(#doc #alias #deprecated)
        })
        .collect();
    skeleton::generate(
        invocation,
        include,
        skeleton::Parts {
            enum_doc,
            variants,
            variant_attrs,
            columns: table::Columns::of(catalog),
            lookup: lookup::generate(catalog),
            by_status: by_status::generate(catalog),
            fields: fields::generate(catalog, name),
        },
    )
}
