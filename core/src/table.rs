//! The tables the generated code declares and the runtime reads: the
//! [`Rows`] of the catalog, the perfect hash table `from_code` searches,
//! and the status ranges `with_status` searches.

use crate::hash::{self, Mode};

/// What the catalog says of its variants, one column per field, each
/// indexed by the discriminant: every accessor of a generated enum is one
/// indexed read of one column.
///
/// Columns rather than an array of row structs because rustc checks the
/// generated table faster that way: a row struct spelt per entry adds
/// tokens and an aggregate to type-check for every variant (BENCHMARKS.md,
/// "Row shape (issue 11)"). The arrays have `N` entries each, so rustc
/// itself checks that the columns line up.
#[derive(Debug)]
pub struct Rows<const N: usize> {
    /// Each variant's name, for `Debug`.
    pub names: &'static [&'static str; N],
    /// The code sent on the wire.
    pub codes: &'static [&'static str; N],
    /// The HTTP status the code is answered with.
    pub statuses: &'static [u16; N],
    /// The description.
    pub descriptions: &'static [&'static str; N],
    /// The hint, or `""` when the catalog has none: catalog hints are never
    /// empty, and a string literal costs rustc far less to check in a table
    /// of thousands of entries than `Some("...")` (BENCHMARKS.md, "Goal 3:
    /// build cost"). [`Rows::hint`] gives the `Option` back.
    pub hints: &'static [&'static str; N],
}

impl<const N: usize> Rows<N> {
    /// The hint of the variant at `index`, when the catalog has one.
    ///
    /// # Panics
    ///
    /// When `index` is not below `N`; a discriminant always is.
    #[inline]
    #[must_use]
    pub const fn hint(&self, index: usize) -> Option<&'static str> {
        let hint = self.hints[index];
        if hint.is_empty() { None } else { Some(hint) }
    }
}

/// A slot of a [`PerfectHash`]: the code, the index in `variants` of its
/// first variant, and the code's [`hash::fingerprint`].
pub type Slot = (&'static str, u32, u32);

/// The slot that holds no code. Its index is past the end of any table of
/// variants, so even a lookup of `""` that lands on it finds nothing.
pub const EMPTY: Slot = ("", u32::MAX, 0);

/// The perfect hash table of a catalog's codes, built by the macro: a
/// lookup is one hash, one or two reads and, for a hit, one comparison.
#[derive(Debug)]
pub struct PerfectHash<C: 'static> {
    /// The seed the macro found.
    pub seed: u64,
    /// How much of a code the hash reads.
    pub mode: Mode,
    /// One displacement per bucket; none for a small catalog's direct
    /// table, a power of two of slots in which the hash names the slot.
    /// The table is a constant, so once `get` is inlined the choice costs
    /// nothing at run time.
    pub displacements: &'static [u32],
    /// The slots, [`EMPTY`] where there is no code.
    pub slots: &'static [Slot],
    /// Every variant, in file order.
    pub variants: &'static [C],
}

impl<C: Copy> PerfectHash<C> {
    /// The first variant whose wire code is `code`.
    #[inline]
    #[must_use]
    pub fn get(&self, code: &str) -> Option<C> {
        let hash = hash::hash(code.as_bytes(), self.seed, self.mode);
        let slot = if self.displacements.is_empty() {
            hash::direct_slot(hash, self.slots.len())
        } else {
            let bucket = hash::bucket(hash, self.displacements.len());
            let displacement = *self.displacements.get(bucket)?;
            hash::slot(hash, displacement, self.slots.len())
        };
        let (candidate, index, fingerprint) = *self.slots.get(slot)?;
        // An empty slot's index is out of range, so even "" finds nothing.
        if fingerprint == hash::fingerprint(hash)
            && hash::same_bytes(candidate.as_bytes(), code.as_bytes())
        {
            self.variants.get(index as usize).copied()
        } else {
            None
        }
    }
}

/// The entries of `status`: its range in `order`, found in `by_status`,
/// which holds `(status, start, end)` sorted by status.
#[must_use]
pub fn find_status<C: 'static>(
    by_status: &[(u16, u32, u32)],
    order: &'static [C],
    status: u16,
) -> &'static [C] {
    by_status
        .binary_search_by_key(&status, |(candidate, _, _)| *candidate)
        .ok()
        .and_then(|found| {
            let (_, start, end) = by_status[found];
            order.get(start as usize..end as usize)
        })
        .unwrap_or(&[])
}

#[cfg(test)]
mod tests {
    extern crate std;

    use super::*;
    use std::boxed::Box;

    #[test]
    fn an_empty_table_and_an_empty_slot_find_nothing() {
        let nothing: PerfectHash<u8> = PerfectHash {
            seed: 0,
            mode: Mode::Sampled,
            displacements: &[],
            slots: &[],
            variants: &[],
        };
        assert_eq!(nothing.get("invalid_request"), None);
        let empty_slots: PerfectHash<u8> = PerfectHash {
            slots: &[EMPTY; 4],
            variants: &[7],
            ..nothing
        };
        assert_eq!(
            empty_slots.get(""),
            None,
            "the empty slot's index is past the end"
        );
    }

    #[test]
    fn a_direct_table_finds_its_code() {
        let code = "invalid_grant";
        let h = hash::hash(code.as_bytes(), 3, Mode::Sampled);
        let mut slots = [EMPTY; 8];
        slots[hash::direct_slot(h, 8)] = (code, 1, hash::fingerprint(h));
        let table = PerfectHash {
            seed: 3,
            mode: Mode::Sampled,
            displacements: &[],
            slots: Box::leak(Box::new(slots)),
            variants: &['a', 'b'],
        };
        assert_eq!(table.get(code), Some('b'));
        assert_eq!(table.get("invalid_grant_"), None);
    }

    #[test]
    fn statuses_are_found_by_range() {
        static ORDER: [char; 3] = ['a', 'b', 'c'];
        let by_status = [(400, 0, 2), (401, 2, 3)];
        assert_eq!(find_status(&by_status, &ORDER, 400), &['a', 'b']);
        assert_eq!(find_status(&by_status, &ORDER, 401), &['c']);
        assert!(find_status(&by_status, &ORDER, 500).is_empty());
    }

    #[test]
    fn an_empty_hint_is_none() {
        let rows = Rows {
            names: &["A", "B"],
            codes: &["a", "b"],
            statuses: &[400, 401],
            descriptions: &["A.", "B."],
            hints: &["", "Try again."],
        };
        assert_eq!(rows.hint(0), None);
        assert_eq!(rows.hint(1), Some("Try again."));
    }
}
