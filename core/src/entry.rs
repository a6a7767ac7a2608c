//! [`Entry`]: one code of a catalog, as a table and a row, with the
//! catalog's type erased. What the runtime's renderers take, so that they
//! are compiled once, in errcat, whatever the catalog.

use crate::table::Table;

/// One row of a [`Table`]: a view, two words, not a copy of the row.
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    table: &'static Table,
    index: usize,
}

impl Entry {
    /// Row `index` of `table`.
    ///
    /// # Panics
    ///
    /// When `index` is not below `table.len()`, so that every read of the
    /// entry finds its row.
    #[inline]
    #[must_use]
    pub const fn new(table: &'static Table, index: usize) -> Self {
        assert!(index < table.len(), "the row is past the end of the table");
        Self { table, index }
    }

    /// The table the entry is a row of.
    #[inline]
    #[must_use]
    pub const fn table(self) -> &'static Table {
        self.table
    }

    /// Its row in the table.
    #[inline]
    #[must_use]
    pub const fn index(self) -> usize {
        self.index
    }

    /// The wire code.
    #[inline]
    #[must_use]
    pub const fn code(self) -> &'static str {
        self.table.code(self.index)
    }

    /// The HTTP status.
    #[inline]
    #[must_use]
    pub const fn status(self) -> u16 {
        self.table.status(self.index)
    }

    /// The description.
    #[inline]
    #[must_use]
    pub const fn description(self) -> &'static str {
        self.table.description(self.index)
    }

    /// The hint.
    #[inline]
    #[must_use]
    pub const fn hint(self) -> Option<&'static str> {
        self.table.hint(self.index)
    }

    /// The description as OAuth fields carry it.
    #[inline]
    #[must_use]
    pub const fn oauth_description(self) -> &'static str {
        self.table.oauth_description(self.index)
    }

    /// The hint as OAuth fields carry it.
    #[inline]
    #[must_use]
    pub const fn oauth_hint(self) -> Option<&'static str> {
        self.table.oauth_hint(self.index)
    }

    /// The reference, as the catalog writes it.
    #[inline]
    #[must_use]
    pub const fn reference(self) -> Option<&'static str> {
        self.table.reference(self.index)
    }

    /// The reference's URL.
    #[inline]
    #[must_use]
    pub const fn reference_url(self) -> Option<&'static str> {
        self.table.reference_url(self.index)
    }

    /// The gRPC status code name that overrides the HTTP status's.
    #[inline]
    #[must_use]
    pub const fn grpc_code(self) -> Option<&'static str> {
        self.table.grpc_code(self.index)
    }

    /// The catalog's error domain.
    #[inline]
    #[must_use]
    pub const fn domain(self) -> Option<&'static str> {
        self.table.domain
    }
}

#[cfg(test)]
mod tests {
    extern crate std;

    use super::*;

    static TABLE: Table = Table {
        codes: &["a", "b"],
        statuses: &[400, 503],
        descriptions: &["A.", "B."],
        grpc_codes: &["", "UNAVAILABLE"],
        domain: Some("example.com"),
        ..Table::EMPTY
    };

    #[test]
    fn an_entry_reads_its_row() {
        let entry = Entry::new(&TABLE, 1);
        assert_eq!(
            (entry.code(), entry.status(), entry.description()),
            ("b", 503, "B.")
        );
        assert_eq!(entry.oauth_description(), "B.");
        assert_eq!(entry.grpc_code(), Some("UNAVAILABLE"));
        assert_eq!(Entry::new(&TABLE, 0).grpc_code(), None);
        assert_eq!(entry.domain(), Some("example.com"));
        assert_eq!(entry.hint(), None);
    }

    #[test]
    fn an_entry_past_the_end_is_refused() {
        assert!(std::panic::catch_unwind(|| Entry::new(&TABLE, 2)).is_err());
    }
}
