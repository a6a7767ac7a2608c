//! What a subset enum (`where tag = "..."`) has beyond the API every enum
//! has: a paragraph of its doc saying what it is a subset of, and, when its
//! full enum is declared in the same invocation, the conversions both ways.
//!
//! The conversions are data, as the accessors are: each is one read of an
//! index table inside a `const fn`, so they cost the same at 30 codes as at
//! 3,000 and work in `const` context. The tables live in the functions'
//! bodies, so they add no name beside the enum (`RESERVED_NAMES`).

use proc_macro2::{Ident, Literal, TokenStream};
use quote::{quote, quote_spanned};

use crate::invocation::{Invocation, TagFilter};
use crate::markdown::code_span;
use crate::model::Catalog;
use crate::subset::select;

/// The enum of the entries of `catalog` tagged as `filter` says, with its
/// conversions when `full` is declared; or, when no entry has the tag, the
/// error at the tag and a stub with every variant of the catalog, so that
/// code naming the subset's variants adds no errors of its own.
pub(crate) fn generate(
    catalog: &Catalog,
    declaration: &Invocation,
    filter: &TagFilter,
    full: Option<&Invocation>,
    include: &TokenStream,
) -> TokenStream {
    let subset = match select(catalog, &filter.tag, &declaration.path) {
        Ok(subset) => subset,
        Err(message) => {
            let error = quote_spanned!(filter.span=> ::core::compile_error! { #message });
            let names: Vec<String> = catalog
                .entries
                .iter()
                .map(|entry| entry.name.clone())
                .collect();
            let accessors = super::stub_accessors(&catalog.fields, &declaration.name);
            let stub = fallback(declaration, full, &names, include, &accessors);
            return quote!(#error #stub);
        }
    };
    let mut documented = declaration.clone();
    documented
        .attrs
        .extend(doc(declaration, &filter.tag, full.map(|full| &full.name)));
    let mut output = super::generate(&subset.catalog, &documented, include);
    if let Some(full) = full {
        let full = Full {
            declaration: full,
            count: catalog.entries.len(),
        };
        output.extend(conversions(declaration, &full, &subset.indices));
    }
    output
}

/// The full enum a subset converts with: its declaration and how many
/// variants it has.
struct Full<'a> {
    declaration: &'a Invocation,
    count: usize,
}

/// The stub of a subset whose enum cannot be generated: the fallback enum
/// with `names`, and, when `full` is declared, conversions with the full
/// enum's stub, which has the same variants (its catalog has problems), or
/// every variant of the catalog (the tag selects nothing). Code that
/// converts between them then adds no error of its own.
pub(crate) fn fallback(
    declaration: &Invocation,
    full: Option<&Invocation>,
    names: &[String],
    include: &TokenStream,
    accessors: &TokenStream,
) -> TokenStream {
    let mut stub = super::fallback(declaration, names, include, accessors);
    if let Some(full) = full {
        // The fallback gives an enum without names one variant.
        let count = names.len().max(1);
        let full = Full {
            declaration: full,
            count,
        };
        let indices: Vec<usize> = (0..count).collect();
        stub.extend(conversions(declaration, &full, &indices));
    }
    stub
}

/// The doc paragraph that says which entries the subset holds, appended
/// to the declaration's own doc, before the generated table of codes.
fn doc(invocation: &Invocation, tag: &str, full: Option<&Ident>) -> TokenStream {
    let (path, tag) = (code_span(&invocation.path), code_span(tag));
    let of = full.map_or_else(String::new, |full| {
        format!(
            ", a subset of [`{full}`]: `From<{name}> for {full}` and `TryFrom<{full}> for {name}` \
             convert between them",
            name = invocation.name
        )
    });
    let text = format!(" The entries of {path} tagged {tag}{of}.");
    quote!(#[doc = ""] #[doc = #text])
}

/// `to_full`, `from_full`, `From` and `TryFrom` between `subset` and its
/// full enum; `indices` holds each subset variant's index in the full
/// enum, ascending.
fn conversions(subset: &Invocation, full: &Full<'_>, indices: &[usize]) -> TokenStream {
    let krate = &subset.krate;
    let name = &subset.name;
    let name_text = name.to_string();
    let full_name = &full.declaration.name;
    // The methods are as visible as the full enum they name, so a private
    // full enum never appears in a public interface.
    let vis = &full.declaration.vis;
    // A sentinel past every index marks a full variant outside the subset;
    // u16 indices keep the tables small in all but huge catalogs.
    let wide = full.count >= usize::from(u16::MAX);
    let int = if wide { quote!(u32) } else { quote!(u16) };
    let literal = |index: usize| {
        if wide {
            Literal::u32_unsuffixed(u32::try_from(index).unwrap_or(u32::MAX))
        } else {
            Literal::u16_unsuffixed(u16::try_from(index).unwrap_or(u16::MAX))
        }
    };
    let to_full: Vec<Literal> = indices.iter().map(|&index| literal(index)).collect();
    let mut from_full: Vec<Option<usize>> = vec![None; full.count];
    for (at, &index) in indices.iter().enumerate() {
        from_full[index] = Some(at);
    }
    let from_full = from_full.into_iter().map(|at| match at {
        Some(at) => {
            let at = literal(at);
            quote!(#at)
        }
        None => quote!(OUT),
    });
    let subset_count = Literal::usize_unsuffixed(indices.len());
    let full_count = Literal::usize_unsuffixed(full.count);
    let to_doc = format!(" The same code as a [`{full_name}`]: the `const` form of `From`.");
    let from_doc = format!(
        " The code of `full` as a `{name}`, or `None` when it is not in the subset: the \
         `const` form of `TryFrom`."
    );
    quote! {
        // Conversions between the subset and its full enum.
        const _: () = {
            use #krate::__private as __errcat;

            impl #name {
                #[doc = #to_doc]
                #[must_use]
                #vis const fn to_full(self) -> #full_name {
                    // Each variant's index in the full enum's `ALL`.
                    const FULL_INDEX: [#int; #subset_count] = [#(#to_full),*];
                    #full_name::ALL[FULL_INDEX[self as usize] as usize]
                }

                #[doc = #from_doc]
                #[must_use]
                #vis const fn from_full(full: #full_name) -> ::core::option::Option<Self> {
                    // Each full variant's index in `ALL`, or `OUT`: not in the subset.
                    const OUT: #int = #int::MAX;
                    const SUBSET_INDEX: [#int; #full_count] = [#(#from_full),*];
                    match SUBSET_INDEX[full as usize] {
                        OUT => ::core::option::Option::None,
                        at => ::core::option::Option::Some(Self::ALL[at as usize]),
                    }
                }
            }

            impl ::core::convert::From<#name> for #full_name {
                fn from(code: #name) -> Self {
                    code.to_full()
                }
            }

            impl ::core::convert::TryFrom<#full_name> for #name {
                type Error = __errcat::NotInSubset<#full_name>;

                fn try_from(full: #full_name) -> ::core::result::Result<Self, Self::Error> {
                    Self::from_full(full).ok_or(__errcat::NotInSubset::new(full, #name_text))
                }
            }
        };
    }
}
