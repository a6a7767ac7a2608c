//! The HTML page's anchors: one per entry, so that an OAuth `error_uri` can
//! point at `errors.html#invalid_grant`, and one per status section.
//!
//! An entry's anchor is its wire code, with any whitespace replaced by `-`
//! (an HTML `id` holds none). A code shared by several entries (the Login
//! catalog has `invalid_token` at 400 and at 401) anchors its first entry in
//! file order, the one `from_code` returns; each later one gets
//! `code-STATUS` (`invalid_token-401`). A section's anchor is `status-400`.
//! Should one of these be taken already, `-2`, `-3`, ... is appended, so
//! every anchor is unique and stable for a given catalog.

use std::collections::HashSet;
use std::fmt::Write as _;

use errcat_codegen::Catalog;

/// The anchors of a page.
#[derive(Debug)]
pub(crate) struct Anchors {
    /// One per entry, in file order.
    pub(crate) entries: Vec<String>,
    /// One per status, ascending, with the status.
    pub(crate) sections: Vec<(u16, String)>,
}

impl Anchors {
    /// Assigns the anchors of `catalog`: entries first, in file order, so
    /// that a code keeps its plain anchor whatever the sections are called.
    pub(crate) fn new(catalog: &Catalog) -> Self {
        let mut taken = HashSet::new();
        let mut codes_seen = HashSet::new();
        let entries = catalog
            .entries
            .iter()
            .map(|entry| {
                let code = entry.code.replace(char::is_whitespace, "-");
                let wanted = if codes_seen.insert(entry.code.as_str()) {
                    code
                } else {
                    format!("{code}-{}", entry.status)
                };
                claim(&mut taken, &wanted)
            })
            .collect();
        let sections = catalog
            .by_status()
            .into_iter()
            .map(|(status, _)| (status, claim(&mut taken, &format!("status-{status}"))))
            .collect();
        Self { entries, sections }
    }
}

/// `wanted`, or `wanted-2`, `wanted-3`, ... if it is taken; marks the result
/// taken.
fn claim(taken: &mut HashSet<String>, wanted: &str) -> String {
    let mut anchor = wanted.to_owned();
    let mut suffix = 2;
    while taken.contains(&anchor) {
        anchor = format!("{wanted}-{suffix}");
        suffix += 1;
    }
    taken.insert(anchor.clone());
    anchor
}

/// `anchor` as a URL fragment (without the `#`): characters other than
/// ASCII letters, digits and `-._~` percent-encoded.
pub(crate) fn fragment(anchor: &str) -> String {
    let mut encoded = String::with_capacity(anchor.len());
    for byte in anchor.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            encoded.push(char::from(byte));
        } else {
            let _ = write!(encoded, "%{byte:02X}");
        }
    }
    encoded
}

#[cfg(test)]
mod tests {
    use errcat_codegen::{Catalog, Entry};

    use super::*;

    fn entry(name: &str, code: &str, status: u16) -> Entry {
        Entry::new(name, code, status, "Something went wrong.")
    }

    #[test]
    fn a_shared_code_anchors_its_first_entry_and_suffixes_the_others() {
        let catalog = Catalog::new(vec![
            entry("InvalidTokenFormat", "invalid_token", 400),
            entry("TokenExpired", "invalid_token", 401),
            entry("InvalidGrant", "invalid_grant", 400),
        ]);
        let anchors = Anchors::new(&catalog);
        assert_eq!(
            anchors.entries,
            ["invalid_token", "invalid_token-401", "invalid_grant"]
        );
        assert_eq!(
            anchors.sections,
            [
                (400, "status-400".to_owned()),
                (401, "status-401".to_owned())
            ]
        );
    }

    #[test]
    fn anchors_never_collide() {
        let catalog = Catalog::new(vec![
            entry("A", "status-400", 400),
            entry("B", "x-401", 400),
            entry("C", "x", 400),
            entry("D", "x", 401),
            entry("E", "bad request", 400),
        ]);
        let anchors = Anchors::new(&catalog);
        assert_eq!(
            anchors.entries,
            ["status-400", "x-401", "x", "x-401-2", "bad-request"]
        );
        assert_eq!(
            anchors.sections,
            [
                (400, "status-400-2".to_owned()),
                (401, "status-401".to_owned())
            ]
        );
    }

    #[test]
    fn fragments_percent_encode_what_urls_reserve() {
        assert_eq!(fragment("invalid_token-401"), "invalid_token-401");
        assert_eq!(fragment("a#b%c/d"), "a%23b%25c%2Fd");
    }
}
