//! Declared fields -> one static table per field, indexed by the
//! discriminant, and a `const fn` accessor reading it. The tables are
//! `static`s, as the columns of the enum's table are (`table.rs` says why).
//!
//! Tables are arrays of literals (`bool`, `i64`, `&str`, `u32`), the
//! cheapest values for rustc to check; an optional column is its values
//! plus an array of presence flags rather than an array of `Option`s, and
//! a `strings` column is one array of every item plus each entry's start
//! in it, so that no entry costs a slice of its own. The tables live in a
//! module of one fixed name, so their names cannot clash with the enum's
//! or with the other generated tables.

use std::fmt::Write as _;

use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote};

use super::literal::doc_attrs;
use crate::markdown::{code_span, escape, table_code_span};
use crate::model::{Catalog, Entry, FieldDecl, FieldType, FieldValue};

/// The module that holds the field tables; reserved as an enum name.
pub(crate) const MODULE: &str = "__errcat_fields";

/// The tables of every declared field and their accessors; nothing when
/// the catalog declares none.
pub(crate) fn generate(catalog: &Catalog, name: &Ident) -> TokenStream {
    if catalog.fields.is_empty() {
        return TokenStream::new();
    }
    let module = format_ident!("{MODULE}");
    let tables = catalog.fields.iter().map(|field| tables(catalog, field));
    let accessors = catalog.fields.iter().map(|field| {
        let body = read(field, &module);
        accessor(field, &body)
    });
    quote! {
        // One table per declared field, indexed by the discriminant.
        mod #module {
            #(#tables)*
        }
        impl #name {
            #(#accessors)*
        }
    }
}

/// For the stub enum of a catalog with problems: the accessors of the
/// declarations that could be read, returning placeholders, so that user
/// code calling them adds no errors of its own.
pub(crate) fn stub_accessors(fields: &[FieldDecl], name: &Ident) -> TokenStream {
    if fields.is_empty() {
        return TokenStream::new();
    }
    let accessors = fields.iter().map(|field| {
        let placeholder = match (field.is_optional(), field.ty) {
            (true, _) => quote!(None),
            (false, FieldType::Bool) => quote!(false),
            (false, FieldType::Integer) => quote!(0),
            (false, FieldType::String) => quote!(""),
            (false, FieldType::Strings) => quote!(&[]),
        };
        accessor(field, &quote!(let _ = self; #placeholder))
    });
    quote! {
        impl #name {
            #(#accessors)*
        }
    }
}

/// `pub const fn NAME(self) -> T { BODY }`, with the field's docs.
fn accessor(field: &FieldDecl, body: &TokenStream) -> TokenStream {
    let method = format_ident!("{}", field.name);
    let value = match field.ty {
        FieldType::Bool => quote!(bool),
        FieldType::Integer => quote!(i64),
        FieldType::String => quote!(&'static str),
        FieldType::Strings => quote!(&'static [&'static str]),
    };
    let returns = if field.is_optional() {
        quote!(::core::option::Option<#value>)
    } else {
        value
    };
    let doc = doc_attrs(&accessor_doc(field));
    quote! {
        #doc
        #[must_use]
        pub const fn #method(self) -> #returns {
            #body
        }
    }
}

fn accessor_doc(field: &FieldDecl) -> Vec<String> {
    let summary = field.doc.as_ref().map_or_else(
        || format!("The catalog's {} field.", code_span(&field.name)),
        |doc| escape(doc),
    );
    let mut detail = format!("Declared as `{}`", field.ty.name());
    if let Some(default) = &field.default {
        let _ = write!(detail, ", default {}", cell(default, code_span));
    }
    if field.is_optional() {
        detail.push_str("; `None` for a code that does not set it");
    }
    if !field.values.is_empty() {
        let values: Vec<String> = field.values.iter().map(|value| code_span(value)).collect();
        let _ = write!(detail, "; one of {}", values.join(", "));
    }
    detail.push('.');
    vec![summary, String::new(), detail]
}

fn table(field: &FieldDecl, kind: &str) -> Ident {
    format_ident!("{kind}_{}", field.name.to_ascii_uppercase())
}

/// The table of `field`'s values, in the fields module: for a `string`
/// field, its value for each entry, `""` for none.
pub(super) fn values_table(field: &FieldDecl) -> Ident {
    table(field, "VALUES")
}

/// The accessor's body: a read of the tables by the discriminant.
fn read(field: &FieldDecl, module: &Ident) -> TokenStream {
    let values = table(field, "VALUES");
    let value = match field.ty {
        FieldType::Strings => {
            let starts = table(field, "STARTS");
            quote! {{
                let at = self as usize;
                // A slice of one array of every item: `split_at` is a
                // `const fn`, where range indexing is not.
                let items: &'static [&'static str] = &#module::#values;
                let (start, end) = (#module::#starts[at] as usize, #module::#starts[at + 1] as usize);
                items.split_at(end).0.split_at(start).1
            }}
        }
        _ => quote!(#module::#values[self as usize]),
    };
    if !field.is_optional() {
        return value;
    }
    // A `string` value is never blank, so "" marks a code without one.
    if field.ty == FieldType::String {
        return quote! {
            let value = #value;
            if value.is_empty() { None } else { Some(value) }
        };
    }
    let present = table(field, "PRESENT");
    quote! {
        if #module::#present[self as usize] { Some(#value) } else { None }
    }
}

/// The field's tables, as items of the fields module.
fn tables(catalog: &Catalog, field: &FieldDecl) -> TokenStream {
    let count = Literal::usize_unsuffixed(catalog.entries.len());
    let set: Vec<Option<&FieldValue>> = catalog
        .entries
        .iter()
        .map(|entry| entry.field(field))
        .collect();
    let values = table(field, "VALUES");
    let main = match field.ty {
        FieldType::Bool => {
            let cells = set
                .iter()
                .map(|value| matches!(value, Some(FieldValue::Bool(true))));
            quote!(pub(super) static #values: [bool; #count] = [#(#cells),*];)
        }
        FieldType::Integer => {
            let cells = set.iter().map(|value| match value {
                Some(FieldValue::Integer(number)) => Literal::i64_unsuffixed(*number),
                _ => Literal::i64_unsuffixed(0),
            });
            quote!(pub(super) static #values: [i64; #count] = [#(#cells),*];)
        }
        FieldType::String => {
            let cells = set.iter().map(|value| match value {
                Some(FieldValue::String(text)) => text.as_str(),
                _ => "",
            });
            quote!(pub(super) static #values: [&str; #count] = [#(#cells),*];)
        }
        FieldType::Strings => strings_tables(field, &set),
    };
    let presence = (field.is_optional() && field.ty != FieldType::String).then(|| {
        let present = table(field, "PRESENT");
        let flags = set.iter().map(Option::is_some);
        quote!(pub(super) static #present: [bool; #count] = [#(#flags),*];)
    });
    quote!(#main #presence)
}

/// A `strings` column: every item in one array, and where each entry's
/// items start in it (one more start than entries, the last the end).
fn strings_tables(field: &FieldDecl, set: &[Option<&FieldValue>]) -> TokenStream {
    let mut items: Vec<&str> = Vec::new();
    let mut starts: Vec<u32> = Vec::with_capacity(set.len() + 1);
    for value in set {
        starts.push(u32::try_from(items.len()).unwrap_or(u32::MAX));
        if let Some(FieldValue::Strings(list)) = value {
            items.extend(list.iter().map(String::as_str));
        }
    }
    starts.push(u32::try_from(items.len()).unwrap_or(u32::MAX));
    let (values, start_table) = (table(field, "VALUES"), table(field, "STARTS"));
    let (item_count, start_count) = (
        Literal::usize_unsuffixed(items.len()),
        Literal::usize_unsuffixed(starts.len()),
    );
    let starts = starts.iter().map(|&start| Literal::u32_unsuffixed(start));
    quote! {
        pub(super) static #values: [&str; #item_count] = [#(#items),*];
        pub(super) static #start_table: [u32; #start_count] = [#(#starts),*];
    }
}

/// A variant's lines for its declared fields: one per field that has a
/// value for it.
pub(crate) fn variant_lines(entry: &Entry, fields: &[FieldDecl]) -> Vec<String> {
    fields
        .iter()
        .filter_map(|field| {
            let value = entry.field(field)?;
            Some(format!(
                "- {}: {}",
                code_span(&field.name),
                cell(value, code_span)
            ))
        })
        .collect()
}

/// The enum table's header cells for the declared fields.
pub(crate) fn header_cells(fields: &[FieldDecl]) -> String {
    fields.iter().fold(String::new(), |mut cells, field| {
        let _ = write!(cells, " {} |", table_code_span(&field.name));
        cells
    })
}

/// The enum table's cells for `entry`'s declared fields.
pub(crate) fn row_cells(entry: &Entry, fields: &[FieldDecl]) -> String {
    fields
        .iter()
        .map(|field| match entry.field(field) {
            Some(value) => format!(" {} |", cell(value, table_code_span)),
            None => " |".to_owned(),
        })
        .collect()
}

/// A value in Markdown, each text as `span` quotes it.
fn cell(value: &FieldValue, span: fn(&str) -> String) -> String {
    match value {
        FieldValue::Bool(flag) => format!("`{flag}`"),
        FieldValue::Integer(number) => format!("`{number}`"),
        FieldValue::String(text) => span(text),
        FieldValue::Strings(items) if items.is_empty() => "(none)".to_owned(),
        FieldValue::Strings(items) => {
            let quoted: Vec<String> = items.iter().map(|item| span(item)).collect();
            quoted.join(", ")
        }
    }
}
