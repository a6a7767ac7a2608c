//! The enum's inherent API and trait impls: each accessor a `const fn`
//! reading one column of `TABLE` at the discriminant, and an `ErrorCode`
//! impl that only names the table, whose trait provides the rest.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::quote;

use super::by_status::ByStatus;
use crate::keys;

/// The inherent impl and the `Debug`, `Display`, `FromStr`, `Error` and
/// `ErrorCode` impls of the enum whose variants are `variants`.
pub(super) fn generate(name: &Ident, variants: &[Ident], by_status: &ByStatus) -> TokenStream {
    let inherent = inherent(name, variants);
    let traits = traits(name, by_status);
    quote!(#inherent #traits)
}

/// `ALL`, `COUNT`, `DOMAIN` and an accessor per built-in key, each a read
/// of the table, and the lookups.
fn inherent(name: &Ident, variants: &[Ident]) -> TokenStream {
    let count = Literal::usize_unsuffixed(variants.len());
    // The accessors of the built-in keys say what the format's key table
    // says of them, so rustdoc, the schema and the docs cannot drift apart.
    let [
        code_doc,
        status_doc,
        description_doc,
        hint_doc,
        domain_doc,
        reference_doc,
    ] = [
        keys::CODE.doc,
        keys::STATUS.doc,
        keys::DESCRIPTION.doc,
        keys::HINT.doc,
        keys::DOMAIN.doc,
        keys::REFERENCE.doc,
    ]
    .map(|doc| format!(" {doc}"));
    let hint_doc = format!("{hint_doc} `None` when the catalog gives none.");
    let reference_doc = format!("{reference_doc} `None` when the catalog gives none.");
    quote! {
        impl #name {
            /// Every code of the catalog, in file order.
            // A static, which rustc emits once rather than in every codegen
            // unit that names `ALL`.
            pub const ALL: &'static [Self] = {
                static ALL: [#name; #count] = [#(#name::#variants),*];
                &ALL
            };

            /// How many codes the catalog has.
            pub const COUNT: usize = #count;

            #[doc = #domain_doc]
            pub const DOMAIN: ::core::option::Option<&'static str> = TABLE.domain;

            #[doc = #code_doc]
            #[must_use]
            pub const fn code(self) -> &'static str {
                TABLE.code(self as usize)
            }

            #[doc = #status_doc]
            #[must_use]
            pub const fn status(self) -> u16 {
                TABLE.status(self as usize)
            }

            #[doc = #description_doc]
            #[must_use]
            pub const fn description(self) -> &'static str {
                TABLE.description(self as usize)
            }

            #[doc = #hint_doc]
            #[must_use]
            pub const fn hint(self) -> ::core::option::Option<&'static str> {
                TABLE.hint(self as usize)
            }

            /// The description as OAuth fields carry it: NQSCHAR only, written by the rule of
            /// `errcat::text` when the crate compiled; one percent-decoding gives the
            /// description back.
            #[must_use]
            pub const fn oauth_description(self) -> &'static str {
                TABLE.oauth_description(self as usize)
            }

            /// The hint as OAuth fields carry it, like `oauth_description`.
            #[must_use]
            pub const fn oauth_hint(self) -> ::core::option::Option<&'static str> {
                TABLE.oauth_hint(self as usize)
            }

            #[doc = #reference_doc]
            #[must_use]
            pub const fn reference(self) -> ::core::option::Option<&'static str> {
                TABLE.reference(self as usize)
            }

            /// The URL of `reference`: the RFC Editor's copy of an RFC (and section), OpenID
            /// Connect Core 1.0, or a URL written out; `None` when errcat knows no URL for it.
            #[must_use]
            pub const fn reference_url(self) -> ::core::option::Option<&'static str> {
                TABLE.reference_url(self as usize)
            }

            /// The first code of the catalog, in file order, whose wire code is `code`.
            #[must_use]
            #[inline] // measured: called across crates, a lookup took 15% longer
            pub fn from_code(code: &str) -> ::core::option::Option<Self> {
                <Self as __errcat::ErrorCode>::from_code(code)
            }

            /// Every code answered with `status`, in file order; empty when there is none.
            #[must_use]
            pub fn with_status(status: u16) -> &'static [Self] {
                <Self as __errcat::ErrorCode>::with_status(status)
            }
        }
    }
}

/// The trait impls: `Debug` (the variant's name), `Display`, `FromStr`,
/// `Error`, and `ErrorCode`, which names the table and leaves the rest to
/// the trait's provided methods.
fn traits(name: &Ident, by_status: &ByStatus) -> TokenStream {
    let status_order = &by_status.order;
    quote! {
        impl ::core::fmt::Debug for #name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(TABLE.names[*self as usize])
            }
        }

        impl ::core::fmt::Display for #name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                __errcat::display(*self, f)
            }
        }

        impl ::core::str::FromStr for #name {
            type Err = __errcat::UnknownCode;

            fn from_str(code: &str) -> ::core::result::Result<Self, Self::Err> {
                Self::from_code(code).ok_or_else(|| __errcat::UnknownCode::new(code))
            }
        }

        impl ::core::error::Error for #name {}

        // Every method of the trait is a read of the table.
        impl __errcat::ErrorCode for #name {
            const ALL: &'static [Self] = Self::ALL;
            const TABLE: &'static __errcat::Table = &TABLE;
            #status_order

            fn index(self) -> usize {
                self as usize
            }
        }
    }
}
