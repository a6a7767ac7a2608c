//! The catalog's distinct codes and tags, in file order: what the formats
//! that list codes as a set (a TypeScript union, an OpenAPI `enum`) and
//! group them by tag share. A code shared by several entries (Login's
//! `invalid_token`, at 400 and 401) is one member of such a set.

use errcat_codegen::Catalog;

/// The distinct codes in file order, of every entry or of those tagged
/// `tag`.
pub(crate) fn codes<'a>(catalog: &'a Catalog, tag: Option<&str>) -> Vec<&'a String> {
    let mut codes: Vec<&String> = Vec::new();
    let tagged = catalog
        .entries
        .iter()
        .filter(|entry| tag.is_none_or(|tag| entry.tags.iter().any(|t| t == tag)));
    for entry in tagged {
        if !codes.contains(&&entry.code) {
            codes.push(&entry.code);
        }
    }
    codes
}

/// The distinct tags in order of first use.
pub(crate) fn tags(catalog: &Catalog) -> Vec<&String> {
    let mut tags: Vec<&String> = Vec::new();
    for tag in catalog.entries.iter().flat_map(|entry| &entry.tags) {
        if !tags.contains(&tag) {
            tags.push(tag);
        }
    }
    tags
}
