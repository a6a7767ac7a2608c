//! What the macro emits for a catalog with problems: the errors, and a stub
//! enum with the same API, so that the user's code that names the enum and
//! its variants compiles far enough to show only the catalog's errors.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote};

use crate::invocation::Invocation;

/// The stub: every variant name that could be recovered, and the real
/// accessors over placeholder rows; `field_accessors` are those of the
/// declared fields that could be read.
pub(crate) fn fallback(
    invocation: &Invocation,
    recovered: &[String],
    include: &TokenStream,
    field_accessors: &TokenStream,
) -> TokenStream {
    let Invocation {
        krate,
        attrs,
        vis,
        name,
        ..
    } = invocation;
    let mut names: Vec<String> = recovered.to_vec();
    if names.is_empty() {
        // A variant keeps `self as usize` legal, which an empty enum is not.
        names.push("CatalogHasErrors".to_owned());
    }
    let variants: Vec<Ident> = names
        .iter()
        .map(|variant| format_ident!("{}", variant))
        .collect();
    let count = Literal::usize_unsuffixed(variants.len());
    let impls = super::impls(name, &variants);
    quote! {
        #attrs
        #[derive(::core::clone::Clone, ::core::marker::Copy, ::core::cmp::PartialEq, ::core::cmp::Eq, ::core::hash::Hash)]
        #vis enum #name {
            #(#variants,)*
        }

        const _: () = {
            use #krate::__private as __errcat;
            use ::core::option::Option::{None, Some};

            #include

            const ROWS: &[(&str, &str, u16, &str, &str); #count] = &[
                #((#names, "", 0, "", ""),)*
            ];
            const LOOKUP: __errcat::PerfectHash<#name> = __errcat::PerfectHash {
                seed: 0,
                mode: __errcat::Mode::Sampled,
                displacements: &[],
                slots: &[],
                variants: #name::ALL,
            };
            const BY_STATUS: &[(u16, u32, u32); 0] = &[];
            const STATUS_ORDER: &[#name] = &[];
            #impls
            #field_accessors
            __errcat::integrations!(#name);
        };
    }
}
