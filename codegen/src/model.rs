//! The validated catalog: what generation reads. Every value here has passed
//! validation, so generation cannot fail.

/// A catalog that passed validation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalog {
    /// `[catalog] title`, when given.
    pub title: Option<String>,
    /// The entries, in file order; never empty.
    pub entries: Vec<Entry>,
}

/// One `[[error]]` entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The variant name: `name`, or the UpperCamelCase form of `code`.
    pub name: String,
    /// The wire code (RFC 6749 NQSCHAR only).
    pub code: String,
    /// The HTTP status, in `400..=599`.
    pub status: u16,
    /// The description (RFC 6749 NQSCHAR only).
    pub description: String,
    /// The remediation hint (RFC 6749 NQSCHAR only).
    pub hint: Option<String>,
    /// Where the code is specified, e.g. "RFC 6749 section 5.2".
    pub reference: Option<String>,
    /// The 1-based line of the entry's `[[error]]` header.
    pub line: usize,
}

impl Catalog {
    /// The distinct statuses of the catalog, ascending, each with its
    /// entries' indices in file order.
    #[must_use]
    pub fn by_status(&self) -> Vec<(u16, Vec<usize>)> {
        let mut groups: Vec<(u16, Vec<usize>)> = Vec::new();
        for (index, entry) in self.entries.iter().enumerate() {
            match groups.binary_search_by_key(&entry.status, |(status, _)| *status) {
                Ok(found) => groups[found].1.push(index),
                Err(slot) => groups.insert(slot, (entry.status, vec![index])),
            }
        }
        groups
    }
}
