//! `oauth-errors.toml` checked against the specifications it comes from.
//!
//! The lists in `lists.rs` and `toc.rs` are written from the specifications'
//! own sections, each named beside its list, not from the catalog: a code
//! missing from the catalog, a code the catalog gives a section that does
//! not list it, a wrong status, tag or link, and the catalog and the lists
//! disagree. One test binary with a module per concern, so cargo links once.

mod endpoints;
mod lists;
mod references;
mod specifications;
mod subsets;
mod toc;

use errcat_codegen::{Catalog, Entry, FieldValue};

/// The catalog, as the macro reads it.
fn catalog() -> Catalog {
    let bytes = include_bytes!("../../oauth-errors.toml");
    let (_, checked) = errcat_codegen::check_bytes("oauth-errors.toml", bytes);
    checked.expect("oauth-errors.toml is valid")
}

/// The value of the `strings` field `name` of `entry`; empty when the entry
/// leaves it out.
fn strings<'a>(entry: &'a Entry, name: &str) -> &'a [String] {
    match entry.fields.iter().find(|(field, _)| field == name) {
        Some((_, FieldValue::Strings(items))) => items,
        Some((_, other)) => panic!("{}: `{name}` is not strings: {other}", entry.name),
        None => &[],
    }
}

/// Every section that gives `entry`'s code with its meaning.
fn sections(entry: &Entry) -> &[String] {
    strings(entry, "sections")
}
