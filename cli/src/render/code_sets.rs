//! The catalog's distinct codes and tags, in file order, and its entries
//! grouped by tag: what the formats that list codes as a set (a TypeScript
//! union, an OpenAPI `enum`) and group them by tag share. A code shared by
//! several entries (Login's `invalid_token`, at 400 and 401) is one member
//! of such a set. Each is one pass over the entries, so a catalog of
//! 100,000 codes or tags renders in linear time.

use std::collections::{HashMap, HashSet};

use errcat_codegen::{Catalog, Entry};

/// The distinct codes in file order, of every entry or of those tagged
/// `tag`.
pub(crate) fn codes<'a>(catalog: &'a Catalog, tag: Option<&str>) -> Vec<&'a String> {
    distinct_codes(
        catalog
            .entries
            .iter()
            .filter(|entry| tag.is_none_or(|tag| entry.tags.iter().any(|t| t == tag))),
    )
}

/// The distinct codes of `entries`, in their order.
pub(crate) fn distinct_codes<'a>(entries: impl IntoIterator<Item = &'a Entry>) -> Vec<&'a String> {
    let mut seen = HashSet::new();
    entries
        .into_iter()
        .map(|entry| &entry.code)
        .filter(|code| seen.insert(code.as_str()))
        .collect()
}

/// The distinct tags in order of first use.
pub(crate) fn tags(catalog: &Catalog) -> Vec<&String> {
    let mut seen = HashSet::new();
    catalog
        .entries
        .iter()
        .flat_map(|entry| &entry.tags)
        .filter(|tag| seen.insert(tag.as_str()))
        .collect()
}

/// The entries of the whole catalog (`tag` is `None`) or of one tag, in
/// file order.
pub(crate) struct Group<'a> {
    pub(crate) tag: Option<&'a str>,
    pub(crate) entries: Vec<&'a Entry>,
}

/// The whole catalog, then each tag's entries, tags in order of first use.
pub(crate) fn groups(catalog: &Catalog) -> Vec<Group<'_>> {
    let mut groups = vec![Group {
        tag: None,
        entries: catalog.entries.iter().collect(),
    }];
    let mut index: HashMap<&str, usize> = HashMap::new();
    for entry in &catalog.entries {
        for tag in &entry.tags {
            let at = *index.entry(tag.as_str()).or_insert_with(|| {
                groups.push(Group {
                    tag: Some(tag.as_str()),
                    entries: Vec::new(),
                });
                groups.len() - 1
            });
            groups[at].entries.push(entry);
        }
    }
    groups
}
