//! The shape every expansion has, for a valid catalog and for the stub of
//! one with problems alike: the enum, then its table and impls in a
//! `const _` block whose names (`errcat_core::reserved::RESERVED_NAMES`)
//! cannot clash with the user's.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::by_status::ByStatus;
use super::impls;
use super::lookup::Lookup;
use super::table::{self, Columns};
use crate::invocation::Invocation;

/// What differs between the enum of a valid catalog and the fallback stub:
/// everything else is [`generate`]'s, written once.
pub(super) struct Parts<'a> {
    /// The enum's `#[doc]`.
    pub(super) enum_doc: TokenStream,
    /// The variants, in file order.
    pub(super) variants: Vec<Ident>,
    /// Each variant's attributes, in the same order (or none).
    pub(super) variant_attrs: Vec<TokenStream>,
    /// What the catalog says of each variant, in the same order.
    pub(super) columns: Columns<'a>,
    /// The perfect hash `from_code` searches.
    pub(super) lookup: Lookup,
    /// What `with_status` searches.
    pub(super) by_status: ByStatus,
    /// The declared fields' tables and accessors (`fields`).
    pub(super) fields: TokenStream,
}

/// The enum, and its table and impls.
pub(super) fn generate(
    invocation: &Invocation,
    include: &TokenStream,
    parts: Parts<'_>,
) -> TokenStream {
    let Invocation {
        krate,
        attrs,
        vis,
        name,
        ..
    } = invocation;
    let Parts {
        enum_doc,
        variants,
        variant_attrs,
        columns,
        lookup,
        by_status,
        fields,
    } = parts;
    let impls = impls::generate(name, &variants, &by_status);
    let table = table::generate(columns, lookup, &by_status);
    quote! {
        #attrs
        #enum_doc
        #[derive(::core::clone::Clone, ::core::marker::Copy, ::core::cmp::PartialEq, ::core::cmp::Eq, ::core::hash::Hash)]
        #vis enum #name {
            #(#variant_attrs #variants,)*
        }

        // Deprecated variants warn where the user names them, not here:
        // every table and impl below names them all.
        #[allow(deprecated)]
        const _: () = {
            use #krate::__private as __errcat;

            #include
            #table
            #impls
            #fields

            // serde, http and axum impls, as enabled in errcat's features.
            __errcat::integrations!(#name);
        };
    }
}
