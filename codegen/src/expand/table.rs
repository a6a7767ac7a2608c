//! `TABLE`, the one `errcat_core::table::Table` of the enum: every column
//! of what the catalog says of its entries, the perfect hash and the
//! status ranges. Every accessor, `ErrorCode` and every integration reads
//! it; nothing else holds a code's data.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use super::by_status::ByStatus;
use super::fields;
use super::lookup::Lookup;
use super::oauth_text::oauth_form;
use crate::keys::GRPC_CODE_FIELD;
use crate::model::{Catalog, FieldType};
use crate::reference;

/// The columns, one cell per entry, in file order: columns rather than a
/// struct per row, which rustc checks faster (BENCHMARKS.md, "Goal 3: build
/// cost").
#[derive(Default)]
pub(super) struct Columns<'a> {
    names: Vec<&'a str>,
    codes: Vec<&'a str>,
    statuses: Vec<u16>,
    descriptions: Vec<&'a str>,
    /// `""` for no hint: catalog hints are never empty.
    hints: Vec<&'a str>,
    /// The OAuth form of each description (`oauth_text`), `""` when it is
    /// the description itself.
    oauth_descriptions: Vec<String>,
    /// The OAuth form of each hint, `""` likewise (and for no hint).
    oauth_hints: Vec<String>,
    references: Vec<&'a str>,
    /// `""` where errcat knows no URL for the reference.
    reference_urls: Vec<String>,
    /// The `grpc_code` field's table, when the catalog declares the field:
    /// the column is that table, not a copy of it.
    grpc_codes: Option<TokenStream>,
    domain: Option<&'a str>,
}

impl<'a> Columns<'a> {
    /// The columns of a valid catalog.
    pub(super) fn of(catalog: &'a Catalog) -> Self {
        let mut columns = Self {
            domain: catalog.domain.as_deref(),
            grpc_codes: catalog
                .fields
                .iter()
                .find(|field| field.name == GRPC_CODE_FIELD && field.ty == FieldType::String)
                .map(|field| {
                    let (module, table) = (
                        format_ident!("{}", fields::MODULE),
                        fields::values_table(field),
                    );
                    quote!(&#module::#table)
                }),
            ..Self::default()
        };
        for entry in &catalog.entries {
            let hint = entry.hint.as_deref().unwrap_or_default();
            let reference = entry.reference.as_deref().unwrap_or_default();
            columns.names.push(&entry.name);
            columns.codes.push(&entry.code);
            columns.statuses.push(entry.status);
            columns.descriptions.push(&entry.description);
            columns.hints.push(hint);
            columns
                .oauth_descriptions
                .push(oauth_form(&entry.description));
            columns.oauth_hints.push(oauth_form(hint));
            columns.references.push(reference);
            columns
                .reference_urls
                .push(reference::url(reference).unwrap_or_default());
        }
        columns
    }

    /// The columns of the stub a catalog with problems gets: its variants'
    /// names, and nothing else to say of them.
    pub(super) fn stub(names: &'a [String]) -> Self {
        let mut columns = Self::default();
        for name in names {
            columns.names.push(name);
            columns.codes.push("");
            columns.statuses.push(0);
            columns.descriptions.push("");
        }
        columns
    }
}

/// `const TABLE`, with its lookup and status ranges, and the empty slot
/// its lookup names.
pub(super) fn generate(columns: Columns<'_>, lookup: Lookup, by_status: &ByStatus) -> TokenStream {
    let Columns {
        names,
        codes,
        statuses,
        descriptions,
        hints,
        oauth_descriptions,
        oauth_hints,
        references,
        reference_urls,
        grpc_codes,
        domain,
    } = columns;
    let count = codes.len();
    let names = column(&quote!(&str), count, &quote!(#(#names),*));
    let codes = column(&quote!(&str), count, &quote!(#(#codes),*));
    let statuses = statuses.into_iter().map(Literal::u16_unsuffixed);
    let statuses = column(&quote!(u16), count, &quote!(#(#statuses),*));
    let descriptions = column(&quote!(&str), count, &quote!(#(#descriptions),*));
    let hints = optional(&hints);
    let oauth_descriptions = optional(&oauth_descriptions);
    let oauth_hints = optional(&oauth_hints);
    let references = optional(&references);
    let reference_urls = optional(&reference_urls);
    let grpc_codes = grpc_codes.unwrap_or_else(|| quote!(&[]));
    let domain = match domain {
        Some(domain) => quote!(::core::option::Option::Some(#domain)),
        None => quote!(::core::option::Option::None),
    };
    let ranges = &by_status.ranges;
    let Lookup { empty, hash } = lookup;
    quote! {
        #empty
        // What the catalog says of each variant, a column per key, each
        // indexed by the discriminant (an empty column: no variant has
        // one), and the tables `from_code` and `with_status` search. Each
        // column is a static, which rustc emits once, where a constant's
        // arrays are emitted again in every codegen unit that uses it.
        const TABLE: __errcat::Table = __errcat::Table {
            names: #names,
            codes: #codes,
            statuses: #statuses,
            descriptions: #descriptions,
            hints: #hints,
            oauth_descriptions: #oauth_descriptions,
            oauth_hints: #oauth_hints,
            references: #references,
            reference_urls: #reference_urls,
            grpc_codes: #grpc_codes,
            domain: #domain,
            lookup: #hash,
            by_status: #ranges,
        };
    }
}

/// A column of `count` cells of type `ty`: a reference to a static array
/// (BENCHMARKS.md, "Goal 3: build cost" says what that saves).
pub(super) fn column(ty: &TokenStream, count: usize, cells: &TokenStream) -> TokenStream {
    let count = Literal::usize_unsuffixed(count);
    quote!({
        static COLUMN: [#ty; #count] = [#cells];
        &COLUMN
    })
}

/// A text column where `""` is "none": `&[]` when every cell is, which
/// costs rustc nothing per entry, as most catalogs' OAuth forms and many
/// catalogs' references and hints are.
fn optional<T: AsRef<str>>(cells: &[T]) -> TokenStream {
    if cells.iter().all(|cell| cell.as_ref().is_empty()) {
        return quote!(&[]);
    }
    let count = cells.len();
    let cells = cells.iter().map(AsRef::as_ref);
    column(&quote!(&str), count, &quote!(#(#cells),*))
}
