//! `where tag = "..."`: the entries of a validated catalog that carry a tag,
//! as a catalog of their own.
//!
//! Filtering the validated catalog, rather than generating a subset
//! separately, lets one generator serve both: the catalog rules hold for a
//! subset because each compares entries pairwise (no two entries share a
//! name, a shared code needs distinct statuses and explicit names), and
//! dropping entries cannot break a pairwise rule. A code shared by two
//! entries of which only one carries the tag is simply a code of one entry
//! in the subset, and `from_code` finds that entry.

use std::collections::BTreeSet;

use crate::model::Catalog;

/// The entries of a catalog that carry one tag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Subset {
    /// The tagged entries, in file order, with the catalog's title.
    pub(crate) catalog: Catalog,
    /// Each tagged entry's index in the full catalog, ascending.
    pub(crate) indices: Vec<usize>,
}

/// The subset of `catalog` tagged `tag`.
///
/// # Errors
///
/// When no entry carries `tag`: the message says so, with the closest tag
/// of the catalog or, when none is close, the list of its tags.
pub(crate) fn select(catalog: &Catalog, tag: &str, display_path: &str) -> Result<Subset, String> {
    let indices: Vec<usize> = catalog
        .entries
        .iter()
        .enumerate()
        .filter(|(_, entry)| entry.tags.iter().any(|carried| carried == tag))
        .map(|(index, _)| index)
        .collect();
    if indices.is_empty() {
        return Err(unknown_tag(catalog, tag, display_path));
    }
    let entries = indices
        .iter()
        .map(|&index| catalog.entries[index].clone())
        .collect();
    Ok(Subset {
        catalog: catalog.with_entries_of(entries),
        indices,
    })
}

/// Why `where tag = "tag"` selects nothing, and what would.
fn unknown_tag(catalog: &Catalog, tag: &str, display_path: &str) -> String {
    let problem = format!("no entry of `{display_path}` has the tag `{tag}`");
    // Sorted, so the message is the same from build to build.
    let tags: BTreeSet<&str> = catalog
        .entries
        .iter()
        .flat_map(|entry| entry.tags.iter().map(String::as_str))
        .collect();
    let tags: Vec<&str> = tags.into_iter().collect();
    if tags.is_empty() {
        return format!("{problem}: its entries have no `{}`", crate::keys::TAGS);
    }
    if let Some(close) = crate::suggest::closest(tag, &tags) {
        return format!("{problem}; did you mean `{close}`?");
    }
    let listed: Vec<String> = tags.iter().map(|tag| format!("`{tag}`")).collect();
    format!("{problem}; its tags are {}", listed.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Entry;

    fn catalog() -> Catalog {
        Catalog::new(vec![
            Entry::new("Malformed", "invalid_token", 400, "M.").with_tags(["token"]),
            Entry::new("Expired", "invalid_token", 401, "E.").with_tags(["resource"]),
            Entry::new("Limited", "rate_limited", 429, "L.").with_tags(["token", "resource"]),
        ])
        .with_title("T")
    }

    #[test]
    fn a_subset_keeps_the_tagged_entries_in_file_order() {
        let subset = select(&catalog(), "resource", "e.toml").expect("tagged entries");
        assert_eq!(subset.indices, [1, 2]);
        let names: Vec<&str> = subset
            .catalog
            .entries
            .iter()
            .map(|entry| entry.name.as_str())
            .collect();
        assert_eq!(names, ["Expired", "Limited"]);
        assert_eq!(subset.catalog.title.as_deref(), Some("T"));
    }

    #[test]
    fn a_shared_code_with_one_tagged_entry_is_that_entry_s_code() {
        let subset = select(&catalog(), "token", "e.toml").expect("tagged entries");
        assert_eq!(subset.indices, [0, 2]);
        assert_eq!(subset.catalog.entries[0].status, 400);
    }

    #[test]
    fn an_unknown_tag_suggests_the_closest_or_lists_them() {
        assert_eq!(
            select(&catalog(), "tokn", "e.toml").map(|_| ()),
            Err("no entry of `e.toml` has the tag `tokn`; did you mean `token`?".to_owned())
        );
        assert_eq!(
            select(&catalog(), "billing", "e.toml").map(|_| ()),
            Err(
                "no entry of `e.toml` has the tag `billing`; its tags are `resource`, `token`"
                    .to_owned()
            )
        );
        let untagged = Catalog::new(vec![Entry::new("A", "a", 400, "A.")]);
        assert_eq!(
            select(&untagged, "token", "e.toml").map(|_| ()),
            Err("no entry of `e.toml` has the tag `token`: its entries have no `tags`".to_owned())
        );
    }
}
