//! [`Table`]: everything a catalog says of its codes, one column per key,
//! each indexed by the code's row (a generated enum's discriminant), and
//! the two indexes searched by code and by status. The macro writes one per
//! enum; every reader of a code's data (the enum's accessors, the
//! runtime's `ErrorCode`, every wire format and integration) reads it
//! through an index ([`Entry`](crate::entry::Entry)), so there is no second
//! copy of a row to keep in step.

mod check;

use core::ops::Range;

use crate::hash;
use crate::lookup::PerfectHash;

/// A catalog's columns and indexes.
///
/// Columns rather than an array of row structs because rustc checks the
/// generated table faster that way: a row struct spelt per entry adds
/// tokens and an aggregate to type-check for every code (BENCHMARKS.md,
/// "Goal 3: build cost").
///
/// `codes`, `statuses` and `descriptions` have one cell per row. Every
/// other column is either the same length or empty, which stands for
/// "none for any row" and costs a catalog that never uses the key nothing;
/// in a text column `""` is "none for this row" (catalog text is never
/// empty). [`check`](Self::check) holds a table to this, when the crate
/// that uses it compiles.
///
/// A hand-written table lists only what it has and takes the rest from
/// [`Table::EMPTY`]:
///
/// ```
/// use errcat_core::table::Table;
///
/// const TABLE: Table = Table {
///     codes: &["invalid_request", "invalid_token"],
///     statuses: &[400, 401],
///     descriptions: &["The request is malformed.", "The token is invalid."],
///     hints: &["", "Get a new token."],
///     ..Table::EMPTY
/// };
/// const { TABLE.check(2) };
///
/// assert_eq!(TABLE.find("invalid_token", &["first", "second"]), Some("second"));
/// assert_eq!(TABLE.hint(0), None);
/// assert_eq!(TABLE.with_status(401), 1..2);
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Table {
    /// Each row's Rust name (a generated enum's variant), for `Debug`;
    /// may be empty.
    pub names: &'static [&'static str],
    /// The code sent on the wire.
    pub codes: &'static [&'static str],
    /// The HTTP status the code is answered with.
    pub statuses: &'static [u16],
    /// The description.
    pub descriptions: &'static [&'static str],
    /// The hint, `""` for none: a string literal costs rustc far less to
    /// check in a table of thousands of entries than `Some("...")`
    /// (BENCHMARKS.md, "Goal 3: build cost").
    pub hints: &'static [&'static str],
    /// The description as OAuth fields carry it, written by the text rule
    /// ([`crate::text`]) when the crate compiled, or `""` when that is the
    /// description unchanged (the common case: a catalog whose every text
    /// is plain leaves the column empty).
    pub oauth_descriptions: &'static [&'static str],
    /// The hint as OAuth fields carry it, `""` likewise.
    pub oauth_hints: &'static [&'static str],
    /// Where the code is specified, as the catalog writes it.
    pub references: &'static [&'static str],
    /// The URL of the reference, when one is known.
    pub reference_urls: &'static [&'static str],
    /// The gRPC status code name that overrides the one the HTTP status
    /// maps to (the catalog's `grpc_code` field).
    pub grpc_codes: &'static [&'static str],
    /// The catalog's error domain, for gRPC `ErrorInfo`.
    pub domain: Option<&'static str>,
    /// The perfect hash [`find`](Self::find) searches;
    /// [`PerfectHash::NONE`] to search code by code.
    pub lookup: PerfectHash,
    /// `(status, start, end)` for each status, sorted by status: the range
    /// of its rows in the order the table's codes are grouped by status
    /// (`ErrorCode::STATUS_ORDER` in errcat); empty when the rows
    /// themselves are grouped by status, which [`with_status`](Self::with_status)
    /// then scans.
    pub by_status: &'static [(u16, u32, u32)],
}

/// The text of `column` at `index`, `None` where it is `""` or the column
/// is empty.
#[inline]
const fn optional(column: &'static [&'static str], index: usize) -> Option<&'static str> {
    if index >= column.len() || column[index].is_empty() {
        None
    } else {
        Some(column[index])
    }
}

impl Table {
    /// A table of no rows: every column empty, no domain, no hash. The
    /// rest of a hand-written table.
    pub const EMPTY: Self = Self {
        names: &[],
        codes: &[],
        statuses: &[],
        descriptions: &[],
        hints: &[],
        oauth_descriptions: &[],
        oauth_hints: &[],
        references: &[],
        reference_urls: &[],
        grpc_codes: &[],
        domain: None,
        lookup: PerfectHash::NONE,
        by_status: &[],
    };

    /// How many rows the table has.
    #[inline]
    #[must_use]
    pub const fn len(&self) -> usize {
        self.codes.len()
    }

    /// Whether the table has no rows.
    #[inline]
    #[must_use]
    pub const fn is_empty(&self) -> bool {
        self.codes.is_empty()
    }

    /// The wire code of row `index`.
    ///
    /// # Panics
    ///
    /// When `index` is not below [`len`](Self::len); a discriminant always is.
    #[inline]
    #[must_use]
    pub const fn code(&self, index: usize) -> &'static str {
        self.codes[index]
    }

    /// The HTTP status of row `index`.
    ///
    /// # Panics
    ///
    /// When `index` is not below [`len`](Self::len).
    #[inline]
    #[must_use]
    pub const fn status(&self, index: usize) -> u16 {
        self.statuses[index]
    }

    /// The description of row `index`.
    ///
    /// # Panics
    ///
    /// When `index` is not below [`len`](Self::len).
    #[inline]
    #[must_use]
    pub const fn description(&self, index: usize) -> &'static str {
        self.descriptions[index]
    }

    /// The hint of row `index`, when the catalog has one.
    #[inline]
    #[must_use]
    pub const fn hint(&self, index: usize) -> Option<&'static str> {
        optional(self.hints, index)
    }

    /// The description of row `index` as OAuth fields carry it: NQSCHAR
    /// only, and one percent-decoding gives the description back.
    ///
    /// # Panics
    ///
    /// When `index` is not below [`len`](Self::len).
    #[inline]
    #[must_use]
    pub const fn oauth_description(&self, index: usize) -> &'static str {
        match optional(self.oauth_descriptions, index) {
            Some(encoded) => encoded,
            None => self.descriptions[index],
        }
    }

    /// The hint of row `index` as OAuth fields carry it, when the catalog
    /// has one.
    #[inline]
    #[must_use]
    pub const fn oauth_hint(&self, index: usize) -> Option<&'static str> {
        match optional(self.oauth_hints, index) {
            Some(encoded) => Some(encoded),
            None => self.hint(index),
        }
    }

    /// The reference of row `index`, as the catalog writes it.
    #[inline]
    #[must_use]
    pub const fn reference(&self, index: usize) -> Option<&'static str> {
        optional(self.references, index)
    }

    /// The URL of row `index`'s reference, when one is known.
    #[inline]
    #[must_use]
    pub const fn reference_url(&self, index: usize) -> Option<&'static str> {
        optional(self.reference_urls, index)
    }

    /// The gRPC status code name that overrides row `index`'s.
    #[inline]
    #[must_use]
    pub const fn grpc_code(&self, index: usize) -> Option<&'static str> {
        optional(self.grpc_codes, index)
    }

    /// The value of `rows` (one per row, as a generated enum's `ALL`) at
    /// the first row whose wire code is `code`: through the perfect hash,
    /// or, in a table without one, code by code.
    // Always inlined, so that the table's shape (the hash's mode, a
    // direct table or not, whether there is a hash at all) is a constant
    // where a generated enum's `from_code` calls it, as it was when the
    // hash was a constant of its own: left to the inliner, it was not
    // inlined and a lookup took twice as long (BENCHMARKS.md, "Goal 1:
    // `from_code`"). The search without a hash is a call.
    #[allow(clippy::inline_always)]
    #[inline(always)]
    #[must_use]
    pub fn find<C: Copy>(&self, code: &str, rows: &[C]) -> Option<C> {
        if self.lookup.slots.is_empty() {
            return self.scan(code).and_then(|index| rows.get(index).copied());
        }
        self.lookup.get(code, rows)
    }

    /// The first row whose wire code is `code`, code by code.
    #[inline(never)]
    fn scan(&self, code: &str) -> Option<usize> {
        self.codes
            .iter()
            .position(|candidate| hash::same_bytes(candidate.as_bytes(), code.as_bytes()))
    }

    /// The rows answered with `status`: a range of the order the rows are
    /// grouped by status in (see [`by_status`](Self::by_status)); empty
    /// when there is none.
    #[inline]
    #[must_use]
    pub fn with_status(&self, status: u16) -> Range<usize> {
        if self.by_status.is_empty() {
            return self.run(status);
        }
        self.by_status
            .binary_search_by_key(&status, |&(candidate, _, _)| candidate)
            .map_or(0..0, |found| {
                let (_, start, end) = self.by_status[found];
                start as usize..end as usize
            })
    }

    /// The run of rows answered with `status`, in a table grouped by status.
    #[inline(never)]
    fn run(&self, status: u16) -> Range<usize> {
        let Some(start) = self.statuses.iter().position(|&other| other == status) else {
            return 0..0;
        };
        let run = self.statuses[start..]
            .iter()
            .take_while(|&&other| other == status)
            .count();
        start..start + run
    }
}

#[cfg(test)]
mod tests {
    extern crate std;

    use super::*;

    const TWO: Table = Table {
        names: &["A", "B"],
        codes: &["a", "b"],
        statuses: &[400, 401],
        descriptions: &["Plain.", "Café 100%"],
        hints: &["", "Réessayez."],
        oauth_descriptions: &["", "Caf%C3%A9 100%25"],
        oauth_hints: &["", "R%C3%A9essayez."],
        ..Table::EMPTY
    };

    #[test]
    fn an_empty_cell_or_column_is_none() {
        assert_eq!(TWO.hint(0), None);
        assert_eq!(TWO.hint(1), Some("Réessayez."));
        assert_eq!(TWO.oauth_hint(0), None);
        assert_eq!(TWO.reference(1), None, "an empty column");
        assert_eq!(TWO.grpc_code(0), None);
    }

    #[test]
    fn an_empty_oauth_form_is_the_text_itself() {
        assert_eq!(TWO.oauth_description(0), "Plain.");
        assert_eq!(TWO.oauth_description(1), "Caf%C3%A9 100%25");
        assert_eq!(TWO.oauth_hint(1), Some("R%C3%A9essayez."));
        let plain = Table {
            oauth_descriptions: &[],
            oauth_hints: &[],
            ..TWO
        };
        assert_eq!(plain.oauth_description(1), "Café 100%");
        assert_eq!(plain.oauth_hint(1), Some("Réessayez."));
    }

    #[test]
    fn a_table_without_a_hash_is_searched_code_by_code() {
        let rows = ['A', 'B'];
        assert_eq!(TWO.find("b", &rows), Some('B'));
        assert_eq!(TWO.find("c", &rows), None);
        assert_eq!(TWO.find("", &rows), None);
    }

    #[test]
    fn statuses_are_found_by_range_or_by_run() {
        let grouped = Table {
            codes: &["a", "b", "c"],
            statuses: &[400, 400, 401],
            descriptions: &["A.", "B.", "C."],
            ..Table::EMPTY
        };
        grouped.check(3);
        assert_eq!(grouped.with_status(400), 0..2);
        assert_eq!(grouped.with_status(401), 2..3);
        assert!(grouped.with_status(500).is_empty());
        let ranged = Table {
            statuses: &[400, 401, 400],
            by_status: &[(400, 0, 2), (401, 2, 3)],
            ..grouped
        };
        ranged.check(3);
        assert_eq!(ranged.with_status(400), 0..2);
        assert_eq!(ranged.with_status(401), 2..3);
        assert!(ranged.with_status(404).is_empty());
    }
}
