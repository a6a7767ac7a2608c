//! What the catalog says beyond the rows that the runtime's integrations
//! read through `errcat::ErrorCode`: the catalog's `domain`, each code's
//! `reference` and its URL, and the `grpc_code` override.
//!
//! The reference tables live in the accessors' bodies, so they add no name
//! beside the enum; a catalog that writes no reference gets accessors that
//! return `None` and no table at all.

use crate::keys::{self, GRPC_CODE_FIELD};
use proc_macro2::{Literal, TokenStream};
use quote::quote;

use crate::model::{Catalog, FieldDecl, FieldType};
use crate::reference;

/// The inherent items and the `ErrorCode` items of the metadata.
pub(crate) struct Metadata {
    /// `DOMAIN`, `reference` and `reference_url`, on the enum.
    pub(crate) inherent: TokenStream,
    /// The same, and `grpc_code` when the catalog declares it, in the
    /// `ErrorCode` impl.
    pub(crate) trait_items: TokenStream,
}

/// The metadata of a valid catalog.
pub(crate) fn generate(catalog: &Catalog) -> Metadata {
    let references: Vec<Option<&str>> = catalog
        .entries
        .iter()
        .map(|entry| entry.reference.as_deref())
        .collect();
    let urls: Vec<Option<String>> = references
        .iter()
        .map(|written| written.and_then(reference::url))
        .collect();
    let urls: Vec<Option<&str>> = urls.iter().map(Option::as_deref).collect();
    let grpc = catalog
        .fields
        .iter()
        .find(|field| field.name == GRPC_CODE_FIELD && field.ty == FieldType::String);
    tokens(catalog.domain.as_deref(), &references, &urls, grpc)
}

/// The metadata of the stub a catalog with problems gets: no domain and no
/// references, so code calling the accessors compiles.
pub(crate) fn stub() -> Metadata {
    tokens(None, &[], &[], None)
}

fn tokens(
    domain: Option<&str>,
    references: &[Option<&str>],
    urls: &[Option<&str>],
    grpc: Option<&FieldDecl>,
) -> Metadata {
    let domain = match domain {
        Some(domain) => quote!(::core::option::Option::Some(#domain)),
        None => quote!(::core::option::Option::None),
    };
    let domain_doc = format!(" {}", keys::DOMAIN.doc);
    let reference_doc = format!(
        " {} `None` when the catalog gives none.",
        keys::REFERENCE.doc
    );
    let reference = column(references);
    let reference_url = column(urls);
    let inherent = quote! {
        #[doc = #domain_doc]
        pub const DOMAIN: ::core::option::Option<&'static str> = #domain;

        #[doc = #reference_doc]
        #[must_use]
        pub const fn reference(self) -> ::core::option::Option<&'static str> {
            #reference
        }

        /// The URL of `reference`: the RFC Editor's copy of an RFC (and section), OpenID
        /// Connect Core 1.0, or a URL written out; `None` when errcat knows no URL for it.
        #[must_use]
        pub const fn reference_url(self) -> ::core::option::Option<&'static str> {
            #reference_url
        }
    };
    // The field's accessor returns an `Option` only when it has neither a
    // default nor `required = true`.
    let grpc = grpc.map(|field| {
        let value = if field.is_optional() {
            quote!(Self::grpc_code(self))
        } else {
            quote!(::core::option::Option::Some(Self::grpc_code(self)))
        };
        quote! {
            fn grpc_code(self) -> ::core::option::Option<&'static str> {
                #value
            }
        }
    });
    let trait_items = quote! {
        const DOMAIN: ::core::option::Option<&'static str> = Self::DOMAIN;

        fn reference(self) -> ::core::option::Option<&'static str> {
            Self::reference(self)
        }

        fn reference_url(self) -> ::core::option::Option<&'static str> {
            Self::reference_url(self)
        }

        #grpc
    };
    Metadata {
        inherent,
        trait_items,
    }
}

/// An accessor body reading an optional text column: a table of the texts
/// in the body, `""` for none (catalog text is never empty), or `None`
/// outright when no code has one.
fn column(cells: &[Option<&str>]) -> TokenStream {
    if cells.iter().all(Option::is_none) {
        return quote!(let _ = self; ::core::option::Option::None);
    }
    let count = Literal::usize_unsuffixed(cells.len());
    let cells = cells.iter().map(|cell| cell.unwrap_or_default());
    quote! {
        const TEXTS: &[&str; #count] = &[#(#cells),*];
        let text = TEXTS[self as usize];
        if text.is_empty() { ::core::option::Option::None } else { ::core::option::Option::Some(text) }
    }
}
