//! Validated catalog -> Rust tokens.
//!
//! The output is data, not code: one table of rows indexed by the
//! discriminant serves every accessor, so the enum costs rustc the same per
//! variant whatever its size, where a `match` per accessor grows with it.

mod docs;
mod fallback;
mod fields;
mod lookup;
mod metadata;
mod oauth_text;
mod subset;

use std::collections::HashSet;

use errcat_core::hash::{self, Mode};
use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote};

use self::lookup::Layout;
use crate::invocation::Invocation;
use crate::keys;
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
    let enum_doc = doc_attrs(&docs::enum_doc(
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
            let doc = doc_attrs(&lines);
            let alias = docs::usable_as_alias(&entry.code, &entry.name).then(|| {
                let code = &entry.code;
                quote!(#[doc(alias = #code)])
            });
            let deprecated = docs::deprecated_attr(entry);
            quote!(#doc #alias #deprecated)
        })
        .collect();
    let mut rows = Rows::default();
    for entry in &catalog.entries {
        let hint = entry.hint.as_deref().unwrap_or_default();
        rows.push(
            &entry.name,
            &entry.code,
            entry.status,
            &entry.description,
            hint,
        );
    }
    skeleton(
        invocation,
        include,
        Parts {
            enum_doc,
            variants,
            variant_attrs,
            rows,
            lookup: lookup_table(catalog, name),
            by_status: by_status(catalog, name),
            fields: fields::generate(catalog, name),
            metadata: metadata::generate(catalog),
        },
    )
}

/// What differs between the enum of a valid catalog and the fallback stub:
/// everything else is [`skeleton`]'s, written once.
struct Parts<'a> {
    /// The enum's `#[doc]`.
    enum_doc: TokenStream,
    /// The variants, in file order.
    variants: Vec<Ident>,
    /// Each variant's attributes, in the same order (or none).
    variant_attrs: Vec<TokenStream>,
    /// What the catalog says of each variant, in the same order.
    rows: Rows<'a>,
    /// `EMPTY` and `LOOKUP`, from [`lookup_tokens`].
    lookup: TokenStream,
    /// `BY_STATUS` and `STATUS_ORDER`, from [`by_status_tokens`].
    by_status: TokenStream,
    /// The declared fields' tables and accessors (`fields`).
    fields: TokenStream,
    /// The domain, the references and the gRPC override (`metadata`).
    metadata: metadata::Metadata,
}

/// The enum, and its tables and impls in a `const _` block whose names
/// (`errcat_core::reserved::RESERVED_NAMES`) cannot clash with the user's.
fn skeleton(invocation: &Invocation, include: &TokenStream, parts: Parts<'_>) -> TokenStream {
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
        rows,
        lookup,
        by_status,
        fields,
        metadata,
    } = parts;
    let count = Literal::usize_unsuffixed(variants.len());
    let impls = impls(name, &variants, &metadata);
    let Rows {
        names,
        codes,
        statuses,
        descriptions,
        hints,
        oauth_descriptions,
        oauth_hints,
    } = rows;
    let statuses = statuses.into_iter().map(Literal::u16_unsuffixed);
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

            // What the catalog says of each variant, a column per field,
            // each indexed by the discriminant.
            const ROWS: __errcat::Rows<#count> = __errcat::Rows {
                names: &[#(#names),*],
                codes: &[#(#codes),*],
                statuses: &[#(#statuses),*],
                descriptions: &[#(#descriptions),*],
                hints: &[#(#hints),*],
                oauth_descriptions: &[#(#oauth_descriptions),*],
                oauth_hints: &[#(#oauth_hints),*],
            };
            #lookup
            #by_status
            #impls
            #fields

            // serde, http and axum impls, as enabled in errcat's features.
            __errcat::integrations!(#name);
        };
    }
}

/// The columns of `ROWS` (`errcat_core::table::Rows`), one entry per
/// variant: columns rather than a struct per row, which rustc checks
/// faster (BENCHMARKS.md, "Row shape (issue 11)").
#[derive(Default)]
struct Rows<'a> {
    names: Vec<&'a str>,
    codes: Vec<&'a str>,
    statuses: Vec<u16>,
    descriptions: Vec<&'a str>,
    /// "" for no hint: catalog hints are never empty.
    hints: Vec<&'a str>,
    /// The OAuth form of each description (`oauth_text`), "" when it is
    /// the description itself.
    oauth_descriptions: Vec<String>,
    /// The OAuth form of each hint, "" likewise (and for no hint).
    oauth_hints: Vec<String>,
}

impl<'a> Rows<'a> {
    fn push(
        &mut self,
        name: &'a str,
        code: &'a str,
        status: u16,
        description: &'a str,
        hint: &'a str,
    ) {
        self.names.push(name);
        self.codes.push(code);
        self.statuses.push(status);
        self.descriptions.push(description);
        self.hints.push(hint);
        self.oauth_descriptions
            .push(oauth_text::oauth_form(description));
        self.oauth_hints.push(oauth_text::oauth_form(hint));
    }
}

/// The perfect hash table `from_code` searches: each code's first entry.
///
/// Slots hold the code and the variant's index in `ALL`, not the variant:
/// rustc checks a long array of integers in a fraction of the time it takes
/// for an array of enum paths.
fn lookup_table(catalog: &Catalog, name: &Ident) -> TokenStream {
    let mut codes_seen = HashSet::with_capacity(catalog.entries.len());
    let firsts: Vec<(&str, usize)> = catalog
        .entries
        .iter()
        .enumerate()
        .filter(|(_, entry)| codes_seen.insert(entry.code.as_str()))
        .map(|(index, entry)| (entry.code.as_str(), index))
        .collect();
    let codes: Vec<&str> = firsts.iter().map(|(code, _)| *code).collect();
    let table = lookup::build(&codes);
    let slots: Vec<TokenStream> = table
        .slots
        .iter()
        .map(|slot| match slot {
            Some(first) => {
                let (code, index) = firsts[*first];
                let index = Literal::usize_unsuffixed(index);
                let fingerprint = Literal::u32_unsuffixed(hash::fingerprint(hash::hash(
                    code.as_bytes(),
                    table.seed,
                    table.mode,
                )));
                quote!((#code, #index, #fingerprint),)
            }
            None => quote!(EMPTY,),
        })
        .collect();
    // No displacements make a direct table.
    let displacements: &[u32] = match &table.layout {
        Layout::Direct => &[],
        Layout::Displaced { displacements } => displacements,
    };
    lookup_tokens(name, table.seed, table.mode, displacements, &slots)
}

/// `LOOKUP`, the table `from_code` searches, and `EMPTY`, the slot its
/// `slots` name where there is no code.
fn lookup_tokens(
    name: &Ident,
    seed: u64,
    mode: Mode,
    displacements: &[u32],
    slots: &[TokenStream],
) -> TokenStream {
    let seed = Literal::u64_unsuffixed(seed);
    let mode = match mode {
        Mode::Sampled => quote!(Sampled),
        Mode::Full => quote!(Full),
    };
    let displacements = displacements.iter().map(|&d| Literal::u32_unsuffixed(d));
    quote! {
        const EMPTY: __errcat::Slot = __errcat::EMPTY;
        const LOOKUP: __errcat::PerfectHash<#name> = __errcat::PerfectHash {
            seed: #seed,
            mode: __errcat::Mode::#mode,
            displacements: &[#(#displacements),*],
            slots: &[
                #(#slots)*
            ],
            variants: #name::ALL,
        };
    }
}

/// The tables `with_status` searches: each status with the range of its
/// entries in `STATUS_ORDER`, sorted by status. When the file already lists
/// its entries by status, as the Login catalog does, `STATUS_ORDER` is
/// `ALL` itself and no second array of variants is generated.
fn by_status(catalog: &Catalog, name: &Ident) -> TokenStream {
    let groups = catalog.by_status();
    let order: Vec<usize> = groups
        .iter()
        .flat_map(|(_, indices)| indices.iter().copied())
        .collect();
    let in_file_order = order.iter().copied().eq(0..catalog.entries.len());
    let mut start = 0;
    let ranges: Vec<TokenStream> = groups
        .iter()
        .map(|(status, indices)| {
            let (status, from, to) = (
                Literal::u16_unsuffixed(*status),
                Literal::usize_unsuffixed(start),
                Literal::usize_unsuffixed(start + indices.len()),
            );
            start += indices.len();
            quote!((#status, #from, #to),)
        })
        .collect();
    let status_order = if in_file_order {
        quote!(#name::ALL)
    } else {
        // Built at compile time from indices into `ALL`: rustc checks an
        // array of integers far faster than one of paths to variants
        // (1,000 codes: type checking 104 -> 95 ms in a debug build;
        // BENCHMARKS.md, "Goal 3: build cost").
        let entries = Literal::usize_unsuffixed(order.len());
        let indices = order.iter().map(|&index| Literal::usize_unsuffixed(index));
        quote!(&{
            const INDICES: [u32; #entries] = [#(#indices),*];
            let mut order = [#name::ALL[0]; #entries];
            let mut at = 0;
            while at < #entries {
                order[at] = #name::ALL[INDICES[at] as usize];
                at += 1;
            }
            order
        })
    };
    by_status_tokens(name, &ranges, &status_order)
}

/// `BY_STATUS`, each status's `(status, start, end)` in `STATUS_ORDER`,
/// and `STATUS_ORDER`, the variants grouped by status.
fn by_status_tokens(
    name: &Ident,
    ranges: &[TokenStream],
    status_order: &TokenStream,
) -> TokenStream {
    let count = Literal::usize_unsuffixed(ranges.len());
    quote! {
        const BY_STATUS: &[(u16, u32, u32); #count] = &[
            #(#ranges)*
        ];
        const STATUS_ORDER: &[#name] = #status_order;
    }
}

/// The inherent API and the trait impls, reading the `ROWS`, `LOOKUP`,
/// `BY_STATUS` and `STATUS_ORDER` tables declared beside them.
fn impls(name: &Ident, variants: &[Ident], metadata: &metadata::Metadata) -> TokenStream {
    let (inherent, trait_items) = (&metadata.inherent, &metadata.trait_items);
    let count = Literal::usize_unsuffixed(variants.len());
    // The accessors of the built-in keys say what the format's key table
    // says of them, so rustdoc, the schema and the docs cannot drift apart.
    let [code_doc, status_doc, description_doc, hint_doc] = [
        keys::CODE.doc,
        keys::STATUS.doc,
        keys::DESCRIPTION.doc,
        keys::HINT.doc,
    ]
    .map(|doc| format!(" {doc}"));
    let hint_doc = format!("{hint_doc} `None` when the catalog gives none.");
    quote! {
        impl #name {
            /// Every code of the catalog, in file order.
            pub const ALL: &'static [Self] = &[#(Self::#variants),*];

            /// How many codes the catalog has.
            pub const COUNT: usize = #count;

            #[doc = #code_doc]
            #[must_use]
            pub const fn code(self) -> &'static str {
                ROWS.codes[self as usize]
            }

            #[doc = #status_doc]
            #[must_use]
            pub const fn status(self) -> u16 {
                ROWS.statuses[self as usize]
            }

            #[doc = #description_doc]
            #[must_use]
            pub const fn description(self) -> &'static str {
                ROWS.descriptions[self as usize]
            }

            #[doc = #hint_doc]
            #[must_use]
            pub const fn hint(self) -> ::core::option::Option<&'static str> {
                ROWS.hint(self as usize)
            }

            /// The description as OAuth fields carry it: NQSCHAR only, written by the rule of
            /// `errcat::text` when the crate compiled; one percent-decoding gives the
            /// description back.
            #[must_use]
            pub const fn oauth_description(self) -> &'static str {
                ROWS.oauth_description(self as usize)
            }

            /// The hint as OAuth fields carry it, like `oauth_description`.
            #[must_use]
            pub const fn oauth_hint(self) -> ::core::option::Option<&'static str> {
                ROWS.oauth_hint(self as usize)
            }

            /// The first code of the catalog, in file order, whose wire code is `code`.
            #[must_use]
            #[inline] // measured: called across crates, a lookup took 15% longer
            pub fn from_code(code: &str) -> ::core::option::Option<Self> {
                LOOKUP.get(code)
            }

            /// Every code answered with `status`, in file order; empty when there is none.
            #[must_use]
            pub fn with_status(status: u16) -> &'static [Self] {
                __errcat::find_status(BY_STATUS, STATUS_ORDER, status)
            }

            #inherent
        }

        impl ::core::fmt::Debug for #name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(ROWS.names[*self as usize])
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

        impl __errcat::ErrorCode for #name {
            const ALL: &'static [Self] = Self::ALL;

            fn code(self) -> &'static str {
                Self::code(self)
            }

            fn status(self) -> u16 {
                Self::status(self)
            }

            fn description(self) -> &'static str {
                Self::description(self)
            }

            fn hint(self) -> ::core::option::Option<&'static str> {
                Self::hint(self)
            }

            fn oauth_description(self) -> &'static str {
                Self::oauth_description(self)
            }

            fn oauth_hint(self) -> ::core::option::Option<&'static str> {
                Self::oauth_hint(self)
            }

            fn from_code(code: &str) -> ::core::option::Option<Self> {
                Self::from_code(code)
            }

            fn with_status(status: u16) -> &'static [Self] {
                Self::with_status(status)
            }

            #trait_items
        }
    }
}

/// One `#[doc = "..."]` attribute holding every line. rustdoc renders it as
/// it would one attribute per line, but it is one attribute for the macro
/// to build and rustc to take in where a catalog of 10,000 entries had
/// 70,000 (with [`str_literal`], generation went from 97 to 55 ms:
/// BENCHMARKS.md, "Goal 4: expansion"); `cargo expand` prints it as a
/// `/** ... */` comment. Each line gets a leading space, as `///` comments
/// have.
fn doc_attrs(lines: &[String]) -> TokenStream {
    let mut text = String::with_capacity(lines.iter().map(|line| line.len() + 2).sum());
    for (index, line) in lines.iter().enumerate() {
        if index > 0 {
            text.push('\n');
        }
        if !line.is_empty() {
            text.push(' ');
            text.push_str(line);
        }
    }
    let text = str_literal(&text);
    quote!(#[doc = #text])
}

/// A string literal for `text`, raw (`r"..."`, with as many `#` as needed)
/// when it can be: escaping every character of megabytes of docs is what
/// `Literal::string` spent most of a large expansion on (BENCHMARKS.md,
/// "Goal 4: expansion"), and catalog text has nothing to escape. (For short strings, the codes in the tables,
/// lexing a raw literal costs as much as escaping: they stay plain.) Text
/// with a control character other than a line break, which a raw string
/// cannot hold, goes through `Literal::string`.
fn str_literal(text: &str) -> Literal {
    // Printable ASCII and line breaks, as catalog text almost always is,
    // settle it in a byte scan: decoding every character stood out in the
    // unoptimised macro's profile.
    let plain = text.bytes().all(|b| matches!(b, b' '..=b'~' | b'\n'));
    if !plain && text.chars().any(|c| c.is_control() && c != '\n') {
        return Literal::string(text);
    }
    let mut fence = String::new();
    while text.contains(&format!("\"{fence}")) {
        fence.push('#');
    }
    format!("r{fence}\"{text}\"{fence}")
        .parse()
        .unwrap_or_else(|_| Literal::string(text))
}
